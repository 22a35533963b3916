"""Eero keeps Monikko ry's entry in any language; the public version waits for review."""

from coordination.models import ServiceDraft
from directory.models import Service


def _form(**fields):
    data = {
        "name": "Finnish club",
        "status": "active",
        "funding_type": "unknown",
        "revision": "0",
        "edit_language": "en",
    }
    data.update(fields)
    return data


def test_eero_writes_the_arabic_text_and_the_other_languages_stay(client, network):
    client.force_login(network.eero)
    page = client.get(f"/staff/services/{network.service.pk}/edit/?edit=ar")
    assert 'lang="ar" dir="rtl"' in page.content.decode()
    response = client.post(
        f"/staff/services/{network.service.pk}/edit/",
        _form(name="نادي اللغة الفنلندية", edit_language="ar"),
    )
    assert response.status_code == 302
    draft = ServiceDraft.objects.get(service=network.service)
    assert draft.data["name"] == {
        "fi": "Suomen kielen kerho",
        "en": "Finnish club",
        "ar": "نادي اللغة الفنلندية",
    }
    service = Service.objects.get(pk=network.service.pk)
    assert service.publication_status == Service.Publication.MODIFIED
    assert service.name.exact("ar") == ""


def test_save_and_send_puts_the_draft_in_review(client, network):
    client.force_login(network.eero)
    client.post(f"/staff/services/{network.service.pk}/edit/", _form(action="submit"))
    assert ServiceDraft.objects.get(service=network.service).state == "in_review"


def test_a_second_editor_with_an_old_page_is_told_and_nothing_is_overwritten(client, network):
    client.force_login(network.eero)
    client.post(f"/staff/services/{network.service.pk}/edit/", _form(name="Eero's name"))
    revision = ServiceDraft.objects.get(service=network.service).revision
    # Satu and Eero both open the draft; Satu saves first.
    client.force_login(network.satu)
    saved = client.post(
        f"/staff/services/{network.service.pk}/edit/",
        _form(name="Satu's name", revision=str(revision)),
    )
    assert saved.status_code == 302
    client.force_login(network.eero)
    again = client.post(
        f"/staff/services/{network.service.pk}/edit/",
        _form(name="Old tab", revision=str(revision)),
    )
    assert again.status_code == 400
    assert "Someone else saved this draft" in again.content.decode()
    assert "Old tab" in again.content.decode()
    assert ServiceDraft.objects.get(service=network.service).data["name"]["en"] == "Satu's name"


def test_a_bad_age_range_is_explained_and_the_text_is_kept(client, network):
    client.force_login(network.eero)
    response = client.post(
        f"/staff/services/{network.service.pk}/edit/",
        _form(name="Kept text", minimum_age="30", maximum_age="18"),
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "maximum age must not be below the minimum age" in body
    assert "Kept text" in body
    assert not ServiceDraft.objects.filter(service=network.service, revision__gt=1).exists()


def test_an_age_no_person_has_is_explained_in_years_not_database_limits(client, network):
    client.force_login(network.eero)
    response = client.post(
        f"/staff/services/{network.service.pk}/edit/",
        _form(name="Kept text", minimum_age="99999999999999999999"),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "less than or equal to 120" in body
    assert "9223372036854775807" not in body and "Kept text" in body


def test_a_service_needs_a_name_in_some_language(client, network):
    client.force_login(network.eero)
    response = client.post(
        f"/staff/organizations/{network.monikko.pk}/services/new/", _form(name="")
    )
    assert response.status_code == 400
    assert "Give the service a name" in response.content.decode()


def test_eero_adds_a_new_service_which_stays_a_draft(client, network):
    client.force_login(network.eero)
    response = client.post(
        f"/staff/organizations/{network.monikko.pk}/services/new/", _form(name="Homework help")
    )
    assert response.status_code == 302
    service = Service.objects.get(name__en="Homework help")
    assert service.publication_status == Service.Publication.DRAFT


def test_eero_sends_a_new_service_for_review_in_one_step(client, network):
    """ "Save and send for review" on a new service does what it says: Satu finds it in her
    queue, with a link to review it."""
    client.force_login(network.eero)
    response = client.post(
        f"/staff/organizations/{network.monikko.pk}/services/new/",
        _form(name="Homework help", action="submit"),
        follow=True,
    )
    assert "Saved and sent to the coordinator for review." in response.content.decode()
    draft = ServiceDraft.objects.get(service__name__en="Homework help")
    assert draft.state == ServiceDraft.State.IN_REVIEW and draft.submitted_at
    client.force_login(network.satu)
    queue = client.get("/staff/regions/jyvaskyla/review/").content.decode()
    assert f"/staff/drafts/{draft.pk}/" in queue


def test_eero_confirms_the_entry_is_up_to_date(client, network):
    client.force_login(network.eero)
    client.post(f"/staff/services/{network.service.pk}/verify/")
    network.service.refresh_from_db()
    assert network.service.assurer_email == "eero@example.org"
