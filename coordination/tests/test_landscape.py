"""Satu reads the coverage matrix: which aims reach which target groups, in which languages."""

from coordination import landscape
from directory.tests.factories import LanguageFactory


def test_the_matrix_counts_published_services_and_shows_gaps(network):
    coverage = landscape.coverage(network.region)
    assert coverage.count("finnish-language", "jobseekers") == 1
    assert ("labour-market", "international-students") in [
        (aim.code, group.code) for aim, group in coverage.gaps
    ]


def test_the_matrix_can_show_only_services_offered_in_one_language(network):
    LanguageFactory(service=network.service, code="ar")
    assert landscape.coverage(network.region, "ar").count("finnish-language", "jobseekers") == 1
    assert landscape.coverage(network.region, "so").count("finnish-language", "jobseekers") == 0
    assert "ar" in landscape.coverage(network.region).languages


def test_drafts_do_not_count(network):
    network.service.publication_status = "draft"
    network.service.save()
    assert landscape.coverage(network.region).count("finnish-language", "jobseekers") == 0


def test_each_challenge_lists_what_addresses_it(network):
    from directory.models import TaxonomyTerm
    from directory.tests.factories import tag

    tag(network.service, TaxonomyTerm.objects.get(code="finnish-barrier"))
    challenges = {term.code: services for term, services in landscape.challenges(network.region)}
    assert challenges["finnish-barrier"] == [network.service]
    assert challenges["employer-readiness"] == []


def test_a_service_that_records_no_language_is_unknown_not_a_gap(network):
    # The network's service records no language: nothing is known about its languages.
    coverage = landscape.coverage(network.region)
    assert set(coverage.unrecorded) == {network.service, network.other_service}
    assert coverage.unrecorded_count("finnish-language") == 1
    assert coverage.language_count("finnish-language", "fi") == 0
    assert not coverage.language_gap("finnish-language", "fi")
    # Once it records Arabic, Finnish is a known gap for the aim.
    LanguageFactory(service=network.service, code="ar")
    coverage = landscape.coverage(network.region)
    assert coverage.language_count("finnish-language", "ar") == 1
    assert coverage.unrecorded_count("finnish-language") == 0
    assert coverage.language_gap("finnish-language", "fi")
