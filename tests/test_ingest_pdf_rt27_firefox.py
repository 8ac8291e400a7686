"""Red team 27's Firefox print of a hospital's web page (WebDriver:Print: no header or footer of
the browser's own): the site's top bar, logo, menu and footer band go, the page's title is the
leaflet's, the cookie bar printed over each page's foot leaves no "·", and the sidebar drawn
after the column (an indented list of links, then a second heading over a sentence) neither
cuts the list item that runs on over the page nor takes the section's text as its own."""

from __future__ import annotations

from pdf_factory import Ops, Placed, ingest_pdf, make_drawn_pdf

FIRST = ["Achter uw trommelvlies zit het middenoor, een kleine ruimte",
         "met lucht. Via de buis van Eustachius komt de luchtdruk in",
         "het middenoor gelijk met die buiten. Bij slikken en geeuwen",
         "gaat dit buisje even open."]
SECOND = ["Tijdens het stijgen en vooral tijdens het dalen van het",
          "vliegtuig verandert de luchtdruk snel. Gaat het buisje niet",
          "goed open, dan ontstaat een drukverschil. Dat doet pijn."]


def _cookie_bar() -> list:
    """The bar fixed to the window's foot, drawn last, over the text at the page's foot."""
    return [Ops("0.95 0.95 0.95 rg 28 28 556 46 re f 0 0 0 rg"),
            Placed("Wij gebruiken cookies om onze website te verbeteren.", 46, 54, 9.8),
            Placed("Alle cookies accepteren", 46, 40, 9.8), Placed(" · ", 150, 40, 9.8),
            Placed("Alleen noodzakelijke cookies", 160, 40, 9.8), Placed(" · ", 300, 40, 9.8),
            Placed("Cookie-instellingen", 353, 40, 9.8)]


def _firefox_pages() -> list[list]:
    first = [Ops("0 0.3 0.5 rg 28 741 556 23 re f 0 0 0 rg"),
             Placed("Direct naar inhoud Contact Werken bij English Spoed? Bel 112", 46, 749, 9),
             Placed("Zuyderland-", 46, 714, 16.5, True), Placed("West", 46, 689, 16.5, True),
             Placed("Home Patiënten en bezoekers Specialismen Afspraak", 198, 720, 11.2),
             Placed("maken Zoeken", 186, 703, 11.2),
             Placed("Home › Specialismen › KNO › Folders › Oorpijn bij vliegen", 46, 657, 9),
             Placed("Oorpijn bij vliegen", 46, 608, 22.5, True),
             Placed("Hoe ontstaat oorpijn in het vliegtuig?", 46, 560, 16.9, True),
             *(Placed(text, 46, 530 - 17 * row, 11.2) for row, text in enumerate(FIRST)),
             *(Placed(text, 46, 450 - 17 * row, 11.2) for row, text in enumerate(SECOND)),
             Placed("Klachten", 46, 380, 16.9, True),
             Placed("Meestal gaan de klachten binnen een paar uur tot dagen vanzelf over.", 46, 350, 11.2),
             Placed("Wat kunt u doen tijdens de vlucht?", 46, 74, 16.9, True),
             Placed("• Slik vaak, kauw kauwgom of zuig op een snoepje tijdens", 66, 41, 11.2),
             Placed("Gerelateerde", 433, 624, 11.4, True), Placed("folders", 433, 607, 11.4, True),
             Placed("• Trommelvliesbuisjes", 453, 580, 9.8), Placed("• Middenoorontsteking", 453, 565, 9.8),
             Placed("bij volwassenen", 463, 550, 9.8), Placed("Afspraak maken", 433, 522, 11.4, True),
             Placed("Voor een afspraak heeft u", 433, 496, 9.8), Placed("een verwijzing nodig.", 433, 481, 9.8),
             *_cookie_bar()]
    second = [Placed("het stijgen en dalen.", 76, 751, 11.2), Placed("• Geeuw met open mond.", 66, 734, 11.2),
              Placed("Pijnstilling", 46, 690, 16.9, True),
              Placed("Tegen de pijn kunt u paracetamol nemen. Oordruppels helpen niet.", 46, 660, 11.2),
              Ops("0.93 0.93 0.93 rg 28 315 556 51 re f 0 0 0 rg"),
              Placed("© 2026 Zuyderland-West · Privacyverklaring · Cookiebeleid · Disclaimer", 46, 345, 9),
              Placed("Dr. H. van der Hoffplein 1, 6162 BG Geleen · KvK 14088341", 46, 331, 9),
              *_cookie_bar()]
    return [first, second]


def _ingested(tmp_path):
    return ingest_pdf(tmp_path, make_drawn_pdf(_firefox_pages(), width=612, height=792), "oorpijn-vliegen.pdf")


def test_the_site_masthead_and_footer_go_and_the_page_title_titles_the_leaflet(tmp_path):
    """No browser header ("05-12-2026, 06:46") or footer (its address, "1/2") marks the print as a
    web page: the breadcrumb over the title does. The top bar, logo and menu stood as passages,
    the logo as the heading over the menu, the footer's address as contact text, and the
    leaflet was titled by its file's name, its title standing under six lines of masthead."""
    result = _ingested(tmp_path)
    assert result.leaflet.title == "Oorpijn bij vliegen"
    text = "\n".join(passage.text for passage in result.passages)
    headings = {heading for passage in result.passages for heading in passage.headings}
    for furniture in ("Werken bij", "Patiënten en bezoekers", "Zoeken", "Hoffplein", "KvK"):
        assert furniture not in text, furniture
    assert not any("Zuyderland" in heading for heading in headings), headings


def test_the_cookie_bar_leaves_no_separators_over_the_text_it_covers(tmp_path):
    result = _ingested(tmp_path)
    assert not any("·" in passage.text or any("·" in heading for heading in passage.headings)
                   for passage in result.passages), [(p.headings, p.text) for p in result.passages]


def test_a_sidebar_with_an_indented_list_does_not_cut_the_item_that_runs_over_the_page(tmp_path):
    """The sidebar drawn after the column ran up the page beside it, its list indented from its
    edge: read in place it stood between "... een snoepje tijdens" and "het stijgen en dalen.",
    and its last heading ("Afspraak maken") headed the next page's text."""
    result = _ingested(tmp_path)
    item = next(passage for passage in result.passages if "snoepje tijdens" in passage.text)
    assert "snoepje tijdens het stijgen en dalen." in item.text
    assert item.headings[-1] == "Wat kunt u doen tijdens de vlucht?"
    assert not any("Afspraak maken" in passage.headings or "Gerelateerde folders" in passage.headings
                   for passage in result.passages), [p.headings for p in result.passages]
    second = next(passage for passage in result.passages if "Tijdens het stijgen en vooral" in passage.text)
    assert second.headings[-1] == "Hoe ontstaat oorpijn in het vliegtuig?"
