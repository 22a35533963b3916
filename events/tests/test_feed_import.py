"""Monikko ry keeps its language café and other events in its own calendar; the hub reads the
calendar's .ics address and keeps the events in step, without touching what Eero entered by
hand."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from directory.models import Service
from events import feeds
from events.models import Event, EventFeed, Occurrence

HELSINKI = ZoneInfo("Europe/Helsinki")
TODAY = datetime.date(2027, 3, 1)  # a fixed day, so the six-month window is the same every run


@pytest.fixture
def feed(network, calendar_server):
    calendar_server.put_file("/monikko.ics", "language_cafe.ics")
    return EventFeed.objects.create(
        service=network.service, url=calendar_server.url("/monikko.ics"), approved=True
    )


def dates(uid):
    return [
        (o.start.astimezone(HELSINKI).strftime("%Y-%m-%d %H:%M"), o.cancelled)
        for o in Occurrence.objects.filter(event__uid=uid).order_by("start")
    ]


def test_a_weekly_cafe_keeps_its_local_time_across_daylight_saving_with_its_exceptions(feed):
    [result] = feeds.aggregate_feeds(today=TODAY)
    assert (result.created, result.error) == (4, "")
    cafe = Event.objects.get(uid="cafe-2027@provider.example")
    assert cafe.name.exact("fi") == "Kielikahvila"
    assert cafe.rrule.startswith("FREQ=WEEKLY")
    assert cafe.publication_status == Service.Publication.PUBLISHED
    assert dates(cafe.uid) == [
        ("2027-03-02 17:00", False),
        ("2027-03-09 17:00", False),
        # 16 March is left out (EXDATE)
        ("2027-03-23 17:00", False),
        ("2027-03-30 17:00", False),  # summer time since 28 March: still 17:00 in Helsinki
        ("2027-04-07 17:00", False),  # the 6 April instance moved to Wednesday
        ("2027-04-13 17:00", True),  # this one is cancelled
        ("2027-04-20 17:00", False),
        ("2027-04-27 17:00", False),
    ]
    utc_hours = {o.start.astimezone(datetime.UTC).hour for o in cafe.occurrences.all()}
    assert utc_hours == {15, 14}


def test_all_day_events_and_other_time_zones_are_read_as_helsinki_sees_them(feed):
    feeds.aggregate_feeds(today=TODAY)
    fair = Event.objects.get(uid="fair-2027@provider.example")
    assert fair.all_day
    assert fair.end.astimezone(HELSINKI).date() == datetime.date(2027, 5, 21)  # two days
    assert dates(fair.uid) == [("2027-05-20 00:00", False)]
    webinar = Event.objects.get(uid="webinar-2027@provider.example")
    assert dates(webinar.uid) == [("2027-03-10 16:00", False)]  # 9:00 in New York
    assert webinar.name.exact("en") == "CV clinic online"
    assert webinar.url == "https://provider.example/cv-clinic"
    assert not Occurrence.objects.filter(event__uid="past-2026@provider.example").exists()


def test_fetching_again_asks_whether_the_file_changed_and_changes_nothing(feed, calendar_server):
    feeds.aggregate_feeds(today=TODAY)
    first = sorted(Occurrence.objects.values_list("event__uid", "start"))
    history = Event.history.count()
    [again] = feeds.aggregate_feeds(today=TODAY)
    assert again.outcome == EventFeed.Outcome.NOT_MODIFIED
    assert calendar_server.requests[-1][1].get("If-None-Match")
    assert sorted(Occurrence.objects.values_list("event__uid", "start")) == first
    assert Event.history.count() == history


def test_a_changed_calendar_updates_cancels_adds_and_removes_and_leaves_hand_entered_events(
    feed, calendar_server, network
):
    feeds.aggregate_feeds(today=TODAY)
    by_hand = Event.objects.create(
        service=network.service,
        name={"fi": "Eeron oma tapahtuma"},
        start=datetime.datetime(2027, 3, 5, 12, tzinfo=HELSINKI),
        publication_status=Service.Publication.PUBLISHED,
    )
    calendar_server.put_file("/monikko.ics", "language_cafe_changed.ics")
    [result] = feeds.aggregate_feeds(today=TODAY)
    assert (result.created, result.updated, result.removed) == (1, 2, 1)
    assert not Event.objects.filter(uid="webinar-2027@provider.example").exists()
    assert Event.objects.get(uid="fair-2027@provider.example").status == Event.Status.CANCELLED
    assert dates("fair-2027@provider.example") == [("2027-05-20 00:00", True)]
    cafe = Event.objects.get(uid="cafe-2027@provider.example")
    assert cafe.place_text == "Pääkirjasto"
    assert (
        Event.objects.get(uid="info-2027@provider.example")
        .name.exact("fi")
        .startswith("Infotilaisuus")
    )
    assert Event.objects.filter(pk=by_hand.pk).exists()
    assert by_hand.occurrences.count() == 1


def test_events_of_a_feed_the_coordinator_has_not_approved_wait_as_drafts(network, calendar_server):
    calendar_server.put_file("/new.ics", "language_cafe.ics")
    feed = EventFeed.objects.create(service=network.service, url=calendar_server.url("/new.ics"))
    feeds.aggregate_feeds(today=TODAY)
    assert not Event.objects.published().exists()
    feeds.approve(network.satu, feed)
    assert Event.objects.published().count() == 4


@pytest.mark.parametrize(
    ("path", "body", "code"),
    [
        ("/broken.ics", "malformed.ics", "not_ical"),
        ("/page.html", "not_a_calendar.html", "not_ical"),
        ("/missing.ics", None, "http_error"),
    ],
)
def test_a_broken_feed_says_what_is_wrong_and_keeps_the_events_it_had(
    feed, calendar_server, path, body, code
):
    feeds.aggregate_feeds(today=TODAY)
    before = Occurrence.objects.count()
    if body:
        calendar_server.put_file(path, body)
    feed.url = calendar_server.url(path)
    feed.save()
    [result] = feeds.aggregate_feeds(today=TODAY)
    feed.refresh_from_db()
    assert (feed.outcome, feed.error_code) == (EventFeed.Outcome.FAILED, code)
    assert result.error and "%(" not in result.error
    assert Occurrence.objects.count() == before


@pytest.mark.parametrize("says_its_length", [True, False])
def test_an_oversized_feed_is_refused_before_it_is_read_whole(
    feed, calendar_server, settings, says_its_length
):
    settings.EVENT_FEED_MAX_BYTES = 1000
    calendar_server.send_length = says_its_length
    [result] = feeds.aggregate_feeds(today=TODAY)
    assert feed.__class__.objects.get().error_code == "too_large"
    assert "suurempi kuin palvelu lukee" in result.error  # in the site's default language
    assert not Event.objects.exists()


def test_a_slow_feed_times_out(feed, calendar_server, settings):
    settings.EVENT_FEED_TIMEOUT = 0.2
    calendar_server.delay = 1
    feeds.aggregate_feeds(today=TODAY)
    assert EventFeed.objects.get().error_code == "timeout"


def test_addresses_inside_the_hubs_own_network_are_not_fetched(feed, settings):
    settings.EVENT_FEEDS_ALLOW_PRIVATE = False
    feeds.aggregate_feeds(today=TODAY)
    assert EventFeed.objects.get().error_code == "blocked_address"


def test_imported_and_hand_entered_events_go_out_in_one_valid_calendar(feed, network):
    from icalendar import Calendar

    from events import ical

    feeds.aggregate_feeds(today=TODAY)
    by_hand = Event.objects.create(
        service=network.service,
        name={"fi": "Eeron tapahtuma"},
        start=datetime.datetime(2027, 3, 5, 12, tzinfo=HELSINKI),
        publication_status=Service.Publication.PUBLISHED,
    )
    text = ical.calendar(Event.objects.all(), name="Monikko")
    parsed = Calendar.from_ical(text)
    uids = {str(component["uid"]) for component in parsed.walk("VEVENT")}
    assert "cafe-2027@provider.example" in uids and f"{by_hand.pk}@milestone-hub" in uids
    # The café's moved and cancelled instances travel with it.
    assert len([c for c in parsed.walk("VEVENT") if "recurrence-id" in c]) == 2
    zones = [str(zone["tzid"]) for zone in parsed.walk("VTIMEZONE")]
    assert zones.count("Europe/Helsinki") == 1


def test_the_hourly_command_reports_each_feed(feed, capsys):
    from django.core.management import call_command

    call_command("fetch_event_feeds")
    out = capsys.readouterr().out
    assert f"{feed.url}: " in out
    assert " new, " in out


def test_the_hourly_command_says_when_there_is_nothing_to_fetch(db, capsys):
    from django.core.management import call_command

    call_command("fetch_event_feeds")
    assert "No event feeds to fetch" in capsys.readouterr().out
