"""A phone number typed in groups that the margin cut before its last group ("telefoon 038
424 20" over "60. Buiten kantoortijd ..."): red team 23 found odt2txt's wrap read as a numbered
item, the lone line above taken for a heading and the real heading "Contact" left as text. A
list item that ends in a phone number, with room left on its line, still ends there."""

from __future__ import annotations

from ingest.pipeline import ingest_file

ODT2TXT = """Buikgriep bij jonge kinderen

Eten
----

Laat uw kind gewoon eten waar het zin in heeft. U hoeft geen
dieet te volgen en geen verdunde melk te geven. Na vier uur
drinken mag uw kind weer gewoon eten, ook brood en pap.

Contact
-------

Polikliniek Kindergeneeskunde, Isala-West, telefoon 038 424 20
60. Buiten kantoortijd belt u de huisartsenpost: 0900 333 66
33.
"""

LIST = """Buikgriep bij jonge kinderen

Wat doet u bij uitdroging?
--------------------------

Laat uw kind gewoon eten waar het zin in heeft. U hoeft geen
dieet te volgen en geen verdunde melk te geven. Na vier uur
drinken mag uw kind weer gewoon eten, ook brood en pap.

1. Bel de huisarts: 038 424 20 60
2. Geef uw kind elke vijf minuten een slokje ORS.
3. Houd bij hoeveel natte luiers uw kind heeft.
"""


def _passages(tmp_path, text: str) -> dict[tuple[str, ...], str]:
    path = tmp_path / "buikgriep.txt"
    path.write_text(text, encoding="utf-8")
    return {p.headings: p.text for p in ingest_file(path).passages}


def test_phone_number_cut_by_the_margin_joins_its_sentence(tmp_path):
    passages = _passages(tmp_path, ODT2TXT)
    assert passages[("Contact",)] == ("Polikliniek Kindergeneeskunde, Isala-West, telefoon 038 424 20 60. "
                                      "Buiten kantoortijd belt u de huisartsenpost: 0900 333 66 33.")


def test_list_item_ending_in_a_phone_number_stays_an_item(tmp_path):
    text = _passages(tmp_path, LIST)[("Wat doet u bij uitdroging?",)]
    assert "1. Bel de huisarts: 038 424 20 60\n2. Geef uw kind" in text
