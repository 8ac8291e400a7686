"""A named pipe, socket or device in the sources folder (or named on the command line) is
named and never read: opening a pipe for reading waits for a writer that never comes, so
the ingest hung, or (in a folder) passed it over without a word."""

from __future__ import annotations

import os
import socket

import pytest

from ingest.pipeline import scan_sources
from leaflets import api
from leaflets.cli import main
from tests.conftest import HashEmbedder

GOOD = "Nierstenen\n\nDrink elke dag 2 liter water. Eet minder zout.\n"
CAUSE = "not a file but a named pipe, socket or device: never read, as reading it might never end"


@pytest.fixture(autouse=True)
def fast_embedder(monkeypatch):
    monkeypatch.setattr(api, "embedder_for", lambda model, threads: HashEmbedder())


@pytest.fixture
def src(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "goed.txt").write_text(GOOD)
    os.mkfifo(folder / "pijp.txt")
    os.symlink(folder / "pijp.txt", folder / "naar-pijp.md")
    return folder


def test_a_pipe_in_the_folder_is_named_and_the_rest_is_read(src, tmp_path, capsys):
    scan = scan_sources([src])
    assert scan.files == [src / "goed.txt"]
    assert [(os.path.basename(error.path), error.cause) for error in scan.refused] == [("naar-pijp.md", CAUSE), ("pijp.txt", CAUSE)]
    code = main(["ingest", str(src), "--index", str(tmp_path / "idx")])
    err = capsys.readouterr().err
    assert code == 1
    assert f"skipped {src / 'pijp.txt'}: {CAUSE}" in err.splitlines()
    assert main(["status", str(src), "--index", str(tmp_path / "idx")]) == 0
    assert f"skipped    {src / 'pijp.txt'}: {CAUSE} (ingest does not read it)" in capsys.readouterr().out.splitlines()


def test_a_pipe_or_socket_named_on_the_command_line_is_refused_not_waited_for(src, tmp_path):
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "sok.txt"))
        scan = scan_sources([src / "pijp.txt", tmp_path / "sok.txt", src / "goed.txt"])
    assert scan.files == [src / "goed.txt"]
    assert [(os.path.basename(error.path), error.cause) for error in scan.refused] == [("pijp.txt", CAUSE), ("sok.txt", CAUSE)]
