"""Listing published services by facet (directory.browse), as the public browse page does."""

import pytest
from django.http import QueryDict

from directory import browse
from directory.models import Service
from directory.tests.factories import (
    LanguageFactory,
    ServiceFactory,
    TaxonomyFactory,
    TaxonomyTermFactory,
    tag,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms():
    aim = TaxonomyFactory(code="aim")
    group = TaxonomyFactory(code="target-group")
    return {
        "work": TaxonomyTermFactory(taxonomy=aim, code="labour-market", position=1),
        "finnish": TaxonomyTermFactory(taxonomy=aim, code="finnish-language", position=0),
        "students": TaxonomyTermFactory(taxonomy=group, code="international-students"),
    }


def test_unknown_and_malformed_values_are_set_aside_not_fatal(terms):
    ServiceFactory()
    filters = browse.parse_filters(
        QueryDict("aim=labour-market&aim=nope&lang=%00&org=not-a-uuid&aim=labour-market")
    )
    assert filters.aim == ("labour-market",)
    assert filters.ignored == [("aim", "nope"), ("lang", "\x00"), ("org", "not-a-uuid")]


def test_within_a_facet_or_across_facets_and(terms):
    career = ServiceFactory()
    course = ServiceFactory()
    ServiceFactory(publication_status=Service.Publication.DRAFT)
    tag(career, terms["work"])
    tag(course, terms["finnish"])
    tag(course, terms["students"])
    LanguageFactory(service=course, code="en")

    either = browse.parse_filters(QueryDict("aim=labour-market&aim=finnish-language"))
    assert set(browse.browse(either)) == {career, course}
    both = browse.parse_filters(QueryDict("aim=labour-market&group=international-students"))
    assert list(browse.browse(both)) == []
    course_in_english = browse.parse_filters(QueryDict("group=international-students&lang=en"))
    assert list(browse.browse(course_in_english)) == [course]


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
