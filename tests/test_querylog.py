"""The query log: off by default, nothing personal, a retention limit, similar queries grouped."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from leaflets.config import Settings
from leaflets.querylog import LoggedQuery, QueryLog, group_similar, mask_personal

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


def test_the_log_is_off_unless_switched_on():
    assert Settings.from_env({}).query_log is False
    assert Settings.from_env({"LEAFLETS_QUERY_LOG": "1"}).query_log is True
    assert Settings.from_env({"LEAFLETS_QUERY_LOG": "off"}).query_log is False


def test_an_entry_holds_only_query_time_mode_outcome_language(tmp_path):
    log = QueryLog(tmp_path / "log.jsonl", retention_days=30)
    log.record("Is FSGS erfelijk?", "hybrid", True, 0.91234567, now=NOW)
    stored = json.loads((tmp_path / "log.jsonl").read_text(encoding="utf-8"))
    assert stored == {"time": "2026-11-23T12:00:00+00:00", "query": "Is FSGS erfelijk?",
                      "mode": "hybrid", "covered": True, "confidence": 0.9123, "language": ""}


def test_numbers_and_addresses_typed_into_a_question_are_masked(tmp_path):
    assert mask_personal("mijn bsn is 123456789, mail jan.jansen@example.nl") == "mijn bsn is …, mail …"
    assert mask_personal("geboren 12-03-1980, bel 06 12345678") == "geboren …, bel …"
    assert mask_personal("mag ik 2 tabletten van 500 mg in 2025?") == "mag ik 2 tabletten van 500 mg in 2025?"
    log = QueryLog(tmp_path / "log.jsonl", retention_days=30)
    log.record("patiëntnummer 0012345 dikke enkels", "hybrid", False, 0.2, now=NOW)
    assert "0012345" not in (tmp_path / "log.jsonl").read_text(encoding="utf-8")


def test_entries_past_the_retention_limit_are_dropped_on_write(tmp_path):
    log = QueryLog(tmp_path / "log.jsonl", retention_days=30)
    log.record("oude vraag", "hybrid", False, 0.1, now=NOW - timedelta(days=31))
    log.record("recente vraag", "hybrid", False, 0.1, now=NOW - timedelta(days=29))
    log.record("nieuwe vraag", "exact", True, 1.0, now=NOW)
    lines = (tmp_path / "log.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["query"] for line in lines] == ["recente vraag", "nieuwe vraag"]
    assert [e.query for e in log.uncovered(now=NOW)] == ["recente vraag"]


def test_a_damaged_line_is_skipped_not_fatal(tmp_path):
    path = tmp_path / "log.jsonl"
    path.write_text('{"broken": \nnot json\n', encoding="utf-8")
    log = QueryLog(path, retention_days=30)
    log.record("vraag", "hybrid", False, 0.3, now=NOW)
    assert [e.query for e in log.entries(now=NOW)] == ["vraag"]


def entry(query: str, minute: int = 0) -> LoggedQuery:
    return LoggedQuery(f"2026-11-23T12:{minute:02d}:00+00:00", query, "hybrid", False, 0.2)


def test_similar_queries_are_grouped_most_frequent_first(hash_embedder):
    entries = [entry("autorijden na transplantatie", 1), entry("Autorijden na  transplantatie", 2),
               entry("autorijden na een transplantatie", 3), entry("zwanger worden met lupus", 4)]
    groups = group_similar(entries, hash_embedder.encode_queries, threshold=0.8)
    assert [g.count for g in groups] == [3, 1]
    assert groups[0].representative.lower().startswith("autorijden")
    assert len(groups[0].queries) == 2, "case and spacing variants count as one query"
    assert groups[0].last_seen == "2026-11-23T12:03:00+00:00"
    assert groups[1].queries == ["zwanger worden met lupus"]


def test_a_threshold_above_one_groups_only_identical_queries(hash_embedder):
    entries = [entry("autorijden na transplantatie"), entry("autorijden na een transplantatie")]
    assert len(group_similar(entries, hash_embedder.encode_queries, threshold=1.01)) == 2
    assert group_similar([], hash_embedder.encode_queries) == []


def test_a_pasted_text_is_logged_only_by_its_first_words(tmp_path):
    from leaflets.querylog import MAX_LOGGED_WORDS, QueryLog

    log = QueryLog(tmp_path / "log.jsonl", retention_days=30)
    letter = "Beste dokter, ik ben Jan Jansen en " + "ik heb al weken last van dikke enkels " * 100
    log.record(letter, "hybrid", False, 0.1)
    logged = log.entries()[0].query
    assert len(logged.split()) == MAX_LOGGED_WORDS + 1 and logged.endswith(" …")
