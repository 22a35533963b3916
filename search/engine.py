"""The one search interface. The public search page, /api/hsds/services?search= and the navigator
all call `search()`; nothing else queries services by text.

Hybrid and cross-lingual: the query's meaning (multilingual-e5 vectors of every translation of
every published service, ranked in memory) decides the order; its words (per-language analysis,
FTS5 or PostgreSQL full-text search) add a bounded bonus; an exact name wins. See ranking.py.
"""

from __future__ import annotations

import os
import unicodedata
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from django.utils.translation import gettext as _

from directory.models import Organization, Service
from directory.translation import normalise_language
from search import memory, ranking
from search.embeddings import get_backend
from search.language import detect_language
from search.metrics import timed_search

MAX_QUERY_LENGTH = 500
_embedder = ThreadPoolExecutor(max_workers=2, thread_name_prefix="search-embed")


def _new_embedder():
    # A process forked from a warmed-up one (gunicorn's preloading master) inherits the pool
    # but not its threads, and would wait on them forever.
    global _embedder
    _embedder = ThreadPoolExecutor(max_workers=2, thread_name_prefix="search-embed")


os.register_at_fork(after_in_child=_new_embedder)


def _is_uuid(value) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class SearchFilters:
    aims: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # languages the service is offered in
    organizations: tuple[str, ...] = ()  # organization UUIDs as strings
    region: str | None = None  # region slug

    def __bool__(self) -> bool:
        return bool(
            self.aims
            or self.needs
            or self.target_groups
            or self.languages
            or self.organizations
            or self.region
        )

    def apply(self, services):
        for code in self.aims:
            services = services.with_term("aim", code)
        for code in self.needs:
            services = services.with_term("need", code)
        for code in self.target_groups:
            services = services.with_term("target-group", code)
        if self.languages:
            services = services.filter(languages__code__in=self.languages)
        if self.organizations:
            # An id that is not a UUID names no organization: it matches nothing, no error.
            ids = [value for value in self.organizations if _is_uuid(value)]
            services = services.filter(organization_id__in=ids)
        if self.region:
            services = services.filter(organization__region__slug=self.region)
        return services.distinct()


@dataclass(frozen=True)
class Hit:
    service: Service
    score: float
    reasons: tuple[str, ...] = ()


@dataclass
class SearchResult:
    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    detected_language: str | None = None
    low_confidence: bool = False


def clean_query(query: str | None) -> str:
    text = unicodedata.normalize("NFC", query or "")
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def _allowed(filters: SearchFilters, index) -> np.ndarray | None:
    """Which of the index's services pass the filters. Provider and region are checked in
    memory against the index's copy of each service's provider; terms and languages offered
    are read live from the directory, so a new term counts at once, without re-indexing."""
    if not filters:
        return None
    mask = np.ones(len(index.services), dtype=bool)
    if filters.organizations or filters.region:
        providers = Organization.objects.all()
        if filters.organizations:
            providers = providers.filter(
                pk__in=[value for value in filters.organizations if _is_uuid(value)]
            )
        if filters.region:
            providers = providers.filter(region__slug=filters.region)
        positions = [
            index.organization_of[pk]
            for pk in providers.values_list("pk", flat=True)
            if pk in index.organization_of
        ]
        mask &= np.isin(index.service_organization, positions)
    rest = SearchFilters(
        aims=filters.aims,
        needs=filters.needs,
        target_groups=filters.target_groups,
        languages=filters.languages,
    )
    if rest:
        passing = np.zeros(len(index.services), dtype=bool)
        for pk in rest.apply(Service.objects.published()).values_list("pk", flat=True):
            position = index.service_of.get(pk)
            if position is not None:
                passing[position] = True
        mask &= passing
    return mask


def _reasons(scored, position) -> tuple[str, ...]:
    reasons = []
    if scored.exact[position]:
        reasons.append(_("Its name is what you searched for"))
    if scored.lexical[position] >= ranking.LEXICAL_RESULT:
        reasons.append(_("Uses the words you searched for"))
    term = scored.term_reasons.get(position)
    if term is not None:
        reasons.append(_("Listed under “%(term)s”") % {"term": term.name.get().text})
    if scored.semantic[position] >= ranking.LOW_CONFIDENCE:
        reasons.append(_("Close in meaning to your search"))
    return tuple(reasons)


def _fetch(ids: list) -> dict:
    """The page's services, by primary key. Whether each is still public is checked here, not
    in SQL: with a condition on the status, SQLite (which has no statistics unless ANALYZE ran)
    walks the status index through every published service instead of looking up 20 keys,
    150 ms at 100k services."""
    services = (
        Service.objects.filter(pk__in=ids)
        .select_related("organization", "organization__region")
        .order_by()  # the ranking orders them; the model's default ordering would join again
    )
    return {
        service.pk: service
        for service in services
        if service.publication_status in Service.PUBLICLY_VISIBLE
    }


def _browse(filters, limit, offset, query) -> SearchResult:
    """An empty query lists every published service that passes the filters."""
    services = filters.apply(Service.objects.published()).select_related(
        "organization", "organization__region"
    )
    total = services.count()
    page = services.order_by("organization__region", "id")[offset : offset + limit]
    return SearchResult(query=query, hits=[Hit(s, 0.0) for s in page], total=total)


@timed_search
def search(
    query: str,
    *,
    filters: SearchFilters | None = None,
    language: str | None = None,
    limit: int = 20,
    offset: int = 0,
    record_unmet: bool = True,
) -> SearchResult:
    """Published services matching `query`, best first. `language` is the reader's interface
    language: the guess when the query is too short to tell its own."""
    filters = filters or SearchFilters()
    query = clean_query(query)
    limit, offset = max(0, int(limit)), max(0, int(offset))
    if not query:
        return _browse(filters, limit, offset, query)
    fallback = normalise_language(language) if language else None
    # The model embeds the query in another thread (it releases the GIL) while this one
    # detects the language and looks the words up in the database.
    vector = _embedder.submit(get_backend().query, query)
    detected = detect_language(query, fallback)
    index = memory.current()
    allowed = _allowed(filters, index)
    scored = ranking.score(query, vector, detected, index, allowed)
    total_scores = scored.total
    candidates = np.flatnonzero(np.isfinite(scored.semantic))
    best = float(scored.semantic[candidates].max()) if len(candidates) else -1.0
    # Nothing is close in meaning when even the best is below the floor; otherwise the first
    # few are, and everything within the margin of the best.
    close = np.zeros(len(total_scores), dtype=bool)
    if best >= ranking.RESULT_FLOOR:
        if best >= ranking.LOW_CONFIDENCE:  # unsure: a few guesses, not a long list
            close[candidates] = scored.semantic[candidates] >= best - ranking.RESULT_MARGIN
        order = np.argsort(-total_scores[candidates], kind="stable")
        close[candidates[order[: ranking.MIN_RESULTS]]] = True
    relevant = (
        close | (scored.lexical >= ranking.LEXICAL_RESULT) | (scored.exact > 0) | (scored.terms > 0)
    )
    positions = np.flatnonzero(relevant)
    positions = positions[np.argsort(-total_scores[positions], kind="stable")]
    top_lexical = float(scored.lexical[positions].max()) if len(positions) else 0.0
    low_confidence = bool(
        len(positions)
        and best < ranking.LOW_CONFIDENCE
        and top_lexical < ranking.LEXICAL_RESULT
        and not scored.exact[positions].any()
        and not scored.terms[positions].any()
    )
    page = positions[offset : offset + limit]
    services = _fetch([index.services[p] for p in page])
    hits = [
        Hit(services[index.services[p]], round(float(total_scores[p]), 4), _reasons(scored, p))
        for p in page
        if index.services[p] in services
    ]
    result = SearchResult(
        query=query,
        hits=hits,
        total=len(positions),
        detected_language=detected,
        low_confidence=low_confidence,
    )
    if record_unmet and (result.total == 0 or low_confidence):
        from search.unmet import record

        record(result, best if len(candidates) else None, filters.region)
    return result


# --- Similarity for other apps --------------------------------------------------------------
def embed_query(text: str) -> np.ndarray:
    """The normalised vector of a question or goal (what `search` compares with)."""
    return get_backend().query(clean_query(text))


def embed_passages(texts: list[str]) -> np.ndarray:
    """Normalised vectors of texts to be compared with a query, one row per text."""
    return get_backend().passages([clean_query(t) for t in texts])


# multilingual-e5 puts unrelated texts at a cosine of about 0.70 and near-paraphrases at about
# 0.90; this maps that range onto [0, 1] so that callers can read the value as a degree of fit.
_UNRELATED, _SAME = 0.70, 0.92


def _calibrate(cosines: np.ndarray) -> np.ndarray:
    return np.clip((cosines - _UNRELATED) / (_SAME - _UNRELATED), 0.0, 1.0)


def text_similarity(query_text: str, texts: list[str]) -> list[float]:
    """How well each of `texts` fits `query_text`, each in [0, 1]."""
    if not texts:
        return []
    cosines = embed_passages(texts) @ embed_query(query_text)
    return [float(value) for value in _calibrate(cosines)]


def semantic_similarity(text: str, services) -> dict:
    """Similarity in [0, 1] of `text` to each service, keyed by service id: the best of the
    service's translations (used by the navigator for goal fit). Services missing from the
    index (not published, or not yet indexed) are embedded on the spot."""
    from search.indexing import documents_for

    services = list(services)
    if not services:
        return {}
    vector = embed_query(text)
    index = memory.current()
    result, missing = {}, []
    for service in services:
        position = index.service_of.get(service.pk)
        if position is None:
            missing.append(service)
            continue
        rows = index.rows_of_service()[position]
        result[service.pk] = float(_calibrate(index.matrix[rows] @ vector).max())
    for service in missing:
        passages = [doc["passage"] for doc in documents_for(service, published_only=False).values()]
        if not passages:
            passages = [str(service.name)]
        result[service.pk] = float(_calibrate(embed_passages(passages) @ vector).max())
    return result
