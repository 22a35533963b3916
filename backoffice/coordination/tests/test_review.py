"""Satu reads Eero's proposal beside the published entry, then publishes or returns it."""

from coordination import workflow
from coordination.models import ServiceDraft
from directory.models import Service


def _proposal(network, english="Finnish conversation club"):
    draft = workflow.start_draft(network.eero, network.service)
    data = dict(draft.data, name={**draft.data["name"], "en": english})
    workflow.save_draft(network.eero, draft, data, draft.revision)
    return workflow.submit(network.eero, draft)


def test_the_review_shows_what_changes_side_by_side(client, network):
    draft = _proposal(network)
    client.force_login(network.satu)
    body = client.get(f"/staff/drafts/{draft.pk}/").content.decode()
    assert "<del>Finnish club</del>" in body
    assert "<ins>Finnish conversation club</ins>" in body


def test_satu_reads_terms_choices_and_yes_or_no_as_words_not_codes(client, network):
    """The review names a term by its name, a choice by its label and a tick by yes or no
    (it showed "finnish-language", "active" and "False")."""
    draft = workflow.start_draft(network.eero, network.service)
    terms = {**draft.data["terms"], "aim": ["finnish-language", "labour-market"]}
    data = dict(draft.data, terms=terms, integration_plan_required=True, status="inactive")
    workflow.save_draft(network.eero, draft, data, draft.revision)
    workflow.submit(network.eero, draft)
    client.force_login(network.satu)
    client.cookies["django_language"] = "en"
    body = client.get(f"/staff/drafts/{draft.pk}/").content.decode()
    assert "labour market" in body and "labour-market" not in body
    assert "<ins>yes</ins>" in body and "True" not in body
    assert "Inactive" in body and "<ins>inactive</ins>" not in body


def test_satu_publishes_and_the_public_sees_it(client, network):
    draft = _proposal(network)
    client.force_login(network.satu)
    response = client.post(f"/staff/drafts/{draft.pk}/publish/", {"publish-comment": ""})
    assert response.status_code == 302
    assert Service.objects.get(pk=network.service.pk).name.exact("en") == (
        "Finnish conversation club"
    )


def test_returning_without_a_comment_is_explained(client, network):
    draft = _proposal(network)
    client.force_login(network.satu)
    response = client.post(f"/staff/drafts/{draft.pk}/return/", {"return-comment": ""})
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()
    assert ServiceDraft.objects.get(pk=draft.pk).state == "in_review"


def test_a_returned_draft_shows_the_comment_to_eero(client, network):
    draft = _proposal(network)
    client.force_login(network.satu)
    client.post(f"/staff/drafts/{draft.pk}/return/", {"return-comment": "Add the opening hours."})
    client.force_login(network.eero)
    body = client.get(f"/staff/services/{network.service.pk}/edit/").content.decode()
    assert "Add the opening hours." in body


def test_a_conflicting_change_meanwhile_stops_publication_with_a_reason(client, network):
    draft = _proposal(network)
    live = Service.objects.get(pk=network.service.pk)
    live.name = live.name.with_text("en", "Changed in the admin")
    live.save()
    client.force_login(network.satu)
    response = client.post(f"/staff/drafts/{draft.pk}/publish/", {"publish-comment": ""})
    assert response.status_code == 400
    assert "changed after this draft began" in response.content.decode()
    assert Service.objects.get(pk=live.pk).name.exact("en") == "Changed in the admin"


def test_the_queue_lists_drafts_of_the_region(client, network):
    draft = _proposal(network)
    client.force_login(network.satu)
    body = client.get("/staff/regions/jyvaskyla/review/").content.decode()
    assert f"/staff/drafts/{draft.pk}/" in body
