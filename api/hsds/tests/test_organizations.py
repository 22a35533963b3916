"""/api/hsds/organizations: the providers, with their published services."""

import pytest

from directory.models import Service
from directory.tests.factories import OrganizationFactory, RegionFactory, ServiceFactory
from directory.translation import TranslatedText

pytestmark = pytest.mark.django_db


def test_organizations_list_and_search(client, assert_hsds):
    OrganizationFactory(name=TranslatedText({"fi": "Jyväskylän kaupunki"}))
    OrganizationFactory(name=TranslatedText({"fi": "Gradia"}))

    page = client.get("/api/hsds/organizations", {"search": "jyväskylän"}).json()

    assert [o["name"] for o in page["contents"]] == ["Jyväskylän kaupunki"]
    assert_hsds(page["contents"][0], "organization_list")


def test_one_region_only(client):
    postojna = RegionFactory(slug="postojna")
    OrganizationFactory(region=postojna)
    OrganizationFactory()

    page = client.get("/api/hsds/organizations", {"region": "postojna"}).json()

    assert page["total_items"] == 1


def test_an_organization_with_its_published_services(client, assert_hsds):
    provider = OrganizationFactory()
    published = ServiceFactory(organization=provider)
    ServiceFactory(organization=provider, publication_status=Service.Publication.DRAFT)

    summary = client.get(f"/api/hsds/organizations/{provider.pk}").json()
    full = client.get(f"/api/hsds/organizations/{provider.pk}", {"full_service": "true"}).json()

    assert [s["id"] for s in summary["services"]] == [str(published.pk)]
    assert "service_at_locations" in full["services"][0]
    assert_hsds(summary, "organization")
    assert_hsds(full, "organization")


def test_full_organizations_in_the_list(client):
    ServiceFactory()

    item = client.get("/api/hsds/organizations", {"full": "true"}).json()["contents"][0]

    assert len(item["services"]) == 1 and "locations" in item
