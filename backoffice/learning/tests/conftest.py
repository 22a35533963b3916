import pytest

from learning.tests.personas import (  # noqa: F401 - fixtures
    burgenlandkreis,
    greta,
    jussi,
    jyvaskyla,
    learning_demo,
    piotr,
    satu,
    vera,
    west_pomerania,
)


@pytest.fixture
def client(client):
    """The staff pages in English (the stories quote English wording)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client
