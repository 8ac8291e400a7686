"""Red team 19: a browser's print of a web page (its cookie bar, masthead, footer, advertisement
and title), a bold running header on a short leaflet, and a meta line with a date."""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.clean.furniture import is_ui_line, without_cookie_bar
from ingest.source import SourceText


def cleaned(text: str) -> str:
    return clean(SourceText(text, "plain")).text


@pytest.mark.parametrize("line", [
    "Wij gebruiken cookies om onze website te verbeteren en om u relevante advertenties te tonen. Lees meer in",
    "onze cookieverklaring. Alles accepteren Alleen noodzakelijke cookies",
    "onze cookieverklaring.",
    "We use cookies to improve this site. Read more in our cookie policy. Only necessary cookies",
])
def test_a_cookie_bar_wrapped_over_two_lines_is_interface(line):
    """Chromium wraps a fixed cookie bar after "Lees meer in": neither half was a line of
    interface, and both stood in four passages (red team 19's waterpokken.pdf)."""
    assert is_ui_line(line)


@pytest.mark.parametrize("line", [
    "Lees meer in de bijsluiter.", "Meer hierover leest u in onze cookieverklaring.",
    "Alleen noodzakelijke medicijnen meenemen.",
])
def test_sentences_about_reading_more_stay(line):
    assert not is_ui_line(line) and without_cookie_bar(line) == line


def test_a_cookie_bar_printed_over_a_sentence_is_cut_out_of_it():
    """The bar is printed over the text at each page's foot, and the line under it took in
    the bar's lines: "... van 8.30 totWij gebruiken cookies ... Lees meer in 17.00
    uur).onze cookieverklaring." was the answer to when to call."""
    text = ("Bel de GGD: 010 - 433 87 00 (maandag tot en met vrijdag van 8.30 totWij gebruiken cookies om onze "
            "website te verbeteren en om u relevante advertenties te tonen. Lees meer in \n"
            "17.00 uur).onze cookieverklaring.\n")
    assert cleaned(text) == "Bel de GGD: 010 - 433 87 00 (maandag tot en met vrijdag van 8.30 tot 17.00 uur)."
