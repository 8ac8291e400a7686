"""Findings of red-team 7 on dates and covers, each on a small inline leaflet: the wordings a
leaflet dates itself with ("Geplaatst op ...", "Deze folder is vastgesteld op ..."), a letterhead
in capitals over the title of plain text, and the cover lines (masthead, subtitle) that became
passages of a few words."""

from __future__ import annotations

import pytest
from pdf_factory import make_pdf

from ingest.dates import find_updated, is_date_line
from ingest.pipeline import ingest_file
from ingest.structure import _is_capitals_name

BODY = ("Migraine is een aanvalsgewijze, bonzende hoofdpijn, meestal aan één kant van het hoofd. "
        "Een aanval duurt 4 uur tot 3 dagen. Vaak bent u misselijk en kunt u niet tegen licht.")
SECOND = "Wat kan ik zelf doen?\nGa liggen in een donkere, stille kamer. Slapen helpt vaak.\n"


def _text_leaflet(tmp_path, text: str, name: str = "folder.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


# ---------------------------------------------------------------- 3b: dates

@pytest.mark.parametrize(("text", "iso"), [
    ("Geplaatst op 5 mei 2022 door de redactie, in samenwerking met kinderdermatologen", "2022-05-05"),
    (f"{BODY}\n\nDeze folder is vastgesteld op 3 februari 2023.", "2023-02-03"),
    ("Gepubliceerd: 12-03-2024", "2024-03-12"),
    ("Published: 5 May 2022", "2022-05-05"),
    ("Posted on May 5, 2022 by the editors", "2022-05-05"),
    ("Reviewed: 3 March 2024", "2024-03-03"),
    ("This leaflet was reviewed in March 2024.", "2024-03"),
])
def test_a_leaflet_dated_by_publication_or_approval_has_that_date(text, iso):
    assert find_updated(text) == iso


@pytest.mark.parametrize("text", [
    "De diagnose werd vastgesteld op 3 februari 2023.",  # a diagnosis, not the leaflet
    "Het onderzoek werd gepubliceerd in maart 2019 en liet zien dat het middel werkt.",  # a study
    "Uw dosis wordt aangepast op 12 juni 2024.",
])
def test_these_words_in_a_sentence_date_no_leaflet(text):
    assert find_updated(text) == ""
    assert not is_date_line(text)


@pytest.mark.parametrize(("text", "iso"), [
    # a later update overrules the first publication, whichever comes first
    ("Geplaatst op 5 mei 2022\n\nHerzien: 1 juni 2023", "2023-06-01"),
    ("Gepubliceerd: 12-03-2019 | Bijgewerkt: 04-06-2023", "2023-06-04"),
    ("Laatst bijgewerkt: 2 juli 2025\n\nGeplaatst op 5 mei 2022", "2025-07-02"),
    # and a publication line beats an update word in passing
    ("Geplaatst op 5 mei 2022\n\nSinds het protocol is herzien in maart 2019 ...", "2022-05-05"),
])
def test_an_update_outranks_a_publication(text, iso):
    assert find_updated(text) == iso


def test_a_date_line_with_its_byline_is_metadata():
    assert is_date_line("Geplaatst op 5 mei 2022 door de redactie, in samenwerking met kinderdermatologen")
    assert not is_date_line("Op 5 mei 2022 bespreekt de arts met u de uitslag door te bellen.")


def test_the_last_line_of_a_pdf_dates_it(tmp_path):
    path = tmp_path / "knie.pdf"
    path.write_bytes(make_pdf([["Een nieuwe knie", "", BODY, "",
                                "Deze folder is vastgesteld op 3 februari 2023."]]))
    assert ingest_file(path).leaflet.updated == "2023-02-03"


def test_a_web_pages_posted_line_dates_it(tmp_path):
    html = ("<html><body><h1>Eczeem bij kinderen</h1>"
            '<p class="meta">Geplaatst op 5 mei 2022 door de redactie, in samenwerking met artsen</p>'
            f"<p>{BODY}</p><h2>Smeren</h2><p>{BODY}</p></body></html>")
    assert _text_leaflet(tmp_path, html, "eczeem.html").leaflet.updated == "2022-05-05"


# ---------------------------------------------------------------- 3c: a letterhead in capitals

@pytest.mark.parametrize("letterhead", [
    "HUISARTSENPRAKTIJK DE BRINK - RAALTE",
    "SINT ANNA ZIEKENHUIS",
    "Huisartsenpraktijk De Brink - Raalte",
])
def test_a_letterhead_over_the_title_is_no_title_nor_a_passage(tmp_path, letterhead):
    text = f"{letterhead}\n\nMIGRAINE\nInformatie voor patiënten\n\nWat is migraine?\n{BODY}\n\n{SECOND}"
    item = _text_leaflet(tmp_path, text)
    assert item.leaflet.title == "Migraine"  # cited in the case the text writes it in
    assert [p.headings for p in item.passages] == [("Wat is migraine?",), ("Wat kan ik zelf doen?",)]


@pytest.mark.parametrize("title", ["OPNAME IN HET ZIEKENHUIS", "NAAR DE HUISARTSENPOST"])
def test_a_title_in_capitals_that_names_a_place_of_care_stays_the_title(tmp_path, title):
    text = f"{title}\nInformatie voor patiënten\n\nWat neemt u mee?\n{BODY}\n"
    assert _text_leaflet(tmp_path, text).leaflet.title == title.capitalize()  # in sentence case


# ---------------------------------------------------------------- cover lines are no passages

def test_a_masthead_over_the_title_becomes_no_passage(tmp_path):
    text = f"Huisartsenpraktijk De Linde\nZwanger en medicijnen\n\nBijgewerkt: 14 maart 2025\n\nWat is migraine?\n{BODY}\n"
    item = _text_leaflet(tmp_path, text)
    assert item.leaflet.title == "Zwanger en medicijnen"
    assert [p.text for p in item.passages] == [BODY]


def test_a_subtitle_and_publisher_under_the_title_become_no_passage(tmp_path):
    text = ("VOEDSELALLERGIE BIJ KINDEREN\nInformatie voor ouders\n\n"
            "Nederlands Anafylaxis Netwerk / Vereniging Allergie Samen\nDatum: 21 augustus 2024\n\n"
            f"Wat is een voedselallergie?\n\n{BODY}\n")
    item = _text_leaflet(tmp_path, text)
    assert item.leaflet.updated == "2024-08-21"
    assert [(p.headings, p.text) for p in item.passages] == [(("Wat is een voedselallergie?",), BODY)]


def test_a_department_under_the_title_goes_but_the_intro_stays(tmp_path):
    intro = "U heeft een niersteen, of uw arts denkt dat u er een heeft. In deze folder leest u meer."
    text = (f"Nierstenen\n==========\n\nAfdeling Urologie, Catharina Ziekenhuis Oss\nVersie 4 - oktober 2021\n\n"
            f"{intro}\n\nWat is migraine?\n{BODY}\n")
    item = _text_leaflet(tmp_path, text)
    assert [(p.headings, p.text) for p in item.passages] == [((), intro), (("Wat is migraine?",), BODY)]


def test_a_line_under_the_title_over_body_text_is_a_heading_not_a_subtitle(tmp_path):
    item = _text_leaflet(tmp_path, f"Migraine\nWat u moet weten\n{BODY}\n\n{SECOND}")
    assert item.passages[0].headings == ("Wat u moet weten",) and item.passages[0].text == BODY


def test_a_name_after_the_first_body_text_stays_text(tmp_path):
    item = _text_leaflet(tmp_path, f"Migraine\n\n{BODY}\n\nHuisartsenpraktijk De Linde\n\n{SECOND}")
    assert item.passages[0].text == f"{BODY}\n\nHuisartsenpraktijk De Linde"


def test_a_leaflet_of_nothing_but_cover_lines_keeps_them(tmp_path):
    # a scan's text layer may hold no more than its title, twice: that is still the leaflet's text
    item = _text_leaflet(tmp_path, "Na uw operatie\nNa de opname\n")
    assert [p.text for p in item.passages] == ["Na de opname"]


# ---------------------------------------------------------------- review 18

@pytest.mark.parametrize("line", [
    "Geplaatst op 5 mei 2022 door de redactie",
    "Geplaatst op 5 mei 2022 door dr. J. de Vries, kinderarts",
    "Posted on May 5, 2022 by Dr. J. Smith and M. Jones.",
])
def test_a_date_line_with_a_short_byline_is_metadata(line):
    assert is_date_line(line)


@pytest.mark.parametrize("line", [
    "Geplaatst op 5 mei 2022 door de arts in uw bloed: een katheter.",
    "Geplaatst op 5 mei 2022 door de verpleegkundige. Zij legt u uit wat er gaat gebeuren.",
    "Geplaatst op 5 mei 2022 door de huisarts die u morgen belt over de uitslag",
])
def test_a_sentence_after_door_is_no_byline(line):
    assert not is_date_line(line)


def test_a_sentence_after_a_posted_date_stays_in_the_text(tmp_path):
    sentence = "Geplaatst op 5 mei 2022 door de arts in uw bloed: een katheter."
    item = _text_leaflet(tmp_path, f"Migraine\n\n{BODY}\n\n{sentence}\n\n{SECOND}")
    assert any(sentence in passage.text for passage in item.passages), item.passages


def test_capitals_without_an_organisations_word_are_no_name():
    # _is_capitals_name expects an organisation's word among its words; without one it raised
    # StopIteration (its caller checks words split at spaces, it reads them by a pattern)
    assert not _is_capitals_name("OPNAME IN HET HUIS")
    assert _is_capitals_name("SINT ANNA ZIEKENHUIS")
