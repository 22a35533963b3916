"""/api/hsds/service_at_locations: where services are, by postcode and distance."""

import pytest

from directory.models import Address, Location, ServiceAtLocation
from directory.tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def place(service, postcode, latitude, longitude):
    location = Location.objects.create(
        organization=service.organization, latitude=latitude, longitude=longitude
    )
    Address.objects.create(
        location=location, address_1="Katu 1", city="Jyväskylä", postal_code=postcode, country="FI"
    )
    return ServiceAtLocation.objects.create(service=service, location=location)


@pytest.fixture
def places():
    centre = place(ServiceFactory(), "40100", "62.2426", "25.7473")
    nearby = place(ServiceFactory(), "40200", "62.2500", "25.7600")  # about 1 km away
    far = place(ServiceFactory(), "40900", "62.3300", "25.5500")  # about 14 km away
    return centre, nearby, far


def ids(response):
    return {item["id"] for item in response.json()["contents"]}


def test_by_postcode(client, places, assert_hsds):
    centre, _nearby, _far = places

    response = client.get("/api/hsds/service_at_locations", {"postcode": "40 100"})

    assert ids(response) == {str(centre.pk)}
    assert_hsds(response.json()["contents"][0], "service_at_location_list")


def test_by_proximity_to_a_postcode(client, places):
    centre, nearby, _far = places

    response = client.get(
        "/api/hsds/service_at_locations", {"postcode": "40100", "proximity": "3000"}
    )

    assert ids(response) == {str(centre.pk), str(nearby.pk)}


def test_proximity_needs_a_postcode(client, places):
    response = client.get("/api/hsds/service_at_locations", {"proximity": "3000"})

    assert response.status_code == 400


def test_one_service_at_location_fully_nested(client, places, assert_hsds):
    centre, _nearby, _far = places

    record = client.get(f"/api/hsds/service_at_locations/{centre.pk}").json()

    assert record["location"]["addresses"][0]["postal_code"] == "40100"
    assert record["service"]["id"] == str(centre.service_id)
    assert_hsds(record, "service_at_location")
