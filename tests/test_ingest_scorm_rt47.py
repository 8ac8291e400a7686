"""Red team 47, findings 2.5 and 2.8: an e-learning page read as text (a SCORM module's page
through htmlparser2's `textContent`, eXeLearning's through htmlement's `itertext`)."""

from pathlib import Path

from ingest.clean.furniture import is_ui_line
from ingest.code_blocks import is_program_line, without_program_lines
from ingest.glued_blocks import unglued_blocks
from ingest.pipeline import ingest_leaflets
from ingest.web_dump import without_page_chrome

LEAFLETS = Path(__file__).parent / "data" / "redteam47_leaflets"


def _ingested(tmp_path: Path, text: str):
    path = tmp_path / "les.txt"
    path.write_text(text, encoding="utf-8")
    return ingest_leaflets(path, root=tmp_path)[0]


def test_script_statements_are_program_lines():
    assert is_program_line("var score = 0;")
    assert is_program_line('function next() { pipwerks.SCORM.set("cmi.core.lesson_location", "module4"); '
                           'pipwerks.SCORM.save(); }')
    assert is_program_line("pipwerks.SCORM.save();")
    assert is_program_line('document.body.className+=" js"')
    assert is_program_line("body { margin: 0; padding: 0; }")


def test_leaflet_lines_are_no_program_lines():
    for line in ("Kijk op www.thuisarts.nl (zie ook de folder).", "Let op: neem dit niet in;",
                 "return to the clinic if the pain gets worse;", "De dosis = 5 mg;", "Dosering: 2 x per dag;"):
        assert not is_program_line(line), line


def test_statement_glued_before_the_text_goes():
    assert without_program_lines('document.body.className+=" js"Skip navigation\nTekst') == "Skip navigation\nTekst"


def test_player_buttons_and_credit_are_interface():
    for line in ("Vorige Markeer als voltooid Volgende", "Next »", "« Previous", "Vorige | Volgende",
                 "Skip navigation", "Made with eXeLearning (new window)", "Mark as complete Next"):
        assert is_ui_line(line), line
    for line in ("Volgende", "Vorige", "Made with love, for every patient.", "Gemaakt met medewerking van de afdeling"):
        assert not is_ui_line(line), line


def test_glued_blocks_are_set_a_line_each():
    text = ("Skip navigationFever tipsFever tips\nFever is common.It passes.What to do?Drink water.\n"
            "Rest well;drink often;sleep.Last updated: 12 December 2025Next »Made with X")
    lines = unglued_blocks(text).split("\n")
    assert "Skip navigation" in lines
    assert "Last updated: 12 December 2025" in lines
    assert "Next »" in lines
    assert "What to do?" in lines
    assert "Rest well;" in lines


def test_text_with_few_seams_is_left_alone():
    text = "Zie www.Thuisarts.nl voor meer.\nBel ons via WhatsApp.Of mail ons."
    assert unglued_blocks(text) == text


def test_course_header_and_menu_are_masthead():
    text = ("E-learning Reizigersadvies Module 3 van 7\nMenu\nIntroductieReizen en infectiesHepatitis AGele koortsRabiësAfsluitende toets\n\n"
            "Vaccinatie tegen hepatitis A\nWat is hepatitis A?\nHepatitis A is een ontsteking van de lever.\n")
    kept, furniture = without_page_chrome(text)
    assert kept.split("\n")[:3] == ["", "", ""]
    assert "Vaccinatie tegen hepatitis A" in kept
    assert "E-learning Reizigersadvies Module 3 van 7" in furniture


def test_menu_line_alone_stays():
    text = "Menu\n• ontbijt: brood\n• lunch: salade\n\nEet gevarieerd.\n"
    assert without_page_chrome(text)[0] == text


def test_scorm_page_reads_as_its_leaflet(tmp_path):
    item = ingest_leaflets(LEAFLETS / "hepatitis-a-vaccinatie.txt", root=LEAFLETS)[0]
    assert item.leaflet.title == "Vaccinatie tegen hepatitis A"
    text = "\n".join(passage.text for passage in item.passages)
    assert "pipwerks" not in text and "var score" not in text and "Markeer als voltooid" not in text
    headings = [passage.headings[-1] for passage in item.passages if passage.headings]
    assert "Wie heeft de vaccinatie nodig?" in headings


def test_exelearning_page_reads_as_its_leaflet():
    item = ingest_leaflets(LEAFLETS / "hepatitis-a-vaccinatie-en.txt", root=LEAFLETS)[0]
    assert item.leaflet.title == "Hepatitis A vaccination"
    assert item.leaflet.updated == "2025-12-12"
    text = "\n".join(passage.text for passage in item.passages)
    assert "className" not in text and "Skip navigation" not in text and "eXeLearning" not in text
    headings = [passage.headings[-1] for passage in item.passages if passage.headings]
    assert "Who needs the vaccination?" in headings and "Contact" in headings
