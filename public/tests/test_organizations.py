"""Organization pages: who offers what."""

import pytest

from directory.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_the_list_shows_providers_with_published_services_and_their_count(client, world):
    OrganizationFactory(region=world.region, name={"en": "Quiet association"})
    page = client.get("/en/organizations/").content.decode()
    assert "City of Jyväskylä" in page
    assert "Gradia" in page
    assert "Quiet association" not in page
    assert "2 services" in page  # the city's draft is not counted


def test_an_organization_page_lists_its_published_services(client, world):
    page = client.get(f"/en/organizations/{world.city.pk}/").content.decode()
    assert "Career club" in page
    assert "Support for employers" in page
    assert "Secret draft" not in page
    assert "https://www.jyvaskyla.fi/" in page
    assert f"/en/services/?org={world.city.pk}" in page


def test_an_organization_without_public_services_is_not_found(client, world):
    quiet = OrganizationFactory(region=world.region)
    assert client.get(f"/en/organizations/{quiet.pk}/").status_code == 404


def test_an_unknown_organization_id_is_a_friendly_404(client, world):
    response = client.get("/en/organizations/not-a-uuid/")
    assert response.status_code == 404
    assert "We could not find this page" in response.content.decode()
