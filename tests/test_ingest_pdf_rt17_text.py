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


# Helvetica's widths (thousandths of an em), which the factory's standard fonts do not state.
WIDTH = {"a": 556, "e": 556, "i": 222, "m": 833, "s": 500, "o": 556, "+": 584, '"': 355, "\xb4": 333,
         "\xa8": 333, "`": 333, "\xb8": 333, "c": 500, "g": 556, "r": 333, " ": 278, "C": 722}


def _accented(letter: str, accent: str) -> list:
    """A letter built as pdfTeX builds it in a font without it: the accent, a kern back, the
    letter, each centred on the other."""
    return [accent, (WIDTH[accent] + WIDTH[letter]) / 2, letter]


def _tj(*items) -> str:
    return "[" + " ".join(f"({item})" if isinstance(item, str) else f"{item:g}" for item in items) + "] TJ"


def test_an_accent_drawn_over_its_letter_reads_as_the_accented_letter(tmp_path):
    line = _tj("Na ", *_accented("e", "\xb4"), *_accented("e", "\xb4"), "n week mogen pati",
               *_accented("e", "\xa8"), "nten weer autorijden, ook in een ", *_accented("C", "\xb8"), "a")
    page = [Placed("Herstel", 56, 760, 14), Ops(f"BT /F1 10 Tf 56 740 Td {line} ET"),
            Placed("Zwaar werk mag na zes weken.", 56, 726, 10)]
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([page])))
    assert "Na één week mogen patiënten weer autorijden, ook in een Ça" in text


def test_a_word_gap_after_an_accented_letter_stays(tmp_path):
    line = _tj("Een caf", *_accented("e", "\xb4"), -300, "met cr", *_accented("e", "`"), "me en meer.")
    page = [Placed("Eten", 56, 760, 14), Ops(f"BT /F1 10 Tf 56 740 Td {line} ET")]
    assert "Een café met crème en meer." in passages_text(ingest_pdf(tmp_path, make_drawn_pdf([page])))


def _mandoc(words: list[str], y: float, x: float = 100) -> list[Ops]:
    """Words as mandoc -T pdf draws them, each in a text object of its own, in a font whose glyphs
    are all half an em wide (`glyph_width`), a space between words; a backspace ("\\b") draws the
    next glyph on its own back over the one before, as nroff overstrikes, and the word goes on
    in a text object of its own."""
    ops, step = [], 11 * 0.5
    for word in words:
        for number, piece in enumerate(word.split("\b")):
            if number:  # the glyph drawn back over the one before
                ops.append(Ops(f"BT /F1 11 Tf 1 0 0 1 {x - step:.3f} {y} Tm ({piece[0]}) Tj ET"))
                piece = piece[1:]
            if piece:
                ops.append(Ops(f"BT /F1 11 Tf 1 0 0 1 {x:.3f} {y} Tm ({piece}) Tj ET"))
            x += step * len(piece)
        x += step
    return ops


def test_a_letter_struck_over_a_quote_and_a_plus_over_an_o_read_as_one_character(tmp_path):
    page = [Placed("VOEDING", 80, 760, 11), *_mandoc(["Noten", 'ma"\bis', "mag", "u", "eten."], 745),
            *_mandoc(["+\bo", "Neem", "paracetamol"], 715), *_mandoc(["+\bo", "Drink", "genoeg"], 700)]
    text = passages_text(ingest_pdf(tmp_path, make_drawn_pdf([page], glyph_width=500)))
    assert "Noten maïs mag u eten." in text
    assert "• Neem paracetamol\n• Drink genoeg" in text


def test_kerned_letters_are_no_overstrike(tmp_path):
    line = _tj("Wa", 80, "t", 30, "er, T", 120, "o", 70, "v", 60, "a", 50, "llen. \"", 100, "Yo", 90, "ga\"")
    page = [Placed("Kerning", 56, 760, 14), Ops(f"BT /F1 10 Tf 56 740 Td {line} ET")]
    assert 'Water, Tovallen. "Yoga"' in passages_text(ingest_pdf(tmp_path, make_drawn_pdf([page])))


def test_the_red_team_texinfo_and_mandoc_leaflets_read_their_accents():
    from ingest.pipeline import ingest_file
    texinfo = passages_text(ingest_file(LEAFLETS / "triggervinger.pdf"))
    assert "na één tot drie weken" in texinfo and "corticosteroïd" in texinfo and "patiënten" in texinfo
    assert "¨" not in texinfo and "´" not in texinfo
    mandoc = passages_text(ingest_file(LEAFLETS / "diverticulitis.pdf"))
    assert "en maïs mag u gewoon eten" in mandoc and "• Neem paracetamol" in mandoc and "• o" not in mandoc


def test_overstruck_characters():
    from ingest.pdf.overstrike import overstruck
    assert [overstruck(a, b) for a, b in [("\xb4", "e"), ("e", "\xb4"), ("\xa8", "\u0131"), ('"', "i"), ("^", "o"),
                                          ("\u2019", "E"), ("\xb8", "c"), ("o", "a"), ("+", "o"), ("_", "x"),
                                          ("k", "k"), ("e", "\u0301")]] == \
        ["é", "é", "ï", "ï", "ô", "É", "ç", "å", "•", "x", "k", "é"]
    assert overstruck("T", "o") is None and overstruck("o", "o") == "o" and overstruck("\xb8", "q") is None


def test_a_type3_fonts_widths_are_scaled_by_its_font_matrix():
    """dvips's bitmap fonts state widths of 91 units an em: read as thousandths, every kerned
    pair ("v" "an") seemed one glyph drawn over the other."""
    import pypdf

    from ingest.pdf.fragments import _visited
    page = pypdf.PdfReader(LEAFLETS.parent / "redteam15_leaflets" / "koortslip.pdf").pages[0]
    assert _visited(page, measured=True)[1].glyphs.strikes == []
