"""Amina has just moved to the region; the front page shows her where to start."""

import pytest

pytestmark = pytest.mark.django_db


def test_amina_sees_the_aims_and_common_needs_as_entry_points(client, world):
    page = client.get("/en/").content.decode()
    assert "Learning Finnish" in page
    assert "/en/services/?aim=finnish-language" in page
    assert "/en/services/?need=learn-finnish" in page


def test_the_two_paths_lead_to_the_navigator(client, world):
    page = client.get("/fi/").content.decode()
    assert 'href="/fi/navigator/"' in page
    assert 'href="/fi/navigator/?audience=employer"' in page


def test_the_front_page_counts_only_published_services(client, world):
    # The labour-market aim has the career club, the employer support and a draft.
    page = client.get("/en/").content.decode()
    assert "2 services" in page


def test_the_search_box_sends_to_the_search_page(client, world):
    page = client.get("/ar/").content.decode()
    assert 'action="/ar/search/"' in page
    assert 'name="q"' in page
