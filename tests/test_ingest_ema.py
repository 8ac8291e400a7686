"""The real EMA product information for Enbrel: eight leaflets in one PDF, cited
with the document's own page numbers.

`sources/enbrel-bijsluiters.pdf` holds pages 238-363 of the 363-page document and
`tests/data/ingest/enbrel-pages-250-254.pdf` pages 250-254 (the end of the first
leaflet and the start of the second); both made by tests/data/ingest/trim_ema.py.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pypdf
import pytest

from index.citation import page_label, source_link
from ingest.catalog import load_catalog
from ingest.document import IngestError
from ingest.pipeline import ingest_file, ingest_leaflets
from ingest.split import sentence_spans

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "sources"
FULL = SOURCES / "enbrel-bijsluiters.pdf"
SMALL = ROOT / "tests" / "data" / "ingest" / "enbrel-pages-250-254.pdf"
EMA_URL = "https://www.ema.europa.eu/nl/documents/product-information/enbrel-epar-product-information_nl.pdf"
CATALOG = f'''
[leaflets."ema.pdf"]
url = "{EMA_URL}"
page_offset = 249

[[leaflets."ema.pdf".parts]]
id = "poeder"
title = "Enbrel 25 mg poeder voor oplossing voor injectie"
pages = "250-251"

[[leaflets."ema.pdf".parts]]
id = "poeder-en-oplosmiddel"
title = "Enbrel 25 mg poeder en oplosmiddel voor oplossing voor injectie"
pages = "252-254"
'''


def _squash(text: str) -> str:
    """Text without whitespace, hyphens and bullets: how a passage and pypdf's text compare."""
    return re.sub(r"[\s\-\u00ad•◦\uf0b7]+", "", text)


def _page_texts(path: Path, first_number: int) -> dict[int, str]:
    """pypdf's text of each page, by the document's page number, page-number line dropped."""
    reader = pypdf.PdfReader(path)
    return {first_number + i: page.extract_text().split("\n", 1)[-1] for i, page in enumerate(reader.pages)}


def _first_sentence(text: str) -> str:
    line = text.split("\n")[0]
    start, end = sentence_spans(line)[0]
    return line[start:end]


def _on_cited_page(passage, pages: dict[int, str]) -> bool:
    """The first sentence starts on the first cited page and lies within the cited pages."""
    sentence = _squash(_first_sentence(passage.text))
    cited = _squash("".join(pages[number] for number in passage.pages))
    return sentence[:40] in _squash(pages[passage.pages[0]]) and sentence in cited


@pytest.fixture
def small_folder(tmp_path):
    shutil.copy(SMALL, tmp_path / "ema.pdf")
    (tmp_path / "catalog.toml").write_text(CATALOG, encoding="utf-8")
    return tmp_path


def _parts(folder: Path):
    return ingest_leaflets(folder / "ema.pdf", root=folder, catalog=load_catalog(folder / "catalog.toml"))


def test_catalog_parts_become_leaflets_with_the_documents_page_numbers(small_folder):
    first, second = _parts(small_folder)
    assert (first.leaflet.id, second.leaflet.id) == ("poeder", "poeder-en-oplosmiddel")
    assert second.leaflet.title == "Enbrel 25 mg poeder en oplosmiddel voor oplossing voor injectie"
    assert {n for p in first.passages for n in p.pages} <= {250, 251}
    assert {n for p in second.passages for n in p.pages} <= {252, 253, 254}
    assert first.leaflet.url == EMA_URL and first.leaflet.paged
    assert "Bijsluiter: informatie voor de gebruiker" not in first.text  # the next leaflet's start
    assert second.text.startswith("Bijsluiter: informatie voor de gebruiker")
    opening = second.passages[0]
    assert opening.pages == (252,) and source_link(second.leaflet, opening) == f"{EMA_URL}#page=252"
    assert page_label(opening) == "p. 252"


def test_every_passage_of_the_small_copy_is_on_its_cited_page(small_folder):
    pages = _page_texts(SMALL, 250)
    passages = [p for item in _parts(small_folder) for p in item.passages]
    assert len(passages) > 10
    assert [p.pages for p in passages if not _on_cited_page(p, pages)] == []


def test_numbered_and_bold_headings_of_a_real_leaflet(small_folder):
    second = _parts(small_folder)[1]
    paths = {p.headings for p in second.passages}
    assert ("1. Wat is Enbrel en waarvoor wordt dit middel gebruikt?",) in paths
    assert ("2. Wanneer mag u dit middel niet gebruiken of moet u er extra voorzichtig mee zijn?",
            "Wanneer mag u dit middel niet gebruiken?") in paths
    contents = next(p for p in second.passages if p.headings == ("Inhoud van deze bijsluiter",))
    assert "\n3. Hoe gebruikt u dit middel?\n" in contents.text  # the table of contents stays a list
    bullets = next(p for p in second.passages if "Bewaar deze bijsluiter." in p.text)
    assert "\n• Bewaar deze bijsluiter. Misschien heeft u hem later weer nodig.\n" in bullets.text


@pytest.mark.parametrize(("catalog", "cause"), [
    (CATALOG.replace(f'url = "{EMA_URL}"\n', ""), "page_offset needs the url"),
    (CATALOG.replace('"252-254"', '"252-260"'), "not in the file"),
    (CATALOG.replace('"252-254"', '"254-252"'), "first-last"),
    (CATALOG.replace('id = "poeder-en-oplosmiddel"', 'id = "poeder"'), "share one id"),
    (CATALOG.replace('pages = "250-251"', 'pages = "250-251"\npagina = "x"'), "unknown field"),
])
def test_bad_parts_are_clear_errors(small_folder, catalog, cause):
    (small_folder / "catalog.toml").write_text(catalog, encoding="utf-8")
    with pytest.raises(IngestError, match=cause):
        _parts(small_folder)


def test_parts_on_a_text_file_and_ingest_file_on_parts_are_refused(small_folder):
    with pytest.raises(IngestError, match="ingest_leaflets"):
        ingest_file(small_folder / "ema.pdf", root=small_folder, catalog=load_catalog(small_folder / "catalog.toml"))
    (small_folder / "ema.txt").write_text("Een tekst.\n", encoding="utf-8")
    (small_folder / "catalog.toml").write_text(CATALOG.replace('"ema.pdf"', '"ema.txt"')
                                               .replace("page_offset = 249\n", ""), encoding="utf-8")
    with pytest.raises(IngestError, match="not a PDF"):
        ingest_leaflets(small_folder / "ema.txt", root=small_folder,
                        catalog=load_catalog(small_folder / "catalog.toml"))


@pytest.fixture(scope="module")
def enbrel():
    return ingest_leaflets(FULL, root=SOURCES, catalog=load_catalog(SOURCES / "catalog.toml"))


def test_the_eight_bundled_leaflets(enbrel):
    assert len(enbrel) == 8 and len({item.leaflet.id for item in enbrel}) == 8
    starts = [item.passages[0].pages[0] for item in enbrel]
    assert starts == [238, 252, 269, 282, 297, 312, 328, 346]
    for item in enbrel:
        sections = {p.headings[0] for p in item.passages if p.headings}
        assert "4. Mogelijke bijwerkingen" in sections, item.leaflet.id
        assert item.leaflet.publisher and item.leaflet.updated == ""  # the leaflets leave it blank


def test_ten_passages_across_the_document_are_on_their_cited_pages(enbrel):
    passages = [p for item in enbrel for p in item.passages]
    chosen = [passages[round(i * (len(passages) - 1) / 9)] for i in range(10)]
    pages = _page_texts(FULL, 238)
    assert len({p.pages[0] for p in chosen}) == 10
    assert [(p.pages, _first_sentence(p.text)) for p in chosen if not _on_cited_page(p, pages)] == []


def test_symbol_font_signs_read_as_the_characters_they_show(enbrel):
    texts = [p.text for item in enbrel for p in item.passages]
    assert not [t for t in texts if re.search(r"[\ue000-\uf8ff]", t)]  # no private-use characters
    assert any("in de koelkast (2°C - 8°C)" in t for t in texts)  # was "(2\uf0b0C - 8°C)"
    assert any("Tηλ: +357" in t for t in texts)  # Cyprus's "Tel", in Greek
