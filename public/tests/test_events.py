"""The network's calendar as a newcomer reads it: what is on, filtered like the directory, each
event's own page, and the same events for their own calendar app."""

import json
import re

from icalendar import Calendar

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
