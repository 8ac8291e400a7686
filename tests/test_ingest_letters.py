"""A leaflet sent as a letter or an e-mail ends in its closing words, the sender's name and
address: text of the last section, never its heading, and the e-mail's "-- " line is no text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean.lines import is_sign_off
from ingest.pipeline import ingest_file

BODY = """Kloofje in de anus
------------------

Wat is een anale fissuur?
-------------------------

Een anale fissuur is een klein scheurtje in de huid van de anus. Het
ontstaat meestal door harde ontlasting of door hard persen.


Wanneer bellen?
---------------

Bel de polikliniek als u koorts krijgt of als er pus uit de anus komt.


"""


@pytest.mark.parametrize("sign_off, name", [
    ("Met vriendelijke groet,", "Mw. J. ter Horst"),
    ("Hartelijke groeten", "Team Maag-Darm-Lever"),
    ("Kind regards,", "Sister A. Jones"),
])
def test_a_letters_closing_words_and_sender_stay_text_of_the_last_section(tmp_path: Path, sign_off, name):
    path = tmp_path / "fissuur.txt"
    path.write_text(BODY + f"-- \n{sign_off}\n\n{name}\nVerpleegkundig specialist MDL\n"
                    "T 0314 - 32 99 11\n", encoding="utf-8")
    passages = ingest_file(path).passages
    headings = {heading for passage in passages for heading in passage.headings}
    assert headings == {"Wat is een anale fissuur?", "Wanneer bellen?"}
    last = passages[-1]
    assert last.headings[-1] == "Wanneer bellen?"
    assert f"\n\n{sign_off}\n\n{name}" in last.text  # neither joined to the name nor to the text
    assert "0314 - 32 99 11" in last.text
    assert "--" not in last.text


def test_a_dash_line_under_text_is_no_signature_delimiter(tmp_path: Path):
    path = tmp_path / "dash.txt"
    path.write_text(BODY + "Dosering\n--\nNeem twee tabletten per dag.\n", encoding="utf-8")
    text = ingest_file(path).text
    assert "Neem twee tabletten per dag." in text


@pytest.mark.parametrize("line, expected", [
    ("Met vriendelijke groet,", True), ("Hoogachtend", True), ("Best regards,", True),
    ("Met vriendelijke groet van het hele team", False), ("Groeten uit Zwolle", False),
])
def test_only_closing_words_alone_are_a_sign_off(line, expected):
    assert is_sign_off(line) is expected
