"""jusText's output as red team 31 found it read wrongly: a web page's text, boilerplate removed
by jusText and kept as `.txt` (one paragraph a line, each opened by "<h> " or "<p> "), was read
as plain text, its tags in every passage, no heading known, its title the file's name. Such a
`.txt` is now read as the Markdown it corresponds to (ingest/justext.py), before any other
markup is asked."""

from __future__ import annotations

from pathlib import Path

from ingest.justext import is_justext, justext_as_markdown
from ingest.pipeline import ingest_file

# The default format, a paragraph wrapped where the page's source wrapped it.
DEFAULT = """\
<h> Krentenbaard bij kinderen
<p> Krentenbaard is een besmettelijke ontsteking van de huid. De huid wordt rood met blaasjes
die openspringen &amp; korstjes geven, vaak rond de neus en de mond.
<h> Wanneer belt u de huisarts?
<p> Bel de huisarts als:
<p> uw kind koorts krijgt;
<p> de plekken groter worden,
<p> het na een week niet beter is.
<p> Gebruik de crème &lt;zalf&gt; zoals voorgeschreven.
<p> 1. Was eerst uw handen.
"""

# The boilerplate format: the page's furniture kept, tagged "<b>".
BOILERPLATE = """\
<b> Home | Folders | Contact
<h> Hoofdluis
<p> Hoofdluis is onschuldig en gaat niet vanzelf over.
<b> Copyright 2025 Huisartsenpraktijk. Alle rechten voorbehouden.
"""

# The detailed format: every paragraph, its judgement as attributes.
DETAILED = """\
<p class="bad" cfclass="bad" heading="0" xpath="/html[1]/body[1]/div[1]"> Home | Folders
<p class="good" cfclass="short" heading="1" xpath="/html[1]/body[1]/h1[1]"> Hoofdluis
<p class="good" cfclass="good" heading="0" xpath="/html[1]/body[1]/p[1]"> Hoofdluis is onschuldig.
<p class="good" cfclass="short" heading="1" xpath="/html[1]/body[1]/h2[1]"> Behandeling
<p class="neargood" cfclass="short" heading="0" xpath="/html[1]/body[1]/p[2]"> Lees verder
<p class="good" cfclass="good" heading="0" xpath="/html[1]/body[1]/p[3]"> Kam elke dag met een luizenkam.
"""


def test_the_red_team_leaflet_has_its_title_sections_and_items():
    ingested = ingest_file(Path(__file__).parent / "data" / "redteam31_leaflets" / "steenpuist.txt")
    assert ingested.leaflet.title == "Steenpuist (furunkel)"
    by_heading = {passage.headings[-1]: passage.text for passage in ingested.passages if passage.headings}
    assert list(by_heading) == ["Wat is een steenpuist?", "Hoe ontstaat het?", "Wat kunt u zelf doen?",
                                "Wanneer moet u de huisarts bellen?", "Wat doet de huisarts?",
                                "Steeds terugkerende steenpuisten"]
    assert by_heading["Wanneer moet u de huisarts bellen?"].startswith(
        "Neem contact op met de praktijk als:\n\n• de steenpuist in uw gezicht zit;\n• u koorts krijgt")
    assert "Knijp een steenpuist nooit uit" in by_heading["Wat kunt u zelf doen?"]
    assert not any("<p>" in passage.text or "<h>" in passage.text for passage in ingested.passages)


def test_justext_output_is_known_in_each_format():
    assert is_justext(DEFAULT) and is_justext(BOILERPLATE) and is_justext(DETAILED)


def test_other_texts_are_not_taken_for_justext():
    assert not is_justext("<p> Eén alinea met een tag.\n")  # one tagged line may be chance
    assert not is_justext("Hoofdluis\n<p> Hoofdluis is onschuldig.\n<p> Kam elke dag.\n")  # no tag first
    assert not is_justext("<p>Hoofdluis</p>\n<p>Kam elke dag.</p>\n")  # HTML: its closing tags
    assert not is_justext("<p> Hoofdluis & neten.\n<p> Kam elke dag.\n")  # jusText escapes "&"
    assert not is_justext("<h> Hoofdluis\n<p> Kam elke dag.\n\nEen alinea van gewone tekst.\n")  # jusText writes no blank line


def test_tags_become_headings_paragraphs_and_items():
    assert justext_as_markdown(DEFAULT) == (
        "# Krentenbaard bij kinderen\n\n"
        "Krentenbaard is een besmettelijke ontsteking van de huid. De huid wordt rood met blaasjes "
        "die openspringen &amp; korstjes geven, vaak rond de neus en de mond.\n\n"
        "## Wanneer belt u de huisarts?\n\n"
        "Bel de huisarts als:\n\n"
        "- uw kind koorts krijgt;\n- de plekken groter worden,\n- het na een week niet beter is.\n\n"
        "Gebruik de crème &lt;zalf&gt; zoals voorgeschreven.\n\n"
        "1\\. Was eerst uw handen.\n")


def test_boilerplate_and_paragraphs_not_judged_good_are_dropped():
    assert justext_as_markdown(BOILERPLATE) == "# Hoofdluis\n\nHoofdluis is onschuldig en gaat niet vanzelf over.\n"
    assert justext_as_markdown(DETAILED) == (
        "# Hoofdluis\n\nHoofdluis is onschuldig.\n\n## Behandeling\n\nKam elke dag met een luizenkam.\n")


def test_too_few_or_unlike_paragraphs_under_a_lead_stay_paragraphs():
    two = "<p> Neem mee:\n<p> uw medicijnen;\n<p> uw pas.\n"
    assert "- " not in justext_as_markdown(two)
    prose_after = "<p> Neem mee:\n<p> uw medicijnen;\n<p> uw pas;\n<p> uw brief;\n<p> Daarna meldt u zich.\n"
    assert justext_as_markdown(prose_after) == (
        "Neem mee:\n\n- uw medicijnen;\n- uw pas;\n- uw brief;\n\nDaarna meldt u zich.\n")


def test_a_justext_text_reads_with_its_escapes_undone(tmp_path):
    path = tmp_path / "krentenbaard.txt"
    path.write_text(DEFAULT, encoding="utf-8")
    ingested = ingest_file(path)
    assert ingested.leaflet.title == "Krentenbaard bij kinderen"
    text = "\n".join(passage.text for passage in ingested.passages)
    assert "openspringen & korstjes" in text and "de crème <zalf> zoals" in text
    assert "<p>" not in text
