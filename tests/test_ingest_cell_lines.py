"""Tables written a cell to a line (ingest/clean/cell_lines.py): LibreOffice's Text export and
docx2python (red team 34) set each cell as a paragraph of its own, nothing marking the rows."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.cell_lines import cell_line_rows
from ingest.clean.lines import split_lines
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam34_leaflets"

INTRO = "Jicht is een ontsteking van een gewricht. Het gewricht wordt dik, rood en pijnlijk."
TABLE = ["Middel", "Laatste keer innemen", "Acetylsalicylzuur", "7 dagen voor de biopsie", "Clopidogrel",
         "7 dagen voor de biopsie", "Apixaban of rivaroxaban", "2 dagen voor de biopsie", "Acenocoumarol",
         "overleg met de trombosedienst"]
AFTER = "Neem de lijst van uw medicijnen mee naar de afspraak."


def _rows(lines: list[str]) -> list[str]:
    found = cell_line_rows(split_lines("\n".join(lines)))
    return [row.text for row in found.values() if row]


def _texts(tmp_path: Path, lines: list[str], blank: bool = False) -> list[str]:
    path = tmp_path / "jicht.txt"
    path.write_text(("\n\n" if blank else "\n").join(["Jicht", "Wat is jicht?", INTRO, *lines]) + "\n",
                    encoding="utf-8")
    return [line for passage in ingest_file(path).passages for line in passage.text.split("\n")]


def test_the_libreoffice_text_table_reads_a_row_to_a_line():
    texts = [passage.text for passage in ingest_file(LEAFLETS / "huidpriktest.txt").passages]
    assert any("Cetirizine, loratadine, desloratadine | 5 dagen\nKetotifen (tabletten of drank) | 14 dagen" in text
               for text in texts)
    assert any("Neusspray en astma-inhalers | niet stoppen" in text for text in texts)


def test_the_docx2python_table_reads_a_row_to_a_line():
    texts = [passage.text for passage in ingest_file(LEAFLETS / "darmpoliepen.txt").passages]
    assert any("3 of 4 adenomen, of één van 10 mm of groter | na 3 jaar" in text for text in texts)


def test_a_cell_table_after_a_sentence_and_before_one(tmp_path):
    for blank in (False, True):
        lines = _texts(tmp_path, [*TABLE, AFTER], blank)
        assert "Middel | Laatste keer innemen" in lines
        assert "Acenocoumarol | overleg met de trombosedienst" in lines
        assert AFTER in lines


def test_a_heading_over_the_table_and_one_after_it_stay_out_of_it():
    rows = _rows(["Bloedverdunners", *TABLE[:8], "Na de biopsie"])
    assert rows == ["Middel | Laatste keer innemen", "Acetylsalicylzuur | 7 dagen voor de biopsie",
                    "Clopidogrel | 7 dagen voor de biopsie", "Apixaban of rivaroxaban | 2 dagen voor de biopsie"]


def test_a_list_of_like_lines_is_no_table():
    names = ["Paracetamol", "Ibuprofen", "Naproxen", "Diclofenac", "Colchicine", "Prednisolon", "Allopurinol"]
    assert _rows(names) == []
    lower = ["koorts", "een rood en warm gewricht", "hevige pijn", "rillingen", "misselijkheid", "braken"]
    assert _rows(["Bel de huisarts bij"] + lower) == []


def test_lines_that_end_a_sentence_or_lead_a_list_are_no_cells():
    for line in ("Stop op tijd.", "Let op:", "• Clopidogrel"):
        rows = _rows([*TABLE[:6], line, *TABLE[6:]])
        assert rows == ["Middel | Laatste keer innemen", "Acetylsalicylzuur | 7 dagen voor de biopsie",
                        "Clopidogrel | 7 dagen voor de biopsie"]


def test_one_row_under_a_header_is_no_table():
    assert _rows(TABLE[:4]) == []


NARROWING = ["Vernauwing", "Wat betekent dat?", "minder dan 50%", "geen operatie, wel medicijnen en gezond leven",
             "50 tot 70%", "bespreken in het vaatoverleg", "meer dan 70%", "vaak een operatie (endarteriëctomie)"]


def test_a_question_over_a_column_and_a_column_of_numbers_read_as_a_table():
    # red team 35: selectolax's text of a CMS page, a cell a line; the header asks a question,
    # and both columns open with small letters, the first one's cells each holding a number
    assert _rows(NARROWING) == ["Vernauwing | Wat betekent dat?",
                                "minder dan 50% | geen operatie, wel medicijnen en gezond leven",
                                "50 tot 70% | bespreken in het vaatoverleg",
                                "meer dan 70% | vaak een operatie (endarteriëctomie)"]


def test_questions_and_numbers_alone_make_no_table():
    questions = ["Wat is jicht?", "Hoe ontstaat het?", "Wat kunt u doen?", "Wie belt u?", "Wanneer belt u?",
                 "Waar vindt u ons?"]
    assert _rows(questions) == []
    numbered = ["Dag 1", "Dag 2", "Dag 3", "Dag 4", "Dag 5", "Dag 6", "Dag 7"]
    assert _rows(numbered) == []
    mixed = ["Klachten", "Duur", "pijn", "Koorts", "zwelling", "rillingen", "Moeheid", "braken"]
    assert _rows(mixed) == []
