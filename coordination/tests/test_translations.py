"""The translator's work in the domain: Eero (Monikko ry's editor) sees what needs translating
into Arabic, translates it into his draft, and Satu publishes it; the texts then carry what
they are, and the coverage per language counts them."""

import pytest
from django.core.exceptions import PermissionDenied

from coordination import translations, workflow
from coordination.models import ServiceDraft
from directory import translation_status
from directory.models import Service
from search.engine import search

pytestmark = pytest.mark.django_db


def _codes(items):
    return {(item.service.pk, item.field, item.status) for item in items}


def test_the_queue_lists_missing_texts_of_the_services_eero_keeps(network):
    items = translations.queue(network.eero, network.region, "ar")
    assert _codes(items) == {
        (network.service.pk, "name", "missing"),
        (network.service.pk, "description", "missing"),
    }
    # Greta keeps Gloria's services, not Monikko's; Satu coordinates them all.
    assert network.service.pk not in {
        i.service.pk for i in translations.queue(network.greta, network.region, "ar")
    }
    assert network.other_service.pk in {
        i.service.pk for i in translations.queue(network.satu, network.region, "ar")
    }


def test_english_is_up_to_date_until_the_finnish_source_changes(network):
    assert translations.queue(network.eero, network.region, "en") == []
    service = network.service
    service.description = service.description.with_text("fi", "Puhutaan suomea joka tiistai.")
    service.save()
    items = translations.queue(network.eero, network.region, "en")
    assert _codes(items) == {(service.pk, "description", "stale")}


def test_the_workspace_shows_the_source_the_previous_translation_and_what_changed(network):
    service = network.service
    service.description = service.description.with_text("fi", "Puhutaan suomea joka tiistai.")
    service.save()
    (row,) = [r for r in translations.rows(service, "en") if r.field == "description"]
    assert (row.source_language, row.source) == ("fi", "Puhutaan suomea joka tiistai.")
    assert row.previous == "We speak Finnish."
    assert row.stale
    assert row.changes == [
        ("equal", "Puhutaan"),
        ("delete", "suomea."),
        ("insert", "suomea joka tiistai."),
    ]


def test_a_translation_goes_through_review_and_is_published_as_translated(network):
    service = network.service
    draft = translations.save(
        network.eero,
        service,
        "ar",
        {"name": "نادي اللغة الفنلندية", "description": "نتحدث الفنلندية."},
        revision=0,
        submit=True,
    )
    assert draft.state == ServiceDraft.State.IN_REVIEW
    # Until review the public sees no Arabic, and the queue says a draft waits.
    assert not Service.objects.get(pk=service.pk).name.exact("ar")
    assert {i.status for i in translations.queue(network.eero, network.region, "ar")} == {"draft"}

    workflow.publish(network.satu, draft)

    service = Service.objects.get(pk=service.pk)
    assert service.name.exact("ar") == "نادي اللغة الفنلندية"
    assert translation_status.status_of(service, "name", "ar") == "translated"
    assert translations.queue(network.eero, network.region, "ar") == []
    assert "نادي اللغة الفنلندية" in [
        str(h.service.name.get("ar")) for h in search("نادي اللغة الفنلندية").hits
    ]


def test_the_providers_editor_can_say_the_translation_is_checked(network):
    draft = translations.save(
        network.eero,
        network.service,
        "sv",
        {"name": "Finska klubben"},
        revision=0,
        checked=True,
        submit=True,
    )
    workflow.publish(network.satu, draft)
    service = Service.objects.get(pk=network.service.pk)
    assert translation_status.status_of(service, "name", "sv") == "checked"


def test_only_the_providers_own_editors_may_call_it_checked(network):
    draft = translations.save(
        network.satu,
        network.service,
        "sv",
        {"name": "Finska klubben"},
        revision=0,
        checked=True,
        submit=True,
    )
    workflow.publish(network.satu, draft)
    service = Service.objects.get(pk=network.service.pk)
    assert translation_status.status_of(service, "name", "sv") == "translated"


def test_an_untouched_machine_draft_stays_marked_as_machine(network):
    machine = {"name": "Naadiga Finnishka"}
    draft = translations.save(
        network.eero,
        network.service,
        "so",
        {"name": "Naadiga Finnishka"},
        revision=0,
        machine=machine,
        submit=True,
    )
    workflow.publish(network.satu, draft)
    service = Service.objects.get(pk=network.service.pk)
    assert translation_status.status_of(service, "name", "so") == "machine"


def test_a_stale_translation_that_is_still_right_can_be_confirmed(network):
    service = network.service
    service.name = service.name.with_text("fi", "Suomen kielen kerho!")
    service.save()
    draft = translations.save(
        network.eero,
        service,
        "en",
        {"name": "Finnish club"},
        revision=0,
        confirmed={"name"},
        submit=True,
    )
    workflow.publish(network.satu, draft)
    assert not translation_status.state_for(Service.objects.get(pk=service.pk), "name", "en").stale


def test_greta_may_not_translate_monikkos_service(network):
    with pytest.raises(PermissionDenied):
        translations.save(network.greta, network.service, "ar", {"name": "x"}, revision=0)


def test_coverage_counts_services_readable_without_fallback(network):
    rows = {row.language: row for row in translations.coverage(network.region)}
    assert (rows["en"].readable, rows["en"].total) == (2, 2)
    assert rows["ar"].readable == 0
    network.service.description = network.service.description.with_text("fi", "Uusi.")
    network.service.save()
    rows = {row.language: row for row in translations.coverage(network.region)}
    assert rows["en"].stale == 1


def test_text_the_providers_editor_writes_in_the_edit_form_counts_as_checked(network):
    draft = workflow.start_draft(network.eero, network.service)
    data = dict(draft.data)
    data["name"] = {**data["name"], "sv": "Finska klubben"}
    workflow.save_draft(network.eero, draft, data, draft.revision)
    workflow.submit(network.eero, draft)
    workflow.publish(network.satu, ServiceDraft.objects.get(pk=draft.pk))
    service = Service.objects.get(pk=network.service.pk)
    assert translation_status.status_of(service, "name", "sv") == "checked"
    # What the editor did not touch keeps its status.
    assert translation_status.status_of(service, "name", "en") == "translated"
