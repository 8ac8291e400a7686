"""Red team 53's review copies in text form: a word diff (GNU wdiff, dwdiff), a side-by-side diff
(`diff -y`), `git blame` and a unified diff read as the new version they show, deleted text and
change marks out, marked a review copy; a leaflet's own "[-", "|" table or "@@" left alone.

The tool outputs below were made by the tools (wdiff 1.2.2, dwdiff 2.1.4, GNU diff 3.8, git 2.39)
from the two versions of one short leaflet; `NEW` is the new version."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import REVIEW_COPY
from ingest.review_copy import read_review_copy
from ingest.review_copy.unified_diff import new_lines
from leaflet_files import ingest_file_as

DATA = Path(__file__).parent / "data" / "redteam53_leaflets"
OLD_WORDS = ("3 mei 2023", "twee dagen", "tien dagen", "wondzalf", "38 graden", "45 67")

NEW = (
    'Wondzorg na een operatie\n'
    '\n'
    'Laatst bijgewerkt: 9 februari 2026\n'
    '\n'
    'Verzorging\n'
    '\n'
    'Houd de wond een dag droog. Daarna mag u douchen. De hechtingen\n'
    'lossen vanzelf op.\n'
    '\n'
    'Bel bij koorts boven 38,5 graden.\n'
    '\n'
    'Pijn\n'
    '\n'
    'Neem paracetamol, tot vier keer per dag 1000 mg.\n'
    '\n'
    'Contact\n'
    '\n'
    'Polikliniek Chirurgie: 020 123 45 89.\n'
)


WDIFF = (
    'Wondzorg na een operatie\n'
    '\n'
    'Laatst bijgewerkt: [-3 mei 2023-] {+9 februari 2026+}\n'
    '\n'
    'Verzorging\n'
    '\n'
    'Houd de wond [-twee dagen-] {+een dag+} droog. Daarna mag u douchen. De hechtingen\n'
    '[-worden na tien dagen verwijderd door de huisarts.\n'
    '\n'
    'Smeer een wondzalf op de wond.-]\n'
    '{+lossen vanzelf op.+}\n'
    '\n'
    'Bel bij koorts boven [-38-] {+38,5+} graden.\n'
    '\n'
    '{+Pijn\n'
    '\n'
    'Neem paracetamol, tot vier keer per dag 1000 mg.+}\n'
    '\n'
    'Contact\n'
    '\n'
    'Polikliniek Chirurgie: 020 123 45 [-67.-] {+89.+}\n'
)


DWDIFF = (
    'Wondzorg na een operatie\n'
    '\n'
    'Laatst bijgewerkt: [-3 mei 2023-] {+9 februari 2026+}\n'
    '\n'
    'Verzorging\n'
    '\n'
    'Houd de wond [-twee dagen-] {+een dag+} droog. Daarna mag u douchen. De hechtingen\n'
    '[-worden na tien dagen verwijderd door de huisarts.\n'
    '\n'
    'Smeer een wondzalf op de wond.-] {+lossen vanzelf op.+}\n'
    '\n'
    'Bel bij koorts boven [-38-] {+38,5+} graden.\n'
    '\n'
    '{+Pijn\n'
    '\n'
    'Neem paracetamol, tot vier keer per dag 1000 mg.+}\n'
    '\n'
    'Contact\n'
    '\n'
    'Polikliniek Chirurgie: 020 123 45 [-67.-] {+89.+}\n'
)


SIDE_BY_SIDE = (
    'Wondzorg na een operatie\t\t\t\t\t\t\tWondzorg na een operatie\n'
    '\n'
    'Laatst bijgewerkt: 3 mei 2023\t\t\t\t\t\t  |\tLaatst bijgewerkt: 9 februari 2026\n'
    '\n'
    'Verzorging\t\t\t\t\t\t\t\t\tVerzorging\n'
    '\n'
    'Houd de wond twee dagen droog. Daarna mag u douchen. De hechtingen\t  |\t'
    'Houd de wond een dag droog. Daarna mag u douchen. De hechtingen\n'
    'worden na tien dagen verwijderd door de huisarts.\t\t\t  |\tlossen vanzelf op.\n'
    '\n'
    'Smeer een wondzalf op de wond.\t\t\t\t\t\t  |\tBel bij koorts boven 38,5 graden.\n'
    '\n'
    'Bel bij koorts boven 38 graden.\t\t\t\t\t\t  |\tPijn\n'
    '\t\t\t\t\t\t\t\t\t  >\n'
    '\t\t\t\t\t\t\t\t\t  >\tNeem paracetamol, tot vier keer per dag 1000 mg.\n'
    '\n'
    'Contact\t\t\t\t\t\t\t\t\t\tContact\n'
    '\n'
    'Polikliniek Chirurgie: 020 123 45 67.\t\t\t\t\t  |\tPolikliniek Chirurgie: 020 123 45 89.\n'
)


SIDE_BY_SIDE_SUPPRESSED = (
    'Laatst bijgewerkt: 3 mei 2023\t\t\t\t\t\t  |\tLaatst bijgewerkt: 9 februari 2026\n'
    'Houd de wond twee dagen droog. Daarna mag u douchen. De hechtingen\t  |\t'
    'Houd de wond een dag droog. Daarna mag u douchen. De hechtingen\n'
    'worden na tien dagen verwijderd door de huisarts.\t\t\t  |\tlossen vanzelf op.\n'
    'Smeer een wondzalf op de wond.\t\t\t\t\t\t  |\tBel bij koorts boven 38,5 graden.\n'
    'Bel bij koorts boven 38 graden.\t\t\t\t\t\t  |\tPijn\n'
    '\t\t\t\t\t\t\t\t\t  >\n'
    '\t\t\t\t\t\t\t\t\t  >\tNeem paracetamol, tot vier keer per dag 1000 mg.\n'
    'Polikliniek Chirurgie: 020 123 45 67.\t\t\t\t\t  |\tPolikliniek Chirurgie: 020 123 45 89.\n'
)


SIDE_BY_SIDE_LEFT = (
    'Wondzorg na een operatie\t\t\t\t\t\t  (\n'
    '\t\t\t\t\t\t\t\t\t  (\n'
    'Laatst bijgewerkt: 3 mei 2023\t\t\t\t\t\t  |\tLaatst bijgewerkt: 9 februari 2026\n'
    '\t\t\t\t\t\t\t\t\t  (\n'
    'Verzorging\t\t\t\t\t\t\t\t  (\n'
    '\t\t\t\t\t\t\t\t\t  (\n'
    'Houd de wond twee dagen droog. Daarna mag u douchen. De hechtingen\t  |\t'
    'Houd de wond een dag droog. Daarna mag u douchen. De hechtingen\n'
    'worden na tien dagen verwijderd door de huisarts.\t\t\t  |\tlossen vanzelf op.\n'
    '\t\t\t\t\t\t\t\t\t  (\n'
    'Smeer een wondzalf op de wond.\t\t\t\t\t\t  |\tBel bij koorts boven 38,5 graden.\n'
    '\t\t\t\t\t\t\t\t\t  (\n'
    'Bel bij koorts boven 38 graden.\t\t\t\t\t\t  |\tPijn\n'
    '\t\t\t\t\t\t\t\t\t  >\n'
    '\t\t\t\t\t\t\t\t\t  >\tNeem paracetamol, tot vier keer per dag 1000 mg.\n'
    '\t\t\t\t\t\t\t\t\t  (\n'
    'Contact\t\t\t\t\t\t\t\t\t  (\n'
    '\t\t\t\t\t\t\t\t\t  (\n'
    'Polikliniek Chirurgie: 020 123 45 67.\t\t\t\t\t  |\tPolikliniek Chirurgie: 020 123 45 89.\n'
)


SIDE_BY_SIDE_SPACES = (
    'Wondzorg na een operatie                                                Wondzorg na een operatie\n'
    '\n'
    'Laatst bijgewerkt: 3 mei 2023                                        |  Laatst bijgewerkt: 9 februari 2026\n'
    '\n'
    'Verzorging                                                              Verzorging\n'
    '\n'
    'Houd de wond twee dagen droog. Daarna mag u douchen. De hechtingen   |  '
    'Houd de wond een dag droog. Daarna mag u douchen. De hechtingen\n'
    'worden na tien dagen verwijderd door de huisarts.                    |  lossen vanzelf op.\n'
    '\n'
    'Smeer een wondzalf op de wond.                                       |  Bel bij koorts boven 38,5 graden.\n'
    '\n'
    'Bel bij koorts boven 38 graden.                                      |  Pijn\n'
    '                                                                     >\n'
    '                                                                     >  '
    'Neem paracetamol, tot vier keer per dag 1000 mg.\n'
    '\n'
    'Contact                                                                 Contact\n'
    '\n'
    'Polikliniek Chirurgie: 020 123 45 67.                                |  Polikliniek Chirurgie: 020 123 45 89.\n'
)


BLAME = (
    '^46fb6db (Redactie    2023-05-03  1) Wondzorg na een operatie\n'
    '^46fb6db (Redactie    2023-05-03  2) \n'
    '6903dee2 (A. de Vries 2026-02-09  3) Laatst bijgewerkt: 9 februari 2026\n'
    '^46fb6db (Redactie    2023-05-03  4) \n'
    '^46fb6db (Redactie    2023-05-03  5) Verzorging\n'
    '^46fb6db (Redactie    2023-05-03  6) \n'
    '6903dee2 (A. de Vries 2026-02-09  7) Houd de wond een dag droog. Daarna mag u douchen. De hechtingen\n'
    '6903dee2 (A. de Vries 2026-02-09  8) lossen vanzelf op.\n'
    '^46fb6db (Redactie    2023-05-03  9) \n'
    '6903dee2 (A. de Vries 2026-02-09 10) Bel bij koorts boven 38,5 graden.\n'
    '^46fb6db (Redactie    2023-05-03 11) \n'
    '6903dee2 (A. de Vries 2026-02-09 12) Pijn\n'
    '6903dee2 (A. de Vries 2026-02-09 13) \n'
    '6903dee2 (A. de Vries 2026-02-09 14) Neem paracetamol, tot vier keer per dag 1000 mg.\n'
    '^46fb6db (Redactie    2023-05-03 15) \n'
    '^46fb6db (Redactie    2023-05-03 16) Contact\n'
    '^46fb6db (Redactie    2023-05-03 17) \n'
    '6903dee2 (A. de Vries 2026-02-09 18) Polikliniek Chirurgie: 020 123 45 89.\n'
)


UNIFIED = (
    '--- old.txt\t2026-02-01 10:00:00.000000000 +0100\n'
    '+++ new.txt\t2026-02-09 10:00:00.000000000 +0100\n'
    '@@ -1,16 +1,18 @@\n'
    ' Wondzorg na een operatie\n'
    ' \n'
    '-Laatst bijgewerkt: 3 mei 2023\n'
    '+Laatst bijgewerkt: 9 februari 2026\n'
    ' \n'
    ' Verzorging\n'
    ' \n'
    '-Houd de wond twee dagen droog. Daarna mag u douchen. De hechtingen\n'
    '-worden na tien dagen verwijderd door de huisarts.\n'
    '+Houd de wond een dag droog. Daarna mag u douchen. De hechtingen\n'
    '+lossen vanzelf op.\n'
    ' \n'
    '-Smeer een wondzalf op de wond.\n'
    '+Bel bij koorts boven 38,5 graden.\n'
    ' \n'
    '-Bel bij koorts boven 38 graden.\n'
    '+Pijn\n'
    '+\n'
    '+Neem paracetamol, tot vier keer per dag 1000 mg.\n'
    ' \n'
    ' Contact\n'
    ' \n'
    '-Polikliniek Chirurgie: 020 123 45 67.\n'
    '+Polikliniek Chirurgie: 020 123 45 89.\n'
)


@pytest.mark.parametrize("name", ["WDIFF", "DWDIFF", "SIDE_BY_SIDE", "SIDE_BY_SIDE_LEFT", "SIDE_BY_SIDE_SPACES",
                                  "BLAME", "UNIFIED"])
def test_review_copy_reads_as_the_new_version(name):
    assert read_review_copy(globals()[name]) == NEW


@pytest.mark.parametrize("name", ["WDIFF", "SIDE_BY_SIDE", "BLAME", "UNIFIED"])
def test_review_copy_ingests_as_the_new_leaflet_with_a_warning(tmp_path, name):
    ingested = ingest_file_as(tmp_path, "wondzorg.txt", globals()[name])
    text = "\n".join(passage.text for passage in ingested.passages)
    assert ingested.leaflet.title == "Wondzorg na een operatie"
    assert ingested.leaflet.updated == "2026-02-09"
    assert "een dag droog" in text and "38,5 graden" in text and "45 89" in text
    assert not [words for words in OLD_WORDS if words in text]
    assert not [sign for sign in ("[-", "{+", "@@", "|", "<", ">", "^46fb6db", "Redactie") if sign in text]
    assert [passage.headings for passage in ingested.passages][-2:] == [("Pijn",), ("Contact",)]
    assert [warning.kind for warning in ingested.warnings] == [REVIEW_COPY]


def test_side_by_side_without_common_lines_reads_the_changed_right_lines():
    new = read_review_copy(SIDE_BY_SIDE_SUPPRESSED)
    assert new is not None and "9 februari 2026" in new and "lossen vanzelf op." in new
    assert not [words for words in OLD_WORDS if words in new]


def test_word_diff_mark_spanning_lines_is_read_whole():
    """A deleted run over a line end goes whole; the paragraph break around it stays one."""
    text = ("Wacht tot na de eerste [-menstruatie, dan-]\n{+menstruatie+} is [-de termijn makkelijker\n"
            "te berekenen.-] {+niet nodig.+}\n\n[-Oud stuk.-]\n\nVolgend stuk.\n")
    assert read_review_copy(text) == "Wacht tot na de eerste\nmenstruatie is niet nodig.\n\nVolgend stuk.\n"


def test_unified_diff_lines_give_context_and_added_lines():
    lines = ["diff --git a/f.md b/f.md", "index ef723e7..4a24b81 100644", "--- a/f.md", "+++ b/f.md",
             "@@ -1,3 +1,3 @@", " # Titel", "-oud", "+nieuw", " slot"]
    assert new_lines(lines) == ["# Titel", "nieuw", "slot"]
    assert new_lines(lines[:-1]) is None  # the hunk's counts not met: no diff


ORDINARY = [
    "Koorts\n\nMeet de temperatuur [-in graden-] en bel bij koorts boven 38,5 graden.\n",
    "Dosering\n\nLeeftijd        | Dosis\n0 tot 6 jaar    | 5 ml\n6 tot 12 jaar   | 10 ml\n12 jaar en ouder | 15 ml\n"
    "Neem de drank na het eten in.\n",
    "Een teken {+ betekent meer, een [-] minder.\n\nZo leest u de tabel: {+ verhoogd +} en [- verlaagd -].\n",
    "ab12 (zie 1) de uitleg\ncafe (open 2) hier\nbed (tot 4) morgen\n",
    "Uitleg\n\n--- eerste deel\n+++ tweede deel\n@@ let op @@\n",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_leaflet_with_a_diff_sign_is_no_review_copy(text):
    assert read_review_copy(text) is None


@pytest.mark.parametrize("name, date, withdrawn", [
    ("voorkeurshouding.txt", "2026-03", "wigkussen"),
    ("miskraam.txt", "2026-02-12", "makkelijker te berekenen"),
    ("emg-onderzoek.txt", "2025-11", "naar huis kan rijden"),
    ("keizersnede-en.txt", "2026-01-15", "Patientenvoorlichting"),
])
def test_red_team_review_copies_read_as_new_versions(tmp_path, name, date, withdrawn):
    ingested = ingest_file_as(tmp_path, name, (DATA / name).read_bytes())
    text = "\n".join(passage.text for passage in ingested.passages)
    assert ingested.leaflet.updated == date
    assert withdrawn not in text and "[-" not in text and "{+" not in text
    assert all(passage.headings for passage in ingested.passages[1:])
    assert REVIEW_COPY in [warning.kind for warning in ingested.warnings]
