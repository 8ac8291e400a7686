"""Red team 25: groff -ms. Its running header, printed from page 2 on, stands once in a leaflet
of two pages, at the body's size: in fields that name the leaflet's title it is furniture. The
side of the box -ms draws round a warning runs between its items' bullets and their text, and
through its first line's words: a box's side, no table's rule between cells."""

from __future__ import annotations

import pytest
from pdf_factory import Placed, Rule, ingest_pdf, make_drawn_pdf

BODY = ["Wintertenen zijn vervelend, maar niet gevaarlijk. Soms horen ze bij een andere ziekte,",
        "zoals lupus of een stoornis in de bloedvaten. De dermatoloog doet dan bloedonderzoek."]
LATER = ["Bij wintertenen is het niet gevroren. Bij bevriezing is de huid echt bevroren, eerst wit",
         "en gevoelloos, daarna soms zwart. Wintertenen ontstaan juist bij temperaturen boven nul."]
GAP = " " * 37  # the spaces groff's `.tl` sets between the header's left field and its middle one


def _leaflet(tmp_path, header: list[Placed]) -> str:
    first = [Placed("Wintertenen", 256, 719, 12, True), Placed("Is het iets ernstigs?", 72, 640, 10, True),
             *(Placed(text, 72, 625 - 12 * number, 10) for number, text in enumerate(BODY))]
    second = [*header, Placed("Verschil met bevriezing", 72, 758, 10, True),
              *(Placed(text, 72, 742 - 12 * number, 10) for number, text in enumerate(LATER))]
    return "\n".join(passage.text for passage in ingest_pdf(tmp_path, make_drawn_pdf([first, second])).passages)


@pytest.mark.parametrize("header", [
    # pdftocairo: the left and middle fields one piece, spaces between them, the right one apart
    [Placed(f"Zaans Medisch Centrum{GAP}Wintertenen", 72, 794, 10), Placed("Dermatologie", 449, 794, 10)],
    # groff itself: one piece, the kern to the right field read as a space
    [Placed(f"Zaans Medisch Centrum{GAP}Wintertenen Dermatologie", 72, 794, 10)],
])
def test_a_groff_header_on_the_second_of_two_pages_is_furniture(tmp_path, header):
    text = _leaflet(tmp_path, header)
    assert "Zaans Medisch Centrum" not in text and "Bij wintertenen is het niet gevroren" in text


def test_a_first_line_in_the_top_margin_that_names_the_title_stays(tmp_path):
    """A sentence that opens a page high up names the title too, in one field: text."""
    text = _leaflet(tmp_path, [Placed("Wintertenen blijven dagen tot weken zichtbaar.", 72, 794, 10)])
    assert "Wintertenen blijven dagen tot weken zichtbaar." in text


def test_a_boxes_side_between_bullets_and_items_is_no_cell_border(tmp_path):
    """-ms's box: its left side (x 82) stands right of the bullets (77) and left of their
    text (87), and crosses the bold line over them, which groff cut where it kerns."""
    box = [Rule(82, 586, 649), Rule(504, 586, 649),
           Placed("Bel dir", 77, 635.6, 10, True), Placed("ect de huisarts als:", 106, 635.6, 10, True),
           *(piece for number, item in enumerate(["een plek zwart wordt of open gaat en niet geneest;",
                                                  "de huid rond een wondje rood, warm en pijnlijk wordt;",
                                                  "u koorts krijgt."])
             for piece in (Placed("•", 77, 620 - 15.6 * number, 10), Placed(item, 87, 620 - 15.6 * number, 10)))]
    page = [Placed("Verschil met bevriezing", 72, 700, 10, True),
            *(Placed(text, 72, 684 - 12 * number, 10) for number, text in enumerate(LATER)), *box]
    text = "\n".join(passage.text for passage in ingest_pdf(tmp_path, make_drawn_pdf([page])).passages)
    assert "Bel direct de huisarts als:" in text
    assert "• een plek zwart wordt" in text and "|" not in text
