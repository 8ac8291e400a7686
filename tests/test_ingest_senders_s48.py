"""Senders named in one word ("Longfonds", "Hartstichting") and a leaflet under a mail's
greeting: the page's own title heads no section, and the line under it names the sender."""

import pytest
from leaflet_files import ingest_leaflets_as

from ingest.structure import running_sender

BODY = ("<h2>Wat is smog?</h2><p>Bij smog is er veel fijnstof of ozon in de lucht. Mensen met astma hebben er "
        "het meest last van.</p><h2>Wat kunt u doen?</h2><p>Blijf binnen als het RIVM een smogwaarschuwing geeft. "
        "Neem uw medicijnen zoals afgesproken.</p>")


@pytest.mark.parametrize("name", ["Longfonds", "Hartstichting", "Antoniusziekenhuis", "Prinses Beatrix Spierfonds"])
def test_a_one_word_organisation_in_a_running_header_is_the_sender(name):
    assert running_sender([name]) == name


@pytest.mark.parametrize("line", ["Hartcentrum", "Slaapcentrum", "Afdeling", "Jan Jansen", "Fonds"])
def test_a_centre_a_department_a_person_or_the_bare_word_is_none(line):
    assert running_sender([line]) == ""


def test_a_mails_sender_named_in_one_word_is_the_publisher(tmp_path):
    mail = ("MIME-Version: 1.0\nFrom: Longfonds <nieuwsbrief@longfonds.example>\nSubject: Smogdagen\n"
            "Date: Thu, 10 Jul 2025 08:00:05 +0200\nContent-Type: text/html; charset=utf-8\n\n"
            f"<html><head><title>Smog en uw longen</title></head><body><h1>Smog en uw longen</h1>{BODY}</body></html>\n")
    [item] = ingest_leaflets_as(tmp_path, "smog.eml", mail)
    assert item.leaflet.publisher == "Longfonds"


def test_a_greeting_over_the_pages_own_title_leaves_it_the_title_and_its_sender_line_cover(tmp_path):
    page = ("<html><head><title>Uw longfunctieonderzoek</title></head><body>"
            "<p>Beste mevrouw De Vries,</p><p>U heeft een afspraak op dinsdag 21 april om 9.30 uur. Hieronder leest u "
            "hoe u zich voorbereidt.</p><h1>Uw longfunctieonderzoek</h1>"
            "<p>Elkerliek ziekenhuis, Functieafdeling Longziekten, Helmond</p>" + BODY + "</body></html>")
    [item] = ingest_leaflets_as(tmp_path, "longfunctie.html", page)
    assert item.leaflet.title == "Uw longfunctieonderzoek"
    assert item.leaflet.publisher == "Elkerliek ziekenhuis"
    assert [list(p.headings) for p in item.passages][1:] == [["Wat is smog?"], ["Wat kunt u doen?"]]
    assert not any("Functieafdeling" in p.text for p in item.passages)


def test_a_dietetics_department_before_its_hospital_leaves_the_hospital_the_sender():
    from ingest.structure import _named_after_department
    assert _named_after_department(["Diëtetiek", " Isala Zwolle"]) == "Isala Zwolle"
