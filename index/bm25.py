"""BM25 over the analysed terms of every passage, with the bm25s library.

bm25s computes each (term, passage) score when the index is built and keeps them in a
sparse matrix, so a query adds up a few of its columns: 0.4 ms at 100k passages where
SQLite FTS5, which scores every matching passage at query time, took 6 ms (p50 over the
benchmark questions; docs/performance.md). The scoring is Lucene's BM25 (k1 = 1.2,
b = 0.75; idf = log(1 + (N - n + 0.5) / (n + 0.5))). FTS5's BM25, used before, takes
log((N - n + 0.5) / (n + 0.5)): nearly the same for rare words, lower for common ones, and
nearly nothing for words in more than half of the passages, so that it ranked no passage
for "enbrel" in a collection of Enbrel leaflets; Lucene's still scores them a little.

Files, in `bm25/` of a build: bm25s's own (`*.index.npy` memory-mapped, `*.index.json`)
and `rowids.npy`, the passage row id of each bm25s document.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from index.layout import LEXICAL, NPY_LOADING

K1 = 1.2  # Lucene's and FTS5's defaults
B = 0.75
ROWIDS = "rowids.npy"
PARAMS = "params.index.json"  # one of bm25s's files


class LexicalIndexError(Exception):
    """The BM25 files are missing or damaged."""


class LexicalIndex:
    """Ranks passages by BM25 for a set of analysed query terms."""

    def __init__(self, bm25, rowids: np.ndarray):
        self._bm25 = bm25
        self.rowids = rowids  # ascending: a build adds passages in row id order

    @staticmethod
    def write(build: Path, rowids: Sequence[int], terms: Sequence[list[str]]) -> None:
        """Score every passage's terms and save the index beside the build's other files."""
        import bm25s

        folder = build / LEXICAL
        folder.mkdir()
        if list(rowids) != sorted(rowids):
            raise ValueError("passages must be given in row id order")
        if any(terms):  # bm25s cannot index a collection without a single term
            bm25 = bm25s.BM25(k1=K1, b=B, method="lucene")
            bm25.index([list(t) for t in terms], show_progress=False)
            bm25.save(folder, show_progress=False)
        np.save(folder / ROWIDS, np.asarray(rowids, dtype=np.int64), allow_pickle=False)

    @classmethod
    def load(cls, build: Path) -> "LexicalIndex":
        import bm25s

        folder = build / LEXICAL
        try:
            with NPY_LOADING:
                rowids = np.load(folder / ROWIDS, allow_pickle=False)
                scored = (folder / PARAMS).exists()  # absent when no passage had a term
                bm25 = bm25s.BM25.load(folder, mmap=True, show_progress=False) if scored else None
            fits = bm25 is None or int(bm25.scores["num_docs"]) == len(rowids)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise LexicalIndexError(f"{folder}: cannot read the BM25 index ({exc})") from None
        if not fits or rowids.ndim != 1:
            raise LexicalIndexError(f"{folder}: the BM25 index and its row ids do not fit together")
        return cls(bm25, rowids)

    def match(self, terms: Sequence[str], limit: int,
              within: Sequence[int] | None = None) -> list[tuple[int, float]]:
        """(row id, BM25) of the best passages holding any of the terms, best first, ties by
        row id. `within` keeps only those row ids (search filters)."""
        if self._bm25 is None or limit < 1 or within is not None and not len(within):
            return []
        ids = self._bm25.get_tokens_ids(list(dict.fromkeys(t for t in terms if t)))
        if not ids:
            return []
        scores = self._bm25.get_scores(ids)
        if within is None:
            found = np.flatnonzero(scores > 0)
        else:
            places = _known(self.rowids, within)
            found = places[scores[places] > 0]
        if len(found) > limit:  # keep the best `limit`, and whatever ties with the last of them
            cut = np.partition(scores[found], len(found) - limit)[len(found) - limit]
            found = found[scores[found] >= cut]
        order = np.lexsort((self.rowids[found], -scores[found]))[:limit]
        return [(int(self.rowids[i]), float(scores[i])) for i in found[order]]


def _known(rowids: np.ndarray, within: Sequence[int]) -> np.ndarray:
    """Positions in `rowids` of the row ids in `within` that it holds."""
    wanted = np.unique(np.asarray(within, dtype=np.int64))
    places = np.clip(np.searchsorted(rowids, wanted), 0, max(len(rowids) - 1, 0))
    return places[rowids[places] == wanted]
