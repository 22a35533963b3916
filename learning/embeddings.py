"""The one place learning/ turns text into vectors: the search module's helpers, so that
practices, SWOT items and services share one model, one clean-up of text, one vector memo and
one calibration (scores here are calibrated: 0 unrelated, 1 the same said again)."""

import numpy as np

from search import similarity
from search.embeddings import from_bytes, get_backend, to_bytes
from search.similarity import calibrate

__all__ = ["calibrate", "embed_passages", "embed_query", "from_bytes", "model_name", "to_bytes"]


def model_name() -> str:
    """Stored with each vector: vectors of another model are embedded again."""
    return get_backend().name


def embed_passages(texts: list[str]) -> np.ndarray:
    """Normalised passage vectors, one row per text."""
    if not texts:
        return np.zeros((0, get_backend().dim), dtype=np.float32)
    return np.asarray(similarity.embed_passages(list(texts)), dtype=np.float32).reshape(
        len(texts), -1
    )


def embed_query(text: str) -> np.ndarray:
    return np.asarray(similarity.embed_query(text), dtype=np.float32).reshape(-1)
