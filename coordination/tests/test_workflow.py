"""Eero keeps Monikko ry's entry; Satu reviews. The public sees only what Satu published."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from coordination import records, workflow
from coordination.models import ServiceDraft
from directory.models import Service


def _renamed(draft, english):
    data = dict(draft.data)
    data["name"] = {**data["name"], "en": english}
    return data


def test_a_draft_of_a_published_service_marks_it_modified_and_keeps_the_public_version(network):
    draft = workflow.start_draft(network.eero, network.service)
    workflow.save_draft(network.eero, draft, _renamed(draft, "Finnish conversation club"), 1)
    service = Service.objects.get(pk=network.service.pk)
    assert service.publication_status == Service.Publication.MODIFIED
    assert service.name.exact("en") == "Finnish club"
    assert service in Service.objects.published()


def test_publishing_writes_the_draft_and_records_who_and_when(network):
    draft = workflow.start_draft(network.eero, network.service)
    workflow.save_draft(network.eero, draft, _renamed(draft, "Finnish conversation club"), 1)
    workflow.submit(network.eero, draft)
    workflow.publish(network.satu, draft, "Thanks!")
    service = Service.objects.get(pk=network.service.pk)
    assert service.name.exact("en") == "Finnish conversation club"
    assert service.publication_status == Service.Publication.PUBLISHED
    latest = service.history.latest()
    assert latest.history_user == network.satu
    assert latest.history_change_reason == f"draft:{draft.pk}"
    draft.refresh_from_db()
    assert draft.state == ServiceDraft.State.PUBLISHED


def test_a_new_service_starts_as_a_draft_nobody_outside_sees(network):
    data = records.snapshot(Service(organization=network.monikko))
    data["name"] = {"en": "Homework help"}
    draft = workflow.create_service(network.eero, network.monikko, data)
    assert draft.service.publication_status == Service.Publication.DRAFT
    assert draft.service not in Service.objects.published()
    workflow.submit(network.eero, draft)
    workflow.publish(network.satu, draft)
    assert draft.service in Service.objects.published()
    # Just written by its provider and read by the coordinator: not "never verified".
    service = Service.objects.get(pk=draft.service.pk)
    assert service.assured_date == timezone.localdate()
    assert service.assurer_email == "eero@example.org"


def test_returning_needs_a_comment_and_reopens_the_draft(network):
    draft = workflow.start_draft(network.eero, network.service)
    workflow.submit(network.eero, draft)
    with pytest.raises(ValidationError):
        workflow.return_draft(network.satu, draft, "  ")
    workflow.return_draft(network.satu, draft, "Please add the opening hours.")
    draft.refresh_from_db()
    assert draft.state == ServiceDraft.State.RETURNED
    assert draft.review_comment == "Please add the opening hours."


def test_two_editors_saving_the_same_draft_do_not_overwrite_each_other(network):
    draft = workflow.start_draft(network.eero, network.service)
    workflow.save_draft(network.eero, draft, _renamed(draft, "First"), 1)
    with pytest.raises(workflow.Conflict):
        workflow.save_draft(network.satu, draft, _renamed(draft, "Second"), 1)
    draft.refresh_from_db()
    assert draft.data["name"]["en"] == "First"


def test_publishing_refuses_when_the_live_record_changed_the_same_field(network):
    draft = workflow.start_draft(network.eero, network.service)
    workflow.save_draft(network.eero, draft, _renamed(draft, "From the draft"), 1)
    workflow.submit(network.eero, draft)
    live = Service.objects.get(pk=network.service.pk)
    live.name = live.name.with_text("en", "Changed meanwhile")
    live.save()
    with pytest.raises(workflow.Conflict) as conflict:
        workflow.publish(network.satu, draft)
    assert conflict.value.fields == ["name"]
    assert Service.objects.get(pk=live.pk).name.exact("en") == "Changed meanwhile"


def test_a_change_to_another_field_meanwhile_survives_publication(network):
    draft = workflow.start_draft(network.eero, network.service)
    workflow.save_draft(network.eero, draft, _renamed(draft, "From the draft"), 1)
    workflow.submit(network.eero, draft)
    live = Service.objects.get(pk=network.service.pk)
    live.email = "meanwhile@example.org"
    live.save()
    workflow.publish(network.satu, draft)
    live.refresh_from_db()
    assert live.name.exact("en") == "From the draft"
    assert live.email == "meanwhile@example.org"


def test_restore_brings_back_an_old_version_as_a_new_one(network):
    first = network.service.history.latest().history_id
    draft = workflow.start_draft(network.eero, network.service)
    workflow.save_draft(network.eero, draft, _renamed(draft, "Renamed"), 1)
    workflow.submit(network.eero, draft)
    workflow.publish(network.satu, draft)
    latest = network.service.history.latest().history_id
    workflow.restore(network.satu, network.service, first, latest)
    service = Service.objects.get(pk=network.service.pk)
    assert service.name.exact("en") == "Finnish club"
    assert service.history.count() == 3


def test_restore_refuses_when_the_history_moved_on(network):
    first = network.service.history.latest().history_id
    network.service.email = "new@example.org"
    network.service.save()
    with pytest.raises(workflow.Conflict):
        workflow.restore(network.satu, network.service, first, first)


def test_only_the_coordinator_publishes_and_restores(network):
    draft = workflow.start_draft(network.eero, network.service)
    workflow.submit(network.eero, draft)
    for outsider in (network.eero, network.greta, network.vera, network.lars):
        with pytest.raises(PermissionDenied):
            workflow.publish(outsider, draft)
    with pytest.raises(PermissionDenied):
        workflow.start_draft(network.greta, network.service)


def test_verifying_records_the_date_and_the_verifier(network):
    workflow.verify(network.eero, network.service)
    network.service.refresh_from_db()
    assert network.service.assured_date is not None
    assert network.service.assurer_email == "eero@example.org"


def test_an_invalid_proposal_is_refused_with_a_message_and_nothing_changes(network):
    draft = workflow.start_draft(network.eero, network.service)
    data = dict(draft.data, minimum_age=30, maximum_age=18)
    with pytest.raises(ValidationError) as error:
        workflow.save_draft(network.eero, draft, data, 1)
    assert "maximum_age" in error.value.message_dict
    draft.refresh_from_db()
    assert draft.revision == 1
