"""Red team 20's iText leaflet: a table drawn on canvases of its own after the page's text is
read where it stands, under its caption, not after the next section's first paragraph."""

from __future__ import annotations

from pdf_factory import Placed, ingest_pdf, make_pdf

from ingest.pdf.geometry import Fragment
from ingest.pdf.order import set_in

ROWS = [("Behandeling", "Vergoeding uit basisverzekering"), ("Oedeemtherapie", "vanaf de 10e behandeling per jaar"),
        ("Therapeutische armkous", "ja, na eigen risico"), ("Lymfedrainage alleen", "nee")]


def _table_drawn_last() -> list[Placed]:
    """A page as iText draws it: the text from the top down, the table's caption in its flow
    with a gap under it, then (on the table's own canvas) the table's rows in that gap."""
    text = [Placed("Behandeling", 50, 700, 12, True),
            Placed("De oedeemtherapeut behandelt lymfoedeem met zwachtelen en oefeningen.", 50, 684, 10),
            Placed("De zorgverzekering vergoedt meestal twee kousen per jaar.", 50, 671, 10),
            Placed("Vergoeding van de behandeling", 50, 652, 10, True),
            Placed("Infectie: wondroos", 50, 560, 12, True),
            Placed("Een arm met lymfoedeem raakt sneller ontstoken. Deze infectie heet wondroos.", 50, 544, 10)]
    table = [Placed(cell, x, 632 - 18 * number, 10)
             for number, row in enumerate(ROWS) for cell, x in zip(row, (54, 301.5))]
    return text + table


def test_a_table_drawn_after_the_text_is_read_under_its_caption(tmp_path):
    """iText drew the table after the page's text: read as drawn, it followed "Een arm met
    lymfoedeem raakt sneller ontstoken" under "Infectie: wondroos", and its caption, a heading
    with nothing under it, was lost."""
    result = ingest_pdf(tmp_path, make_pdf([_table_drawn_last()]))
    table = next(passage for passage in result.passages if "Oedeemtherapie" in passage.text)
    assert "Infectie: wondroos" not in table.headings
    assert table.headings[-1] == "Vergoeding van de behandeling"
    infection = next(passage for passage in result.passages if "wondroos" in passage.text)
    assert "Oedeemtherapie" not in infection.text


def _row(text: str, x: float, y: float) -> list[Fragment]:
    return [Fragment(text, x, y, 10, False)]


def test_labels_on_a_picture_drawn_after_the_text_are_no_table_set_in_it():
    """Labels placed on a picture in a gap of the text start away from the text's left edge:
    they stay where the drawing puts them; a block at that edge, in one gap, is set in the flow."""
    text = [_row("Inleiding", 50, 700), _row("De voorgevulde pen", 50, 688), _row("Stap 1", 50, 500)]
    assert not set_in([_row("Groene activatieknop", 240, 600)], text, 50)
    assert set_in([_row("Oedeemtherapie", 54, 600), _row("Lymfedrainage alleen", 54, 582)], text, 50)
    assert not set_in([_row("Oedeemtherapie", 54, 600), _row("Lymfedrainage alleen", 54, 480)], text, 50)
