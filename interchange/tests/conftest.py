import pytest

from interchange.tests.support import empty_directory


@pytest.fixture
def empty_region(db):
    """An empty directory with one region, Postojna's, to import into."""
    return empty_directory("postojna")


@pytest.fixture(autouse=True)
def _messages_in_english():
    """The stories quote the English wording of messages."""
    from django.utils import translation

    with translation.override("en"):
        yield
