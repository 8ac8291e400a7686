"""Plain text and Markdown as red team 17 found them read wrongly: an e-mail reply kept its
header, its "> " marks, the patient's quoted mail and the legal notice (`aften.txt`); an
Obsidian note kept its callout marks, wiki links, tags and block ids (`dupuytren.md`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.mail import read_mail
from ingest.pipeline import ingest_file

LEAFLETS = Path(__file__).parent / "data" / "redteam17_leaflets"

REPLY = """From: Wondpoli <wondpoli@ziekenhuis.example>
To: j.smit@mail.example
Subject: Antw: RE: vraag over mijn been
Date: Tue, 14 Apr 2026 09:12:00 +0200

Beste meneer Smit,

> Mijn been is nog dik na de operatie en het zeurt 's avonds.
> Is dat normaal? Mag ik al fietsen?

Ja, zwelling tot zes weken na de operatie is normaal. Leg het been 's
avonds hoog. Fietsen mag zodra de wond dicht is.

> Ik slaap ook slecht.

Bel de poli als het been rood en warm wordt of als u koorts krijgt.

Met vriendelijke groet,

Wondpoli, telefoon 010 555 12 34

This e-mail is confidential and intended solely for the addressee. If you
received it in error, please delete it.

{original}
"""
ORIGINALS = [
    "-----Original Message-----\nFrom: j.smit@mail.example\nSent: Monday, 13 April 2026 22:01\n"
    "Subject: vraag over mijn been\n\nMijn been is nog dik. Mag ik fietsen? Groet, Jan Smit",
    "Op ma 13 apr. 2026 om 22:01 schreef Jan Smit <j.smit@mail.example>:\n> Mijn been is nog dik.\n"
    "> Mag ik fietsen? Groet, Jan Smit",
    "________________________________\nVan: j.smit@mail.example\nVerzonden: maandag 13 april 2026 22:01\n"
    "Onderwerp: vraag over mijn been\n\nMijn been is nog dik. Mag ik fietsen? Groet, Jan Smit",
]


@pytest.mark.parametrize("original", ORIGINALS)
def test_an_e_mail_reply_is_read_as_the_answer_it_gives(tmp_path, original):
    path = tmp_path / "been.txt"
    path.write_text(REPLY.format(original=original), encoding="utf-8")
    item = ingest_file(path)
    text = "\n".join(passage.text for passage in item.passages)
    assert item.leaflet.title == "vraag over mijn been"
    assert item.leaflet.updated == "2026-04-14"
    assert ">" not in text and "Groet, Jan Smit" not in text and "Ik slaap" not in text
    assert "zeurt" not in text and "confidential" not in text and "Subject" not in text
    headed = {passage.headings: passage.text for passage in item.passages}
    assert headed[("Is dat normaal? Mag ik al fietsen?",)].startswith("Ja, zwelling tot zes weken")
    assert "Bel de poli als het been rood" in headed[("Is dat normaal? Mag ik al fietsen?",)]
    assert "010 555 12 34" in text


def test_text_that_is_no_e_mail_keeps_its_quotes_and_colons():
    text = "Van: 8.00 uur\nTot: 17.00 uur\n\n> Let op: neem de tablet met water in.\n"
    assert read_mail(text) is None


def test_the_red_teams_e_mail_reply():
    item = ingest_file(LEAFLETS / "aften.txt")
    text = "\n".join(passage.text for passage in item.passages)
    assert item.leaflet.title == "steeds zweertjes in mijn mond"
    assert item.leaflet.updated == "2026-03-12"
    for gone in ("> ", "sinaasappels", "Onderwerp", "geadresseerde", "Oorspronkelijk", "Marloes"):
        assert gone not in text
    assert [passage.headings for passage in item.passages][1:] == [
        ("Is dat besmettelijk?",), ("Waar komt het door?",), ("Wat kan ik ertegen doen?",),
        ("Moet ik langskomen?",)]
    assert "Tel. 0223 61 40 40" in text


NOTE = """---
title: Ziekte van Dupuytren
---

# Ziekte van Dupuytren

> [!info] Voor wie?
> Deze notitie is voor patiënten. Zie ook [[Spalken en brace|spalken]] en [[Folders overzicht]].

## Na de operatie #nazorg

> [!warning]- Let op
> Bel bij een koude vinger direct de afdeling. Lees [[Handtherapie#Oefeningen]]. ![[hand.png]]

Draag de spalk elke nacht. Vraag het de #handtherapeut. Programma's in C# of stap #1 blijven. #spalk #nacht

#folder #hand

Bel 024 365 12 12. ^contact

---
*Laatst bijgewerkt: 27 februari 2026* · [[Folders overzicht]]
"""


def test_a_note_apps_marks_read_as_the_note_shows_them(tmp_path):
    path = tmp_path / "dupuytren.md"
    path.write_text(NOTE, encoding="utf-8")
    item = ingest_file(path)
    text = "\n".join(passage.text for passage in item.passages)
    assert "Voor wie? Deze notitie is voor patiënten. Zie ook spalken en Folders overzicht." in text
    assert "Let op: Bel bij een koude vinger direct de afdeling. Lees Handtherapie > Oefeningen." in text
    assert "Vraag het de handtherapeut. Programma's in C# of stap #1 blijven." in text
    assert "Bel 024 365 12 12." in text
    for gone in ("[!", "[[", "]]", "#spalk", "folder", "^contact", "Laatst bijgewerkt", "hand.png"):
        assert gone not in text
    assert [passage.headings for passage in item.passages][-1] == ("Na de operatie",)
    assert item.leaflet.updated == "2026-02-27"


def test_a_footer_under_a_closing_rule_dates_the_note(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Kuitkramp\n\nRek de kuit voor het slapen.\n\n---\n\n_Laatst bijgewerkt: 3 maart 2026_\n",
                    encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.updated == "2026-03-03"
    assert "bijgewerkt" not in item.text


def test_a_closing_paragraph_after_a_rule_stays_text(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Kuitkramp\n\nRek de kuit voor het slapen.\n\n---\n\nBel ons op 3 maart 2026 gerust.\n",
                    encoding="utf-8")
    assert "Bel ons op 3 maart 2026 gerust." in ingest_file(path).text


def test_the_red_teams_obsidian_note():
    text = "\n".join(passage.text for passage in ingest_file(LEAFLETS / "dupuytren.md").passages)
    for gone in ("[!", "[[", "#tafeltest", "^contact", "Laatst bijgewerkt"):
        assert gone not in text
    assert "Bewaartip: Neem deze notitie mee naar uw eerste afspraak bij de handtherapeut." in text
