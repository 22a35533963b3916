"""The network coordinator tunes the navigator's rules in the admin."""

import pytest

from directory.tests.factories import TaxonomyFactory, TaxonomyTermFactory
from navigator.models import Rule

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client, django_user_model):
    """Maija, the network coordinator, who keeps the navigator's rules."""
    maija = django_user_model.objects.create_superuser("maija", "maija@example.org", "pw-Maija-1")
    client.force_login(maija)
    return client


@pytest.fixture
def study_term(db):
    return TaxonomyTermFactory(taxonomy=TaxonomyFactory(code="need"), code="study")


def form(**fields):
    data = {
        "question": "situation",
        "answer": "student",
        "effect": "boost",
        "taxonomy": "need",
        "term": "study",
        "weight": "1.5",
        "active": "on",
        "note": "",
    }
    data.update({f"reason_{i}": "" for i in range(13)})
    return data | fields


def test_maija_adds_a_rule_for_students(coordinator, study_term):
    before = Rule.objects.count()
    response = coordinator.post("/admin/navigator/rule/add/", form())
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Rule.objects.count() == before + 1


def test_a_rule_naming_a_term_that_does_not_exist_is_refused_with_the_known_terms(
    coordinator, study_term
):
    before = Rule.objects.count()
    response = coordinator.post(
        "/admin/navigator/rule/add/", form(term="stduy"), HTTP_ACCEPT_LANGUAGE="en"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "stduy" in html and "Known terms: study" in html
    assert Rule.objects.count() == before


def test_the_rule_list_and_stage_rules_open(coordinator):
    assert coordinator.get("/admin/navigator/rule/").status_code == 200
    assert coordinator.get("/admin/navigator/stagerule/").status_code == 200


def test_a_visitor_without_staff_rights_cannot_open_the_rules(client):
    response = client.get("/admin/navigator/rule/")
    assert response.status_code == 302
    assert "/login/" in response.url
