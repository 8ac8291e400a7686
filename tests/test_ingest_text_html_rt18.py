"""Plain text, Markdown and web pages as red team 18 found them read wrongly: a Markdown
leaflet's link reference definitions ("[stroke]: https://... "Stroke"") kept as text and its
byline (a hard line break, then "Published September 2025") a passage of its own with its
date unread; a `lynx -dump` page titled by the site's logo link, with its menu, related links
and footer as passages; a Word page's numbered steps broken into lists of two by blank lines,
and a subtitle or byline that only says who sends the leaflet and when a passage of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.dates import find_updated
from ingest.pipeline import ingest_file, ingest_leaflets
from ingest.text import without_link_definitions, without_link_list

LEAFLETS = Path(__file__).parent / "data" / "redteam18_leaflets"
BODY = ("Bij aangezichtsverlamming werkt de zenuw naar de spieren van één kant van uw gezicht tijdelijk "
        "niet goed. Uw mondhoek hangt en u kunt uw oog niet goed sluiten.")


def _ingested(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest_file(path)


def _texts(item) -> list[str]:
    return [passage.text for passage in item.passages]


# ---------------------------------------------------------------- Markdown


MARKDOWN = f"""# Aangezichtsverlamming

## Wat is het?

{BODY} Het is geen [beroerte][stroke], en ook geen [TIA].

Meer informatie: [Thuisarts][thuisarts].

[stroke]: https://www.thuisarts.nl/beroerte "Beroerte op Thuisarts"
[thuisarts]: <https://www.thuisarts.nl/aangezichtsverlamming>
[tia]: https://www.thuisarts.nl/tia
    'TIA op Thuisarts'
"""


def test_link_reference_definitions_are_no_text(tmp_path):
    item = _ingested(tmp_path, "bell.md", MARKDOWN)
    text = "\n".join(_texts(item))
    assert "https://" not in text and "Thuisarts\"" not in text and "op Thuisarts" not in text
    assert "Het is geen beroerte, en ook geen TIA." in text  # a shortcut reference reads as its words
    assert text.endswith("Meer informatie: Thuisarts.")


@pytest.mark.parametrize("text", [
    pytest.param("Een zin die doorloopt\n[stroke]: https://www.thuisarts.nl/beroerte\n", id="inside a paragraph"),
    pytest.param("```\n[stroke]: https://www.thuisarts.nl/beroerte\n```\n", id="fenced code"),
    pytest.param("Zie de richtlijn [1] en [sic].\n\n[^1]: NHG-Standaard Beroerte.\n", id="no definition"),
])
def test_what_only_looks_like_a_link_definition_stays(text):
    assert without_link_definitions(text) == text


@pytest.mark.parametrize("brk", ["  ", "\\"])
def test_a_markdown_byline_is_no_passage_and_dates_the_leaflet(tmp_path, brk):
    """Two spaces (or a backslash) at a line's end break it in Markdown: the byline under the
    title is a line of who sends the leaflet and one of its date, a masthead and a date line."""
    source = (f"Facial palsy\n============\n\n*Neurology Outpatient Clinic, Zuiderhaven Medical Centre*{brk}\n"
              f"*Published September 2025*\n\nWhat is it?\n-----------\n\n{BODY}\n")
    item = _ingested(tmp_path, "bell.md", source)
    assert item.leaflet.updated == "2025-09"
    assert _texts(item) == [BODY]


def test_a_hard_break_inside_a_paragraph_keeps_its_lines_apart(tmp_path):
    item = _ingested(tmp_path, "adres.md", f"# Adres\n\n## Contact\n\n{BODY}\n\nPolikliniek Neurologie  \n"
                                           "Zuiderhaven 12\\\nRotterdam\n")
    assert _texts(item)[0].endswith("\n\nPolikliniek Neurologie\n\nZuiderhaven 12\n\nRotterdam")


def test_the_red_team_markdown_has_no_definitions_or_byline_passage():
    item = ingest_leaflets(LEAFLETS / "bells-palsy-en.md")[0]
    text = "\n".join(_texts(item))
    assert item.leaflet.updated == "2025-09"
    assert "https://" not in text and "[stroke]" not in text and "Published" not in text
    assert item.passages[0].headings == ("What is peripheral facial palsy?",)


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("line, expected", [
    ("First published September 2025", "2025-09"),
    ("Publication date: May 2024", "2024-05"),
    ("Date of issue: 3 March 2024", "2024-03-03"),
    ("Issued March 2024", "2024-03"),
    ("Centrum Jeugd en Gezin Lingewaard | Versie maart 2026", "2026-03"),
    ("KNO · Editie mei 2025 · pagina 3", "2025-05"),
])
def test_a_date_phrase_dates_the_leaflet(line, expected):
    assert find_updated(line, language="en") == expected


@pytest.mark.parametrize("line", [
    "Afspraak | Datum: 3 juni 2024",  # a field's label dates what the field before names
    "Het recept is issued in March 2024 by the pharmacy",
])
def test_a_date_of_something_else_dates_nothing(line):
    assert find_updated(line, language="en") == ""


# ---------------------------------------------------------------- web pages


def _page(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "zwemmersoor.html"
    page.write_text(f"<html><head><meta charset='utf-8'><title>Zwemmersoor</title></head><body>{body}</body></html>",
                    encoding="utf-8")
    return page


STEP = ("<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l2 level1 lfo3'><span "
        "style='mso-list:Ignore'>{n}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span>"
        "</span>{text}</p>\n")
STEPS = ["Verwarm het flesje even in uw hand.", "Ga op uw zij liggen met het zieke oor naar boven.",
         "Trek de oorschelp zachtjes naar achteren.", "Druppel de druppels in de gehoorgang.",
         "Blijf 5 minuten liggen."]


def test_a_word_pages_numbered_steps_are_one_list(tmp_path):
    steps = "".join(STEP.format(n=n, text=text) for n, text in enumerate(STEPS, start=1))
    item = ingest_file(_page(tmp_path, f"<h1>Zwemmersoor</h1><h2>Behandeling</h2><p>{BODY}</p>{steps}"
                                       "<p>Gebruik de druppels tot een week lang.</p>"))
    listed = "\n".join(f"{n}. {text}" for n, text in enumerate(STEPS, start=1))
    assert _texts(item) == [f"{BODY}\n\n{listed}\n\nGebruik de druppels tot een week lang."]


def test_paragraphs_numbered_out_of_order_stay_paragraphs(tmp_path):
    steps = STEP.format(n=1, text=STEPS[0]) + f"<p>{BODY}</p>" + STEP.format(n=3, text=STEPS[2])
    item = ingest_file(_page(tmp_path, f"<h1>Zwemmersoor</h1><h2>Behandeling</h2>{steps}"))
    assert f"1. {STEPS[0]}\n\n{BODY}\n\n3. {STEPS[2]}" in _texts(item)[0]


@pytest.mark.parametrize("byline", [
    "Huisartsenpraktijk De Boog &#8211; Laatst herzien: 14 april 2026",
    "Centrum Jeugd en Gezin Lingewaard | Versie april 2026",
])
def test_a_subtitle_of_who_sends_the_leaflet_and_when_is_no_passage(tmp_path, byline):
    item = ingest_file(_page(tmp_path, f"<h1>Zwemmersoor</h1><p class=MsoSubtitle>{byline}</p>"
                                       f"<h2>Wat is een zwemmersoor?</h2><p>{BODY}</p>"))
    assert _texts(item) == [BODY]
    assert item.leaflet.updated.startswith("2026-04")


def test_a_subtitle_of_other_words_stays():
    """A line of fields under the title that names no sender is text ("Oorpijn – wat helpt")."""
    from ingest.structure import _is_dated_sender
    assert _is_dated_sender("Huisartsenpraktijk De Boog – Laatst herzien: 14 april 2026")
    assert not _is_dated_sender("Oorpijn na het zwemmen – Laatst herzien: 14 april 2026")
    assert not _is_dated_sender("Huisartsenpraktijk De Boog – Boogstraat 12")  # no date: a masthead already


def test_the_red_team_word_and_google_docs_pages():
    word = ingest_leaflets(LEAFLETS / "zwemmersoor.html")[0]
    assert word.passages[0].headings == ("Wat is een zwemmersoor?",)
    assert "2. Ga op uw zij liggen met het zieke oor naar boven.\n3. Trek" in "\n".join(_texts(word))
    docs = ingest_leaflets(LEAFLETS / "krentenbaard.html")[0]
    assert docs.passages[0].headings == ("Wat is krentenbaard?",) and docs.leaflet.updated == "2026-03"


# ---------------------------------------------------------------- text browser dumps


DUMP = """   [1]Ziekenhuis Rijnstreek
     * [2]Patiënten
     * [3]Bezoekers
     * [4]Contact

   [5]Home > [6]Afdelingen > Hooikoorts

                                   Hooikoorts

   Hooikoorts is een allergie voor stuifmeel van bomen, grassen of
   kruiden. Vraag de [7]allergoloog om raad als de tabletten niet helpen.

Behandeling

   Een neusspray met een corticosteroïd helpt het best bij een verstopte
   neus. Begin twee weken voor het seizoen.

Zie ook

     * [8]Astma
     * [9]Eczeem

   Ziekenhuis Rijnstreek, Rijnplein 1, Leiden.
   [10]Privacy [11]Cookies

   © 2024 Ziekenhuis Rijnstreek

{label}

   1. https://h.example.nl/
   2. https://h.example.nl/patienten
   3. https://h.example.nl/bezoekers
   4. https://h.example.nl/contact
   5. https://h.example.nl/
   6. https://h.example.nl/afdelingen
   7. https://h.example.nl/allergoloog
   8. https://h.example.nl/astma
   9. https://h.example.nl/eczeem
  10. https://h.example.nl/privacy
  11. https://h.example.nl/cookies
"""


@pytest.mark.parametrize("label", ["References", "Links:"])
def test_a_dumps_site_around_the_page_is_no_text(tmp_path, label):
    item = _ingested(tmp_path, "hooikoorts.txt", DUMP.format(label=label))
    assert item.leaflet.title == "Hooikoorts"
    assert [(passage.headings, passage.text) for passage in item.passages] == [
        ((), "Hooikoorts is een allergie voor stuifmeel van bomen, grassen of kruiden. Vraag de allergoloog om "
             "raad als de tabletten niet helpen."),
        (("Behandeling",), "Een neusspray met een corticosteroïd helpt het best bij een verstopte neus. Begin "
                           "twee weken voor het seizoen."),
    ]
    assert item.leaflet.updated == "2024"  # the footer's copyright, furniture, still dates it


def test_the_site_around_a_dump_is_its_furniture():
    _, interface = without_link_list(DUMP.format(label="References"))
    assert interface[:2] == ["Home > Afdelingen > Hooikoorts", "Ziekenhuis Rijnstreek"]
    assert "Privacy Cookies" in interface and "© 2024 Ziekenhuis Rijnstreek" in interface


def test_a_dumps_closing_text_with_a_link_in_a_sentence_stays():
    dump = DUMP.format(label="References").replace(
        "     * [8]Astma\n     * [9]Eczeem\n",
        "   Lees ook de folders over [8]astma en [9]eczeem, want die klachten\n   komen vaak samen voor.\n")
    body, _ = without_link_list(dump)
    assert "Lees ook de folders over astma en eczeem" in body and "Zie ook" in body
    assert "Privacy" not in body and "©" not in body


def test_the_red_team_lynx_dump_is_titled_by_its_page():
    item = ingest_leaflets(LEAFLETS / "prikkelbaredarm.txt")[0]
    text = "\n".join(_texts(item))
    assert item.leaflet.title == "Prikkelbaredarmsyndroom (PDS)"
    assert item.passages[0].headings == ("Wat is het prikkelbaredarmsyndroom?",)
    assert "Patiënten" not in text and "Coeliakie" not in text and "©" not in text and "Privacy" not in text
