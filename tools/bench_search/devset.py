"""Quality on the development set: its 25 descriptions become 25 published services, indexed and
searched through the real engine (search.engine.search), and every query is scored."""

from __future__ import annotations

import json
import re
from pathlib import Path

from django.conf import settings


def load(path: Path | None = None) -> dict:
    path = path or Path(settings.SHARED_DIR) / "search-dev" / "queries.json"
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _title(text: str) -> str:
    """A description's opening phrase (up to the first colon or full stop) as its name."""
    return re.split(r"[:.]\s", text, maxsplit=1)[0].strip(" .")


def create_services(data: dict, organization) -> dict:
    """One published service per description, in the description's language; returns
    {service id: doc id}."""
    from directory.models import Service
    from directory.translation import TranslatedText

    services = {}
    for doc_id, doc in data["docs"].items():
        service = Service.objects.create(
            organization=organization,
            name=TranslatedText({doc["lang"]: _title(doc["text"])}),
            description=TranslatedText({doc["lang"]: doc["text"]}),
            publication_status=Service.Publication.PUBLISHED,
        )
        services[service.pk] = doc_id
    return services


def evaluate(data: dict, services: dict, search) -> dict:
    """recall@5 and MRR@10, overall and per query language; the misses, for reading. Scored by
    search.quality, as the coordinator's quality page scores its judged set."""
    from search import quality

    queries = [
        quality.Judged(query["text"], query["lang"], frozenset(query["rel"]))
        for query in data["queries"]
    ]
    report = quality.evaluate(queries, key=lambda service: services.get(service.pk), search=search)
    table = {}
    for language in [None, *report.languages()]:
        figures = report.figures(language)
        table[language or "all"] = {
            "queries": figures.queries,
            "recall@5": figures.recall,
            "mrr@10": figures.mrr,
        }
    misses = [
        (o.query.language, o.query.text, sorted(o.query.expected), o.top) for o in report.misses
    ]
    return {"table": table, "misses": misses}
