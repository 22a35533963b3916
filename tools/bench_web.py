"""`make bench-web` (`python -m tools.bench_web`): server time of the public pages, the staff
home and the coordinator's dashboard on the demo data, through the whole Django stack
(middleware, views, templates) with the test client, as a table.

Server time only: no network, no browser. Run on the development database after `make demo`.
"""

import os
import statistics
import time

from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

TARGET_SERVICE_MEDIAN_MS = 30.0
TARGET_DASHBOARD_MEDIAN_MS = 300.0


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


class Command(BaseCommand):
    help = "Time the public pages (median and p95 over N requests) on the demo data."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=200, help="requests per page type")
        parser.add_argument("--language", default="fi")

    @override_settings(TWO_FACTOR_REQUIRED=False)
    def handle(self, *args, requests, language, **options):
        # Imported here: run as `python -m tools.bench_web`, Django is set up only in __main__.
        from directory.models import Organization, Service

        services = list(Service.objects.published().values_list("pk", flat=True))
        if not services:
            raise CommandError("No published services: load the demo data first (make demo).")
        organization = (
            Organization.objects.filter(services__pk__in=services).values_list("pk", flat=True)
        ).first()
        lang = language
        # Services with places, phones and hours (the Open Referral example region's).
        full = list(
            Service.objects.published()
            .filter(service_at_locations__isnull=False, phones__isnull=False)
            .filter(schedules__isnull=False)
            .values_list("pk", flat=True)
            .distinct()
        )
        pages = [
            ("service page", [f"/{lang}/services/{pk}/" for pk in services]),
            ("home", [f"/{lang}/"]),
            ("browse, all services", [f"/{lang}/services/"]),
            ("browse, two filters", [f"/{lang}/services/?aim=labour-market&lang=en"]),
            ("organization page", [f"/{lang}/organizations/{organization}/"]),
            ("search", [f"/{lang}/search/?q=suomen+kieli", f"/{lang}/search/?q=job"]),
        ]
        if full:
            pages.insert(
                1, ("service, full reach data", [f"/{lang}/services/{pk}/" for pk in full])
            )
        else:
            self.stdout.write("No service with places, phones and hours: that row is left out.")
        # Public pages are kept for the next readers (public.kept): the rows above time their
        # rendering (the kept copy dropped before each request); these time what later readers
        # of the same address get.
        pages += [
            ("service page, kept", [f"/{lang}/services/{pk}/" for pk in services[:5]]),
            ("search, kept", [f"/{lang}/search/?q=suomen+kieli", f"/{lang}/search/?q=job"]),
        ]
        public, staff = Client(), self._coordinator_client()
        staff_pages = [
            ("staff: dashboard", [f"/staff/regions/{slug}/"]) for slug in self._busiest_region()
        ] + [("staff: home", ["/staff/"])]
        pages += staff_pages
        rows = []
        for name, urls in pages:
            client = staff if name.startswith("staff") else public
            for url in urls[:5]:  # warm caches, templates and the search index
                self._get(client, url)
            times, cpu, queries = [], [], []
            for i in range(requests):
                url = urls[i % len(urls)]
                if client is public and not name.endswith(", kept"):
                    caches["pages"].clear()
                with CaptureQueriesContext(connection) as captured:
                    start, start_cpu = time.perf_counter(), time.process_time()
                    self._get(client, url)
                    times.append((time.perf_counter() - start) * 1000)
                    cpu.append((time.process_time() - start_cpu) * 1000)
                queries.append(len(captured))
            rows.append(
                (
                    name,
                    len(times),
                    statistics.median(times),
                    percentile(times, 0.95),
                    statistics.median(cpu),
                    statistics.median(queries),
                )
            )
            reset_queries()

        engine = connection.vendor
        self.stdout.write(
            f"Pages, server time through the Django test client ({engine}, "
            f"language {lang}, {len(services)} published services)\n"
        )
        header = (
            f"{'page':<24} {'requests':>8} {'median ms':>10} {'p95 ms':>8} "
            f"{'cpu ms':>7} {'queries':>8}"
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for name, count, median, p95, cpu_median, query_count in rows:
            self.stdout.write(
                f"{name:<24} {count:>8} {median:>10.1f} {p95:>8.1f} {cpu_median:>7.1f} "
                f"{query_count:>8.0f}"
            )
        dashboard = [row[2] for row in rows if row[0] == "staff: dashboard"]
        if dashboard:
            verdict = "meets" if dashboard[0] <= TARGET_DASHBOARD_MEDIAN_MS else "MISSES"
            self.stdout.write(
                f"\nCoordinator's dashboard median {dashboard[0]:.1f} ms {verdict} the target of "
                f"{TARGET_DASHBOARD_MEDIAN_MS:.0f} ms."
            )
        service_median = max(
            row[2] for row in rows if row[0].startswith("service") and "kept" not in row[0]
        )
        verdict = "meets" if service_median <= TARGET_SERVICE_MEDIAN_MS else "MISSES"
        load = os.getloadavg()[0]
        self.stdout.write(
            f"\nService page median (slowest kind) {service_median:.1f} ms {verdict} the target of "
            f"{TARGET_SERVICE_MEDIAN_MS:.0f} ms. Load average during the run: {load:.1f} on "
            f"{os.cpu_count()} cores (cpu ms is this process's own CPU time; wall time grows "
            "when other processes compete for the cores)."
        )

    @staticmethod
    def _busiest_region():
        """The slug of the region with the most published services (the demo's Jyväskylä)."""
        from django.db.models import Count

        from directory.models import Region, Service

        counts = (
            Region.objects.filter(organizations__services__in=Service.objects.published())
            .annotate(services=Count("organizations__services"))
            .order_by("-services")
            .values_list("slug", flat=True)
        )
        return list(counts[:1])

    @staticmethod
    def _coordinator_client():
        """A client signed in as the busiest region's coordinator (a bench-only account, made
        once). The second factor is no part of what is measured: `handle` runs with
        TWO_FACTOR_REQUIRED off, as development does."""
        from django.contrib.auth import get_user_model

        from coordination.models import Membership, Role
        from directory.models import Region

        user, _created = get_user_model().objects.get_or_create(username="bench-coordinator")
        for slug in Command._busiest_region():
            Membership.objects.get_or_create(
                user=user, role=Role.COORDINATOR, region=Region.objects.get(slug=slug)
            )
        client = Client()
        client.force_login(user)
        return client

    @staticmethod
    def _get(client, url):
        response = client.get(url)
        if response.status_code != 200:
            raise CommandError(f"{url} answered {response.status_code}")
        return response


if __name__ == "__main__":
    import sys

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "milestone.settings")
    django.setup()
    Command().run_from_argv(["manage.py", "bench_web", *sys.argv[1:]])
