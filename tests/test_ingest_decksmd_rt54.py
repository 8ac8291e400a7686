"""Red team 54's Markdown slide decks: reveal-md's `--static` page (the slides Markdown inside a
reveal.js `<section data-markdown>`, speaker notes after "Note:") and pptx2md's Markdown (notes
after a slide's "---" line, every comma escaped, a ":-:" alignment rule under its tables)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import IngestError
from leaflet_files import ingest_file_as

DATA = Path(__file__).parent / "data" / "redteam54_leaflets"


def _text(ingested) -> str:
    return "\n".join(passage.text for passage in ingested.passages)


def _reveal_page(section: str, title: str = "Griep") -> str:
    return (f"<!doctype html><html><head><title>{title}</title></head><body><div class='reveal'>"
            f"<div class='slides'>{section}</div></div><script src='dist/reveal.js'></script></body></html>")


_REVEAL_MD = """
            # Griep

            Huisartsenpraktijk De Linde, Zeist

            Note: Welkom heten en voorstellen.

            {sep}

            ## Wat is griep?

            Griep is een infectie met het influenzavirus. <!-- .element: class="fragment" -->

            Note: Vraag wie de griepprik heeft gehad.

            {sep}

            <!-- .slide: data-background="#ffffff" -->
            ## Hoe lang duurt het?

            | Klacht | Duur |
            |---|---|
            | Koorts | 3 dagen |
            | Hoesten | 2 weken |

            notes: Laat de grafiek zien.
"""


def test_reveal_md_static_page_reads_its_markdown_without_notes(tmp_path):
    section = (f'<section data-markdown data-separator="<!--s-->" data-separator-vertical="<!--v-->">'
               f'<textarea data-template>{_REVEAL_MD.format(sep="<!--s-->")}</textarea></section>')
    ingested = ingest_file_as(tmp_path, "griep.html", _reveal_page(section))
    text = _text(ingested)
    assert ingested.leaflet.title == "Griep"
    assert [list(passage.headings) for passage in ingested.passages] == [["Wat is griep?"], ["Hoe lang duurt het?"]]
    assert "Koorts | 3 dagen" in text
    for leftover in ("Note:", "Welkom heten", "griepprik", "grafiek", "<!--", ".element", "|---|", "##"):
        assert leftover not in text


def test_reveal_default_separator_and_script_template(tmp_path):
    section = (f'<section data-markdown><script type="text/template">{_REVEAL_MD.format(sep="---")}'
               f"</script></section>")
    ingested = ingest_file_as(tmp_path, "griep.html", _reveal_page(section))
    assert [list(passage.headings) for passage in ingested.passages] == [["Wat is griep?"], ["Hoe lang duurt het?"]]
    assert "griepprik" not in _text(ingested) and "influenzavirus" in _text(ingested)


def test_reveal_deck_publisher_from_its_title_slide():
    from ingest.pipeline import ingest_leaflets
    ingested, = ingest_leaflets(DATA / "antibiotics-en.html", root=DATA)
    assert ingested.leaflet.title == "Antibiotics: not always needed"
    assert ingested.leaflet.publisher == "De Boomgaard Health Centre"
    assert len(ingested.passages) == 7
    assert not any("Note:" in passage.text or "<!--s-->" in passage.text for passage in ingested.passages)


def test_reveal_page_loading_an_external_file_does_not_crash(tmp_path):
    page = _reveal_page('<section data-markdown="slides.md" data-separator="^\\n\\n\\n"></section>', "reveal.js")
    try:
        ingest_file_as(tmp_path, "deck.html", page)
    except IngestError:
        pass  # nothing to read: refused as a page without text, never a crash


_PPTX2MD = """<span style="color:#00857c"> __Griep__ </span>

<span style="color:#000000">Apotheek De Linde\\, Zeist</span>

---

Welkom heten, vraag wie griep had.


---


<span style="color:#00857c"> __Wat doet u?__ </span>

<span style="color:#000000">Rust\\, drink veel en neem paracetamol\\.</span>

| <span style="color:#000000"> __Klacht__ </span> | <span style="color:#000000"> __Duur__ </span> |
| :-: | :-: |
| <span style="color:#000000">Koorts</span> | <span style="color:#000000">3 dagen\\, soms langer</span> |
| <span style="color:#000000">Hoesten</span> | <span style="color:#000000">2 weken</span> |

---

Laat het filmpje zien.
Daarna pauze.


---


<span style="color:#00857c"> __Contact__ </span>

<span style="color:#000000">Bel de huisarts\\, bij koorts langer dan 3 dagen\\.</span>

---

Afsluiten en bedanken.

"""


def test_pptx2md_notes_escapes_and_alignment_rule(tmp_path):
    ingested = ingest_file_as(tmp_path, "griep.md", _PPTX2MD)
    text = _text(ingested)
    assert ingested.leaflet.publisher == "Apotheek De Linde"
    assert [list(passage.headings) for passage in ingested.passages] == [["Wat doet u?"], ["Contact"]]
    assert "Rust, drink veel en neem paracetamol." in text
    assert "Koorts | 3 dagen, soms langer" in text
    for leftover in ("\\", ":-:", "Welkom heten", "filmpje", "pauze", "Afsluiten"):
        assert leftover not in text


def test_pptx2md_notes_without_slide_parts():
    """Without `--enable-slides` the notes run to the next blank line; the next slide stays."""
    from ingest.markdown_deck import without_pptx2md_notes
    markdown = ("# Griep\n\nGriep is een virus\\, geen bacterie\\.\n\n---\n\nWelkom heten.\nDaarna pauze.\n\n"
                "# Contact\n\nBel de huisarts\\, bij koorts\\.\n\n---\n\nAfsluiten.\n\n")
    assert without_pptx2md_notes(markdown) == ("# Griep\n\nGriep is een virus\\, geen bacterie\\.\n\n\n"
                                               "# Contact\n\nBel de huisarts\\, bij koorts\\.\n\n\n")


@pytest.mark.parametrize("markdown", [
    "# Titel\n\nEen alinea.\n\n---\n\nNa de streep gaat de tekst verder.\n\n## Kop\n\nMeer.\n",
    "# Titel\n\nEen alinea.\n\n---\n\nTekst.\n\n---\n\nNog meer tekst, met een komma.\n",
])
def test_thematic_breaks_of_other_markdown_stay(markdown):
    from ingest.markdown_deck import without_pptx2md_notes
    assert without_pptx2md_notes(markdown) == markdown


def test_every_ascii_punctuation_escape_reads_as_its_mark(tmp_path):
    markdown = "# Titel\n\n## Kop\n\nBel ons\\, of mail\\; de kosten zijn 5\\% \\(ongeveer\\)\\: \\\"ja\\\"\\?\n"
    text = _text(ingest_file_as(tmp_path, "t.md", markdown))
    assert 'Bel ons, of mail; de kosten zijn 5% (ongeveer): "ja"?' in text
