"""Satu reads what the target group wrote and hides what should not be kept."""

from coordination import feedback as voice
from coordination.models import Feedback


def test_satu_hides_an_abusive_message(client, network):
    item = voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Rude words")
    client.force_login(network.satu)
    assert "Rude words" in client.get("/staff/regions/jyvaskyla/feedback/").content.decode()
    client.post(f"/staff/regions/jyvaskyla/feedback/{item.pk}/moderate/", {"decision": "hidden"})
    assert Feedback.objects.get(pk=item.pk).moderation == "hidden"
    assert "Rude words" not in client.get("/staff/regions/jyvaskyla/").content.decode()


def test_an_unknown_decision_is_explained(client, network):
    item = voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Sewing")
    client.force_login(network.satu)
    response = client.post(
        f"/staff/regions/jyvaskyla/feedback/{item.pk}/moderate/", {"decision": "x"}, follow=True
    )
    assert "Choose to accept or hide" in response.content.decode()


def test_feedback_of_another_region_is_not_reachable(client, network):
    item = voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Sewing", region=network.other_region)
    client.force_login(network.satu)
    response = client.post(
        f"/staff/regions/jyvaskyla/feedback/{item.pk}/moderate/", {"decision": "hidden"}
    )
    assert response.status_code == 404


def test_satu_reads_the_message_exactly_as_it_was_written(client, network):
    voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Tom & Jerry, level a<b")
    client.force_login(network.satu)

    page = client.get("/staff/regions/jyvaskyla/feedback/").content.decode()
    api = client.get("/api/v1/coordination/unmet-needs", {"region": "jyvaskyla"}).json()

    assert "Tom &amp; Jerry, level a&lt;b" in page  # escaped once: the browser shows it as sent
    assert api["feedback"][0]["message"] == "Tom & Jerry, level a<b"


def test_vera_reads_only_what_satu_accepted(client, network):
    """A new message may hold a phone number or a name its writer should have left out: Satu,
    the coordinator, reads it first. Vera, a viewer, reads what Satu accepted, in the list, the
    dashboard, its download and the API alike."""
    new = voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Call me on 040 123 4567")
    accepted = voice.submit(kind=Feedback.Kind.NOT_FOUND, message="Evening Finnish")
    voice.moderate(network.satu, accepted, Feedback.Moderation.ACCEPTED)
    client.force_login(network.vera)
    pages = [
        client.get("/staff/regions/jyvaskyla/feedback/").content.decode(),
        client.get(
            f"/staff/regions/jyvaskyla/feedback/?moderation={new.moderation}"
        ).content.decode(),
        client.get("/staff/regions/jyvaskyla/").content.decode(),
        client.get("/staff/regions/jyvaskyla/export/feedback.csv").content.decode(),
        client.get("/api/v1/coordination/unmet-needs", {"region": "jyvaskyla"}).content.decode(),
    ]
    for page in pages:
        assert "040 123 4567" not in page
    assert "Evening Finnish" in pages[0] and "Evening Finnish" in pages[3]
    assert "coordinator has read and accepted" in pages[0]
    client.force_login(network.satu)
    assert "040 123 4567" in client.get("/staff/regions/jyvaskyla/feedback/").content.decode()
