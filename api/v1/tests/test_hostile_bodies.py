"""What an outside probe sent to the public write endpoints (findings 2, 3 and 10): bodies
nested thousands of levels deep, bodies of 200,000 wrong list items, language tags as browsers
write them. Each gets a short, clear answer quickly, never a server error."""

import json
import time

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from navigator.questionnaire import Goal

pytestmark = pytest.mark.django_db

ENDPOINTS = ["/api/v1/navigator", "/api/v1/feedback"]


@pytest.fixture
def api():
    cache.clear()
    return APIClient(HTTP_ACCEPT_LANGUAGE="en")


def _send(api, url, text):
    return api.generic("POST", url, text, content_type="application/json")


@pytest.mark.parametrize("url", ENDPOINTS)
def test_a_body_nested_deeper_than_python_recurses_is_a_clear_400(api, url):
    response = _send(api, url, "[" * 5_000 + "]" * 5_000)

    assert response.status_code == 400
    assert "nested more than 32 levels" in response.json()["detail"]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_a_small_but_deeply_nested_body_is_a_clear_400(api, url):
    response = _send(api, url, '{"a":' * 2_000 + "1" + "}" * 2_000)

    assert response.status_code == 400
    assert "nested more than 32 levels" in response.json()["detail"]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_a_two_megabyte_body_is_refused_unread_and_quickly(api, url):
    body = json.dumps({"audience": "resident", "situation": ["x"] * 200_000})
    assert len(body) > 1_000_000

    started = time.perf_counter()
    response = _send(api, url, body)
    elapsed = time.perf_counter() - started

    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]
    assert len(response.content) < 1_000
    assert elapsed < 1.0  # generous for a loaded machine; the benchmark-free bound is far lower


def test_many_wrong_list_items_under_the_size_limit_cost_one_short_message(api):
    body = json.dumps({"audience": "resident", "goals": ["x"] * 3_000})
    assert len(body) < 16 * 1024

    response = _send(api, "/api/v1/navigator", body)

    assert response.status_code == 400
    assert response.json() == {"goals": [f"Send at most {len(Goal.choices)} items."]}
    assert len(response.content) < 200


def test_chinese_and_arabic_as_browsers_tag_them_are_understood(api):
    for tags in (["en", "zh"], ["zh-CN"], ["zh-Hans"], ["ar-SA", "fi_FI"]):
        response = api.post(
            "/api/v1/navigator", {"audience": "resident", "languages": tags}, format="json"
        )
        assert response.status_code == 200, (tags, response.json())


def test_a_language_not_offered_gets_a_message_naming_the_ones_that_are(api):
    response = api.post(
        "/api/v1/navigator", {"audience": "resident", "languages": ["pt-BR"]}, format="json"
    )

    assert response.status_code == 400
    message = response.json()["languages"]["0"][0]
    assert "Unknown language “pt-BR”" in message
    assert "zh-hans" in message


def test_not_json_at_all_is_a_clear_400(api):
    response = _send(api, "/api/v1/navigator", '{"audience": NaN}')

    assert response.status_code == 400
    assert "not a JSON value" in response.json()["detail"]
