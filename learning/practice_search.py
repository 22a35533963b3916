"""Cross-lingual search over good practices. Each practice's title, challenge and description are
embedded per language (stored in PracticeEmbedding, refreshed when the text changes) and ranked
in memory: the practices are few, a query in Arabic still finds a practice written in German."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
from django.db import transaction
from django.utils.translation import gettext as _

from learning import embeddings
from learning.models import GoodPractice, PracticeEmbedding

# The parts of a practice that are embedded, and how a reason names each.
FIELDS = ("title", "challenge_addressed", "description", "potential_for_transfer")
# Scores are calibrated similarities (search.similarity: 0 unrelated, 1 the same said again), so
# they keep their meaning whichever embedding backend runs. Below this a hit is noise (a cosine
# of 0.80 on multilingual-e5, whose unrelated texts sit around 0.75).
MIN_SIMILARITY = 0.455
# A hit this far below the best one is dropped: the ranking shows the close ones (0.06 in e5
# cosine).
BAND = 0.273


def field_label(field: str) -> str:
    return str(GoodPractice._meta.get_field(field).verbose_name)


def _passages(practice):
    for field in FIELDS:
        for language, text in getattr(practice, field).items():
            yield field, language, text


def _hash(text: str) -> str:
    return hashlib.sha256(f"{embeddings.model_name()}\n{text}".encode()).hexdigest()


@transaction.atomic
def ensure_embeddings(practices) -> dict[int, list[tuple[str, str, str, np.ndarray]]]:
    """Every passage vector of the practices, embedding only what is new or changed."""
    practices = list(practices)
    stored = {
        (row.practice_id, row.field, row.language): row
        for row in PracticeEmbedding.objects.filter(practice__in=practices)
    }
    wanted, stale = {}, []
    for practice in practices:
        for field, language, text in _passages(practice):
            key = (practice.pk, field, language)
            wanted[key] = text
            row = stored.get(key)
            if row is None or row.text_hash != _hash(text):
                stale.append(key)
    vectors = embeddings.embed_passages([wanted[key] for key in stale])
    for key, vector in zip(stale, vectors, strict=True):
        PracticeEmbedding.objects.update_or_create(
            practice_id=key[0],
            field=key[1],
            language=key[2],
            defaults={
                "text_hash": _hash(wanted[key]),
                "model": embeddings.model_name(),
                "vector": embeddings.to_bytes(vector),
            },
        )
        stored[key] = PracticeEmbedding(vector=embeddings.to_bytes(vector))
    gone = [row.pk for key, row in stored.items() if key not in wanted and row.pk]
    PracticeEmbedding.objects.filter(pk__in=gone).delete()
    result: dict[int, list] = {practice.pk: [] for practice in practices}
    for key, text in wanted.items():
        result[key[0]].append((key[1], key[2], text, embeddings.from_bytes(stored[key].vector)))
    return result


@dataclass(frozen=True)
class PracticeHit:
    practice: GoodPractice
    score: float
    field: str
    language: str
    excerpt: str

    @property
    def reason(self) -> str:
        return _("Close in meaning to its “%(field)s” (%(language)s): “%(excerpt)s”") % {
            "field": field_label(self.field),
            "language": self.language,
            "excerpt": self.excerpt,
        }


def excerpt(text: str, length: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"


def rank(query_vector: np.ndarray, practices, *, minimum=MIN_SIMILARITY, band=BAND):
    """Practices whose best passage is close to the query vector, best first."""
    practices = list(practices)
    passages = ensure_embeddings(practices)
    hits = []
    for practice in practices:
        best = None
        for field, language, text, vector in passages[practice.pk]:
            score = float(embeddings.calibrate(vector @ query_vector))
            if best is None or score > best[0]:
                best = (score, field, language, text)
        if best and best[0] >= minimum:
            hits.append(PracticeHit(practice, best[0], best[1], best[2], excerpt(best[3])))
    hits.sort(key=lambda hit: hit.score, reverse=True)
    if hits and band is not None:
        hits = [hit for hit in hits if hit.score >= hits[0].score - band]
    return hits


def search(query: str, practices=None) -> list[PracticeHit]:
    """The public library's search: validated practices by default."""
    practices = GoodPractice.objects.public() if practices is None else practices
    practices = practices.select_related("region", "theme")
    query = " ".join(query.split())
    if not query:
        return [PracticeHit(practice, 0.0, "title", "", "") for practice in practices]
    return rank(embeddings.embed_query(query), practices)
