"""Every request leaves one log line with an id that ties it to its other lines; what a newcomer
searched for, what they answered in the navigator and where they came from are never in it."""

import json
import logging

import pytest

from operations.logs import RequestIdFilter

pytestmark = pytest.mark.django_db


@pytest.fixture
def log_lines(caplog):
    caplog.set_level(logging.INFO, logger="milestone.access")
    caplog.handler.addFilter(RequestIdFilter())
    return caplog


def test_a_search_is_logged_without_its_words_or_the_searchers_address(client, log_lines):
    response = client.get("/fi/search/?q=ищу+работу", REMOTE_ADDR="203.0.113.7")

    (record,) = [r for r in log_lines.records if r.name == "milestone.access"]
    assert record.path == "/fi/search/" and record.status == response.status_code
    logged = json.dumps(record.__dict__, default=str)
    assert "ищу" not in logged and "работу" not in logged and "q=" not in logged
    assert "203.0.113.7" not in logged
    assert record.request_id == response["X-Request-ID"]


def test_a_request_id_from_the_proxy_is_kept(client, log_lines):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="nginx-0123456789abcdef")

    assert response["X-Request-ID"] == "nginx-0123456789abcdef"
    assert log_lines.records[-1].request_id == "nginx-0123456789abcdef"


def test_a_malformed_request_id_is_replaced(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="<script>")

    assert response["X-Request-ID"] != "<script>" and len(response["X-Request-ID"]) == 32
