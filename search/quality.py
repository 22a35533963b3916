"""Search quality on a judged query set: recall@5 (the share of the expected services among the
first five) and the reciprocal rank of the first expected service within the first ten, per
query, per language and overall. `make bench-search` and the coordinator's quality page both
score through `evaluate`, so their figures are the same on the same set.
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import nullcontext
from dataclasses import dataclass, field

RECALL_AT = 5
RANK_WITHIN = 10


@dataclass(frozen=True)
class Judged:
    text: str
    language: str
    expected: frozenset  # keys of the services that should come first
    key: object = None  # the JudgedQuery's primary key, when it is one


@dataclass
class Outcome:
    query: Judged
    ranked: list  # keys of the first RANK_WITHIN results
    recall: float
    reciprocal_rank: float
    recommended: frozenset = frozenset()  # keys the network's best bets put first

    @property
    def missed(self) -> bool:
        return self.recall < 1

    @property
    def top(self) -> list:
        return self.ranked[:RECALL_AT]


@dataclass
class Figures:
    queries: int
    recall: float
    mrr: float


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def figures(self, language: str | None = None) -> Figures:
        chosen = [o for o in self.outcomes if language in (None, o.query.language)]
        if not chosen:
            return Figures(0, 0.0, 0.0)
        return Figures(
            len(chosen),
            sum(o.recall for o in chosen) / len(chosen),
            sum(o.reciprocal_rank for o in chosen) / len(chosen),
        )

    def languages(self) -> list[str]:
        return sorted({o.query.language for o in self.outcomes})

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.missed]


def score(ranked: list, expected) -> tuple[float, float]:
    """(recall@5, reciprocal rank within the first ten) of one ranked list."""
    expected = set(expected)
    if not expected:
        return 0.0, 0.0
    recall = len(expected & set(ranked[:RECALL_AT])) / len(expected)
    rank = next((i for i, key in enumerate(ranked[:RANK_WITHIN]) if key in expected), None)
    return recall, 0.0 if rank is None else 1 / (rank + 1)


def evaluate(queries, *, key=None, region: str | None = None, book=None, search=None) -> Report:
    """Run every judged query through the engine (as the public site does, without recording
    unmet searches). `key` maps a service to what `expected` holds (its id by default);
    `book` runs them with rules that are not saved yet (a preview)."""
    from directory.filters import ServiceFilters
    from search.engine import search as engine_search
    from search.steering import rules

    search = search or engine_search
    key = key or (lambda service: service.pk)
    report = Report()
    with rules.overriding(book) if book is not None else nullcontext():
        for query in queries:
            result = search(
                query.text,
                filters=ServiceFilters(region=region) if region else None,
                limit=RANK_WITHIN,
                record_unmet=False,
            )
            ranked = [key(hit.service) for hit in result.hits]
            recall, rr = score(ranked, query.expected)
            recommended = frozenset(key(hit.service) for hit in result.hits if hit.recommended)
            report.outcomes.append(Outcome(query, ranked, recall, rr, recommended))
    return report


def judged_set(region) -> list[Judged]:
    """The region's judged queries, as `evaluate` takes them."""
    from search.models import JudgedQuery

    expected = defaultdict(set)
    queries = JudgedQuery.objects.filter(region=region)
    for pk, service_id in queries.values_list("pk", "expected"):
        if service_id is not None:
            expected[pk].add(service_id)
    return [
        Judged(q.text, q.language, frozenset(expected[q.pk]), q.pk)
        for q in queries.order_by("language", "text")
    ]
