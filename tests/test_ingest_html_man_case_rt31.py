"""A page man2html made (review of red team 31's fixes): its section headings in capitals read
in sentence case, all of them, and its closing index and note are no passage."""

from __future__ import annotations

from pathlib import Path

from ingest.html.man_page import read_man_page
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam31_leaflets"

NAME = "# KEELPIJN\n\n## NAAM\n\nkeelpijn - Keelpijn bij volwassenen\n\n"


def _headings(markdown: str) -> list[str]:
    page = read_man_page(NAME + markdown)
    assert page is not None
    return [line for line in page.text.split("\n") if line.startswith("## ")]


def test_words_the_text_never_writes_go_to_small_letters():
    """"MERKT" stands nowhere in the text; on a man page every heading is in capitals, so it is
    no abbreviation, and the page's headings read alike."""
    assert _headings("## WAT MERKT U?\n\nU heeft pijn bij het slikken.\n\n## WANNEER BELT U?\n\n"
                     "Bel als u niet kunt drinken.") == ["## Wat merkt u?", "## Wanneer belt u?"]


def test_an_abbreviation_the_text_writes_in_capitals_stays():
    assert _headings("## KEELPIJN BIJ COPD\n\nMet COPD duurt een ontsteking vaak langer.") == [
        "## Keelpijn bij COPD"]


def test_a_heading_in_small_letters_stays_as_it_is():
    assert _headings("## Buiten kantoortijden\n\nBel de huisartsenpost.") == ["## Buiten kantoortijden"]


MAN2HTML = """<HTML><HEAD><TITLE>Man page of KEELPIJN</TITLE></HEAD><BODY>
<H1>KEELPIJN</H1>
Section: Folders (7)<BR>Updated: 4 maart 2025<BR><A HREF="#index">Index</A><HR>
<A NAME="lbAB">&nbsp;</A><H2>NAAM</H2>
keelpijn - Keelpijn bij volwassenen
<A NAME="lbAC">&nbsp;</A><H2>WAT KUNT U DOEN?</H2>
Neem paracetamol tegen de pijn en drink genoeg, ook als slikken pijn doet.
<A NAME="lbAD">&nbsp;</A><H2>WANNEER BELT U?</H2>
Bel de huisarts als u na een week nog koorts heeft of niet kunt drinken.
<HR>
<A NAME="index">&nbsp;</A><H2>Index</H2>
<DL>
<DT><A HREF="#lbAB">NAAM</A><DD>
<DT><A HREF="#lbAC">WAT KUNT U DOEN?</A><DD>
<DT><A HREF="#lbAD">WANNEER BELT U?</A><DD>
</DL>
<HR>
This document was created by
<A HREF="/cgi-bin/man/man2html">man2html</A>,
using the manual pages.<BR>
Time: 10:02:11 GMT, March 04, 2025
</BODY></HTML>"""


def test_man2html_index_and_note_are_no_passage(tmp_path):
    page = tmp_path / "keelpijn.html"
    page.write_text(MAN2HTML, encoding="utf-8")
    passages = ingest_file(page).passages
    assert [(passage.headings, passage.text) for passage in passages] == [
        (("Wat kunt u doen?",), "Neem paracetamol tegen de pijn en drink genoeg, ook als slikken pijn doet."),
        (("Wanneer belt u?",), "Bel de huisarts als u na een week nog koorts heeft of niet kunt drinken.")]


def test_a_list_of_links_to_other_pages_under_the_last_heading_stays(tmp_path):
    """Links that lead off the page are a list of the text's, not the converter's index."""
    page = tmp_path / "keelpijn.html"
    page.write_text(MAN2HTML.replace('HREF="#lbA', 'HREF="https://example.org/lbA'), encoding="utf-8")
    assert any(passage.headings == ("Index",) for passage in ingest_file(page).passages)


def test_red_team_man2html_page_headings():
    ingested = ingest_file(LEAFLETS / "zweepslag.html")
    headings = [passage.headings for passage in ingested.passages]
    assert ("Wat merkt u?",) in headings and ("Wat is een zweepslag?",) in headings
    assert not any(heading.isupper() for passage in ingested.passages for heading in passage.headings)
