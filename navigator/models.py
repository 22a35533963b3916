"""Matching rules that staff edit in the admin: which answers lead to which services, and in
which stage of the path a service belongs. Rules name taxonomy terms by code, so they exist
before any service data is loaded and keep working when the terms are re-imported."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.models import AGE_MAX
from directory.translation import TranslatedField
from navigator.questionnaire import QUESTION_ANSWERS, Question


class Stage(models.TextChoices):
    # The order here is the order of the path.
    FIRST_WEEKS = "first_weeks", _("First weeks")
    LANGUAGE = "language", _("Learning Finnish")
    WORK_OR_STUDY = "work_or_study", _("Work or study")
    COMMUNITY = "community", _("Community and free time")


STAGE_ORDER = [stage.value for stage in Stage]


class TermReference(models.Model):
    """A taxonomy term named by its taxonomy's code and its own code."""

    taxonomy = models.CharField(
        _("taxonomy"), max_length=100, help_text=_("For example aim, target-group or need.")
    )
    term = models.CharField(_("term"), max_length=200)

    class Meta:
        abstract = True

    @property
    def term_label(self) -> str:
        return f"{self.taxonomy}: {self.term}"


class Rule(TermReference):
    class Effect(models.TextChoices):
        BOOST = "boost", _("Recommend services with this term")
        REQUIRE = "require", _("Show only services with this term")
        LEAVE_OUT = "leave_out", _("Leave out services meant only for this group")

    question = models.CharField(_("question"), max_length=20, choices=Question.choices)
    answer = models.CharField(
        _("answer"),
        max_length=40,
        blank=True,
        help_text=_("The answer code, e.g. student or learn_finnish. Empty for the age question."),
    )
    negate = models.BooleanField(
        _("when the answer is not given"),
        default=False,
        help_text=_("Fire when the person did not give this answer (e.g. is not a student)."),
    )
    age_from = models.PositiveSmallIntegerField(_("age from"), null=True, blank=True)
    age_to = models.PositiveSmallIntegerField(_("age to"), null=True, blank=True)
    effect = models.CharField(_("effect"), max_length=10, choices=Effect.choices)
    weight = models.FloatField(
        _("weight"),
        default=1.0,
        help_text=_("How strongly a recommendation counts; 1 is a normal match."),
    )
    reason = TranslatedField(
        _("reason shown to the person"),
        max_length=200,
        help_text=_(
            "Optional. Leave empty to use the standard reason for the answer, "
            "e.g. “because you study”."
        ),
    )
    note = models.TextField(_("note for staff"), blank=True)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["question", "answer", "effect", "taxonomy", "term"]
        verbose_name = _("matching rule")
        verbose_name_plural = _("matching rules")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(age_from__isnull=True)
                | models.Q(age_to__isnull=True)
                | models.Q(age_from__lte=models.F("age_to")),
                name="navigator_rule_age_range_ordered",
            ),
        ]

    def __str__(self):
        condition = self.get_question_display()
        if self.question == Question.AGE:
            condition += f" {self.age_from or 0}–{self.age_to if self.age_to is not None else ''}"
        else:
            condition += f" {'≠' if self.negate else '='} {self.answer}"
        return f"{condition} → {self.get_effect_display()}: {self.term_label}"

    def clean(self):
        errors = {}
        if self.question == Question.AGE:
            if self.age_from is None and self.age_to is None:
                errors["age_from"] = _("Give the age range the rule is for.")
            if self.age_from is not None and self.age_from > AGE_MAX:
                errors["age_from"] = _("An age is at most %(max)d.") % {"max": AGE_MAX}
            if (
                self.age_from is not None
                and self.age_to is not None
                and self.age_from > self.age_to
            ):
                errors["age_to"] = _("The upper age must not be below the lower age.")
        else:
            valid = [code for code, _label in QUESTION_ANSWERS.get(self.question, [])]
            if self.answer not in valid:
                errors["answer"] = _("Choose one of the question's answers: %(answers)s.") % {
                    "answers": ", ".join(valid)
                }
        if errors:
            raise ValidationError(errors)

    def matches(self, answers) -> bool:
        """Whether the person's answers fire this rule."""
        if self.question == Question.AGE:
            if answers.age is None:
                return False
            low = self.age_from if self.age_from is not None else 0
            high = self.age_to if self.age_to is not None else AGE_MAX
            inside = low <= answers.age <= high
            return inside != self.negate
        given = self.answer in answers.values(self.question)
        return given != self.negate


class StageRule(TermReference):
    """Services carrying this term belong in this stage of the path; the first rule wins."""

    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices)
    position = models.PositiveIntegerField(
        _("position"), default=0, help_text=_("Lower positions are tried first.")
    )

    class Meta:
        ordering = ["position", "taxonomy", "term"]
        verbose_name = _("stage rule")
        verbose_name_plural = _("stage rules")
        constraints = [
            models.UniqueConstraint(fields=["taxonomy", "term"], name="navigator_stage_once")
        ]

    def __str__(self):
        return f"{self.term_label} → {self.get_stage_display()}"
