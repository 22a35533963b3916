"""The query's language picks its analyser; a query too short to tell falls back on the
reader's interface language."""

from search.language import detect_language


def test_clear_languages_are_recognised():
    assert detect_language("أريد تعلم اللغة الفنلندية") == "ar"
    assert detect_language("suomen kurssille aloittelijana") == "fi"
    assert detect_language("找工作") == "zh-hans"
    assert detect_language("shaqo raadin") == "so"


def test_an_ambiguous_query_uses_the_interface_language():
    assert detect_language("Jyvaskyla", fallback="en") == "en"


def test_only_configured_languages_are_answered(settings):
    settings.LANGUAGES = [("fi", "Finnish"), ("en", "English")]
    assert detect_language("курсы финского языка", fallback="fi") in {"fi", "en"}
