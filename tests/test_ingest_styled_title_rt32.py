"""A document's Title paragraph as an office converter writes it (red team 32): odfpy's
odf2xhtml sets it as `<p class="P-Title">` with a 20pt rule, over `<h1>`s in the browser's
larger size, and a `<title>` that is the file's label or empty. The first section's `<h1>`
was read as the title and the real title headed a passage of the sender's line alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import ingest_file

TITLE = "Slaapmiddelen bij ouderen"
SENDER = "Afdeling Geriatrie, Gelre ziekenhuizen"
SECTIONS = [
    ("Wat zijn slaapmiddelen?", "Slaapmiddelen helpen u in slaap te vallen. Na twee weken werken ze "
                                "vaak minder goed en raakt u eraan gewend."),
    ("Afbouwen", "Bouw een slaapmiddel altijd af in overleg met uw arts, een halve tablet per week."),
]
STYLE = ("<style type='text/css'>* { padding: 0; margin: 0; } .P-Title { font-size: 20pt; font-weight: bold; }"
         " .P-Subtitle { font-size: 14pt; }</style>")


def _odf2xhtml(tmp_path: Path, page_title: str = "", opening: str = "", title_class: str = "P-Title") -> Path:
    """A page as odf2xhtml writes it: the Title paragraph by its class, the headings as `<h1>`s
    in the browser's size, `<title>` from the file's metadata."""
    sections = "".join(f'<h1 class="P-">{heading}<a id="anchor{number}"></a></h1><p>{text}</p>'
                       for number, (heading, text) in enumerate(SECTIONS, 1))
    page = tmp_path / "slaapmiddelen.html"
    page.write_text(f"<html xmlns='http://www.w3.org/1999/xhtml'><head><title>{page_title}</title>{STYLE}</head>"
                    f"<body><p class='{title_class}'>{TITLE}</p>{opening}{sections}</body></html>", encoding="utf-8")
    return page


@pytest.mark.parametrize("page_title", ["", "Folder GER-12 v1.4"])
@pytest.mark.parametrize("opening", [f"<p>{SENDER}</p>", ""])
def test_the_title_paragraph_is_the_title_over_larger_headings(tmp_path, page_title, opening):
    item = ingest_file(_odf2xhtml(tmp_path, page_title, opening))
    assert item.leaflet.title == TITLE
    assert [(passage.headings, passage.text) for passage in item.passages] == [
        ((heading,), text) for heading, text in SECTIONS]


def test_a_title_that_names_the_first_heading_keeps_it_the_title(tmp_path):
    """Where the `<title>` names the first heading, the line styled as a title over it is a
    series' or site's name, not the leaflet's title."""
    item = ingest_file(_odf2xhtml(tmp_path, SECTIONS[0][0], f"<p>{SENDER}</p>"))
    assert item.leaflet.title == SECTIONS[0][0]


def test_a_subtitle_paragraph_is_no_title(tmp_path):
    item = ingest_file(_odf2xhtml(tmp_path, "", f"<p>{SENDER}</p>", title_class="P-Subtitle"))
    assert item.leaflet.title != TITLE


def test_odf2xhtml_leaflet_is_titled_by_its_title_paragraph():
    item = ingest_file(Path(__file__).parent / "data" / "redteam32_leaflets" / "adhd-methylfenidaat.html")
    assert item.leaflet.title == "Methylfenidaat bij ADHD: informatie voor ouders"
    assert item.passages[0].headings == ("Wat is methylfenidaat?",)
    assert item.passages[0].text.startswith("Methylfenidaat is een medicijn voor kinderen")


def test_word_title_paragraph_is_the_title_over_larger_headings(tmp_path):
    """Word's filtered web page writes its Title paragraph as `<p class=MsoTitle>`."""
    page = _odf2xhtml(tmp_path, "", f"<p>{SENDER}</p>", title_class="MsoTitle")
    page.write_text(page.read_text(encoding="utf-8").replace(".P-Title", ".MsoTitle"), encoding="utf-8")
    assert ingest_file(page).leaflet.title == TITLE


# A content system's section label ("kicker") in a class named "title", set larger than the
# text but smaller than the page's `<h1>` (review 41: it became the leaflet's title).
KICKER = ("<html><head><meta charset='utf-8'><title>Patiëntenfolders | Maasstad Ziekenhuis</title>"
          "<style>body{{font-size:16px}} .{label}{{font-size:20px}} h1{{font-size:32px}} h2{{font-size:22px}}</style>"
          "</head><body><main><{tag} class='{label}'>Longgeneeskunde</{tag}><h1>Longembolie: wat nu?</h1>"
          "<p>U heeft een longembolie. Dat is een bloedstolsel in een bloedvat van de long.</p>"
          "<h2>Behandeling met antistolling</h2>"
          "<p>U krijgt antistolling, meestal apixaban of rivaroxaban, minstens drie maanden.</p></main></body></html>")


@pytest.mark.parametrize("tag, label", [("div", "title"), ("p", "title"), ("div", "c-title"), ("p", "js-title"),
                                        ("div", "P-Title")])
def test_a_sites_label_over_a_larger_h1_is_no_title(tmp_path, tag, label):
    page = tmp_path / "longembolie.html"
    page.write_text(KICKER.format(tag=tag, label=label), encoding="utf-8")
    item = ingest_file(page)
    assert item.leaflet.title == "Longembolie: wat nu?"
    assert [passage.headings for passage in item.passages if passage.headings] == [("Behandeling met antistolling",)]
