"""Jobs that run on their own: the worker queues each when its period comes round.

An entry's period names its run: `daily` → "2026-12-02", `monthly` → "2026-12", `hourly`,
a number of minutes, or `start`: whenever a worker starts. The job is queued once per run with the key "schedule:<job>:<run>", so
several workers, or a worker restarted, never queue a run twice; a run that fails is retried
as any job. `when` (a dotted path to a function of no arguments) skips a run with nothing to do.
Add an entry here to schedule more; `JOBS_SCHEDULE=false` turns the schedule off for a worker
(when cron runs the same commands instead).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

from jobs.base import enqueue
from jobs.models import Job


@dataclass(frozen=True)
class Entry:
    job: str  # dotted path to a @job
    period: str | int  # "start" (when a worker starts), "hourly", "daily", "monthly", minutes
    when: str = ""  # dotted path: run only when this returns true

    def run_name(self, now) -> str:
        local = timezone.localtime(now)
        if self.period == "start":
            return local.strftime("start-%Y%m%dT%H%M%S%f")
        if self.period == "monthly":
            return local.strftime("%Y-%m")
        if self.period == "daily":
            return local.strftime("%Y-%m-%d")
        if self.period == "hourly":
            return local.strftime("%Y-%m-%dT%H")
        minutes = int(self.period)
        slot = int(local.timestamp() // (60 * minutes))
        return f"every-{minutes}-min-{slot}"


SCHEDULE = [
    Entry("coordination.tasks.purge_feedback", "daily"),
    Entry("search.tasks.purge_unmet_searches", "daily"),
    Entry("events.tasks.fetch_event_feeds", "hourly"),
    Entry("events.tasks.send_event_digests", "daily"),
    # Each region named in PTV_SYNC kept in step with Suomi.fi's service catalogue.
    Entry(
        "interchange.ptv.tasks.sync_ptv_nightly",
        "daily",
        when="interchange.ptv.tasks.ptv_configured",
    ),
    Entry("coordination.tasks.send_freshness_reminders", "monthly"),
    Entry("jobs.housekeeping.prune_finished", "daily"),
    # Services saved but not yet indexed (a process died between an import's commit and its
    # indexing): finished when a worker starts, and looked for every ten minutes.
    Entry("search.tasks.catch_up_index", "start", when="search.deferred.pending"),
    Entry("search.tasks.catch_up_index", 10, when="search.deferred.abandoned"),
]


def run_due(*, now=None, starting: bool = False) -> list[Job]:
    """Queue each entry whose run has not been queued yet; returns the jobs queued."""
    if not settings.JOBS_SCHEDULE:
        return []
    now = now or timezone.now()
    queued = []
    for entry in SCHEDULE:
        if entry.period == "start" and not starting:
            continue
        name = entry.run_name(now)
        key = f"schedule:{entry.job}:{name}"[:200]
        if Job.objects.filter(key=key).exists():
            continue
        if entry.when and not import_string(entry.when)():
            continue
        queued.append(enqueue(import_string(entry.job), key=key))
    return queued
