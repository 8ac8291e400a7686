"""Web pages as red team 23 found them read wrongly: an RTF converter's page (unrtf) sets its
whole text straight in `<body>` as `<font>…<br></font>` lines, with no paragraph or box, and
ends its one table only at the next table row, so the text after the table became one cell
of a last row. Only that table survived: about three quarters of the text was lost."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from ingest.html.inline_runs import body_lines, reopen_before_center
from ingest.html.layout_tables import text_after_tables
from ingest.pipeline import ingest_file


def _line(words: str, heading: bool = False) -> str:
    """One line as unrtf writes it: a heading in a larger bold font, each line ended by a `<br>`."""
    if heading:
        return f'<font face="Helvetica"><b><span style="font-size:16pt">{words}<br>\n</span></b></font>'
    return f'<font face="Helvetica">{words}<br>\n</font>'


INTRO = ("Aarsmaden zijn kleine witte wormpjes van ongeveer een centimeter lang. Ze leven in de darm en "
         "geven vooral 's nachts veel jeuk rond de anus.")
SCHOOL = ("Uw kind mag gewoon naar school of de kinderopvang. Vertel de leerkracht dat uw kind aarsmaden heeft, "
          "zodat zij extra letten op handen wassen.")
AFTER_TABLE = "De tablet mag u kauwen of heel doorslikken. Mebendazol is zonder recept te koop bij de drogist."
HYGIENE = "Was op de dag van de tablet het beddengoed en de handdoeken op 60 graden."


def _cells(*words: str) -> str:
    return "<tr>" + "".join(f'<td><font face="Helvetica">{word}<br>\n</font></td>' for word in words) + "</tr>\n"


TABLE = ('<table border="2">\n' + _cells("Wie", "Mebendazol 100 mg", "Herhalen")
         + _cells("Kinderen vanaf 2 jaar", "1 tablet", "Na 2 weken")
         + _cells("Zwangere vrouwen", "Liever niet", "Overleg met de huisarts")
         + '<tr><td><font face="Helvetica"><br>\n</font>' + _line(AFTER_TABLE) + _line("Hygiëne", heading=True)
         + _line("&bull;&nbsp;&nbsp;&nbsp; " + HYGIENE) + "</td>\n</tr>\n</table>\n")

UNRTF_PAGE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
              '<meta http-equiv="content-type" content="text/html; charset=utf-8">\n'
              '<!-- Translation from RTF performed by UnRTF, version 0.21.10 -->\n</head>\n'
              '<body><font face="Helvetica"><b><font size="5"><center>Aarsmaden<br>\n</font></b></font></center>\n'
              + _line("Wat zijn aarsmaden?", heading=True) + _line(INTRO)
              + _line("Behandeling", heading=True) + _line("Behandel altijd het hele gezin tegelijk.") + TABLE
              + _line("Op school en de opvang", heading=True) + _line(SCHOOL) + "</body>\n</html>\n")


def test_an_unrtf_page_reads_whole_with_its_headings(tmp_path):
    page = tmp_path / "aarsmaden.html"
    page.write_text(UNRTF_PAGE, encoding="utf-8")
    item = ingest_file(page)
    assert item.leaflet.title == "Aarsmaden"
    by_heading = {passage.headings: passage.text for passage in item.passages}
    assert INTRO in by_heading[("Wat zijn aarsmaden?",)]
    assert SCHOOL in by_heading[("Op school en de opvang",)]
    assert HYGIENE in by_heading[("Hygiëne",)] and "Hygiëne" not in by_heading[("Hygiëne",)]
    treatment = by_heading[("Behandeling",)]
    assert "1 tablet" in treatment and AFTER_TABLE in treatment and HYGIENE not in treatment


def test_the_lines_of_text_straight_in_the_body_become_paragraphs():
    tree = lxml.html.fromstring("<html><body><font>Eerste regel.<br></font><b>Tweede</b> regel.<br>"
                                "Derde <i>regel</i>.<br><br><p>Een blok.</p></body></html>")
    body_lines(tree)
    assert [p.text_content() for p in tree.iter("p")] == ["Eerste regel.", "Tweede regel.", "Derde regel.",
                                                          "Een blok."]
    assert not tree.xpath("//br")


def test_a_body_with_its_text_in_boxes_keeps_its_loose_line():
    tree = lxml.html.fromstring("<html><body>Afgedrukt op 3 mei<br><div><p>Een lange alinea met veel woorden "
                                "over de behandeling en wat u zelf kunt doen.</p></div></body></html>")
    body_lines(tree)
    assert len(tree.xpath("//p")) == 1 and tree.xpath("//br")


def test_a_centred_title_keeps_the_font_libxml2_closed_before_it():
    tree = lxml.html.fromstring("<html><body><b><font size='5'><center>Titel</center></font></b>"
                                "<font>Tekst.</font></body></html>")
    reopen_before_center(tree)
    assert tree.xpath("//center/b/font[@size='5']")[0].text == "Titel"
    assert len(tree.xpath("//font[@size='5']")) == 1


def test_text_in_a_last_row_of_one_cell_goes_after_its_table():
    tree = lxml.html.fromstring(f"<html><body>{TABLE}<p>Daarna.</p></body></html>")
    text_after_tables(tree)
    table = tree.find(".//table")
    assert len(table.findall("tr")) == 3 and AFTER_TABLE not in table.text_content()
    assert AFTER_TABLE in tree.find("body").text_content()
    assert [child.tag for child in tree.find("body")][-1] == "p"


def test_a_short_note_under_a_table_of_data_stays_in_it():
    tree = lxml.html.fromstring("<html><body><table>" + _cells("Wie", "Dosis") + _cells("Kind", "1 tablet")
                                + _cells("Volwassene", "2 tabletten") + "<tr><td colspan='2'>Bron: RIVM</td></tr>"
                                "</table></body></html>")
    text_after_tables(tree)
    assert "Bron: RIVM" in tree.find(".//table").text_content()


def test_the_lines_of_one_font_around_the_whole_text_become_paragraphs():
    tree = lxml.html.fromstring("<html><body><font face='Arial'><b>Kop</b><br>Eerste regel.<br>Tweede regel.<br>"
                                "</font></body></html>")
    body_lines(tree)
    assert [p.text_content() for p in tree.iter("p")] == ["Kop", "Eerste regel.", "Tweede regel."]
    assert all(p[0].tag == "font" and p[0].get("face") == "Arial" for p in tree.iter("p"))
