"""The network's calendar: this week and upcoming, filtered as the directory is; an event's own
page; and the same events as iCalendar feeds."""

import json

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from directory import browse
from directory.models import Region
from directory.templatetags.translated import resolve
from events import ical, listing
from events.models import Event
from public.kept import kept, pages_stamp
from public.views.listing import chips, clean_params, filter_groups, paginate, paging

FACETS = ("aim", "need", "group", "lang")


@kept(pages_stamp)
def calendar_page(request):
    filters = listing.parse_filters(request.GET)
    now = timezone.now()
    ids = listing.dates(filters, now).values_list("pk", flat=True)
    page = paginate(request, ids, count=listing.count(filters, now))
    rows = listing.rows_of(list(page.object_list))
    groups = filter_groups(filters.directory, FACETS, stamp=request.stamp)
    params = clean_params(request, (*FACETS, "free", "when"))
    feed_params = clean_params(request, (*FACETS, "free"))
    free = filters.free
    days = []
    for occurrence in rows:
        day = timezone.localtime(occurrence.start).date()
        if not days or days[-1][0] != day:
            days.append((day, []))
        days[-1][1].append(occurrence)
    return render(
        request,
        "public/events/calendar.html",
        {
            "filters": filters.directory,
            "free": filters.free,
            "when": filters.when,
            "groups": groups,
            "chips": _with_free_chip(
                request, chips(request, filters.directory, groups), params, free
            ),
            "page": page,
            "days": days,
            "total": page.paginator.count,
            "paging": paging(page.number, page.paginator.num_pages, params.urlencode()),
            "feed_query": feed_params.urlencode(),
            "week_query": _with(params, when="week"),
            "upcoming_query": _with(params, when=None),
        },
    )


def _with_free_chip(request, active, params, free) -> dict:
    """ "Free of charge only" is one of the calendar's filters: it shows as a chip and counts on
    the filter toggle like the directory's, and removing it keeps the rest."""
    if free:
        without = _with(params, free=None, page=None)
        active["items"].append(
            {
                "facet_title": _("Cost"),
                "label": _("Free"),
                "remove_url": f"?{without}" if without else request.path,
            }
        )
    return active


def _with(params, **changes) -> str:
    params = params.copy()
    for key, value in changes.items():
        params.pop(key, None)
        if value:
            params[key] = value
    return params.urlencode()


def json_ld(request, event, dates) -> str:
    """schema.org Event data for search engines; '<' escaped so that no text can end the
    script element."""
    status = {
        Event.Status.SCHEDULED: "EventScheduled",
        Event.Status.CANCELLED: "EventCancelled",
        Event.Status.POSTPONED: "EventPostponed",
        Event.Status.RESCHEDULED: "EventRescheduled",
    }[event.status]
    first = dates[0] if dates else event
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": resolve(event.name).text,
        "description": resolve(event.description).text,
        "startDate": first.start.isoformat(),
        "eventStatus": f"https://schema.org/{status}",
        "url": request.build_absolute_uri(),
        "inLanguage": event.language_codes or None,
        "organizer": {
            "@type": "Organization",
            "name": resolve(event.service.organization.name).text,
        },
    }
    if first.end:
        data["endDate"] = first.end.isoformat()
    if event.online_url:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": event.online_url}
    elif event.location_id or event.place_text:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        data["location"] = {"@type": "Place", "name": ical.place_line(event)}
    if event.is_free:
        data["isAccessibleForFree"] = True
    data = {key: value for key, value in data.items() if value not in (None, "", [])}
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@kept(pages_stamp)
def event_detail(request, pk):
    event = listing.published_event(pk)
    if event is None:
        raise Http404
    dates = listing.next_dates(event)
    reach = listing.reach(event)
    region = event.service.organization.region
    return render(
        request,
        "public/events/event.html",
        {
            "event": event,
            "dates": dates,
            "service": event.service,
            "region": region,
            "reach": reach,
            # With no place known, the reach block says so and who can tell.
            "gaps": [] if reach.places else ["place"],
            "advice": region.advice_service
            if region.advice_service_id not in (None, event.service_id)
            else None,
            "json_ld": json_ld(request, event, dates),
            "partly_fallback": resolve(event.name).fell_back
            or resolve(event.description).fell_back,
        },
    )


def _ics(request, events, name, download_name):
    page = lambda event: request.build_absolute_uri(  # noqa: E731
        reverse("public:event", args=[event.pk])
    )
    body = ical.calendar(events, name=name, language=get_language(), page_url=page)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{ical.filename(download_name)}"'
    return response


@kept(pages_stamp)
def event_ics(request, pk):
    event = listing.published_event(pk)
    if event is None:
        raise Http404
    name = resolve(event.name).text
    return _ics(request, [event], name, name)


@kept(pages_stamp)
def calendar_feed(request):
    """The whole calendar, or one region's (?region=), or any filter set's, as iCalendar."""
    filters = listing.parse_filters(request.GET)
    if request.GET.get("region"):
        filters.region = get_object_or_404(Region, slug=request.GET["region"])
    events = listing.events_for_feed(filters)
    return _ics(request, events, _("MILEstone Hub events"), "milestone-hub-events")


@kept(pages_stamp)
def service_feed(request, pk):
    service = get_object_or_404(browse.published_services(), pk=pk)
    filters = listing.EventFilters(service=service)
    name = resolve(service.name).text
    return _ics(request, listing.events_for_feed(filters), name, name)
