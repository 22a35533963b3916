"""The navigator's questions, their answers and the person's answers as one value.

Nothing about the person is stored: `Answers` lives only in the URL query string (the public
pages) or in the request body (the API). Every answer code here is also the API's vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from django.conf import settings
from django.db import models
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from directory.models import Service


class Audience(models.TextChoices):
    RESIDENT = "resident", _("I live in the region or am moving here")
    EMPLOYER = "employer", _("I represent an employer or a business")


class Situation(models.TextChoices):
    STUDENT = "student", _("I study")
    WORKER = "worker", _("I work")
    JOBSEEKER = "jobseeker", _("I am looking for work")
    FAMILY_MEMBER = "family_member", _("I came with a family member who works or studies here")
    INTERNATIONAL_PROTECTION = (
        "international_protection",
        _("I have international protection (refugee status or similar)"),
    )
    ENTREPRENEUR = "entrepreneur", _("I run a business or want to start one")
    RETIRED = "retired", _("I am retired")


# The same CEFR codes a service's "Finnish needed" uses, so that the two compare directly.
FinnishLevel = Service.FinnishLevel


# What each level means, in plain words (the CEFR descriptors, simplified).
FINNISH_LEVEL_HELP = {
    FinnishLevel.NONE: _("I do not speak Finnish yet."),
    FinnishLevel.A1: _("I know some words and can greet people."),
    FinnishLevel.A2: _("I can manage simple everyday things, like shopping."),
    FinnishLevel.B1: _("I can talk about familiar things and manage most everyday situations."),
    FinnishLevel.B2: _("I can work or study in Finnish with some help."),
    FinnishLevel.C1: _("I speak Finnish fluently, also at work."),
    FinnishLevel.C2: _("My Finnish is almost like a native speaker's."),
}
FINNISH_LEVEL_ORDER = [level.value for level in FinnishLevel]


class Education(models.TextChoices):
    BASIC = "basic", _("Basic education (comprehensive school)")
    SECONDARY = "secondary", _("Upper secondary school")
    VOCATIONAL = "vocational", _("Vocational education")
    HIGHER = "higher", _("Higher education (university or university of applied sciences)")


class IntegrationPlan(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    DONT_KNOW = "dont_know", _("I don't know")


INTEGRATION_PLAN_VALUES = {
    IntegrationPlan.YES: True,
    IntegrationPlan.NO: False,
    IntegrationPlan.DONT_KNOW: None,
}


class Goal(models.TextChoices):
    LEARN_FINNISH = "learn_finnish", _("Learn Finnish")
    FIND_JOB = "find_job", _("Find a job")
    USE_MY_DEGREE = "use_my_degree", _("Use my degree or profession")
    START_BUSINESS = "start_business", _("Start a business")
    STUDY = "study", _("Study")
    MEET_PEOPLE = "meet_people", _("Meet people")
    LEISURE = "leisure", _("Hobbies and free time")
    CHILDREN = "children", _("Services for my children")
    HIRE = "hire", _("Hire an international employee")
    ONBOARD_EMPLOYEE = "onboard_employee", _("Help a new international employee settle in")
    RECOGNISE_QUALIFICATIONS = (
        "recognise_qualifications",
        _("Have an employee's foreign qualifications recognised"),
    )
    HIRING_SUPPORT = "hiring_support", _("Find subsidies and support for hiring")
    LANGUAGE_AT_WORK = "language_at_work", _("Support Finnish at the workplace")
    INTERNATIONALISE = "internationalise", _("Make my organisation more international")


EMPLOYER_GOALS = (
    Goal.HIRE,
    Goal.ONBOARD_EMPLOYEE,
    Goal.RECOGNISE_QUALIFICATIONS,
    Goal.HIRING_SUPPORT,
    Goal.LANGUAGE_AT_WORK,
    Goal.INTERNATIONALISE,
)
RESIDENT_GOALS = tuple(goal for goal in Goal if goal not in EMPLOYER_GOALS)


def language_choices() -> list[tuple[str, str]]:
    """The languages a person may say they speak: the product's configured languages."""
    from django.utils.translation import get_language_info

    choices = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        choices.append((code, info["name_local"]))
    return choices


# "Because …" phrases: the plain-language reason a rule gives when it fires, keyed by the
# question and the answer it matched. A staff member may write another reason on the rule.
BECAUSE = {
    ("audience", Audience.RESIDENT): _("because it is for people who live here"),
    ("audience", Audience.EMPLOYER): _("because it is for employers"),
    ("situation", Situation.STUDENT): _("because you study"),
    ("situation", Situation.WORKER): _("because you work"),
    ("situation", Situation.JOBSEEKER): _("because you are looking for work"),
    ("situation", Situation.FAMILY_MEMBER): _("because you came with a family member"),
    ("situation", Situation.INTERNATIONAL_PROTECTION): _(
        "because you have international protection"
    ),
    ("situation", Situation.ENTREPRENEUR): _("because you run or want to start a business"),
    ("situation", Situation.RETIRED): _("because you are retired"),
    ("finnish_level", FinnishLevel.NONE): _("because you are starting to learn Finnish"),
    ("finnish_level", FinnishLevel.A1): _("because you are starting to learn Finnish"),
    ("finnish_level", FinnishLevel.A2): _("because it suits your Finnish level"),
    ("finnish_level", FinnishLevel.B1): _("because it suits your Finnish level"),
    ("finnish_level", FinnishLevel.B2): _("because it suits your Finnish level"),
    ("finnish_level", FinnishLevel.C1): _("because it suits your Finnish level"),
    ("finnish_level", FinnishLevel.C2): _("because it suits your Finnish level"),
    ("education", Education.BASIC): _("because it suits your education"),
    ("education", Education.SECONDARY): _("because it suits your education"),
    ("education", Education.VOCATIONAL): _("because you have a vocational education"),
    ("education", Education.HIGHER): _("because you have a higher education"),
    ("integration_plan", IntegrationPlan.YES): _("because you have an integration plan"),
    ("integration_plan", IntegrationPlan.NO): _("because you do not have an integration plan"),
    ("integration_plan", IntegrationPlan.DONT_KNOW): _(
        "because you are not sure about your integration plan"
    ),
    ("age", ""): _("because it suits your age"),
    ("goal", Goal.LEARN_FINNISH): _("because you want to learn Finnish"),
    ("goal", Goal.FIND_JOB): _("because you want to find a job"),
    ("goal", Goal.USE_MY_DEGREE): _("because you want to use your degree or profession"),
    ("goal", Goal.START_BUSINESS): _("because you want to start a business"),
    ("goal", Goal.STUDY): _("because you want to study"),
    ("goal", Goal.MEET_PEOPLE): _("because you want to meet people"),
    ("goal", Goal.LEISURE): _("because you are looking for hobbies"),
    ("goal", Goal.CHILDREN): _("because you are looking for services for your children"),
    ("goal", Goal.HIRE): _("because you want to hire an international employee"),
    ("goal", Goal.ONBOARD_EMPLOYEE): _("because you want to help a new employee settle in"),
    ("goal", Goal.RECOGNISE_QUALIFICATIONS): _(
        "because you want an employee's qualifications recognised"
    ),
    ("goal", Goal.HIRING_SUPPORT): _("because you are looking for support for hiring"),
    ("goal", Goal.LANGUAGE_AT_WORK): _("because you want to support Finnish at your workplace"),
    ("goal", Goal.INTERNATIONALISE): _("because you want to become more international"),
}

# What an employer can do next, whatever services the path shows: one concrete step for each
# need they chose. General facts about Finland's procedures, no invented contacts.
EMPLOYER_NEXT_STEPS = {
    Goal.HIRE: _(
        "Before you recruit from outside the EU, check whether the new employee needs a "
        "residence permit for work. The Finnish Immigration Service (Migri) decides on them."
    ),
    Goal.ONBOARD_EMPLOYEE: _(
        "Plan the first weeks with the new employee: who introduces the work, the safety rules "
        "and the colleagues, in a language the employee understands."
    ),
    Goal.RECOGNISE_QUALIFICATIONS: _(
        "If the job needs a recognised qualification, the employee applies for a decision from "
        "the Finnish National Agency for Education (Opetushallitus)."
    ),
    Goal.HIRING_SUPPORT: _(
        "Ask the employment services about a pay subsidy before the employment starts: it is "
        "not granted afterwards."
    ),
    Goal.LANGUAGE_AT_WORK: _(
        "Agree with the employee how they learn Finnish at work, for example time for a course "
        "and a colleague to practise with."
    ),
    Goal.INTERNATIONALISE: _(
        "Write your job advertisements in English too, and say in them that Finnish can be "
        "learned on the job when it can."
    ),
}


class Question(models.TextChoices):
    """The answers a matching rule can look at."""

    AUDIENCE = "audience", pgettext_lazy("navigator question", "Resident or employer")
    SITUATION = "situation", pgettext_lazy("navigator question", "Situation")
    FINNISH_LEVEL = "finnish_level", pgettext_lazy("navigator question", "Finnish level")
    EDUCATION = "education", pgettext_lazy("navigator question", "Education")
    INTEGRATION_PLAN = "integration_plan", pgettext_lazy("navigator question", "Integration plan")
    AGE = "age", pgettext_lazy("navigator question", "Age")
    GOAL = "goal", pgettext_lazy("navigator question", "Goal")


QUESTION_ANSWERS = {
    Question.AUDIENCE: Audience.choices,
    Question.SITUATION: Situation.choices,
    Question.FINNISH_LEVEL: [(level.value, level.value) for level in FinnishLevel],
    Question.EDUCATION: Education.choices,
    Question.INTEGRATION_PLAN: IntegrationPlan.choices,
    Question.AGE: [],
    Question.GOAL: Goal.choices,
}


@dataclass(frozen=True)
class Answers:
    """One person's answers. Every field but `audience` may be left unanswered."""

    audience: str = Audience.RESIDENT
    situation: tuple[str, ...] = ()
    finnish_level: str = ""
    education: str = ""
    integration_plan: str = ""  # yes / no / dont_know, or "" when skipped
    age: int | None = None
    goals: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()

    def __post_init__(self):
        # A choice given twice (a link that repeats it, an API body) is one answer: it must not
        # weigh twice, nor lengthen the shared link and its QR code.
        for name in ("situation", "goals", "languages"):
            object.__setattr__(self, name, tuple(dict.fromkeys(getattr(self, name))))

    def for_audience(self) -> Answers:
        """Only the answers that the audience's questions ask: an employer has no situation or
        age, and each audience chooses among its own goals."""
        goals = EMPLOYER_GOALS if self.audience == Audience.EMPLOYER else RESIDENT_GOALS
        kept = tuple(goal for goal in self.goals if goal in goals)
        if self.audience == Audience.EMPLOYER:
            return Answers(audience=self.audience, goals=kept, languages=self.languages)
        return replace(self, goals=kept)

    @property
    def is_employer(self) -> bool:
        return self.audience == Audience.EMPLOYER

    @property
    def has_integration_plan(self) -> bool | None:
        """True or False when the person knows; None when they don't know or skipped."""
        return INTEGRATION_PLAN_VALUES.get(self.integration_plan)

    def values(self, question: str) -> tuple[str, ...]:
        """The answer codes given to one question, as a tuple (empty when skipped)."""
        if question == Question.SITUATION:
            return self.situation
        if question == Question.GOAL:
            return self.goals
        if question == Question.AUDIENCE:
            return (self.audience,)
        single = {
            Question.FINNISH_LEVEL: self.finnish_level,
            Question.EDUCATION: self.education,
            Question.INTEGRATION_PLAN: self.integration_plan,
        }.get(question, "")
        return (single,) if single else ()

    def query(self) -> dict[str, list[str]]:
        """The answers as query parameters: the link that reproduces the result."""
        params: dict[str, list[str]] = {"audience": [self.audience]}
        if self.situation:
            params["situation"] = list(self.situation)
        if self.finnish_level:
            params["finnish_level"] = [self.finnish_level]
        if self.education:
            params["education"] = [self.education]
        if self.integration_plan:
            params["integration_plan"] = [self.integration_plan]
        if self.age is not None:
            params["age"] = [str(self.age)]
        if self.goals:
            params["goals"] = list(self.goals)
        if self.languages:
            params["languages"] = list(self.languages)
        return params

    def query_string(self) -> str:
        return urlencode(self.query(), doseq=True)


@dataclass(frozen=True)
class Step:
    """One screen of the questionnaire: one question."""

    key: str  # the query parameter(s) it fills, and its URL slug
    question: str
    help: str = ""
    multiple: bool = False
    audiences: tuple[str, ...] = (Audience.RESIDENT, Audience.EMPLOYER)
    fields: tuple[str, ...] = field(default_factory=tuple)


STEPS = (
    # Only a resident's first question: an employer who answers it goes on to their own
    # questions, which are counted from one (the home page's employer link starts there).
    Step(
        "audience",
        _("Who is this path for?"),
        _("Choose the one that fits you best."),
        audiences=(Audience.RESIDENT,),
        fields=("audience",),
    ),
    Step(
        "workplace_needs",
        _("What does your workplace need?"),
        _(
            "Answer two short questions and get the services that help employers in the "
            "region to hire international employees and keep them. Choose all that fit."
        ),
        multiple=True,
        audiences=(Audience.EMPLOYER,),
        fields=("goals",),
    ),
    Step(
        "situation",
        _("What is your situation now?"),
        _("Choose all that fit. You can also skip this question."),
        multiple=True,
        audiences=(Audience.RESIDENT,),
        fields=("situation",),
    ),
    Step(
        "finnish_level",
        _("How much Finnish do you speak?"),
        _("Choose the level that describes you best. It is fine to guess."),
        audiences=(Audience.RESIDENT,),
        fields=("finnish_level",),
    ),
    Step(
        "education",
        _("What is your highest education?"),
        _("Education from any country counts."),
        audiences=(Audience.RESIDENT,),
        fields=("education",),
    ),
    Step(
        "integration_plan",
        _("Do you have an integration plan?"),
        _(
            "An integration plan is made with the employment services or the municipality. It "
            "lists the courses and services agreed for you."
        ),
        audiences=(Audience.RESIDENT,),
        fields=("integration_plan",),
    ),
    Step(
        "age",
        _("How old are you?"),
        _("Some services are for certain ages only. You can skip this question."),
        audiences=(Audience.RESIDENT,),
        fields=("age",),
    ),
    Step(
        "goals",
        _("What do you want to do?"),
        _("Choose all that fit."),
        multiple=True,
        audiences=(Audience.RESIDENT,),
        fields=("goals",),
    ),
    Step(
        "languages",
        _("Which languages do you speak?"),
        _("We show first the services that are offered in your languages."),
        multiple=True,
        audiences=(Audience.RESIDENT,),
        fields=("languages",),
    ),
    Step(
        "workplace_languages",
        _("In which languages would you like to be served?"),
        _("We show first the services that are offered in these languages."),
        multiple=True,
        audiences=(Audience.EMPLOYER,),
        fields=("languages",),
    ),
)
STEPS_BY_KEY = {step.key: step for step in STEPS}
AUDIENCE_STEP = STEPS_BY_KEY["audience"]


def steps_for(audience: str) -> list[Step]:
    """The screens a resident (eight) or an employer (two) goes through, in order."""
    audience = audience or Audience.RESIDENT
    return [step for step in STEPS if audience in step.audiences]


def questions_after_audience(audience: str) -> list[Step]:
    """The audience's own questions, once it is known who the path is for."""
    return [step for step in steps_for(audience) if step is not AUDIENCE_STEP]
