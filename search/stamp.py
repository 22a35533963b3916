"""The stamp of search results (see directory.stamp): the directory's, plus the index's version
(which moves with every indexed change, in any process) and the best bets' and synonyms'
version, so a kept results page never outlives a change to what a search would find.

A search made under a stamp (`engine.search(stamp=…)`, the public search page) also uses it
twice more: the index and rules versions it was read with are not read again, and what the
search derives from how services are tagged (which services carry a term, how central each is
to a need) is kept in this process under the stamp and its minute (`kept`). That is as fresh
as the kept page itself, and spares a search nobody asked before a round trip per value.
"""

from __future__ import annotations

import contextvars
from contextlib import contextmanager

from directory.stamp import Stamp, directory_stamp, minute
from search.memo import Memo
from search.models import IndexState, SteeringState

INDEX = ((IndexState, "epoch"), (IndexState, "version"))
STEERING = (SteeringState, "version")
_kept = Memo(512)  # per process: a few values for each of the last hundred-odd searches
_under: contextvars.ContextVar[Stamp | None] = contextvars.ContextVar("results_stamp", default=None)


def results_stamp(*more) -> Stamp:
    return directory_stamp(*more, *INDEX, STEERING)


def index_state(stamp: Stamp | None) -> tuple | None:
    """(epoch, version) of the index as the stamp read it; None without a stamp or an index."""
    if stamp is None:
        return None
    state = tuple(stamp.values[source] for source in INDEX)
    return None if None in state else state


def steering_version(stamp: Stamp | None) -> int | None:
    return None if stamp is None else stamp.values[STEERING]


@contextmanager
def under(stamp: Stamp | None):
    """Let `kept` keep values under `stamp` for the duration (None: keep nothing)."""
    token = _under.set(stamp)
    try:
        yield
    finally:
        _under.reset(token)


def forget() -> None:
    """Drop every value kept in this process (for tests: with a frozen clock, two tests' data
    can have the same stamp)."""
    _kept.clear()


def kept(key, compute):
    """`compute()`, kept under the stamp of the search being made and the minute; computed
    afresh outside one. `key` must name everything the value depends on besides the directory;
    the value must be immutable (it is shared by every later search under the same stamp)."""
    stamp = _under.get()
    if stamp is None:
        return compute()
    return _kept.remember((key, str(stamp), minute()), compute)
