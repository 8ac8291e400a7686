"""Web pages as red team 22 found them read wrongly: Notion's property table in the page's
header read as the first passage, with its tags glued into one word; tex4ht's subtitle
after a `<br>` in the title heading glued to the title; Hexo's post title lost beside the
site's logo `<h1>`, so that the subtitle under it made a passage of its own."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from ingest.html.headings import document_title
from ingest.html.inline_runs import items_apart
from ingest.html.page import parse_page
from ingest.html.title_page import drop_property_tables
from ingest.pipeline import ingest_file

TEXT = ("<h2>Wat is een bindvliesontsteking?</h2><p>Het bindvlies is het dunne vlies over het oogwit en de "
        "binnenkant van de oogleden. Bij een ontsteking wordt het oog rood.</p><h2>Oogdruppels</h2><p>Antibiotische "
        "oogdruppels zijn meestal niet nodig: een bacteriële ontsteking gaat bijna altijd vanzelf over.</p>"
        "<p>Laatst herzien: 3 november 2026</p>")


def _page(tmp_path: Path, body: str, title: str = "Bindvliesontsteking") -> Path:
    page = tmp_path / "oog.html"
    page.write_text(f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    return page


NOTION_HEADER = ("<header><h1 class='page-title'>Bindvliesontsteking</h1><p class='page-description'>Rode, plakkerige "
                 "ogen</p><table class='properties'><tbody><tr><th>Created</th><td><time>@March 2, 2026 9:41 AM</time>"
                 "</td></tr><tr><th>Owner</th><td><span class='user'>Mirjam Kok</span></td></tr><tr><th>Tags</th><td>"
                 "<span class='selected-value'>Oog</span><span class='selected-value'>Folder</span></td></tr><tr><th>"
                 "Last edited time</th><td><time>@November 27, 2026 4:18 PM</time></td></tr></tbody></table></header>")


def test_the_property_table_and_description_in_the_header_are_no_passage(tmp_path):
    item = ingest_file(_page(tmp_path, f"<article>{NOTION_HEADER}<div class='page-body'>{TEXT}</div></article>"))
    text = " ".join(passage.text for passage in item.passages)
    assert "Mirjam" not in text and "Created" not in text and "plakkerige" not in text
    assert item.passages[0].headings == ("Wat is een bindvliesontsteking?",)
    assert item.leaflet.updated == "2026-11-03"


def test_a_table_of_data_in_the_body_stays():
    tree = lxml.html.fromstring("<html><body><article><header><h1>Bindvliesontsteking</h1></header><table><tr><th>"
                                "Oorzaak</th><td>Virus</td></tr><tr><th>Duur</th><td>1 tot 3 weken</td></tr></table>"
                                "</article></body></html>")
    drop_property_tables(tree)
    assert "Virus" in tree.text_content()


def test_tags_drawn_as_boxes_keep_their_words_apart():
    tree = lxml.html.fromstring("<html><body><div><span class='tag'>Eye</span><span class='tag'>Patient leaflet"
                                "</span><span class='tag'>EN</span></div><p><span class='a'>Para</span><span "
                                "class='b'>cetamol</span></p></body></html>")
    items_apart(tree)
    assert tree.xpath("//div")[0].text_content() == "Eye Patient leaflet EN"
    assert tree.xpath("//p")[0].text_content() == "Paracetamol"  # runs of two styles: one word


TEX4HT = ("<div class='maketitle'><h2 class='titleHead'>Gekneusde of gebroken rib<br />\nInformatie van de "
          "Spoedeisende Hulp</h2><div class='author'>Ziekenhuis Amstelland-Oost</div></div><h3 class='sectionHead'>"
          "<span class='titlemark'>1 </span> Wat is er aan de hand?</h3><p>U heeft een of meer ribben gekneusd of "
          "gebroken, bijvoorbeeld door een val of een klap. De pijn is het ergst bij diep ademhalen.</p><h3 "
          "class='sectionHead'><span class='titlemark'>2 </span> Behandeling</h3><p>Een rib wordt niet gegipst of "
          "ingetapet. Het belangrijkste is dat u goed blijft doorademen.</p>")


def test_the_line_after_a_break_in_the_title_heading_is_its_subtitle(tmp_path):
    page = _page(tmp_path, TEX4HT, title="Gekneusde of gebroken rib\nInformatie van de Spoedeisende Hulp")
    item = ingest_file(page)
    assert item.leaflet.title == "Gekneusde of gebroken rib"
    assert item.passages[0].headings == ("1 Wat is er aan de hand?",)  # the leaflet's own numbering stays


def test_a_title_wrapped_over_two_lines_stays_one(tmp_path):
    body = TEX4HT.replace("Gekneusde of gebroken rib<br />\nInformatie van de Spoedeisende Hulp",
                          "Wat te doen bij<br />\neen gebroken rib")
    assert ingest_file(_page(tmp_path, body, title="Wat te doen bij een gebroken rib")).leaflet.title \
        == "Wat te doen bij een gebroken rib"
    body = TEX4HT.replace("Gekneusde of gebroken rib<br />\nInformatie van de Spoedeisende Hulp",
                          "Caring for Your<br />\nBroken Rib")
    assert ingest_file(_page(tmp_path, body, title="Caring for Your Broken Rib")).leaflet.title \
        == "Caring for Your Broken Rib"


HEXO = ("<header id='header'><h1 id='logo-wrap'><a href='/' id='logo'>Oogzorg Oost</a></h1></header><article>"
        "<header class='article-header'><h1 class='article-title'>Bindvliesontsteking</h1></header><div "
        f"class='article-entry'><p><strong>Rode, plakkerige ogen</strong></p>{TEXT}</div></article>")


def test_a_logo_h1_that_links_home_leaves_the_post_h1_the_title(tmp_path):
    assert document_title(parse_page(f"<html><body>{HEXO}</body></html>"), "Bindvliesontsteking | Oogzorg Oost") \
        == "Bindvliesontsteking"
    item = ingest_file(_page(tmp_path, HEXO, title="Bindvliesontsteking | Oogzorg Oost"))
    assert item.leaflet.title == "Bindvliesontsteking"
    assert item.passages[0].headings == ("Wat is een bindvliesontsteking?",)  # no passage of the subtitle alone
