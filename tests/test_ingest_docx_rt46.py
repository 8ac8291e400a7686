"""Red team 46: word-processor documents converted to HTML, Markdown and RTF's HTML. Tracked
changes kept their deleted words (PyDocX's `pydocx-delete`), an empty contents field's heading
became the title, a list's last item swallowed four sections, a page footer before the title
was a passage that won searches (rtf-html-php), RTF's Unicode fallbacks were printed
("vó?ó?r"), docx2md's plain title line lost to the file name and its `<{tag_name}>` stayed, and a
footnote number after a full stop was glued to it ("mens.1")."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.clean.normalise import normalise_unicode
from ingest.pipeline import ingest_file
from ingest.running_footer import is_footer_line, without_running_footers

LEAFLETS = Path(__file__).parent / "data" / "redteam46_leaflets"
PARAGRAPH = ("Zwemmersjeuk is een jeukende huiduitslag die u kunt krijgen na het zwemmen in een meer. "
             "De uitslag komt door kleine larven van een parasiet die in het water leven.")


def _ingest(tmp_path: Path, text: str, name: str = "folder.html"):
    return ingest_file_as(tmp_path, name, text)


def _text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def _pydocx(body: str) -> str:
    """A page as PyDocX writes it: no `<title>`, Word's Title in bold, every Heading 1 an `<h1>`."""
    return ("<html><head><meta charset=\"utf-8\" /></head><body>"
            "<p><strong>Zwemmersjeuk</strong> <strong>na</strong> <strong>het</strong> <strong>zwemmen</strong></p>"
            f"<h1>Inhoud</h1><p>GGD Gelderland-Zuid – Team Gezonde Leefomgeving</p><p>Uitgave: juni 2026</p>{body}"
            "</body></html>")


def test_deleted_words_of_a_tracked_change_are_no_text(tmp_path: Path) -> None:
    body = (f"<h1>Wat is zwemmersjeuk?</h1><p>{PARAGRAPH}</p><h1>Wat kunt u doen?</h1>"
            "<p>De uitslag gaat vanzelf over, meestal <span class=\"pydocx-delete\">binnen een week</span>"
            "<span class=\"pydocx-insert\">binnen een tot twee weken</span>. Krab zo min mogelijk.</p>"
            "<p>Koel de huid <del cite=\"mailto:a\" datetime=\"2026-01-01\">met ijs</del><ins>met een nat washandje</ins>"
            " en smeer een crème met menthol.</p>")
    text = _text(_ingest(tmp_path, _pydocx(body)))
    assert "meestal binnen een tot twee weken. Krab" in text
    assert "binnen een week" not in text
    assert "Koel de huid met een nat washandje en smeer" in text
    assert "ijs" not in text


def test_an_empty_contents_heading_is_no_title_and_the_bold_title_line_is(tmp_path: Path) -> None:
    body = f"<h1>Wat is zwemmersjeuk?</h1><p>{PARAGRAPH}</p><h1>Hoe herkent u het?</h1><p>{PARAGRAPH}</p>"
    item = _ingest(tmp_path, _pydocx(body))
    assert item.leaflet.title == "Zwemmersjeuk na het zwemmen"
    assert all("Inhoud" not in passage.headings for passage in item.passages)


def test_bold_lines_in_a_list_item_are_the_sections_it_swallowed(tmp_path: Path) -> None:
    body = (f"<h1>Hoe herkent u zwemmersjeuk?</h1><p>{PARAGRAPH}</p><ul><li>kleine rode bultjes;</li>"
            "<li>plekken onder het badpak blijven vrij.<br />Wie het eerder had, reageert heftiger.<br />"
            "<strong>Wat kunt u er zelf aan doen?</strong><br />De uitslag gaat vanzelf over. U kunt wel iets doen"
            " tegen de jeuk met een koud en nat washandje.<br /><strong>Hoe voorkomt u zwemmersjeuk?</strong><br />"
            "Helemaal voorkomen kan niet, maar u kunt de kans wel kleiner maken.</li>"
            "<li>Zwem niet in ondiep water bij de oever.</li><li>Droog u direct af met een handdoek.</li></ul>"
            f"<h1>Contact</h1><p>{PARAGRAPH}</p>")
    passages = _ingest(tmp_path, _pydocx(body)).passages
    by_heading: dict[str, str] = {}
    for passage in passages:
        if passage.headings:
            by_heading[passage.headings[-1]] = by_heading.get(passage.headings[-1], "") + "\n" + passage.text
    assert "De uitslag gaat vanzelf over." in by_heading["Wat kunt u er zelf aan doen?"]
    prevent = by_heading["Hoe voorkomt u zwemmersjeuk?"]
    assert "Helemaal voorkomen kan niet" in prevent and "Zwem niet in ondiep water" in prevent
    assert "Wat kunt u" not in by_heading["Hoe herkent u zwemmersjeuk?"]


def test_a_lone_page_footer_is_furniture_in_html_and_text(tmp_path: Path) -> None:
    assert is_footer_line("Prikaccidenten – november 2025 – pagina 2")
    assert not is_footer_line("Lees ook de folder over hepatitis B, zie pagina 2")
    page = ("<html><body><p>Arbodienst Zorg Noord</p><p>Prikaccidenten – november 2025 – pagina 2</p>"
            "<p><b>Wat te doen na een prikaccident</b></p><h2>Wat is een prikaccident?</h2>"
            "<p>Bij een prikaccident komt bloed van een ander in uw lichaam. Spoel de wond met water.</p></body></html>")
    item = _ingest(tmp_path, page)
    assert "pagina 2" not in _text(item)
    text, found = without_running_footers("Arbodienst\n\nPrikaccidenten – november 2025 – pagina 2\n\n"
                                           "Wat te doen na een prikaccident\n\nBel direct de lijn.")
    assert "pagina" not in text and found == ["Prikaccidenten – november 2025 – pagina 2"]


def test_rtf_unicode_fallbacks_are_taken_out_where_the_text_shows_them() -> None:
    assert normalise_unicode("Met uw bloed helpt u patië?nten. Drink vó?ó?r de donatie. Sanquin –- Utrecht") \
        == "Met uw bloed helpt u patiënten. Drink vóór de donatie. Sanquin – Utrecht"
    assert normalise_unicode("Gaat u naar het café? Ja, dat mag – - zeker.") == "Gaat u naar het café? Ja, dat mag – - zeker."


def test_the_red_team_leaflets_read_as_their_sources() -> None:
    zwemmersjeuk = ingest_file(LEAFLETS / "zwemmersjeuk.html", root=LEAFLETS)
    assert zwemmersjeuk.leaflet.title == "Zwemmersjeuk na het zwemmen in buitenwater"
    assert "binnen een weekbinnen" not in _text(zwemmersjeuk)
    prik = ingest_file(LEAFLETS / "prikaccident.html", root=LEAFLETS)
    assert not any("pagina 2" in passage.text for passage in prik.passages)
    blood = ingest_file(LEAFLETS / "bloed-geven.html", root=LEAFLETS)
    assert "vóór" in _text(blood) and "?" not in _text(blood).replace("Vragen?", "").replace("worden?", "")
    tattoo = ingest_file(LEAFLETS / "tatoeage-nazorg.md", root=LEAFLETS)
    assert tattoo.leaflet.title == "Verzorging van uw nieuwe tatoeage"
    assert "tag_name" not in _text(tattoo)
    lepto = ingest_file(LEAFLETS / "leptospirose.html", root=LEAFLETS)
    assert "van mens op mens. [1]" in _text(lepto)
