"""Findings of red-team 6, each on a small inline leaflet: the title of a plain-text leaflet
under an organisation's name, contact headings over phone numbers and addresses, a date in a
web page's meta line inside the article, and a month and year in a PDF footer."""

from __future__ import annotations

import textwrap

import pytest
from pdf_factory import Line, Placed, make_pdf

from ingest.dates import find_updated, is_date_line
from ingest.pipeline import ingest_file
from tests.test_ingest_html_markup import INTRO, _ingested

BODY = ("U bent zwanger of u wilt zwanger worden. Veel vrouwen gebruiken in die periode wel eens "
        "een medicijn, bijvoorbeeld tegen hoofdpijn of misselijkheid. Sommige medicijnen kunnen "
        "schadelijk zijn voor het ongeboren kind.")


def _text_leaflet(tmp_path, text: str, name: str = "folder.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


# ---------------------------------------------------------------- the title of plain text

@pytest.mark.parametrize("masthead", [
    "Huisartsenpraktijk De Linde",
    "Ziekenhuis Rijnoever\nAfdeling Gynaecologie",
    "Lindelaan 12, 3812 AB Amersfoort",
])
def test_an_organisation_or_address_line_over_the_title_is_no_title(tmp_path, masthead):
    text = f"{masthead}\nZwanger en medicijnen\n\nBijgewerkt: 14 maart 2025\n\nOver deze folder\n{BODY}\n"
    item = _text_leaflet(tmp_path, text)
    assert item.leaflet.title == "Zwanger en medicijnen"
    assert all(p.text != "Zwanger en medicijnen" for p in item.passages)
    assert item.passages[-1].headings == ("Over deze folder",)
    assert item.passages[-1].text == BODY


@pytest.mark.parametrize(("text", "title"), [
    # a title over its subtitle and the organisation: the first line stays the title
    ("Voedselallergie bij kinderen\nInformatie voor ouders\n\nNederlands Anafylaxis Netwerk\n\n"
     f"Wat is een voedselallergie?\n{BODY}\n", "Voedselallergie bij kinderen"),
    # a title that names a hospital in its words is still the title
    (f"Naar het ziekenhuis\nWat neemt u mee?\n\nOver deze folder\n{BODY}\n", "Naar het ziekenhuis"),
    # a name that is no organisation's ("Multiple Sclerose") is a title
    (f"Multiple Sclerose\nWat u moet weten\n\nOver deze folder\n{BODY}\n", "Multiple Sclerose"),
    # two organisation lines and no title under them: the first line, as before
    (f"Ziekenhuis Rijnoever\nAfdeling Cardiologie\n\nOver deze folder\n{BODY}\n", "Ziekenhuis Rijnoever"),
])
def test_the_first_line_stays_the_title_when_no_masthead_stands_over_it(tmp_path, text, title):
    assert _text_leaflet(tmp_path, text).leaflet.title == title


# ---------------------------------------------------------------- contact headings

PREVIOUS = ("Groeit het over?\nEen allergie voor koemelk groeit bij de meeste kinderen over. "
            "De kinderarts controleert dit regelmatig.\n\n")


@pytest.mark.parametrize(("heading", "details"), [
    ("Contact", "Huisartsenpraktijk De Linde, Lindelaan 12, 3812 AB Amersfoort\n"
                "Telefoon: 033 - 461 22 90 (bel tussen 8.00 en 10.00 uur)\n"
                "Spoed overdag: 033 - 461 22 99"),
    ("Meer informatie en contact", "Polikliniek Kinderallergologie: 088 - 755 61 20 (ma t/m vr 9.00-12.00 uur)\n"
                                   "Bij een ernstige reactie: altijd 112\nwww.allergiesamen.nl"),
    ("Vragen", "Mail naar poli.kno@rijnoever.example\nof bel (020) 566 91 11"),
])
def test_a_heading_over_contact_details_is_a_heading(tmp_path, heading, details):
    text = f"Voedselallergie bij kinderen\n\n{PREVIOUS}{heading}\n{details}\n"
    item = _text_leaflet(tmp_path, text)
    assert [p.headings for p in item.passages] == [("Groeit het over?",), (heading,)]
    assert item.passages[0].text.endswith("De kinderarts controleert dit regelmatig.")
    assert item.passages[1].text.startswith(details.split("\n")[0][:20])


def test_a_name_over_its_details_is_no_heading_but_the_heading_over_both_is(tmp_path):
    details = "Huisartsenpraktijk De Linde\nLindelaan 12, 3812 AB Amersfoort\nTelefoon: 033 - 461 22 90"
    item = _text_leaflet(tmp_path, f"Voedselallergie bij kinderen\n\n{PREVIOUS}Contact\n{details}\n")
    assert [p.headings for p in item.passages] == [("Groeit het over?",), ("Contact",)]
    assert item.passages[1].text == details.replace("\n", "\n\n")
    # with no heading over them, the names stay text of the section they stand in
    names = ("Koninklijk Nederlands Genootschap voor Fysiotherapie\nWebsite: www.defysiotherapeut.com\n\n"
             "Nederlandse Vereniging voor Dermatologie\nWebsite: www.nvdv.nl")
    item = _text_leaflet(tmp_path, f"Voedselallergie bij kinderen\n\n{PREVIOUS}{names}\n")
    assert [p.headings for p in item.passages] == [("Groeit het over?",)]


def test_short_lines_over_short_lines_are_still_no_headings(tmp_path):
    text = (f"Voedselallergie bij kinderen\n\n{PREVIOUS}Neem mee naar de afspraak\nUw medicijnen\n"
            "Uw verzekeringspasje\nEen lijst met vragen\n")
    item = _text_leaflet(tmp_path, text)
    assert [p.headings for p in item.passages] == [("Groeit het over?",)]
    assert "Neem mee naar de afspraak" in item.passages[0].text


# ---------------------------------------------------------------- a meta line in the article

def _article(meta: str) -> str:
    """A page whose article is long enough that trafilatura drops its meta paragraph."""
    sections = "".join(f"<h2>{heading}</h2><p>{text}</p>" for heading, text in [
        ("Voorbereiding", "Uw kind moet nuchter zijn voor de narcose. Tot 6 uur voor de operatie mag uw kind "
                          "nog een lichte maaltijd eten, zoals een boterham."),
        ("Na de operatie", "Laat uw kind veel drinken, dat is het belangrijkste. Gewoon eten mag; zacht eten "
                           "is vaak prettiger."),
    ])
    return ("<html><head><title>Keelamandelen</title></head><body><main><article>"
            f'<h1>Keelamandelen knippen</h1><p class="meta">{meta}</p>{INTRO}{sections}'
            "</article></main></body></html>")


@pytest.mark.parametrize("meta", [
    "Afdeling KNO · Laatst gewijzigd: 9 januari 2025",
    "Afdeling Keel-, Neus- en Oorheelkunde | Laatst gewijzigd: 9 januari 2025",
    "Laatst gewijzigd: 9 januari 2025 · Afdeling KNO",
])
def test_a_labelled_date_among_the_fields_of_a_meta_line_dates_the_leaflet(tmp_path, meta):
    assert _ingested(tmp_path, _article(meta)).leaflet.updated == "2025-01-09"


def test_a_meta_line_without_an_update_statement_dates_nothing(tmp_path):
    assert _ingested(tmp_path, _article("Afdeling KNO · Spreekuur 9 januari 2025")).leaflet.updated == ""


# ---------------------------------------------------------------- a month and year in a footer

@pytest.mark.parametrize(("footer", "iso"), [
    ("Trombosedienst Midden-Brabant | TD-012 versie 4, januari 2025 | pagina 1 van 2", "2025-01"),
    ("Sint Anna Ziekenhuis | CHI-045 | mei 2023 |", "2023-05"),
    ("CHI-045 - mei 2023 - pagina 2", "2023-05"),
    ("versie 3 | 12-05-2024", "2024-05-12"),
])
def test_a_date_beside_a_document_code_or_version_dates_the_leaflet(footer, iso):
    assert find_updated(footer) == iso


@pytest.mark.parametrize("text", [
    "In mei 2023 kreeg u een brief van ons.",
    "Sint Anna Ziekenhuis | mei 2023 | pagina 1",  # a date beside no code or version
    "Het onderzoek ABC-123 liep van mei 2023 tot juni 2024.",
    "De studie NCT-01234 uit mei 2023 liet dat zien.",
])
def test_a_month_and_year_elsewhere_dates_nothing(text):
    assert find_updated(text) == ""


def test_a_footer_line_of_code_and_date_is_a_date_line():
    assert is_date_line("CHI-045 | mei 2023")
    assert not is_date_line("Sint Anna Ziekenhuis | CHI-045 | mei 2023 | Afdeling Chirurgie")


def _footed_pages(footer: str) -> list[list]:
    def body(text: str) -> list[Line]:
        return [Line(line, 10, gap=6 if i == 0 else 0) for i, line in enumerate(textwrap.wrap(text, 88))]

    first = [Line("Galblaas verwijderen", 20, bold=True, gap=20)]
    first += body("U heeft galstenen die klachten geven. Daarom wordt uw galblaas verwijderd met een kijkoperatie.")
    first += [Line("Voorbereiding", 13, bold=True, gap=14)] + body("U moet zes uur voor de operatie nuchter zijn.")
    second = [Line("Na de operatie", 13, bold=True, gap=20)]
    second += body("Na de operatie blijft u een nacht in het ziekenhuis. U mag een week niet autorijden.")
    return [page + [Placed(footer.format(n=n), 56, 30, 8)] for n, page in enumerate([first, second], 1)]


@pytest.mark.parametrize(("footer", "iso"), [
    ("Sint Anna Ziekenhuis | CHI-045 | mei 2023 | {n}", "2023-05"),
    ("Trombosedienst Midden-Brabant | TD-012 versie 4, januari 2025 | pagina {n} van 2", "2025-01"),
])
def test_a_pdf_footer_with_a_code_and_a_month_dates_the_leaflet(tmp_path, footer, iso):
    path = tmp_path / "galblaas.pdf"
    path.write_bytes(make_pdf(_footed_pages(footer)))
    item = ingest_file(path)
    assert "CHI-045" not in item.text and "TD-012" not in item.text
    assert item.leaflet.updated == iso


def test_a_disease_name_with_a_number_is_no_document_code():
    from ingest.dates import find_updated, is_date_line

    assert find_updated("TD-012 versie 4, januari 2025") == "2025-01"
    assert not is_date_line("COVID-19 | maart 2020") and find_updated("COVID-19 | maart 2020") == ""
