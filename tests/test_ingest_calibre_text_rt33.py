"""Red team 33: calibre's text of a hospital's web page (`ebook-convert page.html out.txt`). calibre
sets each of the site's menu items as a paragraph of its own ("Patiënten", "Bezoekers", ...) over
a breadcrumb on one line ("Home › Afdelingen › Interne Geneeskunde › Folders"). The breadcrumb,
interface to cleaning, was passed over as such and closed no masthead: the menu stayed, the title
was made of its items ("Patiënten – Bezoekers – Afdelingen") and the rest opened the text."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.furniture import is_ui_line
from ingest.pipeline import ingest_file
from ingest.web_dump import without_page_chrome

LEAFLET = Path(__file__).parent / "data" / "redteam33_leaflets" / "schildklier-overactief.txt"
MENU = ("Patiënten", "Bezoekers", "Afdelingen", "Werken bij", "Contact")
SECTIONS = ("Wat is een te snel werkende schildklier?", "Klachten", "Onderzoek", "Behandeling",
            "Bijwerkingen van thiamazol", "Wat kunt u zelf doen?", "Controle", "Vragen?")
PROSE = "Jicht is een ontsteking van een gewricht. Het gewricht wordt dik, rood en pijnlijk.\n"


def _shown(text: str) -> list[str]:
    """The filled lines a dump keeps that cleaning does not drop as interface (a skip link)."""
    return [line.strip() for line in text.split("\n") if line.strip() and not is_ui_line(line.strip())]


def test_the_calibre_page_is_titled_by_its_heading_and_loses_its_menu():
    item = ingest_file(LEAFLET)
    assert item.leaflet.title == "Een te snel werkende schildklier (hyperthyreoïdie)"
    assert item.leaflet.publisher == "Ziekenhuis Amstelveld"
    assert item.leaflet.updated == "2025-12-09"
    assert [passage.headings[-1] for passage in item.passages] == list(SECTIONS)
    for passage in item.passages:
        lines = passage.text.split("\n")
        assert not any(line.strip() in MENU or line.strip() == "Akkoord" for line in lines), passage.text
        assert "Home ›" not in passage.text


def test_a_menu_of_bare_lines_over_a_breadcrumb_goes_without_a_cookie_bar_beside_it():
    dump = ("Huisartsenpraktijk De Linde\n\nSpreekuur\n\nHerhaalrecepten\n\nOver ons\n\nContact\n\n\n"
            "Home › Folders › Voet en been\n\n\nJicht: een pijnlijk gewricht\n\n" + PROSE)
    assert _shown(without_page_chrome(dump)[0]) == ["Jicht: een pijnlijk gewricht", PROSE.strip()]


def test_a_breadcrumb_that_is_interface_still_closes_the_masthead_over_it():
    dump = ("Naar de inhoud\n\nRijnland Zorg\n\nOver ons\n\n"
            "Home » Patiënten » Folders\n\nJicht: een pijnlijk gewricht\n\n" + PROSE)
    assert _shown(without_page_chrome(dump)[0]) == ["Jicht: een pijnlijk gewricht", PROSE.strip()]


def test_a_title_of_two_short_lines_over_a_breadcrumb_stays():
    page = "Jicht\n\nInformatie voor patiënten\n\nHome › Folders › Reuma\n\n" + PROSE
    assert _shown(without_page_chrome(page)[0]) == ["Jicht", "Informatie voor patiënten", PROSE.strip()]


def test_a_list_of_one_word_lines_that_is_the_leaflets_own_stays():
    symptoms = "Jicht\n\nKlachten\n\nPijn\n\nZwelling\n\nRoodheid\n\nKoorts\n\n" + PROSE
    assert without_page_chrome(symptoms)[0] == symptoms
    after_colon = ("Jicht\n\nBij jicht kunt u deze klachten hebben:\n\nPijn\n\nZwelling\n\nRoodheid\n\nKoorts\n\n"
                   + PROSE)
    assert without_page_chrome(after_colon)[0] == after_colon


def test_a_title_framed_in_rules_with_no_blank_lines_is_no_breadcrumb():
    frame = "=" * 15
    text = f"{frame}\nJicht\n{frame}\n\n\n{frame}\nWat is jicht?\n{frame}\n\n{PROSE}"
    assert without_page_chrome(text)[0] == text
