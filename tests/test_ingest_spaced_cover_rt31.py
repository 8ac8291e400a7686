"""A cover, a colophon and a list of step titles are no table whose cells a tool set one space
apart (`spaced_rows`): their short lines from capitals, each ended by its author, looked like a
header row over rows. A PDF deck's title slide (subtitle, practice, department, date) became the
first passage and the title lost its subtitle; a contents list's "Stap 1: …" stood as a header."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.lines import split_lines
from ingest.clean.plain import join_plain_lines
from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam22_leaflets"

COVER = """Astma bij volwassenen
Wat u zelf kunt doen

Gezondheidscentrum De Linde
Praktijkondersteuning astma en longziekten
Spreekuur op dinsdag en donderdag

Wat is astma?
Bij astma zijn de luchtwegen in uw longen overgevoelig. Ze vernauwen zich als u iets inademt waar
u niet tegen kunt, zoals stof, rook of koude lucht. Dan ademt u moeilijk en hoest, piept of bent u
kortademig. Met de juiste medicijnen en een paar gewoonten houdt u de klachten meestal goed onder
controle."""

COLOPHON = """Contact
Heeft u vragen over uw medicijnen of over uw klachten, bel dan de praktijk op werkdagen tussen 8 en
17 uur. Buiten kantooruren en in het weekend belt u bij spoed de huisartsenpost in uw regio. In een
levensbedreigende situatie belt u altijd meteen 112.

Gezondheidscentrum De Linde
Praktijkondersteuning astma en longziekten
Laatst herzien: 9 juni 2026"""

STEPS = """Inleiding bij het spuiten
Lees deze instructies helemaal door voordat u de eerste keer zelf spuit. Uw arts of verpleegkundige
laat u zien hoe het moet. Begin pas als u zeker weet dat u alle stappen begrijpt en kunt uitvoeren.
Dit deel van de bijsluiter is verdeeld in de volgende delen:

Inleiding
Stap 1: Het klaarleggen van de spuit
Stap 2: Een plaats op de huid kiezen
Stap 3: Het inspuiten van de vloeistof
Stap 4: Het weggooien van de spuit"""


def _rows(text: str) -> list[str]:
    return [logical.text for logical in join_plain_lines(split_lines(text)) if logical.kind == "row"]


def test_a_cover_before_the_first_sentence_is_no_table():
    assert _rows(COVER) == []


def test_a_date_line_is_no_row():
    """A colophon under the body: its date line is the leaflet's metadata, no row of a table."""
    assert _rows(COLOPHON) == []


def test_a_step_title_with_a_colon_is_no_header_row():
    """"Stap 1: …" is a label and its text, one phrase: no column names."""
    assert _rows(STEPS) == []


def test_a_pdf_decks_cover_is_no_passage():
    """redteam22's thuisbloeddrukmeting.pdf: the cover's practice, department and date line
    were read as a table and became the first passage."""
    item = ingest_file(DATA / "thuisbloeddrukmeting.pdf")
    assert item.leaflet.title == "Zelf uw bloeddruk meten thuis – Uitleg bij de thuismeting"
    assert not any("Praktijkondersteuning hart- en vaatziekten" in passage.text for passage in item.passages)
    assert item.passages[0].headings == ("Waarom thuis meten?",)
