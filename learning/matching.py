"""Learning across regions: for each weakness in a region's SWOT and each challenge its policy
instrument names, the other regions' validated good practices that address it, ranked by
cross-lingual semantic similarity, each with the reason it was matched."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from django.utils.translation import gettext as _

from directory.translation import TranslatedText
from learning import embeddings
from learning.models import GoodPractice, SwotItem
from learning.practice_search import PracticeHit, rank

# Scores are calibrated similarities (search.similarity: 0 unrelated, 1 the same said again).
# A practice tagged with the same challenge is preferred by this much (0.03 in e5 cosine).
SAME_CHALLENGE_BONUS = 0.136
PER_NEED = 3
# SWOT lines are short and general, so every practice sits near 0.68 to them (0.85 in e5
# cosine); only clearly closer practices, and those close to the best one, count as answering
# the need. On the demo workspace the weakest right match scores 0.75 (cosine 0.865) and an
# unrelated weakness ("High bureaucracy") at best 0.71 (0.857), with either e5 backend
# (learning/tests/test_matching.py checks both): the cut-off sits between them.
MIN_SIMILARITY = 0.732
BAND = 0.068


@dataclass
class Match:
    hit: PracticeHit
    shared_challenges: list = field(default_factory=list)

    @property
    def practice(self):
        return self.hit.practice

    @property
    def score(self) -> float:
        return self.hit.score + (SAME_CHALLENGE_BONUS if self.shared_challenges else 0.0)

    @property
    def reasons(self) -> list[str]:
        reasons = [self.hit.reason]
        if self.shared_challenges:
            reasons.append(
                _("Addresses the same challenge: %(challenges)s")
                % {"challenges": ", ".join(str(term.name) for term in self.shared_challenges)}
            )
        return reasons


@dataclass
class Need:
    """A weakness or challenge of the region, and the practices that answer it."""

    kind: str
    text: TranslatedText
    challenges: list
    matches: list[Match] = field(default_factory=list)


def _query_vector(text: TranslatedText) -> np.ndarray:
    vectors = [embeddings.embed_query(value) for _code, value in text.items()]
    vector = np.mean(vectors, axis=0)
    return vector / np.linalg.norm(vector)


def needs_of(region) -> list[Need]:
    needs = []
    weaknesses = (
        SwotItem.objects.filter(study__region=region, quadrant=SwotItem.Quadrant.WEAKNESS)
        .prefetch_related("challenges")
        .order_by("position", "id")
    )
    for item in weaknesses:
        needs.append(Need(_("Weakness"), item.text, list(item.challenges.all())))
    seen = set()
    for instrument in region.policy_instruments.prefetch_related("challenges"):
        for term in instrument.challenges.all():
            if term.pk in seen:
                continue
            seen.add(term.pk)
            text = TranslatedText(
                {
                    code: " ".join(filter(None, [name, term.description.exact(code)]))
                    for code, name in term.name.items()
                }
            )
            needs.append(Need(_("Challenge"), text, [term]))
    return needs


def practices_for(region):
    return (
        GoodPractice.objects.public()
        .exclude(region=region)
        .select_related("region")
        .prefetch_related("challenges")
    )


def match(region, *, per_need: int = PER_NEED) -> list[Need]:
    practices = list(practices_for(region))
    needs = needs_of(region)
    if not practices:
        return needs
    for need in needs:
        wanted = {term.pk for term in need.challenges}
        matches = []
        for hit in rank(_query_vector(need.text), practices, minimum=MIN_SIMILARITY, band=BAND):
            shared = [term for term in hit.practice.challenges.all() if term.pk in wanted]
            matches.append(Match(hit, shared))
        matches.sort(key=lambda item: item.score, reverse=True)
        need.matches = matches[:per_need]
    return needs
