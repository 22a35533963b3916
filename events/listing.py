"""What the public calendar lists: the dates of published events, filtered as the directory is.

The directory's filters (aim, need, target group, provider) are directory/filters.py's and
apply to the event's service; an event is in a language when it says so, or, when it names no
languages, when its service is offered in it. "Free only" keeps events that say they are free.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from directory import browse
from directory.filters import ServiceFilters
from directory.models import Language, Location, Service
from directory.reach import Place, Reach, place_of, reach_of
from directory.stamp import directory_stamp
from directory.translation import TranslatedText, configured_languages
from events import recurrence
from events.models import Event, Occurrence

WHEN = ("upcoming", "week")


@dataclass
class EventFilters:
    directory: ServiceFilters = field(default_factory=ServiceFilters)
    free: bool = False
    when: str = "upcoming"
    service: Service | None = None
    region: object = None

    def selected(self):
        return self.directory.selected() + ([("free", "1")] if self.free else [])


def parse_filters(params) -> EventFilters:
    """The directory's filters from the query string, plus ?free=1 and ?when=week."""
    when = params.get("when", "upcoming")
    directory = ServiceFilters.parse(params)
    # An event may be held in any of the site's languages, even one no service lists yet.
    spoken = [value for facet, value in directory.ignored if facet == "lang"]
    spoken = [code for code in spoken if code in configured_languages()]
    if spoken:
        directory = ServiceFilters(
            ignored=[item for item in directory.ignored if item[1] not in spoken],
            **{facet.key: getattr(directory, facet.key) for facet in ServiceFilters.facets},
        ).replace(lang=(*directory.lang, *spoken))
    return EventFilters(
        directory=directory,
        free=params.get("free") in ("1", "on", "true"),
        when=when if when in WHEN else "upcoming",
    )


def filter_events(events, filters: EventFilters):
    chosen = filters.directory
    if filters.service is not None:
        events = events.filter(service=filters.service)
    if filters.region is not None:
        events = events.filter(service__organization__region=filters.region)
    # The language facet is the event's own (below); the others select its service.
    others = chosen.without("lang")
    if others:
        services = others.apply(Service.objects.published())
        events = events.filter(service__in=services.values("pk"))
    if chosen.lang:
        in_language = Q()
        for code in chosen.lang:
            in_language |= Q(languages__contains=f",{code},")
        offered = Language.objects.filter(code__in=chosen.lang).values("service_id")
        events = events.filter(in_language | Q(languages="", service__in=offered))
    if filters.free:
        events = events.filter(is_free=True)
    return events


def period(when: str, now: datetime.datetime | None = None):
    """The rest of today and the seven days after it (local time), or everything from now to
    the window's end. Not Monday to Sunday: on a Sunday that week is all but over, and its past
    days' events are of no use to anyone."""
    now = timezone.localtime(now)
    if when == "week":
        last = now.date() + datetime.timedelta(days=8)
        return now, datetime.datetime.combine(last, datetime.time(), now.tzinfo)
    return now, recurrence.window(now.date())[1]


ROW_FIELDS = (
    "start",
    "end",
    "all_day",
    "cancelled",
    "event__name",
    "event__status",
    "event__languages",
    "event__is_free",
    "event__online_url",
    "event__place_text",
    "event__location__name",
    "event__service__name",
    "event__service__organization__name",
    "event__service__organization__region__is_demo_data",
)


def _window(filters: EventFilters, now, first, last):
    start, end = period(filters.when, now)
    zone = recurrence.local_zone()
    if first:
        start = datetime.datetime.combine(first, datetime.time(), zone)
    if last:
        end = datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time(), zone)
    return start, end


def _matching(filters: EventFilters, now, first, last):
    """The matching events' ids, and the conditions for a date in the period."""
    start, end = _window(filters, now, first, last)
    events = filter_events(Event.objects.published(), filters).values("pk")
    # An event that has begun but not ended is still on.
    return events, (Q(start__lt=end), Q(start__gte=start) | Q(end__gt=start))


def dates(filters: EventFilters, now=None, *, first=None, last=None):
    """The matching dates, soonest first: in the filters' period, or on the days first..last.

    Read along the index on the start time, so that a page costs the same at 50 or 50,000
    dates. The event condition goes through Coalesce() on purpose: a plain `event_id IN (…)`
    lets the database start from the events and sort every one of their dates."""
    events, period = _matching(filters, now, first, last)
    return (
        Occurrence.objects.alias(series=Coalesce("event_id", "event_id"))
        .filter(*period, series__in=events)
        .order_by("start", "pk")
    )


def count(filters: EventFilters, now=None, *, first=None, last=None) -> int:
    """How many dates `dates()` finds. Counting needs no order, so the event condition is a
    plain IN here: SQLite counts that in half the time of the index walk dates() forces."""
    events, period = _matching(filters, now, first, last)
    return Occurrence.objects.filter(*period, event_id__in=events).count()


def calendar_stamp() -> str:
    """A value that changes whenever what the calendar shows may change: an event, a service or
    a provider saved, added or removed, or an event's dates expanded again (which marks the
    event modified). See directory.stamp; the public calendar's pages and feeds are kept under
    it (public/kept.py)."""
    return directory_stamp(Event)


def with_details(occurrences, *, whole=False):
    """The dates with their event, service, provider and place (a calendar row needs only a
    few fields; `whole` loads every field of the events)."""
    rows = occurrences.select_related("event__service__organization__region", "event__location")
    return rows if whole else rows.only(*ROW_FIELDS)


def rows_of(ids):
    """The calendar rows of one page of `dates()` ids, in the page's order."""
    found = {row.pk: row for row in with_details(Occurrence.objects.filter(pk__in=ids))}
    return [found[pk] for pk in ids if pk in found]


def occurrences(filters: EventFilters, now=None, *, first=None, last=None, whole=False):
    """The matching dates with their details, soonest first (for lists read whole)."""
    return with_details(dates(filters, now, first=first, last=last), whole=whole)


def published_event(pk):
    return (
        Event.objects.published()
        .select_related("service__organization__region", "location")
        .prefetch_related("location__addresses", "location__accessibility")
        .filter(pk=pk)
        .first()
    )


def reach(event) -> Reach:
    """How to reach an event, read by directory.reach as the service page reads it: the event's
    own place (below), and its service's phones, e-mails, web pages and opening hours."""
    service = browse.published_service_with_details(event.service_id)
    found = reach_of(service) if service is not None else Reach()
    found.places = places_of(event)
    return found


def places_of(event) -> list[Place]:
    """Where the event is: the service's or provider's place it is held at (address,
    directions, how to get there, accessibility), else the place as the provider's calendar
    names it; and online, when it has an address there."""
    places = []
    if event.location_id:
        places.append(place_of(event.location))
    elif event.place_text:
        places.append(_place(Location.LocationType.PHYSICAL, lines=(event.place_text,)))
    if event.online_url:
        places.append(_place(Location.LocationType.VIRTUAL, url=event.online_url))
    return places


def _place(kind, *, lines=(), url="") -> Place:
    empty = TranslatedText()
    return Place(empty, kind, tuple(lines), url, None, None, empty, empty)


def next_dates(event, limit: int = 8, now=None):
    now = now or timezone.now()
    return list(
        event.occurrences.filter(Q(start__gte=now) | Q(end__gt=now)).order_by("start")[:limit]
    )


def next_dates_of_services(services, per_service: int = 3, now=None) -> dict:
    """{service id: [occurrence, …]}: the next dates of each service's published events, for
    the navigator's path and the service page. One query for all the services."""
    now = now or timezone.now()
    ids = [service.pk for service in services]
    rows = (
        Occurrence.objects.filter(
            event__in=Event.objects.published().filter(service_id__in=ids).values("pk"),
            start__gte=now,
            cancelled=False,
        )
        .select_related("event")
        .only("start", "end", "all_day", "cancelled", "event__name", "event__service_id")
        .order_by("start")[: 40 * max(len(ids), 1)]
    )
    found: dict = {}
    for row in rows:
        kept = found.setdefault(row.event.service_id, [])
        if len(kept) < per_service:
            kept.append(row)
    return found


def events_for_feed(filters: EventFilters, now=None, limit: int = 2000):
    """The published events (whole series) an iCal feed carries: those with a date from a week
    ago on."""
    now = now or timezone.now()
    events = filter_events(Event.objects.published(), filters)
    recent = Occurrence.objects.filter(start__gte=now - datetime.timedelta(days=7)).values(
        "event_id"
    )
    return (
        events.filter(pk__in=recent)
        .select_related("service", "location")
        .prefetch_related(Prefetch("location__addresses"))
        .order_by("start")[:limit]
    )


REGISTRATION_SOON = datetime.timedelta(days=30)


def registration_closing(region, organizations=None, now=None):
    """The region's published events whose registration closes in the next 30 days, soonest
    first; only those of `organizations` when given."""
    now = now or timezone.now()
    events = Event.objects.published().in_region(region)
    if organizations is not None:
        events = events.filter(service__organization__in=organizations)
    return (
        events.filter(
            registration_deadline__gte=now, registration_deadline__lte=now + REGISTRATION_SOON
        )
        .select_related("service")
        .order_by("registration_deadline")
    )
