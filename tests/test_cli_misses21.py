"""`leaflets eval --misses`: the questions a set's search served wrongly, listed with what came
first, in text and in JSON, on the real leaflets' index."""

from __future__ import annotations

import json

from tests.test_cli import leaflets


def _questions(tmp_path):
    path = tmp_path / "q.jsonl"
    rows = [
        {"id": "hit", "question": "Wat is FSGS?", "answers": ["Focale segmentale glomerulosclerose"],
         "kind": "keyword"},
        {"id": "wrong-quote", "question": "Wat is FSGS?", "answers": ["een zin die in geen enkele folder staat"],
         "kind": "keyword"},
        {"id": "sauna", "question": "Mag ik met sclerodermie naar de sauna?", "answers": [], "kind": "uncovered"},
    ]
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_eval_misses_lists_the_question_whose_answer_is_not_found(tmp_path, leaflet_index):
    run = leaflets("eval", str(_questions(tmp_path)), "--index", str(leaflet_index), "--misses")
    assert run.returncode == 0, run.stderr
    listing = run.stdout.split("### misses (hybrid: ", 1)[1]
    assert listing.startswith("1)")
    assert "wrong-quote  ranked  (rank -, confidence " in listing
    assert "   asked: Wat is FSGS?\n   first: " in listing
    assert "\nhit  " not in listing and "sauna" not in listing


def test_eval_misses_in_json_carry_the_same_fields(tmp_path, leaflet_index):
    run = leaflets("eval", str(_questions(tmp_path)), "--index", str(leaflet_index), "--misses", "--json")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["n"] == 2
    assert [miss["id"] for miss in out["misses"]] == ["wrong-quote"]
    assert set(out["misses"][0]) == {"id", "question", "rank", "confidence", "why", "first_passage"}
    plain = json.loads(leaflets("eval", str(_questions(tmp_path)), "--index", str(leaflet_index), "--json").stdout)
    assert "misses" not in plain
