"""Red team 23's LaTeX table (dvipdfmx): a ruled table whose cells TeX draws cell by cell,
a word broken at a hyphen over two lines of its cell ("ontstek-" / "ingsremmer"). The row
read "Injectie met een ontstek- ingsremmer", where `pdftotext` joins the word."""

from __future__ import annotations

from pdf_factory import Placed, Rule, ingest_pdf, make_drawn_pdf, passages_text


def _page(first: str, rest: str, last: str, last_rest: str) -> list:
    """A title, a paragraph, a ruled three-cell table of a header and two rows, the first
    row's first and last cells wrapped onto a second line, and a closing paragraph."""
    return [Placed("Pijn aan het stuitje", 56, 780, 16, bold=True),
            Placed("Behandeling", 56, 750, 13, bold=True),
            Placed("Meestal gaat de pijn vanzelf over. Soms is een behandeling nodig.", 56, 730, 10),
            Placed("Behandeling", 60, 700, 10), Placed("Wanneer", 200, 700, 10), Placed("Hoe lang", 340, 700, 10),
            Placed(first, 60, 680, 10), Placed(rest, 60, 668, 10),
            Placed("Als de pijn blijft", 200, 680, 10),
            Placed(last, 340, 680, 10), Placed(last_rest, 340, 668, 10),
            Placed("Operatie", 60, 648, 10), Placed("Als niets helpt", 200, 648, 10), Placed("Kort", 340, 648, 10),
            *[Rule(x, 640, 712) for x in (56, 195, 335, 480)],
            Placed("Vraag uw huisarts om raad als de pijn langer dan drie maanden duurt.", 56, 610, 10)]


def test_a_word_a_cells_line_breaks_at_a_hyphen_is_joined(tmp_path):
    pdf = make_drawn_pdf([_page("Injectie met een ontstek-", "ingsremmer", "Werkt enkele maan-", "den")])
    text = passages_text(ingest_pdf(tmp_path, pdf))
    assert "Injectie met een ontstekingsremmer | Als de pijn blijft | Werkt enkele maanden" in text, text


def test_a_real_hyphen_at_a_cells_line_end_stays(tmp_path):
    # "IgA-" / "nefropathie": capitals before the hyphen, a compound's own hyphen
    pdf = make_drawn_pdf([_page("Bij IgA-", "nefropathie", "Twee tot drie", "weken")])
    text = passages_text(ingest_pdf(tmp_path, pdf))
    assert "Bij IgA-nefropathie | Als de pijn blijft | Twee tot drie weken" in text, text
