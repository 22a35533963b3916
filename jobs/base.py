"""Defining, enqueueing and reporting on jobs (the API `jobs/__init__.py` describes)."""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.utils import timezone, translation

#: The job this thread is running, for `progress()`.
current = contextvars.ContextVar("current_job", default=None)

_PROGRESS_KEY = "jobs:progress:{}"


class GiveUp(Exception):  # noqa: N818 - says what the job does, not that it is an error
    """Raised by a job that knows another attempt cannot succeed."""


@dataclass
class JobDefinition:
    function: Callable
    name: str
    max_attempts: int

    def __call__(self, **arguments):
        return self.function(**arguments)

    def enqueue(self, *, key: str = "", run_after: datetime | None = None, **arguments):
        return enqueue(self, key=key, run_after=run_after, **arguments)


def job(function=None, *, max_attempts: int = 3):
    """Make `function` a job (see the package's docstring)."""

    def wrap(function):
        definition = JobDefinition(
            function, f"{function.__module__}.{function.__qualname__}", max_attempts
        )
        functools.update_wrapper(definition, function)
        return definition

    return wrap(function) if function else wrap


def enqueue(definition: JobDefinition, *, key: str = "", run_after=None, **arguments):
    """Queue `definition` with `arguments`; returns its `Job` (the waiting or running one with
    the same `key`, if there is one)."""
    from jobs.models import Job
    from jobs.runner import deliver

    if key:
        existing = Job.objects.filter(key=key, status__in=Job.UNFINISHED).first()
        if existing:
            return existing
    try:
        with transaction.atomic():
            queued = Job.objects.create(
                name=definition.name,
                arguments=arguments,
                language=translation.get_language() or "",
                key=key,
                max_attempts=definition.max_attempts,
                run_after=run_after or timezone.now(),
            )
            deliver.using(run_after=run_after).enqueue(str(queued.pk))
    except IntegrityError:
        if not key:
            raise
        # Another process queued the same key between our look and our write.
        return Job.objects.get(key=key, status__in=Job.UNFINISHED)
    return queued


def progress(done: int, total: int | None = None, stage: str = "") -> None:
    """Report how far the running job has come. Outside a transaction it is saved on the job;
    inside one (an import writes in one transaction) it goes to the shared cache only, since a
    write there would be invisible, or on SQLite wait for the transaction, until the commit."""
    running = current.get()
    if running is None:
        return
    values = {"done": done, "total": total, "stage": stage}
    running.last_progress = values  # saved with the outcome, whatever happened meanwhile
    cache.set(_PROGRESS_KEY.format(running.pk), values, 3600)
    if not connection.in_atomic_block:
        type(running).objects.filter(pk=running.pk).update(heartbeat=timezone.now(), **values)


def live_progress(job) -> dict:
    """done / total / stage of `job`: the latest reported, from the cache while it runs."""
    saved = {"done": job.done, "total": job.total, "stage": job.stage}
    if job.is_finished:
        return saved
    return cache.get(_PROGRESS_KEY.format(job.pk)) or saved
