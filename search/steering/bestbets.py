"""Best bets: which of the region's pinned services lead a search.

A bet for a need leads when the query means that need as a whole: the need is named in the
query's words or is the need the query means (terms.meant_terms, in any language), and the
query is no closer to any one service than to the need itself. "Learn Finnish" in Somali is
about the need; "a language café where I can speak Finnish" is about a kind of service, and
its own best match must not be pushed down. A bet for words leads whenever the query contains
them (matched as the directory's term names are: in their language, a typo allowed).
"""

from __future__ import annotations

import numpy as np

from search import ranking, terms

# How much closer (in cosine) the best of the first few services may be than the need's own
# names and descriptions, for the query still to mean the need as a whole; more when the query
# names the need in its words. And how far (in standard deviations of the query's similarities,
# see ranking.ORDER_SCALE) a need's best bet may stand behind the first result by meaning and
# still lead. Set on search/tests/data/steering_queries.json over the demo directory in all 13
# languages (broad: the needs named in 13 languages, margins -0.06 to 0.04 and gaps up to 2.9;
# precise: kinds of service, margins below -0.028 or gaps above 3.2), never on the benchmark's
# held-out set.
BROAD_MARGIN = -0.02
NAMED_MARGIN = -0.06
LEAD_GAP = 3.0
_CHECKED_SERVICES = 10


def means_need(need, vector, scored, index, *, named: bool) -> bool:
    """Whether the query means the need as a whole rather than one kind of service in it."""
    if scored.exact.any():
        return False  # a service named exactly is what is wanted
    candidates = np.flatnonzero(np.isfinite(scored.semantic))
    if not len(candidates):
        return True
    first = candidates[np.argsort(-scored.semantic[candidates])[:_CHECKED_SERVICES]]
    groups = index.rows_of_service()
    rows = np.concatenate([groups[position] for position in first])
    closest = float((index.matrix[rows] @ vector).max())
    # The need's concept vector is the one the engine's need-by-meaning compares with.
    concept = terms._concept(need.pk, need.name, need.description)
    margin = float(concept @ vector) - closest
    return margin >= (NAMED_MARGIN if named else BROAD_MARGIN)


def close_enough(positions, scored) -> bool:
    """Whether the best of a need's pinned services is near the first result by meaning: a
    query whose answer stands far ahead of them asks for that answer."""
    order = scored.order
    finite = np.isfinite(order)
    if not finite.any():
        return True
    mine = [float(order[p]) for p in positions if finite[p]]
    if not mine:
        return False
    return (float(order[finite].max()) - max(mine)) / ranking.ORDER_SCALE <= LEAD_GAP


def matching_patterns(query: str, bets) -> set:
    """The primary keys of the word bets whose words the query contains."""
    by_language: dict[str, list] = {}
    for bet in bets:
        if bet.pattern:
            label = terms.Term(bet.pk, "best-bet", {bet.pattern_language: bet.pattern}, {})
            by_language.setdefault(bet.pattern_language, []).append(label)
    found = set()
    for language, labels in by_language.items():
        found |= {match.term_id for match in terms.matching_terms(query, language or None, labels)}
    return found


def leading(bets, needs: set, patterns: set, index, allowed) -> list:
    """[(index position, bet)] in the coordinator's order: word bets, then need bets, each by
    their position; a service once; only services the index holds and the filters allow."""
    chosen = [bet for bet in bets if bet.pk in patterns or (bet.term_id and bet.term_id in needs)]
    chosen.sort(key=lambda bet: (bet.term_id is not None, bet.position, str(bet.pk)))
    result, seen = [], set()
    for bet in chosen:
        position = index.service_of.get(bet.service_id)
        if position is None or position in seen:
            continue
        if allowed is not None and not allowed[position]:
            continue
        seen.add(position)
        result.append((position, bet))
    return result
