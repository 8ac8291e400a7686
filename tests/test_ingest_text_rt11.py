"""Findings of red-team 11 on plain text as `pdftotext -layout` writes it, each on a small
inline leaflet: form feeds between pages (pages to cite, a running header that must not become
the title, page numbers that must not become list items) and prose set in two columns side by
side, which must read column by column while a table of two columns keeps its rows."""

from __future__ import annotations

import re

import pytest
from leaflet_files import ingest_file_as

from ingest.clean import clean
from ingest.clean.columns import column_stretches
from ingest.clean.furniture import is_page_label
from ingest.clean.lines import split_lines
from ingest.source import SourceText
from ingest.text import load_text, split_pages

HEADER = "   Afdeling Neurologie – Slaapapneu                          Ziekenhuis Noordrand"

PAGE_1 = """
                  Slaapapneu: beter slapen met een CPAP

   Wat is slaapapneu?

   Bij slaapapneu stopt uw ademhaling tijdens de slaap steeds even. Dat gebeurt
   soms wel honderd keer per nacht. U wordt daar niet echt wakker van, maar uw
   slaap is onrustig en u bent overdag moe. Vaak snurkt u ook hard.

   Hoe stellen we het vast?

   U krijgt een kastje mee naar huis dat een nacht lang uw ademhaling meet. De
   longarts bespreekt de uitslag met u op het spreekuur.
"""
PAGE_2 = """
   De behandeling

   Met een CPAP-apparaat blaast een slang lucht door een masker in uw neus. Zo
   blijven de luchtwegen open en ademt u de hele nacht rustig door.

   Wennen aan het masker

   De eerste weken zijn vaak lastig. Draag het masker ook overdag een half uur
   terwijl u televisie kijkt, zodat u went aan het gevoel op uw gezicht.
"""
PAGE_3 = """
   Contact

   Heeft u vragen over uw apparaat? Bel de slaappoli op werkdagen tussen 9.00
   en 12.00 uur.

   Bijgewerkt: 3 maart 2025
"""


def _layout(pages: list[str], number=lambda n: f"- {n} -", header: str = HEADER) -> str:
    """Pages as `pdftotext -layout` writes them: a running header, the page number centred
    at the foot, a form feed after every page."""
    return "".join(f"{header}\n{page.rstrip()}\n\n{' ' * 38}{number(n)}\n\f"
                   for n, page in enumerate(pages, 1))


def _ingest(tmp_path, text: str, name: str = "slaapapneu.txt", encoding: str = "cp1252"):
    return ingest_file_as(tmp_path, name, text.replace("\n", "\r\n").encode(encoding), rooted=False)


# ---------------------------------------------------------------- T1: form feeds are pages

def test_form_feeds_page_the_text_and_the_running_header_is_no_title(tmp_path):
    result = _ingest(tmp_path, _layout([PAGE_1, PAGE_2, PAGE_3]))
    assert result.leaflet.title == "Slaapapneu: beter slapen met een CPAP"
    assert result.leaflet.paged
    assert result.leaflet.updated == "2025-03-03"
    texts = "\n".join(p.text for p in result.passages)
    assert "Ziekenhuis Noordrand" not in texts and "Afdeling Neurologie" not in texts
    pages = {p.headings[-1]: p.pages for p in result.passages}
    assert pages["Wat is slaapapneu?"] == (1,)
    assert pages["De behandeling"] == (2,)
    assert pages["Wennen aan het masker"] == (2,)
    assert pages["Contact"] == (3,)


def test_a_page_number_is_no_list_item_nor_passage(tmp_path):
    result = _ingest(tmp_path, _layout([PAGE_1, PAGE_2, PAGE_3]))
    assert not any(line.startswith("•") for p in result.passages for line in p.text.split("\n"))
    assert all(p.text.strip(" -•0123456789") for p in result.passages)


@pytest.mark.parametrize("number", [
    lambda n: f"- {n} -", lambda n: f"— {n} —", lambda n: str(n),
    lambda n: f"Pagina {n} van 3", lambda n: f"{n}/3",
])
def test_page_numbers_at_a_page_edge_are_furniture_in_any_usual_form(number):
    text, starts, _ = split_pages(_layout([PAGE_1, PAGE_2, PAGE_3], number))
    assert len(starts) == 3
    for n in (1, 2, 3):
        assert number(n) not in text.split("\n") and f"   {number(n)}" not in text


def test_the_pages_start_at_the_form_feeds_and_keep_their_count():
    text = "een\n\ftwee\n\f\fvier\n\f"
    kept, starts, _ = split_pages(text)
    assert kept == text  # no furniture on pages this short
    assert starts == (0, 4, 10, 11)  # the empty third page still counts; the last feed starts none


def test_the_running_header_dates_the_leaflet_from_the_furniture():
    header = "   Slaapapneu                                   Herzien: januari 2024"
    _, _, furniture = split_pages(_layout([PAGE_1, PAGE_2, PAGE_3.replace("Bijgewerkt", "Gedrukt")], header=header))
    assert "Herzien: januari 2024" in furniture.split("\n")


def test_a_sentence_runs_on_over_a_page_break(tmp_path):
    first = PAGE_1.rstrip() + "\n\n   Na de uitslag krijgt u een afspraak bij de leverancier van het apparaat, die"
    second = "   u uitlegt hoe u het masker opzet en schoonmaakt.\n" + PAGE_2
    result = _ingest(tmp_path, _layout([first, second, PAGE_3]))
    joined = [p for p in result.passages if "leverancier" in p.text]
    assert len(joined) == 1
    assert "apparaat, die u uitlegt hoe u het masker" in joined[0].text
    assert joined[0].pages == (1, 2)


def test_text_without_form_feeds_stays_unpaged():
    source = load_text("Titel\n\nEen zin.\n".encode(), "x.txt")
    assert source.page_starts == () and source.furniture == ""


# ---------------------------------------------------------------- T2: page numbers in unpaged text

@pytest.mark.parametrize("line", ["- 2 -", "— 12 —", "– 3 –", "Pagina 2 van 4", "Page 3 of 9", "blz. 4"])
def test_a_line_that_can_only_be_a_page_number_is_dropped(line):
    assert is_page_label(line)
    text = f"Roken\n\nRoken is slecht voor uw longen en uw hart.\n\n{line}\n\nStoppen loont altijd.\n"
    cleaned = clean(SourceText(text))
    assert line not in cleaned.text and "•" not in cleaned.text
    assert "Stoppen loont altijd." in cleaned.text


@pytest.mark.parametrize("line", ["2", "2/4", "- 2 tabletten per dag", "- 2", "1.5"])
def test_a_number_that_may_be_text_stays(line):
    assert not is_page_label(line)


# ---------------------------------------------------------------- T3: two columns of prose

COLUMNS = """
   Hulp bij het wennen

   Het masker                                De slang en de bevochtiger
   Er zijn neusmaskers, mondmaskers          Een verwarmde slang en een
   en kussentjes die alleen in de neus-      bevochtiger voorkomen dat uw
   gaten zitten. De verpleegkundige kiest    neus en mond uitdrogen. Vul de
   er samen met u een uit. Past het niet     bevochtiger elke avond met
   goed, dan lekt er lucht langs uw ogen.    gekookt water.
   Was het masker elke ochtend met water     Vervang het water elke dag en
   en een beetje zeep.                       maak de slang wekelijks schoon.

   Wat kost het?

   De zorgverzekeraar vergoedt het apparaat uit de basisverzekering.
"""


def test_two_columns_of_prose_read_one_after_the_other(tmp_path):
    result = _ingest(tmp_path, _layout([PAGE_1, COLUMNS, PAGE_3]))
    by_heading = {p.headings[-1]: p.text for p in result.passages}
    assert by_heading["Het masker"].startswith(
        "Er zijn neusmaskers, mondmaskers en kussentjes die alleen in de neusgaten zitten.")
    assert by_heading["Het masker"].endswith("Was het masker elke ochtend met water en een beetje zeep.")
    assert by_heading["De slang en de bevochtiger"] == (
        "Een verwarmde slang en een bevochtiger voorkomen dat uw neus en mond uitdrogen. Vul de bevochtiger "
        "elke avond met gekookt water. Vervang het water elke dag en maak de slang wekelijks schoon.")


def test_columns_run_on_over_a_paragraph_break_and_uneven_lengths():
    text = """\
   Links begint een alinea die over een    Rechts staat een tweede tekst die
   paar regels doorloopt en dan eindigt.   ook een paar regels doorloopt, en
                                           pas hier eindigt hij.

   Een tweede alinea links, die na een     Rechts staat ook een tweede
   lege regel verder gaat in dezelfde      alinea, korter dan die links.
   kolom en dan stopt.
"""
    cleaned = clean(SourceText(text))
    assert [block.text for block in cleaned.blocks] == [
        "Links begint een alinea die over een paar regels doorloopt en dan eindigt.",
        "Een tweede alinea links, die na een lege regel verder gaat in dezelfde kolom en dan stopt.",
        "Rechts staat een tweede tekst die ook een paar regels doorloopt, en pas hier eindigt hij.",
        "Rechts staat ook een tweede alinea, korter dan die links.",
    ]


def test_a_column_piece_maps_back_to_where_it_stands():
    text = """\
   Het eerste stuk tekst loopt hier     Het tweede stuk tekst staat
   door op de volgende regel en nog     rechts ernaast en loopt ook
   een keer tot het einde toe.          door tot hier.
"""
    cleaned = clean(SourceText(text))
    right = next(block for block in cleaned.blocks if block.text.startswith("Het tweede"))
    assert text[cleaned.source_offset(right.start):].startswith("Het tweede stuk")


@pytest.mark.parametrize("table", [
    # a table of two columns: each row's cells belong together
    """\
   Pijnstiller                  Hoeveel per dag?
   Paracetamol                  Hoogstens 4 keer 1 gram
   Ibuprofen                    Hoogstens 3 keer 400 milligram
   Naproxen                     Hoogstens 2 keer 250 milligram
""",
    # labels over their values, one per row
    """\
   Telefoon polikliniek         020 555 12 34
   Spoedeisende hulp            020 555 99 99
   Afsprakenbureau              020 555 12 00
   E-mail                       slaappoli@noordrand.nl
""",
])
def test_a_table_of_two_columns_keeps_its_rows(table):
    lines = split_lines(table)
    assert column_stretches(lines) == {}
    cleaned = clean(SourceText(table))
    for line in (line for line in table.split("\n") if line.strip()):
        cells = re.split(r" {2,}", line.strip())  # one row per line, its two cells apart
        assert " | ".join(cells) in cleaned.text.split("\n"), cleaned.text


def test_a_table_of_three_columns_is_still_read_as_a_table(tmp_path):
    table = """
   Klacht                     Hoe lang?           Wat helpt?
   Droge mond                 enkele weken        bevochtiger hoger zetten
   Drukplek op de neus        een paar dagen      ander masker proberen
   Lekkend masker             tot het past        bandjes bijstellen
"""
    result = _ingest(tmp_path, _layout([PAGE_1, PAGE_2 + table, PAGE_3]))
    assert any("Drukplek op de neus | een paar dagen | ander masker proberen" in p.text for p in result.passages)


def test_a_two_page_text_drops_its_running_header_too(tmp_path):
    result = _ingest(tmp_path, _layout([PAGE_1, PAGE_2 + PAGE_3]))
    assert result.leaflet.title == "Slaapapneu: beter slapen met een CPAP"
    assert not any("Ziekenhuis Noordrand" in p.text for p in result.passages)
    assert {p.headings[-1]: p.pages for p in result.passages}["Contact"] == (2,)


def test_a_heading_that_repeats_elsewhere_on_two_pages_stays():
    pages = ["Uitleg\n\nEerste alinea over het onderwerp.\nMeer tekst.\n",
             "Andere kop\n\nTweede alinea.\nUitleg\n\nDerde alinea over iets anders.\n"]
    text, _, furniture = split_pages("\f".join(pages))
    assert text.count("Uitleg") == 2 and furniture == ""
