"""A box with "=" under its header and no rule between its body rows (red team 52, a pharmacy
label system's text from a Cheetah template): each line that fills every cell is a row, as
PrettyTable-like printers write them; a wrapped line (an empty cell, or lower case running on)
still joins the row above, as reStructuredText and pandoc read a row of wrapped cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_factory import passages_text

from ingest.clean import clean
from ingest.pipeline import ingest_file
from ingest.source import SourceText

LEAFLETS = Path(__file__).parent / "data" / "redteam52_leaflets"

INTRO = "Geef de zetpil bij koorts."
AFTER = "Laat tussen twee zetpillen zes uur zitten."

LABEL_BOX = f"""{INTRO}

+---------------------+--------------------+------------------+
| Gewicht van uw kind | Paracetamol zetpil | Hoe vaak per dag |
+=====================+====================+==================+
| 5 tot 8 kilo        | 120 mg             | maximaal 4 keer  |
| 8 tot 12 kilo       | 240 mg             | maximaal 3 keer  |
| 12 tot 18 kilo      | 240 mg             | maximaal 4 keer  |
+---------------------+--------------------+------------------+

{AFTER}
"""

WRAPPED_ROW = f"""{INTRO}

+-------------------+-----------------------------------------+
| Risico            | Wat u kunt doen                         |
+===================+=========================================+
| Losse kleedjes en | Haal ze weg of plak ze vast. Gebruik    |
| snoeren           | ook geen verlengsnoer.                  |
|                   | Vraag hulp.                             |
+-------------------+-----------------------------------------+

{AFTER}
"""

LOWER_CASE_WRAP = f"""{INTRO}

+-------------------+-----------------------------------------+
| Risico            | Wat u kunt doen                         |
+===================+=========================================+
| Duizelig bij      | Ga eerst even op de rand van het bed    |
| opstaan           | zitten.                                 |
+-------------------+-----------------------------------------+

{AFTER}
"""


def _blocks(text: str, markup: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(block.kind, block.lines) for block in clean(SourceText(text, markup)).blocks]


@pytest.mark.parametrize("markup", ["plain", "markdown"])
def test_each_filled_line_under_an_equals_header_rule_is_a_row(markup):
    assert _blocks(LABEL_BOX, markup) == [
        ("paragraph", (INTRO,)),
        ("list", ("Gewicht van uw kind | Paracetamol zetpil | Hoe vaak per dag",
                  "5 tot 8 kilo | 120 mg | maximaal 4 keer",
                  "8 tot 12 kilo | 240 mg | maximaal 3 keer",
                  "12 tot 18 kilo | 240 mg | maximaal 4 keer")),
        ("paragraph", (AFTER,))]


@pytest.mark.parametrize("markup", ["plain", "markdown"])
@pytest.mark.parametrize("text, row", [
    (WRAPPED_ROW, "Losse kleedjes en snoeren | Haal ze weg of plak ze vast. Gebruik ook geen verlengsnoer. "
                  "Vraag hulp."),
    (LOWER_CASE_WRAP, "Duizelig bij opstaan | Ga eerst even op de rand van het bed zitten."),
])
def test_a_wrapped_row_under_an_equals_header_rule_stays_one_row(markup, text, row):
    assert _blocks(text, markup) == [
        ("paragraph", (INTRO,)), ("list", ("Risico | Wat u kunt doen", row)), ("paragraph", (AFTER,))]


def test_the_red_team_label_table_keeps_one_row_per_weight():
    text = passages_text(ingest_file(LEAFLETS / "zetpil.txt", root=LEAFLETS))
    assert "5 tot 8 kilo | 120 mg | maximaal 4 keer\n8 tot 12 kilo | 240 mg | maximaal 3 keer\n" \
           "12 tot 18 kilo | 240 mg | maximaal 4 keer" in text
