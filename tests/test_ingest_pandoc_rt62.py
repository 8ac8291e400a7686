"""Red team 62's leftovers: Pandoc Markdown's raw output, a byline with a full stop before its date,
a quiz item's table and list flattened onto one line, and a text file shown as a page in one `<pre>`.

- text2qti's solutions file (Pandoc Markdown) closed its front matter with YAML's "...", so the
  front matter, its LaTeX preamble and CSS were passages and the title the file's name; its raw
  blocks for LaTeX and lone `<li>` tags were text; its `@.` questions no items (`ingest.text`,
  `ingest.pandoc_raw`, `ingest.markdown_dialects`);
- "Rivierenland Ziekenhuis Tiel, afdeling Anesthesiologie. Laatst bijgewerkt: maart 2026" named
  no publisher and was a passage (`ingest.structure`);
- qti2txt's items kept "Moment | Oefening ---|--- Elk uur overdag | … Drie keer per dag | …" and
  "als u: * koorts …; * benauwd …" on one line (`ingest.flat_markdown`);
- qti-package-maker's page, all in one `<pre>`, ran its lines together with no title or headings
  (`ingest.html.text_page`).
"""

from pathlib import Path

from ingest.flat_markdown import unflattened
from ingest.html.text_page import preformatted_text
from ingest.pandoc_raw import without_raw_output
from ingest.pipeline import ingest_leaflets

from tests.ingest_helpers import headings, ingested_text, shown_text

RT62 = Path(__file__).parent / "data" / "redteam62_leaflets"

_PANDOC = """---
title: "Uw gipsbeen: de online les`\\\\\\\\ \\\\textsc{antwoorden}`{=latex}`<br><span>antwoorden</span>`{=html}"
header-includes: |
    ```{=latex}
    \\\\usepackage{geometry}
    title: geen titel
    ```
...

Gipskamer Ziekenhuis Oostwoud, afdeling Orthopedie. Laatst bijgewerkt: mei 2026

## Waarom gips?

Het gips houdt de botdelen stil, zodat ze weer goed aan elkaar groeien.

```{=latex}
\\\\begin{itemize}
```

```{=html}
<ul class="quiz">
```

```{=html}
<p>Leg uw been <b>hoog</b> op een kussen.</p>
```

@.  Mag ik douchen met gips?

    ```{=latex}
    \\\\item[\\\\symbol]
    ```

    Nee, houd het gips droog met een douchehoes.

Het gips is na een dag hard`\\\\footnote{x}`{=latex}.

## Wanneer bellen?

Bel de gipskamer als uw tenen wit of blauw worden.
"""


def test_pandoc_markdown_reads_as_its_page(tmp_path):
    item = ingested_text(tmp_path, name="gips.md", text=_PANDOC)
    assert item.leaflet.title == "Uw gipsbeen: de online les"
    assert item.leaflet.publisher == "Gipskamer Ziekenhuis Oostwoud"
    assert item.leaflet.updated == "2026-05"
    assert headings(item) == ["Waarom gips?", "Wanneer bellen?"]
    text = shown_text(item)
    assert "Leg uw been hoog op een kussen." in text
    assert "• Mag ik douchen met gips?" in text
    assert "Nee, houd het gips droog met een douchehoes." in text
    assert "Het gips is na een dag hard." in text
    for markup in ("usepackage", "header-includes", "begin{itemize}", "<ul", "{=", "item[", "@.", "footnote",
                   "Laatst bijgewerkt", "geen titel"):
        assert markup not in text, markup


def test_raw_blocks_that_never_close_are_text():
    assert without_raw_output("```{=latex}\n\\\\begin{x}\nHet gips.\n") == "```{=latex}\n\\\\begin{x}\nHet gips.\n"
    assert without_raw_output("Gips `kan`{=html} nat `x`{=latex}worden.") == "Gips kan nat worden."


def test_a_raw_span_never_reaches_back_over_a_code_span():
    assert without_raw_output("Neem `paracetamol` in, `\\textsc{x}`{=latex} daarna.") == "Neem `paracetamol` in,  daarna."
    assert without_raw_output("Neem `paracetamol` en geen `ibuprofen`{=html} mee.") == (
        "Neem `paracetamol` en geen ibuprofen mee.")


def test_only_an_example_item_at_a_lines_start_is_an_item():
    from ingest.markdown_dialects import plain_dialects

    text = "Mail naar info (@) ziekenhuis.nl\naan @. of bel\n    @. code?\n@.  Mag ik?\n(@goed) Vraag\n"
    assert plain_dialects(text) == "Mail naar info (@) ziekenhuis.nl\naan @. of bel\n    @. code?\n-  Mag ik?\n- Vraag\n"


def test_front_matter_closed_by_dots_is_yaml_only():
    from ingest.text import split_front_matter

    assert split_front_matter("---\nIn het kort\n...\n\nTekst") == ({}, "---\nIn het kort\n...\n\nTekst")
    meta, _ = split_front_matter("---\ntitle: >-\n  Gips aan\n  uw been\nupdated: 2026-01-02\n...\n\nTekst")
    assert meta == {"title": "Gips aan uw been", "updated": "2026-01-02"}


def test_text2qti_solutions_file(tmp_path):
    [item] = ingest_leaflets(RT62 / "narcose-voorbereiding.md")
    assert item.leaflet.title == "Voorbereiden op uw narcose: de online cursus"
    assert item.leaflet.publisher == "Rivierenland Ziekenhuis Tiel"
    assert headings(item) == ["Waarom deze cursus?", "Nuchter zijn", "Medicijnen", "De dag van de operatie",
                              "Na de operatie", "Contact"]
    text = shown_text(item)
    assert "• Mag ik mijn kunstgebit inhouden?" in text
    assert "U mag uw kunstgebit inhouden tot u naar de operatiekamer gaat." in text
    for markup in ("---", "textsc", "text2qti", "<li", "\\item", "\\begin", "line-height"):
        assert markup not in text, markup


def test_flattened_table_and_list_set_out_again():
    assert unflattened("Moment | Oefening | Aantal ---|---|--- Elk uur | diep ademen | 5 keer Drie keer per dag "
                       "| huffen | 2 keer Als u slijm voelt | hoesten | zo vaak als nodig") == (
        "| Moment | Oefening | Aantal |\n| Elk uur | diep ademen | 5 keer |\n| Drie keer per dag | huffen | 2 keer |\n"
        "| Als u slijm voelt | hoesten | zo vaak als nodig |")
    # where a row's start shows no capital, the line stays as it was
    assert unflattened("Wat | Wanneer ---|--- eten | 6 uur drinken | 2 uur") == "Wat | Wanneer ---|--- eten | 6 uur drinken | 2 uur"
    assert unflattened("Bel ons als u: * koorts krijgt; * benauwd wordt.") == (
        "Bel ons als u:\n\n- koorts krijgt;\n- benauwd wordt.")
    assert unflattened("Neem 2 * 500 mg: niet meer.") == "Neem 2 * 500 mg: niet meer."


def test_qti2txt_items_keep_their_table_and_list():
    [item] = ingest_leaflets(RT62 / "ademhalingsoefeningen.txt")
    text = "\n".join(p.text for p in item.passages)
    assert "Elk uur overdag | diep doorademen | 5 keer\nDrie keer per dag | huffen | 2 à 3 keer" in text
    assert "Waarschuw de verpleegkundige als u:\n\n• koorts krijgt boven 38,5 graden;" in text
    assert "Laatst bijgewerkt" not in text  # the cover line names the publisher and dates the leaflet


_PRE_PAGE = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><style>body {{ color: black; }}</style></head>
<body>
<pre>{text}</pre>
</body></html>
"""

_PRE_TEXT = """Gips aan uw been

Waarom gips?
Het gips houdt de botdelen stil, zodat ze weer goed aan elkaar groeien. Leg uw been de eerste dagen hoog.

Wanneer bellen?
Bel de gipskamer als uw tenen wit of blauw worden, ook 's nachts. Bel ook bij koorts of veel pijn.
"""


def test_a_page_of_one_pre_reads_as_its_text(tmp_path):
    item = ingested_text(tmp_path, name="gips.html", text=_PRE_PAGE.format(text=_PRE_TEXT))
    assert item.leaflet.title == "Gips aan uw been"
    assert headings(item) == ["Waarom gips?", "Wanneer bellen?"]
    assert "Het gips houdt de botdelen stil" in item.passages[0].text


def test_a_pre_among_other_words_or_marks_stays_a_page():
    assert preformatted_text(_PRE_PAGE.format(text=_PRE_TEXT)).text == _PRE_TEXT
    assert preformatted_text(_PRE_PAGE.format(text=_PRE_TEXT).replace("<body>", "<body><p>Menu</p>")) is None
    assert preformatted_text(_PRE_PAGE.format(text="<span class=\"ansi31\">- oud</span>\n+ nieuw")) is None
    assert preformatted_text(_PRE_PAGE.format(text="<code>print(1)</code>")) is None
    assert preformatted_text(_PRE_PAGE.format(text=_PRE_TEXT).replace("</body>", "<pre>tweede</pre></body>")) is None


def test_a_pre_page_keeps_its_title_and_its_texts_own_reader(tmp_path):
    diff = ("--- a/gips.txt\n+++ b/gips.txt\n@@ -1,4 +1,4 @@\n Gips aan uw been\n \n"
            "-Het gips houdt de botten stil.\n+Het gips houdt de botdelen stil, zodat ze weer goed aan elkaar groeien.\n"
            " Bel de gipskamer als uw tenen wit of blauw worden.\n")
    item = ingested_text(tmp_path, name="diff.html", text=_PRE_PAGE.format(text=diff))
    text = "\n".join(p.text for p in item.passages)
    assert "botdelen" in text and "botten" not in text and "@@" not in text  # the diff's new version
    titled = _PRE_PAGE.format(text="Het gips houdt de botdelen stil, zodat ze weer goed aan elkaar groeien.\n\n"
                                   "Bel de gipskamer als uw tenen wit of blauw worden.\n")
    item = ingested_text(tmp_path, name="titled.html", text=titled.replace("<head>", "<head><title>Gips aan uw arm</title>"))
    assert item.leaflet.title == "Gips aan uw arm"


def test_qti_package_makers_page_reads_as_its_text():
    [item] = ingest_leaflets(RT62 / "anaesthesia-preparation-en.html")
    assert "Fasting" in headings(item) and "Medicines" in headings(item)
    text = "\n".join(p.text for p in item.passages)
    assert "Food, milk and dairy | 6 hours" in text
    assert "╒" not in text and "│" not in text
    assert "FastingFasting" not in text
