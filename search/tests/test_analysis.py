"""The analysers read documents and queries alike: inflections meet their lemma, compounds their
parts, and letters meet their diacritic-less spelling."""

import unicodedata

import pytest

from search import analysis
from search.analysis import analyser_for, fold


def forms(language, word, **options):
    (group,) = analyser_for(language, **options).groups(word)
    return group


@pytest.mark.skipif(not analysis.voikko_available(), reason="libvoikko and voikko-fi missing")
def test_voikko_brings_finnish_inflections_to_their_lemma():
    assert "kurssi" in forms("fi", "kursseille")
    assert "kurssi" in forms("fi", "kursseja")
    assert "kieli" in forms("fi", "kieltä")
    assert "neuvonta" in forms("fi", "neuvontaa")


@pytest.mark.skipif(not analysis.voikko_available(), reason="libvoikko and voikko-fi missing")
def test_voikko_splits_compounds_into_their_parts():
    assert {"kielikahvila", "kieli", "kahvila"} <= forms("fi", "kielikahvila")
    assert {"tyo", "haku"} <= forms("fi", "työnhakuun")


def test_without_voikko_finnish_falls_back_to_the_snowball_stemmer(monkeypatch):
    analyser_for.cache_clear()
    monkeypatch.setattr(analysis, "_voikko", lambda: None)
    try:
        analyser = analyser_for("fi")
        assert isinstance(analyser, analysis.SnowballAnalyser)
        assert not isinstance(analyser, analysis.VoikkoAnalyser)
        # Snowball brings kursseille and kurssi to the same stem, though it splits no compound.
        assert forms("fi", "kursseille") & forms("fi", "kurssi") == {"kurs"}
    finally:
        analyser_for.cache_clear()


def test_other_languages_use_their_snowball_stemmer():
    assert forms("en", "workshops") & forms("en", "workshop")
    assert forms("sv", "kurserna") & forms("sv", "kurs")
    assert forms("ru", "курсы") & forms("ru", "курс")


def test_languages_without_a_stemmer_are_matched_by_their_folded_words():
    assert forms("so", "Shaqo") == {"shaqo"}


def test_chinese_is_read_as_overlapping_character_pairs():
    groups = analyser_for("zh-hans").groups("芬兰语课程")
    assert [next(iter(g)) for g in groups] == ["芬兰", "兰语", "语课", "课程"]


def test_folding_ignores_case_diacritics_and_unicode_form():
    composed = "Jyväskylä"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert fold(composed) == fold(decomposed) == fold("JYVASKYLA") == "jyvaskyla"
    assert fold("Café") == "cafe"


def test_arabic_short_vowel_marks_neither_split_nor_change_a_word():
    assert analyser_for("ar").groups("تعلّم") == analyser_for("ar").groups("تعلم")
