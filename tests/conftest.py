"""Shared fixtures: a tiny deterministic embedder for fast tests, the real one once per session."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pytest

DATA = Path(__file__).parent / "data"


class HashEmbedder:
    """Bag-of-words vectors from hashed words: fast, deterministic, no model.

    Good enough to test building, storing and fusing; retrieval quality is
    tested with the real model.
    """

    name = "test-hash-embedder"
    dim = 64

    def __init__(self):
        self.encoded = 0

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        norm = np.linalg.norm(vector)
        return vector / norm if norm else vector

    def encode_passages(self, texts, batch_size=32, progress=None):
        self.encoded += len(texts)
        if progress:
            progress(len(texts), len(texts))
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def encode_queries(self, texts):
        return np.stack([self._vector(t) for t in texts])


@pytest.fixture
def hash_embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture(scope="session")
def settings(tmp_path_factory):
    """Default settings with a fresh index folder and the test copy of the leaflets."""
    from leaflets.config import Settings

    return Settings.from_env({}).with_overrides(
        index=tmp_path_factory.mktemp("index"), sources=DATA / "leaflets"
    )


@pytest.fixture(scope="session")
def embedder(settings):
    """The real default model, loaded once for the whole session (shared with the app)."""
    from leaflets.api import embedder_for

    model = embedder_for(settings.model, settings.threads)
    model.warm_up()
    return model


@pytest.fixture(scope="session")
def leaflet_index(settings, embedder) -> Path:
    """An index of the two real leaflets, built once with the real model."""
    from leaflets.api import ingest_paths

    outcome = ingest_paths(settings)
    assert not outcome.errors, outcome.errors
    return settings.index


@pytest.fixture(scope="session")
def searcher(settings, leaflet_index):
    from leaflets.api import open_searcher

    return open_searcher(settings)
