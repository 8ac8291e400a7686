"""BEIR-format retrieval sets: loading, the standard metrics, and TREC run files.

`leaflets eval-beir` indexes a BEIR folder (`corpus.jsonl`, `queries.jsonl`,
`qrels/<split>.tsv`) so our figures compare with published retrieval benchmarks.  The metrics
follow the usual definitions (those of pytrec_eval / trec_eval as BEIR reports them), computed
here without that dependency.  Pure: no knowledge of the search engine.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

NDCG_DEPTH = 10
MRR_DEPTH = 10
RECALL_DEPTH = 100
RUN_DEPTH = 100
"""How many documents per query a TREC run file keeps."""


@dataclass(frozen=True)
class BeirSet:
    """One BEIR split: documents, the queries that have judgements, and the judgements.

    `corpus` maps doc id -> (title, text); `queries` holds only queries with qrels in the split
    (BEIR's queries.jsonl often lists every split's queries); `qrels` maps query id -> doc id ->
    graded relevance.
    """

    name: str
    corpus: dict[str, tuple[str, str]]
    queries: dict[str, str]
    qrels: dict[str, dict[str, int]]


def _require(path: Path) -> Path:
    """Fail with a message naming the missing file, not a bare FileNotFoundError later."""
    if not path.is_file():
        raise ValueError(f"not a BEIR folder: missing {path}")
    return path


def _read_jsonl(path: Path) -> list[dict]:
    """Decode a JSONL file (blank lines skipped); a bad line raises ValueError with file:line."""
    records: list[dict] = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: invalid JSON: {exc}") from exc
            if not isinstance(record, dict) or "_id" not in record:
                raise ValueError(f"{path}:{lineno}: expected an object with an '_id'")
            records.append(record)
    return records


def _load_corpus(path: Path) -> dict[str, tuple[str, str]]:
    return {
        str(r["_id"]): (str(r.get("title") or ""), str(r.get("text") or ""))
        for r in _read_jsonl(path)
    }


def _load_queries(path: Path) -> dict[str, str]:
    return {str(r["_id"]): str(r.get("text") or "") for r in _read_jsonl(path)}


def _load_qrels(path: Path) -> dict[str, dict[str, int]]:
    """Read `query-id corpus-id score` rows (tab- or space-separated).

    A first line whose score column is not an integer is taken for the header that BEIR's
    files carry ("query-id corpus-id score"); anywhere else it is an error.
    """
    qrels: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            fields = line.split()
            if not fields:
                continue
            if len(fields) != 3:
                raise ValueError(f"{path}:{lineno}: expected 3 columns, got {len(fields)}")
            qid, doc_id, score = fields
            try:
                rel = int(score)
            except ValueError:
                if lineno == 1:
                    continue  # header line
                raise ValueError(f"{path}:{lineno}: score {score!r} is not an integer") from None
            qrels.setdefault(qid, {})[doc_id] = rel
    return qrels


def load_beir(folder: Path, split: str = "test") -> BeirSet:
    """Load a BEIR folder; ValueError naming the file when one of the three is missing."""
    folder = Path(folder)
    corpus = _load_corpus(_require(folder / "corpus.jsonl"))
    all_queries = _load_queries(_require(folder / "queries.jsonl"))
    qrels = _load_qrels(_require(folder / "qrels" / f"{split}.tsv"))
    missing = [qid for qid in qrels if qid not in all_queries]
    if missing:
        raise ValueError(
            f"{folder / 'qrels' / f'{split}.tsv'}: {len(missing)} query ids not in queries.jsonl,"
            f" e.g. {missing[0]!r}"
        )
    queries = {qid: text for qid, text in all_queries.items() if qid in qrels}
    return BeirSet(name=folder.name, corpus=corpus, queries=queries, qrels=qrels)


@dataclass(frozen=True)
class HoldOut:
    """A coverage check built from a retrieval set: every second query loses its answers.

    `unanswered` queries have every relevant document in `removed`, so once those documents
    are out of the search no document answers them (as far as the judgements know);
    `answered` queries keep all of theirs.  A document that also answers an answered query
    stays, and a query that still has one is left out of both lists.
    """

    answered: tuple[str, ...]
    unanswered: tuple[str, ...]
    removed: frozenset[str]


def hold_out(qrels: dict[str, dict[str, int]]) -> HoldOut:
    """Split `qrels`' queries (in their order) for a coverage check: odd positions lose their
    relevant (rel > 0) documents, even positions keep theirs."""
    relevant = {qid: {d for d, rel in judged.items() if rel > 0} for qid, judged in qrels.items()}
    order = [qid for qid in qrels if relevant[qid]]
    kept = set(order[0::2])
    needed = set().union(*(relevant[qid] for qid in kept))
    removed = frozenset(set().union(*(relevant[qid] for qid in order[1::2])) - needed)
    unanswered = tuple(qid for qid in order[1::2] if relevant[qid] <= removed)
    return HoldOut(answered=tuple(order[0::2]), unanswered=unanswered, removed=removed)


def _ranked_ids(hits: list[tuple[str, float]]) -> list[str]:
    """Doc ids by descending score (stable for ties), each id kept once at its best place.

    trec_eval ranks by score, not by list position, and ignores repeated documents; doing the
    same keeps our figures comparable with published ones.
    """
    ordered = sorted(hits, key=lambda hit: -hit[1])
    return list(dict.fromkeys(doc_id for doc_id, _ in ordered))


def _ndcg(ranked: list[str], judged: dict[str, int]) -> float:
    """nDCG@10 with linear graded gains rel and discount log2(i + 1), ideal from the qrels."""
    dcg = sum(
        max(judged.get(doc_id, 0), 0) / math.log2(i + 2)
        for i, doc_id in enumerate(ranked[:NDCG_DEPTH])
    )
    ideal_gains = sorted((g for g in judged.values() if g > 0), reverse=True)[:NDCG_DEPTH]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal_gains))
    return dcg / idcg if idcg > 0 else 0.0


def _recall(ranked: list[str], judged: dict[str, int]) -> float:
    """Share of the relevant (rel > 0) documents found in the top 100."""
    relevant = {doc_id for doc_id, rel in judged.items() if rel > 0}
    if not relevant:
        return 0.0
    return len(relevant.intersection(ranked[:RECALL_DEPTH])) / len(relevant)


def _reciprocal_rank(ranked: list[str], judged: dict[str, int]) -> float:
    """1 / rank of the first relevant document in the top 10, else 0."""
    for i, doc_id in enumerate(ranked[:MRR_DEPTH]):
        if judged.get(doc_id, 0) > 0:
            return 1.0 / (i + 1)
    return 0.0


def beir_metrics(
    run: dict[str, list[tuple[str, float]]], qrels: dict[str, dict[str, int]]
) -> dict[str, float]:
    """Mean nDCG@10, Recall@100 and MRR@10 over every query in `qrels`.

    A query with judgements but no entry in `run` counts as 0 on every metric, so a system
    cannot improve its mean by skipping hard queries; run entries for queries without qrels are
    ignored.  Raises ValueError for empty qrels, where a mean means nothing.
    """
    if not qrels:
        raise ValueError("no queries with relevance judgements")
    totals = {"ndcg@10": 0.0, "recall@100": 0.0, "mrr@10": 0.0}
    for qid, judged in qrels.items():
        ranked = _ranked_ids(run.get(qid, []))
        totals["ndcg@10"] += _ndcg(ranked, judged)
        totals["recall@100"] += _recall(ranked, judged)
        totals["mrr@10"] += _reciprocal_rank(ranked, judged)
    return {name: total / len(qrels) for name, total in totals.items()}


def _check_token(value: str, what: str) -> None:
    """TREC run files are whitespace-separated, so ids and tags must not contain whitespace."""
    if not value or any(c.isspace() for c in value):
        raise ValueError(f"{what} {value!r} cannot be written to a TREC run file")


def write_trec_run(run: dict[str, list[tuple[str, float]]], path: Path, tag: str) -> None:
    """Write `qid Q0 docid rank score tag` lines, top 100 per query by score, ranks from 1.

    Scores are written with 9 significant digits: trec_eval re-sorts by score, so rounding
    close scores into ties would change the evaluated order.
    """
    _check_token(tag, "tag")
    lines: list[str] = []
    for qid, hits in run.items():
        _check_token(qid, "query id")
        best = {}
        for doc_id, score in sorted(hits, key=lambda hit: -hit[1]):
            best.setdefault(doc_id, score)
        for rank, (doc_id, score) in enumerate(list(best.items())[:RUN_DEPTH], start=1):
            _check_token(doc_id, "doc id")
            lines.append(f"{qid} Q0 {doc_id} {rank} {score:.9g} {tag}")
    Path(path).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
