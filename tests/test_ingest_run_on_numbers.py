"""A sentence that goes on after a word no sentence ends with ("van 0 tot", "van 8.30 tot") is
one sentence, also where the next line opens with a number and a full stop ("10. Neem ..."),
which reads like a numbered item, and where the line before it is short."""

from __future__ import annotations

from pdf_factory import Placed, ingest_pdf, make_drawn_pdf

from ingest.clean import clean
from ingest.clean.lines import number_goes_on
from ingest.source import SourceText


def cleaned(text: str) -> str:
    return clean(SourceText(text, "plain")).text


def test_a_number_after_a_word_no_sentence_ends_with_goes_on_the_sentence():
    assert number_goes_on("hoe erg die is, op een schaal van 0 tot", "10. Neem het dagboek mee.")
    assert not number_goes_on("hoe erg die is, op een schaal van 0 tot", "1. Neem het dagboek mee.")  # a list's first
    assert not number_goes_on("Neem het dagboek mee naar uw afspraak.", "10. Neem het dagboek mee.")
    assert not number_goes_on("9. Pijnstillers", "10. Rust")  # an item's last word ends it
    assert not number_goes_on("op een schaal van 0 tot", "• Neem het dagboek mee.")  # a bullet is an item


def test_cleaning_joins_a_numbered_looking_line_to_the_sentence_it_goes_on():
    text = ("Houd drie maanden bij op welke dagen u pijn heeft en hoe erg die is, op een schaal van 0 tot\n"
            "10. Neem het dagboek mee naar uw afspraak.\n")
    assert "op een schaal van 0 tot 10. Neem het dagboek mee" in cleaned(text)
    steps = "Doe het zo:\n\n1. Was uw handen.\n2. Neem de pen uit de doos.\n3. Zet de naald op de pen.\n"
    assert "\n2. Neem de pen" in cleaned(steps) and "\n3. Zet de naald" in cleaned(steps)


def test_a_short_line_that_ends_in_tot_goes_on_in_the_next():
    """A short line before a capital or a number stays apart when it reads as a title; one that
    ends in "tot" ("op werkdagen van 8.30 tot") cannot end one."""
    text = ("Vragen?\n\nBel de polikliniek op werkdagen van 8.30 tot\n"
            "16.30 uur via 071 555 23 40. Buiten deze tijden belt u de huisartsenpost.\n")
    assert "van 8.30 tot 16.30 uur via" in cleaned(text)


def test_a_sentence_that_runs_over_a_page_into_a_number_stays_one(tmp_path):
    """The next page opens with "10." after "op een schaal van 0 tot": read as a numbered item,
    the sentence was cut at the page break."""
    first = [Placed("Een pijndagboek", 54, 760, 14, True),
             Placed("Houd drie maanden bij op welke dagen u pijn heeft en hoe erg die is, op een", 54, 740, 10),
             Placed("schaal van 0 tot", 54, 727, 10)]
    second = [Placed("10. Neem het dagboek mee naar uw afspraak; het helpt de arts om te zien of de", 54, 760, 10),
              Placed("pijn samenhangt met uw cyclus.", 54, 747, 10)]
    result = ingest_pdf(tmp_path, make_drawn_pdf([first, second]))
    diary = next(passage for passage in result.passages if "dagboek" in passage.text)
    assert "schaal van 0 tot 10. Neem het dagboek mee" in diary.text and diary.pages == (1, 2)
