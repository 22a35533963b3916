"""The OpenAPI description covers every API and passes the validator CI runs."""

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

HSDS_PATHS = [
    "/api/hsds/",
    "/api/hsds/services",
    "/api/hsds/services/{id}",
    "/api/hsds/organizations",
    "/api/hsds/organizations/{id}",
    "/api/hsds/taxonomies",
    "/api/hsds/taxonomies/{id}",
    "/api/hsds/taxonomy_terms",
    "/api/hsds/taxonomy_terms/{id}",
    "/api/hsds/service_at_locations",
    "/api/hsds/service_at_locations/{id}",
]


def test_the_schema_validates_without_warnings(tmp_path):
    # The same check as `manage.py spectacular --validate --fail-on-warn` in CI.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "s.yaml"))


def test_every_hsds_endpoint_is_described(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()

    for path in HSDS_PATHS:
        assert path in schema["paths"], path


def test_the_interactive_docs_work_offline(client):
    page = client.get("/api/docs/").content.decode()

    assert "swagger-ui" in page
    # Served from the app's own static files (drf-spectacular-sidecar), never from a CDN.
    assert "/static/drf_spectacular_sidecar/" in page
    assert not any(host in page for host in ("cdn.", "jsdelivr", "unpkg", "googleapis"))
