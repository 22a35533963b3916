"""Abdi writes in Somali the name of an aim the directory uses; the services listed under that
aim come up, and the reason says so in the reader's language."""

import pytest
from django.utils import translation

from directory.translation import TranslatedText
from search.engine import search
from search.tests.support import names

pytestmark = pytest.mark.django_db


@pytest.fixture
def named_aims(services, aims):
    aim = aims["finnish-language"]
    aim.name = TranslatedText(
        {"fi": "Suomen kielen oppiminen", "en": "Learning Finnish", "so": "Barashada luqadda"}
    )
    aim.save()
    return aims


def test_a_term_named_in_any_language_brings_up_its_services(named_aims):
    with translation.override("en"):
        result = search("barashada luqadda", language="so")
    tagged = {"Kirjaston kielikahvila", "Suomen kielen kurssi"}
    assert tagged <= set(names(result)[:2])
    assert "Listed under “Learning Finnish”" in result.hits[0].reasons


def test_a_typo_in_a_long_word_of_the_term_still_names_it(named_aims):
    result = search("barashada luqada", language="so")
    assert {"Kirjaston kielikahvila", "Suomen kielen kurssi"} <= set(names(result)[:2])


def test_a_part_of_a_compound_does_not_name_a_term(services, target_groups):
    term = target_groups["jobseekers"]
    term.name = TranslatedText({"fi": "Työnhakijat"})
    term.save()
    with translation.override("en"):
        result = search("työ", language="fi")
    assert not any(
        reason.startswith("Listed under") for hit in result.hits for reason in hit.reasons
    )


def test_a_name_given_after_the_same_words_were_searched_is_named_typo_and_all(named_aims):
    # Abdi's misspelt query is searched before any term is called that…
    assert not any(
        reason.startswith("Listed under")
        for hit in search("shaqo raadinta caawimaad", language="so").hits
        for reason in hit.reasons
    )
    # …then the coordinator names an aim in Somali, and the same query names it at once.
    aim = named_aims["finnish-language"]
    aim.name = TranslatedText({**aim.name.as_dict(), "so": "Caawimaadda shaqo raadinta"})
    aim.save()
    with translation.override("en"):
        result = search("shaqo raadinta caawimaad", language="so")
    assert any("Listed under “Learning Finnish”" in hit.reasons for hit in result.hits)
