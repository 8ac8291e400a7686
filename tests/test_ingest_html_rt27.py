"""A Quarto website page as red team 27 found it read wrongly (`verslikken.html`): its callout's
title was dropped, and the page was dated by its publication date, not its "Gewijzigd" date."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import ingest_file

PARAGRAPH = ("<p>Jonge kinderen stoppen alles in hun mond. Een stukje eten of speelgoed kan daarbij in de "
             "luchtpijp terechtkomen in plaats van in de slokdarm. Dit heet verslikken.</p>")
CALLOUT = ('<div class="callout callout-style-default callout-warning callout-titled">'
           '<div class="callout-header d-flex align-content-center">'
           '<div class="callout-icon-container"><i class="callout-icon"></i></div>'
           '<div class="callout-title-container flex-fill">Bel direct 112 als</div></div>'
           '<div class="callout-body-container callout-body"><ul><li>uw kind niet meer kan hoesten;</li>'
           '<li>uw kind blauw wordt rond de lippen.</li></ul></div></div>')
AFTER = "<p>Blijf daarna altijd bij uw kind tot de ambulance er is.</p>"


def _quarto_page(tmp_path: Path, body: str, label: str = "Gewijzigd") -> Path:
    """A page as Quarto writes it: its body classed "nav-fixed", its content box "page-navbar",
    its `<main>` "quarto-banner-title-block", and a title block that gives two dates."""
    page = tmp_path / "verslikken.html"
    page.write_text(
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'><meta name='dcterms.date' content='2024-01-12'>"
        "<title>Verslikken</title></head><body class='nav-fixed'>"
        "<header id='title-block-header' class='quarto-title-block default page-columns page-full'>"
        "<div class='quarto-title-banner'><div class='quarto-title column-body'><h1 class='title'>Verslikken</h1>"
        "</div></div><div class='quarto-title-meta'>"
        "<div><div class='quarto-title-meta-heading'>Gepubliceerd</div><div class='quarto-title-meta-contents'>"
        "<p class='date'>12 januari 2024</p></div></div>"
        f"<div><div class='quarto-title-meta-heading'>{label}</div><div class='quarto-title-meta-contents'>"
        "<p class='date-modified'>9 april 2026</p></div></div></div></header>"
        "<div id='quarto-content' class='quarto-container page-columns page-layout-article page-navbar'>"
        "<main class='content quarto-banner-title-block' id='quarto-document-content'>"
        f"<section><h2>Eerste hulp</h2>{PARAGRAPH * 6}{body}</section>"
        f"<section><h2>Na het verslikken</h2>{PARAGRAPH}</section></main></div></body></html>",
        encoding="utf-8")
    return page


def test_a_callout_that_ends_its_section_keeps_its_title_as_heading(tmp_path):
    """Quarto's callout title stands alone in a `<div>` inside the box's header: on a page of
    more than a few paragraphs trafilatura drops such a `<div>`, and the page's boxes were
    taken for furniture ("page-navbar", "quarto-banner-title-block"), so the title was not
    read as the box's heading. The three items lost their lead-in "Bel direct 112 als"."""
    passages = ingest_file(_quarto_page(tmp_path, CALLOUT)).passages
    assert [passage.text for passage in passages if passage.headings == ("Eerste hulp", "Bel direct 112 als")] \
        == ["• uw kind niet meer kan hoesten;\n• uw kind blauw wordt rond de lippen."]


def test_a_callout_inside_its_section_keeps_its_title_before_its_body(tmp_path):
    """Where the section's text goes on after the box, its title (in a header box of its
    own) is a line before the box's body, not a heading over the text after it."""
    passages = ingest_file(_quarto_page(tmp_path, CALLOUT + AFTER)).passages
    text = next(passage.text for passage in passages if "ambulance" in passage.text)
    assert [passage.headings for passage in passages if "ambulance" in passage.text] == [("Eerste hulp",)]
    assert text.index("Bel direct 112 als") < text.index("blauw wordt") < text.index("ambulance")


@pytest.mark.parametrize("label", ["Gewijzigd", "Modified", "Geändert"])
def test_the_title_blocks_modified_date_beats_the_publication_date(tmp_path, label):
    """Quarto's `date-modified` ("Gewijzigd" in a Dutch page) is the leaflet's last change; its
    `<meta name="dcterms.date">` and "Gepubliceerd" line give the first publication. The
    body's class "nav-fixed" had put the whole title block among the page's furniture, and
    a label the date finder does not know ("Geändert") is read by the class that names it."""
    assert ingest_file(_quarto_page(tmp_path, CALLOUT, label)).leaflet.updated == "2026-04-09"
