"""Page numbers a careless client or a probe sends to the HSDS lists (finding 2): whatever the
number, a clear answer, never a server error."""

import pytest

from directory.tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db

LISTS = ["services", "organizations", "taxonomies", "taxonomy_terms", "service_at_locations"]


@pytest.fixture
def one_service():
    return ServiceFactory()


@pytest.mark.parametrize("name", LISTS)
def test_a_page_number_past_any_database_integer_is_a_clear_404(client, one_service, name):
    response = client.get(f"/api/hsds/{name}", {"page": "99999999999999999999", "lang": "en"})

    assert response.status_code == 404
    assert "the last page is 1" in response.json()["detail"]


@pytest.mark.parametrize("value", ["0", "-3", "two", "1e3", "9" * 5000])
def test_a_page_that_is_not_a_whole_number_from_one_is_a_clear_400(client, one_service, value):
    response = client.get("/api/hsds/services", {"page": value, "lang": "en"})

    assert response.status_code == 400
    assert "page" in response.json()


def test_the_last_page_is_still_served(client, one_service):
    page = client.get("/api/hsds/services", {"page": "1", "per_page": "1"}).json()

    assert (page["page_number"], page["last_page"], page["size"]) == (1, True, 1)
