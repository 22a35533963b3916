"""A staff member's import, step by step, as background jobs.

    upload → CHECKING ─(job: check, roll back)→ PREVIEWED ─(confirm)→ APPLYING ─(job: import)→ APPLIED
                     └→ REJECTED (errors)                                      └→ REJECTED

The web request only records the file and queues the job; the job does the work, reports its
progress (rows per table, then the search index catching up), and changes the state in the same
transaction as the import, so the import and its "applied" are written together or not at all.
A job that dies is run again by the next worker: the batch still says CHECKING or APPLYING, and
the import writes each record by its identifier, so a second run gives the same directory.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from interchange import uploads
from interchange.models import ImportBatch
from interchange.report import Report
from jobs import job, progress
from jobs.base import current
from search.deferred import batched_indexing
from search.tasks import catch_up_index

logger = logging.getLogger(__name__)

#: The stages a batch's job reports, for the pages to name.
ROWS, INDEX = "rows:", "index"


def job_key(batch) -> str:
    return f"import-batch:{batch.pk}"


def submit(region, user, file_name: str, content: bytes, language: str | None) -> ImportBatch:
    """Record an uploaded file and queue its check."""
    with transaction.atomic():
        batch = ImportBatch.objects.create(
            region=region,
            uploaded_by=user,
            file_name=file_name[:255],
            content=content,
            language=language or "",
            status=ImportBatch.Status.CHECKING,
        )
        process_batch.enqueue(batch=batch.pk, key=job_key(batch))
    return batch


def confirm(batch) -> bool:
    """Queue the import of a checked file; False when it is not waiting for confirmation
    (confirmed twice, say), so nothing is imported twice."""
    with transaction.atomic():
        updated = ImportBatch.objects.filter(
            pk=batch.pk, status=ImportBatch.Status.PREVIEWED
        ).update(status=ImportBatch.Status.APPLYING)
        if updated:
            process_batch.enqueue(batch=batch.pk, key=job_key(batch))
    return bool(updated)


def job_of(batch):
    """The batch's latest job, for its progress."""
    from jobs.models import Job

    return Job.objects.filter(key=job_key(batch)).order_by("-created").first()


@job
def process_batch(batch: int) -> dict:
    """Check or import the batch, as its state says; a batch in any other state is left alone."""
    status = ImportBatch.objects.values_list("status", flat=True).get(pk=batch)
    if status not in (ImportBatch.Status.CHECKING, ImportBatch.Status.APPLYING):
        return {"status": status}
    apply = status == ImportBatch.Status.APPLYING
    try:
        return _process(batch, status, apply)
    except (OperationalError, InterfaceError):
        if not _last_attempt():
            raise  # the database's trouble may pass: the job is tried again
        _end_rejected(batch, status)
    except Exception:
        _end_rejected(batch, status)
    return {"status": ImportBatch.Status.REJECTED}


def _end_rejected(batch: int, status: str) -> None:
    """A file that makes the check or the import fail would fail the same way on every attempt.
    The transaction rolled back: end the batch now, saying so, rather than leave it "being
    checked" for ever."""
    logger.exception("Import batch %s failed unexpectedly", batch)
    file_name = ImportBatch.objects.values_list("file_name", flat=True).get(pk=batch)
    report = Report()
    report.error(file_name, None, None, unexpected_failure())
    ImportBatch.objects.filter(pk=batch, status=status).update(
        status=ImportBatch.Status.REJECTED, report=report.as_dict()
    )


def _last_attempt() -> bool:
    running = current.get()
    return running is None or running.attempts >= running.max_attempts


def unexpected_failure() -> str:
    return _(
        "The file could not be checked or imported because of an error on our side. Nothing "
        "was changed; try again, or tell an administrator."
    )


def _process(batch: int, status: str, apply: bool) -> dict:
    with batched_indexing(after_commit=True) as noted:
        with transaction.atomic():
            locked = ImportBatch.objects.select_for_update().get(pk=batch)
            if locked.status != status:
                return {"status": locked.status}
            report = None
            for step in uploads.steps(
                locked.region,
                locked.file_name,
                bytes(locked.content),
                locked.language or None,
                apply=apply,
            ):
                if isinstance(step, Report):
                    report = step
                    continue
                table, done, total = step
                progress(done, total, stage=ROWS + table)
            locked.report = report.as_dict()
            if not report.ok:
                locked.status = ImportBatch.Status.REJECTED
            elif apply:
                locked.status = ImportBatch.Status.APPLIED
                locked.applied = timezone.now()
                locked.content = b""  # imported: the directory holds the data now
            else:
                locked.status = ImportBatch.Status.PREVIEWED
            locked.save(update_fields=["report", "status", "applied", "content"])
        # Committed: the index catches up, with progress (embedding takes most of the time).
        try:
            for done, total in noted.index():
                progress(done, total, stage=INDEX)
        except Exception:
            # The import stands; its services stay on record as pending, for a job of their
            # own to index (retried apart from the import, which must not run again).
            logger.exception("Indexing after import batch %s failed; queued again", batch)
            catch_up_index.enqueue(key="search-catch-up")
    return {"status": locked.status}
