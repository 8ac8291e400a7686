"""Red team 19: a browser's print of a web page (its cookie bar, masthead, footer, advertisement
and title), a bold running header on a short leaflet, and a meta line with a date."""

from __future__ import annotations

import pytest

from pdf_factory import Ops, Placed, ingest_pdf, make_drawn_pdf

from ingest.clean.furniture import is_ui_line

BAR = "Wij gebruiken cookies om onze website te verbeteren en om u relevante advertenties te tonen. Lees meer in"


def _browser(number: int, count: int) -> list[Placed]:
    """Chromium's print header and footer: the time and the page's title, its address and "1/2"."""
    return [Placed("12/4/26, 4:30 PM", 24, 769.5, 8), Placed("Waterpokken | GGD Zuidplas-Rijnmond", 250, 769.5, 8),
            Placed("http://www.ggd.nl/waterpokken/", 24, 17.3, 8), Placed(f"{number}/{count}", 575.1, 17.3, 8)]


def _cookie_bar() -> list:
    """The fixed cookie bar, a dark band drawn over the text at the foot of the page."""
    return [Ops("0.13 g 28 29 555 52 re f 0 g"), Placed(BAR, 51.7, 59.3, 10.5),
            Placed("onze cookieverklaring.", 51.7, 43.5, 10.5), Placed("Alles accepteren", 171.2, 43.5, 10)]


@pytest.mark.parametrize("line", [
    "Wij gebruiken cookies om onze website te verbeteren en om u relevante advertenties te tonen. Lees meer in",
    "onze cookieverklaring. Alles accepteren Alleen noodzakelijke cookies",
    "onze cookieverklaring.",
    "We use cookies to improve this site. Read more in our cookie policy. Only necessary cookies",
])
def test_a_cookie_bar_wrapped_over_two_lines_is_interface(line):
    """Chromium wraps a fixed cookie bar after "Lees meer in": neither half was a line of
    interface, and both stood in four passages (red team 19's waterpokken.pdf)."""
    assert is_ui_line(line)


@pytest.mark.parametrize("line", [
    "Lees meer in de bijsluiter.", "Meer hierover leest u in onze cookieverklaring.",
    "Alleen noodzakelijke medicijnen meenemen.",
])
def test_sentences_about_reading_more_stay(line):
    assert not is_ui_line(line)


def test_a_cookie_bar_printed_over_a_sentence_is_no_part_of_it(tmp_path):
    """The bar is printed over the text at each page's foot, and the line under it took in
    the bar's lines: "... van 8.30 totWij gebruiken cookies ... Lees meer in 17.00
    uur).onze cookieverklaring." was the answer to when to call (red team 19)."""
    pages = [_browser(number, 2) + [
        Placed("Meer informatie" if number == 1 else "Vaccinatie", 51.7, 118.5, 18, True),
        Placed("Heeft u vragen? Bel de afdeling Infectieziektebestrijding van de", 51.7, 83.3, 12),
        Placed("GGD: 010 - 433 87 00 (maandag tot en met vrijdag van 8.30 tot", 51.7, 65.3, 12),
        Placed(f"{15 + number}.00 uur).", 51.7, 47.3, 12)] + _cookie_bar() for number in (1, 2)]
    item = ingest_pdf(tmp_path, make_drawn_pdf(pages, width=612, height=792), "waterpokken.pdf")
    assert [passage.text.split(": ")[-1] for passage in item.passages] == [
        "010 - 433 87 00 (maandag tot en met vrijdag van 8.30 tot 16.00 uur).",
        "010 - 433 87 00 (maandag tot en met vrijdag van 8.30 tot 17.00 uur)."]




def _web_page(printed: bool) -> list[list]:
    """A GGD's page as Chromium prints it: a top bar, logo, menu and search box over the
    title, an advertisement beside the text, and the site's footer band on the last page."""
    first = [Ops("0.0 0.38 0.48 rg 28 740 556 24 re f 0 g"),
             Placed("Werken bij de GGD Pers Contact English", 51.7, 749.3, 9.7),
             Placed("GGD", 51.7, 711.8, 16.5, True), Placed("Rijnmond", 51.7, 687.0, 16.5, True),
             Placed("Vaccinaties Infectieziekten Jeugd Reizen", 178.3, 698.3, 12, True),
             Placed("Zoeken...", 502, 689.3, 12),
             Placed("Waterpokken", 51.7, 620.0, 25.5, True),
             Placed("Wat zijn waterpokken?", 51.7, 580.0, 18, True),
             Placed("Waterpokken is een besmettelijke ziekte die wordt veroorzaakt door", 51.7, 554.5, 12),
             Placed("het varicella-zostervirus. Meestal is het een onschuldige ziekte.", 51.7, 536.5, 12),
             Placed("Hoe besmettelijk is het?", 51.7, 500.0, 18, True),
             Placed("Uw kind is besmettelijk tot alle blaasjes zijn ingedroogd tot korstjes.", 51.7, 474.5, 12),
             Placed("ADVERTENTIE", 447.4, 453.0, 7.5),
             Placed("Calamine Cool-lotion", 447.4, 439.5, 9.7, True),
             Placed("Calaminelotion verkoelt", 447.4, 424.5, 9.7), Placed("de jeuk binnen 5 minuten.", 447.4, 410.3, 9.7)]
    second = [Placed("Wat kunt u zelf doen?", 51.7, 740.0, 18, True),
              Placed("Knip de nagels van uw kind kort, zodat het de blaasjes niet openkrabt.", 51.7, 714.5, 12),
              Placed("Geef bij koorts of pijn paracetamol volgens de bijsluiter.", 51.7, 696.5, 12),
              Ops("0.12 0.23 0.27 rg 28 516 556 108 re f 0 g"),
              Placed("GGD Zuidplas-Rijnmond", 51.7, 598.5, 9.7, True), Placed("Schiedamsedijk 95", 51.7, 584.3, 9.7),
              Placed("Volg ons", 221.2, 598.5, 9.7, True), Placed("LinkedIn · Instagram · Facebook", 221.2, 584.3, 9.7),
              Placed("Privacyverklaring · Cookies ·", 390.7, 598.5, 9.7),
              Placed("© 2026 GGD Zuidplas-Rijnmond", 51.7, 545.3, 9.7)]
    return [first + (_browser(1, 2) if printed else []), second + (_browser(2, 2) if printed else [])]


def test_a_printed_web_page_loses_the_sites_masthead_footer_and_advertisement(tmp_path):
    """Chromium's print of a GGD's page kept its top bar ("Werken bij de GGD Pers Contact
    English") as the first passage, its logo and menu as headings over "Zoeken...", an
    advertisement for a lotion as the answer to a question, and its footer's address and
    links (red team 19's waterpokken.pdf)."""
    item = ingest_pdf(tmp_path, make_drawn_pdf(_web_page(printed=True), width=612, height=792,
                                               title="Waterpokken | GGD Zuidplas-Rijnmond"), "waterpokken.pdf")
    text = "\n".join(" ".join(passage.headings) + "\n" + passage.text for passage in item.passages)
    for furniture in ("Werken bij", "Vaccinaties", "Zoeken", "ADVERTENTIE", "Calamine", "Schiedamsedijk",
                      "Volg ons", "LinkedIn", "Privacyverklaring", "©"):
        assert furniture not in text
    assert item.leaflet.title == "Waterpokken"
    assert [passage.headings[-1] for passage in item.passages] == [
        "Wat zijn waterpokken?", "Hoe besmettelijk is het?", "Wat kunt u zelf doen?"]


def test_a_pdf_not_printed_by_a_browser_keeps_the_lines_over_its_title(tmp_path):
    """Without a browser's header and footer the page is a leaflet of its own, whose lines
    over the title and copyright in a box are its own to judge."""
    item = ingest_pdf(tmp_path, make_drawn_pdf(_web_page(printed=False), width=612, height=792), "folder.pdf")
    text = "\n".join(" ".join(passage.headings) + "\n" + passage.text for passage in item.passages)
    assert "Zoeken" in text and "Schiedamsedijk" in text


def test_a_web_pages_title_under_its_masthead_loses_the_sites_name():
    """The <title> "Waterpokken | GGD Zuidplas-Rijnmond" titled the leaflet: its h1 stood under
    the top bar, logo, menu, search box and breadcrumb, too far down to be the shown title."""
    from ingest.pdf.reader import read_pdf

    data = make_drawn_pdf(_web_page(printed=False), width=612, height=792, title="Waterpokken | GGD Zuidplas-Rijnmond")
    assert read_pdf(data, "waterpokken.pdf").title == "Waterpokken"
    data = make_drawn_pdf(_web_page(printed=False), width=612, height=792, title="Artrose - knie")
    assert read_pdf(data, "artrose.pdf").title == "Artrose - knie"


@pytest.mark.parametrize("header", ["Handencentrum Oost  |  Handchirurgie", "Maasland Ziekenhuis - Afdeling Urologie"])
def test_a_bold_running_header_of_fields_goes_on_a_short_leaflet(tmp_path, header):
    """PDFBox's header band (Helvetica-Bold 12 pt over a 10.5 pt body) and TCPDF's default
    header (bold 11 pt) stood at one height in the top margin of each page, but were taken for
    a heading that happens to repeat: on page 2 it became a heading that cut "Masseer het
    litteken ... een paar" / "keer per dag met een vette crème." in two (red team 19)."""
    first = [Placed(header, 60, 809.9, 12, True), Placed("Ganglion aan de pols", 60, 751.9, 20, True),
             Placed("Werk en sport", 60, 700, 13, True),
             Placed("Een klein, hard litteken op de pols is normaal en wordt zachter. Masseer", 60, 680, 10.5),
             Placed("het litteken vanaf twee weken na de operatie een paar", 60, 666, 10.5)]
    second = [Placed(header, 60, 809.9, 12, True), Placed("keer per dag met een vette crème.", 60, 751.9, 10.5),
              Placed("Wanneer bellen?", 60, 725.2, 13, True),
              Placed("Bel de polikliniek bij koorts of als de wond gaat lekken.", 60, 705, 10.5)]
    item = ingest_pdf(tmp_path, make_drawn_pdf([first, second]), "ganglion.pdf")
    assert [(passage.headings[-1], list(passage.pages)) for passage in item.passages] == [
        ("Werk en sport", [1, 2]), ("Wanneer bellen?", [2])]
    assert "een paar keer per dag met een vette crème." in item.passages[0].text


@pytest.mark.parametrize("line, dated", [
    ("Laatst bijgewerkt: 17 december 2025 · Leestijd 4 minuten", True),
    ("Afdeling KNO | Laatst gewijzigd: 9 januari 2025", True),
    ("Laatst bijgewerkt: 17 december 2025 · Heeft u vragen over uw brandwond?", False),
    ("Laatst bijgewerkt: 17 december 2025 | Bel bij koorts altijd eerst de huisarts", False),
    ("Koel de wond · Bel de huisarts", False),
])
def test_a_meta_line_of_fields_with_a_date_is_a_date_line(line, dated):
    """Dompdf's print of a page kept "Laatst bijgewerkt: 17 december 2025 · Leestijd 4 minuten"
    as passage 0, which ranked first for three questions in other languages (red team 19)."""
    from ingest.dates import is_date_line

    assert is_date_line(line) is dated


def test_a_meta_line_is_read_for_its_date_and_no_passage(tmp_path):
    page = [Placed("Brandwonden", 56, 780, 20, True),
            Placed("Laatst bijgewerkt: 17 december 2025 · Leestijd 4 minuten", 56, 755, 9),
            Placed("Eerste hulp", 56, 720, 14, True),
            Placed("Koel een brandwond direct tien tot twintig minuten met lauw water.", 56, 700, 10)]
    item = ingest_pdf(tmp_path, make_drawn_pdf([page]), "brandwonden.pdf")
    assert item.leaflet.updated == "2025-12-17"
    assert [passage.text for passage in item.passages] == [
        "Koel een brandwond direct tien tot twintig minuten met lauw water."]


def test_a_printed_web_page_keeps_sentences_over_a_large_call_out(tmp_path):
    """Where the page's largest text stands under sentences (a call-out, not the title), the
    lines over it are the article's, not a masthead."""
    page = [Placed("Waterpokken", 51.7, 700, 18, True),
            Placed("Waterpokken is een besmettelijke ziekte. Het gaat vanzelf over.", 51.7, 670, 12),
            Placed("Bel 112", 51.7, 620, 30, True),
            Placed("Bel bij benauwdheid direct het alarmnummer.", 51.7, 590, 12)] + _browser(1, 1)
    text = "\n".join(p.text for p in ingest_pdf(tmp_path, make_drawn_pdf([page], width=612, height=792)).passages)
    assert "Het gaat vanzelf over." in text


def test_a_site_footer_naming_cookies_is_no_cookie_bar():
    """A footer line that links the cookie statement beside its copyright is no bar whose
    pieces go before the page is read: its address, drawn apart, stayed alone (red team 13's
    wkhtmltopdf print lost "© 2024 ... · Cookies · Disclaimer ·" and kept its web address)."""
    from ingest.clean.furniture import is_cookie_bar

    assert not is_cookie_bar("© 2024 Zuiderhaven Ziekenhuis · Privacy · Cookies · Disclaimer ·")
    assert is_cookie_bar("onze cookieverklaring. Alles accepteren Alleen noodzakelijke cookies")
