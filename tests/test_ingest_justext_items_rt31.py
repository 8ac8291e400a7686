"""jusText's list items (review of red team 31's fixes): jusText keeps each "<li>" as a
paragraph of its own and drops its bullet, and the first reader knew items only when they end
in ";" or ",", so a page's "<li>"s of a few words without a stop stayed paragraphs apart. The
detailed format's xpath (".../ul[1]/li[2]") now says which paragraphs are items, in which list
and how deep; in the other formats three or more paragraphs in a row that end no sentence,
under a lead ending in ":", are items."""

from __future__ import annotations

from pathlib import Path

from ingest.justext import justext_as_markdown
from ingest.pipeline import ingest_file

# jusText's default format (`python -m justext -s Dutch page.html`) of a page with a "<ul>".
DEFAULT = """\
<h> Waterpokken
<h> Wat kunt u zelf doen?
<p> U kunt de klachten wel verlichten. Let op de volgende punten:
<p> Knip de nagels van uw kind kort
<p> Geef paracetamol bij koorts of pijn
<p> Laat uw kind niet krabben
<h> Wanneer belt u de huisarts?
<p> Bel de huisarts als uw kind erg ziek wordt.
"""

# The detailed format (`--format=detailed`): an "<ol>" with a nested "<ul>" and an item of two "<p>"s.
DETAILED = """\
<p class="good" cfclass="short" heading="1" xpath="/html[1]/body[1]/h1[1]"> Tabletten
<p class="good" cfclass="short" heading="0" xpath="/html[1]/body[1]/p[1]"> Doe het zo:
<p class="good" cfclass="short" heading="0" xpath="/html[1]/body[1]/ol[1]/li[1]"> Was uw handen
<p class="good" cfclass="short" heading="0" xpath="/html[1]/body[1]/ol[1]/li[1]/ul[1]/li[1]"> met zeep
<p class="good" cfclass="short" heading="0" xpath="/html[1]/body[1]/ol[1]/li[2]/p[1]"> Neem de tablet in
<p class="good" cfclass="short" heading="0" xpath="/html[1]/body[1]/ol[1]/li[2]/p[2]"> Kauw hem niet.
<p class="good" cfclass="good" heading="0" xpath="/html[1]/body[1]/p[2]"> Bel bij klachten de apotheek.
"""


def test_items_without_a_stop_under_a_lead_are_items():
    assert justext_as_markdown(DEFAULT) == (
        "# Waterpokken\n\n## Wat kunt u zelf doen?\n\n"
        "U kunt de klachten wel verlichten. Let op de volgende punten:\n\n"
        "- Knip de nagels van uw kind kort\n- Geef paracetamol bij koorts of pijn\n- Laat uw kind niet krabben\n\n"
        "## Wanneer belt u de huisarts?\n\nBel de huisarts als uw kind erg ziek wordt.\n")


def test_too_few_or_finished_paragraphs_stay_paragraphs():
    two = "<p> Neem mee:\n<p> Uw medicijnen\n<p> Uw pas\n<p> Meld u aan de balie.\n"
    assert "- " not in justext_as_markdown(two)
    sentence_after = "<p> Neem mee:\n<p> Uw medicijnen\n<p> Uw pas\n<p> Uw brief\n<p> Meld u aan de balie.\n"
    assert justext_as_markdown(sentence_after) == (
        "Neem mee:\n\n- Uw medicijnen\n- Uw pas\n- Uw brief\n\nMeld u aan de balie.\n")


def test_the_detailed_format_xpath_says_which_paragraphs_are_items():
    assert justext_as_markdown(DETAILED) == (
        "# Tabletten\n\nDoe het zo:\n\n"
        "1. Was uw handen\n   - met zeep\n2. Neem de tablet in\n\n   Kauw hem niet.\n\n"
        "Bel bij klachten de apotheek.\n")


def test_in_the_detailed_format_paragraphs_in_no_li_are_no_items():
    paragraphs = "".join(f'<p class="good" cfclass="short" heading="0" xpath="/html[1]/body[1]/p[{n}]"> {words}\n'
                         for n, words in enumerate(["Neem mee:", "Uw medicijnen", "Uw pas", "Uw brief"], 1))
    assert justext_as_markdown(paragraphs) == "Neem mee:\n\nUw medicijnen\n\nUw pas\n\nUw brief\n"


def test_a_justext_page_reads_with_its_items(tmp_path):
    path = tmp_path / "waterpokken.txt"
    path.write_text(DEFAULT, encoding="utf-8")
    by_heading = {passage.headings[-1]: passage.text for passage in ingest_file(path).passages if passage.headings}
    assert by_heading["Wat kunt u zelf doen?"].endswith(
        "punten:\n\n• Knip de nagels van uw kind kort\n• Geef paracetamol bij koorts of pijn\n• Laat uw kind niet krabben")


def test_the_red_team_leaflet_keeps_its_prose_paragraphs_apart():
    ingested = ingest_file(Path(__file__).parent / "data" / "redteam31_leaflets" / "steenpuist.txt")
    by_heading = {passage.headings[-1]: passage.text for passage in ingested.passages if passage.headings}
    assert "\n\nDek de wond af met een droog verband" in by_heading["Wat kunt u zelf doen?"]
    assert "•" not in by_heading["Wat kunt u zelf doen?"]
    assert "• u koorts krijgt of zich ziek voelt;\n" in by_heading["Wanneer moet u de huisarts bellen?"]
