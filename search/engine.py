"""The one search interface. The public search page, /api/hsds/services?search= and the navigator
all call `search()`; nothing else queries services by text.

Hybrid and cross-lingual: the query's meaning (multilingual-e5 vectors of every translation of
every published service, ranked in memory) decides the order; its words (per-language analysis,
FTS5 or PostgreSQL full-text search) add a bounded bonus; an exact name wins. See ranking.py.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from django.utils.translation import gettext as _

from directory.filters import ServiceFilters, is_uuid
from directory.models import Organization, Service
from directory.stamp import Stamp
from directory.translation import normalise_language
from search import memory, ranking
from search.embeddings import get_backend
from search.language import detect_language
from search.metrics import timed_search
from search.similarity import calibration
from search.stamp import index_state, steering_version, under
from search.steering.plan import plan as steering_plan
from search.text import clean_query

_embedder = ThreadPoolExecutor(max_workers=2, thread_name_prefix="search-embed")


def _new_embedder():
    # A process forked from a warmed-up one (gunicorn's preloading master) inherits the pool
    # but not its threads, and would wait on them forever.
    global _embedder
    _embedder = ThreadPoolExecutor(max_workers=2, thread_name_prefix="search-embed")


os.register_at_fork(after_in_child=_new_embedder)


@dataclass(frozen=True)
class Hit:
    service: Service
    score: float
    reasons: tuple[str, ...] = ()
    recommended: object = None  # the network's best bet that put it first (search/steering)


@dataclass
class SearchResult:
    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    detected_language: str | None = None
    low_confidence: bool = False

    @property
    def unmet(self) -> bool:
        """Nothing found, or only guesses: such a search is recorded for the coordinator
        (search.unmet)."""
        return self.total == 0 or self.low_confidence


def _scope(filters: ServiceFilters, index) -> np.ndarray | None:
    """Which of the index's services the provider and region filters leave: checked in memory
    against the index's copy of each service's provider. None: no such filter."""
    if not (filters.org or filters.region):
        return None
    providers = Organization.objects.all()
    if filters.org:
        providers = providers.filter(pk__in=[value for value in filters.org if is_uuid(value)])
    if filters.region:
        providers = providers.filter(region__slug__in=filters.region)
    positions = [
        index.organization_of[pk]
        for pk in providers.values_list("pk", flat=True)
        if pk in index.organization_of
    ]
    return np.isin(index.service_organization, positions)


def _facets(filters: ServiceFilters, index) -> np.ndarray | None:
    """Which of the index's services pass the other facets (directory.filters: OR within a
    facet, AND across), read live from the directory, so that a new term counts at once,
    without re-indexing. None: no such filter."""
    rest = filters.without("org", "region")
    if not rest:
        return None
    passing = np.zeros(len(index.services), dtype=bool)
    for pk in rest.apply(Service.objects.published()).values_list("pk", flat=True):
        position = index.service_of.get(pk)
        if position is not None:
            passing[position] = True
    return passing


def _reasons(scored, position) -> tuple[str, ...]:
    reasons = []
    if scored.exact[position]:
        reasons.append(_("Its name is what you searched for"))
    if scored.lexical[position] >= ranking.LEXICAL_RESULT:
        reasons.append(_("Uses the words you searched for"))
    term = scored.term_reasons.get(position)
    if term is not None:
        reasons.append(_("Listed under “%(term)s”") % {"term": term.name.get().text})
    if scored.semantic[position] >= calibration().low_confidence:
        reasons.append(_("Close in meaning to your search"))
    return tuple(reasons)


def _score(value) -> float:
    # A best bet can lead from beyond the candidates scored by meaning (-inf).
    return round(float(value), 4) if np.isfinite(value) else 0.0


def _every_field():
    return Service.objects.select_related("organization", "organization__region")


def _fetch(ids: list, services) -> dict:
    """The page's services, by primary key. Whether each is still public is checked here, not
    in SQL: with a condition on the status, SQLite (which has no statistics unless ANALYZE ran)
    walks the status index through every published service instead of looking up 20 keys,
    150 ms at 100k services."""
    services = services.filter(pk__in=ids).order_by()  # the ranking orders them
    return {
        service.pk: service
        for service in services
        if service.publication_status in Service.PUBLICLY_VISIBLE
    }


def _browse(filters, limit, offset, query, services) -> SearchResult:
    """An empty query lists every published service that passes the filters."""
    services = filters.apply(services.published())
    total = services.count()
    page = services.order_by("organization__region", "id")[offset : offset + limit]
    return SearchResult(query=query, hits=[Hit(s, 0.0) for s in page], total=total)


@timed_search
def search(
    query: str,
    *,
    filters: ServiceFilters | None = None,
    language: str | None = None,
    limit: int = 20,
    offset: int = 0,
    record_unmet: bool = True,
    services=None,
    stamp: Stamp | None = None,
) -> SearchResult:
    """Published services matching `query`, best first. `language` is the reader's interface
    language: the guess when the query is too short to tell its own. The hits' services are
    read from `services` (default: every field, with the provider and its region); a page that
    shows only some fields passes a queryset limited to them and their publication status.
    A page kept under a results stamp passes it (search.stamp): the search is then as fresh
    as that stamp, and reads less."""
    with under(stamp):
        return _search(query, filters, language, limit, offset, record_unmet, services, stamp)


def _search(query, filters, language, limit, offset, record_unmet, services, stamp):
    services = services if services is not None else _every_field()
    filters = filters or ServiceFilters()
    query = clean_query(query)
    limit, offset = max(0, int(limit)), max(0, int(offset))
    if not query:
        return _browse(filters, limit, offset, query, services)
    fallback = normalise_language(language) if language else None
    # Steering (search/steering), point 1: the coordinator's synonyms the query uses join the
    # meaning that is embedded.
    steering = steering_plan(query, filters.region, steering_version(stamp))
    # The model embeds the query in another thread (it releases the GIL) while this one
    # detects the language and looks the words up in the database.
    vector = _embedder.submit(get_backend().query, steering.meaning)
    detected = detect_language(query, fallback)
    index = memory.current(index_state(stamp))
    # What the words find is decided over the whole region (or provider), and the other filters
    # then narrow it: a filter never brings in a result the search without it did not show.
    # Deciding among the filtered services alone took the best few of them as guesses and moved
    # the "close in meaning" margin, so choosing a group added services to the list.
    scope_allowed = _scope(filters, index)
    facets = _facets(filters, index)
    allowed = scope_allowed
    if facets is not None:
        allowed = facets if allowed is None else allowed & facets
    scored = ranking.score(query, vector, detected, index, scope_allowed, steering.book.vocabulary)
    # Steering, point 2: synonyms in the words looked up, main entry points first for a broad
    # need, and which of the network's best bets lead (they are put first below).
    steering.apply(scored, vector, detected, index, allowed)
    total_scores = scored.total
    candidates = np.flatnonzero(np.isfinite(scored.semantic))
    best = float(scored.semantic[candidates].max()) if len(candidates) else -1.0
    # Nothing is close in meaning when even the best is below the floor; otherwise the first
    # few are, and everything within the margin of the best.
    close = np.zeros(len(total_scores), dtype=bool)
    scale = calibration()
    # Sure of its meaning: close enough, and standing out from what the query is close to
    # anyway (calibration: `distinct`). Otherwise a few guesses, not a long list.
    sure = best >= scale.low_confidence and best - ranking.background(index, vector) >= (
        scale.distinct
    )
    if best >= scale.result_floor:
        if sure:
            close[candidates] = scored.semantic[candidates] >= best - scale.result_margin
        order = np.argsort(-total_scores[candidates], kind="stable")
        close[candidates[order[: ranking.MIN_RESULTS]]] = True
    relevant = (
        close | (scored.lexical >= ranking.LEXICAL_RESULT) | (scored.exact > 0) | (scored.terms > 0)
    )
    if allowed is not None:
        relevant &= allowed
    positions = np.flatnonzero(relevant)
    positions = steering.lead(positions[np.argsort(-total_scores[positions], kind="stable")])
    top_lexical = float(scored.lexical[positions].max()) if len(positions) else 0.0
    low_confidence = bool(
        len(positions)
        and not sure
        and top_lexical < ranking.LEXICAL_RESULT
        and not scored.exact[positions].any()
        and not scored.terms[positions].any()
    )
    page = positions[offset : offset + limit]
    found = _fetch([index.services[p] for p in page], services)
    hits = [
        Hit(
            found[index.services[p]],
            _score(total_scores[p]),
            _reasons(scored, p),
            steering.marks.get(p),
        )
        for p in page
        if index.services[p] in found
    ]
    result = SearchResult(
        query=query,
        hits=hits,
        total=len(positions),
        detected_language=detected,
        low_confidence=low_confidence,
    )
    if record_unmet and result.unmet:
        from search.unmet import record

        region = filters.region[0] if len(filters.region) == 1 else None
        record(result, best if len(candidates) else None, region, fallback)
    return result
