"""Red team 53's side-by-side diff pages: diff2html (`-s side` and `-s line`, of a `git diff`) and
diffoscope (`--html`, of two PDFs through pdftotext), read as the new version: the new column's
lines only, inserted words kept, deleted ones, line numbers and hunk headers out, diffoscope's
visible spaces turned back, the title and date the leaflet's own, and a review-copy warning."""

from __future__ import annotations

from pathlib import Path

from ingest.document import REVIEW_COPY
from leaflet_files import ingest_file_as

DATA = Path(__file__).parent / "data" / "redteam53_leaflets"


def _text(ingested) -> str:
    return "\n".join(passage.text for passage in ingested.passages)


def _headings(ingested) -> list[str]:
    return [heading for passage in ingested.passages for heading in passage.headings]


def _warned(ingested) -> bool:
    return any(warning.kind == REVIEW_COPY for warning in ingested.warnings)


# --- diff2html ------------------------------------------------------------------------------

# (kind, old line, new line): "cntx" both sides, "del" old only, "ins" new only, "change" both.
_MARKDOWN_DIFF = [
    ("cntx", "# Waterpokken bij kinderen", "# Waterpokken bij kinderen"),
    ("cntx", "", ""),
    ("change", "Bijgewerkt: <del>3 mei 2024</del>", "Bijgewerkt: <ins>12 januari 2026</ins>"),
    ("cntx", "", ""),
    ("cntx", "## Wat is waterpokken?", "## Wat is waterpokken?"),
    ("cntx", "", ""),
    ("change", "Waterpokken is een besmettelijke ziekte door een virus. Uw kind is <del>drie</del> dagen ziek.",
     "Waterpokken is een besmettelijke ziekte door een virus. Uw kind is <ins>vijf</ins> dagen ziek."),
    ("del", "Geef uw kind nooit aspirine bij koorts, want dat is gevaarlijk.", None),
    ("cntx", "", ""),
    ("cntx", "## Wat kunt u doen?", "## Wat kunt u doen?"),
    ("cntx", "", ""),
    ("cntx", "| Klacht | Wat helpt |", "| Klacht | Wat helpt |"),
    ("cntx", "|---|---|", "|---|---|"),
    ("change", "| Jeuk | <del>zinkzalf</del> |", "| Jeuk | <ins>koelende gel</ins> |"),
    ("ins", None, "| Koorts | paracetamol |"),
    ("cntx", "", ""),
    ("ins", None, "Het blaasjesvocht is besmettelijk tot alle blaasjes zijn ingedroogd."),
]


def _side_cell(kind: str, line: str | None, number: int, new: bool) -> str:
    if line is None:
        return ('<tr><td class="d2h-code-side-linenumber d2h-code-side-emptyplaceholder d2h-cntx d2h-emptyplaceholder">'
                '</td><td class="d2h-cntx d2h-emptyplaceholder"><div class="d2h-code-side-line '
                'd2h-code-side-emptyplaceholder"><span class="d2h-code-line-prefix">&nbsp;</span>'
                '<span class="d2h-code-line-ctn"><br></span></div></td></tr>')
    marks = {"cntx": "d2h-cntx", "del": "d2h-del", "ins": "d2h-ins",
             "change": "d2h-ins d2h-change" if new else "d2h-del d2h-change"}[kind]
    prefix = {"cntx": "&nbsp;"}.get(kind, "+" if new else "-")
    return (f'<tr><td class="d2h-code-side-linenumber {marks}">{number}</td><td class="{marks}">'
            f'<div class="d2h-code-side-line"><span class="d2h-code-line-prefix">{prefix}</span>'
            f'<span class="d2h-code-line-ctn">{line or "<br>"}</span></div></td></tr>')


def _diff2html_page(body: str) -> str:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Diff to HTML by rtfpessoa</title></head>"
            "<body><h1>Diff to HTML by <a href='https://github.com/rtfpessoa'>rtfpessoa</a></h1><div id='diff'>"
            "<div class='d2h-wrapper'><div id='d2h-1' class='d2h-file-wrapper' data-lang='md'>"
            "<div class='d2h-file-header'><span class='d2h-file-name-wrapper'>"
            "<span class='d2h-file-name'>waterpokken.md.old → waterpokken.md</span>"
            "<span class='d2h-tag d2h-moved d2h-moved-tag'>RENAMED</span></span></div>"
            f"{body}</div></div></div></body></html>")


def _side_by_side() -> str:
    columns = []
    for new in (False, True):
        rows = ['<tr><td class="d2h-code-side-linenumber d2h-info"></td><td class="d2h-info">'
                '<div class="d2h-code-side-line">@@ -1,14 +1,16 @@</div></td></tr>']
        number = 0
        for kind, old_line, new_line in _MARKDOWN_DIFF:
            line = new_line if new else old_line
            number += line is not None
            rows.append(_side_cell(kind, line, number, new))
        columns.append('<div class="d2h-file-side-diff"><div class="d2h-code-wrapper"><table class="d2h-diff-table">'
                       f'<tbody class="d2h-diff-tbody">{"".join(rows)}</tbody></table></div></div>')
    return _diff2html_page(f'<div class="d2h-files-diff">{"".join(columns)}</div>')


def _line_by_line() -> str:
    rows = ['<tr><td class="d2h-code-linenumber d2h-info"></td><td class="d2h-info">'
            '<div class="d2h-code-line">@@ -1,14 +1,16 @@</div></td></tr>']
    for kind, old_line, new_line in _MARKDOWN_DIFF:
        shown = [("d2h-cntx", "&nbsp;", new_line)] if kind == "cntx" else \
            [(f"d2h-del{' d2h-change' if kind == 'change' else ''}", "-", old_line),
             (f"d2h-ins{' d2h-change' if kind == 'change' else ''}", "+", new_line)]
        for marks, prefix, line in shown:
            if line is None:
                continue
            rows.append(f'<tr><td class="d2h-code-linenumber {marks}"><div class="line-num1">1</div>'
                        f'<div class="line-num2">1</div></td><td class="{marks}"><div class="d2h-code-line">'
                        f'<span class="d2h-code-line-prefix">{prefix}</span>'
                        f'<span class="d2h-code-line-ctn">{line or "<br>"}</span></div></td></tr>')
    return _diff2html_page('<div class="d2h-file-diff"><div class="d2h-code-wrapper"><table class="d2h-diff-table">'
                           f'<tbody class="d2h-diff-tbody">{"".join(rows)}</tbody></table></div></div>')


def _assert_new_waterpokken(ingested) -> None:
    text = _text(ingested)
    assert ingested.leaflet.title == "Waterpokken bij kinderen"
    assert ingested.leaflet.updated == "2026-01-12"
    assert _headings(ingested)[:1] == ["Wat is waterpokken?"] and "Wat kunt u doen?" in _headings(ingested)
    assert "Uw kind is vijf dagen ziek." in text
    assert "Koorts | paracetamol" in text and "Jeuk | koelende gel" in text
    assert "blaasjes zijn ingedroogd" in text
    for old in ("drie dagen", "aspirine", "zinkzalf", "2024", "@@", "rtfpessoa", "|---|", "## "):
        assert old not in text
    assert _warned(ingested)


def test_diff2html_side_by_side_reads_the_new_column_as_markdown(tmp_path):
    _assert_new_waterpokken(ingest_file_as(tmp_path, "waterpokken.html", _side_by_side()))


def test_diff2html_line_by_line_reads_the_rows_no_deletion_marks(tmp_path):
    _assert_new_waterpokken(ingest_file_as(tmp_path, "waterpokken.html", _line_by_line()))


def test_redteam53_diff2html_page_reads_as_its_markdown():
    from ingest.pipeline import ingest_file
    ingested = ingest_file(DATA / "geelzucht-pasgeborene.html", root=DATA)
    text = _text(ingested)
    assert ingested.leaflet.title == "Geelzucht bij uw pasgeboren baby"
    assert ingested.leaflet.updated == "2026-01"
    assert _headings(ingested) == ["Wat is geelzucht?", "Wanneer is het een probleem?", "Behandeling met blauw licht",
                                   "Fototherapie thuis", "Wat kunt u zelf doen?", "Na de behandeling", "Contact"]
    assert "Elke 12 uur meten we" in text and "een half uur per keer" in text
    assert "Bilirubine prikken | elke 12 uur" in text
    for old in ("kwartier", "elke 24 uur", "Elke uur", "polikliniek", "RENAMED", "@@"):
        assert old not in text
    assert _warned(ingested)


# --- diffoscope -----------------------------------------------------------------------------

def _dotted(text: str) -> str:
    """A line as diffoscope shows it: each space a `·` sign."""
    return text.replace(" ", '<span class="dp">·</span>')


def _diffoscope_row(kind: str, old: tuple[int, str] | None, new: tuple[int, str] | None) -> str:
    cells = "".join(f'<td class="diffline">{line[0]} </td><td class="diffpresent">{line[1]}</td>' if line
                    else '<td colspan="2">\xa0</td>' for line in (old, new))
    return f'<tr class="diff{kind}">{cells}</tr>'


def _diffoscope_page() -> str:
    rows = [
        '<tr style="display:none;"><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>',
        '<tr class="diffhunk"><td colspan="2">Offset 1, 8 lines modified</td>'
        '<td colspan="2">Offset 1, 9 lines modified</td></tr>',
        _diffoscope_row("unmodified", (1, "Hoofdluis"), (1, "Hoofdluis")),
        _diffoscope_row("unmodified", (2, _dotted("GGD Noord-Holland")), (2, _dotted("GGD Noord-Holland"))),
        _diffoscope_row("changed", (3, _dotted("Laatst bijgewerkt: ") + "<del>2</del>" + _dotted(" mei 2024")),
                        (3, _dotted("Laatst bijgewerkt: ") + "<ins>9</ins>" + _dotted(" februari 2026"))),
        _diffoscope_row("unmodified", (4, _dotted("Wat is hoofdluis?")), (4, _dotted("Wat is hoofdluis?"))),
        _diffoscope_row("unmodified", (5, _dotted("Hoofdluis is een klein insect dat op het hoofd leeft en")),
                        (5, _dotted("Hoofdluis is een klein insect dat op het hoofd leeft en"))),
        _diffoscope_row("changed", (6, _dotted("bloed zuigt. Het komt <del>soms</del> voor bij kinderen.")),
                        (6, _dotted("bloed zuigt. Het komt <ins>vaak</ins> voor bij kinderen."))),
        _diffoscope_row("unmodified", (7, "1"), (7, "1")),
        _diffoscope_row("unmodified", (8, "<em>\\xc</em>" + _dotted("Wat kunt u doen?")),
                        (8, "<em>\\xc</em>" + _dotted("Wat kunt u doen?"))),
        _diffoscope_row("deleted", (9, _dotted("Was alle knuffels op 90 graden.")), None),
        _diffoscope_row("added", None, (9, _dotted("Kam het haar twee weken lang elke dag met een luizenkam."))),
        _diffoscope_row("added", None, (10, _dotted("Was de kam daarna in heet water met zeep."))),
        _diffoscope_row("unmodified", (10, "2"), (11, "2")),
    ]
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8' /><meta name='generator' content='diffoscope' />"
            "<title>/usr/bin/diffoscope --html /srv/out/hoofdluis.html /srv/build/old.pdf /srv/build/new.pdf</title></head>"
            "<body class='diffoscope'><div class='difference'><div class='diffheader'>"
            "<div><span class='source'>/srv/build/old.pdf</span> vs.</div>"
            "<div id='top'><span class='source'>/srv/build/new.pdf</span></div></div>"
            "<div class='difference'><div class='diffheader'><div id='pdftotext-----'>"
            "<span class='source'>pdftotext {} -</span></div></div>"
            f"<table class='diff'>{''.join(rows)}</table></div></div>"
            "<div class='footer'>Generated by <a href='https://diffoscope.org'>diffoscope</a> 240</div></body></html>")


def test_diffoscope_reads_the_new_column_with_its_spaces(tmp_path):
    ingested = ingest_file_as(tmp_path, "hoofdluis.html", _diffoscope_page())
    text = _text(ingested)
    assert ingested.leaflet.title == "Hoofdluis"
    assert ingested.leaflet.updated == "2026-02-09"
    assert "Het komt vaak voor bij kinderen." in text
    assert "Kam het haar twee weken lang elke dag met een luizenkam." in text
    for old in ("·", "soms", "knuffels", "2024", "Offset", "\\xc", "diffoscope", "/srv/"):
        assert old not in text and old not in ingested.leaflet.title
    assert "Wat kunt u doen?" in _headings(ingested)
    assert _warned(ingested)


def test_redteam53_diffoscope_page_reads_as_the_new_pdf_text():
    from ingest.pipeline import ingest_file
    ingested = ingest_file(DATA / "gonorroe.html", root=DATA)
    text = _text(ingested)
    assert ingested.leaflet.title == "Gonorroe (druiper)"
    assert ingested.leaflet.updated == "2026-03-04"
    assert "(ceftriaxon 1000 mg) in de bil" in text and "088 144 71 50" in text
    assert "De uitslag krijgt u binnen een week via het beveiligde portaal." in text
    for old in ("·", "Offset", "lines modified", "ceftriaxon 00", "ceftriaxon 500", "altijd na drie weken",
                "\\xc", "/tmp/"):
        assert old not in text
    assert {"Behandeling", "Partnerwaarschuwing", "Controle na de behandeling", "Contact"} <= set(_headings(ingested))
    assert _warned(ingested)


def test_a_page_that_names_a_diff_tool_is_read_as_a_page(tmp_path):
    page = ("<html><head><title>Hoofdluis</title></head><body><article><h1>Hoofdluis</h1>"
            "<p>Deze folder is gecontroleerd met diffoscope en diff2html (klasse d2h-file-wrapper). "
            "Hoofdluis is een klein insect dat op het hoofd leeft en bloed zuigt.</p>"
            "<h2>Wat kunt u doen?</h2><p>Kam het haar twee weken lang elke dag met een luizenkam. "
            "Was de kam daarna in heet water met zeep.</p></article></body></html>")
    ingested = ingest_file_as(tmp_path, "hoofdluis.html", page)
    assert ingested.leaflet.title == "Hoofdluis"
    assert "gecontroleerd met diffoscope" in _text(ingested)
    assert not _warned(ingested)


def test_diffoscope_of_markdown_files_keeps_their_empty_lines(tmp_path):
    empty = '<tr class="diffunmodified"><td colspan="2">\xa0</td><td colspan="2">\xa0</td></tr>'
    rows = [
        '<tr class="diffhunk"><td colspan="2">Offset 1, 9 lines modified</td><td colspan="2">Offset 1, 9 lines modified</td></tr>',
        _diffoscope_row("unmodified", (1, _dotted("# Hoofdluis")), (1, _dotted("# Hoofdluis"))), empty,
        _diffoscope_row("changed", (3, _dotted("Bijgewerkt: <del>2 mei 2024</del>")),
                        (3, _dotted("Bijgewerkt: <ins>9 februari 2026</ins>"))), empty,
        _diffoscope_row("unmodified", (5, _dotted("## Wat is hoofdluis?")), (5, _dotted("## Wat is hoofdluis?"))), empty,
        _diffoscope_row("unmodified", (7, _dotted("Hoofdluis is een klein insect dat op het hoofd leeft.")),
                        (7, _dotted("Hoofdluis is een klein insect dat op het hoofd leeft."))), empty,
        _diffoscope_row("changed", (9, _dotted("Het komt <del>soms</del> voor bij kinderen.")),
                        (9, _dotted("Het komt <ins>vaak</ins> voor bij kinderen."))),
    ]
    page = ("<html><head><title>diffoscope --html out.html old/hoofdluis.md new/hoofdluis.md</title></head>"
            "<body class='diffoscope'><div class='difference'><div class='diffheader'>"
            "<div><span class='source'>old/hoofdluis.md</span> vs.</div>"
            "<div id='top'><span class='source'>new/hoofdluis.md</span></div></div>"
            f"<table class='diff'>{''.join(rows)}</table></div></body></html>")
    ingested = ingest_file_as(tmp_path, "hoofdluis.html", page)
    assert ingested.leaflet.title == "Hoofdluis"
    assert ingested.leaflet.updated == "2026-02-09"
    assert _headings(ingested) == ["Wat is hoofdluis?"]
    assert "Het komt vaak voor bij kinderen." in _text(ingested) and "soms" not in _text(ingested)
