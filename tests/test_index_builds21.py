"""Builds cut short (red team 9): an ingest stopped by Ctrl-C or an error removes its
half-written build, and one killed outright (no cleanup runs) never pushes out the
finished build before the published one."""

from __future__ import annotations

import pytest

from index.build import build_index
from index.layout import current_build
from index.search import Searcher
from tests.test_index_build import KIDNEY, SKIN


class _Interrupted:
    """An embedder that stops like Ctrl-C in the middle of a build."""

    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def encode_passages(self, *args, **kwargs):
        raise KeyboardInterrupt


def _builds(root):
    return sorted(p.name for p in (root / "builds").iterdir())


def test_an_ingest_stopped_half_way_leaves_no_build_behind_and_the_index_serving(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY], hash_embedder)
    published, before = current_build(tmp_path), _builds(tmp_path)
    with pytest.raises(KeyboardInterrupt):
        build_index(tmp_path, [KIDNEY, SKIN], _Interrupted(hash_embedder))
    assert current_build(tmp_path) == published
    assert _builds(tmp_path) == before
    assert Searcher.open(tmp_path, hash_embedder).search("enkels").hits


def test_a_build_killed_half_way_never_replaces_the_finished_one_kept_before_the_published(tmp_path, hash_embedder):
    build_index(tmp_path, [KIDNEY], hash_embedder)
    finished = current_build(tmp_path)
    killed = tmp_path / "builds" / "99999999-killed"  # newer than any: what `kill -9` leaves
    killed.mkdir()
    (killed / "passages.sqlite").write_bytes(b"")
    build_index(tmp_path, [KIDNEY, SKIN], hash_embedder)
    assert _builds(tmp_path) == sorted([finished.name, current_build(tmp_path).name])
