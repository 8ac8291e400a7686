"""Markdown kept as a `.txt`: read as plain text, "# Tekenbeet ..." stood as a passage, the
title was the file's name, "## Een teek verwijderen" no heading and `**vet**`, `[tekst](adres)`
and a pipe table's rule row stayed in the cited text. A `.txt` that shows Markdown's signs is
now read as Markdown (ingest/markdown_signs.py); plain text with a "#" of its own is not."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.markdown_signs import is_markdown, markdown_signs
from ingest.pipeline import detect_kind

LEAFLET = """\
# Tekenbeet en de ziekte van Lyme

*Laatst herzien: 12 februari 2026*

## Wat is een tekenbeet?

Een teek is een klein spinachtig diertje dat zich vastbijt in de huid. Sommige teken dragen
een bacterie die de **ziekte van Lyme** kan veroorzaken.

## Een teek verwijderen

1. Pak de teek zo dicht mogelijk bij de huid vast met een tekentang.
2. Trek de teek er rustig recht uit.

Meer uitleg staat op [de site van het RIVM](https://www.rivm.nl/lyme).

## Wanneer naar de huisarts?

| Klacht | Wat doet u |
| --- | --- |
| Rode vlek groter dan 5 cm | Bel de huisarts binnen een week |
"""

# Plain text whose "#" lines are a box's margin, and one that opens a single line with "# ".
BOXED = """\
Wondverzorging na een tekenbeet

Houd het wondje schoon en droog. Kijk de komende weken of er een rode vlek ontstaat.

##########################################
## BEL DIRECT DE HUISARTS ALS:
##   - u een verlamd gezicht krijgt
##   - u hoge koorts krijgt
##########################################

Een rode kring rond de beet kan na drie dagen tot drie maanden verschijnen.

##########################################
## LET OP:
##   - een teek in de lies is makkelijk te missen
##########################################
"""
ONE_MARK = """\
Tekenbeet

# Let op: dit is geen vervanging van een bezoek aan de huisarts.

Een teek verwijdert u met een tekentang. Ontsmet het wondje daarna met alcohol.
"""


def _ingest(tmp_path: Path, text: str, name: str = "tekenbeet.txt"):
    return ingest_file_as(tmp_path, name, text, rooted=False)


def test_markdown_kept_as_txt_is_read_as_markdown(tmp_path):
    item = _ingest(tmp_path, LEAFLET)
    assert item.leaflet.title == "Tekenbeet en de ziekte van Lyme"
    assert item.leaflet.updated == "2026-02-12"
    headings = [passage.headings[-1] for passage in item.passages]
    assert headings == ["Wat is een tekenbeet?", "Een teek verwijderen", "Wanneer naar de huisarts?"]
    text = "\n".join(passage.text for passage in item.passages)
    assert "de ziekte van Lyme kan veroorzaken" in text and "**" not in text
    assert "Meer uitleg staat op de site van het RIVM." in text and "](" not in text
    assert "Rode vlek groter dan 5 cm | Bel de huisarts binnen een week" in text
    assert "---" not in text and "#" not in text


def test_the_same_text_named_md_reads_the_same(tmp_path):
    as_txt, as_md = _ingest(tmp_path, LEAFLET), _ingest(tmp_path, LEAFLET, "tekenbeet.md")
    assert [p.text for p in as_txt.passages] == [p.text for p in as_md.passages]
    assert as_txt.leaflet.title == as_md.leaflet.title


def test_markdown_kept_as_txt_stays_plain_for_uploads_and_replacements():
    # A .txt replaces a .txt whatever it holds; the reader decides how to read it.
    assert detect_kind(LEAFLET.encode(), Path("tekenbeet.txt")) == "plain"


def test_headings_alone_are_enough_but_one_sign_is_not():
    assert markdown_signs(LEAFLET) == {"headings", "link", "strong", "table"}
    three_headings = "# A\n\ntekst\n\n## B\n\ntekst\n\n## C\n\ntekst\n"
    assert is_markdown(three_headings)
    assert not is_markdown("# A\n\ntekst\n\n## B\n\ntekst\n")  # two headings, nothing else
    assert not is_markdown("Zie **altijd** de bijsluiter.\n")
    assert is_markdown("Zie **altijd** [de bijsluiter](https://www.example.nl/b).\n")


def test_plain_text_with_hash_marks_of_its_own_stays_plain(tmp_path):
    assert not is_markdown(BOXED) and markdown_signs(BOXED) == set()
    assert not is_markdown(ONE_MARK)
    item = _ingest(tmp_path, BOXED, "wond.txt")
    text = "\n".join(passage.text for passage in item.passages)
    assert "u een verlamd gezicht krijgt" in text and "##" not in text


def test_blank_and_empty_texts_are_no_markdown():
    assert not is_markdown("")
    assert not is_markdown("\n\n   \n")
    assert not is_markdown("#\n\n#\n\n#\n")  # marks without words are no headings
