"""Web pages as red team 16 found them read wrongly: a callout box whose icon or label stands
before its body lost the body, or glued its words (Hugo's `blindedarmoperatie.html`)."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from ingest.html.inline_runs import drop_icons, paragraph_runs
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam16_leaflets"
INTRO = ("<p>De operatie gebeurt onder narcose en meestal met een kijkoperatie. De operatie duurt "
         "ongeveer drie kwartier.</p>")
BODY = ("<p><strong>Schouderpijn na de operatie</strong> is normaal. Het gas dat in de buik is "
        "geblazen, prikkelt het middenrif.</p>")
WARNING = "Schouderpijn na de operatie is normaal. Het gas dat in de buik is geblazen, prikkelt het middenrif."


def _text(tmp_path: Path, box: str) -> str:
    """The passages' text of a page with the box between its first and second section."""
    page = tmp_path / "operatie.html"
    page.write_text(
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>T</title></head><body><main>"
        f"<article><h1>Blindedarmoperatie</h1>{INTRO}{box}<h2>Na de operatie</h2><p>Meestal mag u "
        "dezelfde dag of de volgende dag weer eten en drinken en naar huis.</p></article></main></body></html>",
        encoding="utf-8")
    return "\n\n".join(passage.text for passage in ingest_file(page).passages)


@pytest.mark.parametrize("box", [
    f'<div class="callout"><span class="label">Let op</span><div class="body">{BODY}</div></div>',
    f'<div class="callout"><span class="label">Let op</span>{BODY}</div>',
    f'<div class="alert">Let op{BODY}</div>',
    f'<aside class="note"><span>Let op</span><div>{BODY}</div></aside>',
    f'<section class="note">Let op <em>vooral</em>{BODY}</section>',
])
def test_a_box_that_starts_with_loose_words_keeps_its_paragraphs(tmp_path, box):
    """A box whose label ("Let op") stands loose before its paragraphs kept only the label:
    trafilatura read the box as that one paragraph. The label comes first, then the body."""
    text = _text(tmp_path, box)
    assert WARNING in text
    assert text.index("Let op") < text.index("Schouderpijn")


@pytest.mark.parametrize("icon", ['<span class="icon">i</span>', '<span class="callout-icon">ℹ️</span>',
                                  '<i class="fa fa-info-circle"></i>',
                                  '<span class="material-icons">warning</span>'])
def test_a_callout_icon_is_no_word_and_its_body_keeps_its_spaces(tmp_path, icon):
    """Hugo's callout: an icon, then a body of words with no `<p>`. The bold lead lost the
    space after it ("operatieis": trafilatura trims the tail of an inline element in a box of
    loose words) and a letter icon glued to the first word ("iSchouderpijn")."""
    body = BODY.removeprefix("<p>").removesuffix("</p>")
    text = _text(tmp_path, f'<div class="callout">{icon}<div class="callout-body">{body}</div></div>')
    assert f"\n\n{WARNING}" in text


def test_a_box_of_loose_words_keeps_every_word_and_space(tmp_path):
    """A `<div>` of words that begins with an inline element lost words ("Bel de poli" gone)
    or read the whole page as one paragraph."""
    text = _text(tmp_path, "<div><b>Bel</b> de poli <em>als</em> u koorts heeft of <b>veel</b> pijn.</div>")
    assert "\n\nBel de poli als u koorts heeft of veel pijn." in text
    assert "Na de operatie" not in text


def test_a_class_named_icon_that_holds_words_keeps_them(tmp_path):
    """Only a mark is an icon: a box whose class says "icon" but holds words keeps them."""
    text = _text(tmp_path, '<div class="icon-box"><span class="icon-text">Bel de polikliniek bij koorts.</span>'
                           f'{BODY}</div>')
    assert "Bel de polikliniek bij koorts." in text and WARNING in text


def test_hugo_callout_reads_whole():
    text = "\n".join(passage.text for passage in ingest_file(LEAFLETS / "blindedarmoperatie.html").passages)
    assert "Schouderpijn na de operatie is normaal." in text


def _passages(tmp_path: Path, body: str):
    page = tmp_path / "lactose.html"
    page.write_text("<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Lactose</title></head>"
                    f"<body><main><article><h1>Lactose-intolerantie</h1>{body}</article></main></body></html>",
                    encoding="utf-8")
    return [(passage.headings, passage.text) for passage in ingest_file(page).passages]


ADMONITION = ("<h2>Onderzoek</h2><p>Uw arts kan een waterstofademtest laten doen. U blaast drie uur lang elk "
              "half uur in een zakje.</p><div class='admonition warning'><p class='admonition-title'>Let op</p>"
              "<p>Gebruik vier weken voor de ademtest geen antibiotica.</p></div>%s"
              "<h2>Eten en drinken</h2><p>U hoeft lactose meestal niet helemaal te vermijden.</p>")


def test_the_text_after_an_admonition_is_not_filed_under_its_title(tmp_path):
    """markdown-it-container's admonition (Eleventy): its title (`<p class="admonition-title">`)
    became a heading that headed the text after the box too ("Onderzoek › Let op"). The box's
    title reads before its body, and the text after the box stays in its section."""
    after = "<p>Een eenvoudiger manier is een proefperiode: u eet twee weken lang weinig lactose.</p>"
    passages = _passages(tmp_path, ADMONITION % after)
    onderzoek = next(text for headings, text in passages if "proefperiode" in text)
    assert [headings for headings, text in passages if "proefperiode" in text] == [("Onderzoek",)]
    assert onderzoek.index("Let op") < onderzoek.index("Gebruik vier weken") < onderzoek.index("proefperiode")


def test_a_titled_box_that_ends_its_section_keeps_its_title_as_heading(tmp_path):
    """A box whose title heads all the text up to the next heading is a section: its title
    stays a heading."""
    passages = _passages(tmp_path, ADMONITION % "")
    assert ("Onderzoek", "Let op") in [headings for headings, text in passages]


def test_eleventy_admonitions_end_with_their_box():
    passages = ingest_file(LEAFLETS / "lactose-intolerantie.html").passages
    assert all("Let op" not in passage.headings and "Tip" not in passage.headings for passage in passages)
    assert any("Een eenvoudiger manier" in passage.text and passage.headings == ("Onderzoek",)
               for passage in passages)


def test_a_lone_control_beside_blocks_is_no_paragraph():
    """A dialog's close button beside its text is a control, not a run of words to read."""
    tree = lxml.html.fromstring("<html><body><div><button>Sluiten</button><p>Tekst.</p>"
                                "<span>Let op</span></div></body></html>")
    paragraph_runs(tree)
    assert lxml.html.tostring(tree.find("body"), encoding="unicode") == \
        "<body><div><button>Sluiten</button><p>Tekst.</p><p><span>Let op</span></p></div></body>"


def test_a_numbered_badge_is_no_icon():
    """A step's number drawn in a badge whose class says "icon" is a word of the text; a mark
    in one is not."""
    tree = lxml.html.fromstring('<html><body><div><span class="step-icon">2</span><span class="icon">!</span>'
                                '<p>Tekst.</p></div></body></html>')
    drop_icons(tree)
    assert tree.find("body").text_content() == "2Tekst."
