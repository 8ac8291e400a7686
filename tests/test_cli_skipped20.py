"""`leaflets status` after an ingest that could not read some files: it names them with the
cause, not as new files that another ingest would bring in (red team 8), until they change."""

from __future__ import annotations

from tests.test_cli import leaflets

GOOD = "Nierstenen\n\nLaatst herzien: 2025-03-12\n\nDrink elke dag 2 liter water. Eet minder zout.\n"


def test_status_names_the_files_ingest_skipped_and_why(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "goed.txt").write_text(GOOD)
    (folder / "leeg.txt").write_text("")
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    index = str(tmp_path / "idx")
    assert leaflets("ingest", str(folder), "--index", index).returncode == 1  # some files failed

    out = leaflets("status", "--index", index).stdout
    skipped = sorted(line for line in out.splitlines() if line.startswith("skipped"))
    assert len(skipped) == 2, out
    assert skipped[0].startswith(f"skipped    {folder / 'kapot.pdf'}: ")
    assert skipped[1].startswith(f"skipped    {folder / 'leeg.txt'}: the file is empty")
    assert not any(line.startswith("new") for line in out.splitlines())
    assert f"up to date with {folder}, but for the skipped files" in out
    assert "run `leaflets ingest" not in out  # ingesting again would fail again

    # a fixed file is new again, and the next ingest takes it and forgets the note
    (folder / "leeg.txt").write_text(GOOD.replace("Nierstenen", "Jicht"))
    out = leaflets("status", "--index", index).stdout
    assert f"new        {folder / 'leeg.txt'}" in out.splitlines()
    assert "run `leaflets ingest" in out
    assert leaflets("ingest", str(folder), "--index", index).returncode == 1  # kapot.pdf still fails
    out = leaflets("status", "--index", index).stdout
    assert [line.split(":")[0] for line in out.splitlines() if line.startswith("skipped")] == \
        [f"skipped    {folder / 'kapot.pdf'}"]


def test_a_file_that_fails_after_working_keeps_its_passages_and_is_named(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "goed.txt").write_text(GOOD)
    index = str(tmp_path / "idx")
    assert leaflets("ingest", str(folder), "--index", index).returncode == 0
    (folder / "goed.txt").write_text("")  # an editor saved it empty
    assert leaflets("ingest", str(folder), "--index", index).returncode == 1
    out = leaflets("status", "--index", index).stdout
    assert f"skipped    {folder / 'goed.txt'}: the file is empty" in out
    assert "changed" not in out
    found = leaflets("search", "zout", "--index", index).stdout
    assert "Drink elke dag 2 liter water" in found  # the passages it had are kept
