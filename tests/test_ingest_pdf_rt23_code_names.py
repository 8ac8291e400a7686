"""PDF finding of red team 23: LaTeX with `[T1]{fontenc}` and no cm-super, through dvipdfmx,
embeds PK bitmap fonts as Type 3 fonts without ToUnicode whose glyphs are named by their
codes (/x41, /x1B); pypdf gave "/x4F/x72/x74..." for "Orthopedie" and the leaflet was refused."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject,
                           NumberObject)

from ingest.pdf.code_names import code_names
from ingest.pdf.reader import read_pdf
from ingest.pipeline import ingest_file

LEAFLET = Path(__file__).parent / "data" / "redteam23_leaflets" / "stuitbeen.pdf"
TEXT = "Een röntgenfoto is niet nodig. Heeft u een zittend beroep, zoals buschauffeur of kantoormedewerker?"


def _differences(*pairs) -> ArrayObject:
    out = ArrayObject()
    for item in pairs:
        out.append(NumberObject(item) if isinstance(item, int) else NameObject(item))
    return out


def _unicode(array: ArrayObject) -> list:
    return [item if isinstance(item, int) else chr(int(item[4:], 16)) for item in array]


def test_glyphs_named_by_their_codes_read_through_t1():
    names = code_names(_differences(27, "/x1B", 65, "/x41", "/x42", 246, "/xF6", 255, "/xFF"))
    assert _unicode(names) == [27, "\ufb00", 65, "A", 66, "B", 246, "ö", 255, "ß"]
    decimal = code_names(_differences(39, "/a39", 97, "/a97"))  # Ghostscript's names for dvips' bitmaps
    assert _unicode(decimal) == [39, "’", 97, "a"]


def test_a_font_without_letters_reads_as_texts_companion_symbols():
    assert _unicode(code_names(_differences(136, "/x88", 176, "/xB0", 191, "/xBF"))) == [136, "•", 176, "°", 191, "€"]


def test_glyphs_with_names_of_their_own_are_left_alone():
    assert code_names(_differences(33, "/a1", "/a2", "/a202")) is None  # Zapf Dingbats: /a1 stands at 33
    assert code_names(_differences(65, "/x41", "/bullet")) is None  # a name of its own among them
    assert code_names(_differences(255, "/ff")) is None  # the ff ligature's name, not code 0xFF


def _type3_pdf(text: str) -> bytes:
    """A page that sets `text` in a Type 3 font without ToUnicode whose glyphs are named
    /xHH for their T1 codes, as dvipdfmx embeds TeX's bitmap fonts."""
    cork = {"ö": 0xF6, "ﬀ": 0x1B}
    codes = sorted({cork.get(ch, ord(ch)) for ch in text.replace("ff", "ﬀ")})
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(595, 842)
    glyph = writer._add_object(DecodedStreamObject())
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type3"),
        NameObject("/FontBBox"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(1), NumberObject(1)]),
        NameObject("/FontMatrix"): ArrayObject([FloatObject(0.001), NumberObject(0), NumberObject(0),
                                                FloatObject(0.001), NumberObject(0), NumberObject(0)]),
        NameObject("/CharProcs"): DictionaryObject({NameObject(f"/x{code:02X}"): glyph for code in codes}),
        NameObject("/Encoding"): DictionaryObject({NameObject("/Differences"): ArrayObject(
            [item for code in codes for item in (NumberObject(code), NameObject(f"/x{code:02X}"))])}),
        NameObject("/FirstChar"): NumberObject(codes[0]), NameObject("/LastChar"): NumberObject(codes[-1]),
        NameObject("/Widths"): ArrayObject([NumberObject(500)] * (codes[-1] - codes[0] + 1)),
    })
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F0"): writer._add_object(font)})})
    shown = bytes(cork.get(ch, ord(ch)) for ch in text.replace("ff", "ﬀ"))
    words = b" -333 ".join(b"(" + word + b")" for word in shown.split(b" "))  # TeX's spaces
    content = DecodedStreamObject()
    content.set_data(b"BT /F0 10 Tf 72 700 Td [" + words + b"] TJ ET")
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_type3_font_of_code_names_reads_as_words():
    document = read_pdf(_type3_pdf(TEXT), "folder.pdf")
    assert " ".join(line.text for line in document.pages[0]).replace("\ufb00", "ff") == TEXT


def test_the_latex_bitmap_font_leaflet_reads():
    item = ingest_file(LEAFLET)
    text = "\n".join(passage.text for passage in item.passages)
    assert "Een röntgenfoto\nis meestal niet nodig" not in text
    for words in ("Een röntgenfoto is meestal niet nodig", "zoals buschauffeur of kantoormedewerker",
                  "• Gebruik een wigkussen", "telefoon 0485 84 52 30"):
        assert words in text
    assert item.leaflet.title == "Pijn aan het stuitje"
    assert str(item.leaflet.updated) == "2025-10-14"
