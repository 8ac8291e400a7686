"""`leaflets status` names the stale and undated leaflets, as the coverage page's inventory does,
and says which folder it looked in for leaflets indexed by a relative path."""

from __future__ import annotations

import json
import os
from datetime import date

import ingest
from index.layout import CONFIG, DATABASE, FORMAT_VERSION, current_build
from leaflets.cli import _older_ingest_note, main
from tests.test_cli import ROOT, leaflets

OLD = "Oude folder\n\nLaatst gewijzigd op 3 maart 2015\n\nDit gaat over nierstenen. Drink veel water.\n"
UNDATED = "Folder zonder datum\n\nDit gaat over jicht. Eet minder vlees.\n"


def _recent() -> str:
    return f"Nieuwe folder\n\nLaatst herzien: {date.today().isoformat()}\n\nDit gaat over nierfalen.\n"


def _status_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("stale ")]


def test_status_lists_stale_and_undated_leaflets_after_the_usual_lines(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "nieuw.txt").write_text(_recent())
    index = str(tmp_path / "idx")
    assert leaflets("ingest", str(folder), "--index", index).returncode == 0
    run = leaflets("status", "--index", index)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == f"up to date with {folder}"  # none stale: nothing added
    assert not _status_lines(run.stdout) and "are stale" not in run.stdout

    (folder / "oud.txt").write_text(OLD)
    (folder / "zonder.txt").write_text(UNDATED)
    assert leaflets("ingest", str(folder), "--index", index).returncode == 0
    out = leaflets("status", "--index", index).stdout
    lines = out.splitlines()
    assert lines[0].startswith("index:") and f"up to date with {folder}" in lines
    heading = lines.index("2 of 3 leaflets are stale (last updated more than 730 days ago) or have no date:")
    assert heading == lines.index(f"up to date with {folder}") + 1  # after the lines that were there
    stale = _status_lines(out)
    assert stale == lines[heading + 1:]
    # undated first (nobody can tell how old), then oldest first; the recent one is not named
    assert stale[0] == f"stale      Folder zonder datum  ({folder / 'zonder.txt'}; no date)"
    assert stale[1].startswith(f"stale      Oude folder  ({folder / 'oud.txt'}; last update 2015-03-03, ")
    age = (date.today() - date(2015, 3, 3)).days
    assert stale[1].endswith(f"{age} days ago)")

    # --stale-days moves the line; an undated leaflet is stale whatever it is
    out = leaflets("status", "--index", index, "--stale-days", str(age + 1)).stdout
    assert "1 of 3 leaflets are stale (last updated more than" in out
    assert [line.split("  (")[0] for line in _status_lines(out)] == ["stale      Folder zonder datum"]
    # ... and the setting is its default, as on the coverage page
    out = leaflets("status", "--index", index, env={"LEAFLETS_STALE_DAYS": str(age + 1)}).stdout
    assert f"1 of 3 leaflets are stale (last updated more than {age + 1} days ago)" in out


def test_stale_days_must_be_a_number_of_days(tmp_path):
    run = leaflets("status", "--index", str(tmp_path / "idx"), "--stale-days", "-5")
    assert run.returncode == 2 and "-5 days" in run.stderr


def test_status_says_which_folder_it_looked_in_for_relative_paths(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "nieuw.txt").write_text(_recent())
    relative = os.path.relpath(folder, ROOT)  # as an editor types it, from the project folder
    index = str(tmp_path / "idx")
    assert leaflets("ingest", relative, "--index", index).returncode == 0
    out = leaflets("status", "--index", index).stdout  # from the folder ingest ran in
    assert f"up to date with {relative}" in out and "missing" not in out and "note:" not in out

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main(["status", "--index", index]) == 0
    out = capsys.readouterr().out
    recorded = os.path.join(relative, "nieuw.txt")
    assert f"missing    {(elsewhere / recorded).resolve()}" in out.splitlines()
    assert ("note:      this file was indexed by a path relative to the folder `leaflets ingest` "
            f"ran in ({recorded})") in out
    assert f"looked for from the current folder, {elsewhere}." in out
    # the hint would name a folder that is not here, and an ingest from here would drop the leaflet
    assert "run `leaflets ingest" not in out and "up to date" not in out


def _edit_config(index, **changes) -> None:
    """Rewrite the published build's config.json as an older (or newer) program wrote it."""
    path = current_build(index) / CONFIG
    config = json.loads(path.read_text())
    config.update(changes)
    path.write_text(json.dumps(config))


def test_status_says_when_the_passages_were_cut_by_an_older_ingest(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "nieuw.txt").write_text(_recent())
    (folder / "oud.txt").write_text(OLD)
    index = tmp_path / "idx"
    assert leaflets("ingest", str(folder), "--index", str(index)).returncode == 0
    run = leaflets("status", "--index", str(index))
    assert run.returncode == 0 and "ingest:" not in run.stdout  # cut by this ingest

    older = str(int(ingest.VERSION) - 1)
    _edit_config(index, ingest_version=older)
    run = leaflets("status", "--index", str(index))
    assert run.returncode == 0, run.stderr  # the index still serves: no other exit code
    lines = run.stdout.splitlines()
    assert lines[-1] == (f"ingest:    passages cut by an older ingest (version {older}, now "
                         f"{ingest.VERSION}): run `leaflets ingest {folder} --index {index}` to cut "
                         "them again (vectors of unchanged texts are reused)")
    # after the lines that were there: the up-to-date line and the stale leaflets
    assert lines.index(f"up to date with {folder}") < lines.index(
        "1 of 2 leaflets are stale (last updated more than 730 days ago) or have no date:") < len(lines) - 1

    for version in (ingest.VERSION, str(int(ingest.VERSION) + 1), "6b", ""):  # not older, or no number
        _edit_config(index, ingest_version=version)
        run = leaflets("status", "--index", str(index))
        assert run.returncode == 0 and "ingest:" not in run.stdout, version


def test_the_older_ingest_line_from_another_folder_says_to_run_ingest_where_it_ran():
    class Config:
        ingest_version = "1"

    note = _older_ingest_note(Config(), "leaflets ingest", elsewhere=True)
    assert note.startswith("ingest:    passages cut by an older ingest (version 1, now ")
    assert "run `leaflets ingest` from the folder it ran in to cut them again" in note
    Config.ingest_version = None  # a config written by hand
    assert _older_ingest_note(Config(), "leaflets ingest", elsewhere=False) == ""


def test_a_database_of_an_older_format_is_updated_and_a_broken_one_rebuilt(tmp_path):
    import sqlite3

    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "nieuw.txt").write_text(_recent())
    index = tmp_path / "idx"
    assert leaflets("ingest", str(folder), "--index", str(index)).returncode == 0
    # an older format lacks a table this version reads: `leaflets ingest` updates it
    with sqlite3.connect(current_build(index) / DATABASE) as db:
        db.execute("DROP TABLE passages")
    _edit_config(index, format=FORMAT_VERSION - 1)
    run = leaflets("status", "--index", str(index))
    assert run.returncode == 2 and "built by an older version" in run.stderr
    assert "Update it with `leaflets ingest`" in run.stderr and "--rebuild" not in run.stderr
    # a file that is no database at all is damaged, whatever its config says; the ingest it
    # is told to run then builds a new index instead of failing on the old one (a review)
    (current_build(index) / DATABASE).write_bytes(b"not a database" * 100)
    run = leaflets("status", "--index", str(index))
    assert run.returncode == 2 and "the index is damaged" in run.stderr and "--rebuild" in run.stderr
    run = leaflets("ingest", str(folder), "--index", str(index))
    assert run.returncode == 0, run.stderr
    assert leaflets("status", "--index", str(index)).returncode == 0
