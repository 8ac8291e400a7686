"""PDF findings of red-team 5, each on a generated PDF: a table of three or more columns
read as one run-on line, and a leaflet whose only date stands in its running footer."""

from __future__ import annotations

import pytest
from pdf_factory import Line, Placed, make_pdf

from ingest.clean import clean
from ingest.pdf import load_pdf
from ingest.pipeline import ingest_file

# ---------------------------------------------------------------- finding 1: tables of 3+ columns

SCHEDULE = [("Week", "Dagdosis", "Tabletten van 5 mg", "Van - tot en met"),
            ("1", "30 mg", "6 tabletten", "3 maart - 9 maart"),
            ("2", "25 mg", "5 tabletten", "10 maart - 16 maart"),
            ("3", "20 mg", "4 tabletten", "17 maart - 23 maart"),
            ("4", "15 mg", "3 tabletten", "24 maart - 30 maart"),
            ("5", "stoppen", "-", "vanaf 31 maart")]
COLUMNS = (56, 130, 230, 390)
INTRO = [Placed("Afbouwschema prednison", 56, 790, 18, True),
         Placed("U gebruikt prednison. Uw arts heeft besloten dat u de prednison gaat afbouwen. Dat", 56, 760, 11),
         Placed("betekent dat u de dosis stap voor stap verlaagt. Stop nooit in een keer.", 56, 746, 11),
         Placed("Uw schema", 56, 720, 12, True)]
AFTER = [Placed("Wat merkt u tijdens het afbouwen?", 56, 560, 12, True),
         Placed("U kunt zich moe voelen. Dit gaat meestal vanzelf over.", 56, 542, 11)]


def _schedule(rows=SCHEDULE, columns=COLUMNS, *, wrapped: dict[int, str] | None = None) -> list[Placed]:
    """The rows of a table drawn row by row, cell by cell; `wrapped` adds a second line
    to the last cell of a row."""
    page, y = [], 700.0
    for number, cells in enumerate(rows):
        page += [Placed(cell, x, y, 10, number == 0) for cell, x in zip(cells, columns)]
        if wrapped and number in wrapped:
            y -= 12
            page.append(Placed(wrapped[number], columns[len(cells) - 1], y, 10))
        y -= 16
    return page


def _lines(pdf: bytes) -> list[str]:
    return [" ".join(line.split()) for line in clean(load_pdf(pdf, "schema.pdf")).text.split("\n")]


@pytest.mark.parametrize("page", [INTRO + _schedule() + AFTER, [INTRO[0], *_schedule()]],
                         ids=["under-running-text", "alone-on-its-page"])
def test_a_four_column_schedule_reads_one_row_per_line(page):
    lines = _lines(make_pdf([page]))
    start = lines.index(" | ".join(SCHEDULE[0]))
    assert lines[start:start + len(SCHEDULE)] == [" | ".join(row) for row in SCHEDULE]


def test_a_three_column_table_reads_one_row_per_line(tmp_path):
    rows = [("Wanneer", "Medicijn en sterkte", "Hoeveel"),
            ("bij het ontbijt", "prednison tablet van 5 mg", "zes tabletten tegelijk"),
            ("bij de lunch", "paracetamol tablet van 500 mg", "twee tabletten"),
            ("voor het slapen", "omeprazol capsule van 20 mg", "een capsule")]
    path = tmp_path / "schema.pdf"
    path.write_bytes(make_pdf([INTRO + _schedule(rows, (56, 170, 350)) + AFTER]))
    passages = {p.headings: [" ".join(line.split()) for line in p.text.split("\n") if line.strip()]
                for p in ingest_file(path).passages}
    assert passages[("Uw schema",)] == [" | ".join(row) for row in rows]
    assert passages[("Wat merkt u tijdens het afbouwen?",)] == [
        "U kunt zich moe voelen. Dit gaat meestal vanzelf over."]


def test_a_wrapped_last_cell_goes_on_in_its_row():
    lines = _lines(make_pdf([INTRO + _schedule(wrapped={3: "(daarna controle)"}) + AFTER]))
    assert "3 | 20 mg | 4 tabletten | 17 maart - 23 maart (daarna controle)" in lines
    assert "4 | 15 mg | 3 tabletten | 24 maart - 30 maart" in lines


def test_running_text_after_a_table_is_not_part_of_it():
    lines = _lines(make_pdf([INTRO + _schedule() + AFTER]))
    assert "U kunt zich moe voelen. Dit gaat meestal vanzelf over." in lines
    assert "U gebruikt prednison. Uw arts heeft besloten dat u de prednison gaat afbouwen. Dat betekent " \
           "dat u de dosis stap voor stap verlaagt. Stop nooit in een keer." in lines


# ---------------------------------------------------------------- finding 2: a date in the footer

BODY_1 = [Line("Zelf injecteren met nadroparine", 16, True),
          Line("U gaat thuis zelf nadroparine spuiten. Nadroparine is een bloedverdunner.", gap=10),
          Line("Wanneer spuit u?", 12, True, gap=12), Line("Spuit een keer per dag.", gap=4)]
BODY_2 = [Line("Bijwerkingen", 12, True), Line("Blauwe plekken rond de prikplek komen vaak voor.", gap=4)]


def _leaflet(tmp_path, footer: str, pages=(BODY_1, BODY_2), *, name: str = "nadroparine.pdf"):
    path = tmp_path / name
    path.write_bytes(make_pdf([[Placed(footer, 56, 30, 8), Placed(str(number), 530, 30, 8), *body]
                               for number, body in enumerate(pages, start=1)]))
    return ingest_file(path)


@pytest.mark.parametrize("footer, date", [
    ("Laatst herzien: september 2023  |  Apotheek", "2023-09"),
    ("Versie 4 - september 2023", "2023-09"),
    ("Apotheek Ziekenhuis Rijnland Oost  \u2013  versie 4  \u2013  september 2023", "2023-09"),
    ("Ziekenhuis Rijnland Oost | Datum: 12-05-2024", "2024-05-12"),
])
def test_a_date_only_in_the_running_footer_dates_the_leaflet(tmp_path, footer, date):
    item = _leaflet(tmp_path, footer)
    assert item.leaflet.updated == date
    assert not any("2023" in p.text or "2024" in p.text or "Apotheek" in p.text for p in item.passages)


@pytest.mark.parametrize("footer", [
    "Ziekenhuis Rijnland Oost - Interne Geneeskunde",
    "Pagina 1 van 2",
    "Ziekenhuis 2000 | afdeling 12 - 2",
])
def test_a_page_number_or_hospital_name_in_the_footer_is_no_date(tmp_path, footer):
    assert _leaflet(tmp_path, footer).leaflet.updated == ""


def test_a_date_the_text_states_beats_the_footer(tmp_path):
    body = [*BODY_2, Line("Laatst herzien: 2 maart 2025", 9, gap=20)]
    assert _leaflet(tmp_path, "Versie 4 - september 2023", (BODY_1, body)).leaflet.updated == "2025-03-02"


def test_the_footer_is_carried_once_beside_the_text():
    pdf = make_pdf([[Placed("Apotheek | versie 4 - september 2023", 56, 30, 8), Placed(str(number), 530, 30, 8),
                     *body] for number, body in enumerate((BODY_1, BODY_2, BODY_2[:1]), start=1)])
    source = load_pdf(pdf, "nadroparine.pdf")
    assert "september 2023" not in source.text
    # each field from a separator on is a line too: a date's label begins its line
    assert source.furniture.split("\n") == ["Apotheek | versie 4 - september 2023",
                                            "versie 4 - september 2023", "september 2023"]
