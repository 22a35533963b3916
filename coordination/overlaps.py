"""Overlap detection: pairs and clusters of services in a region that duplicate or heavily
overlap each other.

Each pair is scored from four signals, all in [0, 1]:
- name: TF-IDF cosine of the names as search analyses them (Finnish and English, where written);
- description: the same for descriptions;
- meaning: calibrated embedding similarity from the search module, which also crosses languages;
- terms: Jaccard overlap of the aims, target groups and needs the services are tagged with.
A pair is reported when its combined score passes the threshold; pairs that share a service join
into clusters. The weights were set on the Jyväskylä inventory (see the precision test).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from django.core.cache import cache

from directory.models import Service
from search import similarity
from search.analysis import analyser_for

WEIGHTS = {"name": 0.4, "description": 0.2, "meaning": 0.25, "terms": 0.15}
THRESHOLD = 0.4
# Pairs below this are never shown, at any threshold the page offers.
MINIMUM_KEPT = 0.3
CACHE_SECONDS = 24 * 3600
TEXT_LANGUAGES = ("fi", "en")


@dataclass(frozen=True)
class Pair:
    first: Service
    second: Service
    score: float
    signals: dict = field(default_factory=dict)

    @property
    def same_provider(self) -> bool:
        return self.first.organization_id == self.second.organization_id


@dataclass
class Cluster:
    services: list[Service]
    pairs: list[Pair]


def _tokens(text: str, language: str) -> list[str]:
    """The words' index forms as search reads them (search.analysis: Snowball stems, Voikko
    lemmas and compound parts for Finnish). Words every service uses weigh little through the
    inverse document frequency, so no stop-word list is needed."""
    return [f"{language}:{form}" for form in analyser_for(language).tokens(text) if len(form) > 1]


def _bag(value, language_set=TEXT_LANGUAGES) -> Counter:
    bag = Counter()
    for language in language_set:
        text = value.exact(language)
        if text:
            bag.update(_tokens(text, language))
    return bag


def _tfidf(bags: list[Counter]) -> list[dict]:
    documents = len(bags)
    frequency = Counter(token for bag in bags for token in bag)
    vectors = []
    for bag in bags:
        vector = {
            token: (1 + math.log(count)) * math.log((1 + documents) / (1 + frequency[token]))
            for token, count in bag.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({token: v / norm for token, v in vector.items()})
    return vectors


def _cosine(a: dict, b: dict) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(token, 0.0) for token, v in a.items())


def _term_sets(services) -> dict:
    from django.contrib.contenttypes.models import ContentType

    from directory.models import Attribute

    sets = {service.pk: set() for service in services}
    attributes = Attribute.objects.filter(
        content_type=ContentType.objects.get_for_model(Service),
        link_id__in=list(sets),
        taxonomy_term__taxonomy__code__in=("aim", "target-group", "need"),
    ).values_list("link_id", "taxonomy_term__taxonomy__code", "taxonomy_term__code")
    for link_id, taxonomy, code in attributes:
        sets[link_id].add(f"{taxonomy}:{code}")
    return sets


def _meaning(services) -> dict:
    """Calibrated similarity of every pair (search.similarity, one interface, one model, its
    memo), each service in English where written; then spread from the region's median."""
    if len(services) < 2:
        return {}
    texts = [
        ". ".join(filter(None, [_text(service.name), _text(service.description)]))
        for service in services
    ]
    scores = similarity.pairwise(texts)
    return _spread(
        {
            frozenset((first.pk, second.pk)): float(scores[i, j])
            for (i, first), (j, second) in combinations(enumerate(services), 2)
        }
    )


def _text(value) -> str:
    return value.exact("en") or str(value)


def _spread(scores: dict) -> dict:
    """Texts on one topic crowd together (integration services all sit near each other); measured
    from the region's median pair up to identical texts they separate like the other signals.
    Being relative, this holds on any backend's calibrated scale."""
    values = sorted(scores.values())
    identical = float(similarity.calibrate(1.0, clip=False))
    if not values or values[-1] <= float(similarity.calibrate(0.0, clip=False)):
        return dict.fromkeys(scores, 0.0)  # a backend without vectors: no signal
    median = values[len(values) // 2]
    span = (identical - median) or 1.0
    return {key: max(0.0, min(1.0, (value - median) / span)) for key, value in scores.items()}


def score_pairs(services) -> list[Pair]:
    services = list(services)
    names = _tfidf([_bag(s.name) for s in services])
    descriptions = _tfidf([_bag(s.description) for s in services])
    terms = _term_sets(services)
    meaning = _meaning(services)
    # Without embeddings (an engine that returns none) the other signals share the weight.
    weights = dict(WEIGHTS)
    if not any(meaning.values()):
        weights.pop("meaning")
    total = sum(weights.values())
    pairs = []
    for (i, first), (j, second) in combinations(enumerate(services), 2):
        union = terms[first.pk] | terms[second.pk]
        signals = {
            "name": _cosine(names[i], names[j]),
            "description": _cosine(descriptions[i], descriptions[j]),
            "meaning": meaning.get(frozenset((first.pk, second.pk)), 0.0),
            "terms": len(terms[first.pk] & terms[second.pk]) / len(union) if union else 0.0,
        }
        score = sum(weights[name] * signals[name] for name in weights) / total
        pairs.append(Pair(first, second, round(score, 3), signals))
    pairs.sort(key=lambda pair: pair.score, reverse=True)
    return pairs


def find_overlaps(region, *, threshold: float = THRESHOLD, limit: int | None = None, services=None):
    """The region's overlapping pairs, best first. Scoring every pair embeds every service, so
    the result is cached until any of the region's services changes. `services`: the region's
    published services, by id, with their organizations, when the caller has them already."""
    if services is None:
        services = list(
            Service.objects.published()
            .in_region(region)
            .select_related("organization")
            .order_by("id")
        )
    stamp = max((s.last_modified for s in services), default=None)
    key = f"coordination:overlaps:{region.pk}:{len(services)}:{stamp and stamp.timestamp()}"
    scored = cache.get(key)
    if scored is None:
        scored = [
            (pair.first.pk, pair.second.pk, pair.score, pair.signals)
            for pair in score_pairs(services)
            if pair.score >= MINIMUM_KEPT
        ]
        cache.set(key, scored, CACHE_SECONDS)
    by_id = {service.pk: service for service in services}
    pairs = [
        Pair(by_id[first], by_id[second], score, signals)
        for first, second, score, signals in scored
        if score >= threshold
    ]
    return pairs[:limit] if limit else pairs


def clusters(pairs: list[Pair]) -> list[Cluster]:
    """Pairs joined through shared services (union-find), largest first."""
    parent = {}

    def root(key):
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for pair in pairs:
        parent[root(pair.first.pk)] = root(pair.second.pk)
    groups: dict = {}
    for pair in pairs:
        group = groups.setdefault(root(pair.first.pk), Cluster([], []))
        group.pairs.append(pair)
        for service in (pair.first, pair.second):
            if service not in group.services:
                group.services.append(service)
    return sorted(groups.values(), key=lambda c: (-len(c.services), -c.pairs[0].score))
