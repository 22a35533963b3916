"""The engine's two steering points (search/engine.py): `plan` before the query is embedded
(its synonyms join the meaning), `Plan.apply` after it is scored (synonyms in the words, how
central each service is to a broad need, the best bets that lead) and `Plan.lead` to put the
best bets first."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from search import ranking, terms
from search.centrality import centrality
from search.steering import bestbets, rules, synonyms

# Added to the order of the services tagged with a broad need, times their centrality (0–1):
# about two standard deviations of a query's similarities (ranking.ORDER_SCALE is one), so a
# main entry point passes niche services that are about as close in meaning, but not one that
# is clearly closer.
CENTRALITY_WEIGHT = 0.05
NEED_TAXONOMY = terms.MEANT_TAXONOMY
GROUP_TAXONOMY = "target-group"


@dataclass
class Plan:
    query: str
    book: rules.RuleBook
    alternatives: list = field(default_factory=list)  # [(language, text)]
    meaning: str = ""
    marks: dict = field(default_factory=dict)  # index position → the Bet that put it first
    order: list = field(default_factory=list)  # the leading positions, in order
    broad_needs: list = field(default_factory=list)

    def apply(self, scored, vector, language, index, allowed) -> None:
        if hasattr(vector, "result"):
            vector = vector.result()
        self._synonym_words(scored, language, index)
        vocabulary = self.book.vocabulary
        needs = [term for term in vocabulary if term.taxonomy == NEED_TAXONOMY]
        named = {m.term_id for m in terms.matching_terms(self.query, language, needs)}
        meant = {m.term_id for m in terms.meant_terms(vector, vocabulary)}
        self.broad_needs = [
            need
            for need in needs
            if need.pk in named | meant
            and bestbets.means_need(need, vector, scored, index, named=need.pk in named)
        ]
        if self.broad_needs:
            groups = [term for term in vocabulary if term.taxonomy == GROUP_TAXONOMY]
            narrowed = {m.term_id for m in terms.matching_terms(self.query, language, groups)}
            # Which bets may lead is judged on the meaning alone, before the centrality bonus.
            close = {need.pk: self._bets_close(need.pk, scored, index) for need in self.broad_needs}
            leading_needs = {pk for pk, verdict in close.items() if verdict}
            # A query whose first result stands far ahead of the need's own best bets asks for
            # that result, not for the need as a whole: its main entry points must not pass it.
            self.broad_needs = [need for need in self.broad_needs if close[need.pk] is not False]
            self._by_centrality(scored, index, narrowed)
        else:
            leading_needs = set()
        patterns = bestbets.matching_patterns(self.query, self.book.bets)
        for position, bet in bestbets.leading(
            self.book.bets, leading_needs, patterns, index, allowed
        ):
            self.order.append(position)
            self.marks[position] = bet

    def _bets_close(self, need_id, scored, index) -> bool | None:
        """Whether the need's best bets are near the first result (None: it has none here)."""
        positions = [
            index.service_of[bet.service_id]
            for bet in self.book.bets
            if bet.term_id == need_id and bet.service_id in index.service_of
        ]
        return bestbets.close_enough(positions, scored) if positions else None

    def lead(self, positions: np.ndarray) -> np.ndarray:
        """The best bets first, then every other result in its own order."""
        if not self.order:
            return positions
        first = np.asarray(self.order, dtype=positions.dtype)
        return np.concatenate([first, positions[~np.isin(positions, first)]])

    def _synonym_words(self, scored, language, index) -> None:
        """A service that uses a synonym's other words counts as using the query's."""
        inside = np.isfinite(scored.semantic)
        for variant_language, text in self.alternatives:
            groups = ranking.query_groups(text, variant_language or language, index)
            found = ranking.lexical_scores(groups, index, len(index.services))
            scored.lexical = np.where(inside, np.maximum(scored.lexical, found), scored.lexical)

    def _by_centrality(self, scored, index, narrowed) -> None:
        bonus = np.zeros(len(index.services), dtype=np.float32)
        for need in self.broad_needs:
            for service_id, value in centrality(need.pk, narrowed_to=narrowed).items():
                position = index.service_of.get(service_id)
                if position is not None:
                    bonus[position] = max(bonus[position], value)
        inside = np.isfinite(scored.order)
        scored.order = np.where(inside, scored.order + CENTRALITY_WEIGHT * bonus, scored.order)


def plan(query: str, regions=(), known_version: int | None = None) -> Plan:
    """What the rules change for this query, known before its meaning is embedded. `regions`:
    the slugs the search is limited to (none: every region); `known_version`: the rules'
    version, when the caller has read it (rules.current)."""
    book = rules.current(known_version).for_regions(regions)
    found = synonyms.alternatives(query, book.synonyms) if book.synonyms else []
    return Plan(query, book, found, synonyms.meaning_text(query, found))
