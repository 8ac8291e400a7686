"""Plain-text outlines of red team 26: a numbered line that carries on the leaflet's own
numbering ("3 ..." then "4 Behandeling" then "4.1 ...") heads its section though only short
lines follow it (pdfminer's table, column by column); a lone date in the title block is the
cover's, not a passage of three words, while a date under a section's heading stays text."""

from __future__ import annotations

from ingest.clean import clean
from ingest.source import SourceText
from ingest.structure import find_outline

BODY = "U leest hier wat u moet weten en wat u zelf kunt doen."


def sections(text: str, markup: str = "plain") -> list[tuple[tuple[str, ...], str]]:
    outline = find_outline(clean(SourceText(text, markup)))
    return [(section.headings, "\n".join(b.text for b in section.blocks)) for section in outline.sections]


NUMBERED = ("Kalknagels\n\n1 Wat zijn kalknagels?\n\n" + BODY + "\n\n3 Hoe weet u het zeker?\n\n" + BODY + "\n\n"
            "4 Behandeling\n\nBehandeling\n\nHoe lang\n\nKans op genezing\n\n12 weken\n\n3 tot 4 sessies\n\n"
            "4.1 Tabletten\n\n" + BODY + "\n\n4.2 Nagellak\n\n" + BODY + "\n\n5 Wat kunt u zelf doen?\n\n" + BODY + "\n")


def test_a_numbered_line_that_carries_on_the_numbering_heads_its_section_over_short_lines():
    found = sections(NUMBERED)
    assert any(headings == ("4 Behandeling",) and "Kans op genezing" in body for headings, body in found)
    assert any(headings == ("4 Behandeling", "4.1 Tabletten") for headings, _ in found)
    assert not any(headings and headings[0] == "3 Hoe weet u het zeker?" and len(headings) > 1
                   for headings, _ in found)


def test_a_short_numbered_line_out_of_sequence_stays_text():
    found = sections(NUMBERED)
    assert not any("12 weken" in headings or "3 tot 4 sessies" in headings for headings, _ in found)


def test_a_lone_date_in_the_title_block_is_no_passage():
    """The subtitle names an event, so the date is not taken as the leaflet's (ingest/dates.py),
    and the line stays in the text: the cover's, not a passage of its own."""
    text = ("# Nuchter zijn voor uw operatie\n\nVoorlichtingsbijeenkomst Preoperatief Spreekuur\n\n"
            "Rode Kruis Ziekenhuis Beverwijk\n\n1 oktober 2025\n\n"
            "## Waarom nuchter?\n\n" + BODY + "\n\n## Contact\n\nBel 0251 26 50 00.\n")
    found = sections(text, "markdown")
    assert all("oktober" not in body for _, body in found)
    assert found[0][0] == ("Waarom nuchter?",)


def test_a_date_under_a_section_heading_stays_text():
    text = ("# Voorlichtingsavond\n\n## Wanneer?\n\n1 oktober 2025\n\n" + BODY + "\n\n## Contact\n\nBel 0251 26 50 00.\n")
    found = sections(text, "markdown")
    assert any(headings == ("Wanneer?",) and "1 oktober 2025" in body for headings, body in found)
