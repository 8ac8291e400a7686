"""Red team 16's PDFs: rst2pdf's list bullets (a WinAnsi code that shows a bullet), tables of
contents without dot leaders, a PyMuPDF Story table whose cells stand apart."""

from __future__ import annotations

from pdf_factory import Ops, Placed, make_drawn_pdf

from ingest.pipeline import ingest_file

ITEMS = ["a dull or blocked feeling in the ear", "hearing less well on one side",
         "ringing or a beep in the ear"]


def _rst2pdf_list() -> bytes:
    """The items as rst2pdf draws them: the bullet "\\177" in a font of its own, apart from the item."""
    page = [Placed("Symptoms of a wax plug", 57, 760, 17.5),
            Placed("A wax plug usually only causes symptoms when the ear canal is blocked.", 57, 735, 10)]
    for number, item in enumerate(ITEMS):
        y = 715 - 18 * number
        page += [Ops(f"BT /F1 10 Tf 1 0 0 1 63 {y} Tm 8 0 Td (\x7f) Tj T* -8 0 Td ET"), Placed(item, 80, y, 10)]
    page.append(Placed("Pain or fever do not fit with an ordinary wax plug. Contact your GP.", 57, 650, 10))
    return make_drawn_pdf([page])


def test_a_winansi_code_that_shows_a_bullet_marks_list_items(tmp_path):
    path = tmp_path / "earwax.pdf"
    path.write_bytes(_rst2pdf_list())
    text = ingest_file(path).passages[0].text
    assert "\x7f" not in text
    assert "\n".join(f"• {item}" for item in ITEMS) in text
