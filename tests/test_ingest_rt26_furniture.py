"""Red team 26: a page's furniture kept as passages. html-text writes a menu and breadcrumb as
bare lines with no label or bullets, and a feedback widget's answers on a line of their own;
turndown escapes the parentheses of a `javascript:` link's address; a page's print and download
buttons, a cookie bar's "Alle cookies accepteren" and a leaflet's catalogue number were no
interface to `is_ui_line`."""

from __future__ import annotations

from ingest.clean.document import clean
from ingest.clean.furniture import is_ui_line
from ingest.clean.markdown import strip_inline_markdown
from ingest.source import SourceText
from ingest.web_dump import without_page_chrome

_TEXT = ("Last van jeukende bulten na het slapen? Lees hoe u ze herkent.\n\nWat zijn bedwantsen?\n\n"
         "Bedwantsen zijn kleine insecten.\n")
_HTML_TEXT = ("Bedwantsen | GGD Gezondheid en Milieu\n\nWerken bij\nPers\nContact\n\nZoeken Zoek\n\n"
              "Infectieziekten\nOngedierte en plagen\n\n{trail}\n\nBedwantsen\n\n" + _TEXT)


def test_bare_menu_over_a_breadcrumb_goes() -> None:
    for trail in ("Home\nOnderwerpen\nBedwantsen", "Onderwerpen\nOngedierte en plagen\nBedwantsen"):
        kept, _ = without_page_chrome(_HTML_TEXT.format(trail=trail))
        assert kept.split() == ["Bedwantsen", *_TEXT.split()], trail


def test_a_leaflets_own_short_lines_at_the_top_stay() -> None:
    for text in ("Afdeling Cardiologie\nZiekenhuis Rivierenland\n\nHartkatheterisatie\n\n" + _TEXT,
                 "Bedwantsen\n\nInformatie voor patiënten\nGGD Utrecht\n\n" + _TEXT):
        assert without_page_chrome(text)[0] == text


def test_feedback_answers_under_their_question_go() -> None:
    text = "Contact\n\nBel 088 355 60 00.\n\nWas deze informatie nuttig?\n\nJa Nee\n\nOp reis\n\nJa, ook op reis.\n"
    kept, _ = without_page_chrome(text)
    assert "Ja Nee" not in kept and "Ja, ook op reis." in kept
    assert without_page_chrome("Heeft u koorts?\n\nJa Nee\n")[0] == "Heeft u koorts?\n\nJa Nee\n"


def test_print_download_cookie_and_catalogue_lines_are_interface() -> None:
    for line in ("Print deze folder | Download als PDF", "Download de brochure (PDF, 120 kB)", "Print this page",
                 "Alle cookies accepteren Alleen noodzakelijke cookies", "Foldernummer: KNO-041", "Folder nr. 1234"):
        assert is_ui_line(line), line
    for line in ("Download de app", "Print deze folder en neem hem mee.", "Foldernummer", "Folder"):
        assert not is_ui_line(line), line


def test_escaped_parentheses_in_a_link_address() -> None:
    line = r"[Print deze folder](javascript:window.print\(\)) | [Download als PDF](/kno/snurken.pdf)"
    assert strip_inline_markdown(line) == "Print deze folder | Download als PDF"
    assert strip_inline_markdown("zie [Bof](https://nl.wikipedia.org/wiki/Bof_(ziekte)).") == "zie Bof."


def test_a_markdown_lines_interface_goes_by_its_words() -> None:
    text = "# Snurken\n\nFoldernummer: KNO-041\n\nSnurken is een geluid.\n\n" \
           "[Print deze folder](javascript:window.print\\(\\)) | [Download als PDF](/kno/snurken.pdf)\n"
    kept = clean(SourceText(text, "markdown")).text
    assert "Snurken is een geluid." in kept
    assert "Print" not in kept and "KNO-041" not in kept
