"""Tables framed by pipes with no rule above them (red team 29): Org's and orgtbl's tables with a
rule "|----+----|" under the header, antiword's with none, in plain text and PDF text."""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.source import SourceText

INTRO = "Ga 's avonds niet voor tien uur plaatselijke tijd naar bed."
AFTER = "Melatonine is een hormoon dat uw lichaam zelf aanmaakt."

ORGTBL = f"""{INTRO}

| Richting        | Zoek licht op     | Vermijd licht              |
|-----------------+-------------------+----------------------------|
| Naar het oosten | in de ochtend     | in de late middag en avond |
| Naar het westen | in de late middag | in de vroege ochtend       |

{AFTER}
"""

ANTIWORD = f"""{INTRO}

|Leeftijd                      |Slaap per nacht               |
|3 tot 5 jaar                  |10 tot 13 uur                 |
|6 tot 12 jaar                 |9 tot 12 uur                  |


{AFTER}
"""

MARKDOWN_KEPT_AS_TEXT = f"""{INTRO}

| Leeftijd | Slaap per nacht |
| --- | :---: |
| 3 tot 5 jaar | 10 tot 13 uur |

{AFTER}
"""


def _blocks(text: str, page_starts: list[int] | None = None) -> list[tuple[str, tuple[str, ...]]]:
    source = SourceText(text, "plain", page_starts=tuple(page_starts or ()))
    return [(block.kind, block.lines) for block in clean(source).blocks]


@pytest.mark.parametrize("pdf", [False, True])
def test_an_org_table_outside_org_reads_a_line_a_row_without_its_rule(pdf):
    # a PDF's reader keeps a trailing blank on each line it printed
    text = ORGTBL.replace("|\n", "| \n") if pdf else ORGTBL
    assert _blocks(text, [0] if pdf else None) == [
        ("paragraph", (INTRO,)),
        ("list", ("Richting | Zoek licht op | Vermijd licht",
                  "Naar het oosten | in de ochtend | in de late middag en avond",
                  "Naar het westen | in de late middag | in de vroege ochtend")),
        ("paragraph", (AFTER,))]


def test_antiwords_table_gets_no_empty_cell_after_each_cell():
    assert _blocks(ANTIWORD) == [
        ("paragraph", (INTRO,)),
        ("list", ("Leeftijd | Slaap per nacht", "3 tot 5 jaar | 10 tot 13 uur", "6 tot 12 jaar | 9 tot 12 uur")),
        ("paragraph", (AFTER,))]


def test_a_markdown_tables_padded_rule_is_no_row():
    assert _blocks(MARKDOWN_KEPT_AS_TEXT)[1] == ("list", ("Leeftijd | Slaap per nacht", "3 tot 5 jaar | 10 tot 13 uur"))


def test_one_line_framed_by_pipes_or_a_box_of_one_column_is_no_table():
    framed = f"{INTRO}\n\n| Bel direct de huisarts |\n| bij hoge koorts |\n\n{AFTER}\n"
    assert all(" | " not in line for _, lines in _blocks(framed) for line in lines)
    single = f"{INTRO}\n\n| Richting | Zoek licht op |\n\n{AFTER}\n"
    assert ("list", ("Richting | Zoek licht op",)) not in _blocks(single)
