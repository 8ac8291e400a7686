"""Red team 24's links2 dump: the cookie notice (the site's name as its subject), the search
box ("_____ [ Zoek ]"), the menu under it, the "Ook interessant" box after the article (an ad
for a yoga class answered a question the leaflet does not, at confidence 1.00) and the
footer's statement links stayed as passages, and the title was the file's name."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.clean.furniture import is_cookie_bar

DUMP = """\
   Gelre ziekenhuizen gebruikt cookies om de website goed te laten werken en
   om het gebruik te meten. Met uw toestemming plaatsen we ook cookies van
   YouTube en sociale media.

   Alles accepteren Alleen noodzakelijke cookies Cookie-instellingen

   Gelre ziekenhuizen

   _____________________ [ Zoek ]
     * Patiënten & bezoekers
     * Specialismen
     * Afspraak maken
     * Contact

                            Jeuk in de zwangerschap

Wat is zwangerschapscholestase?

   Jeuk komt veel voor in de zwangerschap. Bij zwangerschapscholestase voert
   de lever de galzuren minder goed af. De galzuren hopen zich op in het
   bloed en geven jeuk.

Behandeling

   Ursodeoxycholzuur vermindert de jeuk bij de meeste vrouwen. U neemt het
   tot de bevalling, twee of drie keer per dag.

Contact

   Polikliniek Gynaecologie, op werkdagen van 8.30 tot 16.30 uur: 0575 59 23 45.

  Ook interessant

   Zwangerschapsyoga in Zutphen: elke dinsdagavond om 19.30 uur in de
   fysiozaal, 8 euro per les.

   Bekkenpijn tijdens de zwangerschap

   Privacy | Cookies | Disclaimer | Toegankelijkheid
"""


def _ingest(tmp_path: Path, text: str):
    return ingest_file_as(tmp_path, "zwangerschapsjeuk.txt", text, rooted=False)


def test_a_links2_dump_reads_as_its_leaflet(tmp_path):
    item = _ingest(tmp_path, DUMP)
    assert item.leaflet.title == "Jeuk in de zwangerschap"
    assert [p.headings for p in item.passages] == [
        ("Wat is zwangerschapscholestase?",), ("Behandeling",), ("Contact",)]
    text = "\n".join(p.text for p in item.passages)
    for chrome in ("cookies", "Zoek", "Specialismen", "Zwangerschapsyoga", "Bekkenpijn", "Disclaimer"):
        assert chrome not in text, chrome


def test_a_leaflets_own_related_section_of_sentences_stays(tmp_path):
    """Under "Lees ook" a leaflet of its own words: a paragraph too long for a teaser stays."""
    long = ("   Wie jeuk heeft in de zwangerschap kan ook last krijgen van slecht slapen, vermoeidheid en\n"
            "   somberheid. Bespreek dat met uw verloskundige of gynaecoloog, want er is veel aan te doen:\n"
            "   een slaapritme, beweging overdag, en soms een gesprek met de praktijkondersteuner.\n")
    text = DUMP.replace("  Ook interessant\n", "  Lees ook\n\n" + long)
    assert "een slaapritme, beweging overdag" in "\n".join(p.text for p in _ingest(tmp_path, text).passages)


def test_a_cookie_notice_named_by_its_site_is_a_cookie_bar():
    assert is_cookie_bar("Gelre ziekenhuizen gebruikt cookies om de website goed te laten werken.")
    assert is_cookie_bar("Met uw toestemming plaatsen we ook cookies van YouTube en sociale media.")
    assert not is_cookie_bar("Uw kind mag na de operatie weer cookies eten.")
