"""Saving many services at once (an import, the demo data) without indexing each save by itself.

Under `batched_indexing()` a saved service is only noted; the noted services are brought up to
date together, `CHUNK` at a time, by `search.indexing.index_services`, which embeds their changed
passages in batches and bumps the index version once per call. Outside a block every save is
indexed at once, as before. Blocks nest: an inner block joins the outermost one, whose choice of
when to index holds for all.

When to index:
- `batched_indexing()` indexes when the block ends, inside whatever transaction is open: if that
  transaction rolls back, the index rows roll back with the services. Right for small batches
  such as the demo data.
- `batched_indexing(after_commit=True)` notes a save only once its transaction commits (a
  rolled-back save is never noted) and indexes once the block's transaction has committed.
  Embedding runs at about 150 texts a second on two cores, so a 12,000-service import spends
  over a minute on it; holding the import's write transaction that long would lock SQLite for
  every other writer. The price is a window after the commit in which new services are not
  yet findable. Each noted service is also recorded in `PendingIndex`, in the save's own
  transaction, and the record is removed once the service is indexed: if the process dies in
  the window, the job worker finds the record (when it starts, and every ten minutes: see
  `jobs.schedule`) and `catch_up()` finishes the work. Nobody has to run a command.

Deletions are never deferred: the index rows go with the service (a foreign key that cascades),
so `remove_services` must run before the service's delete, in its transaction; it embeds nothing.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from datetime import timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone

from search.indexing import index_services
from search.models import PendingIndex

logger = logging.getLogger(__name__)

# A pending service older than this is taken to be abandoned by the process that noted it.
ABANDONED_AFTER = timedelta(minutes=10)

# Services per index_services call: bounds the memory of one call and lets a caller show
# progress (and searches see the first services) long before the last are embedded.
CHUNK = 200

_local = threading.local()


class Noted:
    """The services a block has seen saved, in the order they were first saved."""

    def __init__(self, *, after_commit: bool):
        self.after_commit = after_commit
        self._ids: dict = {}

    def note(self, service_id) -> None:
        self.note_many([service_id])

    def note_many(self, service_ids) -> None:
        """Note services saved together (an import's chunk): one insert for all of them, where
        one per service cost an import a statement per service."""
        service_ids = list(dict.fromkeys(service_ids))
        if not service_ids:
            return
        if self.after_commit:
            # On record in the save's transaction, so that it outlives this process.
            PendingIndex.objects.bulk_create(
                [PendingIndex(service_id=service_id) for service_id in service_ids],
                ignore_conflicts=True,
            )
            # Run at once outside a transaction; dropped if the save's transaction rolls back.
            transaction.on_commit(partial(self._add, service_ids))
        else:
            self._add(service_ids)

    def _add(self, service_ids) -> None:
        for service_id in service_ids:
            self._ids.setdefault(service_id, None)

    def __len__(self) -> int:
        return len(self._ids)

    def index(self):
        """Index the noted services now, `CHUNK` per call, yielding (done, total) after each
        call. Services noted meanwhile are indexed too; each service is indexed once."""
        done = 0
        while self._ids:
            chunk = list(self._ids)[:CHUNK]
            index_services(chunk)
            PendingIndex.objects.filter(service_id__in=chunk).delete()
            for service_id in chunk:
                del self._ids[service_id]
            done += len(chunk)
            yield done, done + len(self._ids)

    def flush(self) -> None:
        for _step in self.index():
            pass

    def flush_committed(self) -> None:
        """Index after a commit: the services are in the directory whatever happens here, so a
        failure is logged with the way to repair it rather than raised at whoever committed."""
        try:
            self.flush()
        except Exception:
            logger.exception(
                "The search index could not be updated for %d saved services; they stay on "
                "record and the job worker (`manage.py run_jobs`) indexes them.",
                len(self),
            )


def pending() -> bool:
    return PendingIndex.objects.exists()


def abandoned() -> bool:
    return PendingIndex.objects.filter(noted__lt=timezone.now() - ABANDONED_AFTER).exists()


def catch_up():
    """Index every service on record as pending (left by a process that died, or still being
    indexed by one that lives: indexing twice is harmless). Yields (done, total)."""
    noted = Noted(after_commit=False)
    for service_id in PendingIndex.objects.order_by("noted").values_list("service_id", flat=True):
        noted._ids.setdefault(service_id, None)
    yield from noted.index()


def current() -> Noted | None:
    """The outermost open block of this thread, if any."""
    return getattr(_local, "noted", None)


@contextmanager
def batched_indexing(*, after_commit: bool = False):
    """Note saved services instead of indexing each; index them together at the end (see the
    module's docstring for when). Yields the `Noted` services, whose `index()` a caller may run
    itself, after its transaction has committed, to show progress."""
    outer = current()
    if outer is not None:
        yield outer
        return
    noted = Noted(after_commit=after_commit)
    _local.noted = noted
    failed = False
    try:
        yield noted
    except BaseException:
        failed = True
        raise
    finally:
        _local.noted = None
        if after_commit or failed:
            # After the notes (on_commit callbacks run in order); at once when no transaction
            # is open, never when it rolls back.
            transaction.on_commit(noted.flush_committed)
        else:
            noted.flush()
