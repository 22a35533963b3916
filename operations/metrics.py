"""Prometheus metrics at /metrics, for the operator's Prometheus only: it answers 404 unless
`METRICS_TOKEN` is set, and then only to `Authorization: Bearer <token>`.

Requests, latencies by view, and database queries come from django-prometheus (its middleware
and database wrappers); search/metrics.py adds search latency, and this module the job queue, and how
far the search index lags behind the directory. Under gunicorn every worker keeps its own
counters; with `PROMETHEUS_MULTIPROC_DIR` set (deploy/serve sets it) the endpoint adds them up.
"""

from __future__ import annotations

import hmac
import os

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily


class _FromDatabase:
    """Read at each scrape: the job queue and the index's backlog."""

    def collect(self):
        from jobs.models import Job
        from jobs.runner import queue_depth
        from search.models import PendingIndex

        yield GaugeMetricFamily(
            "milestone_jobs_queued", "Jobs ready to run and not started.", value=queue_depth()
        )
        yield GaugeMetricFamily(
            "milestone_jobs_running",
            "Jobs running now.",
            value=Job.objects.filter(status=Job.Status.RUNNING).count(),
        )
        pending = PendingIndex.objects.order_by("noted").values_list("noted", flat=True)
        oldest = pending.first()
        yield GaugeMetricFamily(
            "milestone_search_index_pending",
            "Saved services not yet in the search index.",
            value=pending.count(),
        )
        yield GaugeMetricFamily(
            "milestone_search_index_lag_seconds",
            "Age of the oldest service waiting for the search index (0: none waits).",
            value=(timezone.now() - oldest).total_seconds() if oldest else 0.0,
        )


def _authorised(request) -> bool:
    token = settings.METRICS_TOKEN
    if not token:
        return False
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    return hmac.compare_digest(given.encode(), token.encode())


def metrics(request):
    if not _authorised(request):
        raise Http404
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    scrape = CollectorRegistry()
    scrape.register(_FromDatabase())
    body = generate_latest(registry) + generate_latest(scrape)
    return HttpResponse(body, content_type=CONTENT_TYPE_LATEST)
