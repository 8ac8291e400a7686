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
from index.fusion import Evidence, rank
from index.highlight import best_sentences, closest_sentence
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
        damaged = config.check_files(build)
        if damaged:
            raise IndexUnavailable(
                f"{root}: the index is damaged ({', '.join(damaged)} changed since it was built). "
                "Rebuild it with `leaflets ingest --rebuild`."
            )
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
        lexical = self.store.match(fts_query(terms), depth) if mode != "dense" else []
        vector = self.embedder.encode_queries([query])[0] if mode != "lexical" else None
        dense = self.vectors.search(vector, depth) if vector is not None else []
        candidates, sentence_cosines = self._evidence(vector, dense, lexical)
        if mode == "hybrid":
            ranking = rank(candidates)
        else:
            ranking = dense if mode == "dense" else lexical
        top = ranking[:k]
        passages = self.store.passages([rowid for rowid, _ in top])
        ranks = {"dense": _positions(dense), "lexical": _positions(lexical)}
        hits = [
            Hit(
                passage=passages[rowid],
                leaflet=self.leaflets[passages[rowid].leaflet_id],
                score=score,
                ranks={name: found.get(rowid) for name, found in ranks.items()},
                highlights=self._highlights(passages[rowid], query, sentence_cosines.get(rowid)),
            )
            for rowid, score in top
        ]
        best_sentence = max((e.sentence_cosine for e in candidates.values()), default=0.0)
        unknown = sum(1 for term in set(terms) if self.store.document_frequency(term) == 0)
        confidence = coverage_confidence(best_sentence, unknown) if candidates else 0.0
        signals = {"best_sentence_cosine": best_sentence, "unknown_terms": float(unknown)}
        return SearchResult(query, hits, confidence >= 0.5, confidence, signals)

    def _evidence(self, vector, dense, lexical):
        """Evidence per candidate of either retriever, and each candidate's sentence cosines."""
        if vector is None:
            return {}, {}
        cosines = dict(dense)
        for rowid, _ in lexical:
            if rowid not in cosines:
                cosines[rowid] = float(self.vectors.vector(rowid) @ vector)
        bm25 = dict(lexical)
        sentence_vectors = self.store.sentence_vectors(list(cosines), self.vectors.dim)
        sentence_cosines = {rowid: matrix @ vector for rowid, matrix in sentence_vectors.items()}
        evidence = {
            rowid: Evidence(
                cosine=cosine,
                sentence_cosine=float(sentence_cosines[rowid].max())
                if len(sentence_cosines.get(rowid, ())) else cosine,
                bm25=bm25.get(rowid, 0.0),
            )
            for rowid, cosine in cosines.items()
        }
        return evidence, sentence_cosines

    def _highlights(self, passage: Passage, query: str, cosines) -> tuple[str, ...]:
        """The closest sentence in meaning when sentence vectors exist, else by shared words."""
        if cosines is not None and len(cosines):
            return closest_sentence(passage, cosines)
        return best_sentences(passage.text, query, self.analyzer)

    def neighbours(self, passage: Passage, before: int = 1, after: int = 1) -> list[Passage]:
        """The passage in its context: those just before and after it in the leaflet."""
        return self.store.neighbours(passage, before, after)


def _positions(ranking: list[tuple[int, float]]) -> dict[int, int]:
    return {rowid: position for position, (rowid, _) in enumerate(ranking, start=1)}


def _check_model(root: Path, config: IndexConfig, embedder) -> None:
    if config.model != embedder.name:
        raise IndexUnavailable(
            f"{root}: this index was built with the model {config.model!r}, but the configured "
            f"model is {embedder.name!r}. Use `--model {config.model}` (or LEAFLETS_MODEL), "
            "or rebuild the index for the new model with `leaflets ingest --rebuild`."
        )
