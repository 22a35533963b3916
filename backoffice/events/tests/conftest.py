import pytest

from coordination.tests.personas import network  # noqa: F401 - a fixture
from events.tests.conftest import calendar_server  # noqa: F401 - a fixture


@pytest.fixture
def client(client):
    """The staff pages in English (the stories quote English wording)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client
