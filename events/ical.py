"""The network's calendar as iCalendar: one event (add to my calendar), a service's events, the
region's, or any filter set's. Each event goes out as its whole series (rule, exceptions and,
for imported events, the provider's own changed instances), so calendar apps keep it in step."""

from __future__ import annotations

from django.utils import timezone
from icalendar import Calendar

from directory.templatetags.translated import resolve
from events import recurrence


def place_line(event, language=None) -> str:
    if event.location_id:
        location = event.location
        parts = [resolve(location.name, language).text]
        parts += [f"{a.address_1}, {a.postal_code} {a.city}" for a in location.addresses.all()]
        return ", ".join(part for part in parts if part)
    return event.place_text or event.online_url


def components(event, language: str | None = None, page_url: str = "") -> list:
    if event.ical:
        return list(Calendar.from_ical(event.ical).walk("VEVENT"))
    component = recurrence.vevent(event, language)
    place = place_line(event, language)
    if place:
        component.add("location", place)
    if page_url:
        component.add("url", page_url)
    return [component]


def _blocks(text: str, name: str) -> list[str]:
    """The top-level BEGIN:name … END:name blocks of a stored calendar, as text."""
    begin, end = f"BEGIN:{name}\r\n", f"END:{name}\r\n"
    blocks, position = [], 0
    while (start := text.find(begin, position)) != -1:
        stop = text.find(end, start)
        if stop == -1:
            break
        position = stop + len(end)
        blocks.append(text[start:position])
    return blocks


def calendar(events, *, name: str, language: str | None = None, page_url=None) -> bytes:
    """`page_url(event)` gives each event's public address (absolute). Imported events go out
    as the provider wrote them (their stored VEVENTs and time zones, copied as text: parsing
    each again would cost more than the rest of the feed)."""
    feed = Calendar()
    feed.add("prodid", recurrence.PRODID)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("x-wr-calname", name)
    feed.add("x-wr-timezone", recurrence.local_zone().key)
    feed.add("x-published-ttl", "PT6H")
    copied, zones = [], {}
    for event in events:
        if event.ical:
            copied.extend(_blocks(event.ical, "VEVENT"))
            for zone in _blocks(event.ical, "VTIMEZONE"):
                zones.setdefault(zone.split("TZID:", 1)[-1].split("\r\n", 1)[0], zone)
            continue
        for component in components(event, language, page_url(event) if page_url else ""):
            feed.add_component(component)
    feed.add_missing_timezones()
    text = feed.to_ical().decode()
    for component in feed.walk("VTIMEZONE"):
        zones.pop(str(component["tzid"]), None)
    head, tail = text.rsplit("END:VCALENDAR", 1)
    return (head + "".join(zones.values()) + "".join(copied) + "END:VCALENDAR" + tail).encode()


def filename(text: str) -> str:
    stamp = timezone.localdate().isoformat()
    safe = "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")[:40]
    return f"{safe or 'events'}-{stamp}.ics"
