"""Which language a reader gets when a text is not in theirs: Swedish and Estonian readers get
Finnish first, everyone else English first, and a reader who says they also read another
language gets that one before either."""

from django.test import override_settings

from directory.translation import TranslatedText, fallback_chain, parse_languages, reading

YOUTH = TranslatedText({"fi": "Nuorisopalvelut", "en": "Youth services", "ru": "Молодёжь"})


def test_a_swedish_reader_gets_finnish_before_english():
    assert fallback_chain("sv") == ["sv", "fi", "en"]
    resolved = YOUTH.get("sv")
    assert (resolved.text, resolved.language, resolved.fell_back) == ("Nuorisopalvelut", "fi", True)


def test_an_estonian_reader_gets_finnish_before_english():
    assert fallback_chain("et") == ["et", "fi", "en"]
    assert YOUTH.get("et").language == "fi"


def test_every_other_reader_gets_english_before_finnish():
    for code in ("ar", "so", "fa", "uk", "ru", "zh-hans", "es", "tr", "fr"):
        assert fallback_chain(code)[1:3] == ["en", "fi"], code
    assert YOUTH.get("ar").language == "en"
    assert fallback_chain("fi") == ["fi", "en"]
    assert fallback_chain("en") == ["en", "fi"]


def test_amina_who_also_reads_russian_gets_russian_before_the_configured_chain():
    with reading(["ru"]):
        resolved = YOUTH.get("uk")
        assert fallback_chain("uk") == ["uk", "ru", "en", "fi"]
    assert (resolved.text, resolved.language, resolved.fell_back) == ("Молодёжь", "ru", True)
    # Outside the block the choice is gone: nothing about the reader is kept.
    assert YOUTH.get("uk").language == "en"


def test_the_readers_choice_never_hides_text_in_the_page_language():
    with reading(["en"]):
        assert YOUTH.get("ru").language == "ru"


def test_a_reader_language_without_text_falls_through_to_the_chain():
    with reading(["fa"]):
        assert YOUTH.get("ar").language == "en"


def test_unknown_and_repeated_reader_languages_are_ignored_and_capped():
    assert parse_languages("xx, en, en,zh-Hans") == ["en", "zh-hans"]
    assert parse_languages("en,fi,sv,ru,uk") == ["en", "fi", "sv"]
    assert parse_languages("") == []


@override_settings(FALLBACK_CHAINS={"ar": ["fi", "en"]}, FALLBACK_LANGUAGES=["en"])
def test_chains_come_from_settings():
    assert fallback_chain("ar") == ["ar", "fi", "en"]
    assert fallback_chain("sv") == ["sv", "en"]
