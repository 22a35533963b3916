"""Synonyms the coordinator adds count in the very next search of every worker process: each
process keeps its own copy of the rules, kept in step by a version row, as the index is."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from directory.translation import TranslatedText
from search.engine import search
from search.models import Synonym
from search.steering import rules
from search.steering.synonyms import parse_variants
from search.tests.support import names

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_workers(monkeypatch):
    """Worker A is this process's rule book; worker B another process's, already warm."""
    worker_a = rules.RuleBook().sync()
    worker_b = rules.RuleBook().sync()

    def searching_in(worker):
        monkeypatch.setattr(rules, "_book", worker)

    return worker_a, worker_b, searching_in


def test_a_synonym_added_by_staff_changes_results_at_once_in_every_worker(
    services, jyvaskyla, two_workers
):
    worker_a, worker_b, searching_in = two_workers
    searching_in(worker_b)
    before = search("juttutupa", limit=5, record_unmet=False)
    assert "Kirjaston kielikahvila" not in names(before)[:1]
    # Satu adds "juttutupa ↔ kielikahvila" on the staff page, served by worker A.
    searching_in(worker_a)
    Synonym.objects.create(
        region=jyvaskyla,
        variants=[
            {"language": "fi", "text": "juttutupa"},
            {"language": "fi", "text": "kielikahvila"},
        ],
    )
    # Worker B's next search already reads it, and finds the café by its words.
    searching_in(worker_b)
    with translation.override("en"):
        after = search("juttutupa", limit=5, record_unmet=False)
    assert names(after)[0] == "Kirjaston kielikahvila"
    assert "Uses the words you searched for" in " ".join(after.hits[0].reasons)
    assert worker_b.version == worker_a.sync().version


def test_removing_a_synonym_takes_it_back_at_once(services, jyvaskyla):
    synonym = Synonym.objects.create(
        region=jyvaskyla,
        variants=[
            {"language": "fi", "text": "juttutupa"},
            {"language": "fi", "text": "kielikahvila"},
        ],
    )
    assert names(search("juttutupa", limit=5, record_unmet=False))[0] == "Kirjaston kielikahvila"
    synonym.delete()
    with translation.override("en"):
        result = search("juttutupa", limit=5, record_unmet=False)
    assert not result.hits or "Uses the words you searched for" not in result.hits[0].reasons


def test_a_synonym_in_another_language_joins_the_meaning_and_the_words(services, jyvaskyla):
    Synonym.objects.create(
        region=jyvaskyla,
        variants=[
            {"language": "en", "text": "conversation corner"},
            {"language": "fi", "text": "kielikahvila"},
        ],
    )
    assert names(search("conversation corner", limit=3, record_unmet=False))[0] == (
        "Kirjaston kielikahvila"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fi: kotoutumiskoulutus", "at least two variants"),
        ("fi: kotoutumiskoulutus\nen: CV", "no word of 4 letters"),
        ("fi:\nen: integration training", "has a language but no words"),
    ],
)
def test_staff_are_told_what_is_wrong_with_a_synonym(text, message):
    with translation.override("en"), pytest.raises(ValidationError) as error:
        parse_variants(text)
    assert message in " ".join(error.value.messages)


def test_variants_keep_their_language():
    assert parse_variants(
        "fi: kotoutumiskoulutus\nintegration training\nsv: integrationsutbildning"
    ) == [
        {"language": "fi", "text": "kotoutumiskoulutus"},
        {"language": "", "text": "integration training"},
        {"language": "sv", "text": "integrationsutbildning"},
    ]


def test_an_overlong_variant_is_refused_with_its_line_not_cut_short():
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        parse_variants("fi: kotoutumiskoulutus\nen: " + "integration training " * 20)
    assert "Line 2 is 419 characters long" in refused.value.messages[0]


def test_a_term_renamed_by_staff_is_what_every_worker_s_next_search_names(
    services, target_groups, two_workers
):
    worker_a, worker_b, searching_in = two_workers
    searching_in(worker_b)
    search("Finnish course", limit=5, record_unmet=False)  # worker B holds the terms as they were
    # Satu renames the target group on the staff pages, served by worker A.
    searching_in(worker_a)
    term = target_groups["families-of-workers"]
    term.name = TranslatedText({"en": "Spouses of work migrants", "fi": "Työperäisten puolisot"})
    term.save()
    searching_in(worker_b)
    with translation.override("en"):
        result = search("spouses of work migrants", limit=5, record_unmet=False)
        course = next(hit for hit in result.hits if hit.service == services["course"])
        assert "Listed under “Spouses of work migrants”" in course.reasons
