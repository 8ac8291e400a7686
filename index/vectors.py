"""FAISS holds the passage vectors, keyed by the passages' SQLite row ids.

Vectors are L2-normalised, so inner product is cosine similarity. `Vectors.build` chooses the
index by collection size: exact search (`IndexFlatIP`) while it is fast, an HNSW graph over the
full float32 vectors (`IndexHNSWFlat`) beyond. Both sit in an `IndexIDMap2`, so ids are the row
ids and `vector(rowid)` reconstructs any passage's vector for either kind.

The numbers below were measured with `benchmarks/bench_vectors.py` on the project's 2-core CPU
(AMD EPYC, AVX-512, faiss-cpu 1.15.1, 2 OpenMP threads, dim 384, one query at a time with
limit 50, as the app searches; synthetic e5-like clustered vectors, see the benchmark):

- Exact search p50 (p95): 0.5 ms at 10k, 4.3 ms at 50k, 7-8 ms at 100k, 9.1 (10.6) ms at 125k,
  10.8 (12.9) ms at 150k, 14.5 (16.1) ms at 200k, 21.5 (24.6) ms at 300k, 68 (82) ms at 1M;
  roughly doubled while other processes compete for the two cores. `EXACT_LIMIT` was first set
  where exact search reaches ~10 ms per query (125k); the end-to-end query benchmark moved it to
  20k (~1 ms), see EXACT_LIMIT below.
- HNSW, recall@10 against exact search at 100k: M=16 (efConstruction 40) levels off near 0.92,
  M=32 near 0.99 (0.9975 with efConstruction 128), M=48 with efConstruction 80 reaches 0.9995.
  At 1M, M=48/efConstruction 80 gives recall@10 0.95 / 0.987 / 0.9955-0.9965 / 0.997 at efSearch
  64 / 128 / 256 / 512, p50 0.3 / 0.4 / 0.7-0.85 / 2 ms; it builds in ~4-5 min on 2 cores.
- M=48 stores 2*48 int32 neighbours per vector at level 0 (~400 bytes beside the 1,536 bytes of a
  384-d float32 vector): the 1M index file is 1.27x the raw vectors, RSS growth 1.29x, within the
  1.5x budget. HNSW over SQ8 would be ~0.5x, but `vector(rowid)` would then return 8-bit
  approximations (not measured further); the full vectors fit the budget, so they are kept.
- efSearch is saved in the index file, so a loaded index searches as the built one did. faiss
  does not widen it for a larger `limit` (efSearch 4 with limit 50 found 68% of the true top 50),
  so `search` raises it to `limit` for that query when `limit` is larger.
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

# Largest collection searched exactly. Exact search costs ~0.06 ms per 1,000 vectors here; at
# 100k passages it took 6-7 ms of a 17 ms search (query encode cached) and made the warm p50 miss
# its target (benchmarks/bench_query.py, docs/performance.md). From 20k on HNSW answers in < 1 ms
# with recall@10 >= 0.999, and builds 100k vectors in well under a minute.
EXACT_LIMIT = 20_000
HNSW_M = 48  # graph degree (2*M neighbours at level 0)
EF_CONSTRUCTION = 80  # candidate list while building: 1M vectors build in ~4-5 min on 2 cores
EF_SEARCH = 256  # candidate list while searching

EXACT = "exact"
HNSW = "hnsw"


class VectorIndexError(Exception):
    """The vector file is missing or damaged."""


class Vectors:
    """An id-mapped inner-product FAISS index: exact (`IndexFlatIP`) or approximate (HNSW)."""

    def __init__(self, index: faiss.IndexIDMap2):
        self._index = index
        self._inner = faiss.downcast_index(index.index)
        if isinstance(self._inner, faiss.IndexFlat):
            self.kind = EXACT
        elif isinstance(self._inner, faiss.IndexHNSW):
            self.kind = HNSW
        else:
            raise VectorIndexError(f"unsupported vector index type {type(self._inner).__name__}")

    @classmethod
    def empty(cls, dim: int) -> "Vectors":
        """An empty exact index; `add` fills it. `build` chooses the index type instead."""
        return cls(faiss.IndexIDMap2(faiss.IndexFlatIP(dim)))

    @classmethod
    def build(cls, ids: np.ndarray, vectors: np.ndarray, *, dim: int | None = None,
              exact_limit: int = EXACT_LIMIT, ef_search: int = EF_SEARCH,
              ef_construction: int = EF_CONSTRUCTION, m: int = HNSW_M) -> "Vectors":
        """An index over `vectors` keyed by `ids`: exact up to `exact_limit` vectors, HNSW beyond.

        `dim` is needed only when `vectors` is empty and carries no shape of its own.
        """
        ids = np.asarray(ids, dtype=np.int64).reshape(-1)
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.ndim == 2:
            dim = dim or vectors.shape[1]
            if vectors.shape[1] != dim:
                raise ValueError(f"vectors have dimension {vectors.shape[1]}, expected {dim}")
        elif vectors.size == 0 and dim:
            vectors = vectors.reshape(0, dim)
        else:
            raise ValueError("vectors must be a 2-d array (or empty, with dim given)")
        if len(ids) != len(vectors):
            raise ValueError(f"{len(ids)} ids for {len(vectors)} vectors")
        if len(np.unique(ids)) != len(ids):
            raise ValueError("ids must be unique")
        if len(ids) <= exact_limit:
            inner = faiss.IndexFlatIP(dim)
        else:
            inner = faiss.IndexHNSWFlat(dim, m, faiss.METRIC_INNER_PRODUCT)
            inner.hnsw.efConstruction = ef_construction
            inner.hnsw.efSearch = ef_search
        out = cls(faiss.IndexIDMap2(inner))
        out.add(ids, vectors)
        return out

    @classmethod
    def load(cls, path: Path) -> "Vectors":
        try:
            index = faiss.read_index(str(path))
        except RuntimeError as exc:  # faiss reports damaged files as RuntimeError
            raise VectorIndexError(f"{path}: cannot read the vector index ({_first_line(exc)})") from None
        if not isinstance(index, faiss.IndexIDMap2):
            raise VectorIndexError(f"{path}: not an id-mapped vector index ({type(index).__name__})")
        inner = faiss.downcast_index(index.index)
        if inner.metric_type != faiss.METRIC_INNER_PRODUCT or inner.ntotal != index.ntotal \
                or index.id_map.size() != index.ntotal:
            raise VectorIndexError(f"{path}: inconsistent vector index")
        try:
            return cls(index)
        except VectorIndexError as exc:
            raise VectorIndexError(f"{path}: {exc}") from None

    def save(self, path: Path) -> None:
        faiss.write_index(self._index, str(path))

    @property
    def dim(self) -> int:
        return self._index.d

    @property
    def ef_search(self) -> int | None:
        """HNSW's search candidate list (saved with the index); None for exact search."""
        return int(self._inner.hnsw.efSearch) if self.kind == HNSW else None

    @ef_search.setter
    def ef_search(self, value: int) -> None:
        if self.kind != HNSW:
            raise ValueError("efSearch applies to HNSW indexes only")
        self._inner.hnsw.efSearch = int(value)

    def describe(self) -> str:
        """One line for status output, e.g. 'hnsw (M=48, efSearch=256)'."""
        if self.kind == HNSW:
            return f"hnsw (M={self._inner.hnsw.nb_neighbors(1)}, efSearch={self.ef_search})"
        return "exact"

    def __len__(self) -> int:
        return self._index.ntotal

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids):
            self._index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32),
                                     np.ascontiguousarray(ids, dtype=np.int64))

    def vector(self, rowid: int) -> np.ndarray:
        return self._index.reconstruct(int(rowid))

    def vectors(self, rowids: list[int]) -> np.ndarray:
        """The stored vectors of these passages, one row each, in one call into FAISS."""
        if not len(rowids):
            return np.empty((0, self.dim), dtype=np.float32)
        return self._index.reconstruct_batch(np.asarray(rowids, dtype=np.int64))

    def search(self, query: np.ndarray, limit: int) -> list[tuple[int, float]]:
        """Nearest passages as (row id, cosine), best first."""
        if len(self) == 0 or limit <= 0:
            return []
        query = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
        k = min(limit, len(self))
        params = None
        if self.kind == HNSW and k > self._inner.hnsw.efSearch:
            params = faiss.SearchParametersHNSW(efSearch=k)
        scores, ids = self._index.search(query, k, params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]


def row_dot(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """`matrix @ vector` without BLAS. numpy's OpenBLAS runs a product this size on two
    threads that keep spinning afterwards, and on two cores they slow the FAISS and SQLite
    work of the search that follows: 100k-passage search p50 9.6 ms against 7.1 ms with one
    BLAS thread (docs/performance.md). einsum's own loop costs 0.02 ms for 500 rows."""
    return np.einsum("ij,j->i", matrix, vector)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[-1] if text else type(exc).__name__
