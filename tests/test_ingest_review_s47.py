"""Review of session 47's ingest changes: odd input and ordinary leaflets the new rules misread.

Slow paths are timed in scripts, not here; these tests pin what the fixed code reads from the
inputs that were slow (catastrophic backtracking, work quadratic in lines or characters).
"""

from pathlib import Path

import pytest

from ingest.document import IngestError
from ingest.dvi2tty import dvi2tty_as_plain
from ingest.ebook_text import without_ebook_furniture
from ingest.pipeline import ingest_leaflets
from ingest.wiki_headings import wiki_headings


def test_a_brace_and_colons_with_no_rule_end_is_text():
    # `_CSS_LINE` backtracked exponentially on declarations with no closing brace
    line = "Let op{tijd: " + "10 uur: " * 30
    text = "ch001.xhtml\n" + line + "\n"
    assert without_ebook_furniture(text) == (line + "\n", ["ch001.xhtml"])


def test_many_short_lines_beside_a_book_file():
    # `_glued_entries` tried every short line at every place of every line: quadratic in lines
    lines = [f"Kop {number}" for number in range(3000)]
    text = "ch001.xhtml\n" + "\n".join(lines) + "\nKop 1Kop 2Kop 3\n"
    kept, furniture = without_ebook_furniture(text)
    assert kept == "\n".join(lines) + "\n"
    assert furniture == ["ch001.xhtml", "Kop 1Kop 2Kop 3"]


def test_a_web_address_ending_in_html_is_no_book_file():
    text = ("Oorpijn bij kinderen\n\nInhoudsopgave\n\nWat is oorpijn?\n\nOorpijn komt vaak voor.\n\n"
            "Meer informatie vindt u op\nwww.ziekenhuis.nl/folders/oorpijn.html\n\nOorpijn bij kinderen\n")
    assert without_ebook_furniture(text) == (text, [])


def test_book_files_in_folders_are_still_machinery():
    text = "Titel\nOEBPS/Text/ch002.xhtml\nText/title.html\nnav.xhtml\nTekst.\n"
    assert without_ebook_furniture(text)[0] == "Titel\nTekst.\n"


def test_marked_numbers_are_no_wiki_headings():
    # "= 5 =" is a page number as some exports set it, not a title
    text = "= 5 =\n\nDe wond geneest in twee weken.\n\n= 6 =\n\nBel bij koorts.\n"
    assert wiki_headings(text).title == ""
    assert wiki_headings(text).headings == {}


def test_page_numbers_in_marks_name_no_leaflet(tmp_path: Path):
    path = tmp_path / "wond.txt"
    path.write_text("= 1 =\n\nWondverzorging na de operatie\n\nDe wond geneest in twee weken. Houd hem droog en "
                    "schoon.\n\n= 2 =\n\nBel de afdeling bij koorts of als de wond gaat lekken.\n")
    [item] = ingest_leaflets(path)
    assert item.leaflet.title != "1"
    assert not {"1", "2"} & {heading for passage in item.passages for heading in passage.headings}


def test_a_line_cut_many_times_is_one_line():
    # each cut joined by copying the line so far: quadratic in the line's length
    pieces = 5000
    text = "a" * 78 + "*\n" + (" *" + "a" * 76 + "*\n") * pieces + " *end\n"
    assert dvi2tty_as_plain(text) == "a" * (78 + 76 * pieces) + "end\n"


_HEADER = b"MIME-Version: 1.0\r\nFrom: Praktijk De Linde <info@delinde.nl>\r\nSubject: Wondzorg\r\n"


def test_a_charset_python_cannot_decode_with_falls_back(tmp_path: Path):
    # "undefined" is a codec that raises UnicodeError, not UnicodeDecodeError: the header was read as text
    for charset in (b"undefined", b"punycode", b"x-unknown-zz"):
        path = tmp_path / f"{charset.decode()}.eml"
        path.write_bytes(_HEADER + b"Content-Type: text/plain; charset=" + charset + b"\r\n\r\n"
                         b"De wond geneest in twee weken. Bel bij koorts.\r\n")
        [item] = ingest_leaflets(path)
        assert (item.leaflet.title, item.leaflet.publisher) == ("Wondzorg", "Praktijk De Linde")
        assert [passage.text for passage in item.passages] == ["De wond geneest in twee weken. Bel bij koorts."]


def test_a_message_of_only_a_picture_names_it(tmp_path: Path):
    path = tmp_path / "page.mht"
    path.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
                     b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--B--\r\n")
    with pytest.raises(IngestError, match=r"only attachments \(image/png\)"):
        ingest_leaflets(path)
