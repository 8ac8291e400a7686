"""A table a web page sets in spaces inside `<pre>` (pod2html's verbatim paragraph, a plain-text
table pasted into a page) ran into one line with its cells; red team 32's insulin table read
"Soort Begint te werken na Werkt ongeveer Snelwerkend …". Its rows are a table's, a row a line."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

DATA = Path(__file__).parent / "data" / "redteam32_leaflets"

PAGE = """<html><head><title>Insuline spuiten</title></head><body>
<h1>Insuline spuiten</h1>
<p>Bij diabetes maakt uw lichaam te weinig insuline. Daarom spuit u het onder de huid.</p>
<h2>Welke insuline gebruikt u?</h2>
<pre><code>{code}</code></pre>
<p>Snelwerkende insuline spuit u vlak voor de maaltijd.</p>
</body></html>"""


def _text(tmp_path: Path, code: str) -> str:
    path = tmp_path / "insuline.html"
    path.write_text(PAGE.format(code=code), encoding="utf-8")
    return "\n\n".join(passage.text for passage in ingest_file(path).passages)


def test_a_table_set_in_spaces_keeps_a_row_a_line_and_its_cells_apart(tmp_path):
    code = ("Soort         Begint na     Werkt\n"
            "Snelwerkend   10 minuten    3 tot 5 uur\n"
            "Langwerkend   1 tot 2 uur   24 uur of langer")
    text = _text(tmp_path, code)
    assert "Snelwerkend | 10 minuten | 3 tot 5 uur\nLangwerkend | 1 tot 2 uur | 24 uur of langer" in text


def test_rows_whose_cells_do_not_line_up_stand_a_line_each(tmp_path):
    code = ("Ochtend  10 eenheden snelwerkend voor het ontbijt\n"
            "Avond      20 eenheden langwerkend om tien uur")
    text = _text(tmp_path, code)
    assert "Ochtend 10 eenheden snelwerkend voor het ontbijt\n\nAvond 20 eenheden langwerkend om tien uur" in text


def test_prose_wrapped_in_a_pre_joins_though_a_sentence_ends_in_two_spaces(tmp_path):
    code = ("Spuit de insuline altijd op een andere plek in de huid van uw buik of bovenbeen.  Zo\n"
            "voorkomt u verharde plekken, waar de insuline minder goed wordt opgenomen door uw lichaam.")
    text = _text(tmp_path, code)
    assert "bovenbeen. Zo voorkomt u verharde plekken" in text


def test_pod2htmls_verbatim_table_reads_row_by_row():
    text = "\n".join(passage.text for passage in ingest_file(DATA / "insuline-spuiten.html").passages)
    assert "Snelwerkend (bijvoorbeeld NovoRapid) | 10 tot 15 minuten | 3 tot 5 uur" in text
