"""Red team 38's web-page texts: unhtml's half-converted HTML5, parsel's wrapped text nodes, w3lib's glued tags."""

from pathlib import Path

from ingest.html.tag_remnants import as_plain_text, is_half_converted
from ingest.node_lines import unwrapped_nodes
from ingest.pipeline import ingest_leaflets
from ingest.web_dump import glued_links, without_page_chrome

LEAFLETS = Path(__file__).parent / "data" / "redteam38_leaflets"

_HALF = """<!DOCTYPE html>
Gips | Ziekenhuis Noord
<header>Ziekenhuis Noord<nav>HomePatiëntenBezoekersContact</nav></header>
<main><article>
Gips aan uw arm
Waar moet u op letten?
Houd het gips droog en leg uw arm hoog op een kussen, zeker in de
eerste twee dagen na het aanleggen van het gips.
</article>
<aside>Direct regelenAfspraak maken</aside>
</main>
<footer>Ziekenhuis Noord · PrivacyCookies</footer>
"""


def _read(name: str):
    return ingest_leaflets(LEAFLETS / name, root=LEAFLETS)[0]


def test_half_converted_html_is_known_by_its_html5_tags_alone():
    assert is_half_converted(_HALF)
    assert not is_half_converted("<html><body><main><p>Tekst</p></main><footer>x</footer></body></html>")
    assert not is_half_converted("Neem <n> tabletten in de <dosis> die de arts noemt.")


def test_half_converted_html_keeps_main_without_the_site_boxes():
    text = as_plain_text(_HALF)
    assert "HomePatiënten" not in text and "Direct regelen" not in text and "Privacy" not in text
    assert "<" not in text
    assert "Houd het gips droog en leg uw arm hoog op een kussen, zeker in de eerste twee dagen" in text


def test_unhtml_page_reads_its_sections():
    item = _read("splinter.txt")
    assert item.leaflet.title == "Een splinter verwijderen"
    assert item.leaflet.publisher == "Huisartsenpraktijk De Wilgenhof"
    headings = [p.headings[-1] for p in item.passages if p.headings]
    assert "Zo haalt u een splinter eruit" in headings and "Tetanus" in headings
    assert not any("LinkedIn" in p.text or "Direct regelen" in p.text for p in item.passages)


def test_wrapped_nodes_join_back_a_heading_and_keep_items_apart():
    width_line = "Legionella is een bacterie die in water leeft. Ze groeit vooral in"
    lines = ["Wie loopt meer risico?", "Vooral deze mensen:", "mensen ouder dan 50 jaar;", "rokers;",
             "Hoe voorkomt u besmetting", "thuis?", width_line, "water tussen 25 en 50 graden.",
             "Ziekte", "veteranenziekte", "longontsteking met hoge koorts", "2 tot 14 dagen"] + [width_line + "."] * 3
    nodes = unwrapped_nodes(lines)
    assert "Hoe voorkomt u besmetting thuis?" in nodes
    assert width_line + " water tussen 25 en 50 graden." in nodes
    assert "rokers;" in nodes and "veteranenziekte" in nodes and "longontsteking met hoge koorts" in nodes


def test_parsel_page_loses_its_chrome_and_keeps_a_wrapped_heading():
    item = _read("legionella.txt")
    assert item.leaflet.title == "Legionella en de veteranenziekte"
    assert item.leaflet.publisher == "GGD Hart voor Brabant"
    headings = [p.headings[-1] for p in item.passages if p.headings]
    assert "Hoe voorkomt u besmetting thuis?" in headings
    text = "\n".join(p.text for p in item.passages)
    for chrome in ("Seksuele gezondheid", "WhatsApp", "Folder legionella (pdf", "Postbus 3166", "Toegankelijkheid"):
        assert chrome not in text
    assert "Legionella leaflet in English (pdf)" not in headings


def test_glued_links_are_told_from_a_word_with_a_capital_inside():
    assert glued_links("Meer over slapenBedplassenEen vast slaapritmeHuilen bij baby'sVraag het de JGZ")
    assert not glued_links("Log in bij MijnRadboud en kies uw afspraak.")


def test_cookie_notice_with_glued_buttons_goes_with_the_glued_menu():
    text = ("Deze website gebruikt cookies om het gebruik te meten.AkkoordInstellingen\n"
            "GGD RegioOudersJongerenVaccinatiesOver ons\nZoek op de siteZoek op de site\nHome > Ouders > Slapen\n\n"
            "GGD Regio – Jeugdgezondheidszorg\nSlapen bij kinderen\nVeel kinderen slapen slecht. Dat is normaal.\n")
    kept, _ = without_page_chrome(text)
    assert "cookies" not in kept and "Ouders" not in kept and "Zoek op de site" not in kept
    assert "Veel kinderen slapen slecht." in kept


def test_w3lib_page_loses_cookie_bar_aside_and_footer():
    item = _read("nachtmerries-kind.txt")
    assert item.leaflet.title == "Nachtmerries en nachtangst bij kinderen"
    assert item.leaflet.publisher == "GGD Noord- en Oost-Gelderland"
    text = "\n".join(p.text for p in item.passages)
    for chrome in ("AkkoordInstellingen", "Bedplassen", "Rijksstraatweg", "Zoek op de site"):
        assert chrome not in text
    assert "U kunt bellen met het JGZ-consultatiebureau" in text


def test_bleach_page_loses_its_footer_address_and_cookie_paragraph():
    item = _read("schimmel-in-huis.html")
    assert item.leaflet.publisher == "GGD Haaglanden"
    assert not any("Gerelateerd" in p.headings for p in item.passages)
    text = "\n".join(p.text for p in item.passages)
    assert "Westeinde 128" not in text and "cookies" not in text
    assert "mmk@ggdhaaglanden.nl" in text


def test_a_quick_links_box_after_the_date_is_the_site_s():
    item = _read("splinter-en.txt")
    text = "\n".join(p.text for p in item.passages)
    assert "Quick links" not in text and "Book an appointment" not in text
    assert "0900 155 1 155" in text
