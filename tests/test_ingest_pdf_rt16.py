"""Red team 16's PDFs: rst2pdf's list bullets (a WinAnsi code that shows a bullet), tables of
contents without dot leaders, a PyMuPDF Story table whose cells stand apart."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pdf_factory import Ops, Placed, make_drawn_pdf

from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam16_leaflets"

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


SECTIONS = [("What is earwax?", "Earwax is a normal and useful product of the ear canal."),
            ("Symptoms of a wax plug", "A plug usually only causes symptoms when the ear canal is blocked."),
            ("Prevention", "Put two drops of oil in each ear once a week.")]


def _leaflet(contents: list[list[Placed]]) -> bytes:
    page = [Placed("Earwax and a blocked ear", 57, 780, 20), Placed("Contents", 57, 740, 17.5)]
    y = 720
    for entry in contents:
        page += [replace(piece, y=y) for piece in entry]
        y -= 16
    for heading, body in SECTIONS:
        y -= 20
        page += [Placed(heading, 57, y, 17.5), Placed(body, 57, y - 20, 10)]
        y -= 30
    return make_drawn_pdf([page, [Placed("Questions? Call the clinic on weekdays.", 57, 760, 10)]])


@pytest.mark.parametrize("entry", [
    lambda number, heading, page: [Placed(heading, 57, 0, 8.5), Placed(str(page), 534, 0, 8.5)],  # rst2pdf
    lambda number, heading, page: [Placed(f"{number} {heading} {page}", 57, 0, 10)],  # ConTeXt, numbered
])
def test_a_contents_list_without_dot_leaders_is_dropped_with_its_heading(tmp_path, entry):
    path = tmp_path / "earwax.pdf"
    path.write_bytes(_leaflet([entry(n, heading, 1 + n // 3) for n, (heading, _) in enumerate(SECTIONS, 1)]))
    passages = ingest_file(path).passages
    assert "Contents" not in [h for p in passages for h in p.headings]
    assert not any("Prevention 2" in p.text or "Prevention  2" in p.text for p in passages)
    assert [p.headings for p in passages][:3] == [(h,) for h, _ in SECTIONS]


def test_lines_that_end_in_a_number_but_name_no_later_heading_stay():
    from ingest.pdf.contents import without_contents
    from ingest.pdf.geometry import PdfLine
    lines = [PdfLine(text, 57, 700 - 14 * n, 10, False) for n, text in enumerate(
        ["Dosering", "Week 1 2", "Week 2 2", "Week 3 1", "Daarna stopt u.", "Bijwerkingen"])]
    assert without_contents([lines], 3) == [lines]


ROWS = [("lichte jeuk", "verkoelende lotion, uit de zon blijven"),
        ("veel bultjes en jeuk", "hormooncrème, één week"),
        ("slecht slapen door jeuk", "cetirizine 10 mg voor het slapen")]


def _story_table() -> bytes:
    """A table as PyMuPDF's Story draws it: no borders, one text object, each cell reached by
    `Tm` along its row's baseline, the header centred and bold; glyphs 0.5 em wide, so the
    widest first cell ends a little over an em before the second column."""
    cells = [("/F2", 110, 690, "Klacht"), ("/F2", 265, 690, "Wat helpt")]
    for number, (first, second) in enumerate(ROWS):
        cells += [("/F1", 75, 672 - 16 * number, first), ("/F1", 201, 672 - 16 * number, second)]
    drawn = " ".join(f"{font} 10 Tf 1 0 0 1 {x} {y} Tm ({text}) Tj" for font, x, y, text in cells)
    page = [Placed("Behandeling", 72, 750, 16, True),
            Placed("Bij klachten helpt het om uit de zon te blijven.", 72, 720, 10),
            Ops(f"BT {drawn} ET"),
            Placed("Contact", 72, 600, 16, True), Placed("Bel de polikliniek op werkdagen.", 72, 580, 10)]
    return make_drawn_pdf([page], glyph_width=500)


def test_a_borderless_table_drawn_in_one_text_object_reads_row_by_row(tmp_path):
    path = tmp_path / "zonneallergie.pdf"
    path.write_bytes(_story_table())
    passages = ingest_file(path).passages
    assert [p.headings for p in passages] == [("Behandeling",), ("Contact",)]
    rows = "\n".join(f"{first} | {second}" for first, second in ROWS)
    assert f"Klacht | Wat helpt\n\n{rows}" in passages[0].text


def test_red_team_16_story_table_keeps_its_header_as_a_row():
    passages = ingest_file(LEAFLETS / "zonneallergie.pdf").passages
    assert not any("Klacht Wat helpt" in " ".join(p.headings) for p in passages)
    assert any("Klacht | Wat helpt\n\nlichte jeuk | verkoelende lotion, uit de zon blijven\n"
               "veel bultjes en jeuk | hormooncrème, één week" in p.text for p in passages)


def test_two_table_rows_never_join_into_one_line():
    from ingest.clean import clean
    from ingest.source import SourceText
    text = ("Bij klachten helpt het om uit de zon te blijven.\n\nKlacht | Wat helpt\n\n"
            "lichte jeuk | verkoelende lotion, uit de zon blijven\n\nslecht slapen door jeuk | cetirizine 10 mg\n")
    cleaned = clean(SourceText(text, "plain")).text
    assert "uit de zon blijven\nslecht slapen door jeuk | cetirizine 10 mg" in cleaned


def test_only_a_move_past_a_cells_gap_has_the_page_read_again_for_cells():
    """A line set word by word (each `Td` moves on by the width of the word shown, as kerning
    PDFs do) gives `cell_moves` nothing to find, so the page's content stream is not read a
    second time for it; the Story table's moves past a cell's gap are."""
    import pypdf
    from io import BytesIO

    from ingest.pdf.fragments import _visited

    words = " ".join(f"({word}) Tj {len(word) * 5 + 3} 0 Td" for word in "Smeer de zalf twee keer per dag".split())
    kerned = make_drawn_pdf([[Placed("Behandeling", 72, 750, 16, True), Ops(f"BT /F1 10 Tf 1 0 0 1 72 720 Tm {words} ET")]],
                            glyph_width=500)
    assert not _visited(pypdf.PdfReader(BytesIO(kerned)).pages[0])[1].along
    assert _visited(pypdf.PdfReader(BytesIO(_story_table())).pages[0])[1].along
