"""What the Open Referral UK validator's basic level does, against the Jyväskylä directory:
GET /, page through /services (first, last and random pages), fetch every /services/{id},
and validate everything against the official HSDS 3.0 schemas."""

import random

import pytest


@pytest.fixture
def client_of_a_partner_region(client):
    """Another partner region's developer, reading the open API with no key."""
    return client


def test_the_api_passes_the_basic_conformance_checks(
    demo_data, client_of_a_partner_region, assert_hsds
):
    client = client_of_a_partner_region
    root = client.get("/api/hsds/").json()
    assert root["version"] == "3.0"
    assert root["openapi_url"].startswith("http")
    assert client.get(root["profile"]).status_code == 200

    first = client.get("/api/hsds/services", {"per_page": 10}).json()
    assert first["first_page"] and first["total_items"] == 59 and first["total_pages"] == 6
    pages = {1, first["total_pages"], random.Random(3).randint(1, first["total_pages"])}
    seen = []
    for number in sorted(pages):
        page = client.get("/api/hsds/services", {"per_page": 10, "page": number}).json()
        assert page["page_number"] == number
        assert page["last_page"] == (number == first["total_pages"])
        for item in page["contents"]:
            assert_hsds(item, "service_list")
        seen += [item["id"] for item in page["contents"]]
    assert len(seen) == len(set(seen))

    every = client.get("/api/hsds/services", {"per_page": 200}).json()["contents"]
    for item in every:
        response = client.get(f"/api/hsds/services/{item['id']}")
        assert response.status_code == 200
        assert_hsds(response.json(), "service")
