"""The people in the coordination stories, as pytest fixtures (imported by each test package's
conftest). Satu coordinates Jyväskylä's network; Eero edits Monikko ry's entries; Greta edits
another provider's; Vera only reads; Paula is the region's partner staff for policy learning;
Lars coordinates Linköping, another partner region."""

import functools
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from coordination.models import Membership, Role
from directory.models import Service
from directory.tests.factories import (
    OrganizationFactory,
    RegionFactory,
    ServiceFactory,
    TaxonomyFactory,
    TaxonomyTermFactory,
    tag,
)
from directory.translation import TranslatedText

PASSWORD = "a-long-test-password-42"


@functools.cache
def _password_hash():
    # Hashing is slow by design; every persona shares one hash of the same test password.
    return make_password(PASSWORD)


def person(username, role=None, region=None, organization=None):
    user = get_user_model().objects.create(
        username=username, email=f"{username}@example.org", password=_password_hash()
    )
    if role:
        Membership.objects.create(user=user, role=role, region=region, organization=organization)
    return user


@dataclass
class Network:
    region: object
    other_region: object
    monikko: object
    gloria: object
    service: Service
    other_service: Service
    satu: object
    eero: object
    greta: object
    vera: object
    paula: object
    lars: object

    def role(self, name):
        return None if name == "anonymous" else getattr(self, name)


ROLES = {
    "anonymous": "anonymous",
    "viewer": "vera",
    "editor of this organization": "eero",
    "editor of another organization": "greta",
    "partner-region staff": "paula",
    "coordinator of another region": "lars",
    "coordinator": "satu",
}


def vocabulary():
    terms = {}
    for taxonomy, codes in {
        "aim": ["finnish-language", "labour-market"],
        "target-group": ["jobseekers", "international-students"],
        "need": ["learn-finnish"],
        "challenge": ["finnish-barrier", "employer-readiness"],
    }.items():
        tax = TaxonomyFactory(code=taxonomy)
        for code in codes:
            terms[(taxonomy, code)] = TaxonomyTermFactory(
                taxonomy=tax, code=code, name=TranslatedText({"en": code.replace("-", " ")})
            )
    return terms


@pytest.fixture
def network(db):
    region = RegionFactory(slug="jyvaskyla", languages=["fi", "en"])
    other_region = RegionFactory(slug="linkoping", country="SE")
    monikko = OrganizationFactory(region=region, name=TranslatedText({"fi": "Monikko ry"}))
    gloria = OrganizationFactory(region=region, name=TranslatedText({"fi": "Gloria"}))
    terms = vocabulary()
    service = ServiceFactory(
        organization=monikko,
        name=TranslatedText({"fi": "Suomen kielen kerho", "en": "Finnish club"}),
        description=TranslatedText({"fi": "Puhutaan suomea.", "en": "We speak Finnish."}),
    )
    tag(service, terms[("aim", "finnish-language")])
    tag(service, terms[("target-group", "jobseekers")])
    other_service = ServiceFactory(organization=gloria)
    return Network(
        region=region,
        other_region=other_region,
        monikko=monikko,
        gloria=gloria,
        service=service,
        other_service=other_service,
        satu=person("satu", Role.COORDINATOR, region),
        eero=person("eero", Role.EDITOR, region, monikko),
        greta=person("greta", Role.EDITOR, region, gloria),
        vera=person("vera", Role.VIEWER, region),
        paula=person("paula", Role.PARTNER_STAFF, region),
        lars=person("lars", Role.COORDINATOR, other_region),
    )
