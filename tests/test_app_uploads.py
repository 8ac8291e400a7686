"""Uploaded leaflets: type by content, size limit, a name we make, refused files never stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import IngestError
from ingest.pipeline import ingest_file
from leaflets.uploads import store_upload

TEXT = b"Nierstenen\n\nNierstenen zijn harde klompjes in de nier. Drink veel water.\n"


def store(folder, name, data, max_bytes=1_000_000):
    return store_upload(name, data, folder, max_bytes=max_bytes, max_words=180)


def test_a_good_file_is_stored_under_a_generated_name(tmp_path):
    stored = store(tmp_path, "../../etc/Nier stenen.TXT", TEXT)
    assert stored.path == tmp_path / "upload-nier-stenen.txt"
    assert stored.path.read_bytes() == TEXT and stored.name == "Nier stenen.TXT" and stored.kind == "plain"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == ["upload-nier-stenen.txt"]


RST = (b"Nierstenen\n==========\n\n:Laatst herzien: 3 maart 2026\n\n.. Opmerking redactie: nog nakijken.\n\n"
       b"Nierstenen zijn harde klompjes in de nier. Drink veel water.\n")


def test_an_uploaded_restructuredtext_file_keeps_its_suffix_and_is_read_as_one(tmp_path):
    """Stored as .txt, a .rst upload with only one sign of reStructuredText would be read as
    plain text, its comments and markup as words of the leaflet."""
    stored = store(tmp_path, "Nierstenen.rst", RST)
    assert stored.path == tmp_path / "upload-nierstenen.rst" and stored.kind == "plain"


ORG = (b"#+TITLE: Nierstenen\n#+DATE: <2026-03-03 di>\n\n* Wat zijn nierstenen?\n"
       b"Nierstenen zijn harde klompjes in de nier. Drink veel water.\n")


def test_an_uploaded_org_file_keeps_its_suffix_and_is_read_as_one(tmp_path):
    """Stored as .txt, a .org upload with only one sign of Org would be read as plain text,
    its "#+TITLE:" the opening words of its first passage."""
    stored = store(tmp_path, "Nierstenen.org", ORG)
    assert stored.path == tmp_path / "upload-nierstenen.org" and stored.kind == "plain"
    leaflet = ingest_file(stored.path).leaflet
    assert leaflet.title == "Nierstenen" and leaflet.updated == "2026-03-03"


def test_the_type_comes_from_the_content(tmp_path):
    html = b"<!doctype html><html><body><main><h1>Nierstenen</h1><p>Drink veel water, zo voorkom je " \
           b"nierstenen. Nierstenen zijn harde klompjes.</p></main></body></html>"
    assert store(tmp_path, "folder.txt", html).path.name == "upload-folder.html"
    with pytest.raises(IngestError, match="not a PDF") as refused:
        store(tmp_path, "folder.pdf", TEXT)
    assert refused.value.path == "folder.pdf"


@pytest.mark.parametrize(("name", "data", "cause"), [
    ("leeg.txt", b"", "empty"),
    ("groot.txt", TEXT * 100, "too large"),
    ("plaatje.png", b"\x89PNG\r\n", "unsupported type"),
    ("binair.txt", b"abc\x00\x01\x02" * 10, "binary"),
    ("koppen.md", b"# Alleen een titel\n", "no "),
])
def test_a_bad_file_is_refused_with_its_name_and_never_stored(tmp_path, name, data, cause):
    with pytest.raises(IngestError, match=cause) as refused:
        store(tmp_path, name, data, max_bytes=2000)
    assert refused.value.path == name
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def test_a_bad_new_version_keeps_the_good_old_one(tmp_path):
    good = store(tmp_path, "nier.txt", TEXT)
    with pytest.raises(IngestError):
        store(tmp_path, "nier.txt", b"\x00" * 10)
    assert good.path.read_bytes() == TEXT


def test_a_second_file_of_the_same_name_is_stored_beside_the_first_never_over_it(tmp_path):
    """A red team uploaded two different leaflets, both called `folder.pdf`: the second took
    the first one's place without a word, and its leaflet was gone from search."""
    first = store(tmp_path, "folder.txt", TEXT)
    other = b"Jicht\n\nBij een jichtaanval mag u drie dagen geen vlees eten.\n"
    second = store(tmp_path, "Folder.txt", other)
    third = store(tmp_path, "folder.txt", TEXT + b"Drink ook thee.\n")
    assert [first.path.name, second.path.name, third.path.name] == \
        ["upload-folder.txt", "upload-folder-2.txt", "upload-folder-3.txt"]
    assert first.path.read_bytes() == TEXT and second.path.read_bytes() == other


def test_a_file_of_another_type_and_the_same_name_gets_a_leaflet_id_of_its_own(tmp_path):
    """`folder.txt` after `folder.pdf`: both stems would be the leaflet id "upload-folder",
    and ingest skips the second file of an id already taken."""
    from tests.pdf_factory import make_pdf

    pdf = store(tmp_path, "folder.pdf", make_pdf([["Nierstenen", "Drink elke dag twee liter water."]]))
    text = store(tmp_path, "folder.txt", TEXT)
    assert (pdf.path.name, text.path.name) == ("upload-folder.pdf", "upload-folder-2.txt")


def test_an_earlier_upload_is_offered_for_replacing_and_kept_aside_when_replaced(tmp_path, monkeypatch):
    from leaflets import api
    from leaflets.config import Settings
    from tests.conftest import HashEmbedder

    monkeypatch.setattr(api, "embedder_for", lambda model, threads: HashEmbedder())
    src = tmp_path / "src"
    src.mkdir()
    settings = Settings.from_env({}).with_overrides(index=tmp_path / "idx", sources=src)
    earlier = store_upload("Nier stenen.txt", TEXT, settings.uploads, 1_000_000, 180)
    assert not api.ingest_paths(settings, [earlier.path]).errors
    found = api.namesakes(settings, ["nier stenen.TXT", "nierstenen.txt", "folder.txt", "Nier stenen.md"])
    assert list(found) == ["nier stenen.TXT"] and found["nier stenen.TXT"].path == earlier.path  # same type only
    assert found["nier stenen.TXT"].titles == ("Nierstenen",)
    newer = TEXT.replace(b"Drink veel water.", b"Drink twee liter water per dag.")
    stored = store_upload("nier stenen.TXT", newer, settings.uploads, 1_000_000, 180, replaces=earlier.path)
    assert stored.path == earlier.path and earlier.path.read_bytes() == newer
    assert stored.backup is not None and stored.backup.read_bytes() == TEXT


def test_a_corrected_leaflet_replaces_its_file_and_keeps_its_id(tmp_path, monkeypatch):
    """An editor uploads a corrected version of a leaflet from the sources folder: it stands in
    for that file in this index (same id, catalog entry), and the old text is no longer found.
    Before, it was added beside the old one, which came first. The sources file itself is not
    touched: a user test found the app on its own index overwriting the program's `sources/`."""
    from index.build import published_leaflets
    from leaflets import api
    from leaflets.config import Settings
    from tests.conftest import HashEmbedder

    monkeypatch.setattr(api, "embedder_for", lambda model, threads: HashEmbedder())
    src = tmp_path / "src"
    src.mkdir()
    (src / "beroerte.md").write_bytes(b"# Beroerte\n\nNa een beroerte mag u minimaal 3 maanden niet autorijden.\n")
    (src / "catalog.toml").write_text('[leaflets."beroerte.md"]\nurl = "https://example.org/beroerte"\n')
    settings = Settings.from_env({}).with_overrides(index=tmp_path / "idx", sources=src)
    assert not api.ingest_paths(settings).errors
    found = api.namesakes(settings, ["Beroerte.MD", "anders.md"])
    assert list(found) == ["Beroerte.MD"] and found["Beroerte.MD"].path == src / "beroerte.md"
    assert found["Beroerte.MD"].titles == ("Beroerte",)

    corrected = b"# Beroerte\n\nNa een beroerte mag u minimaal 6 maanden niet autorijden.\n"
    original = (src / "beroerte.md").read_bytes()
    stored = store_upload("Beroerte.MD", corrected, settings.uploads, 1_000_000, 180, replaces=src / "beroerte.md")
    assert stored.path.is_relative_to(settings.uploads) and stored.path.read_bytes() == corrected
    assert stored.stands_for == src / "beroerte.md" and stored.path.name == "beroerte.md"
    assert (src / "beroerte.md").read_bytes() == original  # the program's file is left alone
    assert sorted(p.name for p in src.iterdir()) == ["beroerte.md", "catalog.toml"]
    assert not api.ingest_paths(settings, [stored.path]).errors
    leaflets = published_leaflets(settings.index)
    assert [(l.id, l.url, l.source_path) for l in leaflets] == [
        ("beroerte", "https://example.org/beroerte", str(stored.path))]
    hits = api.open_searcher(settings).search("autorijden", k=5, mode="exact").hits
    assert [h.passage.text for h in hits] == ["Na een beroerte mag u minimaal 6 maanden niet autorijden."]
    assert api.namesakes(settings, ["upload-x.md"]) == {}

    # the whole folder again: the stand-in is read in the bundled file's place, nothing is new
    assert not api.ingest_paths(settings).errors
    assert [(l.id, l.source_path) for l in published_leaflets(settings.index)] == [("beroerte", str(stored.path))]
    status = api.index_status(settings)
    assert not status.new and not status.changed and not status.missing
    # corrected again: the stand-in itself is replaced, its previous version kept aside
    assert api.namesakes(settings, ["beroerte.md"])["beroerte.md"].path == stored.path
    again = store_upload("beroerte.md", corrected.replace(b"6", b"9"), settings.uploads, 1_000_000, 180,
                         replaces=src / "beroerte.md")
    assert again.path == stored.path and again.backup is not None and b"6 maanden" in again.backup.read_bytes()
    assert not api.ingest_paths(settings, [again.path]).errors
    hits = api.open_searcher(settings).search("autorijden", k=5, mode="exact").hits
    assert [h.passage.text for h in hits] == ["Na een beroerte mag u minimaal 9 maanden niet autorijden."]
    assert (src / "beroerte.md").read_bytes() == original


def test_a_leaflet_is_replaced_only_by_a_good_file_of_its_own_type(tmp_path):
    old = tmp_path / "src" / "nier.pdf"
    old.parent.mkdir()
    from tests.pdf_factory import make_pdf
    old.write_bytes(make_pdf([["Nierstenen", "Drink elke dag twee liter water."]]))
    before = old.read_bytes()
    with pytest.raises(IngestError, match="a leaflet is replaced only by a file of its own type"):
        store_upload("nier.txt", TEXT, tmp_path / "up", 1_000_000, 180, replaces=old)
    with pytest.raises(IngestError, match="corrupt"):
        store_upload("nier.pdf", b"%PDF-1.4 kapot", tmp_path / "up", 1_000_000, 180, replaces=old)
    assert old.read_bytes() == before and not (tmp_path / "up" / "replaced").exists()


def test_a_leaflet_in_a_subfolder_keeps_its_id_and_a_failed_replacement_is_undone(tmp_path, monkeypatch):
    """Review: a corrected `sources/hart/beroerte.md` was read as a file of its own folder (id
    "beroerte", no catalog entry, no link); a replacement the catalog's parts no longer fit
    left the folder holding a file every later ingest failed on."""
    from index.build import published_leaflets
    from leaflets import api
    from leaflets.config import Settings
    from leaflets.uploads import restore
    from tests.conftest import HashEmbedder
    from tests.pdf_factory import make_pdf

    monkeypatch.setattr(api, "embedder_for", lambda model, threads: HashEmbedder())
    src = tmp_path / "src"
    (src / "hart").mkdir(parents=True)
    (src / "hart" / "beroerte.md").write_bytes(b"# Beroerte\n\nNa een beroerte mag u 3 maanden niet autorijden.\n")
    (src / "bundel.pdf").write_bytes(make_pdf([["Jicht", "Eet minder vlees."], ["Artrose", "Blijf bewegen."],
                                               ["Artrose", "Fietsen mag."]]))
    (src / "catalog.toml").write_text(
        '[leaflets."hart/beroerte.md"]\nurl = "https://example.org/beroerte"\n\n'
        '[[leaflets."bundel.pdf".parts]]\nid = "jicht"\npages = "1"\n\n'
        '[[leaflets."bundel.pdf".parts]]\nid = "artrose"\npages = "2-3"\n')
    settings = Settings.from_env({}).with_overrides(index=tmp_path / "idx", sources=src)
    assert not api.ingest_paths(settings).errors

    stored = store_upload("beroerte.md", b"# Beroerte\n\nNa een beroerte mag u 6 maanden niet autorijden.\n",
                          settings.uploads, 1_000_000, 180, replaces=src / "hart" / "beroerte.md")
    assert not api.ingest_paths(settings, [stored.path]).errors
    assert ("hart-beroerte", "https://example.org/beroerte") in {(l.id, l.url) for l in published_leaflets(settings.index)}
    assert "beroerte" not in {l.id for l in published_leaflets(settings.index)}

    before = (src / "bundel.pdf").read_bytes()
    short = store_upload("bundel.pdf", make_pdf([["Jicht", "Eet minder vlees en drink water."], ["Artrose", "Beweeg."]]),
                         settings.uploads, 1_000_000, 180, replaces=src / "bundel.pdf")
    assert api.ingest_paths(settings, [short.path]).errors  # pages 2-3 no longer in the file
    restore(short)
    assert (src / "bundel.pdf").read_bytes() == before and not short.path.exists()
    assert not api.ingest_paths(settings).errors
    assert {l.source_path for l in published_leaflets(settings.index) if l.id == "jicht"} == {str(src / "bundel.pdf")}


def test_a_size_over_a_limit_never_reads_as_the_limit():
    from leaflets.uploads import megabytes

    assert megabytes(20_040_000) == "20.1 MB" and megabytes(20_000_000) == "20 MB"
    assert megabytes(999_600) == "1 MB" and megabytes(640_000) == "640 kB" and megabytes(12) == "1 kB"
    assert megabytes(31_500_000, "nl") == "31,5 MB"


def test_an_uploaded_leaflet_is_titled_as_by_the_name_the_editor_gave_it(tmp_path):
    """User test 15: an uploaded `acne.pdf` (no metadata title; its cover's "Acne bij jongeren"
    is found through the file's name) was stored as `upload-acne.pdf` and titled "upload-acne":
    the stored name's "upload" outweighed "acne". The title logic reads the editor's name."""
    from pathlib import Path

    from ingest.document import given_stem
    from ingest.pipeline import ingest_file

    acne = Path(__file__).parent / "data" / "redteam14_leaflets" / "acne.pdf"
    stored = store(tmp_path / "up", "acne.pdf", acne.read_bytes())
    assert stored.path.name == "upload-acne.pdf"
    assert ingest_file(stored.path).leaflet.title == "Acne bij jongeren"
    assert given_stem("upload-acne.pdf") == "acne" and given_stem("upload-.pdf") == "upload-"
    assert given_stem("sources/folder.pdf") == "folder"


def test_a_pdf_that_carries_a_leaflet_as_attachment_is_stored(tmp_path):
    """A cover letter with the leaflet attached reads to two leaflets (red team 48): an upload
    takes the file whole, as `leaflets ingest` does."""
    data = (Path(__file__).parent / "data" / "redteam48_leaflets" / "ooglidcorrectie.pdf").read_bytes()
    stored = store_upload("ooglid.pdf", data, tmp_path, max_bytes=10_000_000, max_words=180)
    assert stored.path.exists() and stored.path.suffix == ".pdf"
