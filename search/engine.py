"""The one search interface. The public search page, /api/hsds/services?search= and the navigator
all call `search()`; nothing else queries services by text.

(Interim implementation: substring matching over every translation. The hybrid engine —
analysers, FTS, embeddings and fusion — replaces the body of `search()` behind this same
signature.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from directory.models import Service


@dataclass(frozen=True)
class SearchFilters:
    aims: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # languages the service is offered in
    organizations: tuple[str, ...] = ()  # organization UUIDs as strings
    region: str | None = None  # region slug

    def apply(self, services):
        for code in self.aims:
            services = services.with_term("aim", code)
        for code in self.target_groups:
            services = services.with_term("target-group", code)
        if self.languages:
            services = services.filter(languages__code__in=self.languages)
        if self.organizations:
            services = services.filter(organization_id__in=self.organizations)
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


def search(
    query: str,
    *,
    filters: SearchFilters | None = None,
    language: str | None = None,
    limit: int = 20,
    offset: int = 0,
    record_unmet: bool = True,
) -> SearchResult:
    """Published services matching `query`, best first."""
    filters = filters or SearchFilters()
    services = filters.apply(Service.objects.published()).select_related("organization")
    needle = query.strip().casefold()
    matched = []
    for service in services:
        haystack = " ".join(
            text.casefold()
            for value in (service.name, service.description)
            for _code, text in value.items()
        )
        if not needle or needle in haystack:
            matched.append(Hit(service=service, score=1.0))
    return SearchResult(query=query, hits=matched[offset : offset + limit], total=len(matched))


def semantic_similarity(text: str, services) -> dict:
    """Similarity in [0, 1] of `text` to each service, keyed by service id (used by the
    navigator for goal fit). Interim: 0 for all."""
    return {service.pk: 0.0 for service in services}
