"""Red team 25: a web page's text dump (inscriptis, trafilatura) keeps readers' comments whose
stamp has no time of day, and a cookie bar followed by its buttons' words."""

from __future__ import annotations

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
