"""How a query is scored against every published service.

The meaning of the query (multilingual-e5 vectors) carries the ranking: it is what lets an
Arabic question find a course described only in Finnish. The words of the query add a bounded
bonus on top: at most `LEXICAL_WEIGHT`, about the gap between neighbouring places in a
typical result list, so a shared word can lift a service past a near tie but a stray common
word can never bury the right answer (naive reciprocal rank fusion did exactly that on the
development set). An exact service name wins outright.

Tuned on ../shared/search-dev/ (see `make bench-search`); the constants are in cosine units.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import numpy as np

from search import lexical, terms
from search.analysis import analyser_for, fold, near
from search.models import SearchDocument

# Share of each language's mean vector taken out of its rows (see MemoryIndex.language_means).
LANGUAGE_CENTRING = 0.5
LEXICAL_WEIGHT = 0.03
TERM_WEIGHT = 0.03  # the query names an aim, need or target group the service is tagged with
NAME_SHARE = 0.3  # of the lexical bonus, how much depends on the words being in the name
EXACT_NAME_BOOST = 0.2
# After centring, the best service for a real request scores about 0.42–0.49; gibberish and
# off-topic requests ("pizza delivery") top out at 0.39–0.43. When the best clears the floor,
# the first MIN_RESULTS are results, and so is everything within the margin of the best; so is
# a service that shares most of the query's words, or has exactly the name searched for.
RESULT_FLOOR = 0.40
RESULT_MARGIN = 0.04
MIN_RESULTS = 5
LEXICAL_RESULT = 0.6
LOW_CONFIDENCE = 0.43
LEXICAL_CANDIDATES = 100
COMMON_SHARE = 0.02
SEMANTIC_CANDIDATES = 1000  # index rows


@dataclass
class Scored:
    semantic: np.ndarray
    lexical: np.ndarray
    exact: np.ndarray
    groups: list = field(default_factory=list)
    terms: np.ndarray | None = None  # 1 where the query names one of the service's terms
    term_reasons: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.terms is None:
            self.terms = np.zeros_like(self.lexical)

    @property
    def total(self) -> np.ndarray:
        return (
            self.semantic
            + LEXICAL_WEIGHT * self.lexical
            + TERM_WEIGHT * self.terms
            + EXACT_NAME_BOOST * self.exact
        )


def _prefixed(form: str, index, cap: int = 30) -> list[str]:
    """Vocabulary words starting with `form` (prefix matching), at most `cap` of them."""
    if len(form) < lexical.MIN_PREFIX:
        return [form] if form in index.vocabulary else []
    words = index.sorted_vocabulary()
    found = []
    for at in range(bisect.bisect_left(words, form), len(words)):
        if not words[at].startswith(form) or len(found) >= cap:
            break
        found.append(words[at])
    return found


def _corrections(form: str, index) -> set[str]:
    if len(form) < 4 or form.isdigit():
        return set()
    keys = index.deletions()
    candidates = set(keys.get(form, ()))
    for i in range(len(form)):
        candidates |= keys.get(form[:i] + form[i + 1 :], set())
    return {word for word in candidates if near(form, word)}


PART_CREDIT = 0.5  # a query word found only as part of a compound counts half


@dataclass
class Group:
    """One query word as index words: its whole forms, and the parts of a compound."""

    whole: set[str]
    parts: set[str]

    @property
    def words(self) -> set[str]:
        return self.whole | self.parts

    def credit(self, tokens: set[str]) -> float:
        if not self.whole.isdisjoint(tokens):
            return 1.0
        return PART_CREDIT if not self.parts.isdisjoint(tokens) else 0.0


def _expand(forms: set[str], index) -> set[str]:
    return {word for form in forms for word in _prefixed(form, index)}


def query_groups(text: str, language: str | None, index) -> list[Group]:
    """The query's words as index words: the analyser's forms and the words they begin; for a
    word the index does not know at all, its spelling corrections."""
    groups = []
    for whole, parts in analyser_for(language).query_groups(text):
        matched = _expand(whole, index)
        if not matched:
            matched = {c for form in whole for c in _corrections(form, index)}
        groups.append(Group(matched or whole, _expand(parts, index)))
    return groups


def _coverage(groups, weights, tokens: set[str]) -> float:
    found = sum(w * g.credit(tokens) for g, w in zip(groups, weights, strict=True))
    return found / sum(weights)


def lexical_scores(groups, index, size: int) -> np.ndarray:
    """Per service: the weighted share of the query's words found (rare words weigh more)."""
    scores = np.zeros(size, dtype=np.float32)
    if not groups:
        return scores
    # Words in more than COMMON_SHARE of a large index find thousands of rows and say little;
    # the database looks up the rarer ones, and coverage below still counts every word.
    common = COMMON_SHARE * len(index.doc_ids) if len(index.doc_ids) >= 1000 else np.inf
    rare = [{w for w in g.words if index.vocabulary.get(w, 0) <= common} for g in groups]
    if not any(rare):  # only common words: look up the rarest of them
        rarest = min((w for g in groups for w in g.words), key=lambda w: index.vocabulary.get(w, 0))
        rare = [{rarest}]
    hits = lexical.candidates(rare, LEXICAL_CANDIDATES)
    if not hits:
        return scores
    weights = [min(index.idf(word) for word in g.whole) for g in groups]
    rows = SearchDocument.objects.filter(pk__in=[doc_id for doc_id, _s in hits]).values_list(
        "pk", "analysed_name", "analysed_body"
    )
    for pk, a_name, a_body in rows:
        row = index.row_of.get(pk)
        if row is None:
            continue
        name_tokens = set(a_name.split())
        everything = name_tokens | set(a_body.split())
        score = (1 - NAME_SHARE) * _coverage(groups, weights, everything) + NAME_SHARE * _coverage(
            groups, weights, name_tokens
        )
        service = index.row_service[row]
        scores[service] = max(scores[service], score)
    return scores


def score(query: str, vector, language: str | None, index, allowed=None) -> Scored:
    """Scores of every service; `semantic` is -inf for services that are neither among the
    best SEMANTIC_CANDIDATES rows nor found by their words, and for those `allowed` excludes.
    `vector` may be a Future: the words are looked up while the query is being embedded."""
    size = len(index.services)
    if size == 0:
        empty = np.zeros(0, dtype=np.float32)
        return Scored(empty.copy(), empty.copy(), empty)
    groups = query_groups(query, language, index)
    lexical = lexical_scores(groups, index, size)
    exact = np.zeros(size, dtype=np.float32)
    for service in index.names().get(" ".join(fold(query).split()), ()):
        exact[service] = 1.0
    tagged, term_reasons = terms.term_scores(terms.matching_terms(query, language), index)
    if hasattr(vector, "result"):
        vector = vector.result()
    shift = LANGUAGE_CENTRING * (index.language_means() @ vector)
    rows = index.matrix @ vector
    rows -= shift[index.row_language]
    if allowed is not None:
        rows[~allowed[index.row_service]] = -np.inf
    # Only the best rows can be results: a partial sort of them, not a sort of everything.
    if len(rows) > SEMANTIC_CANDIDATES:
        top = np.argpartition(-rows, SEMANTIC_CANDIDATES - 1)[:SEMANTIC_CANDIDATES]
    else:
        top = np.arange(len(rows))
    top = top[np.isfinite(rows[top])]
    semantic = np.full(size, -np.inf, dtype=np.float32)
    np.maximum.at(semantic, index.row_service[top], rows[top])
    # Words, names and terms can find services beyond the semantic candidates; score those too.
    found = (lexical > 0) | (exact > 0) | (tagged > 0)
    for service in np.flatnonzero(found & ~np.isfinite(semantic)):
        semantic[service] = rows[index.rows_of_service()[service]].max()
    outside = ~np.isfinite(semantic)
    lexical[outside] = exact[outside] = tagged[outside] = 0.0
    return Scored(semantic, lexical, exact, groups, tagged, term_reasons)
