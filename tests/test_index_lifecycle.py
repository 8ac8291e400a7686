"""A crash in the middle of an ingest never leaves a broken index in use."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from index.build import published_leaflets
from index.layout import current_build
from index.search import Searcher

ROOT = Path(__file__).resolve().parent.parent


def ingest_process(folder: Path, index: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "leaflets.cli", "ingest", str(folder), "--index", str(index)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_sigkill_during_ingest_keeps_the_old_index_serving(tmp_path, embedder):
    folder, index = tmp_path / "src", tmp_path / "idx"
    folder.mkdir()
    (folder / "nier.txt").write_text("Nierstenen\n\nNierstenen ontstaan door te weinig drinken.\n")
    first = ingest_process(folder, index)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    published = current_build(index)

    (folder / "jicht.txt").write_text("Jicht\n\nJicht is een ontsteking van een gewricht.\n")
    crashing = ingest_process(folder, index)
    for line in crashing.stderr:  # the files are read; embedding (model loading) starts now
        if line.startswith("reading"):
            break
    os.kill(crashing.pid, signal.SIGKILL)
    assert crashing.wait(timeout=60) == -signal.SIGKILL  # killed, not finished

    assert current_build(index) == published
    hits = Searcher.open(index, embedder).search("nierstenen").hits
    assert hits and hits[0].leaflet.id == "nier"

    again = ingest_process(folder, index)
    assert again.wait(timeout=300) == 0, again.stderr.read()
    assert {leaflet.id for leaflet in published_leaflets(index)} == {"nier", "jicht"}
    assert Searcher.open(index, embedder).search("jicht gewricht").hits[0].leaflet.id == "jicht"
