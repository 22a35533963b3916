"""Keeping imported events in step with the providers' own calendars.

`aggregate_feeds()` is the whole job (the `fetch_event_feeds` command runs it; a task queue can
call it as it is). Per feed: fetch (events/fetching.py), read the iCalendar file, and make the
feed's events match it: new series are created, changed ones updated, series gone from the file
removed, all in one transaction, so a failed fetch or a broken file leaves the events as they
were. Events entered by hand are never touched. Running it twice changes nothing the second
time: each series is stored with a hash of its text.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from icalendar import Calendar

from coordination import permissions
from directory.models import Service
from directory.translation import configured_languages, normalise_language
from events import recurrence
from events.fetching import Download, FetchError, download
from events.models import Event, EventFeed, Occurrence

logger = logging.getLogger(__name__)

ERRORS = {
    "invalid_url": _("The address must start with http:// or https://."),
    "blocked_address": _(
        "The address points inside a private network, which the hub does not read. Give the "
        "calendar's public address."
    ),
    "unreachable": _(
        "The calendar could not be reached (%(detail)s). Check the address, or wait for the "
        "next try."
    ),
    "timeout": _("The calendar did not answer within %(detail)s seconds. The hub tries again."),
    "http_error": _(
        "The calendar's server answered with error %(detail)s. Check that the address is the "
        "calendar's export (.ics) address."
    ),
    "too_large": _(
        "The calendar file is larger than the hub reads. Export only the coming months, or "
        "split the calendar."
    ),
    "not_ical": _(
        "The address does not give an iCalendar (.ics) file (%(detail)s). Use the calendar's "
        "export or subscription address."
    ),
    "unreadable": _(
        "The calendar could not be read. Nothing was changed; the coordinator has been told."
    ),
}


def error_message(feed: EventFeed) -> str:
    if not feed.error_code:
        return ""
    return str(ERRORS.get(feed.error_code, ERRORS["unreadable"])) % {"detail": feed.error_detail}


@dataclass
class FeedResult:
    feed: EventFeed
    outcome: str
    created: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: int = 0
    error: str = ""
    problems: list[str] = field(default_factory=list)


def parse(body: bytes) -> Calendar:
    try:
        calendar = Calendar.from_ical(body)
    except (ValueError, IndexError, KeyError, TypeError) as error:
        raise FetchError("not_ical", str(error)[:120]) from error
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise FetchError("not_ical", "no VCALENDAR")
    return calendar


def _series(calendar: Calendar) -> dict[str, list]:
    """The VEVENTs by UID: a series and its changed instances travel together."""
    groups: dict[str, list] = {}
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("uid", "")).strip()[:255]
        if not uid:
            # A UID is required; without one, the start and summary identify the event.
            stamp = f"{component.get('dtstart').to_ical() if component.get('dtstart') else ''}"
            uid = "no-uid:" + recurrence.source_hash(stamp + str(component.get("summary", "")))
            component["uid"] = uid
        groups.setdefault(uid, []).append(component)
    return groups


def _text(zones: list[bytes], components) -> str:
    lines = [b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + recurrence.PRODID.encode() + b"\r\n"]
    lines.extend(zones)
    lines.extend(component.to_ical() for component in components)
    lines.append(b"END:VCALENDAR\r\n")
    return b"".join(lines).decode("utf-8", "replace")


def _language(prop, default: str) -> str:
    code = getattr(prop, "params", {}).get("LANGUAGE", "")
    code = normalise_language(code) if code else default
    return code if code in configured_languages() else default


def _fields(master, feed: EventFeed) -> dict:
    """The event's own fields from the series' VEVENT (raises ValueError/KeyError when it has no
    usable start)."""
    raw_start = master.decoded("dtstart")
    all_day = not isinstance(raw_start, datetime.datetime)
    start = recurrence.as_datetime(raw_start)
    end = None
    if "dtend" in master:
        end = recurrence.as_datetime(master.decoded("dtend"))
    elif "duration" in master:
        end = start + master.decoded("duration")
    if end is not None and all_day:
        end -= datetime.timedelta(days=1)  # stored as the last day, as people say it
    if end is not None and end < start:
        end = None
    summary = master.get("summary")
    description = master.get("description")
    rule = master.get("rrule")
    if isinstance(rule, list):
        rule = rule[0]
    exdates = []
    for value in (
        master.get("exdate", [])
        if isinstance(master.get("exdate"), list)
        else [master.get("exdate")]
    ):
        if value is None:
            continue
        exdates.extend(recurrence.as_datetime(d.dt).isoformat() for d in value.dts)
    url = str(master.get("url", ""))
    language = feed.language
    return {
        "name": {_language(summary, language): str(summary or "")[:300]} if summary else {},
        "description": (
            {_language(description, language): str(description)[:5000]} if description else {}
        ),
        "start": start,
        "end": end,
        "all_day": all_day,
        "rrule": rule.to_ical().decode()[:500] if rule else "",
        "exdates": sorted(exdates),
        "status": (
            Event.Status.CANCELLED
            if str(master.get("status", "")).upper() == "CANCELLED"
            else Event.Status.SCHEDULED
        ),
        "place_text": str(master.get("location", ""))[:300],
        "url": url[:500] if url.startswith(("http://", "https://")) else "",
    }


def sync(feed: EventFeed, calendar: Calendar, today: datetime.date | None = None) -> FeedResult:
    """Make the feed's events match the calendar (the caller holds the transaction)."""
    result = FeedResult(feed, EventFeed.Outcome.UPDATED)
    start, end = recurrence.window(today)
    zones = [zone.to_ical() for zone in calendar.walk("VTIMEZONE")]
    groups = _series(calendar)
    existing = {
        event.uid: event
        for event in feed.events.only("id", "uid", "source_hash", "expanded_from", "feed_id")
    }
    changed: dict[str, tuple[list, str, str]] = {}
    for uid, components in groups.items():
        text = _text(zones, components)
        digest = recurrence.source_hash(f"{feed.language}\n{text}")
        event = existing.get(uid)
        if event and event.source_hash == digest and event.expanded_from == start.date():
            result.unchanged += 1
            continue
        changed[uid] = (components, text, digest)
    instances = recurrence.expand(calendar, start, end) if changed else {}
    publication = Service.Publication.PUBLISHED if feed.approved else Service.Publication.DRAFT
    rows, refreshed = [], []
    for uid, (components, text, digest) in changed.items():
        master = next((c for c in components if "recurrence-id" not in c), components[0])
        try:
            fields = _fields(master, feed)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            result.skipped += 1
            result.problems.append(f"{uid}: {error}"[:200])
            continue
        if not fields["name"]:
            fields["name"] = {feed.language: str(_("Untitled event"))}
        event = existing.get(uid) or Event(feed=feed, service_id=feed.service_id, uid=uid)
        is_new = event._state.adding
        if not is_new:
            event = Event.objects.get(pk=event.pk)
        for name, value in fields.items():
            setattr(event, name, value)
        event.ical, event.source_hash = text, digest
        event.expanded_from = start.date()
        event.publication_status = publication
        event._change_reason = f"feed:{feed.pk}"
        event.save()
        refreshed.append(event.pk)
        rows.extend(recurrence.occurrence_rows(event, instances.get(uid, [])))
        if is_new:
            result.created += 1
        else:
            result.updated += 1
    Occurrence.objects.filter(event_id__in=refreshed).delete()
    Occurrence.objects.bulk_create(rows, batch_size=1000)
    gone = [event.pk for uid, event in existing.items() if uid not in groups]
    for event in Event.objects.filter(pk__in=gone):
        event._change_reason = f"feed:{feed.pk}"
        event.delete()
    result.removed = len(gone)
    return result


def fetch_feed(feed: EventFeed, today: datetime.date | None = None) -> FeedResult:
    """Fetch one feed and keep its events in step; the feed records how it went."""
    feed.fetched_at = timezone.now()
    try:
        got: Download = download(feed.url, etag=feed.etag, last_modified=feed.last_modified_header)
        if got.body is None:
            result = FeedResult(feed, EventFeed.Outcome.NOT_MODIFIED)
            # The file is the same, but the window moves on day by day.
            stale = list(feed.events.exclude(expanded_from=recurrence.window(today)[0].date()))
            if stale:
                recurrence.refresh_occurrences(stale, today)
        else:
            calendar = parse(got.body)
            with transaction.atomic():
                result = sync(feed, calendar, today)
        feed.etag, feed.last_modified_header = got.etag, got.last_modified
        feed.error_code = feed.error_detail = ""
        feed.skipped = result.skipped
        feed.succeeded_at = feed.fetched_at
    except FetchError as error:
        result = FeedResult(feed, EventFeed.Outcome.FAILED)
        feed.error_code, feed.error_detail = error.code, error.detail
    except Exception as error:  # noqa: BLE001 - one provider's odd file must not stop the job
        logger.exception("Reading the calendar feed %s failed", feed.pk)
        result = FeedResult(feed, EventFeed.Outcome.FAILED)
        feed.error_code, feed.error_detail = "unreadable", type(error).__name__
    feed.outcome = result.outcome
    if result.outcome == EventFeed.Outcome.FAILED:
        result.error = error_message(feed)
    feed.save()
    return result


def aggregate_feeds(feeds=None, today: datetime.date | None = None) -> list[FeedResult]:
    """Fetch every feed (or the given ones) and then move every event's window forward."""
    feeds = EventFeed.objects.select_related("service") if feeds is None else feeds
    results = [fetch_feed(feed, today) for feed in feeds]
    recurrence.refresh_stale(today)
    return results


def approve(user, feed: EventFeed):
    """The coordinator trusts the feed: its events are published now and on every fetch."""
    if not permissions.can_review(user, feed.service.organization.region):
        raise PermissionDenied(_("Only the coordinator approves a calendar."))
    feed.approved = True
    feed.save(update_fields=["approved"])
    for event in feed.events.exclude(publication_status=Service.Publication.PUBLISHED):
        event.publication_status = Service.Publication.PUBLISHED
        event._change_reason = f"feed:{feed.pk}"
        event.save()


def add_feed(user, service, url: str, language: str) -> EventFeed:
    """A provider registers its own calendar for one of its services."""
    if not permissions.can_edit_service(user, service):
        raise PermissionDenied(_("You may not do this for this service."))
    feed = EventFeed(service=service, url=url.strip(), language=language, added_by=user)
    if EventFeed.objects.filter(service=service, url=feed.url).exists():
        raise ValidationError({"url": _("This calendar is already registered for the service.")})
    feed.full_clean(exclude=["added_by"])
    feed.save()
    return feed


@transaction.atomic
def remove_feed(user, feed: EventFeed):
    """The feed and the events it brought go; events entered by hand stay."""
    if not permissions.can_edit_service(user, feed.service):
        raise PermissionDenied(_("You may not do this for this service."))
    for event in feed.events.all():
        event._change_reason = f"feed:{feed.pk}"
        event.delete()
    feed.delete()
