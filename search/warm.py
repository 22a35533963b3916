"""Everything a search needs, loaded before a process takes traffic.

The app server calls `warm_up()` once in its master process, before it forks the web workers
(gunicorn's `preload_app`): the model, the language detector, this process's copy of the index
and the caches derived from it are then shared by every worker, copy-on-write, instead of being
loaded by each on its first search (3–13 s, and a copy of everything per worker).
"""

from __future__ import annotations

import logging
import time

logger = logging.getLogger(__name__)

# One query per script the detector and analysers handle differently.
QUERIES = ("suomen kielen kurssi", "looking for a job", "أبحث عن عمل", "找工作")

_warm = False


def prepare_model(**kwargs) -> None:
    """Build the embedding model's files (the ONNX graph) if they are missing: run after
    `migrate`, so that installing, not the first search, pays for it."""
    from search.embeddings import get_backend

    backend = getattr(get_backend(), "backend", None)
    if hasattr(backend, "prepare"):
        backend.prepare()


def warm_up() -> float:
    """Run a few searches; returns the seconds it took."""
    global _warm
    from search.engine import search

    started = time.monotonic()
    for query in QUERIES:
        search(query, record_unmet=False)
    _warm = True
    took = time.monotonic() - started
    logger.info("Search warmed up in %.1f s", took)
    return took


def is_warm() -> bool:
    return _warm


def loaded() -> bool:
    """Whether this process has the model and the index in memory (for /readyz)."""
    from search import memory

    return _warm and memory._index is not None
