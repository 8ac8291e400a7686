"""Web pages made by tools red team 30 found read wrongly: Yodl's contents of heading links
under "Table of Contents" and its author and date set as headings, LaTeX2HTML's closing
"About this document ..." section, LaTeXML's own bullet glyphs and section numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import ingest_file

SECTIONS = [
    ("Wat is het?", "Als u opstaat, zakt het bloed door de zwaartekracht naar uw benen en daalt uw "
                    "bloeddruk kort. U wordt dan duizelig of licht in het hoofd."),
    ("Wat kunt u zelf doen?", "Sta langzaam op en ga eerst een halve minuut op de rand van het bed "
                              "zitten. Drink elke dag anderhalve tot twee liter."),
    ("Contact", "Polikliniek Geriatrie, telefoon 088 005 72 40, op werkdagen van 8.30 tot 12.00 uur."),
]


def _page(tmp_path: Path, name: str, body: str) -> Path:
    page = tmp_path / name
    page.write_text("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Duizelig bij het "
                    f"opstaan</title></head><body>{body}</body></html>", encoding="utf-8")
    return page


def test_a_contents_of_heading_links_goes_with_its_heading(tmp_path):
    """Yodl sets its contents as `<h3>` links in a definition list under an `<h1>` "Table of
    Contents", and its author and date as `<h2 id=...>` under the title: the contents was a
    passage and its heading the parent of every section, the date line that of the first."""
    entries = "".join(f'<dt><h3><a href="#l{number}">{number}: {title}</a></h3></dt>'
                      for number, (title, _) in enumerate(SECTIONS, 1))
    sections = "".join(f'<p><a name="l{number}"></a></p><h2>{number}: {title}</h2><p>{text}</p>'
                       for number, (title, text) in enumerate(SECTIONS, 1))
    page = _page(tmp_path, "yodl.html", '<hr><h1 id="title">Duizelig bij het opstaan</h1>'
                 '<h2 id="author">Afdeling Geriatrie, Rijnstate Arnhem</h2>'
                 '<h2 id="date">Laatst herzien: 5 november 2025</h2>'
                 f"<h1>Table of Contents</h1><dl><dd><dl>{entries}</dl></dd></dl><p></p><hr><p></p>{sections}")
    passages = ingest_file(page).passages
    assert [list(passage.headings) for passage in passages] == [
        [f"{number}: {title}"] for number, (title, _) in enumerate(SECTIONS, 1)]
    assert [passage.text for passage in passages] == [text for _, text in SECTIONS]


def test_a_closing_section_that_says_how_the_page_was_made_goes(tmp_path):
    """LaTeX2HTML ends a page with a section "About this document ..." that names the
    translator, the command line and the day it ran: it was the leaflet's last passage."""
    sections = "".join(f"<h1>{title}</h1><p>{text}</p>" for title, text in SECTIONS)
    page = _page(tmp_path, "l2h.html", '<h1 class="CENTER">Duizelig bij het opstaan</h1>' + sections
                 + "<p></p><h1><a id='SECTION0008'>Over dit dokument ...</a></h1> <strong>Duizelig bij het "
                 "opstaan</strong><p>This document was generated using the <a href='http://www.latex2html.org/'>"
                 "LaTeX2HTML</a> translator Version 2023 (Released January 1, 2023)<p>The command line arguments "
                 "were: <br><kbd>latex2html -split 0 duizelig.tex</kbd><p>The translation was initiated on "
                 "2026-12-05<div class='navigation'><hr><img alt='up' src='up.png'></div>")
    passages = ingest_file(page).passages
    assert [passage.headings[-1] for passage in passages] == [title for title, _ in SECTIONS]
    assert [passage.text for passage in passages] == [text for _, text in SECTIONS]


def test_a_closing_section_with_more_to_say_stays(tmp_path):
    """A last section that says more than how the page was made is the leaflet's."""
    page = _page(tmp_path, "contact.html", "<h1>Duizelig bij het opstaan</h1><h2>Wat is het?</h2>"
                 f"<p>{SECTIONS[0][1]}</p><h2>Contact</h2><p>{SECTIONS[2][1]}</p><p>Deze site is gemaakt "
                 "met <a href='https://wordpress.org/'>WordPress</a>.</p><p>Bel bij twijfel de huisarts.</p>")
    passages = ingest_file(page).passages
    assert passages[-1].headings[-1] == "Contact"
    assert SECTIONS[2][1] in passages[-1].text and "Bel bij twijfel de huisarts." in passages[-1].text


LATEXML_ITEM = ('<li class="ltx_item" style="list-style-type:none;">\n<span class="ltx_tag ltx_tag_item">{mark}'
                '</span> \n<div class="ltx_para"><p class="ltx_p">{text}</p></div></li>')


def test_latexml_bullets_and_section_numbers_are_not_read_twice(tmp_path):
    """LaTeXML writes each item's bullet (or number) in a tag inside the item, and each
    section's number in a tag inside its heading: the items read "• • Geef genoeg te
    drinken." and the headings "1 Wat is het?". A number in a heading's own text stays."""
    items = ["Laat uw kind rustig aan doen.", "Geef genoeg te drinken."]
    bulleted = "".join(LATEXML_ITEM.format(mark="•", text=text) for text in items)
    numbered = "".join(LATEXML_ITEM.format(mark=f"{number}.", text=text) for number, text in enumerate(items, 1))
    page = _page(tmp_path, "latexml.html", '<h1 class="ltx_title ltx_title_document">Vijfde ziekte</h1>'
                 '<section class="ltx_section"><h2 class="ltx_title ltx_title_section"><span class="ltx_tag '
                 'ltx_tag_section">1 </span>Wat kunt u zelf doen?</h2><p>Dit helpt uw kind het meest.</p>'
                 f'<ul class="ltx_itemize">{bulleted}</ul></section><section class="ltx_section">'
                 '<h2 class="ltx_title ltx_title_section"><span class="ltx_tag ltx_tag_section">2 </span>'
                 f'In 3 stappen</h2><ol class="ltx_enumerate">{numbered}</ol></section>')
    passages = ingest_file(page).passages
    assert [passage.headings[-1] for passage in passages] == ["Wat kunt u zelf doen?", "In 3 stappen"]
    assert passages[0].text.splitlines()[-2:] == [f"• {item}" for item in items]
    assert passages[1].text.splitlines() == [f"{number}. {item}" for number, item in enumerate(items, 1)]


@pytest.mark.parametrize("made", ["gemaakt met medewerking van de <a href='https://www.hartstichting.nl'>Hartstichting"
                                  "</a>", "gemaakt met <a href='https://plone.org'>Plone</a>"])
def test_a_closing_section_that_credits_people_or_gives_a_contact_stays(tmp_path, made):
    """A last section "Over deze folder" that thanks an association ("gemaakt met medewerking
    van ..."), or names its tool but dates the leaflet and gives a phone number, says more than
    how the page was generated: it went whole, heading and contact line with it (review 39)."""
    lines = ["Laatst herzien: 12 maart 2024", "Vragen? Bel de nierpoli: 088 123 45 67"]
    page = _page(tmp_path, "credits.html", "<h1>Duizelig bij het opstaan</h1><h2>Wat is het?</h2>"
                 f"<p>{SECTIONS[0][1]}</p><h2>Over deze folder</h2><p>Deze folder is {made}.</p>"
                 + "".join(f"<p>{line}</p>" for line in lines))
    closing = [passage.text for passage in ingest_file(page).passages if passage.headings[-1] == "Over deze folder"]
    assert lines[1] in closing


def test_a_colophon_that_credits_people_is_no_tool_colophon(tmp_path):
    """"Made with the help of", "gemaakt in samenwerking met" credit people, not a tool."""
    for credit in ("Deze folder is gemaakt in samenwerking met de", "This leaflet was made with the help of the"):
        page = _page(tmp_path, "credit.html", f"<h1>Duizelig bij het opstaan</h1><h2>Wat is het?</h2>"
                     f"<p>{SECTIONS[0][1]}</p><p>{credit} <a href='https://www.hartstichting.nl'>Hartstichting</a>.</p>")
        assert "Hartstichting" in ingest_file(page).passages[-1].text
