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
