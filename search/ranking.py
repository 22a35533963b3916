"""How a query is scored against every published service.

The meaning of the query (multilingual-e5 vectors) carries the ranking: it is what lets an
Arabic question find a course described only in Finnish. The words of the query add a bounded
bonus on top: at most `LEXICAL_WEIGHT`, about the gap between neighbouring places in a
typical result list, so a shared word can lift a service past a near tie but a stray common
word can never bury the right answer (naive reciprocal rank fusion did exactly that on the
development set). An exact service name wins outright.

Meaning is read on each language's own scale (similarities standardised per language of the
service text), after moving the query a little towards its best few services, so that the
second right answer, written in the other language, is not buried under services that merely
share the query's language. Whether anything is close enough to be a result at all is still
decided on the cosine (the backend's calibration: result_floor, low_confidence; see
search/similarity.py), which does not depend on the index's size.

Tuned on ../shared/search-dev/ (see `make bench-search`); the constants are in cosine units.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import numpy as np
from threadpoolctl import ThreadpoolController

from search import lexical, terms
from search.analysis import analyser_for, has_cjk, near, normalise_query

# Share of each language's mean vector taken out of its rows (see MemoryIndex.language_means).
LANGUAGE_CENTRING = 0.5
LEXICAL_WEIGHT = 0.03
TERM_WEIGHT = 0.03  # the query names an aim, need or target group the service is tagged with
NAME_SHARE = 0.3  # of the lexical bonus, how much depends on the words being in the name
EXACT_NAME_BOOST = 0.2
# When the best service clears the backend's result floor (search.similarity; for e5, after
# centring, a real request's best scores about 0.42–0.49 and gibberish or off-topic requests
# top out at 0.39–0.43), the first MIN_RESULTS are results, and so is everything within the
# margin of the best; so is a service that shares most of the query's words, or has exactly the
# name searched for.
MIN_RESULTS = 5
LEXICAL_RESULT = 0.6
LEXICAL_CANDIDATES = 100
COMMON_SHARE = 0.02
SEMANTIC_CANDIDATES = 1000  # index rows
# Results are ordered by standardised similarity (see _standardised) times ORDER_SCALE: one
# standard deviation of a query's similarities within a language is about 0.02 in cosine on
# the demo directory, so the word, term and name bonuses keep the weight they were tuned with.
# A spread is never taken below MIN_SPREAD: a handful of rows would make every gap look huge.
ORDER_SCALE = 0.02
MIN_SPREAD = 0.01
# Pseudo-relevance feedback (see _with_feedback): the best FEEDBACK_SERVICES services, each
# weighing FEEDBACK_DECAY times the one before, moved the query by FEEDBACK_WEIGHT.
FEEDBACK_SERVICES = 3
FEEDBACK_DECAY = 0.5
FEEDBACK_WEIGHT = 0.2


@dataclass
class Scored:
    semantic: np.ndarray
    lexical: np.ndarray
    exact: np.ndarray
    groups: list = field(default_factory=list)
    terms: np.ndarray | None = None  # 1 where the query names one of the service's terms
    term_reasons: dict = field(default_factory=dict)
    # What orders the results by meaning (standardised per language, with feedback); `semantic`
    # (cosine, part-centred) decides whether anything is close enough to be a result at all.
    order: np.ndarray | None = None
    meant: np.ndarray | None = None  # 1 where the service is tagged with the need the query means

    def __post_init__(self):
        if self.terms is None:
            self.terms = np.zeros_like(self.lexical)
        if self.order is None:
            self.order = self.semantic
        if self.meant is None:
            self.meant = np.zeros_like(self.lexical)

    @property
    def total(self) -> np.ndarray:
        return (
            self.order
            + LEXICAL_WEIGHT * self.lexical
            + TERM_WEIGHT * np.maximum(self.terms, self.meant)
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


# Only a word of this length or more is corrected when the index does not know it. A shorter
# word one letter away from an indexed one is more often a word of another language than a
# typo: French "pour" is not a misspelt English "your", nor Spanish "como" "come".
MIN_CORRECTED = 5


def _corrections(form: str, index) -> set[str]:
    if len(form) < MIN_CORRECTED or form.isdigit():
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


def _meaningful(forms: set[str]) -> bool:
    """Whether a query word says anything on its own. A single letter does not: the article a
    French or Italian apostrophe cuts off ("l'emploi", "d'accueil"), the English "a" or "I".
    As a word of the query it would only lower every service's share of the query's words
    (a letter the index does not hold weighs as much as the rarest word). A Chinese character
    is a word."""
    return any(len(form) > 1 or has_cjk(form) for form in forms)


def query_groups(text: str, language: str | None, index) -> list[Group]:
    """The query's words as index words: the analyser's forms and the words they begin; for a
    word the index does not know at all, its spelling corrections."""
    groups = []
    for whole, parts in analyser_for(language).query_groups(text):
        if not _meaningful(whole):
            continue
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
    rows = lexical.candidates(rare, LEXICAL_CANDIDATES)
    if not rows:
        return scores
    weights = [min(index.idf(word) for word in g.whole) for g in groups]
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


def _per_service(index, rows, values) -> np.ndarray:
    """The best of each service's rows; -inf for services none of whose rows are given."""
    best = np.full(len(index.services), -np.inf, dtype=np.float32)
    np.maximum.at(best, index.row_service[rows], values)
    return best


def _standardised(index, rows, vector) -> np.ndarray:
    """How far each row's similarity stands above its own language's rows, in standard
    deviations. The model places a Finnish query nearer to every Finnish text than to any
    English one, and spreads the two languages differently; ranking every language on its own
    scale is how search engines merge result lists from separate collections."""
    language = index.row_language[rows]
    means = index.language_means() @ vector
    # q·C·q for every language's C at once, as one matrix-vector product (BLAS) and one small
    # one: numpy's einsum of the same took 2.6 ms a call instead of 0.2.
    covariances = index.language_spreads()
    languages, dim, _dim = covariances.shape
    variances = (covariances.reshape(languages * dim, dim) @ vector).reshape(
        languages, dim
    ) @ vector
    spreads = np.sqrt(np.maximum(variances, MIN_SPREAD**2))
    return (index.vectors.scores(rows, vector) - means[language]) / spreads[language]


def _with_feedback(index, rows, vector) -> np.ndarray:
    """Standardised similarities to the query moved towards its best few services
    (pseudo-relevance feedback). A service described only in English that answers a
    Finnish query is usually close in meaning to the Finnish service that answers it best,
    nearer than to the query's own words: borrowing the best services' meaning, with what
    their language adds taken out, finds the second right answer in the other language."""
    first = _standardised(index, rows, vector)
    services = index.row_service[rows]
    means = index.language_means()
    feedback, taken = np.zeros_like(vector), set()
    for row in np.argsort(-first, kind="stable"):
        if len(taken) == FEEDBACK_SERVICES:
            break
        if services[row] in taken:
            continue
        position = rows[row]
        weight = FEEDBACK_DECAY ** len(taken)
        feedback += weight * (index.matrix[position] - means[index.row_language[position]])
        taken.add(services[row])
    norm = float(np.linalg.norm(feedback))
    if not norm:
        return first
    moved = vector + FEEDBACK_WEIGHT * feedback / norm
    return _standardised(index, rows, moved / np.linalg.norm(moved))


def score(query: str, vector, language: str | None, index, allowed, vocabulary) -> Scored:
    """Scores of every service; `semantic` is -inf for services that are neither among the
    best SEMANTIC_CANDIDATES rows nor found by their words, and for those `allowed` excludes.
    `vector` may be a Future: the words are looked up while the query is being embedded.
    `vocabulary`: the terms, as the search's rules hold them (search.steering.rules)."""
    size = len(index.services)
    if size == 0:
        empty = np.zeros(0, dtype=np.float32)
        return Scored(empty.copy(), empty.copy(), empty)
    groups = query_groups(query, language, index)
    lexical = lexical_scores(groups, index, size)
    exact = np.zeros(size, dtype=np.float32)
    for service in index.names().get(normalise_query(query), ()):
        exact[service] = 1.0
    tagged, term_reasons = terms.term_scores(
        terms.matching_terms(query, language, vocabulary), index
    )
    if hasattr(vector, "result"):
        vector = vector.result()
    # The need the query means, in any language (see terms.meant_terms): a bonus like a named
    # term's, but never a reason by itself to show a service, nor to trust a weak search.
    meant, _reasons = terms.term_scores(terms.meant_terms(vector, vocabulary), index)
    found = (lexical > 0) | (exact > 0) | (tagged > 0)
    if allowed is not None:
        found &= allowed
    with one_blas_thread():
        semantic, order = _by_meaning(vector, index, allowed, found)
    outside = ~np.isfinite(semantic)
    lexical[outside] = exact[outside] = tagged[outside] = meant[outside] = 0.0
    return Scored(semantic, lexical, exact, groups, tagged, term_reasons, order, meant)


_blas = None


def one_blas_thread():
    """Matrix-vector products read memory faster than one core can use it, and a second BLAS
    thread has to wait its turn when the cores are shared: 16 ms instead of 4 for 4,000 rows,
    measured under load. One search, one thread."""
    global _blas
    if _blas is None:
        _blas = ThreadpoolController()
    return _blas.limit(limits=1, user_api="blas")


def language_offsets(index, vector) -> np.ndarray:
    """Per row: the part of its language's mean similarity taken out of its cosine."""
    return (LANGUAGE_CENTRING * (index.language_means() @ vector))[index.row_language]


def background(index, vector) -> float:
    """The query's similarity to the index as a whole, centred as `semantic` is: the mean row's
    cosine less the mean of the rows' language offsets (which is the same share of it)."""
    if hasattr(vector, "result"):
        vector = vector.result()
    return float((1 - LANGUAGE_CENTRING) * (index.mean() @ vector))


def _by_meaning(vector, index, allowed, found):
    """Per service: the part-centred cosine of its best row (`semantic`) and the standardised
    score that orders results (`order`), for the nearest rows and the services in `found`."""
    offsets = language_offsets(index, vector)
    rows, row_scores = index.vectors.nearest(
        vector,
        SEMANTIC_CANDIDATES,
        offsets=offsets,
        allowed=None if allowed is None else allowed[index.row_service],
    )
    # Words, names and terms can find services beyond the semantic candidates; score those too.
    found = found.copy()
    found[index.row_service[rows]] = False
    if found.any():
        extra = np.concatenate([index.rows_of_service()[s] for s in np.flatnonzero(found)])
        extra_scores = index.vectors.scores(extra, vector) - offsets[extra]
        rows, row_scores = np.concatenate([rows, extra]), np.concatenate([row_scores, extra_scores])
    semantic = _per_service(index, rows, row_scores)
    order = _per_service(index, rows, ORDER_SCALE * _with_feedback(index, rows, vector))
    return semantic, order
