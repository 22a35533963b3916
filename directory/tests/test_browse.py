"""Listing published services by facet (directory.browse), as the public browse page does."""

import pytest

from directory import browse
from directory.models import Service
from directory.tests.factories import (
    ServiceFactory,
    tag,
)

pytestmark = pytest.mark.django_db


def test_choices_leave_out_terms_no_published_service_carries(terms):
    draft = ServiceFactory(publication_status=Service.Publication.DRAFT)
    tag(draft, terms["finnish"])
    tag(ServiceFactory(), terms["work"])
    choices = browse.term_choices("aim", "aim")
    assert [(c.value, c.count) for c in choices] == [("labour-market", 1)]


def test_a_services_terms_come_by_taxonomy_in_order(terms):
    service = ServiceFactory()
    for term in terms.values():
        tag(service, term)
    found = browse.service_terms(service)
    assert [t.code for t in found["aim"]] == ["finnish-language", "labour-market"]
    assert [t.code for t in found["target-group"]] == ["international-students"]
    assert found["aim"][0].name.get("en").text == "finnish-language"
