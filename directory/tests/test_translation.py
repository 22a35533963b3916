"""Translated text: a newcomer reading in Arabic sees Arabic when it exists, otherwise Finnish,
then English, and the page can say that it fell back."""

import pytest
from django.test import override_settings
from django.utils import translation

from directory.models import Service
from directory.tests.factories import ServiceFactory
from directory.translation import TranslatedText, fallback_chain


def test_reads_the_requested_language_when_present():
    text = TranslatedText({"fi": "Suomen kielen kurssi", "ar": "دورة اللغة الفنلندية"})
    resolved = text.get("ar")
    assert resolved.text == "دورة اللغة الفنلندية"
    assert resolved.language == "ar"
    assert not resolved.fell_back


def test_a_somali_reader_falls_back_to_english_then_finnish_and_is_told():
    both = TranslatedText({"fi": "Nuorisopalvelut", "en": "Youth services"})
    assert both.get("so").text == "Youth services"
    assert both.get("so").fell_back
    assert both.get("so").language == "en"

    finnish_only = TranslatedText({"fi": "Jutuklubi"})
    resolved = finnish_only.get("uk")
    assert (resolved.text, resolved.language, resolved.fell_back) == ("Jutuklubi", "fi", True)


def test_falls_back_to_any_language_when_neither_finnish_nor_english_exists():
    resolved = TranslatedText({"sv": "Språkcafé"}).get("ar")
    assert resolved.text == "Språkcafé"
    assert resolved.fell_back


def test_empty_text_is_falsy_and_reads_as_empty_without_claiming_a_fallback():
    resolved = TranslatedText({"fi": "   "}).get("en")
    assert resolved.text == ""
    assert not resolved.fell_back
    assert not TranslatedText({})


def test_regional_variants_map_onto_configured_languages():
    text = TranslatedText({"zh-hans": "芬兰语课程", "en": "Finnish course"})
    assert text.get("zh-Hans").text == "芬兰语课程"
    assert text.get("en-GB").language == "en"
    assert fallback_chain("fi") == ["fi", "en"]
    assert fallback_chain("zh-Hans")[:2] == ["zh-hans", "en"]


def test_str_follows_the_active_language():
    text = TranslatedText({"fi": "Aikuislukio", "en": "Adult High School"})
    with translation.override("en"):
        assert str(text) == "Adult High School"
    with translation.override("tr"):
        assert str(text) == "Adult High School"
    with translation.override("sv"):
        assert str(text) == "Aikuislukio"


def test_text_is_normalised_so_composed_and_decomposed_umlauts_match():
    decomposed = "Jyva\u0308skyla\u0308"
    assert TranslatedText({"fi": decomposed}).exact("fi") == "Jyväskylä"


@pytest.mark.django_db
def test_a_saved_service_reads_back_its_translations():
    service = ServiceFactory(name=TranslatedText({"fi": "Jutuklubi", "ar": "نادي المحادثة"}))
    service.refresh_from_db()
    assert isinstance(service.name, TranslatedText)
    assert service.name.get("ar").text == "نادي المحادثة"
    assert service.name.get("ru").language == "fi"


@pytest.mark.django_db
def test_a_plain_dict_or_string_assigned_by_code_is_stored_as_translated_text():
    service = ServiceFactory()
    service.description = {"en": "Plain dict"}
    service.save()
    service.refresh_from_db()
    assert service.description.get("en").text == "Plain dict"
    assert Service.objects.filter(description__en="Plain dict").exists()


@pytest.mark.django_db
def test_a_language_added_in_settings_works_without_a_migration():
    """Adding German is a settings change: no schema change, and the text is stored and read."""
    from io import StringIO

    from django.core.management import call_command

    languages = [("fi", "Finnish"), ("en", "English"), ("de", "German")]
    with override_settings(LANGUAGES=languages):
        service = ServiceFactory(name=TranslatedText({"de": "Deutschkurs", "fi": "Saksan kurssi"}))
        service.refresh_from_db()
        assert service.name.get("de").text == "Deutschkurs"
        assert not service.name.get("de").fell_back
        out = StringIO()
        call_command("makemigrations", "--check", "--dry-run", stdout=out)
        assert "No changes detected" in out.getvalue()


@pytest.mark.django_db
def test_text_written_around_the_model_is_cleaned_when_read_back():
    """Text is cleaned when it is saved, and read back as saved; a value written by other means
    (a bulk update, an older language code) is still read as if it had been saved properly."""
    service = ServiceFactory()
    Service.objects.filter(pk=service.pk).update(
        name={"fi": "  Kielikahvila ", "en-GB": "Language café", "sv": ""}
    )
    service.refresh_from_db()
    assert service.name.as_dict() == {"fi": "Kielikahvila", "en": "Language café"}
