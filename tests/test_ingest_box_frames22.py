"""A warning box typed with one punctuation mark as its frame (red team 22, vim `:hardcopy`):
rules of "!!!!!!" above and below, and a margin of "!!" on every line. The frame is no
text: the box reads as its heading and list, not as a table whose first cell is "!!"."""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.source import SourceText


def _box(margin: str, edge: str = "") -> str:
    rule = margin[0] * 40
    rows = ["BEL DIRECT DE VERLOSKUNDIGE ALS:", "  - u langer dan 24 uur niets binnenhoudt;",
            "  - u bloed overgeeft;", "  - u duizelig wordt."]
    body = "\n".join(f"{margin} {row:<44}{edge}".rstrip() for row in rows)
    return f"Bespreek het met de verloskundige als u weken bijna niets eet.\n\n{rule}\n{body}\n{rule}\n\n" \
           "Bel ons op werkdagen.\n"


EXPECTED = [("Bespreek het met de verloskundige als u weken bijna niets eet.",),
            ("BEL DIRECT DE VERLOSKUNDIGE ALS:",),
            ("• u langer dan 24 uur niets binnenhoudt;", "• u bloed overgeeft;", "• u duizelig wordt."),
            ("Bel ons op werkdagen.",)]


@pytest.mark.parametrize("margin", ["!!", "**", "##", "||", "> >"])
def test_a_box_framed_by_one_mark_reads_as_its_text(margin):
    assert [block.lines for block in clean(SourceText(_box(margin), "plain")).blocks] == EXPECTED


def test_a_box_framed_on_both_sides_loses_its_right_edge_too():
    assert [block.lines for block in clean(SourceText(_box("**", "**"), "plain")).blocks] == EXPECTED


def test_a_framed_line_points_at_its_source():
    text = _box("!!")
    cleaned = clean(SourceText(text, "plain"))
    at = cleaned.text.index("u bloed")
    assert text[cleaned.source_offset(at):].startswith("u bloed")


def test_a_pdf_readers_cells_beside_the_margin_go_with_it():
    """The PDF reader set the text after a wide gap apart as a cell ("!! | - u bloed"), and
    spaced the lines with blanks."""
    text = ("!!!!!!!!!!!!!!!!!!!!\n!! BEL DIRECT ALS:\n\n!! | - u bloed overgeeft;\n\n"
            "!! | - u duizelig wordt.\n\n!!!!!!!!!!!!!!!!!!!!\n")
    assert [block.lines for block in clean(SourceText(text, "plain")).blocks] == [
        ("BEL DIRECT ALS:",), ("• u bloed overgeeft;", "• u duizelig wordt.")]


def test_one_line_opening_with_two_marks_is_no_box():
    text = "Tekst ervoor.\n\n** Let op: neem niet meer dan 4 tabletten.\n\nTekst erna.\n"
    assert [block.lines for block in clean(SourceText(text, "plain")).blocks][1] == (
        "** Let op: neem niet meer dan 4 tabletten.",)
