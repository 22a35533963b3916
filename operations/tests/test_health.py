"""The load balancer asks each app server whether it is up and whether it is ready; the
operator's Prometheus reads the metrics, and nobody else can."""

from unittest import mock

import pytest
from django.db import OperationalError, connections

from search import warm

pytestmark = pytest.mark.django_db


@pytest.fixture
def warmed(monkeypatch):
    from search import memory

    memory.current()
    monkeypatch.setattr(warm, "_warm", True)


def test_healthz_answers_while_the_process_runs(client):
    assert client.get("/healthz").content == b"ok\n"


def test_readyz_is_ready_with_database_cache_migrations_and_search(client, warmed):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {
        "ready": True,
        "checks": {"database": "ok", "migrations": "ok", "cache": "ok", "search": "ok"},
    }


def test_readyz_fails_when_the_database_is_gone(client, warmed):
    gone = OperationalError("connection to server at 127.0.0.1 failed: Connection refused")
    with mock.patch.object(connections["default"], "ensure_connection", side_effect=gone):
        response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["ready"] is False
    assert response.json()["checks"]["database"] == "unavailable: OperationalError"


def test_readyz_waits_for_the_search_model_and_index(client, monkeypatch):
    monkeypatch.setattr(warm, "_warm", False)

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"]["search"] == "model or index not loaded"


def test_metrics_are_not_public_by_default(client, settings):
    settings.METRICS_TOKEN = ""

    assert client.get("/metrics").status_code == 404


def test_metrics_need_the_token(client, settings):
    settings.METRICS_TOKEN = "scrape-secret"

    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 404
    response = client.get("/metrics", HTTP_AUTHORIZATION="Bearer scrape-secret")

    assert response.status_code == 200
    body = response.content.decode()
    for name in (
        "django_http_requests_latency_seconds_by_view_method",
        "django_db_execute_total",
        "milestone_search_seconds",
        "milestone_jobs_queued",
        "milestone_search_index_pending",
        "milestone_search_index_lag_seconds",
    ):
        assert name in body
