from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import cache
from django.utils import timezone

from coordination import feedback as voice
from coordination.tests.personas import network  # noqa: F401 - a fixture


@pytest.fixture
def client(client):
    """The public pages asked for in English (the stories quote English wording)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()


@pytest.fixture
def aged_token():
    """A form token issued half a minute ago, as when a person has read the page first."""

    def issue():
        past = timezone.now() - timedelta(seconds=30)
        with mock.patch("django.core.signing.time.time", return_value=past.timestamp()):
            return voice.form_token()

    return issue
