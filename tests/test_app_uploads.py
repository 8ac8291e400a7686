"""Uploaded leaflets: type by content, size limit, a name we make, refused files never stored."""

from __future__ import annotations

import pytest

from ingest.document import IngestError
from leaflets.uploads import store_upload

TEXT = b"Nierstenen\n\nNierstenen zijn harde klompjes in de nier. Drink veel water.\n"


def store(folder, name, data, max_bytes=1_000_000):
    return store_upload(name, data, folder, max_bytes=max_bytes, max_words=180)


def test_a_good_file_is_stored_under_a_generated_name(tmp_path):
    stored = store(tmp_path, "../../etc/Nier stenen.TXT", TEXT)
    assert stored.path == tmp_path / "upload-nier-stenen.txt"
    assert stored.path.read_bytes() == TEXT and stored.name == "Nier stenen.TXT" and stored.kind == "plain"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == ["upload-nier-stenen.txt"]


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
