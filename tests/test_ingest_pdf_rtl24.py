"""Right-to-left text in a PDF reads as words in logical order (red team 24, finding 14).

XeLaTeX draws an Arabic paragraph's line left to right as it shows, its words set apart by
kerns alone; pypdf read each line as one piece, the words run together and the lines out of
order, in presentation forms (U+FExx) no question types.
"""

from __future__ import annotations

from pathlib import Path

import pypdf

from ingest.clean.normalise import normalise_unicode
from ingest.pdf.bidi import logical_text
from ingest.pdf.geometry import Fragment
from ingest.pdf.reader import page_lines

LEAFLET = Path(__file__).parent / "data" / "redteam24_leaflets" / "darmkankerscreening.pdf"


def test_an_arabic_paragraph_from_xelatex_reads_as_words_line_after_line():
    lines = [line.text for line in page_lines(pypdf.PdfReader(LEAFLET).pages[1])]
    arabic = [text for text in lines if any("\u0600" <= char <= "\u06ff" for char in text)]
    assert arabic == ["سرطان الأمعاء شائع في هولندا. يتلقى كل شخص بين 55 و75 عامًا دعوة كل عامين "
                      "لإجراء اختبار البراز.",
                      "الاختبار مجاني. أرسل الأنبوب خلال 24 ساعة."]


def _pieces(*texts: str) -> list[Fragment]:
    return [Fragment(text, 10.0 * number, 700.0, 10.0, False) for number, text in enumerate(texts)]


def test_a_hebrew_line_drawn_left_to_right_reads_from_its_rightmost_word():
    # "שלום לכם" drawn as it shows: "לכם" left, "שלום" right; each word's letters in logical order
    assert logical_text(_pieces("לכם ", "שלום")) == "שלום לכם"


def test_a_latin_run_in_a_right_to_left_line_keeps_its_own_order():
    # "קחו FIT test היום": the Latin words stand left to right inside the line
    assert logical_text(_pieces("היום ", "FIT ", "test ", "קחו")) == "קחו FIT test היום"


def test_presentation_forms_read_as_their_letters_and_nothing_else_changes():
    assert normalise_unicode("ﻋﺎﻣًﺎ ﻹﺟﺮاء") == "عامًا لإجراء"
    assert normalise_unicode("\ufb2a") == "\u05e9\u05c1"  # Hebrew shin with its dot
    assert normalise_unicode("ﬂes één ½") == "fles één ½"
