"""A stray NUL byte in a UTF-8 text is no binary file: qti-package-maker writes one before each table
it draws, and a whole course page was skipped for it (tests/data/redteam62_questions.md, 2.1)."""

from pathlib import Path

import pytest

from ingest.document import IngestError
from ingest.pipeline import ingest_leaflets
from ingest.text import decode_text

PAGE = Path(__file__).parent / "data" / "redteam62_leaflets" / "anaesthesia-preparation-en.html"


def test_a_page_with_one_stray_nul_is_read_without_it():
    assert PAGE.read_bytes().count(b"\x00") == 1
    passages = ingest_leaflets(PAGE)
    text = " ".join(passage.text for passage in passages)
    assert "Fasting" in text and "\x00" not in text


def test_a_text_with_a_stray_nul_is_read_and_binary_data_still_refused():
    assert decode_text("Neem rust.\x00\nDrink water.".encode(), "a.txt") == "Neem rust.\nDrink water."
    with pytest.raises(IngestError, match="binary data"):
        decode_text(b"Neem\x00 rust\x00 en\x00 drink.", "b.txt")  # three in a few words: no stray byte
    with pytest.raises(IngestError, match="binary data"):
        decode_text(b"Neem rust.\x00\xff\xfe drink", "c.txt")  # the rest no UTF-8
