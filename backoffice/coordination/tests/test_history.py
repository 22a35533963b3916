"""Every version of an entry — who, when, every field — and Satu restores an old one after seeing
what it would change."""

from coordination import workflow
from directory.models import Service


def _publish_rename(network, english):
    draft = workflow.start_draft(network.eero, network.service)
    data = dict(draft.data, name={**draft.data["name"], "en": english})
    workflow.save_draft(network.eero, draft, data, draft.revision)
    workflow.submit(network.eero, draft)
    workflow.publish(network.satu, draft)


def test_the_history_says_who_changed_what(client, network):
    _publish_rename(network, "Renamed club")
    client.force_login(network.vera)
    body = client.get(f"/staff/services/{network.service.pk}/history/").content.decode()
    assert "satu" in body
    assert "published from a reviewed draft" in body
    assert "Renamed club" in body
    assert "Restore the version" not in body  # Vera only reads


def test_satu_restores_the_first_version(client, network):
    first = network.service.history.earliest().history_id
    _publish_rename(network, "Renamed club")
    client.force_login(network.satu)
    latest = network.service.history.latest().history_id
    response = client.post(
        f"/staff/services/{network.service.pk}/restore/{first}/", {"latest": latest}
    )
    assert response.status_code == 302
    assert Service.objects.get(pk=network.service.pk).name.exact("en") == "Finnish club"


def test_restoring_from_an_outdated_page_is_refused_with_a_message(client, network):
    first = network.service.history.earliest().history_id
    _publish_rename(network, "Renamed club")
    client.force_login(network.satu)
    response = client.post(
        f"/staff/services/{network.service.pk}/restore/{first}/", {"latest": first}, follow=True
    )
    assert "changed after you opened its history" in response.content.decode()
    assert Service.objects.get(pk=network.service.pk).name.exact("en") == "Renamed club"


def test_a_version_that_does_not_exist_is_explained(client, network):
    client.force_login(network.satu)
    latest = network.service.history.latest().history_id
    response = client.post(
        f"/staff/services/{network.service.pk}/restore/999999/", {"latest": latest}, follow=True
    )
    assert "That version does not exist" in response.content.decode()


def test_satu_sees_what_restoring_would_change_before_anything_changes(client, network):
    first = network.service.history.earliest().history_id
    _publish_rename(network, "Renamed club")
    client.force_login(network.satu)
    latest = network.service.history.latest().history_id
    page = client.get(
        f"/staff/services/{network.service.pk}/restore/{first}/?latest={latest}"
    ).content.decode()
    assert "What restoring changes" in page
    assert "Renamed club" in page and "Finnish club" in page
    assert Service.objects.get(pk=network.service.pk).name.exact("en") == "Renamed club"


def test_the_history_shows_terms_and_languages_too(client, network):
    draft = workflow.start_draft(network.eero, network.service)
    data = dict(draft.data, languages=["ar", "fi"])
    workflow.save_draft(network.eero, draft, data, draft.revision)
    workflow.submit(network.eero, draft)
    workflow.publish(network.satu, draft)
    client.force_login(network.vera)
    body = client.get(f"/staff/services/{network.service.pk}/history/").content.decode()
    assert "Languages offered" in body
    assert "Arabic, Finnish" in body
