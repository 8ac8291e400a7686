"""Red team 24: dblatex's front matter. A running header whose page label changes from roman
numerals ("… ii") to a count of its own ("… 1 / 2") is furniture; the pages numbered in roman
before the body, tables without sentences (collaborators, revisions), go, and the newest
revision row's date dates the leaflet."""

from __future__ import annotations

from pdf_factory import Line, Placed, make_pdf

from ingest.pdf.furniture import row_keys
from ingest.pipeline import ingest_file

HEADER = "Natte maculadegeneratie"
BODY = ("De macula is het midden van het netvlies. Daarmee ziet u scherp en leest u. Bij de natte vorm "
        "groeien er kleine bloedvaatjes onder het netvlies.")


def _header(label: str) -> Placed:
    return Placed(f"{HEADER} {label}", 56, 797, 10)


def _row(y: float, *cells: str) -> list[Placed]:
    return [Placed(cell, 90 + 130 * number, y, 9) for number, cell in enumerate(cells)]


def _pages() -> list[list]:
    title = [Placed(HEADER, 200, 486, 18.6, bold=True), Placed("Behandeling met injecties", 150, 411, 18.6, bold=True)]
    people = [_header("ii"), Placed("MEDEWERKERS", 276, 753, 9, bold=True),
              *_row(678, "ACTIE", "NAAM", "DATUM", "Handtekening"), *_row(642, "GESCHREVEN DOOR", "", "5 december 2026"),
              Placed("HERZIENINGEN", 278, 545, 9, bold=True), *_row(520, "NUMMER", "DATUM", "BESCHRIJVING", "NAAM"),
              *_row(496, "2.1", "3 maart 2023", "Tekst nagelezen", "JK"),
              *_row(460, "3.0", "14 december 2025", "Faricimab toegevoegd", "MvdB"),
              *_row(424, "1.0", "1 juni 2020", "Eerste versie", "JK")]
    contents = [_header("iii"), Placed("Inhoudsopgave", 56, 749, 12.9, bold=True),
                Placed("1 Wat is het?", 56, 710, 10), Placed("1", 530, 710, 10),
                Placed("2 De behandeling", 56, 682, 10), Placed("2", 530, 682, 10)]
    first = [_header("1 / 2"), Placed("1 Wat is het?", 56, 749, 12.9, bold=True), Placed(BODY[:90], 56, 721, 10),
             Placed(BODY[90:], 56, 709, 10)]
    second = [_header("2 / 2"), Placed("2 De behandeling", 56, 749, 12.9, bold=True),
              Placed("De arts geeft een injectie in het oog. U voelt vooral druk.", 56, 721, 10)]
    return [title, people, contents, first, second]


def test_dblatex_front_matter_and_its_running_header_go_and_the_newest_revision_dates_it(tmp_path):
    path = tmp_path / "macula.pdf"
    path.write_bytes(make_pdf(_pages()))
    item = ingest_file(path)
    text = " ".join(passage.text for passage in item.passages)
    assert "MEDEWERKERS" not in text and "Faricimab" not in text and "december" not in text
    assert f"{HEADER} ii" not in text and "1 / 2" not in text and "2 / 2" not in text
    assert item.passages[0].headings[-1] == "1 Wat is het?"
    assert item.leaflet.updated == "2025-12-14"


def test_a_row_keeps_a_key_without_its_page_label_whatever_the_count():
    assert row_keys(f"{HEADER} ii", 2) & row_keys(f"{HEADER} 1 / 2", 4)
    assert not row_keys("Stap twee", 2) & row_keys("Stap drie", 3)
