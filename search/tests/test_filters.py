"""Filters narrow a search the way a newcomer narrows her question: by aim, by who the service is
for, by the language she speaks, by provider and by region. They combine with the words."""

import pytest

from directory.filters import ServiceFilters
from directory.tests.factories import (
    LanguageFactory,
    TaxonomyFactory,
    TaxonomyTermFactory,
    tag,
)
from search.engine import search
from search.tests.support import names

pytestmark = pytest.mark.django_db

QUERY = "apua suomen kieleen, työhön ja vapaa-aikaan"


def found(filters):
    return set(names(search(QUERY, filters=filters, limit=50)))


def test_aim(services):
    assert found(ServiceFilters(aim=("finnish-language",))) == {
        "Kirjaston kielikahvila",
        "Suomen kielen kurssi",
    }


def test_two_aims_widen_the_search_like_two_ticked_boxes(services):
    """As on the browse page: either aim (directory.filters)."""
    assert found(ServiceFilters(aim=("finnish-language", "community"))) == found(
        ServiceFilters(aim=("finnish-language",))
    ) | found(ServiceFilters(aim=("community",)))


def test_target_group(services):
    assert found(ServiceFilters(group=("youth",))) == {"Nuorisotalot"}


def test_language_offered(services):
    assert found(ServiceFilters(lang=("en",))) == {"Suomen kielen kurssi", "Työnhaun tuki"}


def test_need(services):
    needs = TaxonomyFactory(code="need")
    cv = TaxonomyTermFactory(taxonomy=needs, code="cv-and-applications")
    tag(services["jobs"], cv)
    assert found(ServiceFilters(need=("cv-and-applications",))) == {"Työnhaun tuki"}


def test_organization(services):
    provider = services["jobs"].organization
    assert found(ServiceFilters(org=(str(provider.pk),))) == {"Työnhaun tuki"}


def test_an_organization_id_that_is_not_a_uuid_matches_nothing(services):
    assert found(ServiceFilters(org=("not-a-uuid",))) == set()


def test_region(services):
    assert found(ServiceFilters(region="postojna")) == {"Työnhaun tuki"}
    assert "Työnhaun tuki" not in found(ServiceFilters(region="jyvaskyla"))


def test_filters_combine(services):
    filters = ServiceFilters(aim=("finnish-language",), lang=("en",), region="jyvaskyla")
    assert found(filters) == {"Suomen kielen kurssi"}


def test_a_filter_that_excludes_everything_gives_no_results(services):
    result = search(QUERY, filters=ServiceFilters(region="nowhere"))
    assert result.hits == [] and result.total == 0


def test_new_terms_and_languages_count_at_once(services, aims):
    youth = services["youth"]
    tag(youth, aims["finnish-language"])
    LanguageFactory(service=youth, code="en", name="English")
    assert "Nuorisotalot" in found(ServiceFilters(aim=("finnish-language",), lang=("en",)))


def test_filters_apply_to_an_empty_query_too(services):
    result = search("", filters=ServiceFilters(group=("jobseekers",)))
    assert names(result) == ["Työnhaun tuki"]


def test_a_service_that_changes_provider_follows_it(services):
    jobs = services["jobs"]
    jobs.organization = services["cafe"].organization
    jobs.save()
    assert "Työnhaun tuki" in found(ServiceFilters(region="jyvaskyla"))
    assert found(ServiceFilters(region="postojna")) == set()
