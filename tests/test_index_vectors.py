"""The vector index: exact below the size limit, HNSW above, both keyed by arbitrary row ids."""

from __future__ import annotations

import faiss
import numpy as np
import pytest

from index.vectors import EXACT, HNSW, Vectors, VectorIndexError

DIM = 64


def clustered(n: int, seed: int = 0, clusters: int = 5) -> np.ndarray:
    """Normalised vectors from a mixture of Gaussian clusters around a shared direction."""
    rng = np.random.default_rng(seed)
    shared = rng.standard_normal(DIM)
    centres = rng.standard_normal((clusters, DIM))
    labels = rng.integers(clusters, size=n)
    x = shared / np.linalg.norm(shared) + 0.5 * centres[labels] / np.sqrt(DIM) \
        + rng.standard_normal((n, DIM)) * rng.uniform(0.1, 0.3, size=(n, 1)) / np.sqrt(DIM) * 2
    x = x.astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def row_ids(n: int, seed: int = 1) -> np.ndarray:
    """Unique, non-contiguous int64 ids, some beyond 32 bits, in no particular order."""
    rng = np.random.default_rng(seed)
    return rng.choice(np.arange(1, 50 * n, dtype=np.int64), size=n, replace=False) * 97 + 2**33


@pytest.fixture(scope="module")
def data():
    vectors = clustered(5050)  # the last 50, from the same mixture, are queries not in the index
    return row_ids(5000), vectors[:5000], vectors[5000:]


@pytest.fixture(scope="module")
def hnsw(data):
    ids, vectors, _ = data
    faiss.omp_set_num_threads(2)
    return Vectors.build(ids, vectors, exact_limit=100)


def exact_top(ids, vectors, query, k):
    order = np.argsort(-(vectors @ query), kind="stable")[:k]
    return ids[order]


def test_small_collection_is_exact_and_maps_ids(data):
    ids, vectors, queries = data
    index = Vectors.build(ids[:300], vectors[:300], exact_limit=1000)
    assert index.kind == EXACT and index.ef_search is None and len(index) == 300 and index.dim == DIM
    hits = index.search(queries[0], 10)
    assert [rowid for rowid, _ in hits] == list(exact_top(ids[:300], vectors[:300], queries[0], 10))
    best = ids[:300].tolist().index(hits[0][0])
    assert hits[0][1] == pytest.approx(float(vectors[best] @ queries[0]), abs=1e-5)


def test_large_collection_is_hnsw_and_maps_ids(data, hnsw):
    ids, vectors, _ = data
    assert hnsw.kind == HNSW and hnsw.ef_search >= 50 and len(hnsw) == len(ids)
    assert "hnsw" in hnsw.describe()
    # a stored vector finds itself, under its own row id, with cosine 1
    for row in (0, 1234, 4999):
        rowid, score = hnsw.search(vectors[row], 5)[0]
        assert rowid == ids[row] and score == pytest.approx(1.0, abs=1e-5)


def test_hnsw_recall_at_10_against_exact(data, hnsw):
    ids, vectors, queries = data
    found = [len({r for r, _ in hnsw.search(q, 10)} & set(exact_top(ids, vectors, q, 10).tolist())) / 10
             for q in queries]
    assert np.mean(found) >= 0.95


def test_scores_are_cosines_best_first(data, hnsw):
    ids, vectors, queries = data
    position = {rowid: i for i, rowid in enumerate(ids.tolist())}
    hits = hnsw.search(queries[3], 20)
    assert len(hits) == 20 and len({r for r, _ in hits}) == 20
    scores = [s for _, s in hits]
    assert scores == sorted(scores, reverse=True)
    for rowid, score in hits:
        assert score == pytest.approx(float(vectors[position[rowid]] @ queries[3]), abs=1e-4)


@pytest.mark.parametrize("exact_limit", [10_000, 100])
def test_vector_reconstructs_by_rowid(data, exact_limit, hnsw):
    ids, vectors, _ = data
    index = hnsw if exact_limit == 100 else Vectors.build(ids, vectors, exact_limit=exact_limit)
    for row in (0, 17, 4321):
        np.testing.assert_allclose(index.vector(ids[row]), vectors[row], atol=1e-6)


def test_save_load_keeps_kind_ef_search_and_results(tmp_path, data, hnsw):
    ids, vectors, queries = data
    original, hnsw.ef_search = hnsw.ef_search, 77
    try:
        hnsw.save(tmp_path / "v.faiss")
        loaded = Vectors.load(tmp_path / "v.faiss")
        assert (loaded.kind, loaded.ef_search, len(loaded), loaded.dim) == (HNSW, 77, len(ids), DIM)
        for q in queries[:10]:
            assert loaded.search(q, 10) == hnsw.search(q, 10)
        np.testing.assert_allclose(loaded.vector(ids[42]), vectors[42], atol=1e-6)
    finally:
        hnsw.ef_search = original

    exact = Vectors.build(ids[:500], vectors[:500])
    exact.save(tmp_path / "e.faiss")
    loaded = Vectors.load(tmp_path / "e.faiss")
    assert loaded.kind == EXACT and loaded.search(queries[0], 5) == exact.search(queries[0], 5)


def test_empty_and_add_still_work(data):
    ids, vectors, queries = data
    index = Vectors.empty(DIM)
    assert index.kind == EXACT and len(index) == 0 and index.search(queries[0], 5) == []
    index.add(ids[:50], vectors[:50])
    assert [r for r, _ in index.search(queries[0], 5)] == list(exact_top(ids[:50], vectors[:50], queries[0], 5))
    empty = Vectors.build(np.zeros(0, np.int64), np.zeros((0, DIM), np.float32))
    assert len(empty) == 0 and empty.search(queries[0], 5) == []
    assert Vectors.build([], [], dim=DIM).dim == DIM


def test_build_rejects_bad_input(data):
    ids, vectors, _ = data
    with pytest.raises(ValueError):
        Vectors.build(ids[:3], vectors[:4])
    with pytest.raises(ValueError):
        Vectors.build(np.array([5, 5], dtype=np.int64), vectors[:2])


@pytest.mark.parametrize("exact_limit", [10_000, 100])
def test_truncated_file_raises(tmp_path, data, exact_limit):
    ids, vectors, _ = data
    path = tmp_path / "v.faiss"
    Vectors.build(ids[:1000], vectors[:1000], exact_limit=exact_limit).save(path)
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(VectorIndexError):
        Vectors.load(path)
    path.write_bytes(b"")
    with pytest.raises(VectorIndexError):
        Vectors.load(path)
    with pytest.raises(VectorIndexError):
        Vectors.load(tmp_path / "missing.faiss")


def test_other_index_types_are_refused(tmp_path, data):
    ids, vectors, _ = data
    faiss.write_index(faiss.IndexFlatIP(DIM), str(tmp_path / "plain.faiss"))
    with pytest.raises(VectorIndexError):
        Vectors.load(tmp_path / "plain.faiss")
    l2 = faiss.IndexIDMap2(faiss.IndexFlatL2(DIM))
    l2.add_with_ids(vectors[:10], ids[:10])
    faiss.write_index(l2, str(tmp_path / "l2.faiss"))
    with pytest.raises(VectorIndexError):
        Vectors.load(tmp_path / "l2.faiss")


def test_large_limit_widens_the_hnsw_search(data, hnsw):
    ids, vectors, queries = data
    original, hnsw.ef_search = hnsw.ef_search, 4
    try:
        found = [len({r for r, _ in hnsw.search(q, 50)} & set(exact_top(ids, vectors, q, 50).tolist())) / 50
                 for q in queries]
    finally:
        hnsw.ef_search = original
    assert np.mean(found) >= 0.95
