"""Red team 17's PDFs, their text: borb's words and spaces drawn one by one and its list drawn
from the bottom up."""

from __future__ import annotations

from pathlib import Path

from pdf_factory import Ops, Placed, ingest_pdf, make_drawn_pdf, passages_text

LEAFLETS = Path(__file__).parent / "data" / "redteam17_leaflets"


def _word_by_word(words: list[tuple[str, float]], y: float) -> list[Ops]:
    """A line as borb draws it: each word and each space between words in a text object of
    its own, at the x its font's widths put it."""
    return [Ops(f"q BT /F1 1 Tf 10 0 0 10 {x} {y} Tm ({word}) Tj ET Q") for word, x in words]


# borb's places for Helvetica at 10 points: a comma after narrow letters ends left of where
# the guessed widths (0.45 em a letter) put it, and the next word starts there.
LINE = [("wordt", 59), (" ", 84), ("rood,", 87), (" ", 110), ("dik", 113), (" ", 126), ("en", 129),
        (" ", 141), ("pijnlijk,", 144), (" ", 174), ("en", 177), (" ", 189), ("na", 192), (" ", 204),
        ("een", 207), (" ", 224), ("paar", 227), (" ", 248), ("dagen", 251), (" ", 279), ("(blefaritis)", 282),
        (" ", 326), ("of", 329), (" ", 338), ("pus.", 341)]


def test_a_space_drawn_on_its_own_keeps_two_words_apart(tmp_path):
    page = [Placed("Wat is een strontje?", 59, 760, 14), *_word_by_word(LINE, 740),
            *_word_by_word([("Het", 59), (" ", 76), ("gaat", 79), (" ", 101), ("vanzelf", 104), (" ", 138),
                            ("over.", 141)], 728)]
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([page])))
    assert "wordt rood, dik en pijnlijk, en na een paar dagen (blefaritis) of pus. Het gaat vanzelf over." in text


def test_the_red_team_borb_leaflet_keeps_its_word_spaces():
    from ingest.pipeline import ingest_file
    text = passages_text(ingest_file(LEAFLETS / "strontje.pdf"))
    assert "pijnlijk, en na" in text and "(blefaritis) of rosacea" in text


ITEMS = ["Knijp een strontje nooit zelf uit.", "Draag geen contactlenzen tot het over is.",
         "Was uw handen voor en na het aanraken van het oog."]


def test_a_list_drawn_from_the_bottom_up_reads_from_the_top_down(tmp_path):
    page = [Placed("Wat kunt u zelf doen?", 59, 760, 14),
            Placed("Leg een warm, vochtig washandje op het gesloten oog.", 59, 740, 10)]
    for number, item in reversed(list(enumerate(ITEMS))):  # the last item first, lowest on the page
        y = 716 - 12 * number
        page += [Placed("\u2022", 59, y + 2, 10), Placed(item, 72, y, 10)]
    then = [Placed("Een strontje gaat bijna altijd vanzelf over.", 59, 760, 10)]
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([page, then])))
    assert "\n".join(f"• {item}" for item in ITEMS) in text


def test_the_red_team_borb_list_reads_in_its_order():
    from ingest.pipeline import ingest_file
    text = passages_text(ingest_file(LEAFLETS / "strontje.pdf"))
    assert text.index("Knijp een strontje") < text.index("Draag geen") < text.index("Was uw handen")
