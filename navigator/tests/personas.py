"""The people the navigator is for, as answers to its questions, and the demo data they are
matched against (imported by the conftests and tests that need them)."""

from navigator.questionnaire import Answers

# Amira, a 23-year-old exchange student from Egypt, studying in English.
STUDENT = Answers(
    audience="resident",
    situation=("student",),
    finnish_level="none",
    education="secondary",
    integration_plan="no",
    age=23,
    goals=("study", "meet_people", "learn_finnish"),
    languages=("en", "ar"),
)
# Hassan and his family came from Syria under international protection; the employment services
# made him an integration plan. He wants Finnish, work, and something for the children.
REFUGEE_PARENT = Answers(
    audience="resident",
    situation=("international_protection", "jobseeker"),
    finnish_level="none",
    education="basic",
    integration_plan="yes",
    age=38,
    goals=("learn_finnish", "find_job", "children"),
    languages=("ar",),
)
# Olena, an engineer with a master's degree, looking for work that uses it.
HIGHLY_EDUCATED_JOBSEEKER = Answers(
    audience="resident",
    situation=("jobseeker",),
    finnish_level="A2",
    education="higher",
    integration_plan="no",
    age=34,
    goals=("find_job", "use_my_degree"),
    languages=("en", "uk", "ru"),
)
# Pekka runs a software company and wants to hire, and settle in, his first international hire.
EMPLOYER = Answers(
    audience="employer",
    goals=("hire", "onboard_employee"),
    languages=("fi",),
)
# Valentina, 68, retired, came to live near her daughter's family.
ELDERLY_IMMIGRANT = Answers(
    audience="resident",
    situation=("retired",),
    finnish_level="A1",
    education="vocational",
    integration_plan="no",
    age=68,
    goals=("meet_people", "learn_finnish"),
    languages=("ru",),
)
# Abdi, 17, arrived last year and wants to go on studying, and to play football.
YOUNG_PERSON = Answers(
    audience="resident",
    situation=(),
    finnish_level="A2",
    education="basic",
    integration_plan="dont_know",
    age=17,
    goals=("study", "leisure"),
    languages=("so",),
)
# Mehmet wants to open a restaurant.
ENTREPRENEUR = Answers(
    audience="resident",
    situation=("entrepreneur",),
    finnish_level="B1",
    education="vocational",
    integration_plan="no",
    age=41,
    goals=("start_business",),
    languages=("tr",),
)
# Priya followed her husband, who works at the university; she wants friends, Finnish and
# activities for the children.
FAMILY_MEMBER = Answers(
    audience="resident",
    situation=("family_member",),
    finnish_level="none",
    education="higher",
    integration_plan="no",
    age=32,
    goals=("meet_people", "children", "learn_finnish"),
    languages=("en",),
)


def as_if_untranslated(*languages):
    """The demo services as a region that has not yet translated them into `languages` has
    them: the demo comes in all 13 languages, and the fallback is what a reader meets until a
    translator has been."""
    from directory.models import Service
    from directory.translation import TranslatedText

    for service in Service.objects.all():
        values = {}
        for field in ("name", "description"):
            text = TranslatedText(getattr(service, field)).as_dict()
            values[field] = {code: value for code, value in text.items() if code not in languages}
        Service.objects.filter(pk=service.pk).update(**values)
