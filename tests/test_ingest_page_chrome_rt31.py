"""Red team 31: a whole web page dumped as text (vilistextum) or converted to Markdown
(node-html-markdown) kept the page's opening chrome, the `<title>` line, the cookie bar's buttons,
the site's name beside its search box ("ZoekenZoek"), a menu that does not open with "Home" and a
breadcrumb on one line ("U bent hier: Home > Afdelingen > KNO"), as a passage, and the title fell
back to the file's name. The Markdown page kept its related links and its footer too, a line of
fields with a copyright notice among longer ones ("Volg ons op Facebook en LinkedIn · © 2026")."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file
from ingest.web_dump import without_markdown_chrome, without_page_chrome

LEAFLETS = Path(__file__).parent / "data" / "redteam31_leaflets"

DUMP = """Slaapapneu | Ziekenhuis Noordwest

Deze site gebruikt cookies voor statistieken. Lees meer in onze
cookieverklaring.

Alles accepteren Alleen noodzakelijk
Noordwest ZoekenZoek
  * Patiënten
  * Zorgverleners
  * Vacatures

U bent hier: Home > Longziekten > Folders

Slaapapneu

Wat is slaapapneu?

Bij slaapapneu stopt uw ademhaling tijdens het slapen steeds even.
"""

MARKDOWN_PAGE = """Deze site gebruikt cookies voor statistieken. Lees meer in onze cookieverklaring.

Alles accepteren Alleen noodzakelijk

[Ziekenhuis Noordwest](/)

ZoekenZoek

* [Patiënten](/patienten)
* [Zorgverleners](/zorgverleners)

U bent hier: [Home](/) › [Longziekten](/longziekten) › Slaapapneu

# Slaapapneu

## Wat is slaapapneu?

Bij slaapapneu stopt uw ademhaling tijdens het slapen steeds even.

## Lees ook

* [Snurken](/snurken)
* [CPAP-therapie](/cpap)

Deel deze pagina: [WhatsApp](#) [E-mail](#)

Ziekenhuis Noordwest · Wilhelminalaan 12 · 1815 JD Alkmaar · Volg ons op Instagram en YouTube · © 2026"""


def _kept(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def test_a_dumps_masthead_closed_by_a_breadcrumb_goes_with_its_title_line_and_menu():
    text, _ = without_page_chrome(DUMP)
    assert _kept(text) == ["Slaapapneu", "Wat is slaapapneu?",
                           "Bij slaapapneu stopt uw ademhaling tijdens het slapen steeds even."]


def test_a_short_list_a_leaflet_opens_with_stays_without_a_breadcrumb_under_it():
    leaflet = "Medicijnen bij jicht\n\n  * Colchicine\n  * Naproxen\n\nDeze medicijnen remmen de ontsteking.\n"
    assert without_page_chrome(leaflet)[0] == leaflet


def test_an_instruction_through_an_apps_screens_is_no_breadcrumb():
    leaflet = ("Uw metingen doorgeven\n\nKies in de app: Home > Metingen > Nieuw\n\n"
               "Vul daarna uw bloeddruk in.\n")
    assert without_page_chrome(leaflet)[0] == leaflet


def test_a_converted_pages_masthead_related_links_and_footer_go():
    text = without_markdown_chrome(MARKDOWN_PAGE)
    assert _kept(text) == ["# Slaapapneu", "## Wat is slaapapneu?",
                           "Bij slaapapneu stopt uw ademhaling tijdens het slapen steeds even."]


def test_a_closing_line_of_fields_with_a_sentence_is_no_footer_for_its_copyright():
    ending = "Bel bij koorts direct de afdeling. · © 2026"
    page = MARKDOWN_PAGE.rsplit("\n", 1)[0] + "\n" + ending
    assert ending in without_markdown_chrome(page)


def test_red_team_pages_lose_their_chrome_and_are_titled_by_their_heading():
    for name, title in (("hamerteen.md", "Hamerteen: de operatie"), ("neuspoliepen.txt", "Neuspoliepen")):
        item = ingest_file(LEAFLETS / name)
        text = "\n".join(passage.text for passage in item.passages)
        headings = {heading for passage in item.passages for heading in passage.headings}
        assert item.leaflet.title == title
        for chrome in ("Alles accepteren", "Zoek", "U bent hier", "Gerelateerde folders", "Deel deze pagina", "© 2026",
                       "Dagbehandeling", "Neusbijholteontsteking", "Over Rijnstate", "Afspraak maken"):
            assert chrome not in text and not any(chrome in heading for heading in headings), (name, chrome)
        assert item.passages[0].text.startswith(("Bij een hamerteen", "Neuspoliepen zijn"))
