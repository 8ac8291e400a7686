"""Read a slide deck saved as one web page as the page of text its slides hold.

A deck written by Marp (and other tools that scale each slide as a picture) sets every slide
in its own `<svg><foreignObject>`: HTML inside SVG. trafilatura drops `<svg>` with all it
holds, and kept one slide of nine. Such a wrapper is unwrapped, so its slides are read as the
sections of the page. A deck's running header and footer, repeated on every slide ("Ziekenhuis
· Dermatologie"), are left out of the text, as a PDF's are, and so are the presenter's notes
that a deck tool writes on each slide and its style hides (darkslide's and landslide's
`<div class="presenter_notes">`): cues to the speaker, never shown to the audience.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ingest.html.headings import HEADING_NAMES


# A deck has at least this many slides: a line that recurs on each of fewer is no running header.
MIN_SLIDES = 3


# The class of a box of a presenter's notes: "presenter_notes", "speaker-notes", "speakerNotes".
_NOTES_CLASS = re.compile(r"(?:presenter|speaker)[-_]?notes", re.IGNORECASE)


def drop_speaker_notes(tree: HtmlElement) -> None:
    """Remove each box of a presenter's notes (`_NOTES_CLASS`) from the page's body, with its
    heading ("Presenter Notes") and words."""
    for box in tree.xpath("//body//*[@class]"):
        if box.getparent() is not None and any(_NOTES_CLASS.fullmatch(name) for name in box.get("class").split()):
            box.drop_tree()


def unwrap_foreign_objects(tree: HtmlElement) -> None:
    """Replace each `<svg>` that only wraps HTML (all its elements are `<foreignObject>`s) by
    the HTML it holds. A picture that draws shapes or SVG text beside a `<foreignObject>` (a
    diagram with HTML labels) is a picture, and stays one."""
    for svg in tree.xpath("//svg[foreignobject][not(*[not(self::foreignobject)])]"):
        if svg.getparent() is None:
            continue
        boxes = list(svg)
        svg.drop_tag()
        for box in boxes:
            box.drop_tag()


def drop_slide_furniture(tree: HtmlElement) -> list[str]:
    """Remove the lines that stand on every slide of a deck (sibling `<section>`s, at least
    `MIN_SLIDES`): a running header or footer that names the hospital or the leaflet's code,
    once per slide in the text. Headings stay (a slide deck's repeated title is its own
    business). The removed lines come back, as a PDF's running headers do: a date stated only
    there still dates the leaflet."""
    lines: list[str] = []
    for box in dict.fromkeys(section.getparent() for section in tree.iter("section")):  # page order
        slides = box.findall("section") if box is not None else []
        if len(slides) < MIN_SLIDES:
            continue
        repeated = set.intersection(*(set(_line_texts(slide).values()) for slide in slides))
        for slide in slides:
            for child, text in _line_texts(slide).items():
                if text in repeated:
                    lines.append(text)
                    child.drop_tree()
    return list(dict.fromkeys(lines))


def _line_texts(slide: HtmlElement) -> dict[HtmlElement, str]:
    """The slide's own lines (its child elements, headings aside) with their words."""
    texts = {}
    for child in slide:
        if not isinstance(child.tag, str) or any(part.tag in HEADING_NAMES for part in child.iter()):
            continue
        text = " ".join(child.text_content().split())
        if text:
            texts[child] = text
    return texts
