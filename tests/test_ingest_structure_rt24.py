"""Plain-text headings of red team 24: a question right over the heading of its list
("Wanneer moet u bellen?" over "Bel direct de verloskamers als") heads that section, not
the end of the one before; a heading in capitals with a colon ("HET RISICO: EEN SCHEURTJE
IN HET NETVLIES", html-to-text's `h2`) is a heading among its siblings in capitals."""

from __future__ import annotations

from ingest.clean import clean
from ingest.source import SourceText
from ingest.structure import find_outline

BODY = "U leest hier wat u moet weten en wat u zelf kunt doen."


def sections(text: str) -> list[tuple[tuple[str, ...], str]]:
    outline = find_outline(clean(SourceText(text, "plain")))
    return [(section.headings, "\n".join(b.text for b in section.blocks)) for section in outline.sections]


def test_a_question_over_the_heading_of_a_list_heads_its_section():
    text = ("Zwangerschapsjeuk\n\nVitamine K\n\nUw baby krijgt vitamine K na de geboorte.\n\n"
            "Wanneer moet u bellen?\n\nBel direct de verloskamers als\n\n"
            "  * u uw baby minder voelt bewegen;\n  * u vocht verliest.\n\n"
            "Contact\n\nVerloskamers, telefoon 0575 59 21 00.\n")
    found = sections(text)
    before = next(body for headings, body in found if headings[-1] == "Vitamine K")
    assert "Wanneer" not in before
    assert any(headings[-2:] == ("Wanneer moet u bellen?", "Bel direct de verloskamers als") and "vocht" in body
               for headings, body in found)


def test_a_question_over_a_question_stays_as_it_was():
    text = (f"Titel\n\nInleiding\n\n{BODY}\n\nHoe lang duurt het?\n\nMag ik eten?\n\n{BODY}\n")
    headings = [headings for headings, _ in sections(text)]
    assert not any(h[-2:] == ("Hoe lang duurt het?", "Mag ik eten?") for h in headings)


def test_a_heading_in_capitals_with_a_colon_is_a_heading_among_capitals():
    text = ("KLACHTEN\n\nU ziet vlekjes. Die worden minder.\n\n"
            "HET RISICO: EEN SCHEURTJE IN HET NETVLIES\n\n"
            "Bij een op de tien mensen ontstaat een scheurtje. Dat is ernstig.\n\n"
            "CONTACT\n\nBel de polikliniek op werkdagen.\n")
    found = sections(text)
    assert any(headings == ("HET RISICO: EEN SCHEURTJE IN HET NETVLIES",) and "scheurtje" in body
               for headings, body in found)
    assert not any("HET RISICO" in body for _, body in found)


def test_a_label_in_capitals_without_sibling_headings_in_capitals_stays_text():
    text = (f"Titel van de folder\n\nInleiding\n\n{BODY}\n\nLET OP: NIET AUTORIJDEN\n\n{BODY}\n")
    assert not any("LET OP" in " ".join(headings) for headings, _ in sections(text))
