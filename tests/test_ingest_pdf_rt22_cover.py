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


def test_small_numbers_a_labels_width_before_their_items_label_them():
    """Beamer's Madrid theme draws an enumerate's numbers in small balls, a little raised,
    left of the items: they read "¹ Rook niet ... ² Ga 5 minuten ...", footnote marks."""
    pieces = [Fragment("1", 20.8, 180.0, 6.0, False), Fragment(" Rook niet in het half uur voor de meting.", 32.7, 178.1, 10.9, False),
              Fragment("2", 20.8, 166.4, 6.0, False), Fragment(" Ga 5 minuten rustig zitten.", 32.7, 164.5, 10.9, False)]
    assert [f.text for f in raised_numbers(pieces)][::2] == ["1.", "2."]


def test_a_footnotes_mark_right_before_its_words_stays_a_mark():
    pieces = [Fragment("1", 72, 97.5, 7, False), Fragment(" Verlies van urine bij hoesten.", 74.6, 93, 12, False)]
    assert raised_numbers(pieces)[0].text == "¹"
