"""`make bench-events`: the calendar's two targets (issue 18), on a scratch database.

1. Aggregation: 50 providers' feeds with 5,000 events between them (a fifth weekly series with
   a left-out date and a cancelled instance, the rest single dates; recurring ones expanded over
   the six-month window), served by a local HTTP server, read by the background job
   (`events.tasks.fetch_event_feeds`, queued and run as the job worker runs it): first read, an
   unchanged re-read (conditional GET: 304), and a re-read after a tenth of every feed changed.
   Target: at most 60 s on 2 cores.
2. The events pages on that calendar, through the whole Django stack with the test client:
   median and p95 server time, queries and bytes. Target: median at most 30 ms, at most 100 KB.
   The calendar and its feeds are kept per address until the calendar changes
   (public/views/events.py), so each is timed as most readers get it (kept), as the first
   reader of an address gets it (new address: the filter choices are kept), and with the cache
   emptied before every request (the first reader after a change).

The scratch database is var/bench/events-bench.sqlite3, or `milestone_events_bench` on the local
PostgreSQL with --database postgresql (BENCH_POSTGRES_URL). Options: --feeds 50 --events 5000
--requests 100.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def feed_text(feed: int, series: int, today, changed: int = 0) -> str:
    """One provider's calendar: `series` events, a fifth of them weekly. The first `changed`
    events carry a new description (a provider editing their calendar)."""
    import datetime

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Bench provider {feed}//EN",
    ]
    for number in range(series):
        day = today + datetime.timedelta(days=(number * 7 + feed) % 170 + 1)
        start = f"{day:%Y%m%d}T{9 + number % 9:02d}0000"
        end = f"{day:%Y%m%d}T{10 + number % 9:02d}0000"
        note = " (changed)" if number < changed else ""
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{feed}-{number}@provider.example",
            "DTSTAMP:20270101T000000Z",
            f"SUMMARY;LANGUAGE=fi:Tapahtuma {feed}-{number}",
            f"DESCRIPTION:Kuvaus {number}{note}",
            f"DTSTART;TZID=Europe/Helsinki:{start}",
            f"DTEND;TZID=Europe/Helsinki:{end}",
        ]
        if number % 5 == 0:
            skipped = day + datetime.timedelta(weeks=2)
            lines += [
                "RRULE:FREQ=WEEKLY;COUNT=26",
                f"EXDATE;TZID=Europe/Helsinki:{skipped:%Y%m%d}T{9 + number % 9:02d}0000",
            ]
        lines.append("END:VEVENT")
        if number % 5 == 0:
            moved = day + datetime.timedelta(weeks=3)
            lines += [
                "BEGIN:VEVENT",
                f"UID:bench-{feed}-{number}@provider.example",
                "DTSTAMP:20270101T000000Z",
                f"RECURRENCE-ID;TZID=Europe/Helsinki:{moved:%Y%m%d}T{9 + number % 9:02d}0000",
                f"SUMMARY;LANGUAGE=fi:Tapahtuma {feed}-{number}",
                f"DTSTART;TZID=Europe/Helsinki:{moved:%Y%m%d}T{9 + number % 9:02d}0000",
                "STATUS:CANCELLED",
                "END:VEVENT",
            ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def _directory(feeds: int):
    from django.contrib.contenttypes.models import ContentType

    from directory.models import (
        Attribute,
        Language,
        Organization,
        Region,
        Service,
        Taxonomy,
        TaxonomyTerm,
    )

    region = Region.objects.create(
        slug="bench", name={"en": "Bench region"}, partner_organization="Bench", country="FI"
    )
    organization = Organization.objects.create(
        region=region, name={"fi": "Järjestäjä"}, description={"fi": "Kuvaus"}
    )
    aim = Taxonomy.objects.create(code="aim", name={"en": "Aims"})
    terms = [
        TaxonomyTerm.objects.create(taxonomy=aim, code=code, name={"en": code})
        for code in ("finnish-language", "labour-market")
    ]
    # bulk_create: the search index is not what is measured here.
    services = Service.objects.bulk_create(
        Service(
            organization=organization,
            name={"fi": f"Palvelu {n}", "en": f"Service {n}"},
            publication_status=Service.Publication.PUBLISHED,
        )
        for n in range(feeds)
    )
    kind = ContentType.objects.get_for_model(Service)
    Attribute.objects.bulk_create(
        Attribute(content_type=kind, link_id=s.pk, taxonomy_term=terms[n % 2])
        for n, s in enumerate(services)
    )
    Language.objects.bulk_create(Language(service=s, code="fi") for s in services)
    return region, services


def _checked(response) -> str:
    """A calendar must parse back (with icalendar, as calendar apps would read it)."""
    if not response["Content-Type"].startswith("text/calendar"):
        return ""
    from icalendar import Calendar

    parsed = Calendar.from_ical(response.content)
    return f"parses: {len(parsed.walk('VEVENT'))} VEVENTs"


def _time_pages(client, pages, requests):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    rows = []
    for name, url, mode in pages:
        for _ in range(3):
            client.get(url)
        times, cpu, queries, size = [], [], [], 0
        for number in range(requests):
            address = url
            if mode == "changed":
                cache.clear()
            elif mode == "new":
                # A parameter the page ignores: an address nobody has asked for yet.
                address = f"{url}{'&' if '?' in url else '?'}reader={number}"
            with CaptureQueriesContext(connection) as captured:
                start, start_cpu = time.perf_counter(), time.process_time()
                response = client.get(address)
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            queries.append(len(captured))
            size = len(response.content)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        rows.append(
            (
                name,
                statistics.median(times),
                p95,
                statistics.median(cpu),
                statistics.median(queries),
                size,
                _checked(response),
            )
        )
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from milestone.benchdb import scratch_database_url

    os.environ["DATABASE_URL"] = scratch_database_url(args.database, "events-bench")
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("STATIC_MANIFEST", "false")
    os.environ["EVENT_FEEDS_ALLOW_PRIVATE"] = "true"
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("LOG_ACCESS", "false")
    # One process's own cache: "first reader" rows empty it before every request.
    os.environ.pop("REDIS_URL", None)
    # Only the job measured runs: the schedule's other jobs stay out.
    os.environ["JOBS_SCHEDULE"] = "false"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "milestone.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.utils import timezone

    from events.models import Event, EventFeed, Occurrence
    from events.tasks import fetch_event_feeds
    from events.tests.conftest import CalendarServer
    from jobs.runner import execute

    load_start = os.getloadavg()
    call_command("migrate", verbosity=0)
    region, services = _directory(args.feeds)
    today = timezone.localdate()
    per_feed = args.events // args.feeds
    server = CalendarServer()
    server.thread.start()
    for n, service in enumerate(services):
        server.put(f"/feed-{n}.ics", feed_text(n, per_feed, today))
        EventFeed.objects.create(service=service, url=server.url(f"/feed-{n}.ics"), approved=True)

    runs = []
    for label, change in (
        ("first read (all new)", None),
        ("unchanged (304 Not Modified)", None),
        ("a tenth of each feed changed", per_feed // 10),
    ):
        if change:
            for n in range(args.feeds):
                server.put(f"/feed-{n}.ics", feed_text(n, per_feed, today, changed=change))
        start, cpu = time.perf_counter(), time.process_time()
        done = execute(str(fetch_event_feeds.enqueue().pk))
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
        assert done.status == done.Status.SUCCEEDED, done.error
        assert not done.result["failed"], done.result["failed"][:3]
        runs.append(
            (
                label,
                seconds,
                cpu_seconds,
                done.result["created"],
                done.result["updated"],
                Event.objects.count(),
                Occurrence.objects.count(),
            )
        )
    server.httpd.shutdown()

    event = Event.objects.filter(rrule__gt="").first()
    client = Client()
    kept_pages = [
        ("calendar, upcoming", "/fi/events/"),
        ("calendar, this week", "/fi/events/?when=week"),
        ("calendar, aim + free", "/fi/events/?aim=labour-market&free=1"),
        ("calendar, page 20", "/fi/events/?page=20"),
        ("calendar in Arabic", "/ar/events/"),
        ("region's iCal feed", "/fi/events.ics"),
        ("service's iCal feed", f"/fi/services/{event.service_id}/events.ics"),
    ]
    pages = [(f"{name}, kept", url, "kept") for name, url in kept_pages]
    pages += [(f"{name}, new address", url, "new") for name, url in kept_pages[:5]]
    pages += [(f"{name}, after a change", url, "changed") for name, url in kept_pages]
    pages += [
        ("event page, kept", f"/fi/events/{event.pk}/", "kept"),
        ("event page, after a change", f"/fi/events/{event.pk}/", "changed"),
        (
            "event .ics (add to my calendar), after a change",
            f"/fi/events/{event.pk}.ics",
            "changed",
        ),
        ("API, 50 dates (not cached)", "/api/v1/events?page_size=50", "kept"),
    ]
    page_rows = _time_pages(client, pages, args.requests)
    load_end = os.getloadavg()

    out = sys.stdout
    out.write(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {today}; database {args.database}; load average "
        f"{load_start[0]:.1f} at the start and {load_end[0]:.1f} at the end.\n\n"
    )
    out.write(
        f"Aggregation: {args.feeds} feeds, {per_feed * args.feeds} events "
        f"({per_feed * args.feeds // 5} weekly series), local HTTP server, read by the "
        "background job\n\n"
    )
    out.write("| run | wall s | CPU s | new | changed | events | dates in window |\n")
    out.write("|---|---|---|---|---|---|---|\n")
    for label, seconds, cpu_seconds, created, updated, events, dates in runs:
        out.write(
            f"| {label} | {seconds:.1f} | {cpu_seconds:.1f} | {created} | {updated} | "
            f"{events} | {dates} |\n"
        )
    out.write(f"\nEvents pages on that calendar ({args.requests} requests each)\n\n")
    out.write("| page | median ms | p95 ms | CPU ms | queries | KB | feed |\n")
    out.write("|---|---|---|---|---|---|---|\n")
    for name, median, p95, cpu_ms, queries, size, checked in page_rows:
        out.write(
            f"| {name} | {median:.1f} | {p95:.1f} | {cpu_ms:.1f} | {queries:.0f} | "
            f"{size / 1024:.1f} | {checked} |\n"
        )


if __name__ == "__main__":
    main()
