"""Calibrated similarity: the one place where a model's raw cosine becomes a degree of fit.

Every embedding model has its own scale. multilingual-e5 puts unrelated texts at a cosine of
about 0.70 and near-paraphrases at about 0.92; another model may put them at 0.1 and 0.6. Each
backend therefore declares its `Calibration` (search.embeddings), measured on the development
set and the demo data with `python -m tools.bench_search.calibrate`, and every caller reads
similarities through this module: 0 is "unrelated", 1 is "the same thing said again". The
thresholds of the callers (practice search, cross-region matching, the navigator's goal fit,
overlaps) are in these calibrated units, so changing SEARCH_EMBEDDING_BACKEND keeps them
meaningful. The search ranking's own floors are cosines after its language centring; the
backend declares those too (`result_floor`, `low_confidence`, `result_margin`).
"""

from __future__ import annotations

import numpy as np

from search import memory
from search.embeddings import Calibration, get_backend
from search.indexing import documents_for
from search.text import clean_query

__all__ = ["Calibration", "calibrate", "calibration", "embed_passages", "embed_query"]


def calibration() -> Calibration:
    return get_backend().calibration


def calibrate(cosines, *, clip: bool = True) -> np.ndarray:
    """Cosines as degrees of fit: 0 unrelated, 1 the same said again. Unclipped, the scale
    goes on linearly beyond both ends (for comparing within a set, as overlaps do)."""
    scale = calibration()
    values = (np.asarray(cosines, dtype=np.float64) - scale.unrelated) / (
        scale.same - scale.unrelated
    )
    return np.clip(values, 0.0, 1.0) if clip else values


def embed_query(text: str) -> np.ndarray:
    """The normalised vector of a question or goal (what passages are compared with)."""
    return get_backend().query(clean_query(text))


def embed_passages(texts: list[str]) -> np.ndarray:
    """Normalised vectors of texts to be compared with a query, one row per text."""
    return get_backend().passages([clean_query(t) for t in texts])


def text_similarity(query_text: str, texts: list[str]) -> list[float]:
    """How well each of `texts` fits `query_text`, each calibrated in [0, 1]."""
    if not texts:
        return []
    cosines = embed_passages(texts) @ embed_query(query_text)
    return [float(value) for value in calibrate(cosines)]


def pairwise(texts: list[str]) -> np.ndarray:
    """The calibrated (unclipped) similarity of every pair of `texts`, as a square matrix."""
    if not texts:
        return np.zeros((0, 0))
    vectors = embed_passages(texts)
    return calibrate(vectors @ vectors.T, clip=False)


def semantic_similarity(text: str, services) -> dict:
    """Calibrated similarity in [0, 1] of `text` to each service, keyed by service id: the best
    of the service's translations (the navigator's goal fit). Services missing from the index
    (not published, or not yet indexed) are embedded on the spot."""
    services = list(services)
    if not services:
        return {}
    vector = embed_query(text)
    index = memory.current()
    result, missing = {}, []
    for service in services:
        position = index.service_of.get(service.pk)
        if position is None:
            missing.append(service)
            continue
        rows = index.rows_of_service()[position]
        result[service.pk] = float(calibrate(index.matrix[rows] @ vector).max())
    for service in missing:
        passages = [doc["passage"] for doc in documents_for(service, published_only=False).values()]
        if not passages:
            passages = [str(service.name)]
        result[service.pk] = float(calibrate(embed_passages(passages) @ vector).max())
    return result
