"""Markdown as mistletoe's users write it (red team 34): the sender's line over the `#` title ran
longer than a name, so the title was no title and the leaflet was named after its file; a phone
number wrapped to a line's start ("0570 53 44" over "00. Buiten kantooruren …") opened a list."""

from __future__ import annotations

from pathlib import Path

from ingest.clean import Block, clean
from ingest.pipeline import ingest_file
from ingest.source import SourceText
from ingest.structure import _only_masthead

LEAFLET = Path(__file__).parent / "data" / "redteam34_leaflets" / "nierbiopsie.md"


def test_the_committed_leaflet_is_titled_by_its_heading_under_the_senders_line():
    item = ingest_file(LEAFLET)
    assert item.leaflet.title == "Nierbiopsie"
    assert item.leaflet.publisher == "Isselland Medisch Centrum"
    assert all("Isselland" not in passage.text for passage in item.passages[:1])
    call = next(passage.text for passage in item.passages if passage.headings[-1:] == ("Wanneer bellen?",))
    assert "Nefrologie: 0570 53 44 00. Buiten kantooruren belt u" in call


def test_another_long_senders_line_leaves_the_title_its_own(tmp_path):
    path = tmp_path / "slaapapneu.md"
    path.write_text("Ziekenhuis Rivierenland, Tiel – afdeling Longziekten (slaapapneu en snurken)\n\n# Slaapapneu\n\n"
                    "## Wat is slaapapneu?\n\nBij slaapapneu stopt uw ademhaling vaak even tijdens de slaap.\n\n"
                    "## Behandeling\n\nMet een CPAP-apparaat blijven uw luchtwegen open.\n", encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Slaapapneu"
    assert [passage.headings for passage in item.passages] == [("Wat is slaapapneu?",), ("Behandeling",)]


def _paragraph(text: str) -> Block:
    return Block("paragraph", 0, len(text), (text,))


def test_a_senders_line_is_a_masthead_and_a_sentence_naming_the_sender_is_none():
    assert _only_masthead((_paragraph("Isselland Medisch Centrum, Deventer – afdeling Nefrologie (nierziekten)"),))
    assert not _only_masthead((_paragraph("Deze folder is gemaakt door het Isselland Medisch Centrum in Deventer"),))
    assert not _only_masthead((_paragraph("Isselland Medisch Centrum heeft deze folder voor u gemaakt."),))


def _lines(text: str) -> list[str]:
    return [block.text for block in clean(SourceText(text, "markdown")).blocks]


def test_only_a_first_number_opens_a_list_inside_a_paragraph():
    assert _lines("Bel de poli: 0570 53 44\n00. Daarna de huisarts.") == [
        "Bel de poli: 0570 53 44 00. Daarna de huisarts."]
    assert _lines("Doe dit:\n1. Was uw handen.\n2. Droog ze af.") == [
        "Doe dit:", "1. Was uw handen.\n2. Droog ze af."]
    assert _lines("Neem mee:\n\n2. Uw pas.\n3. Uw medicijnen.") == ["Neem mee:", "2. Uw pas.\n3. Uw medicijnen."]
