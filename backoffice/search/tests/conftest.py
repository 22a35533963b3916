"""Satu coordinates Jyväskylä's network and steers its search; Vera only reads the region's
staff pages; Lars coordinates Linköping. The directory is the demo data, with its demo best
bets, synonyms and judged queries."""

from dataclasses import dataclass

import pytest

from coordination.models import Role
from coordination.tests.personas import person
from directory.models import Region


@pytest.fixture
def client(client):
    """The staff pages in English (the stories quote English wording)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@dataclass
class Staff:
    region: object
    satu: object
    vera: object
    lars: object


@pytest.fixture
def staff(demo_data):
    from search.steering.demo import load_demo_steering

    load_demo_steering()
    return Staff(
        region=demo_data,
        satu=person("satu", Role.COORDINATOR, demo_data),
        vera=person("vera", Role.VIEWER, demo_data),
        lars=person("lars", Role.COORDINATOR, Region.objects.get(slug="linkoping")),
    )
