"""Who sends a leaflet, read from its cover where no catalog or metadata says so: staff filter
search by publisher and the coverage report lists it, and a leaflet in a plain folder named its
sender only on its cover ("Huisartsenpraktijk De Linde" over the title). A title that carries its
year ("Griepprik 2025") is no leaflet number."""

from __future__ import annotations

from pathlib import Path

import pytest
from leaflet_files import ingest_file_as

from ingest.catalog import load_catalog

BODY = ("Wie krijgt een uitnodiging?\n\n"
        "U krijgt een uitnodiging voor de griepprik als u 60 jaar of ouder bent, of als u een chronische "
        "ziekte heeft.\n\n"
        "Wanneer is de griepprik?\n\n"
        "De griepprik wordt gegeven in oktober en november. Neem uw uitnodiging mee.\n\n"
        "Bijwerkingen\n\n"
        "Na de griepprik kan uw arm een paar dagen pijnlijk zijn. Dat gaat vanzelf over.\n")


def _ingest(tmp_path: Path, text: str, name: str = "griepprik.txt", catalog=None):
    return ingest_file_as(tmp_path, name, text, catalog=catalog)


def test_a_title_with_its_year_under_the_masthead_is_the_title(tmp_path):
    leaflet = _ingest(tmp_path, "Huisartsenpraktijk De Linde\n\nGriepprik 2025\n\n" + BODY).leaflet
    assert leaflet.title == "Griepprik 2025"
    assert leaflet.publisher == "Huisartsenpraktijk De Linde"


@pytest.mark.parametrize("reference", ["Folder 1187", "Patiëntenvoorlichting nr. 2019", "Folder PI-2025"])
def test_a_leaflet_number_over_the_title_is_still_no_title(tmp_path, reference):
    leaflet = _ingest(tmp_path, f"{reference}\n\nGriepprik voor ouderen\n\n" + BODY).leaflet
    assert leaflet.title == "Griepprik voor ouderen"


@pytest.mark.parametrize(("masthead", "sender"), [
    ("Ziekenhuis De Linde > Patiënten > Folders", "Ziekenhuis De Linde"),
    ("Informatie van de GGD Hollands Noorden", "GGD Hollands Noorden"),
    ("Huisartsenpraktijk De Linde (GP practice)", "Huisartsenpraktijk De Linde"),
])
def test_the_sender_is_the_organisation_a_masthead_names(tmp_path, masthead, sender):
    assert _ingest(tmp_path, f"{masthead}\n\nDe griepprik\n\n" + BODY).leaflet.publisher == sender


def test_the_sender_is_the_organisation_a_byline_under_the_title_names(tmp_path):
    text = "De griepprik\n\nStichting Hartwijzer, vereniging voor mensen met een hartritmestoornis\n\n" + BODY
    assert _ingest(tmp_path, text).leaflet.publisher == "Stichting Hartwijzer"


def test_the_catalog_names_the_publisher_before_the_cover(tmp_path):
    (tmp_path / "catalog.toml").write_text('[leaflets."griepprik.txt"]\npublisher = "Thuisarts"\n',
                                           encoding="utf-8")
    catalog = load_catalog(tmp_path / "catalog.toml")
    text = "Huisartsenpraktijk De Linde\n\nGriepprik 2025\n\n" + BODY
    assert _ingest(tmp_path, text, catalog=catalog).leaflet.publisher == "Thuisarts"


def test_front_matter_names_the_publisher_before_the_cover(tmp_path):
    text = "---\ntitle: Griepprik\npublisher: Thuisarts\n---\n\nHuisartsenpraktijk De Linde\n\n" + BODY
    assert _ingest(tmp_path, text, name="griepprik.md").leaflet.publisher == "Thuisarts"


def test_a_cover_that_names_no_organisation_names_no_sender(tmp_path):
    assert _ingest(tmp_path, "Griepprik 2025\n\n" + BODY).leaflet.publisher == ""


def test_an_organisation_named_in_the_body_is_no_sender(tmp_path):
    text = "Griepprik 2025\n\n" + BODY + "\nMeer weten?\n\nHuisartsenpraktijk De Linde\n"
    assert _ingest(tmp_path, text).leaflet.publisher == ""


@pytest.mark.parametrize(("cover", "sender"), [
    ("Afdeling Cardiologie\n\nZiekenhuis Rijnoever", "Ziekenhuis Rijnoever"),  # a department sends nothing
    ("Afdeling Cardiologie, Ziekenhuis Rijnoever", "Ziekenhuis Rijnoever"),
    ("Polikliniek Cardiologie", ""),
    ("Hartcentrum Noord\n\nZiekenhuis Rijnoever", "Ziekenhuis Rijnoever"),  # a centre may be a hospital's
    ("Medisch Centrum Zuiderhaven Polikliniek Neurologie", "Medisch Centrum Zuiderhaven"),
    ("Ziekenhuis Rijnoever Stichting Apneu Nederland", "Ziekenhuis Rijnoever"),  # two logos on one line
])
def test_the_sender_is_an_institution_not_its_department(tmp_path, cover, sender):
    assert _ingest(tmp_path, f"{cover}\n\nDe griepprik\n\n" + BODY).leaflet.publisher == sender


@pytest.mark.parametrize("under_title", ["Welkom in het Slaapcentrum", "Over het Slaapcentrum"])
def test_a_subtitle_that_names_a_centre_is_no_sender(tmp_path, under_title):
    assert _ingest(tmp_path, f"De griepprik\n\n{under_title}\n\n" + BODY).leaflet.publisher == ""


def test_a_partner_is_no_sender_nor_part_of_the_title(tmp_path):
    leaflet = _ingest(tmp_path, "De griepprik\n\nIn samenwerking met\n\nStichting Hart en Vaat\n\n" + BODY).leaflet
    assert (leaflet.title, leaflet.publisher) == ("De griepprik", "")


@pytest.mark.parametrize("reference", ["Folder 2043", "Patiëntenfolder 1998"])
def test_a_leaflets_number_like_a_year_stays_text(tmp_path, reference):
    ingested = _ingest(tmp_path, f"{reference}\n\nGriepprik voor ouderen\n\n" + BODY)
    assert ingested.leaflet.title == "Griepprik voor ouderen"
    assert any(reference in passage.text for passage in ingested.passages)
