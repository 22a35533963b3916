"""The network's calendar as a newcomer reads it: what is on, filtered like the directory, each
event's own page, and the same events for their own calendar app."""

import json
import re

from icalendar import Calendar

from directory.models import Accessibility, Location, Service
from directory.translation import TranslatedText as T
from events.models import Event
from events.recurrence import refresh_occurrences


def test_the_calendar_lists_published_dates_in_the_readers_language(client, calendar):
    html = client.get("/en/events/").content.decode()
    assert html.count("Finnish evening") == 3  # four Mondays, one left out
    assert "Career evening online" in html
    assert "Secret planning meeting" not in html
    assert "Demo data" in html
    arabic = client.get("/ar/events/").content.decode()
    assert "أمسية فنلندية" in arabic
    assert 'lang="fi"' in arabic or 'lang="en"' in arabic  # the club's name falls back, marked


def test_the_directorys_filters_and_free_only_narrow_the_calendar(client, calendar):
    work = client.get("/en/events/?aim=labour-market").content.decode()
    assert "Career evening online" in work and "Finnish evening" not in work
    # The course names no languages of its own: its service is offered in Arabic.
    arabic = client.get("/en/events/?lang=ar").content.decode()
    assert "Finnish evening" in arabic and "Career evening online" not in arabic
    free = client.get("/en/events/?free=1").content.decode()
    assert "Finnish evening" in free and "Career evening online" not in free
    both = client.get("/en/events/?aim=labour-market&free=1").content.decode()
    assert "No events match" in both
    odd = client.get("/en/events/?aim=nonsense&when=yesterday")
    assert odd.status_code == 200
    assert "We ignored a filter that we did not recognise" in odd.content.decode()


def test_an_event_page_has_the_essentials_and_schema_org_data(client, calendar):
    html = client.get(f"/en/events/{calendar.course_evening.pk}/").content.decode()
    assert "Viitaniementie 1" in html and "40720 Jyväskylä" in html
    assert "Free" in html
    assert f"/en/events/{calendar.course_evening.pk}.ics" in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "Event"
    assert data["name"] == "Finnish evening"
    assert data["location"]["@type"] == "Place"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    online = client.get(f"/fi/events/{calendar.club_evening.pk}/").content.decode()
    assert "https://meet.example.org/career" in online
    assert "https://example.org/register" in online
    assert client.get(f"/en/events/{calendar.hidden.pk}/").status_code == 404


def test_add_to_my_calendar_gives_a_valid_ics_with_the_whole_series(client, calendar):
    response = client.get(f"/fi/events/{calendar.course_evening.pk}.ics")
    assert response["Content-Type"].startswith("text/calendar")
    parsed = Calendar.from_ical(response.content)
    [event] = parsed.walk("VEVENT")
    assert str(event["summary"]) == "Suomen kielen ilta"
    assert "FREQ=WEEKLY" in event["rrule"].to_ical().decode()
    assert event.get("exdate")
    assert "Viitaniementie 1" in str(event["location"])
    assert parsed.walk("VTIMEZONE")


def test_feeds_for_the_region_a_filter_set_and_a_service(client, calendar):
    def summaries(path):
        parsed = Calendar.from_ical(client.get(path).content)
        return sorted(str(e["summary"]) for e in parsed.walk("VEVENT"))

    assert summaries("/en/events.ics") == ["Career evening online", "Finnish evening"]
    assert summaries("/en/events.ics?region=jyvaskyla&free=1") == ["Finnish evening"]
    assert summaries("/en/events.ics?aim=labour-market") == ["Career evening online"]
    assert summaries(f"/en/services/{calendar.club.pk}/events.ics") == ["Career evening online"]
    assert client.get("/en/events.ics?region=nowhere").status_code == 404


def test_the_service_page_shows_its_next_dates(client, calendar):
    html = client.get(f"/en/services/{calendar.course.pk}/").content.decode()
    assert "Coming events" in html
    assert f"/en/events/{calendar.course_evening.pk}/" in html


def test_a_cancelled_date_stays_listed_and_says_so(client, calendar):
    calendar.course_evening.status = Event.Status.CANCELLED
    calendar.course_evening.save()
    refresh_occurrences([calendar.course_evening])
    html = client.get("/fi/events/").content.decode()
    assert "Peruttu" in html


def test_an_event_page_tells_how_to_reach_its_place(client, calendar):
    Accessibility.objects.create(
        location=Location.objects.get(),
        features="step_free_entrance",
        description=T({"en": "The side door has a ramp."}),
    )
    html = client.get(f"/en/events/{calendar.course_evening.pk}/").content.decode()
    # The place the course meets at, as its service page shows it (directory.reach)…
    assert "How to reach" in html
    assert "Viitaniementie 1" in html and "40720 Jyväskylä" in html
    assert "How to get there:" in html and "Bus 1." in html
    assert "Step-free entrance" in html and "The side door has a ramp." in html
    # …and how to ask the service: its phone and when it is open.
    assert 'href="tel:+358401234567"' in html
    assert "On Mondays" in html
    online = client.get(f"/en/events/{calendar.club_evening.pk}/").content.decode()
    assert "Online:" in online and 'href="https://meet.example.org/career"' in online
    assert "Viitaniementie" not in online  # the career club's event is not at the college


def test_an_event_with_no_place_says_so_and_who_can_tell(client, calendar):
    calendar.club_evening.online_url = ""
    calendar.club_evening.save()
    html = client.get(f"/en/events/{calendar.club_evening.pk}/").content.decode()
    assert "This entry does not yet say:" in html and "where it takes place" in html


def test_the_calendar_shows_a_change_at_once_though_its_pages_are_kept(client, calendar):
    assert "Peruttu" not in client.get("/fi/events/").content.decode()
    event_page = f"/fi/events/{calendar.course_evening.pk}/"
    club_page = f"/fi/events/{calendar.club_evening.pk}/"
    assert "Peruttu" not in client.get(event_page).content.decode()
    assert client.get(club_page).status_code == 200
    feed = client.get("/fi/events.ics").content.decode()
    assert "Urailta verkossa" in feed
    # The provider cancels the course evening; the club's evening is withdrawn.
    calendar.course_evening.status = Event.Status.CANCELLED
    calendar.course_evening.save()
    refresh_occurrences([calendar.course_evening])
    calendar.club_evening.delete()
    html = client.get("/fi/events/").content.decode()
    assert "Peruttu" in html and "Urailta verkossa" not in html
    assert "Peruttu" in client.get(event_page).content.decode()
    assert client.get(club_page).status_code == 404
    assert "Urailta verkossa" not in client.get("/fi/events.ics").content.decode()
    # A service taken off the public site takes its events with it.
    calendar.course.publication_status = Service.Publication.DRAFT
    calendar.course.save()
    assert "Suomen kielen ilta" not in client.get("/fi/events/").content.decode()


def test_free_only_shows_as_a_filter_she_can_remove(client, calendar):
    """Mehmet chose "free of charge only": it is named among the active filters, counted on the
    filter toggle, and one tap removes it and keeps the rest (it was applied but shown nowhere)."""
    page = client.get("/en/events/?aim=labour-market&free=1").content.decode()
    assert "Cost: Free" in page
    assert "Filter (2)" in page
    assert 'href="?aim=labour-market"' in page
    alone = client.get("/en/events/?free=1").content.decode()
    assert "Filter (1)" in alone and 'href="/en/events/"' in alone
