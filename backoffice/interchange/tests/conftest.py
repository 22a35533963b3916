"""Satu coordinates Jyväskylä's network; Eero edits one provider's entries there; Lars
coordinates Linköping."""

from dataclasses import dataclass

import pytest

from coordination.models import Role
from coordination.tests.personas import person
from directory.tests.factories import OrganizationFactory, RegionFactory, ServiceFactory
from directory.translation import TranslatedText


@dataclass
class People:
    region: object
    linkoping: object
    service: object
    satu: object
    eero: object
    lars: object


@pytest.fixture
def people(db):
    region = RegionFactory(slug="jyvaskyla", languages=["fi", "en"])
    linkoping = RegionFactory(slug="linkoping")
    provider = OrganizationFactory(region=region)
    service = ServiceFactory(
        organization=provider,
        name=TranslatedText({"fi": "Työnhakuklubi", "en": "Job-seeking club"}),
    )
    return People(
        region=region,
        linkoping=linkoping,
        service=service,
        satu=person("satu", Role.COORDINATOR, region),
        eero=person("eero", Role.EDITOR, region, provider),
        lars=person("lars", Role.COORDINATOR, linkoping),
    )


@pytest.fixture
def client(client):
    """The staff pages in English (the stories quote English wording)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client
