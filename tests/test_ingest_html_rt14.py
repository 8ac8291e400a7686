"""Asciidoctor's web pages, as red team 14 found them read wrongly (rosacea.html): the
revision line under the title was lost beside an author line, a listing with callout marks
kept only its first line, a footnote opened with another mark than the text's and a stray
" . ", and a page without a preamble was titled by its first section."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.html.headings import document_title
from ingest.html.page import parse_page
from ingest.pipeline import ingest_leaflets

from tests.test_ingest_html_markup import _ingested

LEAFLETS = Path(__file__).parent / "data" / "redteam14_leaflets"
TEXT = "Was uw gezicht met lauw water en een milde, zeepvrije reiniger. Dep de huid droog en wrijf niet."


def _asciidoctor(details: str, footer: str = "Version 2.1<br>\nLast updated 2026-11-20 19:48:45 UTC",
                 content: str = f"<div class='paragraph'><p>{TEXT}</p></div>") -> str:
    """A page as Asciidoctor writes it: the title and its details in `#header`, the sections
    in `#content`, the footnotes and the build's footer after them."""
    return ("<!DOCTYPE html><html lang='nl'><head><title>Huidverzorging</title></head><body class='article'>"
            f"<div id='header'><h1>Huidverzorging</h1><div class='details'>{details}</div></div>"
            "<div id='content'><div class='sect1'><h2 id='_dagelijks'>Dagelijks</h2><div class='sectionbody'>"
            f"{content}</div></div></div>"
            f"<div id='footer'><div id='footer-text'>{footer}</div></div></body></html>")


REVISION = "<span id='revnumber'>version 2.1,</span>\n<span id='revdate'>14 oktober 2025</span>"


# ------------------------------------------------------------ finding 3.6: the revision line

@pytest.mark.parametrize("author", [
    "",
    "<span id='author' class='author'>Polikliniek Dermatologie</span><br>\n",
    "<span id='author' class='author'>Polikliniek Dermatologie</span><br>\n"
    "<span id='email' class='email'><a href='mailto:derm@example.nl'>derm@example.nl</a></span><br>\n",
])
def test_the_revision_line_dates_the_page_with_or_without_an_author_line(tmp_path, author):
    assert _ingested(tmp_path, _asciidoctor(author + REVISION)).leaflet.updated == "2025-10-14"


def test_the_footers_build_stamp_dates_the_page_only_when_nothing_else_does(tmp_path):
    assert _ingested(tmp_path, _asciidoctor("")).leaflet.updated == "2026-11-20"


def test_the_rosacea_page_is_dated_by_its_revision_line():
    assert ingest_leaflets(LEAFLETS / "rosacea.html")[0].leaflet.updated == "2025-10-14"


@pytest.mark.parametrize("landmark", ["main", "article"])
def test_a_date_line_in_the_articles_own_header_beats_the_cms_meta_date(tmp_path, landmark):
    """A `<header>` inside `<main>` or `<article>` is the article's, not the site's furniture:
    its "Laatst gewijzigd" line under the title dates the page before the `<meta>` date."""
    page = ("<html lang='nl'><head><title>Nierbiopsie</title>"
            "<meta property='article:modified_time' content='2026-01-05T10:00:00+01:00'></head><body>"
            f"<{landmark}><header><h1>Nierbiopsie</h1><p class='meta'>Laatst gewijzigd: 14 januari 2025</p>"
            f"</header><p>{TEXT}</p><p>{TEXT}</p></{landmark}></body></html>")
    assert _ingested(tmp_path, page).leaflet.updated == "2025-01-14"


# ------------------------------------------------------------ finding 3.7: listings

LISTING = ("<div class='listingblock'><div class='content'><pre class='highlight'><code class='language-text'>"
           "Ochtend:  reinigen <i class='conum' data-value='1'></i><b>(1)</b>\n"
           "          crème van de dermatoloog\n"
           "          zonnebrand SPF 30+ <i class='conum' data-value='2'></i><b>(2)</b>\n"
           "Avond:    reinigen</code></pre></div></div>"
           "<div class='colist arabic'><table><tr><td><i class='conum' data-value='1'></i><b>1</b></td>"
           "<td>Gebruik geen scrub.</td></tr></table></div>")
HIGHLIGHTED = ("<pre><code><span class='k'>Stap 1:</span> tabletten innemen\n"
               "<span class='k'>Stap 2:</span> water drinken\nStap 3: rusten</code></pre>")


@pytest.mark.parametrize(("listing", "lines"), [
    pytest.param(LISTING, ["Ochtend: reinigen (1)", "crème van de dermatoloog", "zonnebrand SPF 30+ (2)",
                           "Avond: reinigen"], id="callouts"),
    pytest.param(HIGHLIGHTED, ["Stap 1: tabletten innemen", "Stap 2: water drinken", "Stap 3: rusten"],
                 id="highlighted"),
])
def test_every_line_of_a_listing_is_kept_one_per_line(tmp_path, listing, lines):
    content = f"<div class='paragraph'><p>{TEXT}</p></div>{listing}<div class='paragraph'><p>{TEXT}</p></div>"
    text = "\n".join(p.text for p in _ingested(tmp_path, _asciidoctor(REVISION, content=content)).passages)
    assert [line for line in text.split("\n") if line in lines] == lines


def test_a_bare_preformatted_text_keeps_all_its_words_as_wrapped_text(tmp_path):
    """A bare `<pre>` may be a text file shown as a page: its wrapped lines stay joinable."""
    pre = "<pre>Neem de tabletten <b>twee keer</b> per dag in met\neen glas water, bij het ontbijt.</pre>"
    text = "\n".join(p.text for p in _ingested(tmp_path, _asciidoctor(REVISION, content=pre)).passages)
    assert "Neem de tabletten twee keer per dag in met een glas water, bij het ontbijt." in text


def test_the_rosacea_routine_keeps_its_lines():
    text = "\n".join(p.text for p in ingest_leaflets(LEAFLETS / "rosacea.html")[0].passages)
    assert "zonnebrand SPF 30+ (2)" in text.split("\n") and "Avond: reinigen" in text.split("\n")


# ------------------------------------------------------------ finding 3.7: footnotes

FOOTNOTED = ("<div class='paragraph'><p>Bij rosacea zijn er geen mee-eters.<sup class='footnote'>"
             "[<a id='_footnoteref_1' class='footnote' href='#_footnotedef_1' title='View footnote.'>1</a>]"
             f"</sup> {TEXT}</p></div>")
NOTES = ("<div id='footnotes'><hr><div class='footnote' id='_footnotedef_1'>"
         "<a href='#_footnoteref_1'>1</a>. Mee-eters zijn verstopte talgklieren.</div></div>")


def test_an_asciidoctor_footnote_opens_with_the_mark_the_text_shows(tmp_path):
    page = _asciidoctor(REVISION, content=FOOTNOTED).replace("<div id='footer'>", NOTES + "<div id='footer'>")
    text = "\n".join(p.text for p in _ingested(tmp_path, page).passages)
    assert f"geen mee-eters.[1] {TEXT}\n\n[1] Mee-eters zijn verstopte talgklieren." in text
    assert " . " not in text


# ------------------------------------------------------------ finding 3.7: the title

SECTION = "".join(f"<div class='paragraph'>\n<p>{text}</p>\n</div>\n" for text in (
    TEXT, "Gebruik geen scrub, peeling of reinigingsborstel: die maken de roodheid erger.",
    "Een groengetinte camouflagecrème maakt roodheid minder zichtbaar."))


@pytest.mark.parametrize("page_title", ["Huidverzorging", "Huidverzorging | Ziekenhuis Amstelzorg"])
def test_the_header_h1_titles_the_page_not_its_first_section(tmp_path, page_title):
    page = _asciidoctor(REVISION, content=SECTION).replace("<title>Huidverzorging</title>",
                                                           f"<title>{page_title}</title>")
    item = _ingested(tmp_path, page)
    assert item.leaflet.title == "Huidverzorging"
    assert {passage.headings for passage in item.passages} == {("Dagelijks",)}


@pytest.mark.parametrize("header", [
    "<h1><a href='/'>Ziekenhuis Amstelzorg</a></h1>",  # a site's name as a logo that links home
    "<h1>Ziekenhuis Amstelzorg</h1><h1>Huidverzorging</h1>",  # two: which one is the title?
    "<h1>Welkom</h1>",  # not the page's title
])
def test_an_h1_that_is_no_document_title_is_not_taken_for_one(header):
    tree = parse_page(f"<html><head><title>Ziekenhuis Amstelzorg</title></head><body>{header}<p>Tekst.</p></body></html>")
    assert document_title(tree, "Ziekenhuis Amstelzorg") == ""


def test_hard_wrapped_prose_in_a_code_listing_joins_as_a_paragraph(tmp_path):
    """Prose hard-wrapped into `<pre><code>` (no callouts, no indentation, long lines) is no
    listing: its lines join into one sentence, as a paragraph's do."""
    pre = ("<pre><code>Neem de tabletten twee keer per dag in met een glas water, bij\n"
           "het ontbijt en bij het avondeten. Sla geen dosis over, ook niet als u\n"
           "zich beter voelt.</code></pre>")
    text = "\n".join(p.text for p in _ingested(tmp_path, _asciidoctor(REVISION, content=pre)).passages)
    assert "water, bij het ontbijt en bij het avondeten. Sla geen dosis over, ook niet als u zich beter" in text
