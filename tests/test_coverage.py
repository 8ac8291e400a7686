"""The editors' coverage report and leaflet inventory, shared by the CLI and the app."""

from __future__ import annotations

import csv
from datetime import date

from leaflets.cli import main
from leaflets.coverage import CSV_COLUMNS, coverage_report, inventory, read_questions, rows_csv

FSGS = "Focale segmentale glomerulosclerose (FSGS)"


def test_questions_one_per_line_without_blanks_comments_or_repeats():
    text = "Is FSGS erfelijk?\n\n  wat is   FSGS \n# a note for editors\nIs FSGS erfelijk?\n"
    assert read_questions(text) == ["Is FSGS erfelijk?", "wat is FSGS"]


def test_report_rows_carry_verdict_and_best_passage(searcher):
    rows = coverage_report(searcher, ["Is FSGS erfelijk?", "Mag ik autorijden na een niertransplantatie?"])
    assert [row.covered for row in rows] == [True, False]
    assert rows[0].leaflet == FSGS and rows[0].leaflet_id == "fsgs"
    assert "erfelijk" in rows[0].best_passage.lower() and rows[0].section
    assert 0.0 <= rows[1].confidence < 0.5 <= rows[0].confidence <= 1.0


def test_csv_has_the_documented_columns_and_yes_no(searcher):
    rows = coverage_report(searcher, ["Is FSGS erfelijk?"])
    lines = rows_csv(rows).splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS)
    record = next(csv.DictReader(lines))
    assert record["covered"] == "yes" and record["leaflet"] == FSGS


def test_a_question_in_another_language_is_named_in_the_row_and_the_csv(searcher):
    rows = coverage_report(searcher, ["Is FSGS erfelijk?", "FSGS kalıtsal mı?"])
    assert [row.language for row in rows] == ["", "tr"]
    records = list(csv.DictReader(rows_csv(rows).splitlines()))
    assert [record["language"] for record in records] == ["", "tr"]


def test_inventory_counts_and_staleness(searcher):
    today = date(2026, 1, 1)
    rows = {s.id: s for s in inventory(searcher, stale_days=730, today=today)}
    fsgs = rows["fsgs"]
    assert (fsgs.updated, fsgs.age_days, fsgs.stale) == ("2025-07-02", 183, False)
    assert fsgs.passages == sum(1 for _, p in searcher.store.all_passages() if p.leaflet_id == "fsgs")
    assert 0 < fsgs.sections <= fsgs.passages
    undated = rows["systemische-sclerose"]
    assert undated.age_days is None and undated.stale
    assert inventory(searcher, stale_days=100, today=today)[0].id == "systemische-sclerose"
    assert {s.id: s.stale for s in inventory(searcher, stale_days=100, today=today)}["fsgs"]


def test_cli_coverage_prints_the_table_and_writes_the_csv(leaflet_index, tmp_path, capsys):
    questions = tmp_path / "questions.txt"
    questions.write_text("Is FSGS erfelijk?\nMag ik autorijden na een niertransplantatie?\n", encoding="utf-8")
    out = tmp_path / "coverage.csv"
    assert main(["coverage", str(questions), "--index", str(leaflet_index), "--csv", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 of 2 questions answered by the leaflets" in printed
    assert printed.splitlines()[0].startswith("yes") and FSGS in printed.splitlines()[0]
    records = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["covered"] for r in records] == ["yes", "no"]


def test_cli_coverage_names_a_missing_questions_file(leaflet_index, tmp_path, capsys):
    assert main(["coverage", str(tmp_path / "nope.txt"), "--index", str(leaflet_index)]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_age_of_a_leaflet_dated_by_month_only():
    from datetime import date

    from leaflets.coverage import _age_days

    today = date(2026, 11, 23)
    assert _age_days("2022-10", today) == (today - date(2022, 10, 1)).days
    assert _age_days("2025-07-02", today) == (today - date(2025, 7, 2)).days
    assert _age_days("", today) is None and _age_days("unknown", today) is None


def test_question_files_as_notepad_and_excel_save_them():
    from leaflets.coverage import read_questions_file

    questions = "Is FSGS erfelijk?\nWat is een nierbiopsie?\n"
    assert read_questions_file(b"\xff\xfe" + questions.encode("utf-16-le"), "vragen.txt") == [
        "Is FSGS erfelijk?", "Wat is een nierbiopsie?"]
    assert read_questions_file("Is Raynaud erg?\n".encode("cp1252"), "v.txt") == ["Is Raynaud erg?"]
    spreadsheet = 'vraag,opmerking\n"Is FSGS erfelijk?",staf\n"Mag ik sporten, ook met FSGS?",\n'
    assert read_questions_file(spreadsheet.encode(), "vragen.csv") == [
        "Is FSGS erfelijk?", "Mag ik sporten, ook met FSGS?"]
    dutch_excel = "vraag;afdeling\r\nMag ik sporten, ook met FSGS?;nefrologie\r\nWat is een nierbiopsie?;\r\n"
    assert read_questions_file(dutch_excel.encode("cp1252"), "vragen.csv") == [
        "Mag ik sporten, ook met FSGS?", "Wat is een nierbiopsie?"]
    assert read_questions_file(b"Is FSGS erfelijk?\nWat is FSGS?\n", "een-kolom.csv") == [
        "Is FSGS erfelijk?", "Wat is FSGS?"]


def test_a_question_file_that_is_not_text_names_the_file():
    import pytest
    from ingest.document import IngestError
    from leaflets.coverage import read_questions_file

    with pytest.raises(IngestError, match="plaatje.txt"):
        read_questions_file(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "plaatje.txt")


def test_csv_cells_cannot_become_spreadsheet_formulas():
    from leaflets.coverage import CoverageRow

    rows = [CoverageRow("=SUM(1+1)", False, 0.1, 0.2, "@leaflet", "", "", "- Drink veel water.")]
    record = next(csv.DictReader(rows_csv(rows).splitlines()))
    assert (record["question"], record["leaflet"], record["best_passage"]) == (
        "'=SUM(1+1)", "'@leaflet", "'- Drink veel water.")
