"""Red team 35: selectolax's text of a hospital's CMS page (`body.text(separator="\\n")`), one text
node a line. Its breadcrumb stood a step a line with the site's separator alone between two
("Home", "›", "Specialismen", "›", "Folders"), which closed no masthead: two menu items made the
title ("Patiënten – Bezoekers"), the rest of the menu, the trail, the department's line and the
real title opened the text, and the share bar under the last section ("Facebook", "X",
"E-mail", "Print") was a passage of its own that ranked first for unrelated questions."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.furniture import is_ui_line
from ingest.pipeline import ingest_file
from ingest.web_dump import without_page_chrome

LEAFLET = Path(__file__).parent / "data" / "redteam35_leaflets" / "duplex-halsslagader.txt"
SITE = ("Patiënten", "Bezoekers", "Specialismen", "Werken bij", "Contact", "Zoek", "Home", "›", "Folders",
        "Facebook", "X", "E-mail", "Print")
SECTIONS = ("Waarom dit onderzoek?", "Voorbereiding", "Het onderzoek", "De uitslag", "Wat kunt u zelf doen?",
            "Belangrijk", "Vragen")
PROSE = "Jicht is een ontsteking van een gewricht. Het gewricht wordt dik, rood en pijnlijk.\n"


def _shown(text: str) -> list[str]:
    """The filled lines a dump keeps that cleaning does not drop as interface (a cookie button)."""
    return [line.strip() for line in text.split("\n") if line.strip() and not is_ui_line(line.strip())]


def test_the_selectolax_page_is_titled_by_its_heading_and_loses_its_site():
    item = ingest_file(LEAFLET)
    assert item.leaflet.title == "Duplexonderzoek van de halsslagaders"
    assert item.leaflet.publisher == "Ziekenhuis Amstelland"
    assert [passage.headings[-1] for passage in item.passages] == list(SECTIONS)
    for passage in item.passages:
        lines = [line.strip() for line in passage.text.split("\n")]
        assert not any(line in SITE for line in lines), passage.text
        assert "Vaatcentrum Ziekenhuis Amstelland, Amstelveen" not in passage.text


def test_a_breadcrumb_a_step_a_line_closes_the_masthead_over_it():
    dump = ("Rijnland Zorg\nPatiënten\nBezoekers\nAfdelingen\nContact\n\nZoek\n\n"
            "Home\n›\nFolders\n›\nReuma\n\n\nJicht: een pijnlijk gewricht\n\n" + PROSE)
    text, furniture = without_page_chrome(dump)
    assert _shown(text) == ["Jicht: een pijnlijk gewricht", PROSE.strip()]
    assert furniture[0] == "Rijnland Zorg"  # the site's name may still name the publisher


def test_a_breadcrumb_with_blank_lines_and_other_separators_goes_too():
    for separator in (">", "/", "»"):
        dump = (f"Rijnland Zorg\n\nPatiënten\n\nBezoekers\n\nAfdelingen\n\nContact\n\n"
                f"Home\n\n{separator}\n\nFolders\n\n{separator}\n\nJicht\n\nJicht\n\n" + PROSE)
        assert _shown(without_page_chrome(dump)[0]) == ["Jicht", PROSE.strip()], separator


def test_short_lines_over_a_separated_trail_without_the_sites_own_stay():
    page = "Jicht\n\nInformatie voor patiënten\n\nHome\n›\nFolders\n›\nReuma\n\n" + PROSE
    assert _shown(without_page_chrome(page)[0]) == ["Jicht", "Informatie voor patiënten", PROSE.strip()]


def test_a_lone_separator_between_sentences_is_no_trail():
    page = "Jicht\n\nUw waarde\n>\n7 mmol/l\n\n" + PROSE
    assert without_page_chrome(page)[0] == page


def test_a_share_bar_a_link_a_line_goes():
    page = ("Jicht\n\n" + PROSE + "\nVragen\n\nBel de polikliniek op 020 123 45 67.\n\n"
            "Deel deze pagina:\nFacebook\n\nLinkedIn\n\nWhatsApp\n\nMail\n\nPrint\n")
    assert _shown(without_page_chrome(page)[0]) == [
        "Jicht", PROSE.strip(), "Vragen", "Bel de polikliniek op 020 123 45 67."]
    delen = "Jicht\n\n" + PROSE + "\nDelen\nPrint\n"
    assert _shown(without_page_chrome(delen)[0]) == ["Jicht", PROSE.strip()]


def test_contact_lines_that_name_a_service_stay():
    contact = ("Jicht\n\n" + PROSE + "\nVragen\n\nTelefoon\n020 123 45 67\n\nE-mail\nreuma@ziekenhuis.nl\n")
    assert without_page_chrome(contact)[0] == contact
    labels = "Jicht\n\n" + PROSE + "\nU bereikt ons via:\n\nE-mail\n\nTelefoon\n\nBrief\n"
    assert without_page_chrome(labels)[0] == labels
    follow = "Jicht\n\n" + PROSE + "\nVolg ons op\n\nFacebook\n\nInstagram\n\nLinkedIn\n"
    assert without_page_chrome(follow)[0] == follow
    ways = "Jicht\n\n" + PROSE + "\nStel uw vraag via\n\nWhatsApp\n\nE-mail\n\nTelefoon\n"
    assert without_page_chrome(ways)[0] == ways
    follow = "Jicht\n\n" + PROSE + "\nVolg ons op\n\nFacebook\n"
    assert without_page_chrome(follow)[0] == follow


def test_a_short_list_of_real_items_stays():
    items = "Jicht\n\nNeem mee:\n\nUw medicijnen\n\nUw pas\n\nEen pen\n\n" + PROSE
    assert without_page_chrome(items)[0] == items
