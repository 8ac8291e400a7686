"""`#` headings that are sentences a converter marked (red team 36), read back as text: a long
run of them ingests whole, and their words point at their source, not at the `#` marks."""

from __future__ import annotations

from ingest.clean import clean
from ingest.pipeline import ingest_file
from ingest.source import SourceText

SENTENCES = 1500


def test_a_long_run_of_sentence_headings_ingests_as_text(tmp_path):
    path = tmp_path / "zalf.md"
    path.write_text("".join(f"### Zin nummer {i} gaat over de zalf.\n" for i in range(SENTENCES)),
                    encoding="utf-8")
    text = "\n".join(passage.text for passage in ingest_file(path).passages)
    assert "Zin nummer 0 gaat over de zalf." in text
    assert f"Zin nummer {SENTENCES - 1} gaat over de zalf." in text


def test_a_sentence_heading_read_as_text_points_at_its_words():
    markdown = ("# Lichen sclerosus\n\n## Wanneer eerder contact?\n\nBel bij een bultje.\n\n"
                "### Polikliniek Dermatologie: 040 239 91 11.\n")
    cleaned = clean(SourceText(markdown, "markdown"))
    at = cleaned.text.index("Polikliniek")
    assert markdown[cleaned.source_offset(at):].startswith("Polikliniek Dermatologie")
