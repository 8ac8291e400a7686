"""Red team 33: AsciiDoc's `a2x -f text` (DocBook rendered by w3m). Each section's title stands
alone between two rules of dashes, blank lines round it, as the document's title does at the top.
The title was found (`framed_title`), the sections' were not: the rules were indexed as text, the
passages had no heading ("Opmerking", an admonition's label, headed the last one), and a numbered
title ("1. Wat is ...?") read as a list's item."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file
from ingest.text import load_text
from ingest.title_frame import FRAMED_HEADING_LEVEL, framed_headings

LEAFLET = Path(__file__).parent / "data" / "redteam33_leaflets" / "kattenkrabziekte.txt"
A2X_SUBSECTIONS = Path(__file__).parent / "data" / "ingest" / "a2x-jicht.txt"
SECTIONS = ("1. Wat is kattenkrabziekte?", "2. Hoe merkt u het?", "3. Is het besmettelijk?", "4. Behandeling",
            "5. Wie moet extra opletten?", "6. Hoe voorkomt u kattenkrabziekte?", "7. Meer weten?")
RULE = "-" * 40
PROSE = ("Bij jicht is een gewricht ontstoken. Het gewricht wordt dik,\n"
         "rood en pijnlijk, vaak aan de grote teen.\n")


def _framed(title: str, rule: str = RULE) -> str:
    return f"\n{rule}\n\n{title}\n\n{rule}\n\n"


def _has_rule(text: str) -> bool:
    return any(set(line.strip()) <= set("-=_~*") and len(line.strip()) > 5 for line in text.split("\n"))


def test_the_a2x_leaflets_framed_sections_head_its_passages_and_its_rules_go():
    item = ingest_file(LEAFLET)
    assert item.leaflet.title == "Kattenkrabziekte"
    assert item.leaflet.publisher == "GGD Hollands Noorden" and item.leaflet.updated == "2026-03-03"
    assert [passage.headings for passage in item.passages] == [(section,) for section in SECTIONS]
    assert not any(_has_rule(passage.text) for passage in item.passages)
    assert "Over uw klachten | Uw huisarts" in item.passages[-1].text  # the boxed table right under a frame
    assert "Opmerking" not in {heading for passage in item.passages for heading in passage.headings}


def test_another_framed_text_its_rules_of_equals_signs_reads_its_sections():
    rule = "=" * 30
    text = _framed("Jicht", rule) + "Reumapraktijk Oost\n" + "".join(
        _framed(title, rule) + PROSE for title in ("Wat is jicht?", "2 Behandeling", "Wanneer belt u?"))
    source = load_text(text.encode(), "jicht.txt")
    assert source.title == "Jicht"
    assert source.heading_hints == {"Wat is jicht?": FRAMED_HEADING_LEVEL, "2 Behandeling": FRAMED_HEADING_LEVEL,
                                    "Wanneer belt u?": FRAMED_HEADING_LEVEL, "Jicht": 1}
    assert rule not in source.text


def test_an_a2x_texts_subsections_ruled_under_head_their_passages_one_level_down():
    """`a2x -f text` 10.2.0 (w3m 0.5.3) of a small AsciiDoc leaflet (`a2x-jicht.adoc`, made
    here): subsections over a short rule, a note, a table in a box."""
    item = ingest_file(A2X_SUBSECTIONS)
    assert (item.leaflet.title, item.leaflet.publisher, item.leaflet.updated) == (
        "Jicht", "Reumapraktijk Oost", "2026-02-04")
    assert [passage.headings for passage in item.passages] == [
        ("1. Wat is jicht?",), ("1. Wat is jicht?", "1.1. Oorzaak"), ("1. Wat is jicht?", "1.2. Klachten"),
        ("2. Behandeling",)]
    assert not any(_has_rule(passage.text) for passage in item.passages)
    assert "Colchicine | bij een aanval" in item.passages[-1].text


def test_sections_framed_and_subsections_underlined_in_another_mark_are_all_headings(tmp_path: Path):
    frame = "=" * 15
    path = tmp_path / "jicht.txt"
    path.write_text(f"{frame}\nJicht\n{frame}\n\n\n{frame}\nWat is jicht?\n{frame}\n\n{PROSE}\n"
                    f"Oorzaak\n-------\n\n{PROSE}\n\n{frame}\nBehandeling\n{frame}\n\n{PROSE}", encoding="utf-8")
    item = ingest_file(path)
    assert [passage.headings for passage in item.passages] == [
        ("Wat is jicht?",), ("Wat is jicht?", "Oorzaak"), ("Behandeling",)]
    assert not any(_has_rule(passage.text) for passage in item.passages)


def test_a_framed_text_cites_its_passages_by_their_sections(tmp_path: Path):
    path = tmp_path / "jicht.txt"
    sections = "".join(_framed(title) + PROSE for title in ("1. Wat is jicht?", "2. Behandeling"))
    path.write_text(_framed("Jicht") + sections, encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Jicht"
    assert [passage.headings for passage in item.passages] == [("1. Wat is jicht?",), ("2. Behandeling",)]
    assert not any(_has_rule(passage.text) for passage in item.passages)


def test_a_leaflets_own_rules_are_no_frames():
    between = f"Jicht\n\n{PROSE}\n{RULE}\n\n{PROSE}\n{RULE}\n\n{PROSE}"  # rules between paragraphs
    underlined = f"Jicht\n{RULE}\n\nBehandeling\n\n{RULE}\n\n{PROSE}"  # the first underlines a heading
    parted = f"{RULE}\n\nPijn\n\n{RULE}\n\nZwelling\n\n{RULE}\n\n{PROSE}"  # short lines parted by rules
    sentence = f"{PROSE}\n{RULE}\n\nBel bij koorts de huisarts.\n\n{RULE}\n\n{PROSE}"
    unlike = f"{PROSE}\n{RULE}\n\nBehandeling\n\n{'-' * 20}\n\n{PROSE}"  # two rules not drawn alike
    boxed = f"{PROSE}\n+------+------+\n| Pijn | Ja   |\n+------+------+\n\n{PROSE}"
    dashed = f"{PROSE}\n------   ------\nKlacht   Duur\n------   ------\nPijn     1 week\n\n{PROSE}"
    for text in (between, underlined, parted, sentence, unlike, boxed, dashed):
        assert framed_headings(text, "Jicht") == (text, {}), text


def test_in_a_framed_text_a_line_over_a_separator_of_another_mark_is_no_subsection():
    text = _framed("Oorzaak") + PROSE + _framed("Behandeling") + PROSE + f"\nSucces!\n\n{'~' * 12}\n\n" + PROSE
    kept, headings = framed_headings(text)
    assert headings == {"Oorzaak": FRAMED_HEADING_LEVEL, "Behandeling": FRAMED_HEADING_LEVEL} and "~" * 12 in kept


def test_a_rule_between_paragraphs_stays_out_of_passages_as_it_did(tmp_path: Path):
    path = tmp_path / "jicht.txt"
    path.write_text(f"Jicht\n\nWat is jicht?\n\n{PROSE}\n{RULE}\n\nBehandeling\n\n{PROSE}", encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Jicht"
    assert [passage.headings for passage in item.passages] == [("Wat is jicht?",), ("Behandeling",)]
    assert not any(_has_rule(passage.text) for passage in item.passages)


def test_one_line_boxed_in_rules_leaves_the_other_headings_alone():
    """A warning boxed in rules once is no framed heading: told of headings, the reader would
    have taken no other, and the leaflet's own headings would have been lost."""
    text = ("Jicht\n\nWat is jicht?\n\nJicht is een ontsteking van een gewricht door urinezuurkristallen.\n\n"
            "----------\n\nLET OP\n\n----------\n\nBel bij koorts de huisarts.\n\n"
            "Behandeling\n\nDe huisarts schrijft een ontstekingsremmer voor.\n")
    assert framed_headings(text, "Jicht") == (text, {})
