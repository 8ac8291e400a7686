"""Red team 29: a man page's roff source kept as `.txt` (rst2man's tandabces.txt) was read as plain
text, every request (".TH", ".SH", ".IP \\(bu 2", ".TS") passage text, titled by the file's name
and undated. It is now read as the page `man` renders from it (ingest/roff.py)."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file
from ingest.roff import is_roff, roff_as_markdown

LEAFLET = Path(__file__).parent / "data" / "redteam29_leaflets" / "tandabces.txt"

HAND_WRITTEN = r""".\" written by hand
.TH HOOFDLUIS 7 "3 maart 2025" "GGD Noord" "Folders"
.de XX
.nr dummy 1
..
.ds Pr GGD Noord
.SH NAAM
hoofdluis \- kleine insecten op het hoofd
.SH WAT IS HET?
Hoofdluizen zijn kleine insecten (2\(en3 mm) die in het haar leven,
niet gevaarlijk \(em ook niet voor een baby.
.SS Wie krijgt het?
Vooral kinderen op de cr\[u00E8]che of in het caf\['e]\&.
.SH BEHANDELING
.TP
.B Kammen
Kam twee weken lang elke dag met een \fBnetenkam\fP.
.IP \(bu 2
Was de knuffels.
.PP
Adres:
.nf
\*(Pr
Postbus 12
.fi
.SH DOSIS
.TS
tab(;);
l l.
Leeftijd;Keer per week
_
Onder 2 jaar;alleen kammen
.TE
"""


def test_rst2mans_page_is_read_as_man_renders_it():
    item = ingest_file(LEAFLET)
    assert item.leaflet.title == "Tandabces – Tandartsenpraktijk Mondzorg Centrum Leiden"
    assert item.leaflet.updated == "2025-12-04"
    assert [p.headings[0] for p in item.passages][:3] == ["Wat is een tandabces?", "Klachten",
                                                           "Behandeling bij de tandarts"]
    text = "\n".join(p.text for p in item.passages)
    assert "Ibuprofen | 3 keer per dag 400 mg | niet bij maagklachten of zwangerschap" in text
    assert "• pijn bij bijten of kauwen;" in text
    for mark in (".IP", ".sp", "T{", "rstReportMargin", "\\(bu", ".TS", "Man page generated"):
        assert mark not in text


def test_a_hand_written_page_gives_sections_items_kept_lines_and_a_table(tmp_path):
    path = tmp_path / "hoofdluis.txt"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Hoofdluis – kleine insecten op het hoofd"
    assert item.leaflet.updated == "2025-03-03"
    assert item.leaflet.publisher == "GGD Noord"  # `.TH`'s source field
    text = {p.headings: p.text for p in item.passages}
    assert "(2–3 mm)" in text[("Wat is het?",)] and "— ook niet" in text[("Wat is het?",)]
    assert text[("Wat is het?", "Wie krijgt het?")] == "Vooral kinderen op de crèche of in het café."
    assert "• Kammen: Kam twee weken lang elke dag met een netenkam." in text[("Behandeling",)]
    assert "GGD Noord" in text[("Behandeling",)] and "nr dummy" not in text[("Behandeling",)]
    assert "Onder 2 jaar | alleen kammen" in text[("Dosis",)]


def test_markdown_takes_the_th_name_without_a_name_line():
    markdown = roff_as_markdown('.TH "GROEIPIJN" 7\n.SH UITLEG\nPijn in de benen.\n.SH HULP\nWrijven.\n')
    assert markdown.startswith("# Groeipijn\n") and "## Uitleg" in markdown  # in sentence case, as `man` shows it


def test_a_plain_text_with_one_dotted_line_is_no_roff():
    assert not is_roff("Beste lezer,\n.B is geen opmaak hier.\nGroeten.\n")
    assert is_roff(LEAFLET.read_text(encoding="utf-8"))


def test_ronns_quoted_macros_and_worded_tags():
    """Ronn quotes its arguments (`.SH "NAME"`, `.IP "\\(bu" 4`) and escapes its dots ("\\.");
    a worded tag ("a.") opens its item's text rather than being lost."""
    markdown = roff_as_markdown('.TH "WRATTEN" "7" "December 2025"\n.SH "NAME"\n\\fBwratten\\fR \\- bultjes\n'
                                '.SH "BEHANDELING"\n.IP "\\(bu" 4\nBevriezen\\.\n.IP "a\\." 4\nEerste keus\\.\n'
                                '.IP "" 0\nZie \\fIthuisarts\\.nl\\fR\\.\n')
    assert "date: December 2025" in markdown and "# Wratten – bultjes" in markdown
    assert "- Bevriezen.\n- a. Eerste keus.\n\nZie thuisarts.nl." in markdown
