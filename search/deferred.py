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
  Embedding runs at about 20 texts a second on two cores, so a 5,000-service import spends
  minutes on it; holding the import's write transaction that long would lock SQLite for every
  other writer. The price is a window after the commit in which new services are not yet
  findable; if the process dies in it, `manage.py rebuild_search_index` (which embeds only
  what changed) catches the index up, and a failure is logged saying so.

Deletions are never deferred: the index rows go with the service (a foreign key that cascades),
so `remove_services` must run before the service's delete, in its transaction; it embeds nothing.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from functools import partial

from django.db import transaction

from search.indexing import index_services

logger = logging.getLogger(__name__)

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
        if self.after_commit:
            # Run at once outside a transaction; dropped if the save's transaction rolls back.
            transaction.on_commit(partial(self._ids.setdefault, service_id, None))
        else:
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
                "The search index could not be updated for %d saved services; run "
                "`manage.py rebuild_search_index` to bring it up to date.",
                len(self),
            )


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
