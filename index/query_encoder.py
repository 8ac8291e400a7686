"""The default model's forward pass in NumPy, so that a search starts without torch or
sentence-transformers.

Importing sentence-transformers 6 and transformers 5 takes about 4 s on this machine, and
torch alone about 1.9 s and 220 MB: a cold `leaflets search` took 6 s at rest and 11 s under
load, past its 5 s target, though answering needs none of it. The default model's folder is
one we materialised ourselves (index/default_model.py): XLM-RoBERTa weights in safetensors, a
fast tokenizer file, mean pooling and normalisation. Its forward pass for a query of a few
dozen tokens is a few dozen small matrix products, which NumPy's BLAS does about as fast as
torch (a few ms slower on one thread, docs/performance.md); the vectors equal
sentence-transformers' in float32 (tests/test_query_encoder.py).

The word-embedding table is 250,000 rows (384 MB); a query reads only its own tokens' rows
from the memory-mapped file, so the weights held in memory are the 87 MB of the layers.

Only queries take this path, and only for the default model: passages are embedded by
sentence-transformers at ingest, as is everything for any other model (index/embed.py).
"""

from __future__ import annotations

import json
import math
import threading
from pathlib import Path

import numpy as np

ARCHITECTURE = "xlm-roberta"
POOLING = "1_Pooling/config.json"
WORDS = "embeddings.word_embeddings.weight"


class EncoderError(Exception):
    """The folder is not the layout this encoder knows (sentence-transformers loads it instead)."""


class QueryEncoder:
    """Mean-pooled, L2-normalised XLM-RoBERTa vectors for short texts, from a materialised
    default-model folder, in float32. A folder it cannot read raises EncoderError, whatever the
    cause (a damaged tokenizer or weights file, a missing key), so that the caller falls back to
    sentence-transformers, which repairs a damaged default folder."""

    def __init__(self, folder: str | Path) -> None:
        self._rows_lock = threading.Lock()  # one reader of the mapped file at a time
        try:
            self._read(Path(folder))
        except EncoderError:
            raise
        except Exception as exc:  # tokenizers, safetensors and a missing key raise their own kinds
            raise EncoderError(f"{folder}: {type(exc).__name__}: {exc}") from None

    def _read(self, folder: Path) -> None:
        config = _read_json(folder / "config.json")
        pooling = _read_json(folder / POOLING)
        if config.get("model_type") != ARCHITECTURE or not pooling.get("pooling_mode_mean_tokens") \
                or config.get("hidden_act") != "gelu" or config.get("position_embedding_type", "absolute") != "absolute":
            raise EncoderError(f"{folder} is not a mean-pooled {ARCHITECTURE} model")
        from safetensors import safe_open
        from tokenizers import Tokenizer

        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.eps = np.float32(config["layer_norm_eps"])
        self.pad = int(config["pad_token_id"])
        limit = int(_read_json(folder / "sentence_bert_config.json").get("max_seq_length") or 512)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(limit)
        self.tokenizer.no_padding()
        self._file = safe_open(str(folder / "model.safetensors"), framework="numpy")
        stored = set(self._file.keys())
        missing = [name for name in self._names() if name not in stored]
        if missing:
            raise EncoderError(f"{folder}/model.safetensors lacks {missing[0]}")
        self._words = self._file.get_slice(WORDS)
        self.weights = {name: self._file.get_tensor(name).astype(np.float32, copy=False)
                        for name in stored if name != WORDS and not name.startswith("pooler.")}
        for n in range(self.layers):  # one product for query, key and value
            layer = f"encoder.layer.{n}.attention.self."
            self.weights[layer + "qkv.weight"] = np.concatenate(
                [self.weights.pop(layer + part + ".weight") for part in ("query", "key", "value")]).T.copy()
            self.weights[layer + "qkv.bias"] = np.concatenate(
                [self.weights.pop(layer + part + ".bias") for part in ("query", "key", "value")])
            for name in ("attention.output.dense", "intermediate.dense", "output.dense"):
                key = f"encoder.layer.{n}.{name}.weight"
                self.weights[key] = np.ascontiguousarray(self.weights[key].T)  # (in, out): x @ w

    def _names(self) -> list[str]:
        names = [WORDS, "embeddings.position_embeddings.weight", "embeddings.token_type_embeddings.weight",
                 "embeddings.LayerNorm.weight"]
        parts = ("attention.self.query", "attention.self.key", "attention.self.value",
                 "attention.output.dense", "attention.output.LayerNorm", "intermediate.dense",
                 "output.dense", "output.LayerNorm")
        return names + [f"encoder.layer.{n}.{part}.{kind}" for n in range(self.layers) for part in parts
                        for kind in ("weight", "bias")]

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32 vectors, as sentence-transformers encodes the same texts
        (any prompt already prepended)."""
        encodings = self.tokenizer.encode_batch(texts)
        width = max(len(encoding.ids) for encoding in encodings)
        ids = np.full((len(texts), width), self.pad, dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=bool)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = True
        real = ids != self.pad  # as transformers numbers positions: from the pad id, skipping pads
        positions = np.cumsum(real, axis=1) * real + self.pad
        w = self.weights
        x = self._rows(ids) + w["embeddings.position_embeddings.weight"][positions] \
            + w["embeddings.token_type_embeddings.weight"][0]
        x = self._norm(x, "embeddings.LayerNorm")
        batch, length, dim = x.shape
        size = dim // self.heads
        scale = np.float32(1.0 / math.sqrt(size))
        # a padded key gets no attention: -inf before the softmax
        blocked = np.where(mask, np.float32(0.0), np.float32(-np.inf))[:, None, None, :]
        for n in range(self.layers):
            layer = f"encoder.layer.{n}."
            qkv = (x @ w[layer + "attention.self.qkv.weight"] + w[layer + "attention.self.qkv.bias"])
            q, k, v = qkv.reshape(batch, length, 3, self.heads, size).transpose(2, 0, 3, 1, 4)
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + blocked
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            attended = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, dim)
            x = self._norm(self._linear(attended, layer + "attention.output.dense") + x,
                           layer + "attention.output.LayerNorm")
            x = self._norm(self._linear(_gelu(self._linear(x, layer + "intermediate.dense")), layer + "output.dense") + x,
                           layer + "output.LayerNorm")
        weights = mask[..., None].astype(np.float32)
        pooled = (x * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), np.float32(1e-9))
        return (pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), np.float32(1e-12))).astype(np.float32)

    def _rows(self, ids: np.ndarray) -> np.ndarray:
        """The word-embedding rows of `ids`, read from the mapped file: each distinct token once."""
        distinct, where = np.unique(ids, return_inverse=True)
        with self._rows_lock:
            rows = np.concatenate([self._words[int(token): int(token) + 1] for token in distinct])
        return rows.astype(np.float32, copy=False)[where.reshape(ids.shape)]

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.weights[name + ".weight"] + self.weights[name + ".bias"]

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        centred = x - x.mean(axis=-1, keepdims=True)
        spread = np.sqrt((centred * centred).mean(axis=-1, keepdims=True) + self.eps)
        return centred / spread * self.weights[name + ".weight"] + self.weights[name + ".bias"]


def _gelu(x: np.ndarray) -> np.ndarray:
    """The exact (erf) GELU that XLM-RoBERTa's "gelu" names."""
    from scipy.special import erf

    return x * (np.float32(0.5) + np.float32(0.5) * erf(x * np.float32(1.0 / math.sqrt(2.0))))


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EncoderError(f"{path}: {exc}") from None
