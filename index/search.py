"""The one search API that the CLI and the app share.

A query runs through two retrievers, dense (the embedding model over FAISS)
and lexical (Dutch-aware BM25 over SQLite FTS5); their rankings are fused, the
best sentences of each hit are marked, and the result says how confident it is
that the leaflets answer the query at all.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ingest.document import Leaflet, Passage
from index.confidence import coverage_confidence
from index.fusion import fuse
from index.highlight import best_sentences
from index.layout import DATABASE, VECTORS, IndexConfig, IndexUnavailable, current_build
from index.lexical import Analyzer, fts_query
from index.store import Store
from index.vectors import Vectors, VectorIndexError

MODES = ("hybrid", "dense", "lexical")
DEPTH = 50  # candidates taken from each retriever before fusion


@dataclass(frozen=True)
class Hit:
    """One cited passage in a result list."""

    passage: Passage
    leaflet: Leaflet
    score: float
    ranks: dict[str, int | None]
    highlights: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    """Hits, best first, and whether the leaflets answer the query."""

    query: str
    hits: list[Hit]
    covered: bool
    confidence: float
    signals: dict[str, float] = field(default_factory=dict)


class Searcher:
    """Opens one published index build and answers queries from it."""

    def __init__(self, build: Path, config: IndexConfig, store: Store, vectors: Vectors, embedder):
        self.build = build
        self.config = config
        self.store = store
        self.vectors = vectors
        self.embedder = embedder
        self.analyzer = Analyzer(config.analyzer_language)
        self.leaflets = {leaflet.id: leaflet for leaflet in store.leaflets()}

    @classmethod
    def open(cls, root: Path, embedder) -> "Searcher":
        """Open the published build at `root`; a clear IndexUnavailable when it cannot serve."""
        root = Path(root)
        build = current_build(root)
        if build is None:
            raise IndexUnavailable(
                f"{root}: no index here yet. Build it with `leaflets ingest` "
                "(or `leaflets ingest PATH --index DIR`)."
            )
        config = IndexConfig.load(build)
        _check_model(root, config, embedder)
        try:
            vectors = Vectors.load(build / VECTORS)
            store = Store(build / DATABASE, readonly=True)
            stored = store.passage_count()
        except (VectorIndexError, sqlite3.DatabaseError) as exc:
            raise IndexUnavailable(
                f"{root}: the index is damaged ({exc}). Rebuild it with `leaflets ingest --rebuild`."
            ) from None
        if stored != len(vectors) or stored != config.passages:
            raise IndexUnavailable(
                f"{root}: the index is inconsistent ({stored} passages, {len(vectors)} vectors, "
                f"{config.passages} recorded). Rebuild it with `leaflets ingest --rebuild`."
            )
        return cls(build, config, store, vectors, embedder)

    def search(self, query: str, k: int = 5, mode: str = "hybrid") -> SearchResult:
        """The k best passages for `query`, cited, with a coverage verdict."""
        if mode not in MODES:
            raise ValueError(f"unknown search mode {mode!r}; expected one of {', '.join(MODES)}")
        query = " ".join(query.split())
        if not query:
            return SearchResult(query, [], False, 0.0)
        depth = max(DEPTH, k)
        terms = self.analyzer.terms(query)
        dense = self._dense(query, depth) if mode != "lexical" else []
        lexical = self.store.match(fts_query(terms), depth) if mode != "dense" else []
        fused = fuse(dense, lexical, mode)
        top = fused[:k]
        passages = self.store.passages([rowid for rowid, _ in top])
        dense_rank = {rowid: i + 1 for i, (rowid, _) in enumerate(dense)}
        lexical_rank = {rowid: i + 1 for i, (rowid, _) in enumerate(lexical)}
        hits = [
            Hit(
                passage=passages[rowid],
                leaflet=self.leaflets[passages[rowid].leaflet_id],
                score=score,
                ranks={"dense": dense_rank.get(rowid), "lexical": lexical_rank.get(rowid)},
                highlights=best_sentences(passages[rowid].text, query, self.analyzer),
            )
            for rowid, score in top
        ]
        confidence, signals = coverage_confidence(query, dense, lexical, terms, self.store)
        return SearchResult(query, hits, confidence >= 0.5, confidence, signals)

    def _dense(self, query: str, depth: int) -> list[tuple[int, float]]:
        vector = self.embedder.encode_queries([query])[0]
        return self.vectors.search(vector, depth)

    def neighbours(self, passage: Passage, before: int = 1, after: int = 1) -> list[Passage]:
        """The passage in its context: those just before and after it in the leaflet."""
        return self.store.neighbours(passage, before, after)


def _check_model(root: Path, config: IndexConfig, embedder) -> None:
    if config.model != embedder.name:
        raise IndexUnavailable(
            f"{root}: this index was built with the model {config.model!r}, but the configured "
            f"model is {embedder.name!r}. Use `--model {config.model}` (or LEAFLETS_MODEL), "
            "or rebuild the index for the new model with `leaflets ingest --rebuild`."
        )
