"""/api/hsds/services/{id}: one service with everything about it, nested."""

import pytest

from directory.models import Address, Location, Phone, Service, ServiceAtLocation
from directory.tests.factories import LanguageFactory, ServiceFactory, TaxonomyTermFactory, tag
from directory.translation import TranslatedText

pytestmark = pytest.mark.django_db


@pytest.fixture
def language_cafe():
    service = ServiceFactory(
        name=TranslatedText({"fi": "Kielikahvila", "en": "Language café", "ar": "مقهى اللغة"})
    )
    location = Location.objects.create(
        organization=service.organization,
        name=TranslatedText({"fi": "Kirjasto"}),
        latitude="62.241700",
        longitude="25.746900",
    )
    Address.objects.create(
        location=location,
        address_1="Vapaudenkatu 39",
        city="Jyväskylä",
        postal_code="40100",
        country="FI",
    )
    ServiceAtLocation.objects.create(service=service, location=location)
    Phone.objects.create(service=service, number="+358 14 266 0000")
    LanguageFactory(service=service, code="ar", name="Arabic")
    tag(service, TaxonomyTermFactory(code="meet-people"))
    return service


def test_a_service_comes_fully_nested(client, language_cafe, assert_hsds):
    response = client.get(f"/api/hsds/services/{language_cafe.pk}", {"lang": "ar"})
    service = response.json()

    assert service["name"] == "مقهى اللغة"
    assert response["Content-Language"] == "ar"
    location = service["service_at_locations"][0]["location"]
    assert location["addresses"][0]["postal_code"] == "40100"
    assert location["translation_fallbacks"] == {"name": "fi"}
    assert service["phones"][0]["number"] == "+358 14 266 0000"
    assert service["languages"][0]["code"] == "ar"
    assert service["attributes"][0]["taxonomy_term"]["code"] == "meet-people"
    assert_hsds(service, "service")


def test_a_draft_or_unknown_service_is_not_found(client):
    draft = ServiceFactory(publication_status=Service.Publication.DRAFT)

    assert client.get(f"/api/hsds/services/{draft.pk}").status_code == 404
    response = client.get("/api/hsds/services/00000000-0000-0000-0000-000000000000")
    assert response.status_code == 404
    assert response["Access-Control-Allow-Origin"] == "*"


def test_an_id_that_is_not_a_uuid_gets_a_json_404(client):
    response = client.get("/api/hsds/services/not-a-uuid", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 404
    assert "not-a-uuid" in response.json()["detail"]
    assert response["Access-Control-Allow-Origin"] == "*"
