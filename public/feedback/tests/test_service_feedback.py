"""A newcomer on a service page answers "Was this useful?" and flags a language barrier."""

import html
import re

from django.utils.http import url_has_allowed_host_and_scheme

from coordination import feedback as voice
from coordination.models import Feedback


def test_the_form_is_on_the_service_page(client, network):
    body = client.get(f"/en/services/{network.service.pk}/").content.decode()
    assert "Was this useful?" in body
    assert re.search(r'name="token" value="[^"]+"', body)


def test_a_newcomer_says_it_was_not_useful_because_of_language(client, network, aged_token):
    response = client.post(
        "/en/feedback/service/",
        {
            "service": network.service.pk,
            "useful": "no",
            "language_barrier": "1",
            "message": "Only in Finnish",
            "token": aged_token(),
        },
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/en/feedback/thanks/")
    item = Feedback.objects.get()
    assert (item.useful, item.language_barrier, item.language) == (False, True, "en")
    thanks = client.get(response["Location"]).content.decode()
    assert f"/en/services/{network.service.pk}/" in thanks


def test_a_form_sent_instantly_is_shown_again_with_the_text_kept(client, network):
    response = client.post(
        "/en/feedback/service/",
        {
            "service": network.service.pk,
            "message": "Typed words",
            "useful": "yes",
            "token": voice.form_token(),
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "sent too quickly or too late" in body
    assert "Typed words" in body
    assert not Feedback.objects.exists()


def test_a_bot_filling_the_hidden_field_is_thanked_and_ignored(client, network, aged_token):
    response = client.post(
        "/en/feedback/service/",
        {
            "service": network.service.pk,
            "useful": "yes",
            "website": "http://spam.example",
            "token": aged_token(),
        },
    )
    assert response.status_code == 302
    assert not Feedback.objects.exists()


def test_an_unknown_service_is_explained(client, network, aged_token):
    response = client.post(
        "/en/feedback/service/", {"service": "nonsense", "useful": "yes", "token": aged_token()}
    )
    assert response.status_code == 400
    assert "This service is not available." in response.content.decode()


def test_the_thanks_page_links_only_within_the_site(client, network):
    body = client.get("/en/feedback/thanks/?back=https://evil.example/").content.decode()
    assert '<a href="https://evil.example/"' not in body
    assert '<a href="/en/">' in body


def test_the_thanks_page_links_back_only_to_this_site(client, network):
    for back in [
        "/%5Cevil.example",
        "/%09/evil.example",
        "//evil.example",
        "https://evil.example/",
    ]:
        page = client.get(f"/en/feedback/thanks/?back={back}").content.decode()

        # The language links keep the query as it came; every link still stays on this site.
        for href in re.findall(r'href="([^"]+)"', page):
            target = html.unescape(href)
            assert url_has_allowed_host_and_scheme(target, allowed_hosts={"testserver"}), back
        assert not re.search(r'href="[^"?]*evil\.example', page), back
    page = client.get("/en/feedback/thanks/?back=/en/search/%3Fq%3Dsuomi").content.decode()
    assert 'href="/en/search/?q=suomi"' in page


def _token_in(body):
    return html.unescape(re.search(r'name="token" value="([^"]+)"', body).group(1))


def test_the_same_form_sent_twice_is_kept_once(client, network, aged_token):
    """Kadri taps Send twice on a slow connection (or goes back and sends again): one piece of
    feedback reaches the coordinator, and both taps end on the thanks page."""
    form = {"service": network.service.pk, "useful": "yes", "token": aged_token()}
    for _ in range(2):
        response = client.post("/en/feedback/service/", form)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/feedback/thanks/")
    assert Feedback.objects.count() == 1


def test_a_form_shown_again_keeps_its_token_so_it_can_be_sent_at_once(client, network, aged_token):
    """Claire sends the form empty; the page that says so keeps her form's token, so sending it
    again straight away is not refused as too quick (a fresh token made her wait again)."""
    token = aged_token()
    response = client.post("/en/feedback/service/", {"service": network.service.pk, "token": token})
    assert response.status_code == 400
    assert _token_in(response.content.decode()) == token
    again = {"service": network.service.pk, "useful": "no", "token": token}
    assert client.post("/en/feedback/service/", again).status_code == 302
    assert Feedback.objects.count() == 1


def test_every_form_gets_its_own_token(client, network):
    first, second = (
        _token_in(client.get(f"/en/services/{network.service.pk}/").content.decode())
        for _ in range(2)
    )
    assert first != second


def test_opening_a_forms_address_leads_to_a_page_with_the_form(client, network):
    """Claire changes the language on the page that said her form was not sent: the address is
    opened, not sent to; she lands on the services (or the search), not on an empty 405."""
    response = client.get("/es/feedback/service/")
    assert response.status_code == 302 and response["Location"] == "/es/services/"
    response = client.get("/en/feedback/not-found/")
    assert response.status_code == 302 and response["Location"] == "/en/search/"
