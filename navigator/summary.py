"""The person's answers in words, for the result page's "your answers" list."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from directory.translation import listed
from navigator.questionnaire import (
    Audience,
    Education,
    Goal,
    IntegrationPlan,
    Situation,
    language_choices,
    steps_for,
)


@dataclass(frozen=True)
class AnswerRow:
    question: str
    answer: str
    change_url: str


def _labels(choices, codes):
    labels = dict(choices)
    return [str(labels[code]) for code in codes if code in labels]


def answer_text(answers, key) -> str:
    """The answer to one question in words; `key` is the answer's field (goals, languages…)."""
    if key == "audience":
        words = _labels(Audience.choices, [answers.audience])
    elif key == "situation":
        words = _labels(Situation.choices, answers.situation)
    elif key == "finnish_level":
        words = [_("No Finnish") if answers.finnish_level == "none" else answers.finnish_level]
    elif key == "education":
        words = _labels(Education.choices, [answers.education])
    elif key == "integration_plan":
        words = _labels(IntegrationPlan.choices, [answers.integration_plan])
    elif key == "age":
        words = [str(answers.age)] if answers.age is not None else []
    elif key == "goals":
        words = _labels(Goal.choices, answers.goals)
    else:
        words = _labels(language_choices(), answers.languages)
    words = [word for word in words if word]
    return listed(words) if words else _("Not answered")


def answer_rows(answers, url_for_step) -> list[AnswerRow]:
    return [
        AnswerRow(str(step.question), answer_text(answers, step.fields[0]), url_for_step(step))
        for step in steps_for(answers.audience)
    ]
