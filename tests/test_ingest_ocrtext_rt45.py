"""Red team 45: unreadable OCR text gets a warning; an OCRed running header is no heading."""

from pathlib import Path

from ingest.document import GARBLED_PAGES
from ingest.ocr_words import known_share, unreadable_pages
from ingest.pipeline import ingest_leaflets
from ingest.running_footer import without_title_headers
from ingest.source import SourceText

LEAFLETS = Path(__file__).parent / "data" / "redteam45_leaflets"

DUTCH = ("Rode hond is een besmettelijke ziekte die wordt veroorzaakt door een virus. Voor kinderen "
         "en volwassenen is het meestal een milde ziekte, maar voor een ongeboren kind kan het gevaarlijk "
         "zijn. Kinderen krijgen in het Rijksvaccinatieprogramma de BMR-prik tegen rode hond.\n")
GARBLED = ("AERNES, E00 EM Kante heet } GT idertennt.Zrekt ENEARS Rade heet Ranie hantis sen besmettelijke "
           "ziekte die wordt vernarraabt des ongeboeen Kir emmatige akulkdrger kar Ongeumer Nefit wan "
           "trade ande hoed Geldertend awanger leman mondt dezelfe Hloedtest nagegaan Bart afdefiag "
           "miectieziektebastijding Waor ngere wrtneert Rijksvacuinakepragrammne\n")


def test_readable_dutch_is_mostly_known_words():
    assert known_share(DUTCH, ("nl", "en")) > 0.9


def test_garbled_page_is_named_and_readable_page_is_not():
    source = SourceText(DUTCH + GARBLED, page_starts=(0, len(DUTCH)))
    assert unreadable_pages(source, "nl") == (1,)


def test_text_without_pages_is_judged_whole():
    assert unreadable_pages(SourceText(GARBLED), "nl") == (0,)
    assert unreadable_pages(SourceText(DUTCH * 2), "nl") == ()


def test_short_page_is_not_judged():
    assert unreadable_pages(SourceText("Ranie hantis vernarraabt"), "nl") == ()


def test_photographed_rode_hond_pages_are_warned_about():
    [item] = ingest_leaflets(LEAFLETS / "rode-hond.pdf", root=LEAFLETS)
    garbled = [warning for warning in item.warnings if warning.kind == GARBLED_PAGES]
    assert [warning.pages for warning in garbled] == [(1,)]  # page 2 (0.838 known) is as mixed as real pages
    assert "page 1 " in garbled[0].message


def test_clean_ocr_leaflet_is_not_warned_about():
    [item] = ingest_leaflets(LEAFLETS / "hoofdpijn-overgebruik.txt", root=LEAFLETS)
    assert not [warning for warning in item.warnings if warning.kind == GARBLED_PAGES]


def test_sender_and_title_line_between_items_is_a_running_header():
    text = ("Hoofdpijn door te veel pijnstillers\nHuisartsenpraktijk Oosterpoort\nLaatst bijgewerkt: 9 maart 2026\n"
            "Zelf doen\n* Slaap op vaste tijden.\nHuisartsenpraktijk Oosterpoort Hoofdpijn door pijnstillers\n"
            "* Drink voldoende water.\n")
    cleaned, headers = without_title_headers(text)
    assert headers == ["Huisartsenpraktijk Oosterpoort Hoofdpijn door pijnstillers"]
    assert "* Slaap op vaste tijden.\n* Drink voldoende water." in cleaned


def test_heading_sharing_title_words_is_kept():
    text = "Hoofdpijn\nHuisartsenpraktijk Oosterpoort\nHoofdpijn bij kinderen\nTekst.\n"
    assert without_title_headers(text) == (text, [])


def test_hoofdpijn_items_stay_under_their_heading():
    [item] = ingest_leaflets(LEAFLETS / "hoofdpijn-overgebruik.txt", root=LEAFLETS)
    assert not any("Oosterpoort" in " ".join(passage.headings) for passage in item.passages)
    [zelf] = [passage for passage in item.passages if passage.headings[-1:] == ("Zelf doen",)]
    assert "Drink voldoende water" in zelf.text


def test_garbled_warning_is_worded_for_editors():
    from ingest.document import IngestWarning
    from leaflets.pages.strings import plain_warning

    assert "pagina 1 " in plain_warning("nl", IngestWarning("x.pdf", GARBLED_PAGES, (1,)))
    assert "pages 1-2 " in plain_warning("en", IngestWarning("x.pdf", GARBLED_PAGES, (1, 2)))
    assert "het bestand" in plain_warning("nl", IngestWarning("x.txt", GARBLED_PAGES))


def test_print_margin_paragraphs_at_top_and_bottom_are_furniture():
    from ingest.browser_print import without_margin_paragraphs

    text = ("12/6/26, 6:10 PM\n\nKleine brandwonden\n\nKoel de wond.\n\nfile:///tmp/build/brandwond.html\n\n"
            "Brandwonden | Huisartsenpost Midden-Brabant\n\n3/3")
    kept, dropped = without_margin_paragraphs(text)
    assert kept == "Kleine brandwonden\n\nKoel de wond."
    assert dropped == ["12/6/26, 6:10 PM", "file:///tmp/build/brandwond.html",
                       "Brandwonden | Huisartsenpost Midden-Brabant", "3/3"]


def test_title_and_site_line_alone_is_kept():
    from ingest.browser_print import without_margin_paragraphs

    text = "Brandwonden | Huisartsenpost Midden-Brabant\n\nKoel de wond."
    assert without_margin_paragraphs(text) == (text, [])


def test_ocrfeeder_page_is_not_titled_by_its_print_date_or_path():
    items = ingest_leaflets(LEAFLETS / "brandwond.html", root=LEAFLETS)
    titles = [item.leaflet.title for item in items]
    assert titles and not any("PM" in title or title.startswith("/") for title in titles)
    text = " ".join(passage.text for item in items for passage in item.passages)
    assert "6:10 PM" not in text


def test_ocrfeeder_last_page_loses_its_print_footer():
    items = ingest_leaflets(LEAFLETS / "brandwond-page3.html", root=LEAFLETS)
    text = " ".join(passage.text for item in items for passage in item.passages)
    assert "3/3" not in text and "file:///" not in text and "6:10 PM" not in text


def test_signs_over_the_text_are_no_title():
    from ingest.ocr_margins import without_margin_noise

    assert without_margin_noise("}\nb\n;\n\nEn\n\nNa het verwijderen\n").startswith("Na het verwijderen")


def test_noise_before_bullets_of_a_list_is_taken_off():
    from ingest.ocr_margins import without_margin_noise

    text = "Then remove the gauze.\nRs * Do not rinse.\n= 2 * Only eat later.\nee * Do not smoke.\n"
    assert without_margin_noise(text) == "Then remove the gauze.\n* Do not rinse.\n* Only eat later.\n* Do not smoke.\n"


def test_numbered_bullet_and_lone_star_line_are_kept():
    from ingest.ocr_margins import without_margin_noise

    text = "Intro tekst.\n1. * Eerst dit.\n2. * Dan dat.\nHet sterretje * staat hier midden in een zin.\n"
    assert without_margin_noise(text) == text


def test_photo_ocr_leaflets_get_their_titles():
    [moedervlek] = ingest_leaflets(LEAFLETS / "moedervlek-verwijderen.txt", root=LEAFLETS)
    [kies] = ingest_leaflets(LEAFLETS / "kies-trekken-en.txt", root=LEAFLETS)
    assert moedervlek.leaflet.title == "Na het verwijderen van een moedervlek"
    assert kies.leaflet.title == "After having a tooth or molar removed"
    assert not any("Rs *" in passage.text for passage in kies.passages)


def test_heading_named_by_a_contents_entry_at_the_top_is_kept():
    text = "Kalknagels\n\nInhoudsopgave\n\n1  Wat zijn kalknagels?\n\nTekst.\n\n1 Wat zijn kalknagels?\n\nMeer tekst.\n"
    assert without_title_headers(text) == (text, [])
