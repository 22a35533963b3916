"""Bad addresses and bad input get a friendly page with a way on, never a server error."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/en/services/?aim=nonexistent",
        "/en/services/?page=abc",
        "/en/services/?lang=%00",
        "/en/services/?org=not-a-uuid",
        "/en/services/?aim=" + "x" * 3000,
        "/en/search/?q=%00%01",
        "/en/search/?q=" + "q" * 10_000,
        "/en/search/?aim=nonexistent&page=-1",
        "/en/search/?q=%ff%fe",
        "/ar/services/?need=&group=&lang=",
    ],
)
def test_malformed_query_strings_never_break_a_page(client, world, url):
    assert client.get(url).status_code == 200


def test_an_unknown_page_is_a_friendly_404_in_the_readers_language(client, world):
    response = client.get("/en/no-such-page/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "We could not find this page" in page
    assert 'href="/en/services/"' in page
    assert 'action="/en/search/"' in page


def test_an_unknown_language_prefix_gets_the_404_page_in_a_known_language(world):
    response = Client(HTTP_ACCEPT_LANGUAGE="en").get("/xx/services/")
    assert response.status_code == 404
    assert "We could not find this page" in response.content.decode()
    assert '<html lang="en"' in response.content.decode()


def test_an_unknown_service_id_is_a_404(client, world):
    assert client.get("/en/services/00000000-0000-0000-0000-000000000000/").status_code == 404


def test_the_error_views_render_their_own_pages(rf):
    from public.views import errors

    request = rf.get("/en/")
    assert errors.bad_request(request).status_code == 400
    assert errors.permission_denied(request).status_code == 403
    assert errors.server_error(request).status_code == 500


def test_a_server_error_still_shows_a_page(rf, monkeypatch):
    from public.views import errors

    def broken(*args, **kwargs):
        raise RuntimeError("template engine down")

    monkeypatch.setattr(errors, "render", broken)
    response = errors.server_error(rf.get("/en/"))
    assert response.status_code == 500
    assert b"Something went wrong" in response.content


def test_a_forged_host_header_gets_the_friendly_400_page(client, world):
    response = client.get("/fi/", HTTP_HOST="attacker.example")
    assert response.status_code == 400
    assert "Pyynnössä oli jotain vikaa" in response.content.decode()
