"""The demo directory in every configured language: the translation files in
directory/demo/translations/ are loaded as translated, not checked by the provider, and every
service is readable without fallback in each language a file exists for."""

import json

import pytest
from django.conf import settings

from directory import translation_status
from directory.demo import data
from directory.demo.loader import (
    TRANSLATIONS_DIR,
    TranslationFileError,
    demo_uuid,
    load_demo_data,
    read_translations,
)
from directory.models import Organization, Service, TaxonomyTerm, TranslationState

pytestmark = pytest.mark.django_db

SERVICE_KEY = "jutuklubi-jyvaskyla"
SAMPLE = {
    "language": "sv",
    "services": {
        SERVICE_KEY: {
            "name": "Jutuklubi Jyväskylä – öppen klubb för att öva finska",
            "description": "En öppen klubb där du övar finska genom att prata.",
        }
    },
    "organizations": {"city-of-jyvaskyla": {"name": "Jyväskylä stad"}},
    "terms": {"aim/finnish-language": {"description": "Fler sätt att lära sig finska."}},
}


def _write(directory, content, name=None):
    path = directory / f"{name or content['language']}.json"
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_translation_file_is_loaded_as_translated_and_not_checked(tmp_path, client):
    _write(tmp_path, SAMPLE)
    load_demo_data(translations_dir=tmp_path)

    service = Service.objects.get(pk=demo_uuid("service", SERVICE_KEY))
    assert service.name.exact("sv") == SAMPLE["services"][SERVICE_KEY]["name"]
    state = translation_status.state_for(service, "description", "sv")
    assert state.status == TranslationState.Status.TRANSLATED
    assert state.source_language == "fi"
    assert not state.stale
    organization = Organization.objects.get(pk=demo_uuid("organization", "city-of-jyvaskyla"))
    assert organization.name.exact("sv") == "Jyväskylä stad"
    term = TaxonomyTerm.objects.get(pk=demo_uuid("term", "aim:finnish-language"))
    assert term.description.exact("sv") == "Fler sätt att lära sig finska."

    page = client.get(f"/sv/services/{service.pk}/").content.decode()
    assert "öppen klubb" in page
    assert 'class="notice translation-notice"' in page


def test_reloading_with_a_changed_finnish_source_marks_the_translation_stale(tmp_path):
    _write(tmp_path, SAMPLE)
    load_demo_data(translations_dir=tmp_path)
    service = Service.objects.get(pk=demo_uuid("service", SERVICE_KEY))
    service.description = service.description.with_text("fi", "Uusi kuvaus klubista.")
    service.save()

    assert translation_status.state_for(service, "description", "sv").stale


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        ({"language": "sv", "services": {"no-such-service": {"name": "X"}}}, None, "no-such"),
        ({"language": "fi", "services": {}}, "sv", '"language" is "sv"'),
        ({"language": "sv", "services": {SERVICE_KEY: {"website": "x"}}}, None, "may give only"),
        ({"language": "xx"}, "xx", "not a configured language"),
    ],
)
def test_a_broken_translation_file_is_named_with_what_is_wrong(tmp_path, content, name, message):
    _write(tmp_path, content, name)
    with pytest.raises(TranslationFileError, match=message):
        read_translations(data, tmp_path)


def test_a_file_that_is_not_json_is_named(tmp_path):
    (tmp_path / "sv.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(TranslationFileError, match="sv.json"):
        read_translations(data, tmp_path)


def test_a_missing_directory_or_file_is_fine(tmp_path):
    assert read_translations(data, tmp_path / "nowhere") == {}


def test_no_editor_facing_sentence_about_the_source_reaches_the_public_text():
    for entry in data.SERVICES + data.ORGANIZATIONS:
        for field in ("name", "description", "eligibility"):
            for language, text in (entry.get(field) or {}).items():
                assert "the source" not in text.lower(), (entry["key"], field, language)
                assert "lähde" not in text.lower() and "lähtee" not in text.lower()
                assert "lähteen" not in text.lower() and "lähteess" not in text.lower()


def test_the_editor_facing_notes_are_kept_for_staff_only(demo_data, client):
    allowance = Service.objects.get(pk=demo_uuid("service", "municipal-hiring-allowance"))
    assert "does not give the amount" in allowance.internal_note
    page = client.get(f"/en/services/{allowance.pk}/").content.decode()
    api = client.get(f"/api/hsds/services/{allowance.pk}").content.decode()
    assert "does not give the amount" not in page
    assert "does not give the amount" not in api


# --- The real translation files --------------------------------------------------------------
PRESENT = sorted(path.stem for path in TRANSLATIONS_DIR.glob("*.json"))
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def test_the_real_translation_files_are_well_formed():
    read_translations(data, TRANSLATIONS_DIR)


@pytest.mark.parametrize(
    "language",
    [
        pytest.param(
            code,
            marks=pytest.mark.skipif(
                code not in {"fi", "en", *PRESENT},
                reason=f"directory/demo/translations/{code}.json is not written yet",
            ),
        )
        for code in LANGUAGES
    ],
)
def test_every_demo_service_is_readable_without_fallback_through_the_api(
    demo_data, client, language
):
    fallbacks = {}
    page = 1
    while True:
        body = client.get(
            "/api/hsds/services",
            {"per_page": 50, "page": page},
            HTTP_ACCEPT_LANGUAGE=language,
        ).json()
        for item in body["contents"]:
            fell_back = {
                field: code
                for field, code in item.get("translation_fallbacks", {}).items()
                if field in ("name", "description")
            }
            if fell_back:
                fallbacks[item["name"]] = fell_back
        if body["last_page"]:
            break
        page += 1
    assert body["total_items"] == len(data.SERVICES)
    assert fallbacks == {}
