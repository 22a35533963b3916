"""The unmet-needs log as work for the coordinator: searches that found nothing, or nothing
convincing, grouped by their words (case, accents and spacing aside), most frequent first. Each
group is a candidate for a synonym (the words mean something the directory says otherwise) or a
best bet (the right service exists but is not found)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from search.analysis import fold
from search.unmet import recent

DAYS = 90


@dataclass
class Suggestion:
    text: str  # the most recent wording
    language: str
    searches: int
    without_results: int
    last: datetime


def suggestions(region, *, days: int = DAYS, limit: int = 100) -> list[Suggestion]:
    since = timezone.now() - timedelta(days=days)
    groups: dict[str, Suggestion] = {}
    rows = recent(region=region.slug, since=since).values_list(
        "query", "detected_language", "result_count", "searched_at"
    )
    for query, language, count, searched_at in rows[:5000]:  # newest first
        key = " ".join(fold(query).split())
        if not key:
            continue
        group = groups.get(key)
        if group is None:
            group = groups[key] = Suggestion(query, language, 0, 0, searched_at)
        group.searches += 1
        group.without_results += count == 0
    ordered = sorted(groups.values(), key=lambda g: (-g.searches, -g.last.timestamp()))
    return ordered[:limit]
