"""A small region built from factories: enough of every kind of thing the public pages show.

Services:
- the Finnish course: fully described in fi, en and ar, with a place, hours, cost and contacts;
- the career club: Finnish and English only, so Arabic readers see the fallback marked;
- the employer support service, for employers;
- a draft that nobody outside should see.
"""

from types import SimpleNamespace

import pytest

from coordination.tests.personas import network  # noqa: F401 - a fixture (the kept pages stories)
from directory.models import (
    Address,
    CostOption,
    Location,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
)
from directory.tests.factories import (
    LanguageFactory,
    OrganizationFactory,
    RegionFactory,
    ServiceFactory,
    TaxonomyFactory,
    TaxonomyTermFactory,
    tag,
)
from directory.translation import TranslatedText as T
from public.tests.event_fixtures import calendar  # noqa: F401 - a fixture (the events stories)


def _terms(code, names):
    taxonomy = TaxonomyFactory(code=code, name=T({"en": code, "fi": code}))
    return {
        term_code: TaxonomyTermFactory(taxonomy=taxonomy, code=term_code, name=T(name), position=i)
        for i, (term_code, name) in enumerate(names.items())
    }


@pytest.fixture
def world(db):
    region = RegionFactory(
        slug="jyvaskyla", name=T({"fi": "Jyväskylä", "en": "Jyväskylä"}), is_demo_data=True
    )
    aims = _terms(
        "aim",
        {
            "finnish-language": {
                "fi": "Suomen kielen oppiminen",
                "en": "Learning Finnish",
                "ar": "تعلم اللغة الفنلندية",
            },
            "labour-market": {
                "fi": "Työelämä",
                "en": "Work and careers",
                "ar": "العمل والمسار المهني",
            },
        },
    )
    needs = _terms(
        "need",
        {
            "learn-finnish": {"fi": "Opi suomea", "en": "Learn Finnish", "ar": "تعلم الفنلندية"},
            "find-job": {"fi": "Löydä työ", "en": "Find a job", "ar": "ابحث عن عمل"},
            "hire": {"fi": "Rekrytoi", "en": "Hire someone", "ar": "توظيف"},
        },
    )
    groups = _terms(
        "target-group",
        {
            "all-immigrants": {"fi": "Kaikki maahanmuuttajat", "en": "All immigrants"},
            "highly-educated": {"fi": "Korkeasti koulutetut", "en": "Highly educated"},
            "employers": {"fi": "Työnantajat", "en": "Employers", "ar": "أصحاب العمل"},
        },
    )
    city = OrganizationFactory(
        region=region,
        name=T({"fi": "Jyväskylän kaupunki", "en": "City of Jyväskylä", "ar": "مدينة يوفاسكولا"}),
        description=T({"fi": "Kaupungin palvelut.", "en": "The city's services."}),
        website="https://www.jyvaskyla.fi/",
    )
    college = OrganizationFactory(
        region=region,
        name=T({"fi": "Gradia", "en": "Gradia"}),
        description=T({"fi": "Ammatillinen oppilaitos.", "en": "A vocational college."}),
    )
    course = ServiceFactory(
        organization=college,
        name=T(
            {
                "fi": "Suomen kielen kurssi",
                "en": "Finnish language course",
                "ar": "دورة اللغة الفنلندية",
            }
        ),
        description=T(
            {
                "fi": "Opi arjen suomea pienessä ryhmässä.",
                "en": "Learn everyday Finnish in a small group.",
                "ar": "تعلم اللغة الفنلندية اليومية في مجموعة صغيرة.",
            }
        ),
        eligibility_description=T(
            {
                "fi": "Kaikille aikuisille.",
                "en": "For all adults.",
                "ar": "لجميع البالغين.",
            }
        ),
        application_process=T(
            {
                "fi": "Ilmoittaudu verkossa.",
                "en": "Sign up online.",
                "ar": "سجّل عبر الإنترنت.",
            }
        ),
        fees_description=T({"fi": "Maksuton.", "en": "Free of charge.", "ar": "مجاني."}),
        url="https://www.gradia.fi/",
        email="kurssi@gradia.example",
        minimum_age=18,
        finnish_level=Service.FinnishLevel.NONE,
    )
    club = ServiceFactory(
        organization=city,
        name=T({"fi": "Uraklubi", "en": "Career club"}),
        description=T(
            {
                "fi": "Tukea korkeasti koulutetuille työnhakuun.",
                "en": "Job search support for highly educated people.",
            }
        ),
    )
    employer_support = ServiceFactory(
        organization=city,
        name=T({"fi": "Työnantajien tuki", "en": "Support for employers"}),
        description=T({"fi": "Apua rekrytointiin.", "en": "Help with hiring."}),
    )
    draft = ServiceFactory(
        organization=city,
        name=T({"fi": "Salainen luonnos", "en": "Secret draft"}),
        publication_status=Service.Publication.DRAFT,
    )
    for term in (aims["finnish-language"], needs["learn-finnish"], groups["all-immigrants"]):
        tag(course, term)
    for term in (aims["labour-market"], needs["find-job"], groups["highly-educated"]):
        tag(club, term)
    for term in (aims["labour-market"], needs["hire"], groups["employers"]):
        tag(employer_support, term)
    tag(draft, aims["labour-market"])
    for service, codes in ((course, ["fi", "en", "ar"]), (club, ["en", "fi"]), (draft, ["sv"])):
        for code in codes:
            LanguageFactory(service=service, code=code, name=code)
    LanguageFactory(service=employer_support, code="fi", name="Finnish")

    place = Location.objects.create(
        organization=college,
        name=T({"fi": "Gradia Harju", "en": "Gradia Harju"}),
        transportation=T({"fi": "Bussi 1.", "en": "Bus 1."}),
    )
    Address.objects.create(
        location=place,
        address_1="Viitaniementie 1",
        city="Jyväskylä",
        postal_code="40720",
        country="FI",
    )
    ServiceAtLocation.objects.create(service=course, location=place)
    Schedule.objects.create(
        service=course,
        description=T({"fi": "Maanantaisin", "en": "On Mondays", "ar": "أيام الاثنين"}),
    )
    CostOption.objects.create(
        service=course, option=T({"fi": "Kurssi", "en": "Course"}), amount=0, currency="EUR"
    )
    Phone.objects.create(service=course, number="+358 40 123 4567")

    return SimpleNamespace(
        region=region,
        city=city,
        college=college,
        course=course,
        club=club,
        employer_support=employer_support,
        draft=draft,
        aims=aims,
        needs=needs,
        groups=groups,
    )
