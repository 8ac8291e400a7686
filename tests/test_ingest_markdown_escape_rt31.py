"""One escape for a Markdown block mark at a paragraph line's start (review of red team 31's
fixes): jusText, Creole and XWiki each kept a copy of their own, and each copy missed marks the
others caught: a Creole "---" line under a paragraph made that paragraph a heading, an XWiki
"## x" line became one, a "*" or "#" line alone an empty item or heading. The readers now share
`escaped_line_start` (ingest/markdown_escape.py); XWiki's own ">" quotations stay quotations."""

from __future__ import annotations

from ingest.creole import creole_as_markdown
from ingest.justext import justext_as_markdown
from ingest.markdown_escape import escaped_line_start
from ingest.pipeline import ingest_file
from ingest.xwiki import xwiki_as_markdown


def test_block_marks_at_a_line_start_are_escaped():
    assert escaped_line_start("- niet") == "\\- niet"
    assert escaped_line_start("1. stap") == "1\\. stap"
    assert escaped_line_start("3) stap") == "3\\) stap"
    assert escaped_line_start("## 2 keer") == "\\## 2 keer"
    assert escaped_line_start(">zie boven") == "\\>zie boven"
    assert escaped_line_start("---") == "\\---"
    assert escaped_line_start("===") == "\\==="
    assert escaped_line_start("*") == "\\*"


def test_text_that_opens_with_no_block_mark_is_kept():
    for words in ("12.30 uur", "1.5 mg per dag", "-5 graden", "#hashtag", "gewoon - tekst", "**vet** woord"):
        assert escaped_line_start(words) == words


def test_each_reader_escapes_alike():
    assert creole_as_markdown("Neem twee tabletten\n---\n") == "Neem twee tabletten\n\\---\n"
    assert xwiki_as_markdown("Neem twee tabletten\n---\n") == "Neem twee tabletten\n\\---\n"
    assert xwiki_as_markdown("Zo vaak:\n## 2 keer per dag\n") == "Zo vaak:\n\\## 2 keer per dag\n"
    assert creole_as_markdown("Zo vaak:\n# \n") == "Zo vaak:\n\\#\n"
    assert justext_as_markdown("<h> Titel\n<p> ---\n<p> - niet\n") == "# Titel\n\n\\---\n\n\\- niet\n"


def test_an_xwiki_quotation_stays_a_quotation():
    assert xwiki_as_markdown("Hij zei:\n>zie boven\n>> - niet\n") == "Hij zei:\n> zie boven\n>> \\- niet\n"


def test_a_creole_rule_like_line_no_longer_heads_the_paragraph_above(tmp_path):
    path = tmp_path / "tabletten.txt"
    path.write_text("= Tabletten =\n\n|= Middel |= Hoe vaak |\n| Cipro | 2 keer |\n\n"
                    "Neem //twee// tabletten\n---\nmet water, zie [[https://www.thuisarts.nl|Thuisarts]].\n",
                    encoding="utf-8")
    ingested = ingest_file(path)
    assert all(passage.headings[-1:] != ("Neem twee tabletten",) for passage in ingested.passages)
    assert any("Neem twee tabletten --- met water" in passage.text for passage in ingested.passages)

