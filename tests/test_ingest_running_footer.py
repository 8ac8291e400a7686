"""Running footers in a PDF's text written without form feeds (red team 24: `mutool draw -F txt`)."""

from __future__ import annotations

from ingest.pipeline import ingest_file
from ingest.running_footer import without_running_footers
from ingest.text import load_text

FOOTER = "GYN-093 / herzien 30 juni 2025                             {}"


def _pages(*pages: str) -> str:
    return "\n\n".join(f"{page}\n\n{FOOTER.format(number)}" for number, page in enumerate(pages, start=1)) + "\n"


def test_footer_and_header_inside_a_sentence_go():
    text = _pages("Het onderzoek\n\nU krijgt een afspraak. De gynaecoloog kan",
                  "Ziekenhuis Rivierenland Tiel\nPatiëntenvoorlichting\n\ndan een behandeling voorschrijven.\n\n"
                  "Contact\n\nBel 0344 67 49 50.")
    source = load_text(text.encode(), "folder.txt")
    assert "De gynaecoloog kan\n" in source.text and "GYN-093" not in source.text
    assert "Ziekenhuis" not in source.text and "Patiëntenvoorlichting" not in source.text
    assert "Contact" in source.text and "Het onderzoek" in source.text
    assert "GYN-093 / herzien 30 juni 2025" in source.furniture.split("\n")


def test_header_repeated_under_footers_goes_but_a_heading_stays():
    header = "Ziekenhuis Rivierenland Tiel\nPatiëntenvoorlichting"
    text = _pages("Titel\n\nEerste zin.", f"{header}\n\nTweede\n\nTekst.", f"{header}\n\nDerde\n\nMeer tekst.")
    kept, furniture = without_running_footers(text)
    assert "Ziekenhuis" not in kept and "GYN" not in kept
    assert all(word in kept for word in ("Titel", "Tweede", "Derde", "Meer tekst."))
    assert furniture == ["GYN-093 / herzien 30 juni 2025", "Ziekenhuis Rivierenland Tiel", "Patiëntenvoorlichting"]


def test_lines_that_only_look_like_footers_stay():
    """A heading after a sentence's end stays; numbered headings set apart by one space are text;
    numbers that do not rise are no page numbers."""
    text = _pages("Uitleg over de week.", "Afdeling Gynaecologie\n\nTekst over iets.")
    assert "Afdeling Gynaecologie" in without_running_footers(text)[0]
    steps = "Week 1\n\nRust.\n\nWeek 2\n\nLoop.\n\nDosis      2\n\nTekst.\n\nDosis      1\n"
    assert without_running_footers(steps) == (steps, [])


# Red team 29: pymupdf4llm's Markdown of a two-page PDF (growing-pains-en.md) kept its footer
# "Leaflet KIN-112-EN ... Page 1 of 2" and the next page's header, and cut its table in two.
TABLE = "|Weight|Dose|\n|---|---|\n|10 to 15 kilos|120 mg|"
PAGED = ("Hospital | Paediatrics\n\n# Growing pains\n\n## What can you do?\n\nThese things help:\n\n"
         f"{TABLE}\n\n\n\nLeaflet KIN-112 Growing pains Page 1 of 2\n\n\nHospital | Paediatrics\n\n"
         "|Weight|Dose|\n|---|---|\n|30 to 40 kilos|500 mg|\n\n\n\nNo need to stop sport.\n\n"
         "## Contact\n\nCall us.\n\n\nLeaflet KIN-112 Growing pains Page 2 of 2\n")


def test_a_footer_with_a_page_label_set_apart_by_one_space_goes():
    kept, furniture = without_running_footers(PAGED)
    assert "Page 1 of 2" not in kept and "Page 2 of 2" not in kept
    assert furniture == ["Leaflet KIN-112 Growing pains", "Hospital | Paediatrics"]
    assert "Hospital | Paediatrics" not in kept.split("# Growing pains")[1]


def test_a_pdf_s_markdown_loses_its_running_footer_and_its_table_goes_on_over_the_page():
    source = load_text(PAGED.encode(), "folder.md", "markdown")
    assert "Page 1 of 2" not in source.text and "Leaflet KIN-112 Growing pains" in source.furniture.split("\n")
    assert f"{TABLE}\n|30 to 40 kilos|500 mg|\n" in source.text
    assert source.text.count("|Weight|Dose|") == 1


def test_page_labels_that_do_not_rise_or_stand_in_code_stay():
    text = "See the table on page 3\n\nText.\n\nSee the table on page 2\n"
    assert without_running_footers(text) == (text, [])
    code = "```\nReport Page 1 of 2\n\nReport Page 2 of 2\n```\n"
    assert without_running_footers(code, frozenset(range(5))) == (code, [])


def test_a_reference_to_another_page_is_no_running_footer(tmp_path):
    """"zie pagina 3" then "zie pagina 5": a page label that does not count the pages is the
    text's own reference, however alike the two lines are."""
    path = tmp_path / "verwijzing.md"
    path.write_text("# Wondzorg\n\nVerschoon de wond elke dag.\n\nMeer informatie: zie pagina 3\n\n"
                    "Houd de wond droog.\n\nMeer informatie: zie pagina 5\n\nBel bij koorts.\n", encoding="utf-8")
    text = "\n".join(passage.text for passage in ingest_file(path).passages)
    assert "zie pagina 3" in text and "zie pagina 5" in text


# Red team 30: pypdf's `extract_text()` writes a page's footer right under its last line and the
# next page's header right under a blank line, with no form feed (bekkenpijn-zwangerschap.txt).
GLUED = ("Praktijk De Wieg | Amersfoort\nBekkenpijn\nWat is het?\nVeel vrouwen hebben pijn rond het bekken.\n"
         "Yoga bij De Wieg: elke dinsdag · VK-07 Pagina {}\n\nPraktijk De Wieg | Amersfoort\n"
         "Contact\nBel ons op werkdagen.\nYoga bij De Wieg: elke dinsdag · VK-07 Pagina {}\n")


def test_a_footer_and_header_a_pdf_tool_glued_to_the_text_go():
    for first, second in (("1 van 2", "2 van 2"), ("- 1 -", "- 2 -")):
        kept, furniture = without_running_footers(GLUED.format(first, second).replace("Pagina - ", "- "))
        assert "Yoga" not in kept and kept.count("Praktijk De Wieg") == 1
        assert furniture == ["Yoga bij De Wieg: elke dinsdag · VK-07", "Praktijk De Wieg | Amersfoort"]
        assert "Bel ons op werkdagen." in kept and "Contact" in kept


def test_a_sentence_that_names_a_page_against_the_text_stays():
    text = "Wondzorg\nVerschoon de wond.\nLees meer op pagina 3\nHoud de wond droog.\nLees meer op pagina 5\n"
    assert without_running_footers(text) == (text, [])
