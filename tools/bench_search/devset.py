"""Quality on the development set: its 25 descriptions become 25 published services, indexed and
searched through the real engine (search.engine.search), and every query is scored."""

from __future__ import annotations

import json
import re
from collections import defaultdict
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
    """recall@5 and MRR@10, overall and per query language; the misses, for reading."""
    by_language = defaultdict(lambda: {"recall": [], "rr": []})
    misses = []
    for query in data["queries"]:
        result = search(query["text"], limit=10, record_unmet=False)
        ranked = [services.get(hit.service.pk) for hit in result.hits]
        relevant = set(query["rel"])
        recall = len(relevant & set(ranked[:5])) / len(relevant)
        rr = next((1 / (i + 1) for i, doc in enumerate(ranked[:10]) if doc in relevant), 0.0)
        for key in ("all", query["lang"]):
            by_language[key]["recall"].append(recall)
            by_language[key]["rr"].append(rr)
        if recall < 1:
            misses.append((query["lang"], query["text"], query["rel"], ranked[:5]))
    table = {
        language: {
            "queries": len(values["recall"]),
            "recall@5": sum(values["recall"]) / len(values["recall"]),
            "mrr@10": sum(values["rr"]) / len(values["rr"]),
        }
        for language, values in by_language.items()
    }
    return {"table": table, "misses": misses}
