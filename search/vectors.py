"""The vectors of the in-memory index, and the nearest rows to a query.

Comparing a query with every row is a scan of the whole matrix: 160k rows × 384 floats is
250 MB read per search, 15 ms or more on two shared cores. Large indexes therefore take two
steps. A first pass compares the query with every row in a smaller space (the rows projected on
their top principal directions: e5 vectors fill a narrow cone, so a few directions carry most
of what tells them apart), keeps a generous pool of the best, and only those are scored with
their full vectors. `make bench-search` reports how many of the exact best rows the pool holds.

Small indexes (most directories) are scanned exactly; the two steps start at
PROJECTION_MIN_ROWS.
"""

from __future__ import annotations

import numpy as np

PROJECTION_MIN_ROWS = 20000
PROJECTION_DIM = 128
# How many rows the first pass keeps for every row finally wanted.
POOL_FACTOR = 4
_SAMPLE = 20000  # rows the directions are learnt from


class Growing:
    """A float32 matrix that grows by whole rows without copying itself every time."""

    def __init__(self, width: int):
        self._data = np.zeros((0, width), dtype=np.float32)
        self.size = 0

    @property
    def view(self) -> np.ndarray:
        return self._data[: self.size]

    def append(self, block: np.ndarray) -> None:
        needed = self.size + len(block)
        if needed > len(self._data):
            grown = np.zeros((max(needed, 2 * len(self._data), 1024), self._data.shape[1]), "f4")
            grown[: self.size] = self._data[: self.size]
            self._data = grown
        self._data[self.size : needed] = block
        self.size = needed


class VectorTable:
    def __init__(self, dim: int):
        self.dim = dim
        self._rows = Growing(dim)
        self._basis: np.ndarray | None = None  # (dim, PROJECTION_DIM), once learnt
        self._projected: Growing | None = None

    @property
    def matrix(self) -> np.ndarray:
        return self._rows.view

    def __len__(self) -> int:
        return self._rows.size

    def append(self, vectors: np.ndarray) -> None:
        self._rows.append(vectors)
        if self._projected is not None:
            self._projected.append(vectors @ self._basis)

    def replace(self, row: int, vector: np.ndarray) -> None:
        self._rows.view[row] = vector
        if self._projected is not None:
            self._projected.view[row] = vector @ self._basis

    def _projection(self) -> np.ndarray | None:
        """The rows in the reduced space, learnt the first time the index is large enough and
        kept up to date row by row after that (the directions of a large index hardly move)."""
        if self._projected is None:
            if len(self) < PROJECTION_MIN_ROWS:
                return None
            matrix = self.matrix
            step = max(1, len(matrix) // _SAMPLE)
            # Not centred: the shared direction of all rows is the first one kept.
            _u, _s, directions = np.linalg.svd(matrix[::step], full_matrices=False)
            self._basis = np.ascontiguousarray(directions[:PROJECTION_DIM].T)
            self._projected = Growing(PROJECTION_DIM)
            self._projected.append(matrix @ self._basis)
        return self._projected.view

    def scores(self, rows: np.ndarray, vector: np.ndarray) -> np.ndarray:
        return self.matrix[rows] @ vector

    def nearest(self, vector, count: int, *, offsets=None, allowed=None, exact=False):
        """The `count` rows most like `vector` as (rows, scores), in no particular order.
        `offsets` (one per row) is subtracted from every score; `allowed` (one bool per row)
        leaves rows out. `exact` scans every full vector whatever the size."""
        projected = None if exact else self._projection()
        if projected is None:
            first, pool = self.matrix @ vector, count
        else:
            first, pool = projected @ (vector @ self._basis), POOL_FACTOR * count
        if offsets is not None:
            first -= offsets
        if allowed is not None:
            first[~allowed] = -np.inf
        rows = (
            np.argpartition(-first, pool - 1)[:pool] if len(first) > pool else np.arange(len(first))
        )
        rows = rows[np.isfinite(first[rows])]
        if projected is None:
            return rows, first[rows]
        rows = np.sort(rows)  # reading rows in memory order: twice as fast
        scores = self.scores(rows, vector)
        if offsets is not None:
            scores -= offsets[rows]
        if len(rows) > count:
            best = np.argpartition(-scores, count - 1)[:count]
            rows, scores = rows[best], scores[best]
        return rows, scores
