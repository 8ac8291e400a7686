"""reStructuredText leaflets as red team 22 found them read wrongly: an RST file kept as
`.txt` went through the plain-text path, so an editor's comment became a cited answer, a
`.. list-table::` lost its rows and directives, field lists and title adornments were text.
RST (a `.txt` by several of its signs, a `.rst` always) is now rendered by docutils and read
as the web page it makes."""

from __future__ import annotations

from pathlib import Path

import ingest.pipeline
from ingest.pipeline import ingest_file, scan_sources
from ingest.rst import is_rst

LEAFLET = """\
==============
Lumbaalpunctie
==============

:Laatst herzien: 21 januari 2026

.. contents:: Inhoud
   :local:

.. Opmerking redactie: volgens dr. Smeets mag een lumbaalpunctie in de zwangerschap.

Voorbereiding
=============

U hoeft niet nuchter te zijn. Neem iemand mee die u na het onderzoek naar huis kan brengen.

Na het onderzoek
================

.. list-table:: Wat u doet
   :header-rows: 1

   * - Wanneer
     - Wat
   * - Eerste uur
     - Blijf liggen op de afdeling

----

.. warning:: **Bel direct de polikliniek als:**

   * u koorts krijgt met een stijve nek.
"""


def _write(tmp_path: Path, text: str, name: str = "lumbaalpunctie.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rst_kept_as_txt_is_read_as_the_page_docutils_renders(tmp_path):
    item = ingest_file(_write(tmp_path, LEAFLET))
    text = "\n".join(passage.text for passage in item.passages)
    assert item.leaflet.title == "Lumbaalpunctie"
    assert item.leaflet.updated == "2026-01-21"
    assert "Opmerking redactie" not in item.text and "Smeets" not in item.text
    assert not any(sign in item.text for sign in ("..", "::", ":local:", ":header-rows:", "====", "----", "**"))
    assert "Eerste uur | Blijf liggen op de afdeling" in text
    assert ("Na het onderzoek",) == next(p.headings for p in item.passages if "Eerste uur" in p.text)
    assert "u koorts krijgt met een stijve nek." in text  # the warning that ends the file


def test_rst_passages_quote_the_rendered_text_at_their_spans(tmp_path):
    item = ingest_file(_write(tmp_path, LEAFLET))
    for passage in item.passages:
        assert item.text[passage.span[0]:passage.span[1]] == passage.text


def test_plain_text_with_an_underlined_heading_is_not_taken_for_rst(tmp_path):
    plain = ("Lumbaalpunctie\n==============\n\nAfdeling: Neurologie\n\nVoorbereiding\n-------------\n\n"
             "U hoeft niet nuchter te zijn. Neem iemand mee die u naar huis kan brengen.\n")
    assert not is_rst(plain, "folder.txt")
    assert is_rst(plain, "folder.rst")  # by its name, whatever it shows
    assert is_rst(LEAFLET, "folder.txt")


def test_rst_files_are_leaflet_files(tmp_path):
    _write(tmp_path, LEAFLET, "a.rst")
    _write(tmp_path, LEAFLET, "b.rest")
    assert [path.name for path in scan_sources([tmp_path]).files] == ["a.rst", "b.rest"]
    assert ingest_file(tmp_path / "a.rst").leaflet.title == "Lumbaalpunctie"


def test_docutils_reads_no_file_and_passes_no_raw_html(tmp_path):
    secret = _write(tmp_path, "Geheim wachtwoord 12345\n", "geheim.dat")
    text = (f"=====\nTitel\n=====\n\n.. include:: {secret}\n\n.. raw:: html\n\n   <p>Rauwe tekst</p>\n\n"
            "Voorbereiding\n=============\n\nU hoeft niet nuchter te zijn voor dit onderzoek in het ziekenhuis.\n")
    item = ingest_file(_write(tmp_path, text, "titel.rst"))
    assert "Geheim" not in item.text and "Rauwe" not in item.text
    assert "nuchter" in item.text


def test_a_file_docutils_cannot_render_is_read_as_plain_text(tmp_path, monkeypatch):
    def broken(text: str) -> str:
        raise RuntimeError("docutils failed")

    monkeypatch.setattr(ingest.pipeline, "rst_as_html", broken)
    item = ingest_file(_write(tmp_path, LEAFLET))
    assert "Blijf liggen op de afdeling" in item.text



def test_a_blank_or_adornment_only_text_is_no_rst():
    assert not is_rst("\n\n   \n\t\n", "blank.txt")
    assert not is_rst("=====\n\n=====\n", "lines.txt")


def test_the_field_list_under_the_title_is_metadata_that_still_dates_the_leaflet(tmp_path):
    """docutils renders the fields under the title (":Afdeling:", ":Versie:", ":Laatst
    herzien:") as a `<dl>` of its docinfo: it was a passage of its own, second for questions
    on the leaflet's subject, and its date was read only as that passage's text."""
    fields = (":Afdeling: Polikliniek Neurologie\n:Documentcode: NEU-032\n:Versie: 4\n"
              ":Laatst herzien: 21 januari 2026\n")
    text = LEAFLET.replace(":Laatst herzien: 21 januari 2026\n", fields)
    path = tmp_path / "lumbaalpunctie.txt"
    path.write_text(text, encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.updated == "2026-01-21"
    assert not any("NEU-032" in p.text or "Versie" in p.text for p in item.passages)
