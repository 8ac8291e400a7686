"""A leaflet kept as a terminal's rendering of its Markdown (red team 28: `lowdown -tterm
krukken.md > krukken.txt`): colour escapes on every heading and bullet ("ESC[1;36m## ESC[0m")
counted as control characters, so the whole file was refused as binary data. Read as its text,
lowdown's layout remained: the title at the margin without its "#", "## " headings, paragraphs
four blanks in and "·" bullets, which ran each list into one line."""

from __future__ import annotations

import pytest

from ingest.document import IngestError
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

