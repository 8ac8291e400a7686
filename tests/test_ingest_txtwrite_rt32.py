"""Red team 32's Ghostscript `txtwrite` text. txtwrite writes each page's lines one under the
other (CRLF, no blank line, no form feed), each word at its column: a running header whose
fields a wide gap parts, a footer "Title – pagina N" right under the page's last line, a
centred title over a byline set further left, headings and list items with nothing around."""

from __future__ import annotations

from pathlib import Path

from ingest.clean import clean
from ingest.clean.joining import Layout, is_blankless, lines_alone, measure_layout, should_join
from ingest.clean.lines import split_lines
from ingest.pipeline import ingest_file
from ingest.running_footer import without_running_footers
from ingest.source import SourceText
from ingest.structure import find_outline

DATA = Path(__file__).parent / "data" / "redteam32_leaflets"

PAGES = (
    "      Kliniek Noord · Dermatologie                          DER-12\n"
    "                          Eczeem bij kinderen\n"
    "            Dermatologie, Kliniek Noord\n"
    "            Eczeem is een droge huid die jeukt. Het komt vaak voor bij jonge kinderen en gaat\n"
    "            meestal vanzelf over.\n"
    "                         Eczeem bij kinderen – pagina 1\n"
    "   Kliniek Noord · Dermatologie                 DER-12\n"
    "      Smeren\n"
    "      Smeer de huid twee keer per dag in met een vette zalf.\n"
    "                       Eczeem bij kinderen – pagina 2\n"
)


def test_a_footer_whose_page_label_a_dash_parts_goes_with_the_header_under_it():
    kept, furniture = without_running_footers(PAGES)
    assert "pagina" not in kept and "DER-12" not in kept
    assert kept.lstrip().startswith("Eczeem bij kinderen")  # the title the footer names, under the header's copy
    assert "Eczeem bij kinderen" in furniture


def test_a_sentence_that_points_at_a_page_is_no_footer():
    text = "Lees eerst de uitleg,\nzie pagina 1\nen dan de rest\nzie pagina 2\n"
    assert without_running_footers(text) == (text, [])


PROSE = [f"Regel {n} van een lange alinea die tot aan de rechterkantlijn van de pagina doorloopt en" for n in range(14)]


def test_blankless_text_ends_a_paragraph_at_a_sentence_end_with_room_for_the_next_word():
    lines = split_lines("\n".join([*PROSE, "verder gaat.", "Daarna komt iets anders."]))
    layout = Layout(width=90, blankless=is_blankless(lines))
    assert layout.blankless
    assert not should_join(lines[-2], lines[-1], layout)
    assert should_join(lines[-2], lines[-1], Layout(width=90))  # blank lines part the paragraphs: a wrap


def test_a_short_line_between_two_sentences_stands_alone():
    lines = split_lines("\n".join([*PROSE, "bent.", "Wanneer direct bellen?", "Bel 112 bij benauwdheid."]))
    assert lines[-2].start in lines_alone(lines, Layout(width=90))
    assert lines[-3].start not in lines_alone(lines, Layout(width=90))


def test_ghostscript_txtwrite_leaflet_keeps_every_line_and_drops_its_furniture():
    item = ingest_file(DATA / "longembolie.txt")
    text = "\n".join(p.text for p in item.passages)
    headings = {p.headings[-1] for p in item.passages if p.headings}
    assert "pagina" not in text and "LON-077" not in text
    assert "als u niet meer kortademig bent." in text
    assert "Bel 112 bij ernstige benauwdheid" in text and "zwarte ontlasting." in text
    assert {"Leefregels", "Wanneer direct bellen?"} <= headings
    assert "tegelijk. Leefregels" not in text
    assert "\n\n2 Sport in overleg" in text
    assert item.leaflet.updated == "2026-01-14"


# Review 41: a narrow column (an A5 folder's, some 40 letters a line) has a few words on almost
# every line, so a wrapped line that opens a sentence under one that ends a sentence stood alone,
# and structure read half a sentence as a heading.
NARROW = (
    "Wondverzorging na een operatie\n"
    "U bent geopereerd en heeft een wond. In\n"
    "deze folder leest u hoe u de wond het best\n"
    "verzorgt en wanneer u contact opneemt met\n"
    "het ziekenhuis. Lees de folder goed door.\n"
    "De eerste dagen\n"
    "De wond is afgedekt met een pleister. Laat\n"
    "de pleister de eerste twee dagen zitten.\n"
    "Gebruik geen zeep of crème op de wond.\n"
    "De wond geneest meestal binnen een week.\n"
    "Bel de afdeling Chirurgie van Ziekenhuis\n"
    "Rijnoever als de wond rood en dik wordt.\n"
    "U kunt ook bellen als u koorts krijgt.\n"
    "Hechtingen\n"
    "De hechtingen worden na ongeveer tien\n"
    "dagen verwijderd door de huisarts. Maak\n"
    "Na het verwijderen mag u weer zwemmen.\n"
    "De verpleegkundige belt u binnen\n"
    "2 werkdagen na de operatie om te vragen\n"
    "hoe het met u gaat. Heeft u vragen?\n"
)


def test_a_wrapped_line_in_a_narrow_column_does_not_stand_alone():
    lines = split_lines(NARROW)
    layout = measure_layout(lines)
    assert layout.blankless and layout.width <= 45
    alone = {line.text for line in lines if line.start in layout.alone}
    assert {"De eerste dagen", "Hechtingen"} <= alone  # short: the next word had room on them
    assert "Bel de afdeling Chirurgie van Ziekenhuis" not in alone  # "Rijnoever" had none
    assert "De verpleegkundige belt u binnen" not in alone  # nor "2 werkdagen", one unit to a typesetter


def test_a_narrow_column_heads_no_section_with_half_a_sentence():
    headings = {h for s in find_outline(clean(SourceText(NARROW, "plain"))).sections for h in s.headings}
    assert not headings & {"Bel de afdeling Chirurgie van Ziekenhuis", "De verpleegkundige belt u binnen"}
