"""Red team 24's groff -Thtml page: its bulleted paragraphs (`.IP \\(bu`) are table rows, a cell
holding "•", a spacer cell and a cell of text. Read as rows, each item stood as "• | het gewricht
na twee dagen ...". A table every row of which is a mark and one cell of text is a list."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file


def _row(mark: str, text: str) -> str:
    return (f'<tr valign="top"><td width="2%"><p>{mark}</p></td><td width="2%"></td>'
            f'<td width="96%"><p>{text}</p></td></tr>')


def _page(rows: str) -> str:
    return ("<html><body><h1>Injectie in een gewricht</h1><h2>Voorbereiding</h2>"
            "<p>Lees dit voor de afspraak goed door.</p>"
            f'<table width="100%" border="0" rules="none" frame="void" cellspacing="0" cellpadding="0">{rows}</table>'
            "<h2>Contact</h2><p>Polikliniek Reumatologie, telefoon 040 888 67 20.</p></body></html>")


def _text(tmp_path: Path, html: str) -> str:
    path = tmp_path / "gewricht.html"
    path.write_text(html, encoding="utf-8")
    return "\n".join(p.text for p in ingest_file(path).passages)


def test_a_table_of_bullets_and_text_is_a_list(tmp_path):
    rows = _row("&bull;", "U hoeft niet nuchter te zijn.") + _row("&bull;", "Meld bloedverdunners vooraf.")
    text = _text(tmp_path, _page(rows))
    assert "• U hoeft niet nuchter te zijn.\n• Meld bloedverdunners vooraf." in text
    assert "|" not in text


def test_numbered_rows_are_a_numbered_list_and_a_data_table_stays(tmp_path):
    rows = _row("1.", "Maak de huid schoon.") + _row("2.", "Spuit het middel in.")
    assert "1. Maak de huid schoon.\n2. Spuit het middel in." in _text(tmp_path, _page(rows))
    data = _row("Paracetamol", "500 mg") + _row("Ibuprofen", "400 mg")
    assert "Paracetamol | 500 mg" in _text(tmp_path, _page(data))
