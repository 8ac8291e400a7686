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


# ------------------------------------------------------------ finding 7: Apple Mail's forward header

def _apple_field(name: str, value: str) -> str:
    """A field of a forwarded message's header as Apple Mail writes it: a box of its own."""
    return ("<div style='margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;'>"
            f"<span style='color:rgba(0, 0, 0, 1.0);'><b>{name}: </b></span><span>{value}<br></span></div>")


def _apple_forward(leaflet: str) -> str:
    fields = "".join(_apple_field(name, value) for name, value in [
        ("Van", "Apotheek De Linde &lt;nieuwsbrief@apotheekdelinde.nl&gt;"), ("Onderwerp", "<b>Pil vergeten?</b>"),
        ("Datum", "3 december 2026 om 09:14:22 CET"), ("Aan", "m.dekker@example.nl")])
    return ("<html><head><meta http-equiv='content-type' content='text/html; charset=utf-8'></head><body>"
            "Hoi Sanne,<div><br></div><div>Hier is de folder van de apotheek.</div><div><br></div><div>Liefs,</div>"
            "<div>Mam</div><div><br></div><div><br><blockquote type='cite'><div>Begin doorgestuurd bericht:</div>"
            f"<br class='Apple-interchange-newline'>{fields}<br><div><div>{leaflet}</div></div></blockquote></div>"
            "</body></html>")


LEAFLET = ("<h2>Pil vergeten, wat nu?</h2><p>Een folder van de apotheek over de anticonceptiepil.</p>"
           "<h3>Minder dan 12 uur te laat</h3><p>Neem de vergeten pil dan alsnog zo snel mogelijk in.</p>")


def test_apple_mails_forward_header_goes_with_its_boxes_of_one_line() -> None:
    text = load_html(_apple_forward(LEAFLET), "pil.html").text
    for word in ("Van:", "Onderwerp", "Datum", "m.dekker", "doorgestuurd"):
        assert word not in text
    assert "Neem de vergeten pil dan alsnog" in text and "## Minder dan 12 uur te laat" in text.replace("###", "##")


def test_one_line_boxes_that_are_no_header_stay() -> None:
    lines = "".join(f"<div>{line}</div>" for line in ["Let op: neem de pil elke dag.", "Tip: zet een wekker.",
                                                      "Vraag: wat als ik braak?", "Antwoord: neem er een extra."])
    text = load_html(_apple_forward(LEAFLET + lines), "pil.html").text
    for line in ["Let op: neem de pil elke dag.", "Tip: zet een wekker.", "Antwoord: neem er een extra."]:
        assert line in text
