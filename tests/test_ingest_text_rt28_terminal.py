"""A leaflet kept as a terminal's rendering of its Markdown (red team 28: `lowdown -tterm
krukken.md > krukken.txt`): colour escapes on every heading and bullet ("ESC[1;36m## ESC[0m")
counted as control characters, so the whole file was refused as binary data. Read as its text,
lowdown's layout remained: the title at the margin without its "#", "## " headings, paragraphs
four blanks in and "·" bullets, which ran each list into one line."""

from __future__ import annotations

import pytest

from ingest.document import IngestError
from ingest.markdown_signs import is_markdown
from ingest.pipeline import ingest_file
from ingest.text import decode_text

ESC = "\x1b"


def _sgr(code: str, text: str) -> str:
    return f"{ESC}[{code}m{text}{ESC}[0m"


def _heading(text: str, marks: str = "## ") -> str:
    return _sgr("1;36", marks) + _sgr("1;36", text)


def _item(text: str) -> str:
    return "    " + _sgr("93", "  · ") + text + " "


# As lowdown 1.0 writes it: the title bold red at the margin, "## " headings, text indented.
RENDERED = "\n".join([
    _sgr("1;91", "") + _sgr("1;91", "Lopen met krukken"), "",
    "    Afdeling Fysiotherapie, Ziekenhuis Amstelland", "",
    _heading("Lopen"), "",
    _item("Zet eerst beide krukken een halve stap naar voren."),
    _item("Zet dan het geopereerde been tussen de krukken."),
    _item("Stap daarna met het goede been door, tot voorbij de"),
    "        krukken. ", "",
    "    Kijk vooruit en niet naar uw voeten. Neem " + _sgr("1", "kleine") + " stappen.", "",
    _heading("Traplopen"), "",
    "    Naar boven: houd de leuning vast met één hand en de krukken met de",
    "    andere. Zet eerst het goede been een tree hoger.", "",
])


def test_a_terminal_capture_reads_as_its_text():
    link = f"{ESC}]8;;https://example.org/krukken{ESC}\\krukken{ESC}]8;;{ESC}\\"
    data = (RENDERED + f"    Lees meer over {link}.{ESC}(B\n").encode("utf-8")
    text = decode_text(data, "krukken.txt")
    assert ESC not in text
    assert "## Lopen" in text and "Neem kleine stappen." in text and "Lees meer over krukken." in text


def test_binary_data_with_escapes_is_still_refused():
    data = bytes(range(1, 32)) * 40 + f"{ESC}[1m".encode() * 20
    with pytest.raises(IngestError, match="binary"):
        decode_text(data, "blob.txt")


def test_a_rendering_with_two_headings_is_read_as_markdown():
    assert is_markdown(decode_text(RENDERED.encode("utf-8"), "krukken.txt"))


def test_lowdowns_title_headings_and_bullets_are_read(tmp_path):
    path = tmp_path / "krukken.txt"
    path.write_text(RENDERED, encoding="utf-8")
    leaflet = ingest_file(path)
    assert leaflet.leaflet.title == "Lopen met krukken"
    lopen = next(p for p in leaflet.passages if p.headings[-1:] == ("Lopen",))
    assert lopen.text.split("\n")[:3] == [
        "• Zet eerst beide krukken een halve stap naar voren.",
        "• Zet dan het geopereerde been tussen de krukken.",
        "• Stap daarna met het goede been door, tot voorbij de krukken.",
    ]
    assert any(p.headings[-1:] == ("Traplopen",) for p in leaflet.passages)
    assert not any("##" in p.text or "Lopen met krukken" in p.text for p in leaflet.passages)


def test_typed_bullets_in_markdown_are_items():
    from ingest.clean.lines import split_lines
    from ingest.clean.markdown import join_markdown_lines

    lines = split_lines("## Thuis\n\n· Haal losse kleedjes weg.\n· Zorg voor goed licht.\n  's nachts ook.\n")
    items = [logical.text for logical in join_markdown_lines(lines) if logical.kind == "item"]
    assert items == ["• Haal losse kleedjes weg.", "• Zorg voor goed licht. 's nachts ook."]
