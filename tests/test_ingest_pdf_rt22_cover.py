"""PDF findings 9 and 10 of red team 22, on generated PDFs: a cover page's lines (Beamer's
title slide, Halibut's title page) make no passage, a slide's title keeps no frame-break
numeral, and numbers set small beside a list's items label them."""

from __future__ import annotations

from pdf_factory import Placed, ingest_pdf, make_drawn_pdf

from ingest.clean import clean
from ingest.pdf.fragments import raised_numbers
from ingest.pdf.geometry import Fragment
from ingest.source import SourceText
from ingest.structure import find_outline


def _slides(cover: list[Placed], frames: list[tuple[str, list[str]]]) -> bytes:
    """A deck as Beamer sets it: a title slide, then one slide per frame, each title at the
    top in one size, the body under it."""
    pages = [cover]
    for title, lines in frames:
        pages.append([Placed(title, 10, 250, 14)] + [Placed(text, 12, 200 - 14 * n, 11) for n, text in enumerate(lines)])
    return make_drawn_pdf(pages, width=364, height=273)


_FRAMES = [("Waarom thuis meten?", ["Bij de huisarts is uw bloeddruk vaak hoger dan thuis door spanning."]),
           ("Fouten bij het meten I", ["Meet niet direct na het fietsen, dan is de uitkomst te hoog."]),
           ("Contact", ["Bel de praktijk op werkdagen van 8.00 tot 17.00 uur."])]
_COVER = [Placed("Zelf uw bloeddruk meten", 80, 200, 14), Placed("Uitleg bij het meten", 100, 180, 11),
          Placed("Huisartsenpraktijk Het Baken", 100, 150, 11),
          Placed("Praktijkondersteuning hart- en vaatziekten", 80, 135, 11)]


def test_a_title_slides_lines_make_no_passage(tmp_path):
    """thuisbloeddrukmeting.pdf: the title slide's subtitle, author and institute were the
    first passage, under the deck's title as its heading."""
    item = ingest_pdf(tmp_path, _slides(_COVER, _FRAMES), "deck.pdf")
    assert item.leaflet.title.startswith("Zelf uw bloeddruk meten")
    assert not any("Huisartsenpraktijk" in p.text or "Praktijkondersteuning" in p.text for p in item.passages)
    assert item.passages[0].headings == ("Waarom thuis meten?",)


def test_a_slides_frame_break_numeral_is_no_part_of_its_title(tmp_path):
    """Beamer numbers an `allowframebreaks` frame " I" even where it fits one slide: the
    section was cited as "Fouten bij het meten I"."""
    item = ingest_pdf(tmp_path, _slides(_COVER, _FRAMES), "deck.pdf")
    assert any(p.headings == ("Fouten bij het meten",) for p in item.passages)


def test_a_numeral_that_names_a_kind_stays_in_a_slides_title(tmp_path):
    frames = [(title.replace("Fouten bij het meten I", "Diabetes type I"), lines) for title, lines in _FRAMES]
    item = ingest_pdf(tmp_path, _slides(_COVER, frames), "deck.pdf")
    assert any(p.headings == ("Diabetes type I",) for p in item.passages)


def test_a_heading_repeated_with_its_continuation_numerals_is_one_heading():
    """A frame or a table that breaks over pages repeats its heading with " I", " II" or
    "(vervolg)" after it: the words are the heading's, the mark says where it goes on."""
    text = ("# Bloeddruk meten\n\n## Fouten bij het meten I\n\nMeet niet direct na het fietsen.\n\n"
            "## Fouten bij het meten II\n\nGooi geen metingen weg.\n\n## Meetschema\n\nMeet zeven dagen.\n\n"
            "## Meetschema (vervolg)\n\nDe eerste dag telt niet mee.\n\n## Diabetes type I\n\nDat is iets anders.\n\n"
            "## Diabetes type II\n\nDat ook.\n")
    paths = [section.headings for section in find_outline(clean(SourceText(text, "markdown"))).sections]
    assert paths == [("Fouten bij het meten",), ("Fouten bij het meten",), ("Meetschema",), ("Meetschema",),
                     ("Diabetes type I",), ("Diabetes type II",)]


def test_a_title_pages_preamble_makes_no_passage(tmp_path):
    """schouderluxatie.pdf (Halibut): the title page holds the title and a preamble of two
    short phrases ("Na het terugzetten op de Spoedeisende Hulp. Rivierenziekenhuis, afdeling
    Orthopedie."), each chapter a page of its own: the preamble was the first passage."""
    cover = [Placed("Schouder uit de kom", 72, 760, 20),
             Placed("Na het terugzetten op de Spoedeisende Hulp. Rivierenziekenhuis, afdeling Orthopedie.", 72, 720, 11)]
    chapters = [[Placed(f"Hoofdstuk {n}: {title}", 72, 760, 16), Placed(text, 72, 730, 11)] for n, (title, text) in
                enumerate([("Wat is het?", "De kop van de bovenarm schiet uit de kom van het schoudergewricht."),
                           ("De eerste weken", "U draagt de sling ongeveer een week, zolang de pijn het nodig maakt.")],
                          start=1)]
    item = ingest_pdf(tmp_path, make_drawn_pdf([cover, *chapters]), "schouder.pdf")
    assert not any("Rivierenziekenhuis" in p.text for p in item.passages)
    assert item.passages[0].headings == ("Hoofdstuk 1: Wat is het?",)


def test_a_title_page_with_an_introduction_keeps_it(tmp_path):
    """A sentence of text on the title page is the leaflet's, not the cover's."""
    cover = [Placed("Schouder uit de kom", 72, 760, 20),
             Placed("In deze folder leest u wat u zelf kunt doen nadat uw schouder is teruggezet.", 72, 720, 11)]
    chapter = [Placed("Wat is het?", 72, 760, 16),
               Placed("De kop van de bovenarm schiet uit de kom van het schoudergewricht.", 72, 730, 11)]
    item = ingest_pdf(tmp_path, make_drawn_pdf([cover, chapter]), "schouder.pdf")
    assert any("In deze folder leest u" in p.text for p in item.passages)


def test_small_numbers_a_labels_width_before_their_items_label_them():
    """Beamer's Madrid theme draws an enumerate's numbers in small balls, a little raised,
    left of the items: they read "¹ Rook niet ... ² Ga 5 minuten ...", footnote marks."""
    pieces = [Fragment("1", 20.8, 180.0, 6.0, False), Fragment(" Rook niet in het half uur voor de meting.", 32.7, 178.1, 10.9, False),
              Fragment("2", 20.8, 166.4, 6.0, False), Fragment(" Ga 5 minuten rustig zitten.", 32.7, 164.5, 10.9, False)]
    assert [f.text for f in raised_numbers(pieces)][::2] == ["1.", "2."]


def test_a_footnotes_mark_right_before_its_words_stays_a_mark():
    pieces = [Fragment("1", 72, 97.5, 7, False), Fragment(" Verlies van urine bij hoesten.", 74.6, 93, 12, False)]
    assert raised_numbers(pieces)[0].text == "¹"
