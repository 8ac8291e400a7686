"""Web pages as red team 21 found them read wrongly: txt2tags' "Last reviewed" line in the
`<header>` that holds the title, Confluence's "last modified by <name> on <date>" line and
AsciiDoc's revision line in its header box dated nothing (the footer's build stamp dated the
AsciiDoc page)."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from ingest.dates import find_updated
from ingest.html.page_dates import page_date
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam21_leaflets"

TEXT = ("<p>Pseudokroep is een ontsteking van het strottenhoofd door een verkoudheidsvirus. Het slijmvlies onder "
        "de stembanden zwelt op, waardoor de luchtweg nauwer wordt.</p><h2>Behandeling</h2><p>De arts geeft meestal "
        "één dosis dexamethason als drankje. Dat werkt na ongeveer twee uur en vermindert de zwelling.</p>")


def _page(tmp_path: Path, body: str, title: str = "Pseudokroep") -> Path:
    page = tmp_path / "kroep.html"
    page.write_text(f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    return page


def test_a_header_holding_the_title_dates_the_page(tmp_path):
    header = ("<header><hgroup><h1>Pseudokroep</h1><h2>Kinderafdeling</h2><h3>Laatst herzien: 3 december 2025</h3>"
              "</hgroup></header>")
    page = _page(tmp_path, f"{header}<article><div class='body'>{TEXT}</div></article>")
    assert ingest_file(page).leaflet.updated == "2025-12-03"


def test_a_site_header_with_its_name_as_a_link_still_dates_nothing():
    tree = lxml.html.fromstring("<html><body><header><h1><a href='/'>Ziekenhuis Noord</a></h1><p>Laatst gewijzigd: "
                                f"3 december 2025</p></header><main>{TEXT}</main></body></html>")
    assert page_date(tree).labelled == ""


def test_a_name_between_the_label_and_the_date():
    assert find_updated("Created by Jan de Vries, last modified by Anne Bakker on Feb 17, 2026") == "2026-02-17"
    assert find_updated("Laatst gewijzigd door Anne Bakker op 17 februari 2026") == "2026-02-17"
    assert find_updated("Posted by pvandam at Mar 03, 2026 08:12") == ""


def test_confluence_page_metadata_dates_the_page(tmp_path):
    body = ("<div id='main'><h1 id='title-heading'><span id='title-text'>Pseudokroep</span></h1><div id='content'>"
            "<div class='page-metadata'>Created by <span class='author'> Jan de Vries</span>, last modified by "
            "<span class='editor'> Anne Bakker</span> on Feb 17, 2026</div>"
            f"<div id='main-content' class='wiki-content'>{TEXT}</div></div></div>")
    assert ingest_file(_page(tmp_path, body)).leaflet.updated == "2026-02-17"


def test_asciidoc_revision_line_in_its_header_box_over_the_footer_build_stamp(tmp_path):
    # AsciiDoc's footer gives the source file's modification time: a build stamp, the last resort
    body = ("<div id='header'>\n<h1>Pseudokroep: blafhoest bij jonge kinderen</h1>\n<span id='author'>Kinderafdeling"
            "</span><br>\n<span id='revnumber'>version 1.2,</span>\n<span id='revdate'>20 oktober 2025</span>\n"
            "<br><span id='revremark'>herziene versie</span>\n<div id='toc'><div id='toctitle'>Inhoud</div></div></div>"
            f"<div id='content'>{TEXT}</div><div id='footer'><div id='footer-text'>Versie 1.2<br>Laatst bijgewerkt "
            "2026-02-18 11:12:00 CET</div></div>")
    assert ingest_file(_page(tmp_path, body)).leaflet.updated == "2025-10-20"


def _passages(tmp_path: Path, body: str, title: str = "Pseudokroep") -> list[str]:
    return [passage.text for passage in ingest_file(_page(tmp_path, body, title)).passages]


def test_a_wiki_pages_list_of_attachments_is_no_passage():
    # Confluence: "oefeningen.pdf (application/pdf)<br>wondjes.png (image/png)" under "Attachments:"
    passages = ingest_file(LEAFLETS / "knieartroscopie.html").passages
    assert not any("application/pdf" in p.text or "Attachments:" in p.headings for p in passages), passages[-1]


def test_the_colophon_of_the_tool_that_made_the_page_is_no_text(tmp_path):
    colophon = ("<hr><blockquote class='quote'><em>This document was translated from L<sup>A</sup>T<sub>E</sub>X by"
                "</em><a href='http://hevea.inria.fr/index.html'><em>H</em><em>E</em><em>V</em><em>E</em><em>A</em>"
                "</a><em>.</em></blockquote>")
    texts = _passages(tmp_path, f"<h1>Pseudokroep</h1>{TEXT}<h2>Contact</h2><p>Kinderpolikliniek: 020 566 70 00</p>"
                                f"{colophon}")
    assert texts[-1].endswith("020 566 70 00"), texts


def test_a_sentence_naming_a_tool_in_the_text_stays(tmp_path):
    line = ("<p>Het schema is gemaakt met de app <a href='https://example.org/app'>Kroepwijzer</a>.</p>"
            "<p>Bel bij twijfel altijd de huisarts.</p>")
    texts = _passages(tmp_path, f"<h1>Pseudokroep</h1>{TEXT}{line}")
    assert any("Kroepwijzer" in text for text in texts), texts


def test_lines_a_br_sets_apart_as_statements_stay_apart(tmp_path):
    contact = ("<h2>Contact</h2><p>Kinderpolikliniek: 020 566 70 00 (op werkdagen 8.00 - 17.00 uur)<br>\n"
               "Buiten kantooruren: huisartsenpost 088 003 06 00<br>\n</p>"
               "<p>Telefoon: 020 566 70 00<br>E-mail: kinderpoli@example.nl</p>"
               "<p>Bel bij twijfel altijd eerst de huisarts of<br>de huisartsenpost in uw regio.</p>")
    last = _passages(tmp_path, f"<h1>Pseudokroep</h1>{TEXT}{contact}")[-1]
    lines = [line for line in last.splitlines() if line.strip()]
    assert lines == ["Kinderpolikliniek: 020 566 70 00 (op werkdagen 8.00 - 17.00 uur)",
                     "Buiten kantooruren: huisartsenpost 088 003 06 00",
                     "Telefoon: 020 566 70 00", "E-mail: kinderpoli@example.nl",
                     "Bel bij twijfel altijd eerst de huisarts of de huisartsenpost in uw regio."], last


def test_a_wiki_pages_title_without_its_spaces_name():
    # Confluence: "Space : Page" in <title> and <h1>; the space is the breadcrumb trail's first link
    assert ingest_file(LEAFLETS / "knieartroscopie.html").leaflet.title == "Kijkoperatie van de knie (artroscopie)"


def test_a_title_that_only_starts_like_the_sites_name_keeps_it(tmp_path):
    trail = "<ol class='breadcrumbs'><li><a href='/'>Astma</a></li></ol>"
    item = ingest_file(_page(tmp_path, f"{trail}<h1>Astma bij kinderen</h1>{TEXT}", title="Astma bij kinderen"))
    assert item.leaflet.title == "Astma bij kinderen"


def test_a_subtitle_after_a_br_in_its_own_size_is_no_part_of_the_title(tmp_path):
    # HEVEA: `<h1>Title<br><span style="font-size:large">Subtitle</span></h1>`, both in <title> on two lines
    head = ("<table class='title'><tr><td><h1 class='titlemain'>Pseudokroep (valse kroep)<br>\n<span "
            "style='font-size:large'>Blafhoest bij jonge kinderen</span></h1></td></tr></table>")
    item = ingest_file(_page(tmp_path, f"{head}{TEXT}", title="Pseudokroep (valse kroep)\nBlafhoest bij jonge kinderen"))
    assert item.leaflet.title == "Pseudokroep (valse kroep)"
