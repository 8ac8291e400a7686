"""Red team 25: a web page's text dump (inscriptis, trafilatura) keeps readers' comments whose
stamp has no time of day, and a cookie bar followed by its buttons' words."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file
from ingest.web_dump import without_page_chrome

_PAGE = ("Contact\n\nBel de verloskundige, telefoon 088 - 689 81 20.\n\nLaatst gewijzigd op: 19 januari 2026\n\n"
         "{label}\n\n  {stamp}\n\n  De verloskundige zei dat het ook drie weken later kan.\n")


def test_comments_whose_stamps_name_author_and_day_go() -> None:
    for label, stamp in (("Reacties (1)", "Reactie van Mieke, 2 december 2026"),
                         ("Comments", "Posted by Jess, 12 May 2026"),
                         ("3 reacties", "Karin schreef op 14 februari 2026"),
                         ("Reacties", "Jan de Vries | 3-3-2026")):
        kept, _ = without_page_chrome(_PAGE.format(label=label, stamp=stamp))
        assert "drie weken later" not in kept and label not in kept, (label, stamp)
        assert "Bel de verloskundige" in kept and "19 januari 2026" in kept


def test_a_dated_leaflet_line_under_a_reactions_heading_stays() -> None:
    for line in ("Laatst herzien: 2 december 2026", "Geschreven door dr. Jansen, 2 mei 2025",
                 "Versie 3, 14 februari 2026", "Bijgewerkt - 2 december 2026"):
        text = _PAGE.format(label="Reacties", stamp=line)
        assert without_page_chrome(text)[0] == text, line


def test_cookie_bar_with_its_buttons_words_is_a_bar() -> None:
    from ingest.clean.furniture import is_cookie_bar, is_ui_line

    assert is_cookie_bar("Deze website gebruikt cookies. Akkoord Weigeren")
    assert is_cookie_bar("This website uses cookies. OK Settings")
    assert is_ui_line("Akkoord Weigeren")
    for line in ("Akkoord", "OK", "Sluiten"):  # a lone word may be a leaflet's
        assert not is_ui_line(line), line


_MASTHEAD = ("  Deze website gebruikt cookies. Akkoord Weigeren\nKraamzorg Regio Twente\n  * Home\n"
             "  * Zwanger en bevallen\n  * Contact\nHome > Zwanger en bevallen > De hielprik\n\nDe hielprik\n\n"
             "Waarom een hielprik?\n\nMet de hielprik wordt het bloed onderzocht.\n")


def test_site_menu_without_label_at_the_top_goes_with_the_sites_name() -> None:
    kept, _ = without_page_chrome(_MASTHEAD)
    for gone in ("Kraamzorg", "* Home", "Zwanger en bevallen\n", "Contact"):  # cleaning drops the UI lines
        assert gone not in kept, gone
    assert "De hielprik\n\nWaarom een hielprik?" in kept


def test_title_is_the_leaflets_not_the_cookie_bar_or_the_site(tmp_path: Path) -> None:
    path = tmp_path / "hielprik.txt"
    path.write_text(_MASTHEAD, encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "De hielprik"
    assert not any("Home" in passage.text or "cookies" in passage.text for passage in item.passages)


def test_a_leaflets_own_list_at_the_top_stays() -> None:
    for text in ("Oefeningen\n\n  * Thuis\n  * Op het werk\n\nDoe ze elke dag.\n",
                 "Waar oefent u?\n\n  * Home\n  * Werk\n\nDoe ze elke dag.\n",
                 "Dit is de folder.\n\n  * Home\n  * Contact\n"):
        assert without_page_chrome(text)[0] == text, text
