"""Web pages as red team 25 found them read wrongly: an HTML fragment (cmark-gfm,
Python-Markdown, pandoc without `-s`: no `<html>`, no `<body>`) lost every heading, Apple
Mail's forward header (a box per field) stood as the first passage, and Doxygen's page was
titled "Project: Page", its warning box's list joined into its lead-in's sentence."""

from __future__ import annotations

import pytest

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


# ------------------------------------------------------------ finding 9: Doxygen's title and warning box

def _doxygen(content: str, number: str = "") -> str:
    """A page as Doxygen writes it: "Project: Page" in its `<title>`, the project's name in
    `#projectname` over the page's own title in `div.title`, the sections as `<h1>`s."""
    return ("<!DOCTYPE html><html><head><meta name='generator' content='Doxygen 1.9.4'/>"
            "<title>Podotherapie Oost: Likdoorns en eelt</title></head><body><div id='top'><div id='titlearea'>"
            f"<table><tr><td><div id='projectname'>Podotherapie Oost{number}</div>"
            "<div id='projectbrief'>Folders</div></td></tr></table></div></div>"
            "<div><div class='header'><div class='headertitle'><div class='title'>Likdoorns en eelt</div></div></div>"
            f"<div class='contents'><div class='textblock'>{content}</div></div></div></body></html>")


DOXYGEN_TEXT = ("<h1>Wat is eelt?</h1><p>Eelt is een verdikking van de bovenste laag van de huid op plekken met druk.</p>"
                "<h1>Veelgestelde vragen</h1><p>Kan ik met een likdoorn sporten? Ja, met schoenen die niet knellen.</p>")


@pytest.mark.parametrize("number", ["", "<span id='projectnumber'>&#160;1.0</span>"])
def test_doxygens_project_name_is_no_word_of_the_title(number: str) -> None:
    assert load_html(_doxygen(DOXYGEN_TEXT, number), "likdoorns.html").title == "Likdoorns en eelt"


def test_a_site_title_box_that_does_not_open_the_title_leaves_it() -> None:
    page = _doxygen(DOXYGEN_TEXT).replace("id='projectname'>Podotherapie Oost", "id='projectname'>Voetzorg")
    assert load_html(page, "likdoorns.html").title == "Podotherapie Oost: Likdoorns en eelt"


def test_a_warning_box_keeps_its_list_apart_from_its_lead_in() -> None:
    box = ("<blockquote class='doxtable'><p>&zwj;<b>Neem direct contact op als:</b></p>"
           "<ul><li>er onder het eelt een blaar zit;</li><li>er een wond ontstaat en u diabetes heeft.</li></ul>"
           "</blockquote>")
    text = load_html(_doxygen(DOXYGEN_TEXT + box), "likdoorns.html").text
    assert "- er onder het eelt een blaar zit;\n- er een wond ontstaat en u diabetes heeft." in text
    assert "niet knellen.\n\n" in text
