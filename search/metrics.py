"""Search's own Prometheus metric (exported with the rest at /metrics, operations/metrics.py)."""

import functools
import time

from prometheus_client import Histogram

SEARCH_SECONDS = Histogram(
    "milestone_search_seconds",
    "Time of one search (language detection, embedding, ranking, fetching the page).",
    buckets=(0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5),
)


def timed_search(function):
    @functools.wraps(function)
    def wrapped(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            SEARCH_SECONDS.observe(time.perf_counter() - started)

    return wrapped
