"""Translation status beside the text: what each translation is, and that it goes stale, in the
same transaction, when the Finnish source changes."""

import pytest
from django.db import transaction

from directory import translation_status
from directory.models import Service, TranslationState
from directory.tests.factories import OrganizationFactory, ServiceFactory
from directory.translation import TranslatedText

pytestmark = pytest.mark.django_db

Status = TranslationState.Status


def _service(**texts):
    return ServiceFactory(
        name=TranslatedText({"fi": "Kielikahvila", "en": "Language café", "ar": "مقهى اللغة"}),
        description=TranslatedText(
            {"fi": "Keskustelua suomeksi.", "en": "Conversation in Finnish.", **texts}
        ),
    )


def test_each_translation_records_its_source_and_the_source_itself_has_none():
    service = _service()
    state = translation_status.state_for(service, "name", "ar")
    assert state.status == Status.TRANSLATED
    assert state.source_language == "fi"
    assert state.source_text == "Kielikahvila"
    assert not state.stale
    assert translation_status.status_of(service, "name", "fi") == "source"
    assert translation_status.status_of(service, "name", "so") == translation_status.MISSING


def test_editing_the_finnish_source_marks_every_other_language_stale_in_the_same_transaction():
    service = _service()
    with transaction.atomic():
        service.name = service.name.with_text("fi", "Kielikahvila ja kerho")
        service.save()
        stale = set(
            TranslationState.objects.filter(object_id=service.pk, stale=True).values_list(
                "field", "language"
            )
        )
        assert stale == {("name", "en"), ("name", "ar")}
    # The description's source did not change, so its translation is still current.
    assert not translation_status.state_for(
        Service.objects.get(pk=service.pk), "description", "en"
    ).stale


def test_a_stale_translation_keeps_its_text_until_someone_updates_it():
    service = _service()
    service.name = service.name.with_text("fi", "Kielikahvila ja kerho")
    service.save()
    service.refresh_from_db()
    assert service.name.exact("ar") == "مقهى اللغة"
    service.name = service.name.with_text("ar", "مقهى اللغة والنادي")
    service.save()
    state = TranslationState.objects.get(object_id=service.pk, field="name", language="ar")
    assert not state.stale
    assert state.source_text == "Kielikahvila ja kerho"


def test_undoing_the_source_edit_makes_the_translation_current_again():
    service = _service()
    service.name = service.name.with_text("fi", "Toinen nimi")
    service.save()
    service.name = service.name.with_text("fi", "Kielikahvila")
    service.save()
    assert not TranslationState.objects.filter(object_id=service.pk, stale=True).exists()


def test_a_translator_can_confirm_a_stale_translation_without_changing_it():
    service = _service()
    service.name = service.name.with_text("fi", "Kielikahvila ja kerho")
    service.save()
    translation_status.mark(service, "name", "en", Status.CHECKED)
    service.save()
    state = TranslationState.objects.get(object_id=service.pk, field="name", language="en")
    assert (state.status, state.stale) == (Status.CHECKED, False)


def test_marks_say_what_a_new_text_is_and_an_unmarked_change_is_not_checked():
    service = _service()
    translation_status.mark(service, "description", "so", Status.MACHINE)
    service.description = service.description.with_text("so", "Wada hadal Finnish ah.")
    service.save()
    assert translation_status.status_of(service, "description", "so") == Status.MACHINE
    service.description = service.description.with_text("so", "Wada sheekeysi af-Finnish ah.")
    service.save()
    service = Service.objects.get(pk=service.pk)
    assert translation_status.status_of(service, "description", "so") == Status.TRANSLATED


def test_removing_a_translation_makes_it_missing_again():
    service = _service()
    service.name = TranslatedText({"fi": "Kielikahvila", "en": "Language café"})
    service.save()
    assert not TranslationState.objects.filter(object_id=service.pk, language="ar").exists()
    assert translation_status.status_of(service, "name", "ar") == translation_status.MISSING


def test_an_english_only_service_is_translated_from_english():
    service = ServiceFactory(
        name=TranslatedText({"en": "Career club", "sv": "Karriärklubb"}),
        description=TranslatedText({"en": "Meet employers."}),
    )
    assert translation_status.source_language(service.name) == "en"
    assert translation_status.state_for(service, "name", "sv").source_language == "en"


def test_organizations_are_tracked_too():
    organization = OrganizationFactory()
    organization.description = organization.description.with_text("fi", "Uusi kuvaus")
    organization.save()
    assert translation_status.state_for(organization, "description", "en").stale


def test_readable_without_fallback_needs_name_and_description_in_the_language():
    service = _service()
    assert translation_status.readable_in(service, "en")
    assert not translation_status.readable_in(service, "ar")  # the name only
    assert not translation_status.readable_in(service, "so")
