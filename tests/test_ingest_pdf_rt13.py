"""PDF findings of red team 13 (leaflets made by WeasyPrint and wkhtmltopdf): words a
typesetter hyphenated with U+2010 at a line end, a bordered table whose cells one text
object drew, invented list bullets, and list bullets drawn as shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pdf_factory import Ops, Placed, Rule, ingest_pdf, make_drawn_pdf

from ingest.clean import clean
from ingest.clean.normalise import normalise_unicode
from ingest.pdf.fragments import drawn_bullets
from ingest.pdf.geometry import Fragment
from ingest.pipeline import ingest_file
from ingest.source import SourceText

LEAFLETS = Path(__file__).parent / "data" / "redteam13_leaflets"


@pytest.fixture(scope="module")
def coeliakie():
    return ingest_file(LEAFLETS / "coeliakie.pdf")


# ---------------------------------------------------------------- finding 7: U+2010 at a line end

def test_a_typographic_hyphen_at_a_line_end_is_read_as_a_hyphen():
    assert normalise_unicode("Lees de folder rus\u2010") == "Lees de folder rus-"
    assert normalise_unicode("rus\u2010 \ntig") == "rus- \ntig"
    assert normalise_unicode("e\u2011\nmail") == "e-\nmail"
    assert normalise_unicode("gluten\u2010vrij") == "gluten\u2010vrij"  # inside a line: as printed


def test_words_hyphenated_with_u2010_are_joined_as_with_a_hyphen():
    text = ("Drie uur dieet\u2010 \nadvisering per jaar wordt vergoed. Eet alleen gluten\u2010 \nvrij brood, "
            "want glutenvrij eten is nodig. Bel de polikliniek Maag\u2010 \nen Darmziekten.\n")
    out = clean(SourceText(text, "plain")).text
    assert "dieetadvisering" in out and "glutenvrij brood" in out
    assert "Maag- en Darmziekten" in out  # an elided compound keeps its hyphen, as with "-"


def test_weasyprint_leaflet_has_no_broken_words(coeliakie):
    text = "\n".join(passage.text for passage in coeliakie.passages)
    assert "\u2010 " not in text
    for word in ("rustig", "Daardoor", "persoon", "dieetadvisering", "„glutenvrij”", "(ouders"):
        assert word in text, word


# ---------------------------------------------------------------- finding 8: bullets drawn last, section headers


PROSE = ["Na ongeveer een jaar controleert de arts met een bloedtest of de antistoffen gedaald",
         "zijn. Daarna ziet u de arts of de huisarts eens per jaar. Bij de controle wordt ook",
         "gekeken naar ijzer, vitamine B12, foliumzuur en vitamine D."]


def test_bullets_drawn_after_the_page_text_mark_their_items(tmp_path):
    items = ["Gebruik een eigen broodrooster.", "Gebruik een aparte pot boter.", "Frituur niet in oude olie."]
    first = [Placed("Besmetting voorkomen", 56, 760, 14, True),
             *(Placed(text, 82, 730 - 15 * n) for n, text in enumerate(items)),
             *(Placed("•", 72, 730 - 15 * n) for n in range(len(items)))]  # WeasyPrint: bullets last
    second = [Placed("Controle", 56, 760, 14, True), *(Placed(text, 56, 730 - 15 * n) for n, text in enumerate(PROSE))]
    item = ingest_pdf(tmp_path, make_drawn_pdf([first, second]))
    texts = {passage.headings[-1]: passage.text for passage in item.passages}
    assert texts["Besmetting voorkomen"].split("\n") == [f"• {text}" for text in items]
    assert texts["Controle"] == " ".join(PROSE)  # no bullet handed on to the next page's lines


def test_a_running_header_naming_the_section_goes(tmp_path):
    sections = ["Coeliakie en het dieet", "Wat kunt u wel en niet eten?", "Controle"]
    pages = [[Placed("Maasland Ziekenhuis", 56, 810, 8), Placed(title, 330, 810, 8),  # `string-set`
              Placed(title, 56, 760, 14, True), *(Placed(text, 56, 730 - 15 * n) for n, text in enumerate(PROSE))]
             for title in sections]
    item = ingest_pdf(tmp_path, make_drawn_pdf(pages))
    assert "Maasland" not in "\n".join(passage.text for passage in item.passages)
    assert [passage.headings[-1] for passage in item.passages][-2:] == sections[1:]


def test_weasyprint_leaflet_has_its_list_items_and_no_invented_bullets(coeliakie):
    by_heading = {passage.headings[-1]: passage.text for passage in coeliakie.passages if passage.headings}
    assert "Wat kunt u wel en niet eten?" in by_heading and "Controle" in by_heading
    assert "\n• diarree of juist verstopping;\n• een opgeblazen buik en buikpijn;\n" in by_heading["Klachten"]
    assert not by_heading["Controle"].startswith("•")
    assert "Maasland Ziekenhuis Wat kunt" not in by_heading["Wat kunt u wel en niet eten?"]


# ---------------------------------------------------------------- finding 1: a table row in one text object

def _row_in_one_text_object(cells: list[str], y: float, bold: bool = False) -> Ops:
    """A bordered table's row as WeasyPrint draws it: one text object, `Tm` to each cell."""
    moves = " ".join(f"1 0 0 1 {x} {y} Tm ({text}) Tj" for x, text in zip((60, 200, 380), cells))
    return Ops(f"BT /F{2 if bold else 1} 10 Tf {moves} ET")


def test_a_bordered_table_drawn_row_by_row_in_one_text_object_keeps_its_cells(tmp_path):
    rows = [["Productgroep", "Wel glutenvrij", "Niet glutenvrij"],
            ["Brood", "glutenvrij brood, rijstwafels", "gewoon brood, beschuit"],
            ["Dranken", "koffie, thee, vruchtensap", "bier, moutdranken"],
            ["Sauzen", "zelf gebonden met maizena", "pakjessoep, jus met bloem"]]
    page = [Placed("Overzicht", 56, 760, 14, True),
            Placed("Deze tabel laat zien wat u wel en niet mag eten als u coeliakie heeft.", 56, 735),
            *(Rule(x, 630, 715) for x in (55, 195, 375, 540)),
            *(_row_in_one_text_object(cells, 700 - 20 * n, bold=n == 0) for n, cells in enumerate(rows)),
            Placed("Etiketten lezen", 56, 590, 14, True),
            Placed("Gluten moeten volgens de wet op het etiket staan.", 56, 570)]
    item = ingest_pdf(tmp_path, make_drawn_pdf([page]))
    table = next(passage for passage in item.passages if "Dranken" in passage.text)
    assert table.headings == ("Overzicht",)  # the header row is no heading
    assert "Productgroep | Wel glutenvrij | Niet glutenvrij" in table.text
    assert "Dranken | koffie, thee, vruchtensap | bier, moutdranken" in table.text


def test_weasyprint_diet_table_keeps_its_columns(coeliakie):
    table = next(passage for passage in coeliakie.passages if "Dranken" in passage.text)
    assert table.headings == ("Overzicht: glutenvrij en glutenbevattend",)
    assert "Productgroep | Wel glutenvrij | Niet glutenvrij" in table.text
    assert "Dranken | koffie, thee, wijn, vruchtensap | bier (behalve glutenvrij bier), moutdranken" in table.text


# ---------------------------------------------------------------- finding 9: bullets drawn as dots, the title

def _dot(x: float, y: float, side: float = 3.0) -> Ops:
    """A filled square left of a line, as a browser draws a list's bullet (wkhtmltopdf: a disc)."""
    return Ops(f"q {x} {y + 2} {side} {side} re f Q")


def test_bullets_drawn_as_dots_mark_list_items(tmp_path):
    items = ["uw tenen blauw of wit worden;", "uw kuit dik en rood wordt;", "u niet op de voet kunt staan."]
    page = [Placed("Wanneer belt u?", 56, 760, 14, True), Placed("Bel uw huisarts als:", 56, 735),
            *(part for n, text in enumerate(items)
              for part in (_dot(66, 715 - 15 * n), Placed(text, 76, 715 - 15 * n))),
            Ops("q 54 655 12 12 re f Q"),  # an icon, larger than a bullet, before a line of text
            Placed("Telefoon 046 459 77 20 op werkdagen van 9.00 tot 12.00 uur.", 72, 655),
            *(_dot(x, 630) for x in (40, 45, 50)),  # a logo's letters drawn as shapes, side by side
            Placed("Maasland Ziekenhuis, afdeling Chirurgie.", 58, 630)]
    item = ingest_pdf(tmp_path, make_drawn_pdf([page]))
    text = item.passages[0].text
    assert "\n".join(f"• {line}" for line in items) in text
    assert "\nTelefoon 046" in text or text.endswith("Telefoon 046 459 77 20 op werkdagen van 9.00 tot 12.00 uur.")
    assert "• Telefoon" not in text and "• Maasland" not in text


def test_a_dot_before_a_heading_is_no_bullet(tmp_path):
    """A designer's dot before a heading set larger and bolder than the text stays out of the
    heading ("• Wat is hielspoor?" was no heading and the section was lost: review)."""
    page = [_dot(56, 758, side=5), Placed("Wat is hielspoor?", 66, 760, 16, True),
            *(Placed(text, 66, 735 - 15 * n) for n, text in enumerate(PROSE))]
    item = ingest_pdf(tmp_path, make_drawn_pdf([page]), "hielspoor.pdf")
    assert "•" not in item.text
    assert any("Wat is hielspoor?" in passage.headings for passage in item.passages) \
        or item.leaflet.title == "Wat is hielspoor?"


def test_drawn_dots_mark_items_once_and_lists_of_larger_items_too():
    body = [Fragment(text, 56, 600 - 15 * n, 10, False) for n, text in enumerate(PROSE)]
    heading = Fragment("Wat is hielspoor?", 66, 760, 16, True)
    marked = Fragment("• Gebruik een eigen broodrooster.", 66, 700, 10, False)  # its own bullet glyph
    items = [Fragment(text, 66, 680 - 20 * n, 12, True) for n, text in enumerate(("Bel 112", "Bel de huisarts"))]
    dots = [(56.0, 762.0, 61.0, 767.0), (58.0, 702.0, 61.0, 705.0),
            *((58.0, 683.0 - 20 * n, 61.0, 686.0 - 20 * n) for n in range(2))]
    texts = [f.text for f in drawn_bullets([heading, marked, *items, *body], dots)]
    assert texts[:2] == ["Wat is hielspoor?", "• Gebruik een eigen broodrooster."]
    assert texts[2:6] == ["• ", "Bel 112", "• ", "Bel de huisarts"]  # two dots at one x: a list
    lone = drawn_bullets([Fragment("Telefoon 046 459 77 20", 66, 700, 10, False), *body], dots[1:2])
    assert [f.text for f in lone][:2] == ["• ", "Telefoon 046 459 77 20"]  # set as the text: an item


def test_wkhtmltopdf_list_items_keep_their_bullets():
    passages = ingest_file(LEAFLETS / "enkelverstuiking.pdf").passages
    alarm = next(passage.text for passage in passages if "Bel uw huisarts als:" in passage.text)
    assert "\n• uw tenen blauw, wit of gevoelloos worden;\n• uw kuit dik, rood en pijnlijk wordt;\n" in alarm


def _web_page(first_heading: str) -> list[list]:
    return [[Placed("Zuiderhaven Ziekenhuis", 20, 820, 9, True), Placed("Patienten Bezoekers Contact", 20, 808, 9),
             Placed("Home > Folders > Enkelverstuiking", 20, 790, 7),
             Placed(first_heading, 20, 765, 13, True),
             Placed("U bent op de Spoedeisende Hulp geweest met een verzwikte enkel.", 20, 745, 9),
             Placed("Wat gebeurt er bij een verstuiking?", 20, 715, 13, True),
             Placed("Meestal verzwikt de voet naar binnen.", 20, 695, 9)],
            [Placed("Contact", 20, 800, 13, True), Placed("Bel de polikliniek op werkdagen.", 20, 780, 9)]]


def test_a_browser_printed_page_is_titled_by_its_first_heading_where_it_names_the_file(tmp_path):
    item = ingest_pdf(tmp_path, make_drawn_pdf(_web_page("Enkelverstuiking (enkeldistorsie)")), "enkelverstuiking.pdf")
    assert item.leaflet.title == "Enkelverstuiking (enkeldistorsie)"
    # a first heading that does not name the file's subject opens a section, not the leaflet
    other = ingest_pdf(tmp_path, make_drawn_pdf(_web_page("Na uw bezoek")), "enkelverstuiking.pdf")
    assert other.leaflet.title == "enkelverstuiking"
    assert ingest_file(LEAFLETS / "enkelverstuiking.pdf").leaflet.title == "Enkelverstuiking (enkeldistorsie)"
