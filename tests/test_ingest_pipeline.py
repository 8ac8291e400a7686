"""The pipeline: finding files, type by content, metadata precedence, bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pdf_factory import Line, make_pdf

from ingest.catalog import Catalog, CatalogEntry, load_catalog
from ingest.document import IngestError
from ingest.pipeline import SUPPORTED, find_sources, ingest_file, slugify

LEAFLETS = Path(__file__).parent / "data" / "leaflets"


def test_find_sources_recurses_sorts_and_skips(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ["b.txt", "a.md", "sub/c.pdf", "sub/d.HTML", "sub/f.org", "notes.docx", "notes.doc", "catalog.toml",
                 ".hidden/e.txt"]:
        (tmp_path / name).write_text("x")
    found = find_sources([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.md", "b.txt", "notes.docx", "sub/c.pdf",
                                                                   "sub/d.HTML", "sub/f.org"]
    assert SUPPORTED == {".txt", ".csv", ".md", ".markdown", ".html", ".htm", ".pdf", ".rst", ".rest", ".org", ".eml",
                         ".mht", ".mhtml", ".vtt", ".srt", ".docx"}


def test_catalog_wins_then_the_text(tmp_path):
    shutil.copy(LEAFLETS / "fsgs.txt", tmp_path / "fsgs.txt")
    catalog = Catalog({"fsgs.txt": CatalogEntry(id="nier-fsgs", url="https://x.nl/fsgs",
                                                publisher="Nierstichting", updated="2025-08-01")})
    leaflet = ingest_file(tmp_path / "fsgs.txt", root=tmp_path, catalog=catalog).leaflet
    assert (leaflet.id, leaflet.url, leaflet.publisher, leaflet.updated) == (
        "nier-fsgs", "https://x.nl/fsgs", "Nierstichting", "2025-08-01")
    assert leaflet.title == "Focale segmentale glomerulosclerose (FSGS)"


def test_a_later_date_in_the_text_than_the_catalog_s_is_the_leaflet_s_last_update(tmp_path):
    """User test 15: a corrected leaflet that says "Laatste update, 1 december 2026" kept its
    catalog's older date. The later of the two is the last update; the catalog's stays where
    it is the later one, the only one, or the text gives a year alone (a copyright line)."""
    text = (LEAFLETS / "fsgs.txt").read_text(encoding="utf-8")
    assert "Laatste update, 2 juli 2025" in text

    def updated(body: str, on: str = "2025-03-01") -> str:
        (tmp_path / "fsgs.txt").write_text(body, encoding="utf-8")
        entry = Catalog({"fsgs.txt": CatalogEntry(updated=on)}) if on else Catalog()
        return ingest_file(tmp_path / "fsgs.txt", root=tmp_path, catalog=entry).leaflet.updated

    assert updated(text) == "2025-07-02"  # the text's, later
    assert updated(text, "2025-08-01") == "2025-08-01"  # the catalog's, later
    assert updated(text, "2025-07") == "2025-07" and updated(text, "2025") == "2025"  # as late as far as both go
    assert updated(text, "2024") == "2025-07-02"
    assert updated(text, "") == "2025-07-02"
    undated = text.replace("Laatste update, 2 juli 2025", "© 2026 Nierstichting")
    assert updated(undated) == "2025-03-01"  # a year alone does not overrule the catalog


def test_id_is_a_slug_of_the_relative_path(tmp_path):
    (tmp_path / "Nier Ziekten").mkdir()
    path = tmp_path / "Nier Ziekten" / "Één folder.txt"
    path.write_text("Titel\n\nDit is de tekst van de folder en die is in het Nederlands.\n", encoding="utf-8")
    assert ingest_file(path, root=tmp_path).leaflet.id == "nier-ziekten-een-folder"
    assert slugify("fsgs.txt") == "fsgs"


def test_title_falls_back_to_the_file_stem(tmp_path):
    path = tmp_path / "folder.txt"
    path.write_text("dit is tekst zonder kop, in kleine letters en met een punt.\n")
    assert ingest_file(path).leaflet.title == "folder"


def test_type_by_content_not_name(tmp_path):
    pdf = tmp_path / "looks-like-text.txt"
    pdf.write_bytes(make_pdf([[Line("Kop", 16, True), "Dit is de tekst van een pdf."],
                              ["En dit staat op de tweede pagina van de folder."]]))
    item = ingest_file(pdf)
    assert item.leaflet.paged and [p.pages for p in item.passages] == [(1, 2)]
    html = tmp_path / "page.txt"
    html.write_text("<!DOCTYPE html><html><body><article><h1>Kop</h1><p>Een alinea met genoeg woorden "
                    "om als hoofdtekst te tellen, in het Nederlands geschreven.</p></article></body></html>")
    assert ingest_file(html).leaflet.title == "Kop"


def test_pdf_pages_per_passage(tmp_path):
    path = tmp_path / "folder.pdf"
    path.write_bytes(make_pdf([
        [Line("Folder", 20, True), Line("Eerste deel", 14, True), "Tekst van het eerste deel."],
        [Line("Tweede deel", 14, True), "Tekst van het tweede deel loopt door", "naar de volgende pagina."],
        ["En hier eindigt het tweede deel.", "3"],
    ]))
    item = ingest_file(path)
    assert [(p.headings, p.pages) for p in item.passages] == [
        (("Eerste deel",), (1,)), (("Tweede deel",), (2, 3))]
    assert all(item.text[slice(*p.span)] == p.text for p in item.passages)


@pytest.mark.parametrize(("name", "data", "cause"), [
    ("empty.txt", b"", "empty"),
    ("binary.txt", b"\x00\xff\x00\xfe" * 100, "not a text file"),
    ("fake.pdf", b"this is not a pdf at all", "not a PDF"),
    ("corrupt.pdf", b"%PDF-1.7\n%garbage\n" + b"\x00" * 50, "corrupt or truncated"),
    ("scanned.pdf", make_pdf([[], []]), "no text layer"),
    ("scripts.html", b"<html><body><script>" + b"x();" * 200 + b"</script></body></html>", "no main text"),
    ("blank.txt", b"\n\n   \n\t\n", "no text left"),
    ("ui.txt", "Selecteer de tekst die je wilt vertalen en kies 'Vertalen'.\n".encode(), "no text left"),
])
def test_bad_input_raises_ingest_error_naming_the_file(tmp_path, name, data, cause):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError, match=cause) as caught:
        ingest_file(path)
    assert caught.value.path == str(path) and name in str(caught.value)


def test_too_big(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Tekst. " * 100)
    with pytest.raises(IngestError, match="too large"):
        ingest_file(path, max_bytes=100)


def test_cp1252_and_bom_files_ingest(tmp_path):
    text = "Titel\n\nDe patiënten krijgen een ‘crème’ van de arts en dat is goed.\n"
    (tmp_path / "oud.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    for name in ["oud.txt", "bom.txt"]:
        item = ingest_file(tmp_path / name)
        assert item.text == text.strip() and item.leaflet.title == "Titel"
        assert item.passages[0].text == "De patiënten krijgen een ‘crème’ van de arts en dat is goed."


def test_catalog_files(tmp_path):
    assert load_catalog(tmp_path / "missing.toml") == Catalog()
    good = tmp_path / "catalog.toml"
    good.write_text('[leaflets."a/b.txt"]\ntitle = "B"\nupdated = 2024-01-31\n')
    assert load_catalog(good).entry_for("a/b.txt") == CatalogEntry(title="B", updated="2024-01-31")
    assert load_catalog(good).entry_for("other.txt") == CatalogEntry()
    for content, cause in [("[leaflets\n", "not valid TOML"), ('[leaflets."x.txt"]\npublsher = "P"\n', "unknown"),
                           ('[leaflets."x.txt"]\nupdated = "juli"\n', "YYYY-MM-DD"),
                           ('[leaflets."x.txt"]\ntitle = 3\n', "must be text")]:
        bad = tmp_path / "bad.toml"
        bad.write_text(content)
        with pytest.raises(IngestError, match=cause) as caught:
            load_catalog(bad)
        assert "bad.toml" in str(caught.value)


def test_the_catalog_dates_a_leaflet_as_precisely_as_its_editor_knows(tmp_path):
    """An editor who knows only the month ("2024-11") or the year (2024) of a revision
    can say so; a date that is not one still stops the catalog."""
    (tmp_path / "a.txt").write_text("Titel\n\nDe arts vertelt u wat u kunt verwachten van de behandeling.\n")
    for written, stored in [('"2024-11"', "2024-11"), ('"2024"', "2024"), ("2024", "2024")]:
        catalog = tmp_path / "catalog.toml"
        catalog.write_text(f'[leaflets."a.txt"]\nupdated = {written}\n')
        loaded = load_catalog(catalog)
        assert loaded.entry_for("a.txt").updated == stored
        assert ingest_file(tmp_path / "a.txt", root=tmp_path, catalog=loaded).leaflet.updated == stored
    for written in ['"2024-13"', '"20241105"', '"2024-1"', '"24"', '"2024-02-30"']:
        catalog.write_text(f'[leaflets."a.txt"]\nupdated = {written}\n')
        with pytest.raises(IngestError, match="YYYY-MM-DD, YYYY-MM or YYYY"):
            load_catalog(catalog)


def test_the_language_is_said_only_when_the_text_plainly_shows_it():
    from ingest.language import guess_language

    assert guess_language("Bij FSGS lekt er eiwit uit de nieren in de urine, en dat is niet goed.") == "nl"
    assert guess_language("You will be invited to a clinic about two weeks before the operation "
                          "and a nurse will check your blood pressure.") == "en"
    assert guess_language("Metformine 500 mg — tablets, tabletten; EXP 12/2026") == ""


def test_an_english_collection_is_searched_with_english_stemming(tmp_path, monkeypatch):
    import leaflets.api as api
    from conftest import HashEmbedder
    from leaflets.config import Settings

    monkeypatch.setattr(api, "embedder_for", lambda model, threads: HashEmbedder())
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "knee.txt").write_text(
        "Knee replacement\n\nMost patients go home one to three days after the operation. "
        "You should be able to stop using crutches after about six weeks.\n")
    config = Settings.from_env({}).with_overrides(index=tmp_path / "index", sources=tmp_path / "src")
    assert not api.ingest_paths(config).errors
    searcher = api.open_searcher(config)
    assert searcher.config.analyzer_language == "en"
    assert searcher.search("crutch", k=1, mode="lexical").hits  # "crutches" stems to "crutch"
