"""Red team 20's `pdftotext -layout` copy (fietstest.txt): a table of two columns set in one
column of the page lost its header row and the row whose first cell wrapped ("Voorbereiding en"
over "plakkers") as plain lines, since a run of rows broke at that cell's rest; and its title
ran on as the last words of the paragraph above it."""

from __future__ import annotations

from pathlib import Path

from ingest.clean import clean
from ingest.pipeline import ingest_file
from ingest.source import SourceText


LEAFLETS = Path(__file__).parent / "data" / "redteam20_leaflets"


_TABLE = ("Onderdeel             Tijdsduur",
          "Voorbereiding en      10 minuten",
          "plakkers",
          "Fietsen               8 tot 12 minuten",
          "Herstel, nameting     5 tot 10 minuten",
          "Totaal                ongeveer 45 minuten")
_ROWS = ("Onderdeel | Tijdsduur\nVoorbereiding en plakkers | 10 minuten\nFietsen | 8 tot 12 minuten\n"
         "Herstel, nameting | 5 tot 10 minuten\nTotaal | ongeveer 45 minuten")


def test_a_header_row_and_a_wrapped_first_cell_stay_rows_and_the_title_stands_apart():
    text = "\n".join(["Zeg het meteen als u pijn op de borst krijgt, erg duizelig wordt",
                      "of erg benauwd wordt.",
                      "Zo verloopt de test",
                      "",
                      *(" " + row for row in _TABLE),
                      "",
                      "Na het onderzoek blijft u nog even zitten.", ""])
    cleaned = clean(SourceText(text)).text
    assert _ROWS in cleaned, cleaned
    assert "erg benauwd wordt.\n\nZo verloopt de test\n\nOnderdeel" in cleaned, cleaned


def test_the_same_table_in_the_left_column_of_the_red_teams_page():
    # the right column's warning box and contact lines stand beside the table's rows there
    passages = [passage.text for passage in ingest_file(LEAFLETS / "fietstest.txt").passages]
    assert _ROWS in passages, passages
    assert any(passage.endswith("erg benauwd wordt.") for passage in passages), passages


def test_a_capitalised_line_between_rows_heads_the_rows_under_it_and_is_no_cells_rest():
    text = "\n".join(["Schema",
                      "",
                      " Paracetamol          1 tablet",
                      " Ibuprofen            2 tabletten",
                      " Omeprazol            1 capsule",
                      " Avond",
                      " Paracetamol          1 tablet",
                      " Ibuprofen            1 tablet",
                      " Omeprazol            geen", ""])
    cleaned = clean(SourceText(text)).text
    assert "Ibuprofen | 2 tabletten\n" in cleaned and "Ibuprofen Avond" not in cleaned, cleaned


def test_a_lower_case_line_under_a_tables_last_row_is_text_after_it():
    text = "\n".join(["Dosering",
                      "",
                      "Kinderen          1 tablet",
                      "Volwassenen       2 tabletten",
                      "Ouderen           1 tablet",
                      "tenzij de arts iets anders zegt.", ""])
    cleaned = clean(SourceText(text)).text
    assert "Ouderen | 1 tablet\n" in cleaned and "Ouderen tenzij" not in cleaned, cleaned
