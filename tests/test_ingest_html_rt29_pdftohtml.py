"""Web pages as red team 29 found them read wrongly: poppler's `pdftohtml -s -i -noframes`
writes a heading and its paragraph as one block, the heading's `<br>` inside its `<b>`
(`<b>Insmeren<br/></b>Een goed …`), which trafilatura dropped ("InsmerenEen"); it sets each
page's blocks by position, so the running header and footer came as passages and a table's
cells one per line."""

from __future__ import annotations

import lxml.html

from ingest.html.inline_runs import breaks_after_runs
from ingest.pipeline import ingest_file

WHY = ("Als u ouder wordt, maakt uw huid minder talg en vocht aan. De beschermende vetlaag wordt dunner "
       "en de huid houdt minder goed water vast.")
SECOND = "Tweede alinea met genoeg woorden om een passage te vormen voor de test van dit blad."


def test_a_break_that_ends_a_bold_run_parts_the_heading_from_its_text(tmp_path):
    page = tmp_path / "droog.html"
    page.write_text(f"<html><head><title>T</title></head><body><p><b>Waarom wordt de huid droog?<br/></b>{WHY}</p>"
                    f"<p>{SECOND}</p></body></html>", encoding="utf-8")
    item = ingest_file(page)
    text = "\n".join(passage.text for passage in item.passages)
    assert "droog?Als" not in text and WHY in text
    assert item.leaflet.title == "Waarom wordt de huid droog?"


def test_the_break_moves_out_of_every_run_it_ends():
    tree = lxml.html.fromstring("<html><body><p><b><i>Kop<br/> </i></b>Tekst</p><p><b>a<br/>b</b>c</p></body></html>")
    breaks_after_runs(tree)
    first, second = tree.xpath("//p")
    assert [child.tag for child in first] == ["b", "br"] and first[1].tail.strip() == "Tekst"
    assert second[0].xpath("br")  # a break inside the run stays there


def _block(top: int, left: int, words: str, font: str = "ft1") -> str:
    return (f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="{font}">'
            f'{words}</p>\n')


def _page(number: int, body: str) -> str:
    return (f'<!-- Page {number} -->\n<a name="{number}"></a>\n'
            f'<div id="page{number}-div" style="position:relative;width:892px;height:1262px;">\n'
            + _block(80, 89, "Ziekenhuis Oost - Dermatologie") + body
            + _block(1202, 89, "DER-0231 Droge huid") + _block(1202, 742, f"Pagina {number} van&#160;2")
            + "</div>\n")


STYLE = ("<style>p {margin: 0; padding: 0;} .ft1{font-size:16px;font-family:Sans;}"
         " .ft2{font-size:15px;line-height:25px;font-family:Sans;} .ft3{font-size:30px;font-family:SansBold;}</style>")
PARAGRAPH = ("Een goed vet middel is de belangrijkste behandeling. Smeer uw hele lichaam minstens twee keer "
             "per dag in, ook als de huid er goed uitziet.")
LATER = "Deze middelen zijn zonder recept te koop bij de apotheek. Smeer dan eerst een middel zonder ureum."
PDFTOHTML = ("<!DOCTYPE html><html><head><title>Droge huid</title></head><body>" + STYLE
             + _page(1, _block(121, 89, "<b>Droge huid<br/></b>Polikliniek Dermatologie", "ft3")
                     + _block(224, 89, "<b>Insmeren<br/></b>" + PARAGRAPH.replace(" twee", "<br/>twee"))
                     + _block(1000, 89, "<b>Middel</b>") + _block(1000, 330, "<b>Hoe vet</b>")
                     + _block(1000, 571, "<b>Wanneer</b>")
                     + _block(1039, 89, "Cetomacrogolcrème") + _block(1039, 330, "matig vet")
                     + _block(1026, 571, "overdag, op het gezicht<br/>en de armen", "ft2")
                     + _block(1077, 89, "Vaseline-lanettecrème") + _block(1077, 330, "zeer vet")
                     + _block(1064, 571, "'s nachts, op ruwe<br/>plekken", "ft2"))
             + _page(2, _block(121, 89, LATER) + _block(190, 89, "<b>Contact<br/></b>Bel de polikliniek op "
                                                                  "werkdagen van 8.30 tot 16.30 uur.")
                     + _block(260, 89, "Versie 4, herzien 3 november 2025"))
             + "</body></html>")


def test_a_pdftohtml_page_reads_its_headings_rows_and_no_page_furniture(tmp_path):
    page = tmp_path / "droge-huid.html"
    page.write_text(PDFTOHTML, encoding="utf-8")
    item = ingest_file(page)
    text = "\n".join(passage.text for passage in item.passages)
    assert item.leaflet.title == "Droge huid"
    assert "Ziekenhuis Oost" not in text and "DER-0231" not in text and "Pagina" not in text
    by_heading = {passage.headings[-1]: passage.text for passage in item.passages if passage.headings}
    assert PARAGRAPH in by_heading["Insmeren"]
    assert "Cetomacrogolcrème | matig vet | overdag, op het gezicht en de armen" in by_heading["Insmeren"]
    assert "Vaseline-lanettecrème | zeer vet | 's nachts, op ruwe plekken" in by_heading["Insmeren"]
    assert "werkdagen van 8.30" in by_heading["Contact"]


def test_blocks_side_by_side_that_are_long_stay_columns_of_text(tmp_path):
    column = "Een regel van een kolom tekst die doorloopt<br/>" * 5
    page = tmp_path / "kolommen.html"
    page.write_text("<html><head><title>Kolommen</title></head><body>" + STYLE
                    + _page(1, _block(200, 89, column + "links.") + _block(200, 480, column + "rechts.")
                            + _block(400, 89, column + "links2.") + _block(400, 480, column + "rechts2."))
                    + _page(2, _block(200, 89, PARAGRAPH)) + "</body></html>", encoding="utf-8")
    text = "\n".join(passage.text for passage in ingest_file(page).passages)
    assert " | " not in text and "rechts2." in text


def test_a_heading_between_paragraphs_of_a_short_page_is_no_page_furniture(tmp_path):
    """On a page of three blocks every block is among its first and last lines; a one-line
    heading between two paragraphs still stands inside the text, not at its edge."""
    def page(number: int, heading: str, body: str) -> str:
        return (f'<div id="page{number}-div" style="position:relative;width:892px;height:1262px;">'
                f'<p style="position:absolute;top:80px;left:108px;white-space:nowrap">Een lange alinea op pagina '
                f'{number}<br/>die doorloopt op een tweede regel<br/>en een derde regel heeft.</p>'
                f'<p style="position:absolute;top:200px;left:108px;white-space:nowrap"><b>{heading}</b></p>'
                f'<p style="position:absolute;top:240px;left:108px;white-space:nowrap">{body}<br/>Een tweede '
                f'regel over de stap<br/>en een derde regel.</p></div>')
    path = tmp_path / "stappen.html"
    path.write_text("<html><head><title>Wondzorg</title></head><body>"
                    + page(1, "Stap 1: wond schoonmaken", "Maak de wond schoon met water en zeep.")
                    + page(2, "Stap 2: wond schoonmaken", "Droog de wond goed af.") + "</body></html>", encoding="utf-8")
    headings = {passage.headings[-1] for passage in ingest_file(path).passages if passage.headings}
    assert {"Stap 1: wond schoonmaken", "Stap 2: wond schoonmaken"} <= headings
