"""Headings: found by markup where it marks them, by shape in plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.source import SourceText
from ingest.structure import find_outline

LEAFLETS = Path(__file__).parent / "data" / "leaflets"


def outline_of(text: str, markup: str = "plain", hints: dict[str, int] | None = None):
    return find_outline(clean(SourceText(text, markup, heading_hints=hints or {})))


@pytest.fixture(scope="module")
def real():
    return {
        name: outline_of((LEAFLETS / f"{name}.txt").read_text(encoding="utf-8"))
        for name in ["fsgs", "systemische-sclerose"]
    }


def test_fsgs_title_and_headings(real):
    outline = real["fsgs"]
    assert outline.title == "Focale segmentale glomerulosclerose (FSGS)"
    assert [h.text for h in outline.headings if h.level == 2] == [
        "In het kort", "FSGS als oorzaak van het nefrotisch syndroom", "Hoe ontstaat FSGS?",
        "Primaire FSGS", "Genetische FSGS", "Symptomen van FSGS", "Vochtophoping",
        "Diagnose en onderzoek", "Behandeling van FSGS", "Expertisecentrum voor FSGS",
        "Is FSGS te genezen?", "Gevolgen van FSGS",
    ]


def test_sclerosis_headings(real):
    outline = real["systemische-sclerose"]
    texts = {h.text: h.level for h in outline.headings}
    assert outline.title == "Systemische sclerose, Sclerodermie"
    for heading in ["Wat is systemische sclerose?", "Verschillende vormen", "Hoe ontstaat systemische sclerose?",
                    "3 deelvormen systemische sclerose", "Huid", "Longfibrose", "Röntgenfoto’s",
                    "Meer informatie"]:
        assert texts[heading] == 2, heading
    for heading in ["Lokale sclerodermie", "Systemische sclerose", "Zeer vroege systemische sclerose",
                    "Gelimiteerde cutane vorm", "Diffuse cutane vorm"]:
        assert texts[heading] == 3, heading
    assert len(outline.headings) == 40


def test_list_items_labels_and_fragments_are_not_headings(real):
    texts = {h.text for o in real.values() for h in o.headings}
    for not_heading in ["1. lokale sclerodermie", "• hoge bloeddruk", "hoge bloeddruk",
                        "Laatste update, 2 juli 2025", "Rutger Maas, nefroloog",
                        "Behandeling zoals het Raynaud fenomeen, met medicatie",
                        "Bij bijkomende infectie van wondjes wordt antibiotica ingezet",
                        "Wondjes en/of zweertjes aan je vingertoppen.", "Website: nvle.org",
                        "Heb je niet de informatie gevonden die je zocht?",
                        "Je specialist schakelt vaak ook andere zorgverleners in, denk aan",
                        "Pulmonale hypertensie: verhoogde bloeddruk in de longen"]:
        assert not_heading not in texts


def test_question_heading_needs_body_text():
    outline = outline_of("Titel\n\nIs dit een kop?\n\nJa, want er volgt tekst.\n\nEn dit?\n\nKort")
    assert [h.text for h in outline.headings] == ["Titel", "Is dit een kop?"]


def test_short_sentence_is_not_a_heading():
    outline = outline_of("Titel\n\nDat is alles.\n\nEen zin die volgt.")
    assert [h.text for h in outline.headings] == ["Titel"]


def test_announced_subsections_nest_and_passing_mentions_do_not():
    text = (
        "Folder\n\nVormen\n\nEr zijn twee vormen: de natte vorm en de droge vorm.\n\n"
        "Natte vorm\n\nTekst over nat.\n\nDroge vorm\n\nTekst over droog.\n\n"
        "Behandeling\n\nDe natte vorm wordt behandeld.\n\nNatte vorm\n\nNog meer tekst."
    )
    levels = [(h.text, h.level) for h in outline_of(text).headings]
    assert levels == [("Folder", 1), ("Vormen", 2), ("Natte vorm", 3), ("Droge vorm", 3),
                      ("Behandeling", 2), ("Natte vorm", 2)]


def test_markdown_levels_and_paths():
    outline = outline_of("# Titel\n\nIntro.\n\n## Deel\n\nTekst.\n\n### Sub\n\nMeer.\n\n## Ander\n\nEind.",
                         "markdown")
    assert outline.title == "Titel"
    assert [s.headings for s in outline.sections] == [(), ("Deel",), ("Deel", "Sub"), ("Ander",)]


def test_markdown_without_h1_has_no_title_and_sections_start_at_level_2():
    outline = outline_of("## Een\n\nTekst.\n\n## Twee\n\nTekst.", "markdown")
    assert outline.title == "" and [s.headings for s in outline.sections] == [("Een",), ("Twee",)]


def test_heading_hints_from_the_format_decide():
    text = "Groot\nWat je moet weten\nEen gewone zin zonder punt\nmet vervolg."
    outline = outline_of(text, hints={"Groot": 1, "Wat je moet weten": 2})
    assert [(h.text, h.level) for h in outline.headings] == [("Groot", 1), ("Wat je moet weten", 2)]
    assert outline.sections[0].blocks[0].text == "Een gewone zin zonder punt met vervolg."


def test_date_line_belongs_to_no_section():
    outline = outline_of("Titel\n\nLaatste update, 2 juli 2025\n\nIntro tekst.")
    assert [[b.text for b in s.blocks] for s in outline.sections] == [["Intro tekst."]]
