"""Plain text's underlines rank its headings, and a byline under the title is no heading
(red team 10): "Medicijnen" over "----------", after text under "VOORBEREIDING", was cited
beside it rather than under it, and "Ziekenhuis Amstelveld - afdeling Longziekten" under the
title headed the leaflet's first passage."""

from __future__ import annotations

from ingest.clean import clean
from ingest.source import SourceText
from ingest.structure import find_outline

BODY = "U leest hier wat u moet weten en wat u zelf kunt doen."


def levels(text: str) -> list[tuple[str, int]]:
    return [(h.text, h.level) for h in find_outline(clean(SourceText(text, "plain"))).headings]


def paths(text: str) -> list[tuple[str, ...]]:
    return [section.headings for section in find_outline(clean(SourceText(text, "plain"))).sections]


def test_a_heading_underlined_with_dashes_is_part_of_the_heading_in_capitals_above_it():
    text = (f"Longfunctieonderzoek\n====================\n\nVOORBEREIDING\n\n{BODY}\n\n"
            f"Medicijnen\n----------\n\n{BODY}\n\nEten en drinken\n---------------\n\n{BODY}\n\n"
            f"HET ONDERZOEK\n-------------\n\n{BODY}\n\nUitslag\n-------\n\n{BODY}\n\nCONTACT\n\n{BODY}\n")
    assert levels(text) == [("Longfunctieonderzoek", 1), ("VOORBEREIDING", 2), ("Medicijnen", 3),
                            ("Eten en drinken", 3), ("HET ONDERZOEK", 2), ("Uitslag", 3), ("CONTACT", 2)]
    assert ("VOORBEREIDING", "Eten en drinken") in paths(text)
    assert ("CONTACT",) in paths(text)


def test_dashes_under_equals_nest_and_a_plain_heading_ends_the_part():
    text = (f"Titel\n=====\n\nDe operatie\n===========\n\n{BODY}\n\nPijn\n----\n\n{BODY}\n\n"
            f"De wond\n-------\n\n{BODY}\n\nThuis\n=====\n\n{BODY}\n\nDouchen\n-------\n\n{BODY}\n")
    assert levels(text) == [("Titel", 1), ("De operatie", 2), ("Pijn", 3), ("De wond", 3),
                            ("Thuis", 2), ("Douchen", 3)]


def test_one_heading_in_capitals_is_no_level_of_its_own():
    """A lone "BELANGRIJK" is emphasis, not a part that the headings after it belong to."""
    text = (f"Jicht\n\nWat is jicht?\n-------------\n\n{BODY}\n\nBELANGRIJK\n\n{BODY}\n\n"
            f"Leefregels\n----------\n\n{BODY}\n\nBehandeling\n-----------\n\n{BODY}\n")
    assert levels(text) == [("Jicht", 1), ("Wat is jicht?", 2), ("BELANGRIJK", 2), ("Leefregels", 2),
                            ("Behandeling", 2)]


def test_a_byline_under_the_title_heads_nothing():
    for byline in ["Ziekenhuis Amstelveld - afdeling Longziekten", "Praktijk De Linde, afdeling Longziekten"]:
        text = f"Longfunctieonderzoek\n\n{byline}\n\n{BODY}\n\nVoorbereiding\n\n{BODY}\n"
        assert levels(text) == [("Longfunctieonderzoek", 1), ("Voorbereiding", 2)]
        first = find_outline(clean(SourceText(text, "plain"))).sections[0]
        assert first.headings == () and [block.text for block in first.blocks] == [BODY]  # cover, not text
    # a name alone may head a section about going there
    text = f"Hartkatheterisatie\n\nPolikliniek Cardiologie\n\n{BODY}\n\nThuis\n\n{BODY}\n"
    assert levels(text) == [("Hartkatheterisatie", 1), ("Polikliniek Cardiologie", 2), ("Thuis", 2)]
    # a first section whose heading merely names a department is still a section
    text = f"Hartkatheterisatie\n\nOpname op de afdeling Cardiologie\n\n{BODY}\n\nThuis\n\n{BODY}\n"
    assert levels(text) == [("Hartkatheterisatie", 1), ("Opname op de afdeling Cardiologie", 2), ("Thuis", 2)]


def test_a_short_line_over_a_heading_stays_text_of_its_section():
    """A section's last line ("Bel dan direct 112") over the next heading: taken for a heading
    of nothing, its words were in no passage (review of red team 11's round)."""
    text = (f"Wondzorg\n\nWanneer bellen?\n\nBel als de wond rood wordt of als de pijn niet weggaat?\n\n"
            f"Bel dan direct 112\n\nNa de behandeling\n\n{BODY}\n")
    outline = find_outline(clean(SourceText(text, "plain")))
    assert [b.text for b in outline.sections[0].blocks][-1] == "Bel dan direct 112"


def test_a_masthead_marked_as_a_small_heading_heads_nothing():
    """A scan's OCR layer marked "Maasland Ziekenhuis" (small, bold) as a heading over the
    title: the outline had no title, and the title stood in every passage's heading path."""
    text = f"#### Maasland Ziekenhuis\n\n# Decubitus voorkomen\n\n## Wat is decubitus?\n\n{BODY}\n\n## Contact\n\n{BODY}\n"
    outline = find_outline(clean(SourceText(text, "markdown")))
    assert outline.title == "Decubitus voorkomen"
    assert [s.headings for s in outline.sections] == [("Wat is decubitus?",), ("Contact",)]
    # a first heading that names no organisation is no masthead
    text = f"#### Belangrijk\n\n# Decubitus voorkomen\n\n## Wat is decubitus?\n\n{BODY}\n"
    assert find_outline(clean(SourceText(text, "markdown"))).title == ""


def test_a_subtitle_heading_over_a_label_on_the_cover_is_no_section():
    """A folder's cover: title, a subtitle set as a heading, the department under it. As a
    passage of three words under the subtitle it came first for questions about the subject
    at large (red team 11)."""
    text = (f"# Hielspoor\n\n## Pijn onder de hiel bij het opstaan\n\nOrthopedie en podotherapie\n\n"
            f"## Oefeningen voor thuis\n\n{BODY}\n")
    outline = find_outline(clean(SourceText(text, "markdown")))
    assert [s.headings for s in outline.sections] == [("Oefeningen voor thuis",)]
    # a department with its initials, its specialties sharing one ending (a printed web page)
    text = (f"# Hielspoor\n\n## Pijn onder de hiel\n\nKeel-, Neus- en Oorheelkunde (KNO)\n\n"
            f"## Oefeningen voor thuis\n\n{BODY}\n")
    outline = find_outline(clean(SourceText(text, "markdown")))
    assert [s.headings for s in outline.sections] == [("Oefeningen voor thuis",)]
    # a first section that says something stays one, sentence or not
    for body in ("Een ontsteking.", "Bel bij pijn direct 112", "Neem uw medicijnlijst mee"):
        text = f"# Hielspoor\n\n## Spoed\n\n{body}\n\n## Oefeningen voor thuis\n\n{BODY}\n"
        outline = find_outline(clean(SourceText(text, "markdown")))
        assert [s.headings for s in outline.sections] == [("Spoed",), ("Oefeningen voor thuis",)], body


def test_a_cover_of_a_masthead_heading_and_two_subtitles_makes_no_passage():
    text = (f"#### Maasland Ziekenhuis\n\n# Bekkenbodemtraining\n\nInformatie voor vrouwen met urineverlies\n\n"
            f"Voorlichtingsbijeenkomst bekkenfysiotherapie\n\n## Wat is de bekkenbodem?\n\n{BODY}\n")
    outline = find_outline(clean(SourceText(text, "markdown")))
    assert outline.title == "Bekkenbodemtraining"
    assert [(s.headings, [b.text for b in s.blocks]) for s in outline.sections] == [(("Wat is de bekkenbodem?",), [BODY])]


def test_a_cover_line_that_names_the_publisher_is_no_passage():
    """"ETZ Midden-Brabant" over the title names no hospital by its words, but the catalog says
    it publishes the leaflet: a masthead; the department under the title follows it off the
    page (red team 12: both were passages, one came third for a question)."""
    text = (f"ETZ Midden-Brabant\n\n# Tenniselleboog\n\nFysiotherapie en Orthopedie\n\n"
            f"## Wat is een tenniselleboog?\n\n{BODY}\n")
    outline = find_outline(clean(SourceText(text, "markdown")), publisher="ETZ  Midden-Brabant")
    assert [s.headings for s in outline.sections] == [("Wat is een tenniselleboog?",)]
    without = find_outline(clean(SourceText(text, "markdown")))  # no publisher known: the line stays
    assert any("ETZ Midden-Brabant" in block.text for s in without.sections for block in s.blocks)
