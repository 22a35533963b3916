"""A newcomer whose search found nothing tells the network what they were looking for."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import cache
from django.utils import timezone

from coordination import feedback as voice
from coordination.models import Feedback


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()


def _aged_token():
    past = timezone.now() - timedelta(seconds=30)
    with mock.patch("django.core.signing.time.time", return_value=past.timestamp()):
        return voice.form_token()


def test_the_form_is_on_a_search_without_results(client, network):
    body = client.get("/en/search/?q=beekeeping+for+beginners").content.decode()
    assert "find what I need" in body or "find what I need" in body.replace("’", "'")


def test_the_message_and_the_search_words_are_kept(client, network):
    response = client.post(
        "/en/feedback/not-found/",
        {"query": "beekeeping", "message": "A beekeeping course", "token": _aged_token()},
    )
    assert response.status_code == 302
    item = Feedback.objects.get()
    assert (item.kind, item.query, item.message) == (
        "not_found",
        "beekeeping",
        "A beekeeping course",
    )


def test_an_empty_form_is_explained(client, network):
    response = client.post("/en/feedback/not-found/", {"token": _aged_token()})
    assert response.status_code == 400
    assert "Tell us what you were looking for." in response.content.decode()


def test_after_ten_in_an_hour_the_form_asks_to_wait(client, network):
    for _ in range(10):
        client.post("/en/feedback/not-found/", {"message": "x", "token": _aged_token()})
    response = client.post("/en/feedback/not-found/", {"message": "x", "token": _aged_token()})
    assert response.status_code == 429
    assert "try again later" in response.content.decode()
    assert Feedback.objects.count() == 10
