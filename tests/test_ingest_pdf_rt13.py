"""PDF findings of red team 13 (leaflets made by WeasyPrint and wkhtmltopdf): words a
typesetter hyphenated with U+2010 at a line end, a bordered table whose cells one text
object drew, invented list bullets, and list bullets drawn as shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean, normalise_unicode
from ingest.pipeline import ingest_file
from ingest.source import SourceText

LEAFLETS = Path(__file__).parent / "data" / "redteam13_leaflets"


@pytest.fixture(scope="module")
def coeliakie():
    return ingest_file(LEAFLETS / "coeliakie.pdf")


# ---------------------------------------------------------------- finding 7: U+2010 at a line end

def test_a_typographic_hyphen_at_a_line_end_is_read_as_a_hyphen():
    assert normalise_unicode("Lees de folder rus\u2010") == "Lees de folder rus-"
    assert normalise_unicode("rus\u2010 \ntig") == "rus- \ntig"
    assert normalise_unicode("e\u2011\nmail") == "e-\nmail"
    assert normalise_unicode("gluten\u2010vrij") == "gluten\u2010vrij"  # inside a line: as printed


def test_words_hyphenated_with_u2010_are_joined_as_with_a_hyphen():
    text = ("Drie uur dieet\u2010 \nadvisering per jaar wordt vergoed. Eet alleen gluten\u2010 \nvrij brood, "
            "want glutenvrij eten is nodig. Bel de polikliniek Maag\u2010 \nen Darmziekten.\n")
    out = clean(SourceText(text, "plain")).text
    assert "dieetadvisering" in out and "glutenvrij brood" in out
    assert "Maag- en Darmziekten" in out  # an elided compound keeps its hyphen, as with "-"


def test_weasyprint_leaflet_has_no_broken_words(coeliakie):
    text = "\n".join(passage.text for passage in coeliakie.passages)
    assert "\u2010 " not in text
    for word in ("rustig", "Daardoor", "persoon", "dieetadvisering", "„glutenvrij”", "(ouders"):
        assert word in text, word
