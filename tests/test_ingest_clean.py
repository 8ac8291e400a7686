"""Cleaning: Unicode, re-joined lines, hyphens, boilerplate, lists, page furniture."""

from __future__ import annotations

import pytest

import re
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ingest.clean import clean
from ingest.clean.furniture import UI_PHRASES, is_figure_label, is_ui_line, strip_page_furniture
from ingest.clean.joining import join_hyphenated
from ingest.clean.markdown import strip_inline_markdown
from ingest.clean.normalise import normalise_unicode, unswapped
from ingest.source import SourceText


def cleaned(text: str, markup: str = "plain") -> str:
    return clean(SourceText(text, markup)).text


def test_unicode_is_nfc_and_quotes_and_diacritics_stay():
    decomposed = "patie\u0308nten ‘harde huid’ zo’n cre\u0300me"
    assert normalise_unicode(decomposed) == "patiënten ‘harde huid’ zo’n crème"


def test_ligatures_become_their_letters():
    assert normalise_unicode("\ufb01lter in de \ufb02es, e\ufb00ect") == "filter in de fles, effect"


def test_invisible_characters_and_odd_spaces():
    assert normalise_unicode("be\u00adhan\u200bde\ufeffling\u00a0nu\r\n") == "behandeling nu\n"


def test_wrapped_lines_with_blank_lines_between_are_rejoined():
    text = "Bindweefsel \n\nkomt in je hele lichaam voor. Het zorgt ervoor dat de cellen \n\nbij elkaar worden gehouden.\n"
    assert cleaned(text) == (
        "Bindweefsel komt in je hele lichaam voor. Het zorgt ervoor dat de cellen bij elkaar "
        "worden gehouden."
    )


def test_page_break_blank_runs_inside_a_sentence():
    text = "Het hart kan op \n\n\n\nverschillende manieren aangedaan zijn.\n"
    assert cleaned(text) == "Het hart kan op verschillende manieren aangedaan zijn."


def test_paragraphs_and_headings_stay_apart():
    text = "Vochtophoping\n\nJe lichaam houdt vocht vast.\n\nDiagnose en onderzoek\n\nEen nierbiopsie is nodig.\n"
    assert cleaned(text) == (
        "Vochtophoping\n\nJe lichaam houdt vocht vast.\n\nDiagnose en onderzoek\n\nEen nierbiopsie is nodig."
    )


def test_title_line_with_stray_trailing_space_is_not_joined():
    lines = ["Dit is een lange regel die netjes doorloopt naar de volgende regel van de tekst "] * 12
    text = "\n\n".join(lines[:6]) + ".\n\nZeer vroege vorm \n\nOm het mogelijk te maken.\n"
    assert "\n\nZeer vroege vorm\n\nOm het mogelijk te maken." in cleaned(text)


def test_continuation_word_joins_even_before_a_capital():
    assert cleaned("Zweertjes genezen moeilijk. Het\nRaynaud fenomeen is vaak het eerste.") == (
        "Zweertjes genezen moeilijk. Het Raynaud fenomeen is vaak het eerste."
    )


def test_hyphenated_compound_keeps_its_hyphen_when_the_document_writes_it():
    text = "Het is een auto-immuunaandoening. Bij auto-\n\nimmuunaandoeningen valt het aan.\n"
    assert "Bij auto-immuunaandoeningen valt" in cleaned(text)


def test_hyphenation_rules():
    assert join_hyphenated("be-", "handeling", set()) == ""
    assert join_hyphenated("zee-", "egel", set()) == "-"  # colliding vowels
    assert join_hyphenated("pati-", "ënten", set()) == ""  # ... in an everyday word, closed
    assert join_hyphenated("ge-", "opereerd", set()) == ""
    assert join_hyphenated("auto-", "immuunaandoeningen", set()) == "-"
    assert join_hyphenated("ziekte-", "activiteit", set()) == "-"  # rare closed: both are Dutch
    assert join_hyphenated("trombosedi-", "enst", set()) == ""  # rare closed, but no word either side
    assert join_hyphenated("cafeïne-", "inname", set()) == "-"
    assert join_hyphenated("IgA-", "nefropathie", set()) == "-"  # capitals inside
    assert join_hyphenated("Gewrichts-", "en pees", set()) == "- "  # elided compound
    assert join_hyphenated("nier-", "ziekte", {"nierziekte"}) == ""
    assert join_hyphenated("hiv-", "infectie", {"hiv-infectie"}) == "-"


def test_typographic_hyphen_is_dropped():
    assert cleaned("De behandeling is bedoeld om schade te voor-\nkomen.") == (
        "De behandeling is bedoeld om schade te voorkomen."
    )


def test_ui_boilerplate_lines_are_removed():
    text = (
        "Selecteer de tekst die je wilt vertalen en kies 'Vertalen'. Kies vervolgens de gewenste taal.\n\n"
        "Titel\n\nTekst.\n\nLees meer over het fenomeen van Raynaud\n\nWaarom werken we samen met deskundigen?"
    )
    assert cleaned(text) == "Titel\n\nTekst."


def test_lines_that_only_label_figures_are_removed_and_references_to_them_kept():
    text = ("Stap 1\n\nHaal de dop eraf (zie afbeelding 1).\n\nAfbeelding 1\n\n"
            "Steek de naald in de flacon (zie figuur 2 en 3).\n\nAfbeelding 2  Afbeelding 3\n\nFig. 4a\n")
    assert cleaned(text) == ("Stap 1\n\nHaal de dop eraf (zie afbeelding 1).\n\n"
                             "Steek de naald in de flacon (zie figuur 2 en 3).")
    assert is_figure_label("Figure 12") and is_figure_label("afb. 3 afb. 4")
    assert not is_figure_label("Afbeelding 1 toont de pen.") and not is_figure_label("Afbeelding")


def test_ui_phrases_match_whole_lines_only():
    assert UI_PHRASES and is_ui_line("Lees meer over je medicijnen")
    assert not is_ui_line("Lees meer over je medicijnen in de bijsluiter. Die ligt bij de apotheek.")
    assert not is_ui_line("Je kunt de tekst selecteren.")


@pytest.mark.parametrize("line", [
    "Wij gebruiken cookies om onze website te verbeteren. Accepteren Weigeren",
    "Deze website maakt gebruik van cookies.",
    "We use cookies to improve this site. Accept all",
    "Deel deze pagina Facebook · LinkedIn · E-mail · Print Wij gebruiken cookies om onze website te verbeteren.",
    "Was deze informatie nuttig? Ja / Nee",
    "Heeft deze informatie u geholpen? Ja Nee",
    "Home › Patiënten › Folders › KNO › Trommelvliesbuisjes bij kinderen",
    "Ziekenhuis Noord · Plein 1 · 9728 NT Groningen · Privacy · Cookies · © 2025",
    "Martini Ziekenhuis Patiënten Bezoekers Afdelingen Contact Zoeken",
])
def test_a_printed_web_pages_interface_is_no_text(line):
    """A web page saved as PDF by a browser carries its cookie bar (on every page), share and
    feedback bars, breadcrumb and site footer; they stood in passages (red team 12)."""
    assert is_ui_line(line)


@pytest.mark.parametrize("line", [
    "Home", "Weigeren van een behandeling mag altijd.", "Accepteren van de diagnose kost tijd.",
    "Was deze informatie nuttig voor u, bespreek het dan met uw arts.", "Is dit normaal?",
    "Thuis > 38 graden koorts? Bel de huisarts.", "© 2025 Maasland Ziekenhuis",
    "Patiënten en bezoekers zijn welkom.", "Neem contact op met Patiënten Bezoekers",
    "Wij gebruiken geen cookies in de apotheek maar wel pleisters. " * 10,
])
def test_sentences_like_interface_stay(line):
    assert not is_ui_line(line)


def test_interface_phrases_stay_fast_on_long_lines():
    """A line of thousands of separators must not take the regular expression seconds."""
    assert not is_ui_line("Home › " + "a › " * 97 + "b") and not is_ui_line("woord " * 100_000)


def test_a_wrapped_address_after_a_long_line_is_found_in_one_reading():
    """Whether a line ends in a cut web address is read from its last word once: a line of
    200,000 characters full of "www." took the search close to a minute (each "www." read to the end)."""
    assert cleaned("Zie " + "www.a." * 35_000 + "\nhoofdluis\n").split() == ["Zie", "www.a." * 35_000, "hoofdluis"]
    assert cleaned("Zie " + "www.a." * 35_000 + "nl/\nhoofdluis\n").endswith("www.a.nl/hoofdluis")


def test_bullets_and_unmarked_lists():
    text = "Klachten:\n\n  • vocht vasthouden\n  • hoge bloeddruk\n\nJe merkt dat aan:\n\ndiarree\n\nobstipatie\n\nDaarna.\n"
    assert cleaned(text) == (
        "Klachten:\n\n• vocht vasthouden\n• hoge bloeddruk\n\nJe merkt dat aan:\n\ndiarree\nobstipatie\n\nDaarna."
    )


def test_markdown_paragraphs_lists_and_inline_markup():
    text = "# Titel\n\nEen **vette** zin\nover twee regels met een [link](https://x).\n\n- een\n- twee\n  lang\n"
    assert cleaned(text, "markdown") == (
        "Titel\n\nEen vette zin over twee regels met een link.\n\n• een\n• twee lang"
    )
    # an image goes whole: its alt text describes a picture, it is not leaflet text
    assert strip_inline_markdown("`code` en _nadruk_ en ![plaatje](x.png)") == "code en nadruk en"


def test_page_furniture_is_dropped():
    pages = [
        "Folder X – versie 2024\n" + "\n".join(f"Zin {i} over onderwerp {n * 10 + i}." for i in range(6))
        + f"\nPagina {n} van 4" for n in range(1, 5)
    ]
    pages.append("Folder X – versie 2024\nDe laatste zin.\n5")
    stripped = strip_page_furniture(pages)
    assert all("Folder X" not in page and "Pagina" not in page for page in stripped)
    assert "Zin 0 over onderwerp 30." in stripped[2] and "Zin 5 over onderwerp 45." in stripped[3]
    assert stripped[4].strip() == "De laatste zin."


def test_block_spans_match_the_text():
    result = clean(SourceText("Kop\n\nEen zin.\n\n• a\n• b\n"))
    for block in result.blocks:
        assert result.text[block.start:block.end] == block.text


def _letters(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFC", text) if ch.isalpha())


_line = st.text(
    alphabet=st.sampled_from(list("abcdefghij ABCDE.,:;?-•éë’\u00a0\u00ad")), min_size=0, max_size=40
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_line, min_size=1, max_size=12), st.sampled_from(["\n", "\n\n", "\n\n\n\n"]),
       st.sampled_from(["plain", "markdown"]))
@example([":  A", "b", "::  :", ":::  :"], "\n", "plain")  # a table whose first cell wraps
def test_cleaning_never_drops_or_reorders_letters(lines, separator, markup):
    text = separator.join(lines)
    once = cleaned(text, markup)
    if markup == "plain":
        # lines aligned in columns ("a  b" over "c") are read as a table, cell by cell:
        # a cell's wrapped words join it, so letters may change places but none is lost
        if " | " in once:
            assert sorted(_letters(once)) == sorted(_letters(text))
        else:
            assert _letters(once) == _letters(text)
    assert not re.search(r"[ \t]\n|\n[ \t]|  |\n\n\n", once)
    assert normalise_unicode(normalise_unicode(text)) == normalise_unicode(text)


_word = st.sampled_from("de het nier bloeddruk ziekte arts vocht FSGS Raynaud eiwit huid".split())
_sentence = st.lists(_word, min_size=3, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
_paragraph = st.lists(_sentence, min_size=1, max_size=4).map(" ".join)
_heading = st.lists(_word, min_size=1, max_size=4).map(lambda ws: " ".join(ws).capitalize())
_items = st.lists(st.lists(_word, min_size=1, max_size=5).map(lambda ws: "• " + " ".join(ws)),
                  min_size=1, max_size=4).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_paragraph, _heading, _items), min_size=1, max_size=8))
def test_cleaning_is_idempotent_on_leaflet_shaped_text(blocks):
    once = cleaned("\n\n".join(blocks))
    assert cleaned(once) == once


def test_letters_written_byte_swapped_are_put_back():
    """Ghostscript wrote the ligatures "ti", "ft", "fi" of a rewritten PDF with their bytes
    swapped: "houd minstens 琀椀en minuten" in a dialysis leaflet's emergency advice."""
    assert unswapped("De opera琀椀e. Houd minstens 琀椀en minuten druk als de plek blij昀琀 bloeden.") == \
        "De operatie. Houd minstens tien minuten druk als de plek blijft bloeden."
    assert normalise_unicode("昀椀stel") == "fistel"
    chinese = "中文的文本琀东西南北"  # a Chinese text keeps its ideographs, those among them too
    assert unswapped(chinese) == chinese
