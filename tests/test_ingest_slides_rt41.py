"""Red team 41 (2.1, 2.2): a notebook saved as Markdown by jupytext kept its pandas code cell
("import pandas as pd / advies = pd.DataFrame(...)") as the leaflet's text, cited to a patient;
a darkslide deck's hidden "Presenter Notes" `<h1>`, empty and on every slide, became the parent
section of every slide's `<h2>`, so every passage was cited under "Presenter Notes"."""

from __future__ import annotations

from pathlib import Path

import pytest
from leaflet_files import ingest_file_as

from ingest.code_blocks import is_code_class, is_code_info, without_code_blocks
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam41_leaflets"
BODY = ("Vlees dat minimaal 24 uur in de vriezer heeft gelegen, op min 12 graden of kouder, is veilig. "
        "Door het invriezen gaat de parasiet dood.")
CODE = ("import pandas as pd\n\nadvies = pd.DataFrame(\n    [\n        ('Biefstuk', 'Niet eten'),\n    ],\n"
        "    columns=['Product', 'Advies'],\n)\n")


def _ingest(tmp_path: Path, text: str, name: str = "folder.md"):
    return ingest_file_as(tmp_path, name, text)


def _text(item) -> str:
    return "\n".join(passage.text for passage in item.passages)


def _markdown(info: str, code: str = CODE) -> str:
    return (f"# Toxoplasmose\n\n## Wat mag u eten?\n\nU mag veel wel eten, maar let op bij vlees.\n\n"
            f"```{info}\n{code}```\n\n{BODY}\n")


@pytest.mark.parametrize("info", ["python", "{r setup, include=FALSE}", "{code-cell} ipython3", " {.julia}",
                                  "sql", "{python}"])
def test_a_fence_that_names_a_programming_language_is_left_out(tmp_path: Path, info: str) -> None:
    item = _ingest(tmp_path, _markdown(info))
    text = _text(item)
    assert "pandas" not in text and "DataFrame" not in text
    assert BODY in text and "let op bij vlees" in text


@pytest.mark.parametrize("info", ["", "text", "table", "{note}"])
def test_a_fence_without_a_programs_language_keeps_its_text(tmp_path: Path, info: str) -> None:
    address = "Polikliniek Gynaecologie\nGroenestraat 140\n6531 HZ Nijmegen\n"
    item = _ingest(tmp_path, _markdown(info, address))
    assert "6531 HZ Nijmegen" in _text(item)


def test_fenced_code_blanks_its_lines_and_keeps_the_rest() -> None:
    text = "Voor.\n\n```python\nx = 1\n~~~\n```\n\nNa.\n\n~~~\nvrij\n~~~\n"
    assert without_code_blocks(text).split("\n") == ["Voor.", "", "", "", "", "", "", "Na.", "", "~~~", "vrij",
                                                      "~~~", ""]


def test_info_strings_and_classes() -> None:
    assert is_code_info("python") and is_code_info("{code-cell}") and not is_code_info("{=html}")
    assert not is_code_info("markdown") and not is_code_info("output")
    assert is_code_class("language-python") and is_code_class("sourceCode r") and is_code_class("highlight-python3")
    assert not is_code_class("language-text") and not is_code_class("highlight-default") and not is_code_class("")


def test_an_html_listing_of_a_programs_code_is_left_out(tmp_path: Path) -> None:
    page = ("<html><head><title>Toxoplasmose</title></head><body><main><h1>Toxoplasmose</h1>"
            "<h2>Wat mag u eten?</h2><p>U mag veel wel eten, maar let op bij vlees dat niet goed gaar is.</p>"
            f"<div class='highlight-python notranslate'><div class='highlight'><pre>{CODE}</pre></div></div>"
            f"<pre><code class='language-r'>advies &lt;- data.frame(product = c('Biefstuk'))</code></pre>"
            f"<p>{BODY}</p><h2>Adres</h2><pre><code class='language-text'>Groenestraat 140\n6531 HZ Nijmegen</code></pre>"
            "</main></body></html>")
    text = _text(_ingest(tmp_path, page, "folder.html"))
    assert "pandas" not in text and "data.frame" not in text
    assert BODY in text and "6531 HZ Nijmegen" in text


def test_a_listing_in_a_box_of_the_pages_own_stays(tmp_path: Path) -> None:
    """"highlight-red" names a colour here, not the Red language: the box holds more than the listing."""
    page = ("<html><head><title>Toxoplasmose</title></head><body><main><h1>Toxoplasmose</h1>"
            "<h2>Adres</h2><p>U vindt de polikliniek op de begane grond van het ziekenhuis, bij ingang B.</p>"
            "<div class='highlight-red'><p>Neem uw verwijsbrief mee naar het eerste bezoek.</p>"
            "<pre>Groenestraat 140\n6531 HZ Nijmegen</pre></div></main></body></html>")
    assert "6531 HZ Nijmegen" in _text(_ingest(tmp_path, page, "folder.html"))


def test_the_jupytext_notebook_leaves_its_code_cell_out() -> None:
    item = ingest_file(LEAFLETS / "toxoplasmose.md", root=LEAFLETS)
    text = _text(item)
    assert "import pandas" not in text and "pd.DataFrame" not in text
    assert "Door het invriezen gaat de parasiet dood." in text


def _deck(slides: list[tuple[str, str]], box: str = "presenter_notes", notes: str = "") -> str:
    """A deck as darkslide writes one: a title slide, then each slide's `<h2>` and text, every
    slide ending in a hidden notes block (of class `box`) under its own `<h1>`, empty or with `notes`."""
    hidden = f"<div class='{box}'><header><h1>Presenter Notes</h1></header><section>\n{notes}</section></div>"
    parts = [f"<div class='slide'><header><h1>Trillend ooglid</h1></header><section><p>Oogzorg Noord</p></section>"
             f"{hidden}</div>"]
    parts += [f"<div class='slide'><header><h2>{heading}</h2></header><section><p>{text}</p></section>{hidden}</div>"
              for heading, text in slides]
    return f"<html><head><title>Trillend ooglid</title></head><body><div class='slides'>{''.join(parts)}</div></body></html>"


SLIDES = [("Wat is een trillend ooglid?", "Bij een trillend ooglid trekt een klein spiertje in uw ooglid steeds kort samen."),
          ("Wat kunt u zelf doen?", "Probeer een paar nachten goed te slapen en drink minder koffie of energiedrank."),
          ("Behandeling", "Voor een gewoon trillend ooglid is geen behandeling nodig, het gaat vanzelf over."),
          ("Contact", "Bel bij vragen op werkdagen van 9.00 tot 17.00 uur met de praktijk.")]


@pytest.mark.parametrize("box", ["presenter_notes", "slide-aside"])
def test_an_empty_heading_repeated_on_every_slide_parents_no_section(tmp_path: Path, box: str) -> None:
    item = _ingest(tmp_path, _deck(SLIDES, box), "deck.html")
    assert [tuple(p.headings) for p in item.passages if p.text] == [(heading,) for heading, _ in SLIDES]
    assert item.leaflet.title == "Trillend ooglid"


def test_a_presenters_notes_are_no_text_of_the_deck(tmp_path: Path) -> None:
    notes = "<p>Vraag de zaal wie dit wel eens heeft gehad. Laat daarna de tekening van het oog zien.</p>"
    item = _ingest(tmp_path, _deck(SLIDES, notes=notes), "deck.html")
    assert "Vraag de zaal" not in _text(item)
    assert [tuple(p.headings) for p in item.passages if p.text] == [(heading,) for heading, _ in SLIDES]


def test_a_repeated_empty_heading_in_markdown_parents_no_section(tmp_path: Path) -> None:
    text = "# Trillend ooglid\n\n" + "".join(f"# Notes\n\n## {heading}\n\n{body}\n\n" for heading, body in SLIDES)
    item = _ingest(tmp_path, text)
    assert [tuple(p.headings) for p in item.passages] == [(heading,) for heading, _ in SLIDES]


def test_a_heading_repeated_with_text_of_its_own_stays(tmp_path: Path) -> None:
    text = "# Oefeningen\n\n" + "".join(f"## Oefening\n\nDoe deze oefening elke dag, drie keer.\n\n### {heading}\n\n{body}\n\n"
                                        for heading, body in SLIDES[:3])
    item = _ingest(tmp_path, text)
    assert all(p.headings[0] == "Oefening" for p in item.passages)


def test_a_heading_each_of_several_leaflets_in_one_file_repeats_stays(tmp_path: Path) -> None:
    """A file of three package leaflets: each one's "2. Inhoud" heads only its sub-sections, yet it
    stands beside "1. Wat is het?" at its rank, so it is a section and no template's heading."""
    leaflet = ("## 1. Wat is het?\n\nEen middel tegen ontstekingen van de gewrichten, als een injectie.\n\n"
               "## 2. Inhoud van de verpakking\n\n### Welke stoffen zitten erin?\n\n"
               "De werkzame stof is etanercept, met sucrose en natriumchloride.\n\n")
    item = _ingest(tmp_path, "# Enbrel\n\n" + leaflet * 3)
    assert sum(p.headings[0] == "2. Inhoud van de verpakking" for p in item.passages) == 3


def test_the_darkslide_deck_cites_each_slides_own_heading() -> None:
    item = ingest_file(LEAFLETS / "ooglidtrillen.html", root=LEAFLETS)
    headings = [tuple(p.headings) for p in item.passages]
    assert headings and all("Presenter Notes" not in path for path in headings)
    assert ("Behandeling",) in headings
