"""People and services the search stories use.

Vectors are remembered per process by text (search.embeddings.Remembering), so the demo services are
embedded once per test session, not once per test."""

import pytest

from directory.models import Service
from directory.tests.factories import (
    LanguageFactory,
    OrganizationFactory,
    RegionFactory,
    ServiceFactory,
    TaxonomyFactory,
    TaxonomyTermFactory,
    tag,
)
from directory.translation import TranslatedText


@pytest.fixture
def jyvaskyla(db):
    return RegionFactory(slug="jyvaskyla", name=TranslatedText({"fi": "Jyväskylä"}))


@pytest.fixture
def library(jyvaskyla):
    return OrganizationFactory(
        region=jyvaskyla, name=TranslatedText({"fi": "Jyväskylän kaupunginkirjasto"})
    )


@pytest.fixture
def aims(db):
    taxonomy = TaxonomyFactory(code="aim")
    return {
        code: TaxonomyTermFactory(taxonomy=taxonomy, code=code)
        for code in ("finnish-language", "labour-market", "community")
    }


@pytest.fixture
def target_groups(db):
    taxonomy = TaxonomyFactory(code="target-group")
    return {
        code: TaxonomyTermFactory(taxonomy=taxonomy, code=code)
        for code in ("jobseekers", "youth", "families-of-workers")
    }


def service(organization, fi=None, en=None, *, name_fi=None, name_en=None, **fields):
    """A published service described in Finnish and/or English."""
    names = {k: v for k, v in (("fi", name_fi), ("en", name_en)) if v}
    descriptions = {k: v for k, v in (("fi", fi), ("en", en)) if v}
    return ServiceFactory(
        organization=organization,
        name=TranslatedText(names),
        description=TranslatedText(descriptions),
        **fields,
    )


@pytest.fixture
def services(library, aims, target_groups):
    """A small directory: a language café, a Finnish course, job search help, youth clubs."""
    cafe = service(
        library,
        name_fi="Kirjaston kielikahvila",
        fi="Keskustele suomeksi vapaaehtoisten kanssa Jyväskylän pääkirjastossa. Kaikki tasot "
        "ovat tervetulleita.",
    )
    tag(cafe, aims["finnish-language"])
    tag(cafe, aims["community"])
    LanguageFactory(service=cafe, code="fi", name="suomi")
    course = service(
        library,
        name_fi="Suomen kielen kurssi",
        fi="Suomen kielen kurssi aloittelijoille. Opi arjen suomea pienryhmässä.",
        name_en="Finnish course",
        en="Finnish course for beginners: learn everyday Finnish in a small group.",
    )
    tag(course, aims["finnish-language"])
    tag(course, target_groups["families-of-workers"])
    LanguageFactory(service=course, code="fi", name="suomi")
    LanguageFactory(service=course, code="en", name="English")
    elsewhere = OrganizationFactory(region=RegionFactory(slug="postojna", country="SI"))
    jobs = service(
        elsewhere,
        name_fi="Työnhaun tuki",
        fi="Apua työpaikan etsimiseen, työhakemuksen ja ansioluettelon tekemiseen.",
        name_en="Job search support",
        en="Help with finding a job, writing applications and your CV.",
    )
    tag(jobs, aims["labour-market"])
    tag(jobs, target_groups["jobseekers"])
    LanguageFactory(service=jobs, code="en", name="English")
    youth = service(
        library,
        name_fi="Nuorisotalot",
        fi="Nuorisotalot, harrastukset ja ohjaus 13–29-vuotiaille nuorille.",
    )
    tag(youth, aims["community"])
    tag(youth, target_groups["youth"])
    draft = service(
        library,
        name_fi="Luonnos: suomen kielen kurssi",
        fi="Suomen kielen kurssi, jota ei ole vielä julkaistu.",
        publication_status=Service.Publication.DRAFT,
    )
    return {"cafe": cafe, "course": course, "jobs": jobs, "youth": youth, "draft": draft}
