"""FAISS holds the passage vectors, keyed by the passages' SQLite row ids.

Vectors are L2-normalised, so inner product is cosine similarity. At leaflet
scale exact search is both exact and fast; `EXACT_LIMIT` marks where an
approximate index would take over (see the performance issue).
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

EXACT_LIMIT = 200_000


class VectorIndexError(Exception):
    """The vector file is missing or damaged."""


class Vectors:
    """An id-mapped inner-product FAISS index."""

    def __init__(self, index: faiss.Index):
        self._index = index

    @classmethod
    def empty(cls, dim: int) -> "Vectors":
        return cls(faiss.IndexIDMap2(faiss.IndexFlatIP(dim)))

    @classmethod
    def load(cls, path: Path) -> "Vectors":
        try:
            return cls(faiss.read_index(str(path)))
        except RuntimeError as exc:  # faiss reports damaged files as RuntimeError
            raise VectorIndexError(f"{path}: cannot read the vector index ({_first_line(exc)})") from None

    def save(self, path: Path) -> None:
        faiss.write_index(self._index, str(path))

    @property
    def dim(self) -> int:
        return self._index.d

    def __len__(self) -> int:
        return self._index.ntotal

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids):
            self._index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32),
                                     np.asarray(ids, dtype=np.int64))

    def vector(self, rowid: int) -> np.ndarray:
        return self._index.reconstruct(int(rowid))

    def search(self, query: np.ndarray, limit: int) -> list[tuple[int, float]]:
        """Nearest passages as (row id, cosine), best first."""
        if len(self) == 0:
            return []
        scores, ids = self._index.search(query.reshape(1, -1).astype(np.float32), min(limit, len(self)))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[-1] if text else type(exc).__name__
