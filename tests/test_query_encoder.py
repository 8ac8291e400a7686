"""The default model's own query encoder (index/query_encoder.py): it gives the vectors
sentence-transformers gives, a search from a fresh process never imports torch,
sentence-transformers or transformers, and a folder it does not know falls back to
sentence-transformers."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index.embed import DEFAULT_MODEL, Embedder
from index.query_encoder import EncoderError, QueryEncoder

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    "waarom heb ik dikke enkels",
    "VEDOSS",
    "en coup de sabre",
    "Kan ik met Enbrel naar de sauna? En wat als ik koorts krijg na de prik van gisteren?",
    "ماذا أفعل عندما أشعر أنني سأفقد الوعي",
    "çocuğumun su siğilleri ne zaman geçer 🙂",
    "",
    "<pad> <s> tekst </s>",
    " ".join(["nierbiopsie en eiwitverlies in de urine"] * 120),  # past the model's 512 tokens
]


def _sentence_transformers(embedder: Embedder, texts: list[str]) -> np.ndarray:
    """The same texts through sentence-transformers, in float32."""
    model = embedder._model
    return np.asarray(model.encode_query(texts, prompt="query: ", batch_size=32, convert_to_numpy=True,
                                         normalize_embeddings=True, show_progress_bar=False), dtype=np.float32)


def test_query_vectors_equal_sentence_transformers(embedder):
    encoder = QueryEncoder(embedder.info.path)
    theirs = _sentence_transformers(embedder, QUERIES)
    together = encoder.encode(["query: " + text for text in QUERIES])  # padded to the longest
    alone = np.stack([encoder.encode(["query: " + text])[0] for text in QUERIES])
    assert np.abs(together - theirs).max() < 1e-5
    assert np.abs(alone - theirs).max() < 1e-5


def test_the_embedder_encodes_default_model_queries_with_it(embedder):
    fresh = Embedder(DEFAULT_MODEL, threads=embedder._threads, bf16=False)
    vectors = fresh.encode_queries(QUERIES[:4])
    assert fresh._queries is not None and fresh._model is None
    assert np.abs(vectors - _sentence_transformers(embedder, QUERIES[:4])).max() < 1e-5


def test_queries_are_float32_in_a_process_that_embedded_passages_in_bfloat16(embedder, monkeypatch):
    # the app's first run builds its index, then answers with the full model loaded: the same
    # query must get the vector (and the verdict) it gets from a fresh process
    monkeypatch.setattr(embedder, "bf16", True)
    monkeypatch.setattr(embedder, "_query_cache", type(embedder._query_cache)())
    with embedder._precision("document"):
        half = _sentence_transformers(embedder, QUERIES[:4])
    own = QueryEncoder(embedder.info.path).encode(["query: " + text for text in QUERIES[:4]])
    assert np.abs(half - own).max() > 1e-4  # bfloat16 would move them
    assert embedder._model is not None
    assert np.abs(embedder.encode_queries(QUERIES[:4]) - own).max() < 1e-5


def test_a_folder_of_another_layout_falls_back_to_sentence_transformers(embedder, monkeypatch, tmp_path):
    folder = tmp_path / "bert"
    (folder / "1_Pooling").mkdir(parents=True)
    (folder / "config.json").write_text(json.dumps({"model_type": "bert", "hidden_act": "gelu"}))
    (folder / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode_mean_tokens": True}))
    with pytest.raises(EncoderError, match="bert"):
        QueryEncoder(folder)

    def refuse(path):
        raise EncoderError(f"{path} is not a mean-pooled xlm-roberta model")

    monkeypatch.setattr("index.query_encoder.QueryEncoder", refuse)
    fresh = Embedder(DEFAULT_MODEL, threads=embedder._threads, bf16=False)
    vectors = fresh.encode_queries(QUERIES[:2])
    assert fresh._queries is None and fresh._model is not None
    assert np.abs(vectors - _sentence_transformers(embedder, QUERIES[:2])).max() < 1e-5


def test_a_damaged_folder_is_an_encoder_error(embedder, tmp_path):
    """tokenizers and safetensors raise their own kinds; the embedder falls back on EncoderError."""
    folder = tmp_path / "damaged"
    shutil.copytree(embedder.info.path, folder, ignore=shutil.ignore_patterns("model.safetensors"))
    (folder / "tokenizer.json").write_text('{"version": ')
    with pytest.raises(EncoderError, match="tokenizer|Exception"):
        QueryEncoder(folder)


def test_once_the_full_model_is_loaded_queries_go_through_it(embedder):
    """One copy of the weights: an app that builds its index first searches with the model it
    loaded for the passages."""
    fresh = Embedder(DEFAULT_MODEL, threads=embedder._threads, bf16=False)
    fresh.encode_queries(QUERIES[:1])
    assert fresh._queries is not None
    fresh.warm_up()  # an ingest loads the full model for the passages
    vectors = fresh.encode_queries(QUERIES[1:3])
    assert fresh._queries is None
    assert np.abs(vectors - _sentence_transformers(embedder, QUERIES[1:3])).max() < 1e-5


def test_a_search_from_a_fresh_process_never_imports_torch_or_the_reading_steps(leaflet_index):
    """Nor pypdf and the cleaning and splitting steps: a search reads sentences and a line's
    shape from small modules of their own (ingest/sentences.py, ingest/clean/lines.py)."""
    code = (
        "import sys\n"
        "from leaflets.cli import main\n"
        f"code = main(['search', '--index', {str(leaflet_index)!r}, '--json', 'waarom heb ik dikke enkels'])\n"
        "assert code == 0, code\n"
        "heavy = ('torch', 'sentence_transformers', 'transformers', 'pypdf', 'ingest.pdf', 'ingest.split',\n"
        "         'ingest.structure', 'ingest.clean.document', 'ingest.pipeline')\n"
        "loaded = sorted(n for n in sys.modules if n.split('.')[0] in heavy or '.'.join(n.split('.')[:2]) in heavy\n"
        "                or '.'.join(n.split('.')[:3]) in heavy)\n"
        "assert not loaded, loaded[:5]\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout)["results"], out.stdout[:500]


def test_a_warmed_up_searcher_answers_as_a_cold_one(leaflet_index, searcher):
    """`Searcher.warm_up` (the app runs it in the background) loads the encoder; a search asked
    while it runs waits for it and answers as any other search."""
    import threading

    from index.search import Searcher

    fresh = Searcher.open(leaflet_index, Embedder(DEFAULT_MODEL, threads=2, bf16=False))
    warming = threading.Thread(target=fresh.warm_up)
    warming.start()
    during = fresh.search("waarom heb ik dikke enkels")
    warming.join()
    assert fresh.embedder._queries is not None and fresh.embedder._model is None
    after = fresh.search("mag ik in de sauna")
    for mine, question in ((during, "waarom heb ik dikke enkels"), (after, "mag ik in de sauna")):
        theirs = searcher.search(question)
        assert [hit.passage.id for hit in mine.hits] == [hit.passage.id for hit in theirs.hits]
        assert mine.covered == theirs.covered and abs(mine.confidence - theirs.confidence) < 1e-3


def test_an_encoder_let_go_mid_call_finishes_the_call(embedder):
    """An upload's ingest loads sentence-transformers (`warm_up`), which lets the own encoder
    go, while the coverage page encodes many questions in batches: the call in progress keeps
    the encoder it started with."""
    fresh = Embedder(DEFAULT_MODEL, threads=embedder._threads, bf16=False)
    fresh.encode_queries(QUERIES[:1])
    own = fresh._queries

    class LetGo:
        def encode(self, texts):
            fresh._queries = None  # as `warm_up` does in another thread
            return own.encode(texts)

    fresh._queries = LetGo()
    questions = [f"vraag {n} over eiwitverlies" for n in range(40)]  # two batches of 32
    vectors = fresh.encode_queries(questions)
    assert np.abs(vectors - _sentence_transformers(embedder, questions)).max() < 1e-5
