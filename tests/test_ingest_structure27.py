"""A heading over a table whose rows stand apart heads it (red team 14): the enscript PDF's
"HOEVEEL MACROGOL?" over its dose table was read as text of the section before, so the dose
table was cited under "DE BEHANDELING"."""

from __future__ import annotations

from ingest.clean import clean
from ingest.source import SourceText
from ingest.structure import find_outline

BODY = "U leest hier wat u moet weten en wat u zelf kunt doen."
TABLE = "Leeftijd | Startdosis per dag\n\n1 - 6 jaar | 1 tot 2 sachets\n\n7 - 11 jaar | 2 tot 3 sachets\n"


def paths(text: str) -> list[tuple[tuple[str, ...], str]]:
    outline = find_outline(clean(SourceText(text, "plain")))
    return [(section.headings, "\n".join(b.text for b in section.blocks)) for section in outline.sections]


def test_a_heading_over_a_table_of_rows_heads_the_table():
    text = f"Obstipatie bij kinderen\n\nDE BEHANDELING\n\n{BODY}\n\nHOEVEEL MACROGOL?\n\n{TABLE}"
    found = paths(text)
    assert [headings[-1] for headings, _ in found] == ["DE BEHANDELING", "HOEVEEL MACROGOL?"]
    assert "7 - 11 jaar | 2 tot 3 sachets" in found[-1][1]


def test_a_short_line_over_a_single_row_stays_text():
    text = f"Obstipatie bij kinderen\n\nDE BEHANDELING\n\n{BODY}\n\nDosis per dag\n\nLeeftijd | Startdosis\n\n{BODY}\n"
    found = paths(text)
    assert [headings[-1] for headings, _ in found] == ["DE BEHANDELING"]
