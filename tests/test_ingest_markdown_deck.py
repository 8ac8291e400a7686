"""A slide deck that markitdown wrote out as Markdown (red team 29, "reisziekte.md"): every
slide's title is a `# ` heading, so the opening one, its title slide, names the leaflet where
nothing else does; the presenter's notes under `### Notes:` are cues, not leaflet text."""

from __future__ import annotations

from pathlib import Path

from ingest.clean import clean
from ingest.markdown_deck import without_speaker_notes
from ingest.pipeline import ingest_file
from ingest.source import SourceText
from ingest.structure import find_outline

BODY = "U leest hier wat u moet weten en wat u zelf kunt doen."
DECK = ("<!-- Slide number: 1 -->\n# Wagenziekte bij kinderen\nJeugdgezondheidszorg\n\n"
        "### Notes:\nWelkom heten. Vraag wie er met de auto gaat.\n\n"
        "<!-- Slide number: 2 -->\n# Wat is wagenziekte?\n" + BODY + "\n\n"
        "<!-- Slide number: 3 -->\n# Tijdens de reis\n" + BODY + "\n\n"
        "### Notes:\nLaat de spuugzak zien.\nDeel de folder uit.\n\n"
        "<!-- Slide number: 4 -->\nBel de huisarts als uw kind blijft overgeven.\n")


def test_an_opening_title_slide_is_the_title_though_others_share_its_rank():
    outline = find_outline(clean(SourceText("# Wagenziekte\n\nOuderavond reizen\n\n# Klachten\n\n" + BODY
                                            + "\n\n# Tijdens de reis\n\n" + BODY + "\n", "markdown")))
    assert outline.title.startswith("Wagenziekte")  # a subtitle may follow (`_with_subtitle`)
    assert [s.headings for s in outline.sections][-2:] == [("Klachten",), ("Tijdens de reis",)]


def test_an_opening_heading_over_a_sentence_heads_a_section():
    outline = find_outline(clean(SourceText("# Behandeling\n\nGeef paracetamol tegen de pijn.\n\n# Bellen\n\n"
                                            + BODY + "\n", "markdown")))
    assert outline.title == ""
    assert [s.headings for s in outline.sections] == [("Behandeling",), ("Bellen",)]


def test_a_file_that_names_itself_keeps_its_opening_heading_as_a_section():
    outline = find_outline(clean(SourceText("# Wat is croup?\n\n" + BODY + "\n\n# Behandeling\n\n" + BODY + "\n",
                                            "markdown")), own_title="Croup")
    assert outline.title == ""
    assert [s.headings for s in outline.sections] == [("Wat is croup?",), ("Behandeling",)]


def test_speaker_notes_go_up_to_the_next_slide_and_the_slides_text_stays():
    text = without_speaker_notes("# A\n" + BODY + "\n\n### Notes:\n\nZeg iets.\nToon iets.\n\n" + BODY + "\n"
                                 "### Notes:\nNog iets.\n## B\n" + BODY)
    assert "iets" not in text and "Notes" not in text
    assert text.count(BODY) == 3 and "## B" in text


def test_a_markitdown_deck_is_titled_by_its_title_slide_without_its_notes(tmp_path: Path):
    path = tmp_path / "wagenziekte.md"
    path.write_text(DECK, encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Wagenziekte bij kinderen"
    text = " ".join(p.text + " " + " ".join(p.headings) for p in item.passages)
    assert "Notes" not in text and "spuugzak" not in text and "Welkom" not in text and "folder" not in text
    assert "Bel de huisarts als uw kind blijft overgeven." in text


def test_an_opening_heading_over_a_subheading_heads_its_section(tmp_path):
    """"# Voor de operatie" straight over "## Nuchter zijn" is the first section's heading, not
    a title slide: its subsections keep it."""
    path = tmp_path / "operatie.md"
    path.write_text("# Voor de operatie\n\n## Nuchter zijn\n\nEet vanaf middernacht niets meer.\n\n"
                    "# Na de operatie\n\n## Pijn\n\nNeem paracetamol als dat nodig is.\n", encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "operatie"
    assert [passage.headings for passage in item.passages] == [
        ("Voor de operatie", "Nuchter zijn"), ("Na de operatie", "Pijn")]


def test_a_leaflets_own_notes_section_stays():
    text = ("# Insulin pens\n\n## Storing\n\nKeep your pen at room temperature.\n\n"
            "### Notes:\nKeep unopened pens in the fridge, never in the freezer.\n\n## Contact\n\nCall us.\n")
    assert "Keep unopened pens in the fridge" in without_speaker_notes(text)
