"""Red team 23's titles of plain text: a masthead line over a title underlined with "=====" (odt2txt's
Heading 1), and a sender's name no word list knows over the title."""

from __future__ import annotations

import pytest

from ingest.pipeline import ingest_file

BODY = ("Buikgriep is een ontsteking van de maag en darmen, meestal door een virus. Uw kind moet "
        "overgeven en heeft dunne of waterige ontlasting.")


def _text_leaflet(tmp_path, text: str, name: str = "folder.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def test_a_title_underlined_with_equals_signs_wins_over_the_line_above_it(tmp_path):
    text = ("Kindergeneeskunde, Isala-West\n\nBuikgriep bij jonge kinderen\n============================\n\n"
            "Diarree en overgeven\n\nOorzaak\n-------\n\n" + BODY + "\n")
    item = _text_leaflet(tmp_path, text)
    assert item.leaflet.title == "Buikgriep bij jonge kinderen"
    assert all("Isala-West" not in p.text for p in item.passages)
    assert item.passages[0].headings == ("Oorzaak",)


def test_several_lines_underlined_with_equals_signs_are_sections_not_a_title(tmp_path):
    text = ("Buikgriep\n\nOorzaak\n=======\n\n" + BODY + "\n\nBehandeling\n===========\n\n"
            "Geef uw kind vaak kleine slokjes te drinken. Antibiotica helpen niet.\n")
    assert _text_leaflet(tmp_path, text).leaflet.title == "Buikgriep"


@pytest.mark.parametrize("masthead", ["CONSULTATIEBUREAU JGZ WATERLAND", "Consultatiebureau JGZ Waterland",
                                      "Kindergeneeskunde, Isala-West"])
def test_a_senders_name_over_the_title_the_leaflet_opens_with_is_no_title(tmp_path, masthead):
    text = (f"{masthead}\n\nLuieruitslag\nRode billetjes bij baby's\n\nWAT IS LUIERUITSLAG?\n\n"
            "Luieruitslag is een rode huid op de plek van de luier. Bijna alle baby's hebben er weleens last van.\n")
    item = _text_leaflet(tmp_path, text)
    assert item.leaflet.title.startswith("Luieruitslag")
    assert all(masthead not in p.text for p in item.passages)


def test_a_title_that_shares_a_word_with_the_opening_stays_the_title(tmp_path):
    text = ("Zonneallergie\nPolymorfe lichteruptie\n\nWat is polymorfe lichteruptie?\n\n"
            "Polymorfe lichteruptie is de meest voorkomende vorm van zonneallergie. De huid jeukt en wordt rood.\n")
    assert _text_leaflet(tmp_path, text).leaflet.title.startswith("Zonneallergie")

