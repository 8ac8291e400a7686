"""Web pages as red team 25 found them read wrongly: an HTML fragment (cmark-gfm,
Python-Markdown, pandoc without `-s`: no `<html>`, no `<body>`) lost every heading."""

from __future__ import annotations

from ingest.html import load_html
from ingest.html.page import parse_page

SECTIONS = ("<h2>Eerste kop</h2>\n<p>Tekst onder de eerste kop staat hier, in een hele zin.</p>\n"
            "<h2>Tweede kop</h2>\n<p>Tekst onder de tweede kop staat hier, in een hele zin.</p>\n")
FRAGMENT = f"<h1>Afkicken</h1>\n<p>Een inleidende zin over het onderwerp van de folder.</p>\n{SECTIONS}"


# ------------------------------------------------------------ finding 3: an HTML fragment

def test_a_fragment_is_parsed_as_a_document() -> None:
    tree = parse_page(FRAGMENT)
    assert tree is not None and tree.tag == "html"
    assert [child.tag for child in tree] == ["body"]
    assert len(tree.xpath("//body/h2")) == 2


def test_a_fragment_keeps_its_headings_as_a_page_does() -> None:
    fragment = load_html(FRAGMENT, "neusspray.html").text
    page = load_html(f"<!DOCTYPE html><html><head><title>Afkicken</title></head><body>{FRAGMENT}</body></html>",
                     "neusspray.html").text
    assert "## Eerste kop" in fragment and "## Tweede kop" in fragment
    assert fragment == page
