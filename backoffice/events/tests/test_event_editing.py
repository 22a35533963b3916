"""Eero adds Monikko ry's language club to the calendar; the coordinator Satu publishes it, as
she publishes services. Greta, who edits another provider, cannot touch it."""

import datetime

from django.utils import timezone

from directory.models import Service
from events.models import Event, EventDraft

# A Tuesday a week or two ahead, so that the dates fall inside the calendar's window.
TUESDAY = timezone.localdate() + datetime.timedelta(
    days=7 + (1 - timezone.localdate().weekday()) % 7
)
SKIPPED = TUESDAY + datetime.timedelta(weeks=2)


def _form(**fields):
    data = {
        "name": "Finnish club evening",
        "description": "We speak Finnish over tea.",
        "start": f"{TUESDAY}T17:00",
        "end": f"{TUESDAY}T19:00",
        "rrule": "FREQ=WEEKLY;BYDAY=TU;COUNT=6",
        "exdates": str(SKIPPED),
        "status": "scheduled",
        "is_free": "yes",
        "languages": ["fi", "en"],
        "revision": "0",
        "edit_language": "en",
    }
    data.update(fields)
    return data


def _published_dates(event):
    return [timezone.localtime(o.start) for o in event.occurrences.all()]


def test_a_new_event_can_be_sent_for_review_in_one_step(client, network):
    client.force_login(network.eero)
    client.post(f"/staff/services/{network.service.pk}/events/new/", _form(action="submit"))
    assert EventDraft.objects.get().state == "in_review"


def test_eero_proposes_an_event_and_the_public_sees_it_only_after_satu_publishes(client, network):
    client.force_login(network.eero)
    response = client.post(f"/staff/services/{network.service.pk}/events/new/", _form())
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.publication_status == Service.Publication.DRAFT
    assert not Event.objects.published().exists()
    draft = EventDraft.objects.get()
    client.post(f"/staff/events/{event.pk}/edit/", _form(action="submit", revision="1"))
    draft.refresh_from_db()
    assert draft.state == "in_review"

    client.force_login(network.satu)
    queue = client.get("/staff/regions/jyvaskyla/events/").content.decode()
    assert f"/staff/event-drafts/{draft.pk}/" in queue
    review = client.get(f"/staff/event-drafts/{draft.pk}/").content.decode()
    assert "Finnish club evening" in review
    client.post(f"/staff/event-drafts/{draft.pk}/publish/", {"publish-comment": ""})
    event.refresh_from_db()
    assert event.publication_status == Service.Publication.PUBLISHED
    # Six Tuesdays at 17:00 Helsinki time, one left out.
    dates = _published_dates(event)
    assert [d.date() for d in dates] == [
        TUESDAY + datetime.timedelta(weeks=week) for week in (0, 1, 3, 4, 5)
    ]
    assert {d.strftime("%H:%M") for d in dates} == {"17:00"}
    history = client.get(f"/staff/events/{event.pk}/history/").content.decode()
    assert "History of Finnish club evening" in history


def test_greta_cannot_add_or_edit_events_of_another_provider(client, network):
    client.force_login(network.greta)
    assert client.get(f"/staff/services/{network.service.pk}/events/new/").status_code == 403
    assert (
        client.post(f"/staff/services/{network.service.pk}/events/new/", _form()).status_code == 403
    )
    assert not Event.objects.exists()


def test_a_wrong_rule_or_end_before_start_is_explained_and_nothing_is_saved(client, network):
    client.force_login(network.eero)
    response = client.post(
        f"/staff/services/{network.service.pk}/events/new/",
        _form(rrule="every tuesday", end=f"{TUESDAY}T16:00", exdates="next week"),
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "is not a date. Write one date a line as YYYY-MM-DD" in page
    response = client.post(
        f"/staff/services/{network.service.pk}/events/new/",
        _form(rrule="every tuesday", end=f"{TUESDAY}T16:00"),
    )
    page = response.content.decode()
    assert "The repeat rule is not an iCalendar rule" in page
    assert "The event must end after it starts" in page
    assert not Event.objects.exists()


def test_imported_events_are_changed_in_the_providers_own_calendar(client, network):
    from events.models import EventFeed

    feed = EventFeed.objects.create(service=network.service, url="https://example.org/c.ics")
    event = Event.objects.create(
        service=network.service,
        feed=feed,
        uid="x",
        name={"fi": "Tuotu"},
        start=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC),
    )
    client.force_login(network.eero)
    response = client.get(f"/staff/events/{event.pk}/edit/")
    assert response.status_code == 302
