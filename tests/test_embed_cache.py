"""The embedder's query cache and its deferred scikit-learn import.

No real model: a stand-in SentenceTransformer counts how many texts it encodes, so the tests say
what the cache saves without timing anything.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index.embed import Embedder

ROOT = Path(__file__).resolve().parents[1]


class CountingModel:
    """Encodes each text to a deterministic unit vector and remembers every text it saw."""

    prompts = {"query": "query: ", "document": "passage: "}
    max_seq_length = 512

    def __init__(self) -> None:
        self.seen: list[str] = []

    def get_embedding_dimension(self) -> int:
        return 8

    def _encode(self, texts, **_):
        self.seen.extend(texts)
        out = np.array([np.random.default_rng(abs(hash(t)) % 2**32).standard_normal(8) for t in texts])
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    encode_query = encode_document = _encode


@pytest.fixture
def embedder(monkeypatch) -> tuple[Embedder, CountingModel]:
    model = CountingModel()
    monkeypatch.setattr("index.embed.resolve_model",
                        lambda name, cache_dir=None: __import__("index.embed", fromlist=["ModelInfo"]).ModelInfo(
                            name, "/nowhere", 8, "test"))
    monkeypatch.setattr("index.embed.load_sentence_transformer", lambda path: model)
    monkeypatch.setattr("index.embed.configure_threads", lambda threads=None: 1)
    return Embedder("stand-in", bf16=False), model


def test_repeated_query_is_not_encoded_again(embedder):
    emb, model = embedder
    first = emb.encode_queries(["Is FSGS erfelijk?"])
    again = emb.encode_queries(["Is FSGS erfelijk?"])
    assert model.seen == ["Is FSGS erfelijk?"]
    np.testing.assert_array_equal(first, again)


def test_mixed_batch_encodes_only_new_texts_in_order(embedder):
    emb, model = embedder
    a = emb.encode_queries(["a"])[0]
    out = emb.encode_queries(["b", "a", "b", "c"])
    assert model.seen == ["a", "b", "c"]
    np.testing.assert_array_equal(out[1], a)
    np.testing.assert_array_equal(out[0], out[2])
    assert out.shape == (4, 8) and out.dtype == np.float32


def test_returned_vectors_do_not_alias_the_cache(embedder):
    emb, _ = embedder
    out = emb.encode_queries(["a"])
    out[0, :] = 0
    assert np.linalg.norm(emb.encode_queries(["a"])[0]) == pytest.approx(1.0)


def test_cache_keeps_only_the_most_recent(embedder):
    emb, model = embedder
    emb.query_cache_size = 2
    for text in ["a", "b", "a", "c"]:  # "a" was used again, so "b" is the oldest when "c" comes
        emb.encode_queries([text])
    emb.encode_queries(["a", "c"])
    assert model.seen == ["a", "b", "c"]
    emb.encode_queries(["b"])
    assert model.seen == ["a", "b", "c", "b"]


def test_cache_can_be_switched_off(embedder):
    emb, model = embedder
    emb.query_cache_size = 0
    emb.encode_queries(["a"])
    emb.encode_queries(["a"])
    assert model.seen == ["a", "a"]


def test_passages_are_never_cached(embedder):
    emb, model = embedder
    emb.encode_passages(["tekst"])
    emb.encode_passages(["tekst"])
    assert model.seen == ["tekst", "tekst"]


@pytest.mark.slow
def test_sentence_transformers_imports_without_sklearn_and_sklearn_still_works():
    code = (
        "import sys\n"
        "from index.embed import import_sentence_transformers\n"
        "st = import_sentence_transformers()\n"
        "assert 'sklearn' not in sys.modules, 'scikit-learn was imported'\n"
        "import numpy as np\n"
        "from sentence_transformers.util import similarity\n"
        "d = similarity.pairwise_distances(np.eye(2), metric='manhattan')\n"
        "assert d.tolist() == [[0.0, 2.0], [2.0, 0.0]], d\n"
        "import sklearn.metrics\n"
        "assert hasattr(sklearn.metrics, 'roc_auc_score')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
