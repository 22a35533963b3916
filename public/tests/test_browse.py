"""Browsing with filters: Mikko the employer and Amina the newcomer narrow the list down."""

import pytest

pytestmark = pytest.mark.django_db


def names(response):
    return [str(s.name.get("en")) for s in response.context["services"]]


def test_everyone_sees_every_published_service_and_never_a_draft(client, world):
    response = client.get("/en/services/")
    assert sorted(names(response)) == [
        "Career club",
        "Finnish language course",
        "Support for employers",
    ]
    assert "Secret draft" not in response.content.decode()
    assert "3 services found" in response.content.decode()


def test_mikko_filters_by_the_employer_target_group(client, world):
    response = client.get("/en/services/?group=employers")
    assert names(response) == ["Support for employers"]
    assert "1 service found" in response.content.decode()


def test_choices_in_one_filter_widen_and_filters_together_narrow(client, world):
    both_aims = client.get("/en/services/?aim=labour-market&aim=finnish-language")
    assert len(names(both_aims)) == 3
    labour_in_english = client.get("/en/services/?aim=labour-market&lang=en")
    assert names(labour_in_english) == ["Career club"]


def test_each_active_filter_is_a_chip_that_removes_only_itself(client, world):
    response = client.get("/en/services/?aim=labour-market&lang=en")
    chips = response.context["chips"]["items"]
    assert [chip["facet_title"] for chip in chips] == ["Aim", "Language of the service"]
    assert chips[0]["remove_url"] == "?lang=en"
    assert chips[1]["remove_url"] == "?aim=labour-market"
    assert "Remove all filters" in response.content.decode()


def test_filtering_by_organization_and_need(client, world):
    response = client.get(f"/en/services/?org={world.city.pk}&need=hire")
    assert names(response) == ["Support for employers"]


def test_an_unknown_filter_value_is_ignored_with_a_note(client, world):
    response = client.get("/en/services/?aim=nonexistent&aim=labour-market")
    assert response.status_code == 200
    assert len(names(response)) == 2
    assert "We ignored a filter that we did not recognise" in response.content.decode()


def test_the_filter_form_works_without_javascript(client, world):
    page = client.get("/en/services/").content.decode()
    assert '<form class="filters" method="get" action="/en/services/">' in page
    assert 'type="checkbox" name="group" value="employers"' in page


def test_a_filter_that_matches_nothing_shows_the_way_on(client, world):
    response = client.get("/en/services/?group=employers&lang=ar")
    page = response.content.decode()
    assert "No services match" in page
    assert "Remove all filters" in page
    assert "0 services found" in page


def test_a_bad_page_number_shows_the_first_page(client, world):
    for page in ("abc", "-1", "0", "99999", "1e9"):
        response = client.get(f"/en/services/?page={page}")
        assert response.status_code == 200
        assert len(names(response)) == 3
