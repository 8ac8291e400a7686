"""Red team 20: a text browser's dump of a web page (`w3m -dump` of a Drupal page) read as
the leaflet it shows, and a one-page PDF's running footer in `pdftotext -layout` text."""

from __future__ import annotations

from ingest.dates import find_updated, is_date_line


def test_meta_line_after_a_byline_dates_the_page_over_a_copyright_year() -> None:
    text = ("Klachten van het kaakgewricht\n\nDoor redactie kaakchirurgie Bijgewerkt op 8 januari 2026\n\n"
            "Het kaakgewricht zit vlak voor uw oor.\n\n© 2026 Mondziekenhuis Noord\n")
    assert find_updated(text) == "2026-01-08"
    assert is_date_line("Door redactie kaakchirurgie Bijgewerkt op 8 januari 2026")


def test_update_word_in_a_sentence_still_yields_to_a_copyright_year() -> None:
    text = "Sinds het protocol door de artsen is herzien in maart 2019 gaat het beter.\n\n© 2024 Ziekenhuis\n"
    assert find_updated(text) == "2024"


# --- D2: a w3m dump of a Drupal page keeps its furniture as plain lines ---------------------------

from pathlib import Path

from ingest.clean.furniture import is_ui_line
from ingest.pipeline import ingest_file
from ingest.text import load_text, split_pages
from ingest.web_dump import is_stamp, without_page_chrome

_DUMP = """Overslaan en naar de inhoud gaan

Wij gebruiken cookies om onze website te verbeteren. Door op "Accepteren" te
klikken gaat u akkoord met het gebruik van cookies.

Accepteren Weigeren Meer info
Ziekenhuis Oost

Hoofdnavigatie

  • Home
  • Patiënten
  • Contact

Zoeken[                    ][Zoeken]
Kruimelpad

 1. Home
 2. Folders
 3. Gips aan de arm

Gips aan de arm

U heeft gips gekregen. Houd uw arm de eerste dagen hoog.

Tags

  • gips

Deel deze pagina:

  • Facebook
  • E-mail

Reacties (2)

Karin

14 februari 2026 - 21:03

Bij mij hielp een koude kruik heel goed.

Ziekenhuis Oost

15 februari 2026 - 08:47

Dank voor uw reactie.

Reactie toevoegen

Uw naam[                    ]Reactie[                    ] [Opslaan]
Ziekenhuis Oost · Dorpsstraat 1 · 1234 AB Oost · 012 - 345 67 89

  • Privacyverklaring
  • Disclaimer

© 2025 Ziekenhuis Oost
"""


def test_dump_loses_comments_lists_cookie_notice_and_footer() -> None:
    text, furniture = without_page_chrome(_DUMP)
    kept = " ".join(text.split())
    for gone in ("kruik", "Dank voor uw reactie", "Reacties", "14 februari", "Hoofdnavigatie", "Patiënten",
                 "Kruimelpad", "Folders", "Tags", "Facebook", "cookies om", "Privacyverklaring", "© 2025"):
        assert gone not in kept, gone
    assert "Gips aan de arm U heeft gips gekregen." in kept
    assert "© 2025 Ziekenhuis Oost" in furniture
    assert not any("februari" in line for line in furniture)  # a comment's stamp dates no leaflet


def test_dump_read_as_its_leaflet() -> None:
    source = load_text(_DUMP.encode(), "gips.txt")
    assert "kruik" not in source.text and "Hoofdnavigatie" not in source.text
    assert "2025" in source.furniture


def test_interface_lines_of_a_dump() -> None:
    for line in ("Overslaan en naar de inhoud gaan", "Skip to main content", "Zoeken[ ][Zoeken]",
                 "Uw naam[ ]Reactie[ ] [Opslaan]", "Accepteren Weigeren Meer info", "Deel deze pagina:"):
        assert is_ui_line(line), line
    for line in ("Meer informatie", "Meer info", "Naam: [ ]", "[ ] Paspoort meenemen", "Zie [1]"):
        assert not is_ui_line(line), line


def test_reactions_heading_without_stamps_stays() -> None:
    text = ("Vaccinatie\n\nDe prik is veilig.\n\nReacties\n\nSoms krijgt u koorts of een rode arm.\n\n"
            "Dat gaat na twee dagen over.\n\n© 2025 GGD\n")
    kept, _ = without_page_chrome(text)
    assert "Soms krijgt u koorts" in kept and "Dat gaat na twee dagen over." in kept
    assert is_stamp("14 februari 2026 - 21:03") and is_stamp("March 3, 2026 at 8:47")
    assert not is_stamp("Versie 3, 14 februari 2026") and not is_stamp("Bel op 14 februari 2026 tussen 8.00 en 9.00 uur")


def test_diet_menu_heading_keeps_its_list() -> None:
    text = "Voorbeeld\n\nMenu\n\n  • brood met kaas\n  • appel\n\nEet rustig.\n"
    assert without_page_chrome(text)[0] == text


def test_kaakgewricht_dump_title_date_and_passages() -> None:
    path = Path(__file__).parent / "data" / "redteam20_leaflets" / "kaakgewricht.txt"
    ingested = ingest_file(path)
    assert ingested.leaflet.title == "Klachten van het kaakgewricht"
    assert ingested.leaflet.updated == "2026-01-08"
    text = " ".join(passage.text + " " + " ".join(passage.headings) for passage in ingested.passages)
    for gone in ("acupunctuur", "450 euro", "cookies", "Hoofdnavigatie", "Kruimelpad", "Zoeken[", "Facebook",
                 "Reacties", "Opslaan", "Privacyverklaring", "Hanzeplein"):
        assert gone not in text, gone
    assert "opbeetplaat" in text


# --- D4b: a one-page text's running footer ----------------------------------------------------------

def test_footer_that_numbers_its_own_page_goes_on_a_single_page() -> None:
    text = ("Inspanningstest op de fiets\n\nU mag zelf naar huis rijden.\n\n\n"
            "Inspanningstest op de fiets | Versie 3 - herzien 5 mei 2025          pagina 1\n\f")
    body, _, furniture = split_pages(text)
    assert "pagina 1" not in body and "Versie 3" not in body
    assert "herzien 5 mei 2025" in furniture
    assert find_updated(body, furniture) == "2025-05-05"


def test_sentence_that_names_a_page_stays() -> None:
    text = "Titel\n\nDe tabel staat op pagina 1\n\fTweede pagina\n\nMeer tekst over het onderwerp, zie pagina 2\n\f"
    body, _, _ = split_pages(text)
    assert "De tabel staat op pagina 1" in body and "zie pagina 2" in body
