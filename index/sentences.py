"""The vectors of every passage's sentences and headings, in two memory-mapped files.

Hybrid ranking, highlights and the coverage signal compare the query with each
sentence of ~100 candidate passages per search. Reading those rows out of one
float16 array (`sentences.npy`, passages in row-id order) and a table of where
each passage's rows start (`sentence_starts.npy`) costs a fraction of fetching
them from the database, and the operating system pages in only what searches
touch (docs/performance.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.layout import NPY_LOADING, SENTENCE_STARTS, SENTENCES
from index.vectors import row_dot


class SentenceVectorError(Exception):
    """The sentence vector files are missing, damaged or do not fit together."""


@dataclass(frozen=True)
class SentenceVectors:
    vectors: np.ndarray  # (sentences, dim) float16
    starts: np.ndarray  # passage `rowid` owns rows starts[rowid] up to starts[rowid + 1]

    @classmethod
    def write(cls, folder: Path, rowids: list[int], groups: list[np.ndarray], dim: int) -> None:
        """Store `groups[i]` (one row per sentence) as the sentences of passage `rowids[i]`."""
        counts = np.zeros(max(rowids, default=0) + 2, dtype=np.int64)
        for rowid, group in zip(rowids, groups):
            counts[rowid + 1] = len(group)
        order = np.argsort(rowids, kind="stable")
        stacked = [np.asarray(groups[i], dtype=np.float16).reshape(-1, dim) for i in order]
        vectors = np.concatenate(stacked) if stacked else np.zeros((0, dim), dtype=np.float16)
        np.save(folder / SENTENCES, vectors, allow_pickle=False)
        np.save(folder / SENTENCE_STARTS, np.cumsum(counts), allow_pickle=False)

    @classmethod
    def load(cls, folder: Path) -> "SentenceVectors":
        try:
            with NPY_LOADING:
                vectors = np.load(folder / SENTENCES, mmap_mode="r", allow_pickle=False)
                starts = np.load(folder / SENTENCE_STARTS, allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise SentenceVectorError(f"{folder}: cannot read the sentence vectors ({exc})") from None
        if vectors.ndim != 2 or starts.ndim != 1 or not len(starts) or starts[-1] != len(vectors) \
                or np.any(np.diff(starts) < 0):
            raise SentenceVectorError(f"{folder}: the sentence vector files do not fit together")
        return cls(np.asarray(vectors), starts)

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    def of(self, rowids: list[int], dtype=np.float32) -> dict[int, np.ndarray]:
        """Each passage's sentence vectors as rows of `dtype` (views of one converted block);
        passages without sentences are left out. A build reusing a whole index's vectors asks
        for float16, half the memory."""
        known, block, at, counts = self._block(rowids)
        block = block.astype(dtype, copy=False)
        return {rowid: block[a:a + n] for rowid, a, n in zip(known, at, counts) if n}

    def cosines(self, rowids: list[int], vector: np.ndarray) -> dict[int, np.ndarray]:
        """Each passage's sentence cosines with `vector` (one product for all passages: a
        search asks this of ~100 candidates); passages without sentences are left out."""
        known, block, at, counts = self._block(rowids)
        scores = row_dot(block.astype(np.float32, copy=False), vector)
        return {rowid: scores[a:a + n] for rowid, a, n in zip(known, at, counts) if n}

    def _block(self, rowids: list[int]) -> tuple[list[int], np.ndarray, list[int], list[int]]:
        """The known row ids, their sentence vectors in one block, and where each one's rows
        start in it and how many there are."""
        known = [r for r in rowids if 0 <= r < len(self.starts) - 1]
        if not known:
            return [], self.vectors[:0], [], []
        ids = np.asarray(known, dtype=np.int64)
        first, counts = self.starts[ids], self.starts[ids + 1] - self.starts[ids]
        total = int(counts.sum())
        before = np.cumsum(counts) - counts  # where each passage's rows land in the block
        rows = np.repeat(first - before, counts) + np.arange(total)
        return known, self.vectors[rows], before.tolist(), counts.tolist()
