"""The outside probe, as part of the suite: schemathesis generates requests from the OpenAPI
schema for every operation under /api/hsds/ and /api/v1/, anonymously and as Satu, the network
coordinator, and checks that none is a server error and every answer is one the schema
documents (status, content type, body).

Bounded for CI: PROBE_EXAMPLES examples per operation and persona (see README, "Security"),
derandomised so that a run is repeatable; raise it (`PROBE_EXAMPLES=200 make test`) for a
deeper probe.
"""

import os
import uuid

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from coordination.tests.personas import network  # noqa: F401 - a fixture

EXAMPLES = int(os.environ.get("PROBE_EXAMPLES", "25"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
CSRF = uuid.uuid4().hex  # a well-formed token of our own, sent as cookie and header alike

pytestmark = pytest.mark.django_db


APP = get_wsgi_application()
# The schema is read once, when the tests are collected (drf-spectacular needs no database).
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", APP).include(
    path_regex=r"^/api/(hsds|v1)/"
)
probe = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture(autouse=True)
def _inside_the_test_transaction(network):  # noqa: F811 - the fixture imported above
    """The real WSGI application, inside the test's transaction, with Satu's network as data.
    Django would close the connection after each request otherwise (its test client, too,
    turns this off)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def satu_headers(network):  # noqa: F811
    client = Client()
    client.force_login(network.satu)
    session = client.cookies["sessionid"].value
    return {"Cookie": f"sessionid={session}; csrftoken={CSRF}", "X-CSRFToken": CSRF}


@schema.parametrize()
@probe
def test_anonymous_callers_get_only_documented_answers(case):
    case.call_and_validate(checks=CHECKS)


@schema.parametrize()
@probe
def test_the_coordinator_gets_only_documented_answers(case, satu_headers):
    case.call_and_validate(headers=satu_headers, checks=CHECKS)
