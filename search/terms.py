"""The directory's own vocabulary as a bridge between languages.

Aims, needs and target groups are named in all 13 languages, while most services are described
only in Finnish and English. When a query names a term in any language ("تعلّم اللغة الفنلندية",
"Barashada luqadda Finnishka"), the services tagged with that term get a small bonus and a
reason that names the term. Tags are read live, so a new tag counts at once (in a page kept
under a results stamp: when the page's stamp or minute moves on, search.stamp).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from directory.models import Attribute, Service, TaxonomyTerm
from search import stamp
from search.analysis import analyser_for, near
from search.memo import Memo
from search.similarity import embed_passages

# All of a term name's words must be in the query (allowing a typo in longer words), and the
# name must have a word of this length at least: "Työ" alone is too common to count.
MIN_WORD = 4
_cache: dict[tuple[str, str], list[set[str]]] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class TermMatch:
    term_id: object
    name: object  # the term's TranslatedText, for the reason shown to the reader


def _label_groups(language: str, label: str) -> list[set[str]]:
    key = (language, label)
    with _lock:
        groups = _cache.get(key)
    if groups is None:
        # Whole words only: "työ" is a part of "Työnhakijat" but does not name it.
        groups = [whole for whole, _parts in analyser_for(language).query_groups(label)]
        with _lock:
            if len(_cache) > 50000:
                _cache.clear()
            _cache[key] = groups
    return groups


def _close(a: str, b: str) -> bool:
    return len(a) >= 6 and len(b) >= 6 and near(a, b)


def _named(label_groups, query_forms: set[str]) -> bool:
    if not label_groups or not any(len(w) >= MIN_WORD for g in label_groups for w in g):
        return False
    for group in label_groups:
        if group & query_forms:
            continue
        if not any(_close(word, form) for word in group for form in query_forms):
            return False
    return True


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


# One search asks about the same query up to five times (every term, then the needs and the
# target groups among them, synonyms, best bets): each label's verdict is remembered for the
# last few queries, so that it is worked out once.
_verdicts = Memo(32)  # (query, language) → {(language, label): named}


def matching_terms(query: str, language: str | None, terms: list[Term]) -> list[TermMatch]:
    """Terms whose name, in any language, the query contains."""
    query_forms = {form for group in analyser_for(language).groups(query) for form in group}
    if not query_forms:
        return []
    verdicts = _verdicts.get_or_put((query, language), dict)
    matches = []
    for term in terms:
        for code, label in term.name.items():
            named = verdicts.get((code, label))
            if named is None:
                named = verdicts[(code, label)] = _named(_label_groups(code, label), query_forms)
            if named:
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
