"""Red team 48: a page that draws its whole content as one form (pdfcrop, pdfjam) reads as
the form's content, so the repairs of its content stream (groff's kerning splits) reach
the text inside the form."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject,
                           NumberObject)

from ingest.pdf.fragments import page_fragments
from ingest.pdf.xobjects import unwrapped

LEAFLETS = Path(__file__).parent / "data" / "redteam48_leaflets"

# groff with word spacing: the string ends at a kerning pair and goes on after a `Td` as wide as
# "de r" in Helvetica (556 + 556 + 278 + 333 thousandths of 10 points) and its space's `Tw`.
KERNED = b"BT /F1 10 Tf 5 Tw 72 700 Td (komen vooral de r) Tj 82.37 0 Td (underlintworm en) Tj ET"


def _font() -> DictionaryObject:
    return DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})


def _stream(data: bytes, entries: dict | None = None) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    stream.update(entries or {})
    return stream


def _page(content: bytes, forms: dict[str, bytes] | None = None) -> pypdf.PageObject:
    """A one-page PDF read back: `content` drawing `forms` (each with the font), or the text itself."""
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(612, 792)
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(_font())})
    xobjects = DictionaryObject()
    for name, data in (forms or {}).items():
        form = _stream(data, {NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                              NameObject("/BBox"): ArrayObject([NumberObject(v) for v in (0, 0, 612, 792)]),
                              NameObject("/Matrix"): ArrayObject([FloatObject(v) for v in (1, 0, 0, 1, 10, -20)]),
                              NameObject("/Resources"): DictionaryObject({NameObject("/Font"): fonts})})
        xobjects[NameObject(name)] = writer._add_object(form)
    resources = DictionaryObject({NameObject("/XObject"): xobjects} if forms else {NameObject("/Font"): fonts})
    page[NameObject("/Resources")] = resources
    page[NameObject("/Contents")] = writer._add_object(_stream(content))
    out = io.BytesIO()
    writer.write(out)
    return pypdf.PdfReader(io.BytesIO(out.getvalue())).pages[0]


def _text(page: pypdf.PageObject) -> str:
    return " ".join(fragment.text.strip() for fragment in page_fragments(page))


def test_a_kerned_groff_line_reads_whole_on_the_page_itself():
    assert "de runderlintworm en" in _text(_page(KERNED))


def test_the_same_line_inside_the_one_form_a_cropped_page_draws_reads_whole_too():
    page = _page(b"q 1 0 0 1 -84 -77 cm /Im1 Do Q", {"/Im1": KERNED})
    text = _text(page)
    assert "de runderlintworm en" in text and "de r underlintworm" not in text


def test_the_form_is_read_where_the_page_puts_it():
    plain = page_fragments(_page(KERNED))[0]
    cropped = page_fragments(_page(b"0 g q 1 0 0 1 -84 -77 cm /Im1 Do Q 0 G", {"/Im1": KERNED}))[0]
    assert (round(cropped.x - plain.x, 1), round(cropped.y - plain.y, 1)) == (-84 + 10, -77 - 20)


def test_a_page_that_draws_more_than_one_form_or_anything_else_is_read_as_it_stands():
    two = _page(b"q /A Do Q q 1 0 0 1 300 0 cm /B Do Q", {"/A": KERNED, "/B": KERNED})
    assert unwrapped(two) is two
    drawn = _page(b"0 0 10 10 re f /A Do", {"/A": KERNED})
    assert unwrapped(drawn) is drawn
    missing = _page(b"/Nothing Do", {"/A": KERNED})
    assert unwrapped(missing) is missing
    assert page_fragments(missing) == []


def test_the_cropped_groff_leaflet_reads_its_kerned_words_whole():
    page = pypdf.PdfReader(LEAFLETS / "lintworm.pdf").pages[0]
    text = _text(page)
    for word in ("runderlintworm", "Wat u wel ziet", "ondergoed", "Voor spoed", "door,"):
        assert word in text
    for split in ("r underlintworm", "W at u", "onder goed", "V oor spoed", "door ,"):
        assert split not in text
