"""Red team 37's psnup sheet: two pages set side by side on one A4 sheet, turned a quarter
(`0 1 -1 0 x y Tm`) with no `/Rotate`, read as the same two pages drawn upright on a
landscape sheet are: lines apart, half by half, headings, date and table cells as there."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from pdf_factory import Ops, ingest_pdf, make_drawn_pdf, passages_text

from ingest.pdf.fragments import page_fragments

LEAFLETS = Path(__file__).parent / "data" / "redteam37_leaflets"
SHEET_WIDTH, SHEET_HEIGHT = 842, 595  # the landscape sheet as a reader turns it to read

# (shown: text, or a row's cells with the kern that jumps to each next one), bold, size, x, y on the upright sheet
_SHEET = [
    ("Tandartspraktijk De Molen, Zwolle", False, 10, 40, 540),
    ("Een tand door de lip", True, 12, 40, 518),
    ("Wat is er gebeurd?", True, 10, 40, 496),
    ("Kinderen vallen vaak van de fiets of tegen de rand van", False, 10, 40, 482),
    ("het zwembad. Daarbij kan een tand afbreken.", False, 10, 40, 470),
    ("Wat doet u?", True, 10, 40, 448),
    ([("Periode", 0), ("Advies", -6000)], False, 10, 40, 434),
    ([("Eerste dagen", 0), ("Zacht eten", -3500)], False, 10, 40, 422),
    ([("Een week", 0), ("Goed poetsen", -5500)], False, 10, 40, 410),
    ("1", False, 10, 210, 40),
    ("Na het ongeluk", True, 10, 461, 540),
    ("Geef uw kind een week zacht eten, zoals pap en", False, 10, 461, 526),
    ("yoghurt. Kom na zes weken terug voor controle.", False, 10, 461, 514),
    ("Versie 3 \u2013 februari 2026", False, 10, 461, 500),
    ("2", False, 10, 631, 40),
]


def _shown(text: str | list[tuple[str, int]]) -> str:
    """A `TJ` array: the text, or a row's cells each after the kern that jumps to it."""
    if isinstance(text, str):
        return f"[({text})]"
    return "[" + " ".join(f"{kern} ({cell})" if kern else f"({cell})" for cell, kern in text) + "]"


def _sheet(turn: int) -> bytes:
    """The sheet drawn upright on a landscape page (`turn` 0), or on a portrait page with its
    text running up it (90, psnup's) or down it (270), the page itself not turned."""
    ops = []
    for text, bold, size, x, y in _SHEET:
        matrix = {0: f"1 0 0 1 {x} {y}", 90: f"0 1 -1 0 {SHEET_HEIGHT - y} {x}",
                  270: f"0 -1 1 0 {y} {SHEET_WIDTH - x}"}[turn]
        ops.append(f"BT /F{2 if bold else 1} {size} Tf {matrix} Tm {_shown(text)} TJ ET")
    size = {"width": SHEET_WIDTH, "height": SHEET_HEIGHT} if turn == 0 \
        else {"width": SHEET_HEIGHT, "height": SHEET_WIDTH}
    return make_drawn_pdf([[Ops("\n".join(ops))]], glyph_width=500, **size)


def test_a_sheet_whose_text_runs_up_the_page_reads_as_the_upright_sheet(tmp_path):
    upright = ingest_pdf(tmp_path, _sheet(0), "upright.pdf")
    for turn in (90, 270):
        turned = ingest_pdf(tmp_path, _sheet(turn), f"turned{turn}.pdf")
        assert [(p.headings, p.text) for p in turned.passages] == [(p.headings, p.text) for p in upright.passages]
        assert (turned.leaflet.updated, turned.leaflet.publisher) == (upright.leaflet.updated,
                                                                     upright.leaflet.publisher)


def test_the_turned_sheet_keeps_its_lines_headings_and_date(tmp_path):
    """Read unturned, every line began at one height: "rand vanhet zwembad", no heading, no date."""
    turned = ingest_pdf(tmp_path, _sheet(90), "turned.pdf")
    text = passages_text(turned)
    assert "rand van het zwembad" in text
    assert "pap en yoghurt" in text
    assert any(passage.headings[-1:] == ("Na het ongeluk",) for passage in turned.passages)
    assert turned.leaflet.updated == "2026-02"


def test_the_turned_sheet_keeps_its_halves_apart_in_order(tmp_path):
    """The left page is read whole before the right one; each half's page number goes."""
    passages = ingest_pdf(tmp_path, _sheet(90), "turned.pdf").passages
    assert passages[-1].headings == ("Na het ongeluk",)
    assert passages[-1].text.startswith("Geef uw kind") and passages[-1].text.endswith("voor controle.")
    text = "\n".join(passage.text for passage in passages)
    assert text.index("tand afbreken") < text.index("Geef uw kind")


def test_table_cells_a_kern_jumps_to_stand_apart_on_text_up_the_page():
    """Text up the page moves along y as drawn: each row's jump landed at its own x, no
    column was found and the cells ran together ("Periode Advies")."""
    page = pypdf.PdfReader(io.BytesIO(_sheet(90))).pages[0]
    texts = [fragment.text.strip() for fragment in page_fragments(page)]
    assert {"Periode", "Advies", "Eerste dagen", "Zacht eten"} <= set(texts)


def test_red_team_37_psnup_sheet_reads_lines_headings_and_date():
    """psnup -2 of a groff -ms leaflet: lines apart, headings by font, the version's date, and
    groff's line-end hyphens joined ("bi-" / "jten")."""
    from ingest.pipeline import ingest_file

    item = ingest_file(LEAFLETS / "tandtrauma-kind.pdf")
    text = passages_text(item)
    assert "rand van het zwembad" in text and "bijten" in text and "beschadigen" in text
    assert "tandnooit" not in text
    assert "Wat doet u meteen?" in [heading for passage in item.passages for heading in passage.headings]
    assert "1" not in [heading for passage in item.passages for heading in passage.headings]
    assert item.leaflet.updated == "2026-02"
    assert item.leaflet.publisher == "Kindertandartsenpraktijk De Wisseltand"
    assert "tand is eruit | niet terugzetten | terugzetten en spalken" in text  # not "spalkentand is naar"


def test_a_lone_bold_line_a_point_over_the_body_titles_a_pdf_without_title(tmp_path):
    """groff ms's title, bold at 11 points over a body of 10, titles the file though it names
    no word of the file's name (red team 37's "tandtrauma-kind.pdf"); headings at the body's
    size do not."""
    from pdf_factory import Line, make_pdf

    from ingest.pipeline import ingest_file

    body = "Kinderen vallen vaak van de fiets of tegen de rand van het zwembad en dan breekt er iets."
    pdf = make_pdf([[Line("Tandartspraktijk De Molen, Zwolle", 10), Line("Een ongelukje met een tand", 11, bold=True),
                     Line("Wat is er gebeurd?", 10, bold=True), *[Line(body, 10)] * 4,
                     Line("Wat doet u?", 10, bold=True), *[Line(body, 10)] * 4]])
    assert ingest_pdf(tmp_path, pdf, "tandtrauma-kind.pdf").leaflet.title == "Een ongelukje met een tand"
    plain = make_pdf([[Line("Tandartspraktijk De Molen, Zwolle", 10), Line("Wat is er gebeurd?", 10, bold=True),
                       *[Line(body, 10)] * 4, Line("Wat doet u?", 10, bold=True), *[Line(body, 10)] * 4]])
    assert ingest_pdf(tmp_path, plain, "tandtrauma-kind.pdf").leaflet.title == "tandtrauma-kind"
    item = ingest_file(LEAFLETS / "tandtrauma-kind.pdf")
    assert item.leaflet.title == "Een ongelukje met een tand bij uw kind"
