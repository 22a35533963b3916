"""POST /api/v1/feedback: anyone may tell the network something, anonymously."""

import json

import pytest
from django.core.cache import cache

from coordination.models import Feedback


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()


def _post(client, body):
    return client.post("/api/v1/feedback", json.dumps(body), content_type="application/json")


def test_feedback_on_a_service_is_received(client, network):
    response = _post(
        client,
        {
            "service": str(network.service.pk),
            "useful": False,
            "message": "No evening groups",
            "language_barrier": True,
        },
    )
    assert response.status_code == 201
    item = Feedback.objects.get()
    assert item.kind == "service" and item.language_barrier and item.useful is False


def test_without_a_service_it_is_a_could_not_find(client, network):
    assert _post(client, {"service": None, "message": "Sewing course"}).status_code == 201
    assert Feedback.objects.get().kind == "not_found"


def test_errors_are_given_per_field(client, network):
    response = _post(client, {"service": "not-a-uuid", "useful": "perhaps"})
    assert response.status_code == 400
    assert set(response.json()) == {"service", "useful"}


def test_an_unpublished_service_is_refused(client, network):
    network.service.publication_status = "draft"
    network.service.save()
    response = _post(client, {"service": str(network.service.pk), "useful": True})
    assert response.status_code == 400
    assert "service" in response.json()


def test_an_empty_message_is_explained(client, network):
    response = _post(client, {"service": None})
    assert response.status_code == 400
    assert "message" in response.json()


def test_the_eleventh_in_an_hour_waits(client, network):
    for _ in range(10):
        assert _post(client, {"message": "Sewing"}).status_code == 201
    assert _post(client, {"message": "Sewing"}).status_code == 429


def test_no_cookie_is_set(client, network):
    response = _post(client, {"message": "Sewing"})
    assert not response.cookies
