"""Fuse the dense and lexical rankings into one.

Reciprocal rank fusion with one weight per retriever: ranks, not raw scores,
are combined, because cosine and BM25 live on unrelated scales.
"""

from __future__ import annotations

RRF_K = 60
WEIGHTS = {"dense": 1.0, "lexical": 1.0}

Ranking = list[tuple[int, float]]


def fuse(dense: Ranking, lexical: Ranking, mode: str = "hybrid") -> Ranking:
    """One ranking of (row id, fused score), best first."""
    if mode == "dense":
        return list(dense)
    if mode == "lexical":
        return list(lexical)
    scores: dict[int, float] = {}
    for name, ranking in (("dense", dense), ("lexical", lexical)):
        for rank, (rowid, _) in enumerate(ranking, start=1):
            scores[rowid] = scores.get(rowid, 0.0) + WEIGHTS[name] / (RRF_K + rank)
    return sorted(scores.items(), key=lambda item: -item[1])
