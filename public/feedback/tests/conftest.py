import pytest

from coordination.tests.personas import network  # noqa: F401 - a fixture


@pytest.fixture
def client(client):
    """The public pages asked for in English (the stories quote English wording)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client
