"""The sentence vector files: each passage gets back exactly its own rows."""

from __future__ import annotations

import numpy as np
import pytest

from index.sentences import SentenceVectorError, SentenceVectors


def _groups(dim: int = 4):
    rng = np.random.default_rng(1)
    return {7: rng.random((3, dim)), 2: rng.random((1, dim)), 5: np.zeros((0, dim)), 3: rng.random((2, dim))}


def test_each_passage_gets_its_own_rows(tmp_path):
    groups = _groups()
    SentenceVectors.write(tmp_path, list(groups), list(groups.values()), 4)
    loaded = SentenceVectors.load(tmp_path)
    found = loaded.of([3, 7, 2, 5, 99])
    assert set(found) == {2, 3, 7}  # no sentences (5) and unknown (99) are left out
    for rowid in (2, 3, 7):
        assert found[rowid].dtype == np.float32
        np.testing.assert_allclose(found[rowid], groups[rowid], atol=1e-3)  # stored as float16
    assert loaded.of([]) == {}


def test_cosines_are_each_passages_rows_times_the_vector(tmp_path):
    groups = _groups()
    SentenceVectors.write(tmp_path, list(groups), list(groups.values()), 4)
    loaded, vector = SentenceVectors.load(tmp_path), np.array([0.5, -1.0, 2.0, 0.25], dtype=np.float32)
    found = loaded.cosines([7, 5, 3, 99, 2], vector)
    assert set(found) == {2, 3, 7}
    for rowid in (2, 3, 7):
        np.testing.assert_allclose(found[rowid], groups[rowid] @ vector, atol=1e-2)


def test_an_index_without_passages_has_no_sentence_rows(tmp_path):
    SentenceVectors.write(tmp_path, [], [], 4)
    assert SentenceVectors.load(tmp_path).of([1]) == {}
    assert SentenceVectors.load(tmp_path).cosines([1], np.ones(4, dtype=np.float32)) == {}


def test_files_that_do_not_fit_together_are_refused(tmp_path):
    groups = _groups()
    SentenceVectors.write(tmp_path, list(groups), list(groups.values()), 4)
    np.save(tmp_path / "sentence_starts.npy", np.array([0, 1, 2]))
    with pytest.raises(SentenceVectorError, match="do not fit together"):
        SentenceVectors.load(tmp_path)
    (tmp_path / "sentences.npy").write_bytes(b"not numpy")
    with pytest.raises(SentenceVectorError, match="cannot read"):
        SentenceVectors.load(tmp_path)
