"""A leaflet dated by a year alone ("Uitgave 2023", "© 2024 ..."), and dates that a page's
metadata gives as a month or a year."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.dates import find_updated, is_date_line
from ingest.pipeline import ingest_file
from leaflets.coverage import _age_days


@pytest.mark.parametrize(("text", "iso"), [
    ("Hartfalen\n\nTekst.\n\nUitgave 2023", "2023"),
    ("Hartfalen\n\nVersie 2.1 – 2024\n\nTekst.", "2024"),
    ("Laatst herzien: 2022", "2022"),
    ("Tekst.\n\n© 2024 Hartstichting, versie 3", "2024"),
    ("Tekst.\n\n© Hartstichting 2019-2024", "2024"),
    ("Folder 12 – Versie 2 – 2024 pagina 3 van 4", "2024"),
])
def test_a_year_alone_dates_the_leaflet(text, iso):
    assert find_updated(text) == iso


@pytest.mark.parametrize("text", [
    "Uitgave: 2000 exemplaren",  # a number, not a year
    "Sinds het protocol in 2019 is herzien krijgt u een katheter.",  # in passing
    "Versie 3, 2024-2025",  # a span
    f"© {date.today().year + 3} Hartstichting",  # a later year than this one
])
def test_a_number_that_is_no_year_of_the_leaflet(text):
    assert find_updated(text) == ""


@pytest.mark.parametrize(("text", "iso"), [
    ("Uitgave 2019\nHerzien: maart 2024", "2024-03"),
    ("Versie 2024\nDatum: 12-03-2024", "2024-03-12"),  # same rank: the exact date wins
    ("Laatst herzien: 2022\n\n© 2024 Hartstichting", "2022"),  # a statement beats a copyright
    ("© 2024 Hartstichting\n\nSinds het protocol is herzien in maart 2019.", "2024"),
])
def test_a_year_alone_gives_way_to_a_better_statement(text, iso):
    assert find_updated(text) == iso


def test_the_footer_dates_the_leaflet_when_the_text_only_names_a_copyright():
    assert find_updated("Tekst.\n\n© 2024 Hartstichting", "Hartfalen · versie 3, mei 2024 · pagina 2") == "2024-05"


def test_year_lines_are_metadata_but_a_count_is_text():
    assert is_date_line("Uitgave 2023") and is_date_line("Versie 2.1 – 2024")
    assert not is_date_line("Uitgave: 2000 exemplaren")


def test_a_year_alone_ages_from_its_first_day():
    today = date(2025, 1, 31)
    assert _age_days("2024", today) == 396
    assert _age_days("2024-12", today) == 61
    assert _age_days("", today) is None


@pytest.mark.parametrize(("meta", "iso"), [
    ('<p class="meta">Datum: 12-2023 · Foldernummer RE-118</p>', "2023-12"),
    ('<p class="meta">Uitgave 2022</p>', "2022"),
])
def test_a_page_dated_by_a_month_or_a_year_keeps_it(tmp_path, meta, iso):
    path = tmp_path / "jicht.html"
    body = "<p>Jicht is een vorm van gewrichtsontsteking. Drink minstens twee liter water per dag.</p>" * 3
    path.write_text(f"<html><body><main><h1>Jicht</h1>{body}{meta}</main></body></html>", encoding="utf-8")
    assert ingest_file(path, root=tmp_path).leaflet.updated == iso


@pytest.mark.parametrize(("front", "iso"), [("2025-03-01", "2025-03-01"), ("12 mei 2025", "2025-05-12"),
                                            ("2024", "2024"), ("2024-13", "")])
def test_front_matter_dates_in_any_form(tmp_path, front, iso):
    path = tmp_path / "jicht.md"
    path.write_text(f"---\ntitle: Jicht\ndate: {front}\n---\n\n# Jicht\n\nDrink minstens twee liter water per dag.\n",
                    encoding="utf-8")
    assert ingest_file(path, root=tmp_path).leaflet.updated == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("Uitgave: afdeling Longziekten, oktober 2024 (versie 3)", "2024-10"),
    ("Stand: 03/2025", "2025-03"),
    ("Zuletzt aktualisiert: 12.03.2025", "2025-03-12"),
    ("Dernière mise à jour : 12/03/2025", "2025-03-12"),
    ("Son güncelleme: 01.02.2025", "2025-02-01"),
])
def test_an_edition_line_and_translated_date_lines(text, iso):
    assert find_updated(text) == iso


@pytest.mark.parametrize("text", ["Data: 3 mei 2025 en 10 mei 2025", "Uitgave: 2000 exemplaren, 2024"])
def test_dates_in_a_list_or_a_count_are_not_the_leaflets(text):
    assert find_updated(text) == ""


def test_a_translations_data_line_dates_it_but_a_dutch_one_lists_dates():
    polish = "*Polska wersja ulotki „Jicht”. Data: 2025-03-01.*"
    assert find_updated(polish, language="pl") == "2025-03-01"
    assert find_updated("De cursus heeft vier bijeenkomsten.\nData: 3 juni 2025.") == ""  # Dutch: "dates"
    assert find_updated("Data: 3 juni 2025; 10 juni 2025", language="pl") == ""


@pytest.mark.parametrize("text", [
    "## Bronnen\n\nNHG Standaard, 2018",  # a source in a list, not a dateline
    "Totaal, 2000",
    "(a) pijn (b) koorts (c) Sinds 2015 vergoed?",  # "(c)" in a list
    "De copyright van deze tekst ligt sinds 1998 bij ons.",
    "Aangepast\n2020",  # a year on the next line
])
def test_a_year_that_no_label_on_its_line_states_is_no_date(text):
    assert find_updated(text) == ""


def test_a_source_list_does_not_outrank_the_copyright_line():
    assert find_updated("## Bronnen\n\nNHG Standaard, 2018\n\n© 2024 Ziekenhuis Oost") == "2024"
    assert not is_date_line("NHG Standaard, 2018")
