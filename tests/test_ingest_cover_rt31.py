"""Cover furniture red team 31 found left as text: a line under the title that names who sends
the leaflet and says more than a subtitle's few words ("Stichting …, vereniging voor …"), one
under a title slide of a deck that also names itself in `<title>`, one under a title that a
leaflet number over it hid from the cover; and a date line that ends the last passage, on a
line of its own in the source or in a field after the version."""

from __future__ import annotations

from pathlib import Path

import pytest
from leaflet_files import ingest_file_as

from ingest.dates import is_date_line
from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam31_leaflets"

BODY = ("Wat is het?\n"
        "Bij een hartritmestoornis klopt uw hart te snel, te langzaam of onregelmatig. Vaak is het onschuldig.\n\n"
        "Wanneer bellen?\n"
        "Bel de huisarts als u flauwvalt of pijn op de borst krijgt. Bel bij twijfel altijd even.\n")


def _ingest(tmp_path: Path, name: str, text: str):
    return ingest_file_as(tmp_path, name, text, rooted=False)


def _texts(ingested) -> str:
    return "\n".join(passage.text for passage in ingested.passages)


SENDER = "Stichting Hartwijzer, vereniging voor mensen met een hartritmestoornis en hun naasten"


def test_a_long_byline_under_a_plain_title_is_cover(tmp_path):
    ingested = _ingest(tmp_path, "ritme.txt", f"Hartritmestoornissen\n{SENDER}\n\n{BODY}")
    assert ingested.leaflet.title == "Hartritmestoornissen"
    assert "Hartwijzer" not in _texts(ingested)
    assert [passage.headings for passage in ingested.passages] == [("Wat is het?",), ("Wanneer bellen?",)]


def test_a_long_byline_under_a_marked_title_is_cover(tmp_path):
    body = BODY.replace("Wat is het?\n", "## Wat is het?\n\n").replace("Wanneer bellen?\n", "## Wanneer bellen?\n\n")
    ingested = _ingest(tmp_path, "ritme.md", f"# Hartritmestoornissen\n\n{SENDER}\n\n{body}")
    assert "Hartwijzer" not in _texts(ingested)
    assert all(passage.headings for passage in ingested.passages)


def test_a_short_byline_under_a_marked_title_joins_no_title(tmp_path):
    """A sender's line short enough for a subtitle, with a word the leaflet never uses again (the
    practice's name), is cover; it says who sends the leaflet, so it is no name of the subject
    to add to the title (red team 11's Ukrainian flu-jab leaflet)."""
    body = BODY.replace("Wat is het?\n", "## Wat is het?\n\n").replace("Wanneer bellen?\n", "## Wanneer bellen?\n\n")
    ingested = _ingest(tmp_path, "ritme.md",
                       f"# Hartritmestoornissen\n\n*Fysiotherapiepraktijk Lindeboom — vertaling*\n\n{body}")
    assert ingested.leaflet.title == "Hartritmestoornissen"
    assert "Lindeboom" not in _texts(ingested)


def test_a_long_byline_on_a_decks_title_slide_is_cover(tmp_path):
    """A deck written out slide by slide (every slide's title `# `): its title slide's sender."""
    body = BODY.replace("Wat is het?\n", "# Wat is het?\n\n").replace("Wanneer bellen?\n", "# Wanneer bellen?\n\n")
    ingested = _ingest(tmp_path, "ritme.md", f"# Hartritmestoornissen\n\n{SENDER}\n\n{body}")
    assert ingested.leaflet.title == "Hartritmestoornissen"
    assert [passage.headings for passage in ingested.passages] == [("Wat is het?",), ("Wanneer bellen?",)]


def test_a_long_line_that_names_no_organisation_stays_text(tmp_path):
    intro = "Wat u moet weten over de klachten, de behandeling en de controles bij de huisarts"
    ingested = _ingest(tmp_path, "ritme.txt", f"Hartritmestoornissen\n{intro}\n\n{BODY}")
    assert intro in _texts(ingested)


def test_a_leaflet_number_over_the_title_does_not_end_the_cover(tmp_path):
    """The number stays text (staff search by it); the byline under the title still goes."""
    text = ("Rijnoever | Hartcentrum\nFolder CAR-207\nHartritmestoornissen\n"
            "Hartcentrum, Ziekenhuis Rijnoever – patiënteninformatie\n\n" + BODY)
    ingested = _ingest(tmp_path, "ritme.txt", text)
    assert ingested.leaflet.title == "Hartritmestoornissen"
    assert "Folder CAR-207" in _texts(ingested) and "patiënteninformatie" not in _texts(ingested)


def _deck(title_slide: str) -> str:
    slides = "".join(f"<div class='slide'><h1>{heading}</h1><p>{text}</p></div>" for heading, text in (
        ("Wat is het?", "Bij een hartritmestoornis klopt uw hart te snel, te langzaam of onregelmatig."),
        ("Wanneer bellen?", "Bel de huisarts als u flauwvalt of pijn op de borst krijgt.")))
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Hartritmestoornissen</title></head>"
            f"<body><div class='presentation'><div class='slide'>{title_slide}</div>{slides}</div></body></html>")


def test_a_titled_decks_title_slide_over_its_sender_and_date_is_the_cover(tmp_path):
    """Pandoc's S5 sets the title slide's words as `<title>` too: the slide's heading is the
    title still, and the sender's line under it no passage."""
    slide = ("<h1>Hartritmestoornissen</h1><p>Poli Cardiologie, Ziekenhuis Rijnoever – informatieavond</p>"
             "<p>Uitgave: november 2025</p>")
    ingested = _ingest(tmp_path, "ritme.html", _deck(slide))
    assert ingested.leaflet.title == "Hartritmestoornissen" and ingested.leaflet.updated == "2025-11"
    assert "Rijnoever" not in _texts(ingested)
    assert [passage.headings for passage in ingested.passages] == [("Wat is het?",), ("Wanneer bellen?",)]


def test_a_titled_pages_short_first_section_stays_a_section(tmp_path):
    """Where the file names itself, a first heading over lines that name no sender heads a section."""
    ingested = _ingest(tmp_path, "ritme.html", _deck("<h1>Waar meldt u zich?</h1><p>Balie 12, tweede etage</p>"))
    assert ingested.passages[0].headings == ("Waar meldt u zich?",)
    assert "Balie 12" in ingested.passages[0].text


def test_a_date_line_glued_under_the_last_sentence_is_metadata(tmp_path):
    text = BODY + ("\nContact\nAfdeling Cardiologie, telefoon 038 424 50 00 (dag en nacht bereikbaar).\n"
                   "Laatst herzien: 12 december 2025\n")
    ingested = _ingest(tmp_path, "ritme.txt", "Hartritmestoornissen\n\n" + text)
    assert ingested.passages[-1].text == "Afdeling Cardiologie, telefoon 038 424 50 00 (dag en nacht bereikbaar)."
    assert ingested.leaflet.updated == "2025-12-12"


def test_a_wrapped_sentence_that_goes_on_like_a_date_stays(tmp_path):
    text = BODY + ("\nRichtlijn\nDe behandeling volgt de richtlijn van de cardiologen. Die richtlijn is\n"
                   "herzien op 12 maart 2024\n")
    ingested = _ingest(tmp_path, "ritme.txt", "Hartritmestoornissen\n\n" + text)
    assert ingested.passages[-1].text.endswith("Die richtlijn is herzien op 12 maart 2024")


@pytest.mark.parametrize("line", ["Versie 4 – uitgave september 2025", "Folder 12 | editie mei 2024"])
def test_a_version_beside_an_editions_date_is_a_date_line(line):
    assert is_date_line(line)


@pytest.mark.parametrize("line", ["Centrum Jeugd en Gezin Lingewaard | Versie maart 2026",
                                  "Lees ook de folder over de nieuwe behandeling – uitgave mei 2024"])
def test_more_than_a_version_beside_it_is_no_date_line(line):
    assert not is_date_line(line)


def test_a_version_and_edition_line_under_the_last_section_is_metadata(tmp_path):
    page = ("<html lang='nl'><head><title>Hartritmestoornissen</title></head><body><h1>Hartritmestoornissen</h1>"
            "<h2>Wat is het?</h2><p>Bij een hartritmestoornis klopt uw hart te snel of onregelmatig.</p>"
            "<h2>Contact</h2><p>Bel de poli Cardiologie: 038 424 50 00.</p>"
            "<p><em>Versie 4 – uitgave september 2025</em></p></body></html>")
    ingested = _ingest(tmp_path, "ritme.html", page)
    assert ingested.passages[-1].text == "Bel de poli Cardiologie: 038 424 50 00."
    assert ingested.leaflet.updated == "2025-09"


@pytest.mark.parametrize("name, gone", [
    ("helicobacter.html", "Maag-Darm-Leverpoli, Deventer Ziekenhuis"),
    ("postnatale-depressie.html", "vereniging voor moeders"),
    ("hartkatheterisatie.txt", "Isala Zwolle"),
    ("hartkatheterisatie.txt", "Laatst herzien"),
    ("huisstofmijt.html", "Versie 4"),
    ("knieartrose.txt", "Uitgave"),
])
def test_the_red_teams_cover_and_date_lines_are_in_no_passage(name, gone):
    ingested = ingest_file(DATA / name)
    assert gone not in _texts(ingested)
    assert all(passage.headings for passage in ingested.passages[1:])
