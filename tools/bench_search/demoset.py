"""Quality on the demo directory: a held-out query set (demo_queries.json) over the 59 services
of the source document, loaded as `load_demo_data` loads them and indexed with the real model.

The development set is what the ranking is tuned on; this set is not, so a change that helps
those 43 queries but hurts real use shows up here. Scoring is the development set's own
(devset.evaluate).

It is measured twice: as the engine ranks on its own, and with the demo data's best bets and
synonyms (search/steering/demo.py, written from the source document, not from this set)."""

from __future__ import annotations

from pathlib import Path

from tools.bench_search import devset

PATH = Path(__file__).with_name("demo_queries.json")


def load(path: Path | None = None) -> dict:
    return devset.load(path or PATH)


def load_directory() -> dict:
    """The demo directory, indexed as `make run` indexes it; returns {service id: demo service
    key}."""
    from demodata.loading import load_directory_demo
    from directory.demo import data
    from directory.demo.loader import demo_uuid

    load_directory_demo()
    return {demo_uuid("service", entry["key"]): entry["key"] for entry in data.SERVICES}


def quality(data: dict | None = None) -> tuple[dict, dict]:
    """recall@5 and MRR@10, overall and per language, and the misses: without, then with the
    demo best bets and synonyms. The demo services are deleted afterwards (their best bets with
    them), so what is measured next sees the index as it was; the demo synonyms stay, so the
    latency is measured with rules to match."""
    from directory.models import Service
    from search.engine import search
    from search.steering.demo import load_demo_steering

    services = load_directory()
    data = data or load()
    try:
        plain = devset.evaluate(data, services, search)
        load_demo_steering()
        steered = devset.evaluate(data, services, search)
        return plain, steered
    finally:
        # A queryset delete still sends pre_delete per service, which unindexes it.
        Service.objects.filter(pk__in=list(services)).delete()
