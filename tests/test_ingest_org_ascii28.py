"""Red team 28: Emacs Org's ASCII export (`org-ascii-export-to-ascii`): its framed title in
capitals, its contents list, its table of two columns ruled under the header."""
from pathlib import Path

from ingest.pipeline import ingest_file
from ingest.text import load_text
from ingest.text_contents import without_contents
from ingest.title_frame import framed_title, unshouted

BODY = ("  Bij stotteren loopt het spreken niet vloeiend. Een kind met stotteren herhaalt\n"
        "  klanken, en bij jonge kinderen gaat het vaak vanzelf over.\n\n\n")
FRAME = ("                    ________________________________\n\n"
         "                      STOTTEREN BIJ JONGE KINDEREN\n\n"
         "                     Logopediepraktijk De Klankkast\n"
         "                    ________________________________\n\n\n"
         "                            3 november 2025\n\n\n")
CONTENTS = ("Table of Contents\n_________________\n\n1. Wat is stotteren?\n2. Gaat het vanzelf over?\n"
            "3. Wat kunt u doen?\n\n\n")
HEADINGS = "".join(f"{title}\n{'=' * len(title)}\n\n{BODY}" for title in
                   ("1 Wat is stotteren?", "2 Gaat het vanzelf over?", "3 Wat kunt u doen?"))
TABLE = ("   Gewone haperingen                   Mogelijk stotteren                       \n"
         "  ------------------------------------------------------------------------------\n"
         "   hele woorden herhalen (\"ik ik ik\")  delen van woorden herhalen (\"ka-ka-kat\") \n"
         "   ontspannen, zonder moeite           spanning in gezicht of lijf              \n"
         "   kind merkt het niet                 kind wordt boos of stopt met praten      \n"
         "   komt en gaat                        houdt langer dan drie maanden aan        \n\n\n")


def test_the_title_framed_by_rules_is_the_title_in_the_case_the_text_writes_its_words():
    framed = framed_title(FRAME + HEADINGS)
    assert framed.title == "Stotteren bij jonge kinderen"
    assert framed.furniture == ("Logopediepraktijk De Klankkast", "3 november 2025")
    assert [line for line in framed.text.split("\n") if line.strip()][:2] == [framed.title, "1 Wat is stotteren?"]


def test_a_word_in_capitals_the_text_writes_nowhere_else_stays_so():
    assert unshouted("COPD BIJ KINDEREN", "Dit gaat over ziekte bij kinderen.") == "COPD bij kinderen"
    assert unshouted("Al in hoofdletters niet", "tekst") == "Al in hoofdletters niet"


def test_a_text_that_opens_with_a_rule_over_a_paragraph_keeps_it():
    text = "________\n\n" + "Een lange zin " * 5 + "\n________\n\n" + BODY
    assert framed_title(text).text == text


def test_an_org_contents_list_under_its_underline_whose_numbers_carry_a_dot_is_blanked():
    kept = [line for line in without_contents(CONTENTS + HEADINGS).split("\n") if line.strip()]
    assert kept[0] == "1 Wat is stotteren?" and "Table of Contents" not in kept


def test_an_org_export_reads_its_title_date_and_leaves_out_its_title_block_and_contents(tmp_path: Path):
    path = tmp_path / "stotteren.txt"
    path.write_text(FRAME + CONTENTS + HEADINGS, encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Stotteren bij jonge kinderen" and item.leaflet.updated == "2025-11-03"
    assert item.passages[0].headings[-1] == "1 Wat is stotteren?"
    assert not any("____" in p.text or "Table of Contents" in p.text for p in item.passages)


def test_a_two_column_table_ruled_under_its_header_reads_row_by_row(tmp_path: Path):
    path = tmp_path / "tabel.txt"
    path.write_text(HEADINGS.replace(BODY, BODY + TABLE, 1), encoding="utf-8")
    text = "\n".join(p.text for p in ingest_file(path).passages)
    assert "Gewone haperingen | Mogelijk stotteren" in text
    assert 'hele woorden herhalen ("ik ik ik") | delen van woorden herhalen ("ka-ka-kat")' in text
    assert "kind merkt het niet | kind wordt boos of stopt met praten" in text


def test_load_text_takes_the_framed_title_as_the_sources_title():
    assert load_text((FRAME + HEADINGS).encode(), "s.txt").title == "Stotteren bij jonge kinderen"
