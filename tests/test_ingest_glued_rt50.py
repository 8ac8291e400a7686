"""Red team 50, finding 2.3: a TEI document's text written as one line by acdh-tei-pyutils'
`create_plain_text`, every block run into the next: headings glued to a sentence's first word
("HoofdletselHeb je …") or left after a sentence's end ("… doen. Wat is hemofilie?Bij …"), and the
header's publisher written twice with its place glued on ("(NVHP) … (NVHP)Nijkerk")."""

from pathlib import Path

from ingest.glued_blocks import unglued_blocks
from ingest.pipeline import ingest_leaflets

LEAFLETS = Path(__file__).parent / "data" / "redteam50_leaflets"
GLUED = ("Over de ziekte.Het is erfelijk.Het komt weinig voor.Dat is alles wat je weet. "
         "HoofdletselHeb je je hoofd gestoten, ook als je je goed voelt? Bel ons. "
         "Wat doe je bij een val?Leg het been hoog.Bel de huisarts. "
         "Sporten en dagelijks levenSporten is goed voor je.")


def test_a_heading_glued_to_a_sentence_stands_on_its_own_line():
    lines = unglued_blocks(GLUED).split("\n")
    assert "Hoofdletsel" in lines
    assert "Heb je je hoofd gestoten, ook als je je goed voelt? Bel ons." in lines
    assert "Sporten en dagelijks leven" in lines
    assert "Sporten is goed voor je." in lines


def test_a_short_question_glued_to_the_next_block_stands_on_its_own_line():
    lines = unglued_blocks(GLUED).split("\n")
    assert "Wat doe je bij een val?" in lines
    assert "Dat is alles wat je weet." in lines


def test_a_name_with_a_capital_inside_stays_whole():
    text = GLUED + " Lees meer. WhatsApp ons gerust, ook in het weekend."
    assert unglued_blocks(text).endswith("\nSporten is goed voor je. Lees meer. WhatsApp ons gerust, ook in het weekend.")


def test_a_run_written_twice_is_one_and_a_bracket_parts_from_a_capital():
    text = "Titel van de folderVereniging Voorbeeld (VV) Vereniging Voorbeeld (VV)Utrecht\n" + GLUED
    lines = unglued_blocks(text).split("\n")
    assert lines[1:3] == ["Vereniging Voorbeeld (VV)", "Utrecht"]


def test_a_text_not_glued_is_left_alone():
    text = "Over de ziekte. HoofdletselHeb je je hoofd gestoten? Wat doe je bij een val?Leg het been hoog."
    assert unglued_blocks(text) == text


def test_tei_plain_text_reads_its_headings_and_publisher():
    item = ingest_leaflets(LEAFLETS / "hemofilie.txt", root=LEAFLETS)[0]
    leaflet = item.leaflet
    assert leaflet.title == "Leven met hemofilie: wat je zelf kunt doen bij een bloeding"
    assert "Nijkerk" not in leaflet.publisher and leaflet.publisher.count("Nederlandse") == 1
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert {"Wat is hemofilie?", "Wat doe je bij een bloeding?", "Hoofdletsel", "Sporten en dagelijks leven",
            "Tandarts en prikken"} <= headings
