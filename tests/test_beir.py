"""Tests of BEIR loading, metrics (computed by hand) and TREC run files (leaflets/beir.py)."""

from __future__ import annotations

import json
from math import log2
from pathlib import Path

import pytest

from leaflets.beir import BeirSet, beir_metrics, hold_out, load_beir, write_trec_run

CORPUS = [
    {"_id": "d1", "title": "Nier", "text": "De nier filtert bloed."},
    {"_id": "d2", "text": "Zonder titel."},
    {"_id": "d3", "title": "", "text": "Huid."},
]
QUERIES = [
    {"_id": "q1", "text": "Wat doet de nier?"},
    {"_id": "q2", "text": "Huid?"},
    {"_id": "q3", "text": "Alleen in de train-split."},
]
QRELS_ROWS = ["q1\td1\t2", "q1\td2\t1", "q2\td3\t1"]


def _jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _make_folder(root: Path, header: bool) -> Path:
    folder = root / "tiny-set"
    (folder / "qrels").mkdir(parents=True)
    _jsonl(folder / "corpus.jsonl", CORPUS)
    _jsonl(folder / "queries.jsonl", QUERIES)
    rows = (["query-id\tcorpus-id\tscore"] if header else []) + QRELS_ROWS
    (folder / "qrels" / "test.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("header", [True, False])
def test_load_beir_with_and_without_header(tmp_path: Path, header: bool) -> None:
    loaded = load_beir(_make_folder(tmp_path, header))
    assert loaded == BeirSet(
        name="tiny-set",
        corpus={"d1": ("Nier", "De nier filtert bloed."), "d2": ("", "Zonder titel."), "d3": ("", "Huid.")},
        queries={"q1": "Wat doet de nier?", "q2": "Huid?"},  # q3 has no test qrels
        qrels={"q1": {"d1": 2, "d2": 1}, "q2": {"d3": 1}},
    )


@pytest.mark.parametrize("missing", ["corpus.jsonl", "queries.jsonl", "qrels/test.tsv"])
def test_load_beir_names_the_missing_file(tmp_path: Path, missing: str) -> None:
    folder = _make_folder(tmp_path, header=True)
    (folder / missing).unlink()
    with pytest.raises(ValueError, match=missing.replace(".", r"\.")):
        load_beir(folder)


def test_load_beir_other_split(tmp_path: Path) -> None:
    folder = _make_folder(tmp_path, header=False)
    (folder / "qrels" / "train.tsv").write_text("q3 d2 1\n", encoding="utf-8")
    loaded = load_beir(folder, split="train")
    assert loaded.queries == {"q3": "Alleen in de train-split."}
    assert loaded.qrels == {"q3": {"d2": 1}}


def test_load_beir_rejects_a_bad_score_after_the_first_line(tmp_path: Path) -> None:
    folder = _make_folder(tmp_path, header=True)
    with (folder / "qrels" / "test.tsv").open("a", encoding="utf-8") as handle:
        handle.write("q2\td1\thigh\n")
    with pytest.raises(ValueError, match=r"test\.tsv:5"):
        load_beir(folder)


def test_load_beir_rejects_qrels_for_unknown_queries(tmp_path: Path) -> None:
    folder = _make_folder(tmp_path, header=True)
    with (folder / "qrels" / "test.tsv").open("a", encoding="utf-8") as handle:
        handle.write("q99\td1\t1\n")
    with pytest.raises(ValueError, match="q99"):
        load_beir(folder)


def test_load_beir_bad_json_names_file_and_line(tmp_path: Path) -> None:
    folder = _make_folder(tmp_path, header=True)
    with (folder / "corpus.jsonl").open("a", encoding="utf-8") as handle:
        handle.write("{oops\n")
    with pytest.raises(ValueError, match=r"corpus\.jsonl:4"):
        load_beir(folder)


# --- metrics by hand -------------------------------------------------------------------------

QRELS = {
    "q1": {"d1": 2, "d2": 1, "d3": 0},
    "q2": {"d4": 1},
    "q3": {"d5": 1},  # absent from the run: scores 0
}
RUN = {
    "q1": [("dx", 3.0), ("d2", 2.0), ("d1", 1.0)],
    "q2": [("d9", 0.5), ("d4", 0.9)],  # not in score order: d4 ranks first
    "q-extra": [("d1", 1.0)],  # no qrels: ignored
}


def test_beir_metrics_by_hand() -> None:
    # q1: ranks dx (0), d2 (1), d1 (2): DCG = 1/log2(3) + 2/log2(4) = 1.63093;
    # ideal d1, d2: 2/log2(2) + 1/log2(3) = 2.63093; nDCG = 0.619906.
    ndcg_q1 = (1 / log2(3) + 2 / log2(4)) / (2 + 1 / log2(3))
    assert ndcg_q1 == pytest.approx(0.619906, abs=1e-6)
    metrics = beir_metrics(RUN, QRELS)
    assert list(metrics) == ["ndcg@10", "recall@100", "mrr@10"]
    assert metrics["ndcg@10"] == pytest.approx((ndcg_q1 + 1.0 + 0.0) / 3)
    assert metrics["recall@100"] == pytest.approx((1.0 + 1.0 + 0.0) / 3)
    assert metrics["mrr@10"] == pytest.approx((1 / 2 + 1 + 0) / 3)


def test_beir_metrics_cutoffs() -> None:
    filler = [(f"n{i}", 1000.0 - i) for i in range(99)]
    qrels = {"q": {"rel": 1}}
    at_100 = beir_metrics({"q": filler + [("rel", 0.5)]}, qrels)
    assert at_100["recall@100"] == 1.0 and at_100["mrr@10"] == 0.0 and at_100["ndcg@10"] == 0.0
    at_101 = beir_metrics({"q": filler + [("n99", 1.0), ("rel", 0.5)]}, qrels)
    assert at_101["recall@100"] == 0.0
    at_10 = beir_metrics({"q": filler[:9] + [("rel", 0.5)]}, qrels)
    assert at_10["mrr@10"] == pytest.approx(1 / 10)
    assert at_10["ndcg@10"] == pytest.approx(1 / log2(11))
    at_11 = beir_metrics({"q": filler[:10] + [("rel", 0.5)]}, qrels)
    assert at_11["mrr@10"] == 0.0 and at_11["ndcg@10"] == 0.0


def test_beir_metrics_counts_a_repeated_document_once() -> None:
    metrics = beir_metrics({"q": [("d1", 3.0), ("d1", 2.0), ("d2", 1.0)]}, {"q": {"d2": 1}})
    assert metrics["mrr@10"] == pytest.approx(1 / 2)


def test_beir_metrics_needs_qrels() -> None:
    with pytest.raises(ValueError):
        beir_metrics(RUN, {})


# --- TREC run files --------------------------------------------------------------------------


def test_write_trec_run_format(tmp_path: Path) -> None:
    path = tmp_path / "run.trec"
    write_trec_run({"q1": [("d2", 0.25), ("d1", 1.5)], "q2": [("d3", 7.0)]}, path, "hybrid")
    assert path.read_text(encoding="utf-8").splitlines() == [
        "q1 Q0 d1 1 1.5 hybrid",
        "q1 Q0 d2 2 0.25 hybrid",
        "q2 Q0 d3 1 7 hybrid",
    ]


def test_write_trec_run_keeps_top_100(tmp_path: Path) -> None:
    path = tmp_path / "run.trec"
    write_trec_run({"q": [(f"d{i}", float(i)) for i in range(150)]}, path, "t")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 100
    assert lines[0] == "q Q0 d149 1 149 t"
    assert lines[-1] == "q Q0 d50 100 50 t"
    fields = [line.split() for line in lines]
    assert all(len(f) == 6 for f in fields)
    assert [int(f[3]) for f in fields] == list(range(1, 101))


def test_write_trec_run_rejects_whitespace_in_ids(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_trec_run({"q 1": [("d1", 1.0)]}, tmp_path / "r", "t")
    with pytest.raises(ValueError):
        write_trec_run({"q1": [("d1", 1.0)]}, tmp_path / "r", "my tag")


def test_hold_out_takes_every_second_querys_answers() -> None:
    split = hold_out({"q1": {"d1": 1}, "q2": {"d2": 1, "d3": 2}, "q3": {"d4": 1}, "q4": {"d5": 1}})
    assert split.answered == ("q1", "q3")
    assert split.unanswered == ("q2", "q4")
    assert split.removed == {"d2", "d3", "d5"}


def test_hold_out_keeps_a_document_an_answered_query_needs() -> None:
    # d1 answers q1 (kept) and q2 (held out): it stays, so q2 is still answered and is left out
    split = hold_out({"q1": {"d1": 1}, "q2": {"d1": 1, "d2": 1}, "q3": {"d3": 1}, "q4": {"d4": 1}})
    assert split.removed == {"d2", "d4"}
    assert split.unanswered == ("q4",)
    assert split.answered == ("q1", "q3")


def test_hold_out_ignores_unjudged_and_irrelevant_rows() -> None:
    # q0 has only a rel-0 row: no answer to hold out or keep, so it takes no place in the order
    split = hold_out({"q0": {"d0": 0}, "q1": {"d1": 1, "d9": 0}, "q2": {"d2": 1}})
    assert split.answered == ("q1",)
    assert split.unanswered == ("q2",)
    assert split.removed == {"d2"}


def test_coverage_check_keeps_the_held_out_answers_out_of_reach(
    tmp_path: Path, hash_embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each query repeats its document word for word; once a held-out answer is out of the
    search, its query's confidence must fall below every answered one's."""
    import leaflets.beir_index as beir_index
    from leaflets.config import Settings

    texts = ["nierfunctie daalt langzaam bij FSGS", "koude vingers worden wit en blauw",
             "methotrexaat tabletten eenmaal per week", "zwelling van enkels door vocht",
             "vermoeidheid na de infusie", "huidverdikking op de handen"]
    corpus = {f"d{i}": ("", text) for i, text in enumerate(texts)}
    queries = {f"q{i}": text for i, text in enumerate(texts)}
    data = BeirSet("mirror", corpus, queries, {f"q{i}": {f"d{i}": 1} for i in range(len(texts))})
    monkeypatch.setattr(beir_index, "embedder_for", lambda model, threads: hash_embedder)

    runs, check = beir_index.search_beir(data, Settings.from_env({}), ["hybrid"], coverage=True)

    assert beir_metrics(runs["hybrid"], data.qrels)["mrr@10"] == 1.0  # the full index finds all
    assert (len(check.answered), len(check.unanswered)) == (3, 3)
    assert min(check.answered)[0] > max(check.unanswered)[0]
    summary = check.summary()
    assert summary["auroc"] == 1.0
    assert summary["answered"] == 3 and summary["unanswered"] == 3


def test_search_beir_without_coverage_returns_no_check(
    tmp_path: Path, hash_embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import leaflets.beir_index as beir_index
    from leaflets.config import Settings

    data = BeirSet("one", {"d1": ("Nier", "De nier filtert bloed.")}, {"q1": "nier"}, {"q1": {"d1": 1}})
    monkeypatch.setattr(beir_index, "embedder_for", lambda model, threads: hash_embedder)
    runs, check = beir_index.search_beir(data, Settings.from_env({}), ["hybrid", "lexical"])
    assert check is None
    assert [doc for doc, _ in runs["lexical"]["q1"]] == ["d1"]
