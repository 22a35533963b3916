"""The questionnaire as one form over the query string. The public pages show one of its fields
per screen and carry the others along; a result link holds the whole form."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from directory.models import AGE_MAX
from navigator.questionnaire import (
    EMPLOYER_GOALS,
    FINNISH_LEVEL_HELP,
    RESIDENT_GOALS,
    Answers,
    Audience,
    Education,
    FinnishLevel,
    Goal,
    IntegrationPlan,
    Situation,
    language_choices,
)

INVALID_CHOICE = _("Choose one of the options shown.")
MULTIPLE = {"situation", "goals", "languages"}


def _finnish_level_choices():
    choices = []
    for level in FinnishLevel:
        name = _("No Finnish") if level == FinnishLevel.NONE else level.value
        choices.append((level.value, format_html("{} – {}", name, FINNISH_LEVEL_HELP[level])))
    return choices


def _one_of(choices):
    return forms.ChoiceField(
        choices=choices,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": INVALID_CHOICE},
    )


def _any_of(choices):
    return forms.MultipleChoiceField(
        choices=choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": INVALID_CHOICE},
    )


class AnswersForm(forms.Form):
    audience = forms.ChoiceField(
        choices=Audience.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose who this path is for."),
            "invalid_choice": INVALID_CHOICE,
        },
    )
    situation = _any_of(Situation.choices)
    finnish_level = _one_of(_finnish_level_choices)
    education = _one_of(Education.choices)
    integration_plan = _one_of(IntegrationPlan.choices)
    age = forms.IntegerField(
        label=_("Age in years"),
        required=False,
        min_value=0,
        max_value=AGE_MAX,
        error_messages={
            "invalid": _("Write your age as a number, for example 34."),
            "min_value": _("Write your age as a number, for example 34."),
            "max_value": _("Write an age of at most %(limit_value)s years."),
        },
    )
    goals = _any_of(Goal.choices)
    languages = _any_of(language_choices)

    def __init__(self, *args, audience=None, **kwargs):
        super().__init__(*args, **kwargs)
        # An employer chooses among the employer goals; a resident among the others.
        if self.is_bound:
            audience = self.data.get("audience")
        goals = EMPLOYER_GOALS if audience == Audience.EMPLOYER else RESIDENT_GOALS
        # Any goal is accepted (a changed audience must not make an earlier answer an error);
        # only the audience's own are offered, and only those count.
        self.fields["goals"].widget.choices = [(goal.value, goal.label) for goal in goals]

    @classmethod
    def showing(cls, answers: Answers):
        """An unbound form showing the answers given so far (no errors before submitting)."""
        initial = {
            name: values if name in MULTIPLE else values[0]
            for name, values in answers.query().items()
            if any(values)
        }
        return cls(initial=initial, audience=answers.audience)

    def answers(self) -> Answers:
        """The answers that are valid; an invalid one counts as unanswered."""
        self.is_valid()
        data = self.cleaned_data
        return Answers(
            audience=data.get("audience") or Audience.RESIDENT,
            situation=tuple(data.get("situation") or ()),
            finnish_level=data.get("finnish_level") or "",
            education=data.get("education") or "",
            integration_plan=data.get("integration_plan") or "",
            age=data.get("age"),
            goals=tuple(data.get("goals") or ()),
            languages=tuple(data.get("languages") or ()),
        ).for_audience()
