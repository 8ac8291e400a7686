"""The question's language in JSON output, the query log and `leaflets eval`; `leaflets status`
without paths compares the folders the index was built from."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import numpy as np

from index.search import SearchResult
from leaflets.api import result_json
from leaflets.evaluate import Question, Ranking, evaluate, format_table
from leaflets.querylog import QueryLog, group_similar
from tests.test_cli import leaflets

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)


# --- search --json: "language" --------------------------------------------------------------


def test_result_json_names_the_question_language() -> None:
    foreign = SearchResult("Is FSGS hereditary?", [], covered=True, confidence=0.7, language="en")
    own = SearchResult("Is FSGS erfelijk?", [], covered=True, confidence=0.7)
    assert result_json(foreign)["language"] == "en"
    assert result_json(own)["language"] == ""
    assert set(result_json(own)) == {"query", "covered", "confidence", "language", "renamed", "results"}


def test_search_json_and_json_lines_carry_the_language(leaflet_index):
    run = leaflets("search", "Is FSGS hereditary?", "--index", str(leaflet_index), "-k", "1", "--json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["language"] == "en"
    run = leaflets("search", "-", "--index", str(leaflet_index), "-k", "1",
                   stdin="Is FSGS erfelijk?\nIs FSGS hereditary?\n")
    assert run.returncode == 0, run.stderr
    assert [json.loads(line)["language"] for line in run.stdout.splitlines()] == ["", "en"]


# --- the query log keeps the question's language ----------------------------------------------


def test_query_log_records_the_language(tmp_path) -> None:
    log = QueryLog(tmp_path / "log.jsonl", retention_days=30)
    log.record("Is FSGS hereditary?", "hybrid", False, 0.2, language="en", now=NOW)
    log.record("Is FSGS erfelijk?", "hybrid", True, 0.9, now=NOW)
    assert [e.language for e in log.entries(now=NOW)] == ["en", ""]
    assert json.loads(log.path.read_text().splitlines()[0])["language"] == "en"


def test_query_log_reads_entries_written_before_the_language(tmp_path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_text(json.dumps({"time": NOW.isoformat(timespec="seconds"), "query": "oude vraag",
                                "mode": "hybrid", "covered": False, "confidence": 0.1}) + "\n")
    log = QueryLog(path, retention_days=30)
    assert [(e.query, e.language) for e in log.entries(now=NOW)] == [("oude vraag", "")]
    log.record("new question", "hybrid", False, 0.1, language="en", now=NOW)
    assert [e.language for e in log.entries(now=NOW)] == ["", "en"]


def test_query_groups_name_the_languages_asked_in(tmp_path) -> None:
    log = QueryLog(tmp_path / "log.jsonl", retention_days=30)
    log.record("kidney stones", "hybrid", False, 0.1, language="en", now=NOW)
    log.record("Kidney  stones", "hybrid", False, 0.1, language="en", now=NOW)
    log.record("jicht", "hybrid", False, 0.1, now=NOW)
    groups = group_similar(log.entries(now=NOW), lambda texts: np.eye(len(texts)))
    assert {g.representative.casefold(): g.languages for g in groups} == {
        "kidney stones": ("en",), "jicht": ()}


# --- leaflets eval: a question without `lang` is in the leaflets' language ----------------------

PASSAGE = "Bij FSGS lekt eiwit uit de nierfilters in de urine."


def _ranking(qid: str, lang: str) -> Ranking:
    question = Question(qid, "Waarom eiwit in de urine?", ("eiwit uit de nierfilters",), "keyword", lang=lang)
    return Ranking(question, (PASSAGE,), 0.8)


def test_eval_counts_questions_without_lang_in_the_leaflets_language() -> None:
    mixed = [_ranking("a", "nl"), _ranking("b", "")]
    assert evaluate(mixed, [PASSAGE], language="nl").by_lang == {}  # one language: no rows
    report = evaluate([_ranking("a", ""), _ranking("b", "en")], [PASSAGE], language="de")
    assert list(report.by_lang) == ["de", "en"]
    assert "lang ?" not in format_table(report)


def test_eval_falls_back_to_dutch_when_nothing_names_the_language() -> None:
    assert evaluate([_ranking("a", "nl"), _ranking("b", "")], [PASSAGE]).by_lang == {}
    assert evaluate([_ranking("a", "nl"), _ranking("b", "")], [PASSAGE], language="").by_lang == {}


def test_eval_cli_has_no_unknown_language_row(tmp_path, leaflet_index):
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps({"id": "a", "question": "Is FSGS erfelijk?", "answers": [], "kind": "keyword",
                    "lang": "nl"}) + "\n"
        + json.dumps({"id": "b", "question": "Waarom heb ik dikke enkels?", "answers": [],
                      "kind": "keyword"}) + "\n"
        + json.dumps({"id": "c", "question": "Is FSGS hereditary?", "answers": [], "kind": "keyword",
                      "lang": "en"}) + "\n")
    run = leaflets("eval", str(questions), "--index", str(leaflet_index))
    assert run.returncode == 0, run.stderr
    assert "lang ?" not in run.stdout
    assert "| lang nl | 0 |" in run.stdout and "| lang en | 0 |" in run.stdout


# --- leaflets status without paths ----------------------------------------------------------


def test_status_without_paths_compares_the_folders_the_index_came_from(tmp_path):
    folder = tmp_path / "elders"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Titel A\n\nDit gaat over nierstenen. Drink veel water.\n")
    (folder / "sub" / "c.txt").write_text("Titel C\n\nDit gaat over nierfalen.\n")
    index = str(tmp_path / "idx")
    elsewhere = tmp_path / "sources"
    elsewhere.mkdir()
    (elsewhere / "other.txt").write_text("Titel O\n\nDit gaat over iets anders.\n")
    env = {"LEAFLETS_SOURCES": str(elsewhere)}  # not where the index came from
    assert leaflets("ingest", str(folder), "--index", index).returncode == 0
    out = leaflets("status", "--index", index, env=env).stdout
    assert f"up to date with {folder}" in out, out
    assert "other.txt" not in out and "missing" not in out
    (folder / "b.txt").write_text("Titel B\n\nDit gaat over jicht.\n")
    out = leaflets("status", "--index", index, env=env).stdout
    assert "b.txt" in out and f"leaflets ingest {folder} --index {index}`" in out
    changes = [line for line in out.splitlines() if not line.startswith("stale ")]  # undated: listed as stale
    assert not any(name in line for line in changes for name in ("c.txt", "other.txt")), out


def test_status_help_says_what_it_compares_without_paths():
    out = leaflets("status", "--help").stdout
    assert "came from" in " ".join(out.split())
