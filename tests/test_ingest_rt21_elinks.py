"""An ELinks dump (red team 21, finding 2): ELinks lists a link that has a title as the title
after its number, the address indented on the next line, under "References" and "Visible
links"; the dump's list was not recognised, so its marks, menus, search form and the list of
addresses itself stayed (the list came first for unrelated questions). ELinks also numbers a
form's controls without listing them, sets a no-break space after each bullet, and draws a
page's table with Unicode's box characters, which was read as prose cut mid-cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_factory import passages_text

from ingest.clean import clean
from ingest.pipeline import ingest_file
from ingest.source import SourceText
from ingest.text import without_link_list

LEAFLETS = Path(__file__).parent / "data" / "redteam21_leaflets"

BODY = "   [1]Home | [2]Contact\n\nStatines verlagen het [3]cholesterol in uw bloed.\n\n"
ADDRESSES = "   2. file:///contact\n   3. file:///chol\n"


@pytest.mark.parametrize("links", [
    pytest.param("References\n\n   Visible links\n   1. Apotheek Het Spaarne\n\thttps://x.example.nl/\n" + ADDRESSES,
                 id="a titled link"),
    pytest.param("References\n\n   Visible links\n   1. https://x.example.nl/\n" + ADDRESSES, id="untitled"),
    pytest.param("References\n\n   Visible links\n   1. https://x.example.nl/\n" + ADDRESSES
                 + "\n   Hidden links:\n   4. Logo\n\thttps://x.example.nl/logo\n", id="hidden links"),
])
def test_an_elinks_link_list_reads_as_lynxs(links):
    body, interface = without_link_list(BODY + links)
    assert body.split() == "Statines verlagen het cholesterol in uw bloed.".split()
    assert interface[:3] == ["Home | Contact", "References", "Visible links"]
    assert any(line.endswith("https://x.example.nl/") for line in interface)


def test_an_elinks_page_head_is_interface():
    """The logo's link, a login link and the menu as bullets after a no-break space, the search
    form's numbered controls (which the list skips) and a breadcrumb set as an ordered list."""
    dump = ("   [1]Apotheek\n\n     \u2022\xa0[2]Inloggen\n\n   Zoek in site [3]__________ [4]Zoeken\n\n"
            "     \u2022\xa0[5]Home\n     \u2022\xa0[6]Medicijnen\n\n    \xa01.\xa0[7]Home\n    \xa02.\xa0[8]Medicijnen\n"
            "    \xa03.\xa0Statines\n\n               Statines\n\n   Statines verlagen het cholesterol.\n\n"
            "References\n\n   Visible links\n" + "".join(f"   {n}. file:///p{n}\n" for n in (1, 2, 5, 6, 7, 8)))
    body, interface = without_link_list(dump)
    assert body.split() == "Statines Statines verlagen het cholesterol.".split()
    assert "Zoek in site __________ Zoeken" in interface and "3. Statines" in interface


def test_a_mark_above_the_lists_highest_number_is_no_link():
    text = "Zie [1]thuisarts en [3]apotheek.nl voor meer.\n\nReferences\n\n   1. https://thuisarts.nl/\n   2. https://a.nl/\n"
    assert without_link_list(text) == (text, [])


UNICODE_BOX = """Sommige mensen krijgen last van bijwerkingen.

   ┌───────────────────────┬────────────────────┬───────────────────────────┐
   │      Bijwerking       │      Hoe vaak      │        Wat doet u?        │
   ├───────────────────────┼────────────────────┼───────────────────────────┤
   │ Spierpijn of -krampen │ Bij 1 tot 10 op de │ Overleg met uw arts, niet │
   │                       │ 100 mensen         │ zelf stoppen              │
   ├───────────────────────┼────────────────────┼───────────────────────────┤
   │ Maagklachten,         │ Bij 1 tot 10 op de │ Innemen bij het eten      │
   │ winderigheid          │ 100 mensen         │                           │
   └───────────────────────┴────────────────────┴───────────────────────────┘

Heeft u spierpijn, dan kan de arts de dosis verlagen.
"""
BOX_ROWS = ("Bijwerking | Hoe vaak | Wat doet u?",
            "Spierpijn of -krampen | Bij 1 tot 10 op de 100 mensen | Overleg met uw arts, niet zelf stoppen",
            "Maagklachten, winderigheid | Bij 1 tot 10 op de 100 mensen | Innemen bij het eten")


@pytest.mark.parametrize("box", [UNICODE_BOX, UNICODE_BOX.translate(str.maketrans("─┌┬┐├┼┤└┴┘│", "═╔╦╗╠╬╣╚╩╝║"))],
                         ids=["light", "double"])
def test_a_table_drawn_with_box_characters_reads_as_a_grid(box):
    cleaned = clean(SourceText(box, "plain"))
    assert [(block.kind, block.lines) for block in cleaned.blocks] == [
        ("paragraph", ("Sommige mensen krijgen last van bijwerkingen.",)), ("list", BOX_ROWS),
        ("paragraph", ("Heeft u spierpijn, dan kan de arts de dosis verlagen.",))]


def test_the_red_team_elinks_dump_keeps_no_link_list_marks_or_menu():
    item = ingest_file(LEAFLETS / "statines.txt")
    text = passages_text(item)
    for chrome in ("[", "file:///", "https://", "Visible links", "References", "Inloggen", "Zoeken", "Sitemap",
                   "Plone", "KvK", "Nieuws", "│", "┌"):
        assert chrome not in text, chrome
    assert "Spierpijn of -krampen | Bij 1 tot 10 op de 100 mensen | Overleg met uw arts, niet zelf stoppen" in text
    assert item.passages[0].headings == () and "Home" not in item.passages[0].text


@pytest.mark.parametrize("byline", ["door Redactie apotheek, 28 oktober 2025", "bijgewerkt op 28 oktober 2025"])
def test_a_centred_title_does_not_run_on_into_the_line_under_its_blank(byline):
    """ELinks centres a page's `<h1>` ("Statines: medicijnen ...") and sets the byline under a
    blank line at the margin: the title reaches far enough right to count as a full line, but it
    stands apart from the next line, and a full line wraps only at the margin's own indent."""
    text = (f"{' ' * 15}Statines: medicijnen tegen een te hoog cholesterol\n\n   {byline}\n\n"
            "   Statines verlagen het LDL-cholesterol in uw bloed. Daardoor slibben uw bloedvaten\n"
            "   minder snel dicht en daalt de kans op een hartinfarct of beroerte.\n")
    cleaned = clean(SourceText(text, "plain"))
    assert cleaned.blocks[0].lines == ("Statines: medicijnen tegen een te hoog cholesterol",)
    assert cleaned.blocks[1].lines == (byline,)


def test_the_red_team_elinks_dump_is_titled_by_its_centred_heading():
    assert ingest_file(LEAFLETS / "statines.txt").leaflet.title == "Statines: medicijnen tegen een te hoog cholesterol"
