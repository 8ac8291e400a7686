"""Red team 47: a Moodle book's print view through a tag stripper (the print button's text was
the title, the print's details and a contents line glued into one were passages), and a web
page run into one line (gazpacho's strip: the title was the file's name, the breadcrumb opened
the first passage and the wiki's page actions closed the last)."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.book_print import without_book_print
from ingest.pipeline import ingest_file
from ingest.run_on_page import titled_by_breadcrumb, without_page_actions
from ingest.text_contents import without_glued_contents

LEAFLETS = Path(__file__).parent / "data" / "redteam47_leaflets"
BODY = ("Wat is het?\nHet is een veelvoorkomende ziekte. De meeste mensen worden niet ernstig ziek.\n\n"
        "Wat kunt u doen?\nRust goed uit en drink voldoende water. Neem zo nodig paracetamol.\n\n"
        "Wanneer belt u de huisarts?\nBel de huisarts als u na een week niet beter bent.\n")


def _ingest(tmp_path: Path, text: str, name: str = "boek.txt"):
    return ingest_file_as(tmp_path, name, text)


def _print_view(button: str = "Print this book", date: str = "Date:Tuesday, 10 March 2026, 14:02") -> str:
    return (f"{button}\nWaterpokken bij kinderen\n\nSite:Leerplatform Jeugdgezondheid\n"
            f"Course:Voorlichting ouders\nBook:Waterpokken bij kinderen\nPrinted by:Guest user\n{date}\n\n"
            "Table of contentsWat is het?Wat kunt u doen?Wanneer belt u de huisarts?\n"
            "DescriptionInformatie voor ouders over waterpokken.\n\n" + BODY)


def test_a_book_print_view_is_titled_by_the_book_and_loses_its_furniture(tmp_path: Path) -> None:
    item = _ingest(tmp_path, _print_view())
    texts = " ".join(p.text for p in item.passages)
    assert item.leaflet.title == "Waterpokken bij kinderen"
    for furniture in ("Print this book", "Printed by", "Guest user", "Course:", "Table of contents", "Description"):
        assert furniture not in texts
    assert "Informatie voor ouders over waterpokken." in texts
    assert item.leaflet.updated == ""  # the print's date is no date of the leaflet


def test_the_redteam_print_view(tmp_path: Path) -> None:
    item = ingest_file(LEAFLETS / "mpox.txt", root=LEAFLETS)
    texts = " ".join(p.text for p in item.passages)
    assert item.leaflet.title == "Mpox: informatie voor mensen met een besmetting"
    assert item.leaflet.updated == "2026-02-27"
    assert "Afgedrukt door" not in texts and "Inhoudsopgave" not in texts and "Dit boek afdrukken" not in texts
    assert item.passages[0].text.startswith("Informatie voor patiënten over mpox")


def test_fields_without_who_printed_the_book_are_the_leaflets() -> None:
    text = "Praktische informatie\nSite:www.example.nl\nBoek:Gezond eten\nDatum:3 maart 2026\n\nTekst.\n"
    assert without_book_print(text).text == text


def test_a_contents_line_glued_from_the_headings_that_follow_goes() -> None:
    text = "Intro.\nInhoudsopgave1. Wat?2. Hoe lang?3. Contact\n\n1. Wat?\nA.\n\n2. Hoe lang?\nB.\n\n3. Contact\nC.\n"
    assert "Inhoudsopgave" not in without_glued_contents(text)
    assert without_glued_contents(text).count("1. Wat?") == 1


def test_a_line_that_names_two_later_headings_stays() -> None:
    text = "Koorts Hoofdpijn\n\nKoorts\nA.\n\nHoofdpijn\nB.\n"
    assert without_glued_contents(text) == text


ONE_LINE = ("Start / Gezond werken / Goed slapen na de nachtdienst Goed slapen na de nachtdienstVoorlichting "
            "voor medewerkers. Waarom is slapen lastig? Uw lichaam heeft een biologische klok. Slaap in een "
            "donkere kamer en gebruik oordoppen. Bijgewerkt: 4 maart 2026 Laatst bewerkt door J. de Groot, "
            "bedrijfsarts 04-03-2026 Tags: slaap nachtdienst Bewerken Geschiedenis Bron bekijken\n")


def test_a_one_line_page_is_titled_by_its_breadcrumb_and_loses_its_page_actions(tmp_path: Path) -> None:
    item = _ingest(tmp_path, ONE_LINE, "ploegendienst.txt")
    texts = " ".join(p.text for p in item.passages)
    assert item.leaflet.title == "Goed slapen na de nachtdienst"
    assert not texts.startswith("Start /") and "Gezond werken" not in texts
    for furniture in ("Bewerken", "Geschiedenis", "Tags:", "Laatst bewerkt"):
        assert furniture not in texts
    assert texts.endswith("Bijgewerkt: 4 maart 2026")
    assert item.leaflet.updated == "2026-03-04"


def test_a_trail_whose_last_step_no_heading_repeats_gives_no_title() -> None:
    text = "Start / Gezond werken / Goed slapen Voorlichting voor medewerkers die slecht slapen.\n"
    assert titled_by_breadcrumb(text).title == ""


def test_a_sentence_ending_in_history_stays() -> None:
    text = "Vraag naar uw medische geschiedenis.\n"
    assert without_page_actions(text) == (text, [])


def test_a_word_that_only_opens_with_the_descriptions_label_keeps_it() -> None:
    text = _print_view().replace("DescriptionInformatie voor ouders", "Descriptions for parents")
    assert "Descriptions for parents" in without_book_print(text).text
