"""The people of the policy-learning stories (imported by learning/conftest.py and the API tests).

- satu coordinates Jyväskylä's network; jussi is Jyväskylä's partner staff;
- greta is on the staff of Burgenlandkreis, the lead partner, who validates good practices;
- piotr is partner staff in West Pomerania, another region;
- vera only views Jyväskylä's staff pages.
"""

import pytest

from coordination.models import Membership, Role
from directory.tests.factories import RegionFactory


def _region(request, **fields):
    """In stories on the demo data the personas work in the demo's regions."""
    if "learning_demo" in request.fixturenames:
        request.getfixturevalue("learning_demo")
        from directory.models import Region

        return Region.objects.get(slug=fields["slug"])
    return RegionFactory(**fields)


@pytest.fixture
def jyvaskyla(db, request):
    return _region(request, slug="jyvaskyla", country="FI", languages=["fi", "sv", "en"])


@pytest.fixture
def burgenlandkreis(db, request):
    return _region(
        request, slug="burgenlandkreis", country="DE", languages=["de"], lead_partner=True
    )


@pytest.fixture
def west_pomerania(db, request):
    return _region(request, slug="west-pomerania", country="PL", languages=["pl"])


def _person(django_user_model, username, role, region):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw-12345!")
    if role:
        Membership.objects.create(user=user, role=role, region=region)
    return user


@pytest.fixture
def satu(django_user_model, jyvaskyla):
    return _person(django_user_model, "satu", Role.COORDINATOR, jyvaskyla)


@pytest.fixture
def jussi(django_user_model, jyvaskyla):
    return _person(django_user_model, "jussi", Role.PARTNER_STAFF, jyvaskyla)


@pytest.fixture
def greta(django_user_model, burgenlandkreis):
    return _person(django_user_model, "greta", Role.PARTNER_STAFF, burgenlandkreis)


@pytest.fixture
def piotr(django_user_model, west_pomerania):
    return _person(django_user_model, "piotr", Role.PARTNER_STAFF, west_pomerania)


@pytest.fixture
def vera(django_user_model, jyvaskyla):
    return _person(django_user_model, "vera", Role.VIEWER, jyvaskyla)


@pytest.fixture
def learning_demo(demo_data):
    """The directory demo plus the policy-learning demo, as `make run` loads them."""
    from learning.demo import load_learning_demo

    load_learning_demo()
    return demo_data
