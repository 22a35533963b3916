"""The unmet-needs log as work for the coordinator: searches that found nothing, or nothing
convincing, grouped by their words (case, accents and spacing aside), most frequent first. Each
group is a candidate for a synonym (the words mean something the directory says otherwise) or a
best bet (the right service exists but is not found)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils import timezone

from search.analysis import normalise_query
from search.unmet import recent

DAYS = 90


@dataclass
class Suggestion:
    text: str  # the most recent wording
    language: str  # the words' language, as detected
    searches: int
    without_results: int
    last: datetime
    # How many of the searches were made on a page in each language (unknown: "").
    page_languages: Counter = field(default_factory=Counter)

    @property
    def page_language_counts(self) -> list[tuple[str, int]]:
        """The pages' languages, most searches first (then by code); searches kept before the
        page's language was recorded are left out."""
        counts = sorted(self.page_languages.items(), key=lambda item: (-item[1], item[0]))
        return [(code, n) for code, n in counts if code]


def suggestions(region, *, days: int = DAYS, limit: int = 100) -> list[Suggestion]:
    """The region's unmet searches of the last `days`, one group per normalised query
    (search.analysis.normalise_query), most searched first."""
    since = timezone.now() - timedelta(days=days)
    groups: dict[str, Suggestion] = {}
    rows = recent(region=region.slug, since=since).values_list(
        "query", "detected_language", "page_language", "result_count", "searched_at"
    )
    for query, language, page_language, count, searched_at in rows[:5000]:  # newest first
        key = normalise_query(query)
        if not key:
            continue
        group = groups.get(key)
        if group is None:
            group = groups[key] = Suggestion(query, language, 0, 0, searched_at)
        group.searches += 1
        group.without_results += count == 0
        group.page_languages[page_language] += 1
    ordered = sorted(groups.values(), key=lambda g: (-g.searches, -g.last.timestamp()))
    return ordered[:limit]
