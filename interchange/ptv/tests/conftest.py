"""Satu coordinates Jyväskylä's network and keeps its directory in step with PTV. The PTV she
reads is a local server (interchange.ptv.fake) serving payloads recorded in payloads/, written
after the v11 API description: three services on two pages, five channels on three pages, and a
phone channel only `ServiceChannel/list?guids=` knows."""

import copy
import json
from pathlib import Path

import pytest

from coordination.models import Role
from coordination.tests.personas import person
from directory.tests.factories import RegionFactory
from interchange.ptv.client import PtvClient
from interchange.ptv.fake import Catalogue, FakePtv

PAYLOADS = Path(__file__).parent / "payloads"

COURSE = "a1000000-0000-4000-8000-000000000001"  # Suomen kielen alkeiskurssi
ADVICE = "a1000000-0000-4000-8000-000000000002"  # Maahanmuuttajien neuvonta
TRAINING = "a1000000-0000-4000-8000-000000000003"  # Kotoutumiskoulutus
POINT = "c1000000-0000-4000-8000-000000000001"  # Kotoutumispiste, coordinates in EPSG:3067
DESK = "c1000000-0000-4000-8000-000000000002"  # Palvelupiste, coordinates in degrees
CITY = "5f0d2c1e-1111-4a6b-9c0d-000000000001"
INSTITUTE = "5f0d2c1e-1111-4a6b-9c0d-000000000002"


def recorded(name: str):
    return json.loads((PAYLOADS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def catalogue():
    organizations = {o["id"]: o for o in recorded("organizations")}
    return Catalogue(
        services=recorded("services"),
        channels=recorded("channels"),
        hidden_channels=recorded("hidden_channels"),
        organizations=organizations,
        municipality="179",
        page_size=2,
    )


@pytest.fixture
def ptv(catalogue):
    with FakePtv(catalogue) as server:
        yield server


class Sleeps(list):
    """Stands in for time.sleep: the waits the client would have made."""

    def __call__(self, seconds):
        self.append(seconds)


@pytest.fixture
def sleeps():
    return Sleeps()


@pytest.fixture
def client(ptv, sleeps):
    return PtvClient(ptv.url, timeout=0.5, retries=3, backoff=1, sleep=sleeps)


@pytest.fixture
def jyvaskyla(db):
    return RegionFactory(slug="jyvaskyla", languages=["fi", "sv", "en"])


@pytest.fixture
def satu(jyvaskyla):
    return person("satu", Role.COORDINATOR, jyvaskyla)


def service_payload(catalogue, ptv_id):
    return next(s for s in catalogue.services if s["id"] == ptv_id)


def changed(catalogue, ptv_id, **fields):
    """A service as PTV sends it after someone edited it there."""
    payload = copy.deepcopy(service_payload(catalogue, ptv_id))
    payload.update(fields)
    catalogue.services = [payload if s["id"] == ptv_id else s for s in catalogue.services]
    return payload


@pytest.fixture(autouse=True)
def _messages_in_english():
    """The stories quote the English wording of messages."""
    from django.utils import translation

    with translation.override("en"):
        yield
