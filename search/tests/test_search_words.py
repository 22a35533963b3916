"""Amina types what she remembers: without the dots on ä, with a typo, half a word, or the
Finnish inflection her teacher used. The search still finds the service."""

import unicodedata

import pytest
from django.utils import translation

from search import memory, ranking
from search.engine import search
from search.tests.support import names

pytestmark = pytest.mark.django_db


def test_jyvaskyla_without_diacritics_finds_jyvaskyla_with_them(services):
    with translation.override("en"):
        result = search("kielikahvila Jyvaskylan paakirjastossa")
    assert names(result)[0] == "Kirjaston kielikahvila"
    assert "Uses the words you searched for" in result.hits[0].reasons


def test_decomposed_unicode_is_the_same_text(services):
    decomposed = unicodedata.normalize("NFD", "kielikahvila Jyväskylän pääkirjastossa")
    assert names(search(decomposed))[0] == "Kirjaston kielikahvila"


def test_a_finnish_inflection_finds_the_base_form(services):
    result = search("kursseille aloittelijoille", language="fi")
    assert names(result)[0] == "Suomen kielen kurssi"


def test_a_compound_part_finds_the_compound(services):
    assert "Kirjaston kielikahvila" in names(search("kahvila", language="fi"))[:2]


def test_a_typo_still_finds_the_service(services):
    result = search("kielikahvla", language="fi")
    assert names(result)[0] == "Kirjaston kielikahvila"


def test_the_beginning_of_a_word_is_enough(services):
    assert names(search("kielikah", language="fi"))[0] == "Kirjaston kielikahvila"


def test_the_exact_name_comes_first(services):
    with translation.override("en"):
        result = search("nuorisotalot")
    assert names(result)[0] == "Nuorisotalot"
    assert "Its name is what you searched for" in result.hits[0].reasons


def test_reasons_are_in_the_readers_language(services):
    with translation.override("fi"):
        result = search("nuorisotalot")
    assert "Sen nimi on juuri se, mitä hait" in result.hits[0].reasons


def test_drafts_are_never_found(services):
    found = names(search("suomen kielen kurssi, jota ei ole vielä julkaistu", limit=50))
    assert "Luonnos: suomen kielen kurssi" not in found


def test_pages_split_the_same_ranking(services):
    everything = names(search("suomen kieli", limit=50))
    first, second = search("suomen kieli", limit=2), search("suomen kieli", limit=2, offset=2)
    assert names(first) + names(second) == everything[:4]
    assert first.total == second.total == len(everything)


def test_an_empty_query_lists_every_published_service(services):
    result = search("   ")
    assert result.total == 4
    assert "Luonnos: suomen kielen kurssi" not in names(result)


def _query_words(text, language):
    groups = ranking.query_groups(text, language, memory.current())
    return [sorted(group.whole) for group in groups]


def test_a_short_word_of_another_language_is_not_read_as_a_typo(services):
    # Fatima asks in French for help with her CV. "pour" is French for "for", not a misspelt
    # "your" (which the English job search text has): only longer words are corrected.
    words = _query_words("aide pour un CV", "fr")
    assert ["your"] not in words
    assert ["cv"] in words
    assert ["kielikahvila"] in _query_words("kielikahvla", "fi")  # a real typo still is


def test_an_article_cut_off_by_an_apostrophe_is_not_a_word_of_the_query(services):
    # "l'emploi" is one word to a French reader; its "l" and the preposition "à" say nothing
    # and would only dilute the share of her words a service holds.
    words = _query_words("aide à l'emploi", "fr")
    assert all(len(form) > 1 for group in words for form in group)
    assert len(words) == 2


def test_one_chinese_character_is_a_word(services):
    assert _query_words("课", "zh-hans") == [["课"]]
