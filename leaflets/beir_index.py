"""Run the product's own search over a BEIR folder, through a temporary index.

Each BEIR document becomes a one-passage leaflet (its title as the leaflet
title), so the same embedding text, lexical analyzer, fusion and confidence run
as for real leaflets, and the figures compare with published benchmarks.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from ingest.document import IngestedLeaflet, Leaflet, Passage, content_hash, passage_id
from index.build import build_index
from index.search import Searcher
from leaflets.api import embedder_for
from leaflets.beir import BeirSet, hold_out
from leaflets.evaluate import auroc
from leaflets.config import Settings

RUN_DEPTH = 100  # documents ranked per query (Recall@100)

Run = dict[str, list[tuple[str, float]]]


def as_leaflets(data: BeirSet, language: str) -> list[IngestedLeaflet]:
    """One leaflet with one passage per BEIR document."""
    items = []
    for doc_id, (title, text) in data.corpus.items():
        body = text.strip() or title.strip()
        leaflet = Leaflet(id=doc_id, title=title.strip(), source_path=f"{data.name}/{doc_id}",
                          content_hash=content_hash(body.encode()), language=language)
        passage = Passage(id=passage_id(doc_id, body), leaflet_id=doc_id, headings=(), text=body,
                          span=(0, len(body)), position=0)
        items.append(IngestedLeaflet(leaflet, body, [passage]))
    return items


def guess_language(data: BeirSet, sample: int = 200) -> str:
    """'en' or 'nl', from which language's common words the corpus uses more."""
    from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

    words = " ".join(text for _, text in list(data.corpus.values())[:sample]).lower().split()
    dutch_words, english_words = set(STOPWORDS_DUTCH), set(STOPWORDS_EN)
    dutch = sum(w in dutch_words for w in words)
    english = sum(w in english_words for w in words)
    return "en" if english > dutch else "nl"


@dataclass
class CoverageCheck:
    """Verdicts of a hold-out coverage check (leaflets.beir.hold_out), hybrid search:
    (confidence, covered) per query."""

    answered: list[tuple[float, bool]]
    unanswered: list[tuple[float, bool]]

    def summary(self) -> dict[str, float | int | None]:
        """AUROC of the confidences, and the shares the search kept covered and flagged."""
        def share(verdicts: list[tuple[float, bool]], covered: bool) -> float | None:
            return sum(c == covered for _, c in verdicts) / len(verdicts) if verdicts else None

        return {"auroc": auroc([v for v, _ in self.answered], [v for v, _ in self.unanswered]),
                "answered": len(self.answered), "unanswered": len(self.unanswered),
                "answered_kept": share(self.answered, True),
                "unanswered_flagged": share(self.unanswered, False)}


def search_beir(data: BeirSet, settings: Settings, modes: list[str], *, limit: int | None = None,
                progress=None, coverage: bool = False) -> tuple[dict[str, Run], CoverageCheck | None]:
    """Top-100 rankings per mode for the queries that have judgements; with `coverage`, also a
    hold-out coverage check in the same index: the search is kept off the held-out queries'
    answers by its leaflet filter, so only BM25's collection statistics still see them."""
    embedder = embedder_for(settings.model, settings.threads)
    queries = [(qid, data.queries[qid]) for qid in data.qrels if qid in data.queries][:limit]
    with tempfile.TemporaryDirectory(prefix="leaflets-beir-") as folder:
        build_index(Path(folder), as_leaflets(data, guess_language(data)), embedder, progress=progress)
        searcher = Searcher.open(Path(folder), embedder)
        runs: dict[str, Run] = {}
        for mode in modes:
            run: Run = {}
            for number, (qid, text) in enumerate(queries, start=1):
                result = searcher.search(text, k=RUN_DEPTH, mode=mode)
                # a document whose text another one repeats is ranked right after it
                run[qid] = [(leaflet.id, hit.score) for hit in result.hits
                            for leaflet in (hit.leaflet, *(c.leaflet for c in hit.also_in))][:RUN_DEPTH]
                if progress:
                    progress(f"searching ({mode})", number, len(queries))
            runs[mode] = run
        check = _coverage_check(searcher, data, [qid for qid, _ in queries], progress) if coverage else None
        searcher.store.close()
    return runs, check


def _coverage_check(searcher: Searcher, data: BeirSet, qids: list[str], progress) -> CoverageCheck:
    """Each query's confidence with the held-out answers out of reach."""
    split = hold_out({qid: data.qrels[qid] for qid in qids})
    allowed = frozenset(data.corpus) - split.removed
    asked = [(qid, False) for qid in split.answered] + [(qid, True) for qid in split.unanswered]
    check = CoverageCheck([], [])
    for number, (qid, held_out) in enumerate(asked, start=1):
        result = searcher.search(data.queries[qid], k=1, leaflet_ids=allowed)
        (check.unanswered if held_out else check.answered).append((result.confidence, result.covered))
        if progress:
            progress("coverage check", number, len(asked))
    return check
