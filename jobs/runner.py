"""Running jobs: the one django-tasks task that delivers every attempt, the worker loop around
django-tasks-db's worker, and the recovery of jobs whose worker died."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import traceback
from contextlib import nullcontext
from datetime import timedelta

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.utils import timezone, translation
from django.utils.module_loading import import_string

from jobs.base import GiveUp, current
from jobs.models import Job

try:  # Django 6 has the tasks framework built in; django-tasks is its backport.
    from django.tasks import task
except ImportError:
    from django_tasks import task

logger = logging.getLogger(__name__)

#: Seconds between a running job's signs of life; a job silent for `JOBS_LEASE` seconds on
#: another machine is taken to be orphaned.
HEARTBEAT = 30


def identity() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:64]


@task()
def deliver(job_id: str) -> None:
    """One attempt at a job. Errors are the job's business (recorded, retried), not the
    delivery's: the delivery always succeeds."""
    execute(job_id)


def execute(job_id: str) -> Job | None:
    with transaction.atomic():
        claimed = Job.objects.select_for_update().filter(pk=job_id).first()
        # A second delivery of the same attempt (after a recovery, say) finds it taken.
        if claimed is None or claimed.status != Job.Status.QUEUED:
            return claimed
        now = timezone.now()
        claimed.status = Job.Status.RUNNING
        claimed.attempts += 1
        claimed.worker = identity()
        claimed.started = claimed.heartbeat = now
        claimed.save(update_fields=["status", "attempts", "worker", "started", "heartbeat"])
    token = current.set(claimed)
    beating = _Heartbeat(claimed.pk)
    try:
        definition = import_string(claimed.name)
        with translation.override(claimed.language) if claimed.language else nullcontext():
            result = definition(**claimed.arguments)
    except Exception as error:
        _save_progress(claimed)
        _failed(claimed, error)
    else:
        _save_progress(claimed)
        Job.objects.filter(pk=claimed.pk).update(
            status=Job.Status.SUCCEEDED, result=result, finished=timezone.now(), error=""
        )
    finally:
        beating.stop()
        current.reset(token)
    claimed.refresh_from_db()
    return claimed


def _save_progress(claimed: Job) -> None:
    values = getattr(claimed, "last_progress", None)
    if values:
        Job.objects.filter(pk=claimed.pk).update(**values)


def _failed(claimed: Job, error: Exception) -> None:
    logger.exception("Job %s (%s) failed, attempt %d", claimed.pk, claimed.name, claimed.attempts)
    text = "".join(traceback.format_exception(error))[-10000:]
    if isinstance(error, GiveUp) or claimed.attempts >= claimed.max_attempts:
        Job.objects.filter(pk=claimed.pk).update(
            status=Job.Status.FAILED, error=text, finished=timezone.now()
        )
        return
    delay = timedelta(seconds=settings.JOBS_RETRY_DELAY * 2 ** (claimed.attempts - 1))
    _requeue(claimed, error=text, run_after=timezone.now() + delay)


def _requeue(claimed: Job, *, error: str, run_after) -> None:
    with transaction.atomic():
        Job.objects.filter(pk=claimed.pk).update(
            status=Job.Status.QUEUED, error=error, run_after=run_after, worker=""
        )
        deliver.using(run_after=run_after).enqueue(str(claimed.pk))


class _Heartbeat:
    """Marks the running job alive every HEARTBEAT seconds from a thread of its own. On SQLite
    a long write transaction makes a beat wait or fail; a missed beat only matters after
    `JOBS_LEASE` seconds, and only to workers on other machines."""

    def __init__(self, job_id):
        self.job_id = job_id
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, daemon=True)
        self._thread.start()

    def _beat(self):
        try:
            while not self._stop.wait(HEARTBEAT):
                try:
                    Job.objects.filter(pk=self.job_id).update(heartbeat=timezone.now())
                except Exception:  # noqa: BLE001 - a missed beat is harmless
                    logger.debug("Heartbeat of job %s missed", self.job_id, exc_info=True)
        finally:
            connection.close()

    def stop(self):
        self._stop.set()
        self._thread.join(timeout=5)


def _alive(worker: str) -> bool:
    host, _, pid = worker.rpartition(":")
    if host != socket.gethostname():
        return True  # another machine's: judged by its heartbeat
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def recover(now=None) -> int:
    """Queue again the running jobs whose worker is gone: a process of this machine that no
    longer exists, or silent for longer than `JOBS_LEASE`. Returns how many."""
    now = now or timezone.now()
    lease = now - timedelta(seconds=settings.JOBS_LEASE)
    recovered = 0
    for running in Job.objects.filter(status=Job.Status.RUNNING):
        if running.worker == identity():
            continue
        if _alive(running.worker) and (running.heartbeat or running.created) > lease:
            continue
        note = f"The worker {running.worker} stopped during attempt {running.attempts}."
        logger.warning("Job %s (%s): %s", running.pk, running.name, note)
        if running.attempts >= running.max_attempts:
            Job.objects.filter(pk=running.pk, status=Job.Status.RUNNING).update(
                status=Job.Status.FAILED, error=note, finished=now
            )
        else:
            _requeue(running, error=note, run_after=now)
        recovered += 1
    _drop_orphaned_deliveries()
    return recovered


def _drop_orphaned_deliveries() -> None:
    """django-tasks-db leaves a delivery 'running' when its worker dies; the job above has a
    new one, so the old is marked failed (it would otherwise count as work in progress)."""
    from django_tasks_db.models import DBTaskResult

    for delivery in DBTaskResult.objects.running().only("worker_ids"):
        if delivery.worker_ids and not _alive(delivery.worker_ids[-1]):
            delivery.set_failed(RuntimeError("worker died"))


def queue_depth() -> int:
    return Job.objects.filter(status=Job.Status.QUEUED, run_after__lte=timezone.now()).count()


class Worker:
    """`manage.py run_jobs`: recover, run the schedule, then deliver jobs until stopped (or,
    with `batch`, until none is ready)."""

    def __init__(self, *, interval: float = 1.0, batch: bool = False):
        from django_tasks_db.management.commands.db_worker import Worker as DatabaseWorker

        self.interval = interval
        self.batch = batch
        self.tasks = DatabaseWorker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=identity(),
            excluded_queue_names=[],
        )

    def housekeeping(self, *, starting: bool = False) -> None:
        from jobs import schedule

        recover()
        schedule.run_due(starting=starting)

    def run(self) -> None:
        self.tasks.configure_signals()
        self.housekeeping(starting=True)
        last = time.monotonic()
        while self.tasks.running:
            self.tasks.run()  # every ready delivery, then back here
            close_old_connections()
            if self.batch:
                return
            if time.monotonic() - last >= settings.JOBS_HOUSEKEEPING:
                self.housekeeping()
                last = time.monotonic()
            time.sleep(self.interval)
