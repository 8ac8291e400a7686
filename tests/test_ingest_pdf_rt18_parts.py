"""Red team 18's PDFs, in parts: a pdfmake table whose running footer is drawn after it, a
pdf-lib form's field labels and date of issue, and a calibre book's headings and title."""

from __future__ import annotations

from pathlib import Path

from pdf_factory import Placed, ingest_pdf, make_drawn_pdf, passages_text

from ingest.dates import find_updated
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam18_leaflets"

INTRO = "Bouw uw activiteiten stap voor stap op. Als de klachten toenemen, doet u een stapje terug."
ROWS = [("Beeldscherm", "de eerste dagen maximaal 30 minuten"), ("Autorijden", "niet de eerste 24 uur"),
        ("Alcohol", "niet drinken tot de klachten over zijn"), ("Sporten", "pas als u klachtenvrij bent")]


def _table_page(footer: bool) -> list[Placed]:
    """A heading, a paragraph and a two-column table whose cells stand apart by blank alone
    (no rules), and, drawn after all of it as pdfmake does, a footer of two fields."""
    page = [Placed("Rust en weer opbouwen", 40, 760, 13, bold=True), Placed(INTRO, 40, 740, 10.5),
            Placed("Activiteit", 40, 710, 10.5, bold=True), Placed("Advies", 203, 710, 10.5, bold=True)]
    for number, (label, advice) in enumerate(ROWS):
        page += [Placed(label, 40, 690 - 20 * number, 10.5), Placed(advice, 203, 690 - 20 * number, 10.5)]
    if footer:
        page += [Placed("Ziekenhuis Rijnvallei | SEH-017", 40, 809, 8), Placed("Pagina 1", 525, 809, 8),
                 Placed("Versie 4, herzien op 12 januari 2026", 40, 32, 8), Placed("Pagina 1 van 1", 503, 32, 8)]
    return page


def test_a_tables_rows_keep_their_cells_apart_when_a_footer_is_drawn_after_them(tmp_path):
    for footer in (False, True):
        text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([_table_page(footer)])))
        assert "Activiteit | Advies" in text
        for label, advice in ROWS:
            assert f"{label} | {advice}" in text, (footer, text)


def test_the_pdfmake_table_of_red_team_18():
    text = passages_text(ingest_file(LEAFLETS / "hersenschudding.pdf"))
    assert "Autorijden | niet de eerste 24 uur" in text
    assert "Contactsport | minimaal drie weken niet" in text


def test_a_date_of_issue_labelled_after_datum_dates_the_leaflet():
    assert find_updated("", "Datum uitgifte: oktober 2025   |   CAR-HOL-03 pagina 1") == "2025-10"
    assert find_updated("Datum van uitgifte: 3 oktober 2025") == "2025-10-03"
    assert find_updated("Uitgiftedatum: oktober 2025") == "2025-10"
    assert find_updated("Datum volgende herziening: oktober 2025") == ""


def test_the_pdf_lib_forms_footer_dates_it():
    assert ingest_file(LEAFLETS / "holteronderzoek.pdf").leaflet.updated == "2025-10"
