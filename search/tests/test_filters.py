"""Filters narrow a search the way a newcomer narrows her question: by aim, by who the service is
for, by the language she speaks, by provider and by region. They combine with the words."""

import pytest

from directory.tests.factories import (
    LanguageFactory,
    TaxonomyFactory,
    TaxonomyTermFactory,
    tag,
)
from search.engine import SearchFilters, search
from search.tests.conftest import names

pytestmark = pytest.mark.django_db

QUERY = "apua suomen kieleen, työhön ja vapaa-aikaan"


def found(filters):
    return set(names(search(QUERY, filters=filters, limit=50)))


def test_aim(services):
    assert found(SearchFilters(aims=("finnish-language",))) == {
        "Kirjaston kielikahvila",
        "Suomen kielen kurssi",
    }


def test_several_aims_must_all_apply(services):
    assert found(SearchFilters(aims=("finnish-language", "community"))) == {
        "Kirjaston kielikahvila"
    }


def test_target_group(services):
    assert found(SearchFilters(target_groups=("youth",))) == {"Nuorisotalot"}


def test_language_offered(services):
    assert found(SearchFilters(languages=("en",))) == {"Suomen kielen kurssi", "Työnhaun tuki"}


def test_need(services):
    needs = TaxonomyFactory(code="need")
    cv = TaxonomyTermFactory(taxonomy=needs, code="cv-and-applications")
    tag(services["jobs"], cv)
    assert found(SearchFilters(needs=("cv-and-applications",))) == {"Työnhaun tuki"}


def test_organization(services):
    provider = services["jobs"].organization
    assert found(SearchFilters(organizations=(str(provider.pk),))) == {"Työnhaun tuki"}


def test_an_organization_id_that_is_not_a_uuid_matches_nothing(services):
    assert found(SearchFilters(organizations=("not-a-uuid",))) == set()


def test_region(services):
    assert found(SearchFilters(region="postojna")) == {"Työnhaun tuki"}
    assert "Työnhaun tuki" not in found(SearchFilters(region="jyvaskyla"))


def test_filters_combine(services):
    filters = SearchFilters(aims=("finnish-language",), languages=("en",), region="jyvaskyla")
    assert found(filters) == {"Suomen kielen kurssi"}


def test_a_filter_that_excludes_everything_gives_no_results(services):
    result = search(QUERY, filters=SearchFilters(region="nowhere"))
    assert result.hits == [] and result.total == 0


def test_new_terms_and_languages_count_at_once(services, aims):
    youth = services["youth"]
    tag(youth, aims["finnish-language"])
    LanguageFactory(service=youth, code="en", name="English")
    assert "Nuorisotalot" in found(SearchFilters(aims=("finnish-language",), languages=("en",)))


def test_filters_apply_to_an_empty_query_too(services):
    result = search("", filters=SearchFilters(target_groups=("jobseekers",)))
    assert names(result) == ["Työnhaun tuki"]


def test_a_service_that_changes_provider_follows_it(services):
    jobs = services["jobs"]
    jobs.organization = services["cafe"].organization
    jobs.save()
    assert "Työnhaun tuki" in found(SearchFilters(region="jyvaskyla"))
    assert found(SearchFilters(region="postojna")) == set()
