"""The site shell: a language switcher that keeps the page, hreflang links, right to left."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_switcher_links_to_the_same_page_in_all_13_languages(client, world):
    page = client.get("/en/services/?group=employers").content.decode()
    for code in ("fi", "sv", "ru", "uk", "ar", "so", "fa", "et", "zh-hans", "es", "tr", "fr"):
        assert f'href="/{code}/services/?group=employers" lang="{code}" hreflang="{code}"' in page


def test_every_language_has_an_alternate_link(client, world):
    page = client.get("/fi/organizations/").content.decode()
    assert page.count('rel="alternate" hreflang=') == 13 + 1  # and x-default
    assert 'hreflang="ar" href="http://testserver/ar/organizations/"' in page


def test_search_engines_get_the_address_that_picks_the_language_as_x_default(client, world):
    page = client.get("/fi/services/?group=employers").content.decode()
    x_default = (
        'rel="alternate" hreflang="x-default" href="http://testserver/services/?group=employers"'
    )
    assert page.count('hreflang="x-default"') == 1
    assert x_default in page
    # The neutral address sends a Swedish reader to the Swedish page, an Arabic one to Arabic.
    for code in ("sv", "ar"):
        response = client.get("/services/?group=employers", HTTP_ACCEPT_LANGUAGE=code)
        assert response["Location"] == f"/{code}/services/?group=employers"


def test_the_home_pages_x_default_is_the_root_address(client, world):
    page = client.get("/ar/").content.decode()
    assert 'hreflang="x-default" href="http://testserver/"' in page


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_arabic_and_persian_pages_run_right_to_left(client, world, code):
    assert f'<html lang="{code}" dir="rtl">' in client.get(f"/{code}/").content.decode()


def test_finnish_runs_left_to_right(client, world):
    assert '<html lang="fi" dir="ltr">' in client.get("/fi/").content.decode()


def test_the_root_address_sends_to_a_language(client, world):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 302
    assert response["Location"] == "/sv/"


def test_no_page_loads_anything_from_another_host(client, world):
    page = client.get(f"/en/services/{world.course.pk}/").content.decode()
    for tag in ('src="http', 'src="//', 'rel="stylesheet" href="http'):
        assert tag not in page


def test_the_events_calendar_is_in_the_main_menu_of_every_page(client, world):
    """Ivan looks for a Finnish conversation evening: the calendar is one tap from any page (it
    was reached only from a service's coming dates)."""
    for address in ("/ru/", "/ru/services/", "/ru/organizations/"):
        menu = client.get(address).content.decode().split('class="site-nav"')[1].split("</nav>")[0]
        assert 'href="/ru/events/"' in menu
