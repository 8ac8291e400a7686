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


def test_ingest_does_not_read_an_unchanged_skipped_file_again(tmp_path, monkeypatch):
    """A 30 MB file over the word limit cost 450 MB to read again on every ingest (red team
    9): an unchanged file that failed is named with its cause without being read, unless
    `--rebuild` asks for everything again, or its permissions, its folder's catalog (a page
    range it failed on) or the version of the reader changed since (review of round 9)."""
    import ingest.pipeline
    from leaflets import api
    from leaflets.config import Settings

    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "leeg.txt").write_text("")
    settings = Settings.from_env({}).with_overrides(index=tmp_path / "idx")
    first = api.ingest_paths(settings, [folder])
    assert [error.cause for error in first.errors] == ["the file is empty (0 bytes)"]

    reads = []
    real = ingest.pipeline.ingest_leaflets
    monkeypatch.setattr(ingest.pipeline, "ingest_leaflets",
                        lambda path, **kw: reads.append(path) or real(path, **kw))
    again = api.ingest_paths(settings, [folder])
    assert [(str(error.path), error.cause) for error in again.errors] == \
        [(str(folder / "leeg.txt"), "the file is empty (0 bytes)")]
    assert reads == []
    api.ingest_paths(settings, [folder], rebuild=True)
    assert reads == [folder / "leeg.txt"]
    api.ingest_paths(settings, [folder])
    assert reads == [folder / "leeg.txt"]  # the read under --rebuild noted it again
    (folder / "leeg.txt").chmod(0o600)  # a permission fixed: read again
    api.ingest_paths(settings, [folder])
    assert reads == [folder / "leeg.txt"] * 2
    (folder / "catalog.toml").write_text('[leaflets."leeg.txt"]\npublisher = "Reumazorg"\n')  # catalog edited
    api.ingest_paths(settings, [folder])
    assert reads == [folder / "leeg.txt"] * 3
    monkeypatch.setattr(api, "_reader", lambda settings, root: "a newer reader")
    api.ingest_paths(settings, [folder])
    assert reads == [folder / "leeg.txt"] * 4
    (folder / "leeg.txt").write_text("Jicht\n")  # changed: read again
    api.ingest_paths(settings, [folder])
    assert len(reads) == 5


def test_an_interrupted_ingest_says_the_index_is_unchanged(tmp_path, monkeypatch, capsys):
    """Ctrl-C in the middle of an ingest: exit 130 with a word on what became of the index
    (the build it was writing is removed, tests/test_index_builds21.py)."""
    from leaflets import cli

    def stopped(args, settings):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_ingest", stopped)
    assert cli.main(["ingest", str(tmp_path), "--index", str(tmp_path / "idx")]) == 130
    assert capsys.readouterr().err == "interrupted; the published index is the last ingest that finished\n"
