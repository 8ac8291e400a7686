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
