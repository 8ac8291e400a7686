"""Interface text: both languages complete; dates and refusals in plain words; safe HTML."""

from __future__ import annotations

import re

from leaflets.pages.strings import TEXT, month_date, plain_cause, tr
from leaflets.render import context_html, copy_button_html


def test_both_languages_have_every_text_with_the_same_placeholders():
    assert TEXT["nl"].keys() == TEXT["en"].keys()
    for key, dutch in TEXT["nl"].items():
        assert set(re.findall(r"{(\w+)", dutch)) == set(re.findall(r"{(\w+)", TEXT["en"][key])), key


def test_unknown_language_falls_back_to_dutch():
    assert tr("fr", "page_search") == "Zoeken"
    assert tr("en", "found", n=3) == "3 passages shown, best first"


def test_dates_read_naturally_and_odd_ones_stay_as_given():
    assert month_date("nl", "2025-07-02") == "2 juli 2025"
    assert month_date("en", "2025-07-02") == "2 July 2025"
    assert month_date("nl", "zomer 2025") == "zomer 2025"


def test_refusals_in_plain_dutch_unknown_causes_kept():
    assert plain_cause("nl", "the file is empty (0 bytes)") == "het bestand is leeg."
    assert plain_cause("en", "the file is empty (0 bytes)") == "the file is empty (0 bytes)"
    assert plain_cause("nl", "something new") == "something new"


def test_pdf_refusals_of_the_reader_have_plain_dutch():
    from ingest.pdf.reader import _missing_cipher

    assert "cryptography" in plain_cause("nl", _missing_cipher("folder.pdf").cause)
    assert "wachtwoord" in plain_cause("nl", "the PDF is encrypted (password-protected): it opens only with its password")


def test_citation_button_keeps_leaflet_text_out_of_the_script():
    nasty = '"</script><script>alert(1)</script>" (Folder, p. 1)'
    markup = copy_button_html(nasty, "Kopieer citaat", "Gekopieerd")
    assert "<script>alert(1)" not in markup
    assert 'data-citation="&quot;&lt;/script&gt;&lt;script&gt;alert(1)' in markup
    assert markup.count("<script>") == 1


def test_context_is_escaped_too():
    markup = context_html("<img src=x onerror=alert(1)>", "Passage ervoor")
    assert "<img" not in markup and "&lt;img" in markup


def test_dates_read_in_words_also_for_a_month_alone():
    from leaflets.pages.strings import month_date

    assert month_date("nl", "2025-07-02") == "2 juli 2025"
    assert month_date("en", "2022-10") == "October 2022"
    assert month_date("nl", "onbekend") == "onbekend"
