"""The directory's own vocabulary as a bridge between languages.

Aims, needs and target groups are named in all 13 languages, while most services are described
only in Finnish and English. When a query names a term in any language ("تعلّم اللغة الفنلندية",
"Barashada luqadda Finnishka"), the services tagged with that term get a small bonus and a
reason that names the term. Tags are read live, so a new tag counts at once (in a page kept
under a results stamp: when the page's stamp or minute moves on, search.stamp).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from directory.models import Attribute, Service, TaxonomyTerm
from search import stamp
from search.analysis import analyser_for, near
from search.memo import Memo
from search.similarity import embed_passages

# All of a term name's words must be in the query (allowing a typo in longer words), and the
# name must have a word of this length at least: "Työ" alone is too common to count.
MIN_WORD = 4
# A typo is allowed between words of this length or more (analysis.near).
MIN_TYPO_WORD = 6
LABELS_KEPT = 50000
_cache: dict[tuple[str, str], list[set[str]]] = {}
# Every analysed label's words that may carry a typo, by length, and a count that moves when
# one is added: a query form's near words are worked out once against them (`_near_words`).
_typo_words: dict[int, set[str]] = defaultdict(set)
_typo_words_version = 0
_labels_with: dict[str, set[tuple[str, str]]] = defaultdict(set)  # word → (language, label)
_lock = threading.Lock()


@dataclass(frozen=True)
class TermMatch:
    term_id: object
    name: object  # the term's TranslatedText, for the reason shown to the reader


def _label_groups(language: str, label: str) -> list[set[str]]:
    global _typo_words_version
    key = (language, label)
    with _lock:
        groups = _cache.get(key)
    if groups is None:
        # Whole words only: "työ" is a part of "Työnhakijat" but does not name it.
        groups = [whole for whole, _parts in analyser_for(language).query_groups(label)]
        with _lock:
            if len(_cache) > LABELS_KEPT:
                _cache.clear()
                _typo_words.clear()
                _labels_with.clear()
                _typo_words_version += 1
            _cache[key] = groups
            for word in {word for group in groups for word in group}:
                _labels_with[word].add(key)
                if len(word) >= MIN_TYPO_WORD and word not in _typo_words[len(word)]:
                    _typo_words[len(word)].add(word)
                    _typo_words_version += 1
    return groups


def _near_words(form: str) -> frozenset[str]:
    """The label words within a typo of a query form (analysis.near), worked out once per form
    and kept until a new label word comes: a query's forms are compared with a few thousand
    label words, and most forms come again in later queries."""
    if len(form) < MIN_TYPO_WORD:
        return frozenset()

    def find() -> frozenset[str]:
        with _lock:
            candidates = [
                word
                for length in range(len(form) - 2, len(form) + 3)
                for word in _typo_words.get(length, ())
            ]
        # RapidFuzz's C++ loop finds the few words within two edits; `near` then applies its
        # own limit for the pair's length.
        close = process.extract(
            form, candidates, scorer=Levenshtein.distance, score_cutoff=2, limit=None
        )
        return frozenset(word for word, _distance, _i in close if near(word, form))

    # A word added meanwhile may be found under the version read before it: a label word
    # too many is harmless, and the next search asks under the new version.
    return _near.remember((form, _typo_words_version), find)


def _named(label_groups, query_forms: set[str]) -> bool:
    """Whether the label's every word is among the query's forms and the label words near
    them; a label of only short words names nothing."""
    if not label_groups or not any(len(w) >= MIN_WORD for g in label_groups for w in g):
        return False
    return all(group & query_forms for group in label_groups)


@dataclass(frozen=True)
class Term:
    pk: object
    taxonomy: str  # the taxonomy's code: "aim", "need", "target-group"
    name: object
    description: object


def all_terms() -> list[Term]:
    """Every term: names are matched by words, needs also by meaning. Read by the rules every
    process holds (search.steering.rules.RuleBook.vocabulary), where searches take them."""
    rows = TaxonomyTerm.objects.values_list("pk", "taxonomy__code", "name", "description")
    return [Term(*row) for row in rows]


_near = Memo(20000)  # (query form, label words' version) → the label words near it


def matching_terms(query: str, language: str | None, terms: list[Term]) -> list[TermMatch]:
    """Terms whose name, in any language, the query contains."""
    query_forms = {form for group in analyser_for(language).groups(query) for form in group}
    if not query_forms:
        return []
    for term in terms:  # every label's words known before the query's near words are found
        for key in term.name.items():
            if key not in _cache:
                _label_groups(*key)
    query_forms |= {word for form in query_forms for word in _near_words(form)}
    with _lock:  # only labels with one of the query's words can be named by it
        candidates = set().union(
            *(_labels_with[form] for form in query_forms if form in _labels_with)
        )
    matches = []
    for term in terms:
        for key in term.name.items():
            if key in candidates and _named(_label_groups(*key), query_forms):
                matches.append(TermMatch(term.pk, term.name))
                break
    return matches


# The needs are also matched by meaning: the need whose names and descriptions (in every
# language it has) are closest to the query counts as named, when it leads the next need by
# MEANT_MARGIN in cosine. "shaqo raadin" then reaches the services for finding a job rather
# than employers' recruiting services, which share its words' meaning of "work".
MEANT_TAXONOMY = "need"
MEANT_MARGIN = 0.01
_concepts: dict = {}


def _concept(pk, name, description) -> np.ndarray:
    key = (pk, repr(sorted(name.items())), repr(sorted(description.items())))
    with _lock:
        vector = _concepts.get(key)
    if vector is None:
        texts = [f"{label}. {description.get(code) or ''}".strip() for code, label in name.items()]
        vector = embed_passages(texts).mean(axis=0)
        vector /= np.linalg.norm(vector)
        with _lock:
            if len(_concepts) > 5000:
                _concepts.clear()
            _concepts[key] = vector
    return vector


def meant_terms(vector, terms: list[Term]) -> list[TermMatch]:
    """The need the query means, if one stands out (see MEANT_MARGIN)."""
    needs = [term for term in terms if term.taxonomy == MEANT_TAXONOMY]
    if len(needs) < 2:
        return []
    concepts = np.stack([_concept(need.pk, need.name, need.description) for need in needs])
    similarity = concepts @ vector
    first, second = np.argsort(-similarity)[:2]
    if similarity[first] - similarity[second] < MEANT_MARGIN:
        return []
    return [TermMatch(needs[first].pk, needs[first].name)]


def _tagged(term_ids) -> tuple:
    """(service id, term id) for every service tagged with one of the terms."""
    return tuple(
        Attribute.objects.filter(
            taxonomy_term_id__in=list(term_ids),
            content_type__app_label="directory",
            content_type__model=Service._meta.model_name,
        ).values_list("link_id", "taxonomy_term_id")
    )


def term_scores(matches: list[TermMatch], index) -> tuple[np.ndarray, dict[int, TermMatch]]:
    """1 for each indexed service tagged with a matched term, with the term for its reason."""
    scores = np.zeros(len(index.services), dtype=np.float32)
    reasons: dict[int, TermMatch] = {}
    if not matches:
        return scores, reasons
    by_id = {match.term_id: match for match in matches}
    for service_id, term_id in stamp.kept(("tagged", frozenset(by_id)), lambda: _tagged(by_id)):
        position = index.service_of.get(service_id)
        if position is not None:
            scores[position] = 1.0
            reasons.setdefault(position, by_id[term_id])
    return scores, reasons
