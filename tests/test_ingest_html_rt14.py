"""Asciidoctor's web pages, as red team 14 found them read wrongly (rosacea.html): the
revision line under the title was lost beside an author line, ..."""

from __future__ import annotations

from pathlib import Path

import pytest

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
