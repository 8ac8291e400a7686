"""Word documents (.docx) are leaflets too (red team 63: a hospital's leaflet kept as Word was
ignored, its eight questions unanswerable). They are read as the page mammoth makes of them
(`ingest.word_document`); a damaged or misnamed one is refused with its name and the cause, and
leaves a working index as it was."""

import io
import zipfile
from pathlib import Path

import pytest

from ingest.document import IngestError
from ingest.pipeline import detect_kind, ingest_leaflets

from tests.ingest_helpers import headings

RT63 = Path(__file__).parent / "data" / "redteam63_leaflets"

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _paragraph(text: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def _table(rows: list[list[str]]) -> str:
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{_paragraph(cell)}</w:tc>" for cell in row) + "</w:tr>" for row in rows)
    return f"<w:tbl>{cells}</w:tbl>"


def word_document(body: str, title: str = "") -> bytes:
    """A minimal .docx: its parts, the Title and Heading styles, and `body` (WordprocessingML)."""
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="{ident}"><w:name w:val="{name}"/></w:style>'
                     for ident, name in (("Title", "Title"), ("Heading1", "heading 1"), ("Heading2", "heading 2")))
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            'document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/styles" Target="styles.xml"/></Relationships>'),
        "word/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:styles {_W}>{styles}</w:styles>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{body}</w:body></w:document>',
        "docProps/core.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{title}</dc:title></cp:coreProperties>"),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, text in parts.items():
            package.writestr(name, text)
    return buffer.getvalue()


_BODY = "".join([
    _paragraph("Gips aan uw been", "Title"),
    _paragraph("Ziekenhuis Oostwoud, afdeling Orthopedie"),
    _paragraph("Laatst bijgewerkt: 4 mei 2026"),
    _paragraph("Waarom gips?", "Heading1"),
    _paragraph("Het gips houdt de botdelen stil, zodat ze weer goed aan elkaar groeien."),
    _paragraph("Wanneer bellen?", "Heading1"),
    _paragraph("Bel de gipskamer als uw tenen wit of blauw worden."),
    _table([["Klacht", "Wat doet u?"], ["Tenen blauw", "Bel meteen"], ["Jeuk", "Niet krabben"]]),
])


def test_a_word_document_reads_as_its_page(tmp_path):
    path = tmp_path / "gips.docx"
    path.write_bytes(word_document(_BODY, title="Microsoft Word - gips.docx"))
    [item] = ingest_leaflets(path, root=tmp_path)
    leaflet = item.leaflet
    assert (leaflet.title, leaflet.publisher, leaflet.updated) == ("Gips aan uw been", "Ziekenhuis Oostwoud", "2026-05-04")
    assert headings(item) == ["Waarom gips?", "Wanneer bellen?"]
    assert "Tenen blauw | Bel meteen" in item.passages[-1].text


def test_the_documents_own_title_names_it_where_no_title_paragraph_does(tmp_path):
    path = tmp_path / "document1.docx"
    body = "".join(_paragraph(text) for text in (
        "Bel de gipskamer als uw tenen wit of blauw worden.", "Leg uw been de eerste dagen hoog op een kussen."))
    path.write_bytes(word_document(body, title="Gips aan uw been"))
    [item] = ingest_leaflets(path, root=tmp_path)
    assert item.leaflet.title == "Gips aan uw been"


@pytest.mark.parametrize(("data", "cause"), [
    (b"Dit is geen Word-bestand.", "not a Word document (no .docx container)"),
    (b"PK\x03\x04 afgebroken", "not a readable Word document"),
])
def test_a_damaged_or_misnamed_word_document_is_refused_by_name(tmp_path, data, cause):
    path = tmp_path / "kapot.docx"
    path.write_bytes(data)
    with pytest.raises(IngestError) as refused:
        ingest_leaflets(path, root=tmp_path)
    assert "kapot.docx" in str(refused.value) and cause in str(refused.value)


def test_a_zip_without_a_document_is_no_word_document(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    path = tmp_path / "odt-hernoemd.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(IngestError, match=r"odt-hernoemd.docx: not a Word document \(the .docx holds no main document"):
        ingest_leaflets(path, root=tmp_path)


def test_an_empty_an_old_and_a_bomb_word_document_are_refused_by_name(tmp_path, monkeypatch):
    import ingest.word_document

    empty = tmp_path / "leeg.docx"
    empty.write_bytes(word_document(""))
    with pytest.raises(IngestError, match="leeg.docx: the Word document holds no text"):
        ingest_leaflets(empty, root=tmp_path)
    old = tmp_path / "oud.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    with pytest.raises(IngestError, match=r"oud.docx: an old Word document \(.doc\) or a password-protected one"):
        ingest_leaflets(old, root=tmp_path)
    monkeypatch.setattr(ingest.word_document, "MAX_UNPACKED_BYTES", 1000)
    big = tmp_path / "groot.docx"
    big.write_bytes(word_document(_BODY))
    with pytest.raises(IngestError, match="groot.docx: the Word document is too large unpacked"):
        ingest_leaflets(big, root=tmp_path)


def test_a_pdf_named_docx_is_read_as_a_pdf():
    assert detect_kind(b"%PDF-1.7\n...", Path("folder.docx")) == "pdf"


def test_red_team_63s_word_leaflet():
    [item] = ingest_leaflets(RT63 / "zwangerschapsdiabetes.docx")
    assert (item.leaflet.title, item.leaflet.publisher, item.leaflet.updated) == (
        "Zwangerschapsdiabetes", "Jessa Ziekenhuis Hasselt", "2025-11")
    assert "Wat is zwangerschapsdiabetes?" in headings(item)
    assert any("Nuchter | lager dan 95 mg/dl" in passage.text for passage in item.passages)


def test_an_uploaded_word_document_is_stored_as_one(tmp_path):
    from leaflets.uploads import store_upload

    stored = store_upload("Gips been.docx", word_document(_BODY), tmp_path, max_bytes=1_000_000, max_words=500)
    assert stored.path == tmp_path / "upload-gips-been.docx" and stored.kind == "docx"
    assert ingest_leaflets(stored.path, root=tmp_path)[0].leaflet.title == "Gips aan uw been"


def test_a_damaged_uploaded_word_document_is_refused_and_never_stored(tmp_path):
    from leaflets.pages.strings import plain_cause
    from leaflets.uploads import store_upload

    with pytest.raises(IngestError) as refused:
        store_upload("kapot.docx", b"PK\x03\x04 afgebroken", tmp_path, max_bytes=1_000_000, max_words=500)
    assert refused.value.path == "kapot.docx"
    assert plain_cause("nl", refused.value.cause) == "het Word-document is beschadigd."
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]
