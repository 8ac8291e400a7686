"""A slide deck saved as one web page, as red team 28 found it read wrongly (`vitiligo.html`,
Marp CLI): each slide a `<section>` in its own `<svg><foreignObject>`, and only one slide of
nine was read; the running header and footer of every slide must not become passage text."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from ingest.html.slides import unwrap_foreign_objects
from ingest.pipeline import ingest_file

HEADER = "Streekziekenhuis · Longziekten"
FOOTER = "Patiëntenvoorlichting astma · LON-42"
SLIDES = [
    ("Wat is astma?", "Astma is een ontsteking van de luchtwegen. De luchtwegen zijn overgevoelig en "
                      "vernauwen bij prikkels zoals rook, koude lucht of inspanning. Astma begint vaak "
                      "op jonge leeftijd en komt in sommige families meer voor dan in andere."),
    ("Klachten", "U bent kortademig, hoest vooral 's nachts en hoort een piepend geluid bij het "
                 "uitademen. De klachten komen in aanvallen en verdwijnen weer. Tussen de aanvallen "
                 "door voelt u zich vaak helemaal goed."),
    ("Medicijnen", "De onderhoudsinhalator neemt u elke dag, ook als u geen klachten heeft. De "
                   "noodpuf gebruikt u alleen bij een aanval van benauwdheid. Spoel na de "
                   "onderhoudsinhalator altijd uw mond met water."),
    ("Bel de huisarts als", "De noodpuf na twintig minuten niet helpt, of als u moeite heeft met "
                            "praten door de benauwdheid. Bel bij ernstige benauwdheid direct 112, ook "
                            "'s nachts en in het weekend."),
]


def _slide(title: str, text: str, header: str, footer: str) -> str:
    return f"<section>{header}<h2>{title}</h2><p>{text}</p>{footer}</section>"


def _deck(tmp_path: Path, wrapped: bool, header: str, footer: str) -> Path:
    """A deck as Marp writes it (`wrapped`: each slide in `<svg><foreignObject>`), or as plain
    sibling sections, with the slide controls before the slides and a title slide first."""
    slides = [f"<section>{header}<h1>Astma</h1><p>Afdeling Longziekten</p>{footer}</section>"]
    slides += [_slide(title, text, header, footer) for title, text in SLIDES]
    if wrapped:
        slides = [f'<svg data-marpit-svg="" viewBox="0 0 1280 720"><foreignObject width="1280" height="720">'
                  f"{slide}</foreignObject></svg>" for slide in slides]
    page = tmp_path / "astma.html"
    page.write_text(
        "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Astma</title></head><body>"
        "<div class='bespoke-marp-osc'><button title='Previous slide'>Previous slide</button>"
        "<button title='Next slide'>Next slide</button></div>"
        f"<div id=':$p'>{''.join(slides)}</div></body></html>", encoding="utf-8")
    return page


def test_every_slide_of_a_deck_in_svg_foreign_objects_is_read(tmp_path):
    """trafilatura drops an `<svg>` with what it holds: the HTML of each slide inside one is
    read as a section of the page, each under its slide's title."""
    page = _deck(tmp_path, True, f"<header>{HEADER}</header>", f"<footer>{FOOTER}</footer>")
    passages = ingest_file(page).passages
    assert [passage.headings[-1] for passage in passages] == [title for title, _ in SLIDES]
    assert [passage.text for passage in passages] == [text for _, text in SLIDES]


def test_a_line_on_every_slide_is_no_passage_text(tmp_path):
    """A running header and footer written as paragraphs of each slide (not `<header>`,
    `<footer>`) recur once per slide in the text: they are the deck's furniture."""
    page = _deck(tmp_path, True, f"<p>{HEADER}</p>", f"<div>{FOOTER}</div>")
    passages = ingest_file(page).passages
    assert [passage.text for passage in passages] == [text for _, text in SLIDES]


def test_a_date_in_a_slide_footer_still_dates_the_deck(tmp_path):
    """The footer lines left out come back as furniture, as a PDF's running footer does."""
    page = _deck(tmp_path, False, "", "<p>Versie maart 2025 · LON-42</p>")
    item = ingest_file(page)
    assert item.leaflet.updated == "2025-03"
    assert not any("LON-42" in passage.text for passage in item.passages)


def test_a_picture_with_an_html_label_stays_a_picture():
    """An SVG that draws shapes beside a `<foreignObject>` (a diagram with HTML labels) is
    not unwrapped: only an `<svg>` that holds nothing but HTML is."""
    tree = lxml.html.fromstring(
        "<html><body><svg viewBox='0 0 10 10'><rect width='5' height='5'/>"
        "<foreignObject><div>Label</div></foreignObject></svg></body></html>")
    unwrap_foreign_objects(tree)
    assert len(tree.xpath("//svg/foreignobject/div")) == 1
