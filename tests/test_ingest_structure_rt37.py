"""Red team 37: a masthead line that names the publisher after a department."""

from __future__ import annotations

from pathlib import Path

from ingest.clean.blocks import Block
from ingest.pipeline import ingest_leaflets
from ingest.structure import _names

LEAFLETS = Path(__file__).parent / "data" / "redteam37_leaflets"


def _line(text: str) -> Block:
    return Block("paragraph", 0, len(text), (text,))


def test_a_department_before_the_publisher_names_it():
    assert _names(_line("Spoedeisende Hulp – Tergooi MC"), "Tergooi MC")
    assert _names(_line("Tergooi MC · Spoedeisende Hulp"), "Tergooi MC")


def test_a_sentence_that_ends_with_the_publisher_does_not():
    assert not _names(_line("U bent welkom bij de Spoedeisende Hulp van het ziekenhuis – Tergooi MC"), "Tergooi MC")
    assert not _names(_line("Spoedeisende Hulp – Tergooi MC"), "")


def test_the_sender_line_of_the_parsedown_page_is_no_passage():
    (item,) = ingest_leaflets(LEAFLETS / "gebroken-teen.html", root=LEAFLETS)
    assert item.leaflet.publisher == "Tergooi MC"
    assert item.leaflet.title == "Een gebroken teen"
    assert all("Tergooi MC" not in passage.text for passage in item.passages[:1])
    assert item.passages[0].headings == ("Wat is er aan de hand?",)
