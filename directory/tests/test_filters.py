"""The one filter type (directory.filters): the same ticks find the same services on every page.
Within a facet the choices widen (either aim), across facets they narrow."""

import pytest
from django.http import QueryDict

from directory import browse
from directory.filters import FieldFacet, Filters, ServiceFilters, TermFacet
from directory.models import Organization, Service
from directory.tests.factories import (
    LanguageFactory,
    OrganizationFactory,
    ServiceFactory,
    tag,
)

pytestmark = pytest.mark.django_db


def test_unknown_and_malformed_values_are_set_aside_not_fatal(terms):
    ServiceFactory()
    filters = ServiceFilters.parse(
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

    either = ServiceFilters.parse(QueryDict("aim=labour-market&aim=finnish-language"))
    assert set(browse.browse(either)) == {career, course}
    both = ServiceFilters.parse(QueryDict("aim=labour-market&group=international-students"))
    assert list(browse.browse(both)) == []
    course_in_english = ServiceFilters.parse(QueryDict("group=international-students&lang=en"))
    assert list(browse.browse(course_in_english)) == [course]


def test_a_count_applies_the_other_facets_not_its_own(terms):
    career = ServiceFactory()
    course = ServiceFactory()
    tag(career, terms["work"])
    tag(course, terms["finnish"])
    LanguageFactory(service=course, code="en")
    filters = ServiceFilters(aim=("labour-market",), lang=("en",))
    counts = filters.counts(Service.objects.published(), ("aim", "lang"))
    # Ticking Finnish too would find the English course; English alone finds no career club.
    assert counts["aim"] == {"finnish-language": 1}
    assert counts["lang"] == {}
    assert list(browse.browse(filters)) == []


def test_filters_are_values_that_compare_and_change_by_copy():
    filters = ServiceFilters(aim="labour-market", lang=["en", "en", "fi"])
    assert filters.aim == ("labour-market",) and filters.lang == ("en", "fi")
    assert filters.without("lang") == ServiceFilters(aim=("labour-market",))
    assert filters.selected() == [("aim", "labour-market"), ("lang", "en"), ("lang", "fi")]
    assert not ServiceFilters()
    with pytest.raises(TypeError):
        ServiceFilters(colour=("red",))


def test_another_kind_of_record_reuses_the_filter_type(terms):
    """What the events calendar does: name the model and its facets."""

    class OrganizationFilters(Filters):
        model = Organization
        facets = (TermFacet("aim", "aim"), FieldFacet("region", "region__slug"))

    mine, other = OrganizationFactory(), OrganizationFactory()
    tag(mine, terms["work"])
    filters = OrganizationFilters.parse(QueryDict("aim=labour-market&aim=nope"))
    assert filters.ignored == [("aim", "nope")]
    assert list(filters.apply(Organization.objects.all())) == [mine]
    assert other not in filters.apply(Organization.objects.all())
