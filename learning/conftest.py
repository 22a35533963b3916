import pytest
from django.utils import translation

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


@pytest.fixture(autouse=True)
def english():
    """The stories quote the English wording; the default language is Finnish."""
    with translation.override("en"):
        yield
