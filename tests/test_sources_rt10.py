"""The sources folder as found (red team 10): a link that leads out of the folder is never read
(a private file beside the sources became a search hit), a broken link is named, a catalog
that is not valid TOML changes nothing and is said once, and a file's content tells its type
both ways (an HTML page named .pdf as a PDF named .html)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest.pipeline import find_sources, ingest_leaflets
from index.build import published_leaflets
from leaflets import api
from leaflets.cli import main
from leaflets.config import Settings
from tests.conftest import HashEmbedder
from tests.pdf_factory import make_pdf

GOOD = "Nierstenen\n\nLaatst herzien: 2025-03-12\n\nDrink elke dag 2 liter water. Eet minder zout.\n"
JICHT = "Jicht\n\nEet minder vlees en drink geen bier bij een jichtaanval.\n"
SECRET = "INTERN DOCUMENT\n\nWifi-wachtwoord personeelsnetwerk: Zomer2025! Niet voor patiënten.\n"


@pytest.fixture(autouse=True)
def fast_embedder(monkeypatch):
    monkeypatch.setattr(api, "embedder_for", lambda model, threads: HashEmbedder())


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _sources(index: Path) -> set[str]:
    return {leaflet.source_path for leaflet in published_leaflets(index)}


def _exact(index: Path, words: str) -> list[str]:
    searcher = api.open_searcher(Settings.from_env({}).with_overrides(index=index))
    return [hit.leaflet.source_path for hit in searcher.search(words, k=5, mode="exact").hits]


@pytest.fixture
def linked(tmp_path) -> tuple[Path, Path]:
    """src/ with a leaflet, a link to it, a link to a private file and one to a private folder
    outside, and a link to nothing."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "intern.txt").write_text(SECRET)
    (outside / "map").mkdir()
    (outside / "map" / "ook-intern.txt").write_text(SECRET.replace("Wifi", "Kluis"))
    src = tmp_path / "src"
    src.mkdir()
    (src / "goed.txt").write_text(GOOD)
    os.symlink(src / "goed.txt", src / "ook-goed.txt")  # inside: the file is read once
    os.symlink(outside / "intern.txt", src / "buiten.txt")
    os.symlink(outside / "map", src / "extern")
    os.symlink(outside / "bestaat-niet.md", src / "kapot.md")
    return src, outside


def test_a_link_out_of_the_folder_is_named_and_never_read(linked, tmp_path, capsys):
    src, outside = linked
    index = tmp_path / "idx"
    code, _, err = _run(capsys, "ingest", str(src), "--index", str(index))
    assert code == 1  # something was skipped
    lines = err.splitlines()
    assert f"skipped {src / 'buiten.txt'}: a link to a file outside the folder: {outside.resolve() / 'intern.txt'}" in lines
    assert f"skipped {src / 'extern'}: a link to a folder outside the folder: {outside.resolve() / 'map'}" in lines
    assert f"skipped {src / 'kapot.md'}: a broken link: {outside.resolve() / 'bestaat-niet.md'} does not exist" in lines
    assert not any("ook-goed" in line for line in lines)  # a link inside is no clash of ids
    assert _sources(index) == {str(src / "goed.txt")}
    assert _exact(index, "Wifi-wachtwoord") == [] and _exact(index, "Kluis") == []
    assert _exact(index, "liter water") == [str(src / "goed.txt")]

    code, out, _ = _run(capsys, "status", "--index", str(index))
    assert code == 0
    skipped = [line for line in out.splitlines() if line.startswith("skipped")]
    assert skipped == [
        f"skipped    {src / 'buiten.txt'}: a link to a file outside the folder: "
        f"{outside.resolve() / 'intern.txt'} (ingest does not read it)",
        f"skipped    {src / 'extern'}: a link to a folder outside the folder: "
        f"{outside.resolve() / 'map'} (ingest does not read it)",
        f"skipped    {src / 'kapot.md'}: a broken link: {outside.resolve() / 'bestaat-niet.md'} "
        "does not exist (ingest does not read it)",
    ]
    assert not any(line.startswith("new") for line in out.splitlines())
    assert f"up to date with {src}, but for the skipped files" in out
    # ... and so does the coverage page's list of skipped files
    skipped = api.skipped_files(Settings.from_env({}).with_overrides(index=index))
    assert [path.name for path, _ in skipped] == ["buiten.txt", "extern", "kapot.md"]


def test_links_inside_the_folder_are_followed_and_a_file_named_explicitly_is_read(linked, tmp_path):
    from ingest.pipeline import scan_sources

    src, outside = linked
    (src / ".verborgen").mkdir()
    (src / ".verborgen" / "jicht.txt").write_text(JICHT)
    os.symlink(src / ".verborgen" / "jicht.txt", src / "jicht.txt")  # read through the link alone
    os.symlink(src / "buiten.txt", src / "via-via.txt")  # a link inside to a link out: out
    scan = scan_sources([src])
    assert scan.files == [src / "goed.txt", src / "jicht.txt"]
    assert [Path(error.path).name for error in scan.refused] == ["buiten.txt", "extern", "kapot.md", "via-via.txt"]
    assert find_sources([src / "buiten.txt"]) == [src / "buiten.txt"]  # the user's own choice
    outcome = api.ingest_paths(Settings.from_env({}).with_overrides(index=tmp_path / "idx"), [src / "buiten.txt"])
    assert not outcome.errors and _sources(tmp_path / "idx") == {str(src / "buiten.txt")}


def test_a_leaflet_indexed_through_a_link_out_is_taken_out(linked, tmp_path, capsys):
    """An index built before links were checked (here: the link named explicitly) holds the
    private text: status says so, and the next ingest of the folder takes it out."""
    src, _ = linked
    index = tmp_path / "idx"
    assert _run(capsys, "ingest", str(src / "goed.txt"), str(src / "buiten.txt"), "--index", str(index))[0] == 0
    assert _exact(index, "Wifi-wachtwoord") == [str(src / "buiten.txt")]
    _, out, _ = _run(capsys, "status", str(src), "--index", str(index))
    assert (f"skipped    {src / 'buiten.txt'}: a link to a file outside the folder: "
            f"{(tmp_path / 'outside' / 'intern.txt').resolve()} (ingest does not read it; a leaflet is "
            "still indexed from it: the next `leaflets ingest` takes it out)") in out.splitlines()
    assert "run `leaflets ingest" in out
    assert _run(capsys, "ingest", str(src), "--index", str(index))[0] == 1
    assert _sources(index) == {str(src / "goed.txt")}
    assert _exact(index, "Wifi-wachtwoord") == []


def test_a_catalog_that_is_not_valid_toml_changes_nothing_and_is_said_once(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "goed.txt").write_text(GOOD)
    (src / "jicht.txt").write_text(JICHT)
    (src / "leeg.txt").write_text("")
    (src / "catalog.toml").write_text('[leaflets."jicht.txt"]\nid = "jicht-reuma"\npublisher = "Reumazorg"\n')
    index = tmp_path / "idx"
    assert _run(capsys, "ingest", str(src), "--index", str(index))[0] == 1  # leeg.txt is skipped
    before = {(leaflet.id, leaflet.source_path, leaflet.publisher) for leaflet in published_leaflets(index)}
    assert ("jicht-reuma", str(src / "jicht.txt"), "Reumazorg") in before

    (src / "jicht.txt").rename(src / "jicht-2025.txt")  # renamed in the same run as the slip
    (src / "catalog.toml").write_text('[leaflets."jicht-2025.txt"\nid = "jicht-reuma"\n')
    code, out, err = _run(capsys, "ingest", str(src), "--index", str(index))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"error: {src / 'catalog.toml'}: the catalog is not valid TOML: Expected ']' at the end of a "
        "table declaration (at line 1, column 27). Nothing was ingested: the published index stays "
        "as it was until the catalog is fixed"]
    after = {(leaflet.id, leaflet.source_path, leaflet.publisher) for leaflet in published_leaflets(index)}
    assert after == before
    assert _exact(index, "jichtaanval") == [str(src / "jicht.txt")]  # still found

    code, out, _ = _run(capsys, "status", "--index", str(index))
    lines = out.splitlines()
    assert (f"catalog    {src / 'catalog.toml'}: the catalog is not valid TOML: Expected ']' at the end "
            "of a table declaration (at line 1, column 27) (`leaflets ingest` changes nothing until it "
            "is fixed)") in lines
    # the file skipped before keeps its cause: it is not new
    assert f"skipped    {src / 'leeg.txt'}: the file is empty (0 bytes) (fix or replace the file; ingest " \
           "skips it until it changes)" in lines
    assert f"new        {src / 'jicht-2025.txt'}" in lines
    assert not any(line.startswith("new") and "leeg.txt" in line for line in lines)
    assert f"fix the catalog, then run `leaflets ingest {src} --index {index}` to bring the index up to date" in lines

    (src / "catalog.toml").write_text('[leaflets."jicht-2025.txt"]\nid = "jicht-reuma"\npublisher = "Reumazorg"\n')
    assert _run(capsys, "ingest", str(src), "--index", str(index))[0] == 1  # leeg.txt, still
    assert ("jicht-reuma", str(src / "jicht-2025.txt"), "Reumazorg") in \
        {(leaflet.id, leaflet.source_path, leaflet.publisher) for leaflet in published_leaflets(index)}
    _, out, _ = _run(capsys, "status", "--index", str(index))
    assert "catalog " not in out and f"up to date with {src}, but for the skipped files" in out


def test_a_catalog_error_on_the_first_ingest_builds_no_index(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "goed.txt").write_text(GOOD)
    (src / "catalog.toml").write_text('[leaflets."goed.txt"]\npublsher = "UMC"\n')
    code, _, err = _run(capsys, "ingest", str(src), "--index", str(tmp_path / "idx"))
    assert code == 1 and len(err.splitlines()) == 1 and 'unknown field(s) publsher' in err
    assert published_leaflets(tmp_path / "idx") == []
    _, out, _ = _run(capsys, "status", str(src), "--index", str(tmp_path / "idx"))
    assert out.splitlines()[1].startswith(f"catalog    {src / 'catalog.toml'}: catalog entry \"goed.txt\" has unknown")


HTML = (b"<!doctype html><html><head><title>Nierstenen</title></head><body><main><h1>Nierstenen</h1>"
        b"<p>Drink elke dag twee liter water, zo voorkomt u nieuwe nierstenen. Eet minder zout en "
        b"minder vlees.</p></main></body></html>")


def test_content_tells_the_type_both_ways(tmp_path):
    (tmp_path / "pagina.pdf").write_bytes(HTML)
    (tmp_path / "folder.html").write_bytes(make_pdf([["Nierstenen", "Drink elke dag twee liter water."]]))
    (tmp_path / "tekst.pdf").write_bytes(b"Drink elke dag twee liter water.\n")
    page, = ingest_leaflets(tmp_path / "pagina.pdf")
    assert "twee liter water" in page.text and not page.leaflet.paged
    assert [w.message for w in page.warnings] == [
        "the file is an HTML page named .pdf: read as HTML, but its link opens it as a PDF; rename it to .html"]
    pdf, = ingest_leaflets(tmp_path / "folder.html")
    assert pdf.leaflet.paged and [w.message for w in pdf.warnings] == [
        "the file is a PDF named .html: read as a PDF, but its link opens it as its name says; rename it to .pdf"]
    with pytest.raises(Exception, match="not a PDF"):
        ingest_leaflets(tmp_path / "tekst.pdf")


def test_a_file_skipped_under_the_old_rule_for_types_is_read_again(tmp_path, monkeypatch, capsys):
    import ingest.pipeline

    src = tmp_path / "src"
    src.mkdir()
    (src / "pagina.pdf").write_bytes(HTML)
    index = tmp_path / "idx"
    real = ingest.pipeline.detect_kind

    def old_rule(data, path):
        if path.suffix == ".pdf" and b"%PDF-" not in data[:1024]:
            raise ingest.pipeline.IngestError(path, "not a PDF (no %PDF header): the file is damaged or misnamed")
        return real(data, path)

    monkeypatch.setattr(ingest.pipeline, "KIND_RULES", 1, raising=False)
    monkeypatch.setattr(ingest.pipeline, "detect_kind", old_rule)
    assert _run(capsys, "ingest", str(src), "--index", str(index))[0] == 1
    monkeypatch.setattr(ingest.pipeline, "KIND_RULES", 2)
    monkeypatch.setattr(ingest.pipeline, "detect_kind", real)
    code, out, err = _run(capsys, "ingest", str(src), "--index", str(index))
    assert code == 0 and "indexed 1 leaflets" in out
    assert f"warning {src / 'pagina.pdf'}: the file is an HTML page named .pdf" in err


def test_status_says_the_catalog_stands_in_the_way_when_nothing_else_is_stale(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "goed.txt").write_text(GOOD)
    index = tmp_path / "idx"
    assert _run(capsys, "ingest", str(src), "--index", str(index))[0] == 0
    (src / "catalog.toml").write_text('[leaflets."goed.txt"\n')
    _, out, _ = _run(capsys, "status", "--index", str(index))
    assert f"up to date with {src}, but for the catalog, which the next ingest needs fixed first" in out
