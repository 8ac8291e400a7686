"""Red team 16: a cover subtitle that is the leaflet's only mention of a name, tables of
contents without dot leaders, PDF tables whose cells stand apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.pipeline import ingest_file
from ingest.source import SourceText
from ingest.structure import find_outline

LEAFLETS = Path(__file__).parent / "data" / "redteam16_leaflets"
BODY = ("Voetschimmel is een infectie van de huid van de voet door een schimmel. De schimmel groeit "
        "het best in een warme, vochtige omgeving.")


def _outline(markdown: str):
    return find_outline(clean(SourceText(markdown, "markdown")))


def test_a_cover_subtitle_that_names_what_the_text_never_names_joins_the_title():
    outline = _outline(f"# Voetschimmel\n\nOok wel zwemmerseczeem genoemd\n\n## Wat is het?\n\n{BODY}\n")
    assert outline.title == "Voetschimmel – Ook wel zwemmerseczeem genoemd"
    assert all("zwemmerseczeem" not in block.text for s in outline.sections for block in s.blocks)


@pytest.mark.parametrize("subtitle", [
    "Informatie voor patiënten",        # whom it is for
    "Orthopedie – voetenteam",          # who sends it
    "Leven met geluiden die er niet zijn",  # a slogan, no name
    "Een infectie van de voet",        # every word is in the text already
    "Wat neemt u mee?",                # everyday words, no term
])
def test_a_cover_subtitle_of_no_name_stays_out_of_the_title(subtitle):
    outline = _outline(f"# Voetschimmel\n\n{subtitle}\n\n## Wat is het?\n\n{BODY}\n")
    assert outline.title == "Voetschimmel"


@pytest.mark.parametrize(("name", "words"), [
    ("voetschimmel.pdf", "zwemmerseczeem"),
    ("zonneallergie.pdf", "Polymorfe lichteruptie (PLE)"),
])
def test_red_team_16_cover_names_are_findable_in_the_title(name, words):
    item = ingest_file(LEAFLETS / name)
    assert words in item.leaflet.title
    assert not any(words in passage.text for passage in item.passages)  # no stub passage
