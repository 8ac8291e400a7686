"""Plain-text findings of red team 9: a table aligned by spaces whose cells wrap onto an
indented line, and a masthead line that dates the leaflet beside its folder number."""

from __future__ import annotations

from ingest.dates import find_updated, is_date_line
from ingest.pipeline import ingest_file

LEAFLET = """LAGE RUGPIJN

Folder nr. 1187, februari 2025

Bijna iedereen heeft weleens last van lage rugpijn. Deze folder helpt u om in beweging te blijven.

Oefeningen

Doe de oefeningen rustig. Ze mogen een beetje trekken.

Oefening             Uitgangshouding       Herhalingen   Hoe vaak per dag
Knieën naar borst    Op de rug, knieën     10 keer       2 keer
                     gebogen
Bekken kantelen      Op de rug, knieën     15 keer       3 keer
                     gebogen
Bruggetje            Op de rug, voeten     10 keer       1 keer
                     plat op de grond      (of minder)

Tillen en bukken

Buig door de knieën en houd de last dicht bij uw lichaam.
"""


def test_a_cell_that_wraps_onto_an_indented_line_stays_in_its_row(tmp_path):
    path = tmp_path / "rug.txt"
    path.write_text(LEAFLET, encoding="utf-8")
    passages = {p.headings: p.text for p in ingest_file(path).passages}
    assert passages[("Oefeningen",)].endswith(
        "Oefening | Uitgangshouding | Herhalingen | Hoe vaak per dag\n"
        "Knieën naar borst | Op de rug, knieën gebogen | 10 keer | 2 keer\n"
        "Bekken kantelen | Op de rug, knieën gebogen | 15 keer | 3 keer\n"
        "Bruggetje | Op de rug, voeten plat op de grond | 10 keer (of minder) | 1 keer")
    assert list(passages) == [(), ("Oefeningen",), ("Tillen en bukken",)]  # no row taken for a heading


def test_an_indented_line_under_a_table_that_is_no_cell_stays_text(tmp_path):
    text = LEAFLET.replace("                     plat op de grond      (of minder)\n",
                           "\n    Houd bij elke oefening uw adem niet in.\n")
    path = tmp_path / "rug.txt"
    path.write_text(text, encoding="utf-8")
    passage = {p.headings: p.text for p in ingest_file(path).passages}[("Oefeningen",)]
    assert passage.endswith("Bruggetje | Op de rug, voeten | 10 keer | 1 keer\n\n"
                            "Houd bij elke oefening uw adem niet in.")


def test_a_folder_number_beside_a_month_dates_the_leaflet():
    assert find_updated(LEAFLET) == "2025-02"
    assert is_date_line("Folder nr. 1187, februari 2025")
    assert is_date_line("Brochure nummer 12 | maart 2024")
    assert find_updated("Bestel ook folder nr. 1187, februari 2025 verschenen, bij de balie.") == ""


def test_an_indented_paragraph_under_a_table_is_no_cell_of_its_last_row():
    """Lines indented to a column but running past its cell are a note under the table
    (review of round 9)."""
    from ingest.clean import clean
    from ingest.source import SourceText

    text = ("Medicijn         Wanneer          Dosis\n"
            "Paracetamol      bij pijn         500 mg\n"
            "Ibuprofen        na het eten      400 mg\n"
            "                 Let op: ibuprofen kan uw maag irriteren. Neem het\n"
            "                 daarom altijd in met wat eten of een glas melk.\n")
    assert clean(SourceText(text, "plain")).text == (
        "Medicijn | Wanneer | Dosis\nParacetamol | bij pijn | 500 mg\nIbuprofen | na het eten | 400 mg\n\n"
        "Let op: ibuprofen kan uw maag irriteren. Neem het daarom altijd in met wat eten of een glas melk.")
