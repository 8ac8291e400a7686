"""A leaflet's publisher where its own text states it and nothing read it (red team 33): a word
processor's paragraph style "Publisher", docutils' docinfo field "Organisatie", a cover line in
English ("Oosterpark Health Centre · General Practice"), a hospital group ("Noordwest
Ziekenhuisgroep"), a PDF's running header that repeats the cover's first line, a section
headed "Uitgever". Staff filter search by publisher and users see it cited; a department, a
partner or a first sentence is still no publisher."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from leaflet_files import ingest_file_as

from ingest.pipeline import ingest_file
from ingest.structure import publisher_in, running_sender

LEAFLETS = Path(__file__).parent / "data" / "redteam33_leaflets"

BODY = ("Wat is hartfalen?\n\n"
        "Bij hartfalen pompt het hart minder goed. U wordt sneller moe en kortademig.\n\n"
        "Wat kunt u zelf doen?\n\n"
        "Weeg uzelf elke ochtend. Gebruik weinig zout en drink niet meer dan is afgesproken.\n")
HTML_BODY = ("<h2>Wat is hartfalen?</h2><p>Bij hartfalen pompt het hart minder goed. U wordt sneller moe "
             "en kortademig.</p><h2>Wat kunt u zelf doen?</h2><p>Weeg uzelf elke ochtend. Gebruik weinig zout "
             "en drink niet meer dan is afgesproken.</p>")


def _ingest(tmp_path: Path, text: str, name: str):
    return ingest_file_as(tmp_path, name, text)


def _texts(ingested) -> list[str]:
    return [passage.text for passage in ingested.passages]


# ------------------------------------------------------------------ the red team's leaflets


def test_libreoffice_publisher_paragraph():
    ingested = ingest_file(LEAFLETS / "hartecho.html")
    assert ingested.leaflet.publisher == "Noordwest Ziekenhuisgroep"
    assert ingested.leaflet.title == "Echocardiografie (echo van het hart)"
    assert not any("Noordwest" in text for text in _texts(ingested))


def test_pdf_running_header_names_the_hospital():
    ingested = ingest_file(LEAFLETS / "haarnestcyste.pdf")
    assert ingested.leaflet.publisher == "Maas & Kempen Ziekenhuis"
    assert ingested.leaflet.title == "Haarnestcyste (sinus pilonidalis): de operatie"


def test_docutils_docinfo_organisation():
    ingested = ingest_file(LEAFLETS / "morton-neuroom.html")
    assert ingested.leaflet.publisher == "Voetencentrum Utrecht"
    assert ingested.leaflet.updated == "2025-11-11"
    assert not any("Organisatie" in text or "Versie" in text for text in _texts(ingested))


def test_english_cover_line_is_read_and_no_passage():
    ingested = ingest_file(LEAFLETS / "sore-throat-en.html")
    assert ingested.leaflet.publisher == "Oosterpark Health Centre"
    assert ingested.passages[0].headings == ("What is a throat infection?",)
    assert not any("Oosterpark" in text for text in _texts(ingested))


def test_masthead_as_the_first_body_line(tmp_path):
    """botscan.html less the site's link bar over its masthead (a fault of its own)."""
    html = (LEAFLETS / "botscan.html").read_text(encoding="utf-8")
    page = tmp_path / "botscan.html"
    page.write_text(re.sub(r"<p><a href=\"/\">Home</a>.*?</p>\n", "", html, count=1), encoding="utf-8")
    ingested = ingest_file(page)
    assert ingested.leaflet.publisher == "Ziekenhuis De Vallei"
    assert ingested.passages[0].headings == ("Waarom een botscan?",)


# ------------------------------------------------------------------ the rules, on other leaflets


@pytest.mark.parametrize(("line", "publisher"), [
    ("Isala · Longgeneeskunde · Patiënteninformatie", "Isala"),  # no word says "hospital": the style does
    ("Ziekenhuisgroep Twente · Longgeneeskunde", "Ziekenhuisgroep Twente"),
])
def test_a_paragraph_styled_publisher_names_it(tmp_path, line, publisher):
    page = ("<?xml version='1.0' encoding='UTF-8'?><html xmlns='http://www.w3.org/1999/xhtml'><head>"
            "<title>Hartfalen</title></head><body>"
            f"<p class='Publisher'>{line}</p><p class='Title'>Hartfalen</p>{HTML_BODY}</body></html>")
    ingested = _ingest(tmp_path, page, "hartfalen.html")
    assert ingested.leaflet.publisher == publisher
    assert not any(publisher in text for text in _texts(ingested))


@pytest.mark.parametrize("field", ["Organisatie", "Organization"])
def test_a_docinfo_organisation_names_the_publisher(tmp_path, field):
    rst = ("=========\nHartfalen\n=========\n\n"
           f":{field}: Amphia · Cardiologie\n:Versie: 3\n:Datum: 4 februari 2026\n\n"
           "Wat is hartfalen?\n=================\n\nBij hartfalen pompt het hart minder goed. U wordt sneller moe "
           "en kortademig.\n\nWat kunt u zelf doen?\n=====================\n\nWeeg uzelf elke ochtend. "
           "Gebruik weinig zout.\n")
    ingested = _ingest(tmp_path, rst, "hartfalen.rst")
    assert ingested.leaflet.publisher == "Amphia"
    assert not any("Amphia" in text for text in _texts(ingested))


def test_a_docinfo_table_of_docutils_html4_names_the_publisher(tmp_path):
    page = ("<html><head><title>Hartfalen</title></head><body><div class='document'><h1 class='title'>Hartfalen"
            "</h1><table class='docinfo'><tbody><tr class='organization field'><th class='docinfo-name'>"
            "Organisatie:</th><td class='field-body'>Hartcentrum Noord · Cardiologie</td></tr>"
            f"<tr><th class='docinfo-name'>Versie:</th><td>2</td></tr></tbody></table>{HTML_BODY}</div></body></html>")
    assert _ingest(tmp_path, page, "hartfalen.html").leaflet.publisher == "Hartcentrum Noord"


@pytest.mark.parametrize(("masthead", "publisher"), [
    ("Riverside Hospital · Cardiology Department", "Riverside Hospital"),
    ("Meadow Health Centre · General Practice", "Meadow Health Centre"),
    ("Noordwest Ziekenhuisgroep · Cardiologie", "Noordwest Ziekenhuisgroep"),
])
def test_a_cover_line_in_english_or_naming_a_group(tmp_path, masthead, publisher):
    text = (f"{masthead}\n\nHeart failure\n\nWhat is heart failure?\n\nIn heart failure the heart pumps less well. "
            "You get tired and short of breath sooner.\n\nWhat can you do?\n\nWeigh yourself every morning. "
            "Use little salt.\n")
    ingested = _ingest(tmp_path, text, "heart-failure.txt")
    assert ingested.leaflet.publisher == publisher
    assert ingested.leaflet.title == "Heart failure"
    assert not any(publisher in text for text in _texts(ingested))


def test_a_section_headed_uitgever_names_the_publisher(tmp_path):
    text = ("# Hartfalen\n\n## Uitgever\n\nFysiotherapie De Brug, Zwolle\n\n" + BODY.replace("Wat is", "## Wat is")
            .replace("Wat kunt", "## Wat kunt"))
    ingested = _ingest(tmp_path, text, "hartfalen.md")
    assert ingested.leaflet.publisher == "Fysiotherapie De Brug"
    assert ingested.leaflet.title == "Hartfalen"  # the label is no subtitle


@pytest.mark.parametrize("opening", [
    "Afdeling Cardiologie",  # a department alone
    "Department of Cardiology",
    "In samenwerking met Stichting Hartwijzer",  # a partner
    "Deze folder gaat over hartfalen en wat u er zelf aan kunt doen.",  # a first sentence
    "Uitgave: Cardiologie, maart 2026",  # a department after the publisher's label
])
def test_no_publisher_where_the_leaflet_names_none(tmp_path, opening):
    assert _ingest(tmp_path, f"{opening}\n\nHartfalen\n\n{BODY}", "hartfalen.txt").leaflet.publisher == ""


@pytest.mark.parametrize(("lines", "publisher"), [
    (["Maas & Kempen Ziekenhuis · Chirurgie · patiënteninformatie", "Chirurgie · patiënteninformatie"],
     "Maas & Kempen Ziekenhuis"),
    (["Neurologie, Zorggroep Amstelland", "3 juli 2025"], "Zorggroep Amstelland"),  # a man page's footer
    (["Anna Ziekenhuis Geldrop", "Pagina 2 van"], "Anna Ziekenhuis Geldrop"),
    # a site's menu run into its name, a title beside it, a copyright line among links: no masthead
    (["Martini-Noord Ziekenhuis Patiënten Bezoekers Afdelingen Contact Zoeken"], ""),
    (["Dermatology – Scabies Rivierenland Oost Hospital", "Scabies Rivierenland Oost Hospital"], ""),
    (["Privacy | Cookies | © Rijnstreek Ziekenhuis"], ""),
    (["Kinderziekenhuis Noordhorn 4"], ""),
])
def test_the_publisher_a_running_header_names(lines, publisher):
    assert running_sender(lines) == publisher


@pytest.mark.parametrize(("line", "publisher"), [
    ("Sportfysiotherapie Het Kuitenpad, Leiden", "Sportfysiotherapie Het Kuitenpad"),
    ("Ziekenhuis Oost-Achterhoek · Neurologie", "Ziekenhuis Oost-Achterhoek"),
    ("Afdeling Communicatie, Ziekenhuis Rijnoever", "Ziekenhuis Rijnoever"),
    ("Cardiologie", ""),
    ("In samenwerking met Stichting Hartwijzer", ""),
    ("Organisatie:", ""),
])
def test_the_publisher_a_marked_line_names(line, publisher):
    assert publisher_in(line) == publisher
