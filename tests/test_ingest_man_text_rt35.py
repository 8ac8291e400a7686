"""Red team 35: a man page as `man` prints it whose header's section is a word (go-md2man made
`.TH` of a title's words: "Slijmbeursontsteking(aan) van Slijmbeursontsteking(aan)"), and a
man page typeset to PDF (scdoc through pdfroff): header and footer are no text, the NAME line
titles the page, the publisher's line names the publisher, and the headings in capitals read
as the text writes their words, without the letter gaps Ghostscript's character spacing left."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.man import read_man_page, typeset_header
from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam35_leaflets"


def _text_leaflet(tmp_path, text: str, name: str = "folder.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def _all_text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def test_go_md2man_page_loses_its_header_and_footer_and_keeps_its_publisher():
    item = ingest_file(DATA / "slijmbeursontsteking-heup.txt")
    assert item.leaflet.title == "Slijmbeursontsteking"
    assert item.leaflet.publisher == "Sint Jans Gasthuis"
    assert item.leaflet.updated == "2025-12"
    assert "(aan)" not in _all_text(item) and "(aan)" not in item.leaflet.title
    assert [p.headings[-1] for p in item.passages] == [
        "Wat is het?", "Klachten", "Wat kunt u zelf doen?", "Behandeling", "Hoe lang duurt het?",
        "Wanneer contact opnemen?"]


def test_pdfroff_page_is_titled_by_its_name_line_without_its_frame():
    item = ingest_file(DATA / "trommelvliesperforatie.pdf")
    text = _all_text(item)
    assert item.leaflet.title == "Trommelvliesperforatie – Een gaatje in het trommelvlies"
    assert item.leaflet.publisher == "Ziekenhuis Rivierenland Tiel"
    assert item.leaflet.updated == "2026-02-03"  # "herzien op", not the footer's build date
    assert "trommelvliesperforatie(7)" not in text and "2026-12-06" not in text
    assert "Een gaatje in het trommelvlies" not in text and "NAAM" not in text
    assert [p.headings[-1] for p in item.passages] == [
        "Wat is een trommelvliesperforatie?", "Hoe ontstaat het?", "Geneest het vanzelf?",
        "Wat mag wel en wat niet?", "Behandeling", "Wanneer bellen?"]


def test_pdfroff_character_spacing_reads_as_it_shows():
    """Ghostscript wrote groff's word gaps as character spacing over two glyphs ("(.B)",
    "(ue)") and closed up a space glyph ("(ev e)"): the words ran together or broke."""
    text = _all_text(ingest_file(DATA / "trommelvliesperforatie.pdf"))
    for words in ("middenoor. Bij", "overleg met", "oor, dan", "u erg duizelig", "moet overgeven;",
                  "u koorts", "u na een paar dagen"):
        assert words in text


MAN_TEXT = """
{page}\t      Folders\t     {page}

Ziekenhuis Noordrand, Alkmaar – Dermatologie

Wat is het?
       Wintertenen zijn rode, jeukende plekken op de tenen. Ze ontstaan door
       kou en vocht, en gaan in het voorjaar vanzelf over.

Wat kunt u doen?
       Houd uw voeten warm en droog. Draag wollen sokken en ruime schoenen.

Folder DER-12\t\t\t      2025\t     {page}
"""


@pytest.mark.parametrize("page", ["Wintertenen(aan)", "wintertenen(7)", "WINTERTENEN(1ssl)"])
def test_a_man_text_whose_section_is_a_word_loses_its_frame(tmp_path, page):
    item = _text_leaflet(tmp_path, MAN_TEXT.format(page=page))
    assert item.leaflet.title == "Wintertenen"
    assert item.leaflet.publisher == "Ziekenhuis Noordrand"
    assert page not in _all_text(item) and "Folder DER-12" not in _all_text(item)
    assert [p.headings for p in item.passages] == [("Wat is het?",), ("Wat kunt u doen?",)]


def test_a_gasthuis_is_a_publisher(tmp_path):
    text = ("Sint Jans Gasthuis, Weert – Orthopedie\n\nHielspoor\n\nWat is het?\n"
            "Hielspoor is pijn onder de hiel, vooral bij de eerste stappen in de ochtend.\n")
    assert _text_leaflet(tmp_path, text).leaflet.publisher == "Sint Jans Gasthuis"


@pytest.mark.parametrize("line", [
    "Vitamine D(3) en calcium(2)",  # two names in brackets, not the same
    "Zie ook migraine(7)    en hoofdpijn(7)",
    "Hoofdpijn(7) is geen migraine(7)",
])
def test_a_first_line_with_names_in_brackets_is_no_man_header(tmp_path, line):
    text = f"{line}\n\nBEHANDELING\nOntspanning en beweging helpen het meest tegen spanningshoofdpijn.\n"
    assert read_man_page(text) is None and not typeset_header(line)
    item = _text_leaflet(tmp_path, text)
    assert " ".join(line.split()) in " ".join((item.leaflet.title + " " + _all_text(item)).split())


def test_a_typeset_header_needs_the_same_page_at_both_ends():
    assert typeset_header("trommelvliesperforatie(7) KNO-patiënteninformatie trommelvliesperforatie(7)") \
        == "trommelvliesperforatie(7)"
    assert typeset_header("ls(1) ls(1)") == "ls(1)"
    assert not typeset_header("migraine(7) KNO-patiënteninformatie hoofdpijn(7)")
    assert not typeset_header("Bel (0344) 67 49 30 of (0344) 67 49 31")


def _helvetica_width(text: str, size: float) -> float:
    widths = {"H": 722, "e": 556, "t": 278, " ": 278, "d": 556, "o": 556, "p": 556, "i": 222, "j": 222, "n": 556,
              ".": 278, "B": 667}
    return sum(widths[char] for char in text) * size / 1000


def test_a_man_page_typeset_to_pdf_loses_its_frame_on_every_page(tmp_path):
    from pdf_factory import Placed, ingest_pdf, make_drawn_pdf

    header = Placed("wintertenen(7) Folders wintertenen(7)", 72, 794, 10)
    first = [header, Placed("Ziekenhuis Noordrand – Dermatologie", 108, 758, 10),
             Placed("NAAM", 72, 741, 10.9, True), Placed("wintertenen - rode plekken door kou", 108, 729, 10),
             Placed("WAT IS HET?", 72, 712, 10.9, True),
             Placed("Wintertenen zijn rode, jeukende plekken op de tenen door kou en vocht.", 108, 700, 10),
             Placed("Ziekenhuis Noordrand 2025-03-01 1", 72, 74, 10)]
    second = [header, Placed("WAT KUNT U DOEN?", 72, 760, 10.9, True),
              Placed("Houd uw voeten warm en droog en draag wollen sokken in de winter.", 108, 748, 10),
              Placed("Ziekenhuis Noordrand 2025-03-01 2", 72, 74, 10)]
    item = ingest_pdf(tmp_path, make_drawn_pdf([first, second]))
    text = _all_text(item)
    assert item.leaflet.title == "Wintertenen – rode plekken door kou"
    assert item.leaflet.publisher == "Ziekenhuis Noordrand"
    assert "wintertenen(7)" not in text and "2025-03-01" not in text and "NAAM" not in text
    assert [p.headings[-1] for p in item.passages] == ["Wat is het?", "Wat kunt u doen?"]


def test_a_pdf_without_man_header_keeps_its_lines(tmp_path):
    from pdf_factory import Placed, ingest_pdf, make_drawn_pdf

    page = [Placed("Wintertenen(7) en kou", 72, 794, 10), Placed("WAT IS HET?", 72, 712, 10.9, True),
            Placed("Wintertenen zijn rode, jeukende plekken op de tenen door kou en vocht.", 108, 700, 10),
            Placed("Ziekenhuis Noordrand 2025-03-01 1", 72, 74, 10)]
    item = ingest_pdf(tmp_path, make_drawn_pdf([page]))
    # no man page, no man page's frame: the heading is the title, cited as every title in
    # capitals is (ingest/pipeline.py `_leaflet`), not as man's headings are
    assert item.leaflet.title == "Wat is het?"
    assert "Wintertenen(7) en kou" in _all_text(item) and "Ziekenhuis Noordrand 2025-03-01" in _all_text(item)


def test_character_spacing_that_sets_a_word_apart_is_a_space(tmp_path):
    """As Ghostscript writes pdfroff's sentence gap: the full stop and the next word's first
    letter one string, 0.25 em of character spacing between them, the rest moved on by `Td`."""
    from pdf_factory import Ops, ingest_pdf, make_drawn_pdf

    lead = _helvetica_width("Het doet pijn", 10)
    pair = _helvetica_width(".B", 10) + 2 * 2.5
    ops = (f"BT /F1 10 Tf 1 0 0 1 72 700 Tm (Het doet pijn)Tj {lead:.3f} 0 Td 2.5 Tc (.B)Tj 0 Tc "
           f"{pair:.3f} 0 Td (el ons dan.)Tj ET")
    text = _all_text(ingest_pdf(tmp_path, make_drawn_pdf([[Ops(ops)]])))
    assert "pijn. Bel ons dan." in text
