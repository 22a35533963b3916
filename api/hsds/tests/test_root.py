"""GET /api/hsds/: the entry point says which HSDS version and profile it serves."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_root_names_version_profile_and_openapi(client):
    response = client.get("/api/hsds/")
    root = response.json()

    assert root["version"] == "3.0"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert client.get(root["openapi_url"]).json()["openapi"].startswith("3.")
    profile = client.get(root["profile"])
    assert profile["Content-Type"].startswith("text/markdown")
    assert b"translations=all" in profile.content
