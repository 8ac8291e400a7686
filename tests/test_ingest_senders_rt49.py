"""Sender lines in clean text that named no organisation's word, or held a name's own comma list, or
stood before the first section of a text with no title (red teams 47-50): the sender is the
publisher, and its line no passage of its own. A sentence, a person, a heading stay none."""

import pytest
from leaflet_files import ingest_leaflets_as

from ingest.structure import publisher_in, running_sender

BODY = ("<h2>Wat is het?</h2><p>Bij deze klacht heeft u vaak last van hoofdpijn en moeheid. Het gaat meestal "
        "vanzelf over.</p><h2>Wat kunt u doen?</h2><p>Neem voldoende rust en drink genoeg water. Bel de huisarts "
        "als het na een week niet beter gaat.</p>")


@pytest.mark.parametrize(("line", "sender"), [
    ("Ministerie van Volksgezondheid, Welzijn en Sport", "Ministerie van Volksgezondheid, Welzijn en Sport"),
    ("Angst, Dwang en Fobie stichting (ADF) – nieuwsbrief voor leden", "Angst, Dwang en Fobie stichting"),
    ("Nationale Vereniging voor Lupus, APS, Sclerodermie en MCTD (NVLE)",
     "Nationale Vereniging voor Lupus, APS, Sclerodermie en MCTD"),
    ("Aurora Pharma Benelux B.V., Leiden", "Aurora Pharma Benelux B.V."),
    ("Packager: Aurora Pharma Benelux B.V., Leiden", "Aurora Pharma Benelux B.V."),
    ("Houder van de vergunning voor het in de handel brengen: Apotex Nederland B.V., Leiden.", "Apotex Nederland B.V."),
])
def test_a_sender_line_names_its_organisation(line, sender):
    assert publisher_in(line) == sender


@pytest.mark.parametrize("line", [
    "Huisartsenpraktijk De Linde, Beek en Donk",  # a town's "en" is no name's list
    "Stichting Hartwijzer, Utrecht",
])
def test_a_comma_before_a_place_still_ends_the_name(line):
    assert publisher_in(line) == line.split(",")[0]


@pytest.mark.parametrize("line", [
    "Informatie voor huisartsen",  # whom it is for, in lower case: no name
    "Opname in Rijnstate ziekenhuis",  # a small word before the lower-case organisation's word
    "Wij zijn een landelijk platform voor patiënten.",  # a sentence
    "Jan de Vries",  # a person
    "Samen sterk tegen kanker",  # a slogan
    "Griep in Nederland",  # a heading that names the country
])
def test_no_sender_in_a_phrase_a_sentence_a_person_or_a_slogan(line):
    assert running_sender([line]) == ""


def test_a_byline_over_the_first_section_of_a_text_with_no_title_is_the_publisher(tmp_path):
    page = ("<html><head><title>Misofonie</title></head><body>"
            "<p>Stichting Misofonie Nederland – vraag en antwoord voor lotgenoten</p>"
            "<p>Laatst bijgewerkt: 30 september 2025</p>" + BODY + "</body></html>")
    [item] = ingest_leaflets_as(tmp_path, "misofonie.html", page)
    assert item.leaflet.publisher == "Stichting Misofonie Nederland"
    assert [list(p.headings) for p in item.passages] == [["Wat is het?"], ["Wat kunt u doen?"]]
    assert not any("lotgenoten" in p.text for p in item.passages)


def test_a_ministry_on_the_sender_line_beats_the_gazette_that_published_it(tmp_path):
    text = ("Jodiumtabletten bij een kernongeval\n\nMinisterie van Volksgezondheid, Welzijn en Sport\n\n"
            "Uitgave: Staatscourant, 12 maart 2026\n\nIn sommige gebieden krijgen huishoudens jodiumtabletten. "
            "Deze publicatie legt uit waarom.\n\nWaarom jodiumtabletten?\n\nEen jodiumtablet beschermt de "
            "schildklier tegen radioactief jodium. Neem de tablet alleen in als de overheid dat zegt.\n")
    [item] = ingest_leaflets_as(tmp_path, "jodium.txt", text)
    assert item.leaflet.publisher == "Ministerie van Volksgezondheid, Welzijn en Sport"
    assert not any("Ministerie" in p.text for p in item.passages)


@pytest.mark.parametrize(("line", "sender"), [
    ("Aurora Pharma Benelux B.V., Leiden", "Aurora Pharma Benelux B.V."),  # a company, its legal form and town
    ("Huisartsen Samen Leiden, praktijkondersteuners", "Huisartsen Samen Leiden"),
    ("Huisartsengroep Vleuten-De Meern", "Huisartsengroep Vleuten-De Meern"),
    ("MIND Landelijk Platform Psychische Gezondheid – kennisbank", "MIND Landelijk Platform Psychische Gezondheid"),
    ("Huidpatiënten Nederland – werkgroep koude en huid", "Huidpatiënten Nederland"),
    ("JGZ Utrecht – consultatiebureau", "JGZ Utrecht"),
])
def test_a_sender_line_under_the_title_is_the_publisher_and_no_passage(tmp_path, line, sender):
    page = ("<html><head><title>Hoofdpijn en moeheid</title></head><body>"
            f"<h1>Hoofdpijn en moeheid</h1><p>{line}</p>" + BODY + "</body></html>")
    [item] = ingest_leaflets_as(tmp_path, "leaflet.html", page)
    assert item.leaflet.publisher == sender
    assert not any(sender in p.text for p in item.passages)


def test_a_specialty_joined_to_the_name_by_en_stays_in_it():
    line = "Fysiotherapie en Huisartsen Gezondheidscentrum Kanaleneiland, Utrecht"
    assert publisher_in(line) == "Fysiotherapie en Huisartsen Gezondheidscentrum Kanaleneiland"
