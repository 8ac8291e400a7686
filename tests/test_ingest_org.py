"""Org-mode leaflets as red team 23 found them read wrongly: an Org file kept as `.txt` went
through the plain-text path, so "#+TITLE:" opened the first passage, "* Behandeling" was a
bullet, a drawer and a table's rule were text, the leaflet had no title, date or heading, and
an editor's task ("* TODO Nakijken ...") was cited as an answer. Org (`.org`, or a `.txt` by
several of its signs) is now read as the Markdown it corresponds to (ingest/org.py)."""

from __future__ import annotations

from pathlib import Path

from leaflet_files import ingest_file_as

from ingest.org import is_org, org_as_markdown, org_signs
from ingest.pipeline import SUPPORTED

LEAFLET = """\
#+TITLE: Middenoorontsteking bij kinderen
#+SUBTITLE: Otitis media acuta
#+AUTHOR: KNO-poli
#+DATE: <2025-08-19 di>
#+OPTIONS: toc:nil num:nil

# Opmerking: tabel nog laten controleren.

* Behandeling
:PROPERTIES:
:CUSTOM_ID: behandeling
:END:
Geef /alleen/ paracetamol tegen de pijn, volgens de bijsluiter
en het gewicht van uw kind. Zie ook [[https://www.thuisarts.nl/oorpijn][Thuisarts]].

| Gewicht kind | Paracetamol zetpil |
|--------------+--------------------|
| 8 tot 10 kg  | 120 mg             |

** Oordruppels
Oordruppels zijn alleen zinvol als er vocht uit het oor loopt.

* Wanneer moet u bellen?
#+BEGIN_WARNING
*Bel direct de huisarts als uw kind:*
- suf is of een stijve nek heeft;
- [ ] scheef gaat kijken.
#+END_WARNING

* TODO Nakijken voor de volgende versie :redactie:
- [ ] dosering ibuprofen toevoegen? navragen bij apotheek (Henk)

* Interne notities :noexport:
Alleen voor de redactie: de folder gaat in maart naar de drukker.

* COMMENT Oude tekst
Antibiotica geeft u altijd tien dagen.
"""


def _ingest(tmp_path: Path, text: str, name: str = "middenoorontsteking.txt"):
    return ingest_file_as(tmp_path, name, text, rooted=False)


def test_org_kept_as_txt_is_read_as_its_export_shows_it(tmp_path):
    item = _ingest(tmp_path, LEAFLET)
    assert item.leaflet.title == "Middenoorontsteking bij kinderen"
    assert item.leaflet.updated == "2025-08-19"
    assert [p.headings for p in item.passages] == [
        ("Behandeling",), ("Behandeling", "Oordruppels"), ("Wanneer moet u bellen?",)]
    text = "\n".join(passage.text for passage in item.passages)
    assert "Geef alleen paracetamol tegen de pijn" in text and "Zie ook Thuisarts." in text
    assert "Gewicht kind | Paracetamol zetpil\n8 tot 10 kg | 120 mg" in text
    assert "Bel direct de huisarts als uw kind:" in text and "• scheef gaat kijken." in text
    for markup in ("#+", ":PROPERTIES:", ":END:", "CUSTOM_ID", "---", "[[", "*Bel", "[ ]", "WARNING"):
        assert markup not in text, markup


def test_what_org_does_not_export_is_no_text(tmp_path):
    """Comments, an editor's task, a :noexport: subtree and a COMMENT subtree are not the leaflet's words."""
    text = "\n".join(p.text for p in _ingest(tmp_path, LEAFLET).passages)
    for hidden in ("Opmerking", "ibuprofen", "Henk", "drukker", "tien dagen", "Nakijken"):
        assert hidden not in text, hidden


def test_a_file_named_org_is_read_as_org_and_ingested_from_a_folder(tmp_path):
    assert ".org" in SUPPORTED
    item = _ingest(tmp_path, "* Behandeling\nGeef paracetamol tegen de pijn en de koorts.\n\n"
                             "* Bellen\nBel de huisarts bij koorts boven 40 graden.\n", "oor.org")
    assert [p.headings for p in item.passages] == [("Behandeling",), ("Bellen",)]
    assert item.leaflet.title == "oor"  # no #+TITLE: the file's name, as Org exports it


def test_org_is_told_from_plain_text_by_several_signs():
    assert org_signs(LEAFLET) >= {"keyword", "drawer", "table rule", "block", "link", "subheading"}
    assert is_org(LEAFLET, "middenoorontsteking.txt")
    assert is_org("* Wat is het?\nTekst.\n", "oor.org")  # by its name, whatever it shows
    plain = "Oorpijn\n\n* Geef paracetamol.\n* Bel de huisarts bij koorts.\n\n#+ is geen teken\n"
    assert not is_org(plain, "oor.txt")
    assert not is_org("", "leeg.txt")
    assert not is_org("| a | b |\n|---+---|\n| 1 | 2 |\n", "tabel.txt")  # one sign alone


def test_tasks_named_by_the_file_are_dropped_and_headings_keep_their_words():
    text = "#+TODO: NAKIJKEN | KLAAR\n#+TITLE: Oor\n\n* NAKIJKEN dosering\nIbuprofen?\n\n* [#A] Pijn :kind:\nGeef paracetamol.\n"
    markdown = org_as_markdown(text)
    assert "Ibuprofen" not in markdown and "## Pijn\n" in markdown and ":kind:" not in markdown


def test_emphasis_marks_go_but_slashes_and_plus_signs_in_words_stay():
    markdown = org_as_markdown("* Bellen\nBel *direct* bij koorts en/of pijn: +31 20 123 45 67, =spoed=.\n")
    assert "Bel **direct** bij koorts en/of pijn: +31 20 123 45 67, spoed." in markdown
