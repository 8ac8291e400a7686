"""Red team 26: Sphinx's text builder (reStructuredText's underlines) in plain text. Its title
is underlined with "*****", sections with "=====" (deeper ones "~~~~~", "^^^^^"), and an
underline makes a heading whatever its words: a label's colon, a last word ("als") that
otherwise runs a line on into the next."""

from __future__ import annotations

from pathlib import Path

from ingest.clean import clean
from ingest.pipeline import ingest_file
from ingest.source import SourceText

BODY = "Rugpijn komt vaak voor. Het gaat meestal vanzelf over."


def _passages(tmp_path: Path, text: str) -> list[tuple[tuple[str, ...], str]]:
    path = tmp_path / "leaflet.txt"
    path.write_text(text, encoding="utf-8")
    return [(tuple(p.headings), p.text) for p in ingest_file(path).passages]


def test_star_tilde_and_caret_underlines_mark_the_title_and_headings(tmp_path):
    text = ("Rugpijn\n*******\n\nPraktijk De Linde\n\n\nWat is rugpijn?\n~~~~~~~~~~~~~~~\n\n"
            f"{BODY}\n\n\nWat kunt u doen?\n^^^^^^^^^^^^^^^^\n\nBlijf bewegen. Wandel elke dag.\n")
    passages = _passages(tmp_path, text)
    assert [headings for headings, _ in passages] == [("Wat is rugpijn?",), ("Wat kunt u doen?",)]
    assert passages[0][1] == BODY and "~~~" not in passages[0][1]


def test_an_underlined_label_with_a_colon_is_a_heading(tmp_path):
    text = (f"Rugpijn\n=======\n\nWat is rugpijn?\n===============\n\n{BODY}\n\n\n"
            "Medicijn: ibuprofen\n===================\n\nNeem ibuprofen drie keer per dag bij het eten.\n")
    passages = _passages(tmp_path, text)
    assert [headings for headings, _ in passages] == [("Wat is rugpijn?",), ("Medicijn: ibuprofen",)]


def test_an_underlined_heading_ending_in_als_is_not_run_into_the_next_line(tmp_path):
    text = (f"Rugpijn\n=======\n\nWat is rugpijn?\n===============\n\n{BODY}\n\n\n"
            "Bel direct de huisarts als\n==========================\n\nWaarschuwing:\n\n"
            "* u koorts krijgt;\n\n* u niet kunt plassen.\n")
    passages = _passages(tmp_path, text)
    assert passages[-1][0] == ("Bel direct de huisarts als",)
    assert passages[-1][1].startswith("Waarschuwing:\n")


def test_a_row_of_stars_shorter_than_its_line_is_no_underline():
    """RST's rule: an underline other than "=" or "-" is at least as long as its line."""
    def underlines(text: str) -> list[int]:
        return [block.underline for block in clean(SourceText(text, "plain")).blocks]

    assert underlines("Blijf elke dag bewegen\n***\n\nWandel.\n") == [0, 0, 0]
    assert underlines("Blijf elke dag bewegen\n**********************\n\nWandel.\n") == [1, 0]
