"""Justified plain text (`par 72j`, `man`, Emacs `fill-paragraph` justified) pads the gaps
between its words to a flush right margin: two spaces here and there, wherever the words
fall. Red team 23 found such prose read as a table ("Wegwerpluiers | houden de | huid
droger"), its hyphenation left broken and a heading lost. A table typed with spaces keeps
its gaps at the same columns on every row, and stays a table."""

from __future__ import annotations

from ingest.pipeline import ingest_file

JUSTIFIED = """Luieruitslag

WAT IS LUIERUITSLAG?

Luieruitslag is een rode,  soms schrale of natte huid op  de plek van de
luier. Bijna alle  baby's hebben er weleens last van,  het vaakst tussen
de 6  en 12  maanden. De  huid wordt  geprikkeld door  plas en  poep die
lang  tegen  de  huid  zitten.  Ook  diarree,  tandjes  krijgen  en  een
antibioticakuur maken de kans groter.

LUIERS EN WASMIDDEL

Wegwerpluiers  houden de  huid droger  dan katoenen  luiers. Gebruikt  u
katoenen luiers,  spoel ze dan  goed uit en gebruik  geen wasverzachter.
Een te strakke  luier schuurt; kies de juiste maat,  zodat er een vinger
tussen luier en buik past.
"""

MAN = """SPANNINGSHOOFDPIJN(7)          Folders          SPANNINGSHOOFDPIJN(7)

WAT IS SPANNINGSHOOFDPIJN?
       Een  aanval  kan een half uur duren, maar ook een hele week. Heeft u op
       meer dan vijftien dagen per maand hoofdpijn, dan spreken we  van  chro\u2010
       nische spanningshoofdpijn.

WERK EN SCHOOL
       U mag met spanningshoofdpijn gewoon werken. Zet uw beeldscherm op
       ooghoogte en zorg voor goed licht. Kinderen met spanningshoofdpijn ho\u2010
       even  niet  thuis te blijven van school. Praat wel met de leraar als uw
       kind vaak hoofdpijn heeft, want soms speelt pesten of  druk  op  school
       mee.
"""

TABLE = """Pijnstillers

DOSERING

Neem niet meer dan de dosis hieronder. Vraag het de apotheek als u twijfelt.

Middel                Per keer      Per dag
Paracetamol 500 mg    2 tabletten         6
Ibuprofen 400 mg      1 tablet            3
Naproxen 250 mg       1 tablet           12
"""


def _passages(tmp_path, text: str) -> dict[tuple[str, ...], str]:
    path = tmp_path / "folder.txt"
    path.write_text(text, encoding="utf-8")
    return {p.headings: p.text for p in ingest_file(path).passages}


def test_justified_prose_is_no_table(tmp_path):
    passages = _passages(tmp_path, JUSTIFIED)
    text = passages[("WAT IS LUIERUITSLAG?",)]
    assert " | " not in text
    assert "het vaakst tussen de 6 en 12 maanden. De huid wordt geprikkeld door plas en poep" in text


def test_justified_gaps_one_under_the_other_make_no_columns(tmp_path):
    """Three lines whose gaps fall at the same column by chance ("katoenen  luiers.",
    "gebruik  geen", "maat,  zodat") are still one paragraph, read across."""
    text = _passages(tmp_path, JUSTIFIED)[("LUIERS EN WASMIDDEL",)]
    assert text.startswith("Wegwerpluiers houden de huid droger dan katoenen luiers. Gebruikt u katoenen luiers,")
    assert text.endswith("zodat er een vinger tussen luier en buik past.")


def test_man_page_hyphens_join_and_headings_stay(tmp_path):
    passages = _passages(tmp_path, MAN)
    assert "dan spreken we van chronische spanningshoofdpijn." in passages[("WAT IS SPANNINGSHOOFDPIJN?",)]
    work = passages[("WERK EN SCHOOL",)]
    assert "Kinderen met spanningshoofdpijn hoeven niet thuis te blijven van school." in work
    assert " | " not in work


def test_space_aligned_table_with_numbers_set_right_stays(tmp_path):
    text = _passages(tmp_path, TABLE)[("DOSERING",)]
    assert "Middel | Per keer | Per dag" in text
    assert "Paracetamol 500 mg | 2 tabletten | 6" in text
    assert "Naproxen 250 mg | 1 tablet | 12" in text
