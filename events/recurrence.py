"""An event's dates: its series (start, end, rule, exceptions, changed or cancelled instances)
as iCalendar, and its occurrences within the window the calendar shows.

Every event, entered by hand or imported, is expanded by the same code: recurring-ical-events
over an iCalendar VEVENT. A hand-entered event's VEVENT is built from its fields; an imported
event keeps the provider's own VEVENTs, so changed and cancelled instances survive.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import recurring_ical_events
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, vRecur
from icalendar import Event as VEvent

# The calendar shows a week back (this week's past days) and six months ahead.
DAYS_BEFORE = 7
DAYS_AHEAD = 183
MAX_INSTANCES_PER_EVENT = 500
PRODID = "-//MILEstone Hub//events//EN"


def local_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def window(today: datetime.date | None = None) -> tuple[datetime.datetime, datetime.datetime]:
    today = today or timezone.localdate()
    zone = local_zone()
    start = datetime.datetime.combine(
        today - datetime.timedelta(days=DAYS_BEFORE), datetime.time(), zone
    )
    end = datetime.datetime.combine(
        today + datetime.timedelta(days=DAYS_AHEAD), datetime.time(), zone
    )
    return start, end


def as_datetime(value) -> datetime.datetime:
    """A DTSTART/DTEND value as an aware datetime: dates at local midnight, floating times in
    the local zone."""
    if not isinstance(value, datetime.datetime):
        return datetime.datetime.combine(value, datetime.time(), local_zone())
    if value.tzinfo is None:
        return value.replace(tzinfo=local_zone())
    return value


@dataclass(frozen=True)
class Instance:
    uid: str
    start: datetime.datetime
    end: datetime.datetime | None
    all_day: bool
    cancelled: bool


def check_rule(text: str) -> str:
    """The rule as stored (no "RRULE:" prefix, upper case), or a ValidationError that says
    how to write one."""
    text = (text or "").strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    if not text:
        return ""
    try:
        rule = vRecur.from_ical(text.upper())
    except ValueError:
        rule = None
    if not rule or "FREQ" not in rule:
        raise ValidationError(
            _(
                "The repeat rule is not an iCalendar rule. Write it like "
                "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270601, or leave it empty for a single date."
            ),
            code="rrule",
        )
    return text.upper()


def vevent(event, language: str | None = None) -> VEvent:
    """The event's series as one VEVENT, its text in `language` (with the usual fallback)."""
    component = VEvent()
    component.add("uid", event.uid or f"{event.pk}@milestone-hub")
    component.add("summary", event.name.get(language).text)
    description = event.description.get(language).text
    if description:
        component.add("description", description)
    zone = local_zone()
    # iCalendar times have whole seconds; a fraction would make the rule's first date differ
    # from DTSTART, and the first date would be listed twice.
    start = event.start.astimezone(zone).replace(microsecond=0)
    end = event.end.astimezone(zone).replace(microsecond=0) if event.end else None
    if event.all_day:
        component.add("dtstart", start.date())
        last = end.date() if end else start.date()
        # DTEND of an all-day event is the day after its last day.
        component.add("dtend", max(last, start.date() + datetime.timedelta(days=1)))
    else:
        component.add("dtstart", start)
        if end:
            component.add("dtend", end)
    if event.rrule:
        component.add("rrule", vRecur.from_ical(event.rrule))
        for text in event.exdates:
            value = datetime.datetime.fromisoformat(text)
            component.add("exdate", value.date() if event.all_day else as_datetime(value))
    component.add("status", "CANCELLED" if event.status == event.Status.CANCELLED else "CONFIRMED")
    component.add("dtstamp", timezone.now())
    if event.last_modified:
        component.add("last-modified", event.last_modified)
    return component


def calendar_of(event) -> Calendar:
    if event.ical:
        return Calendar.from_ical(event.ical)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add_component(vevent(event))
    return calendar


def expand(calendar: Calendar, start, end) -> dict[str, list[Instance]]:
    """Every instance of every series in the calendar between start and end, by UID. A broken
    series is left out rather than failing the whole calendar."""
    instances: dict[str, list[Instance]] = {}
    query = recurring_ical_events.of(calendar, skip_bad_series=True)
    for component in query.between(start, end):
        uid = str(component.get("uid", ""))
        kept = instances.setdefault(uid, [])
        if len(kept) >= MAX_INSTANCES_PER_EVENT:
            continue
        raw_start = component.decoded("dtstart")
        all_day = not isinstance(raw_start, datetime.datetime)
        raw_end = component.decoded("dtend") if "dtend" in component else None
        kept.append(
            Instance(
                uid=uid,
                start=as_datetime(raw_start),
                end=as_datetime(raw_end) if raw_end is not None else None,
                all_day=all_day,
                cancelled=str(component.get("status", "")).upper() == "CANCELLED",
            )
        )
    return instances


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def occurrence_rows(event, instances: list[Instance]):
    from events.models import Occurrence

    cancelled = event.status == event.Status.CANCELLED
    return [
        Occurrence(
            event=event,
            start=item.start,
            end=item.end,
            all_day=item.all_day,
            cancelled=item.cancelled or cancelled,
        )
        for item in instances
    ]


@transaction.atomic
def refresh_occurrences(events, today: datetime.date | None = None) -> int:
    """Expand the events again over the current window; returns how many dates were written."""
    from events.models import Event, Occurrence

    start, end = window(today)
    rows = []
    ids = []
    for event in events:
        found = expand(calendar_of(event), start, end)
        instances = [item for series in found.values() for item in series]
        rows.extend(occurrence_rows(event, sorted(instances, key=lambda i: i.start)))
        ids.append(event.pk)
    Occurrence.objects.filter(event_id__in=ids).delete()
    Occurrence.objects.bulk_create(rows, batch_size=1000)
    # Marked modified too: the public calendar's cache keys on it (events.listing).
    Event.objects.filter(pk__in=ids).update(
        expanded_from=start.date(), last_modified=timezone.now()
    )
    return len(rows)


def refresh_stale(today: datetime.date | None = None) -> int:
    """Move every event's window forward (a daily job; idempotent)."""
    from events.models import Event

    start, _end = window(today)
    stale = Event.objects.exclude(expanded_from=start.date()).order_by("pk")
    total = 0
    # Each batch is marked as expanded, so the next one starts where it ended.
    while batch := list(stale[:500]):
        total += refresh_occurrences(batch, today)
    return total
