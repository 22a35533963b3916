"""Fixtures shared by every app's tests. Apps add their own personas in their conftest.py."""

import pytest


@pytest.fixture
def demo_data(db):
    """The Jyväskylä ecosystem from the source document, as `make run` loads it."""
    from directory.demo.loader import load_demo_data

    load_demo_data()
    from directory.models import Region

    return Region.objects.get(slug="jyvaskyla")
