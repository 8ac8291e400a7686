"""The default model's forward pass in plain torch, so that a search starts without
sentence-transformers.

Importing sentence-transformers 6 and transformers 5 takes about 4 s on this machine
(transformers imports its fp8, DeepGEMM and tensor-parallel integrations, and with them
torch.distributed and torch._dynamo): a cold `leaflets search` took 6 s at rest and 11 s
under load, past its 5 s target, though answering needs none of it. The default model's
folder is one we materialised ourselves (index/default_model.py): XLM-RoBERTa weights in
safetensors, a fast tokenizer file, mean pooling and normalisation. Its forward pass is a
dozen tensor operations on those same files, read here with torch, `tokenizers` and
`safetensors` alone; the vectors equal sentence-transformers' (tests/test_query_encoder.py).

Only queries take this path, and only for the default model: passages are embedded by
sentence-transformers at ingest, as is everything for any other model (index/embed.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

ARCHITECTURE = "xlm-roberta"
POOLING = "1_Pooling/config.json"


class EncoderError(Exception):
    """The folder is not the layout this encoder knows (sentence-transformers loads it instead)."""


class QueryEncoder:
    """Mean-pooled, L2-normalised XLM-RoBERTa vectors for short texts, from a materialised
    default-model folder. A folder it cannot read raises EncoderError, whatever the cause (a
    damaged tokenizer or weights file, a missing key), so that the caller falls back to
    sentence-transformers, which repairs a damaged default folder."""

    def __init__(self, folder: str | Path) -> None:
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
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.pad = int(config["pad_token_id"])
        limit = int(_read_json(folder / "sentence_bert_config.json").get("max_seq_length") or 512)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(limit)
        self.tokenizer.no_padding()
        self.weights = load_file(str(folder / "model.safetensors"))
        missing = [name for name in self._names() if name not in self.weights]
        if missing:
            raise EncoderError(f"{folder}/model.safetensors lacks {missing[0]}")

    def _names(self) -> list[str]:
        names = ["embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight",
                 "embeddings.token_type_embeddings.weight", "embeddings.LayerNorm.weight"]
        parts = ("attention.self.query", "attention.self.key", "attention.self.value",
                 "attention.output.dense", "attention.output.LayerNorm", "intermediate.dense",
                 "output.dense", "output.LayerNorm")
        return names + [f"encoder.layer.{n}.{part}.weight" for n in range(self.layers) for part in parts]

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32 vectors, as sentence-transformers encodes the same texts
        (any prompt already prepended)."""
        import torch
        import torch.nn.functional as F

        encodings = self.tokenizer.encode_batch(texts)
        width = max(len(encoding.ids) for encoding in encodings)
        ids = torch.full((len(texts), width), self.pad, dtype=torch.long)
        mask = torch.zeros((len(texts), width), dtype=torch.bool)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = torch.tensor(encoding.ids, dtype=torch.long)
            mask[row, : len(encoding.ids)] = True
        real = ids != self.pad  # as transformers numbers positions: from the pad id, skipping pads
        positions = torch.cumsum(real, dim=1) * real + self.pad
        w = self.weights
        with torch.inference_mode():
            x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][positions] \
                + w["embeddings.token_type_embeddings.weight"][0]
            x = self._norm(x, "embeddings.LayerNorm")
            batch, length, dim = x.shape
            attend = mask[:, None, None, :]
            for n in range(self.layers):
                layer = f"encoder.layer.{n}."
                q, k, v = (self._linear(x, layer + f"attention.self.{part}")
                           .view(batch, length, self.heads, dim // self.heads).transpose(1, 2)
                           for part in ("query", "key", "value"))
                attended = F.scaled_dot_product_attention(q, k, v, attn_mask=attend)
                attended = attended.transpose(1, 2).reshape(batch, length, dim)
                x = self._norm(self._linear(attended, layer + "attention.output.dense") + x,
                               layer + "attention.output.LayerNorm")
                inner = F.gelu(self._linear(x, layer + "intermediate.dense"))
                x = self._norm(self._linear(inner, layer + "output.dense") + x, layer + "output.LayerNorm")
            weights = mask[..., None].to(x.dtype)
            pooled = (x * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1e-9)
            return F.normalize(pooled.float(), dim=-1).numpy()

    def _linear(self, x: Any, name: str) -> Any:
        import torch.nn.functional as F

        return F.linear(x, self.weights[name + ".weight"], self.weights[name + ".bias"])

    def _norm(self, x: Any, name: str) -> Any:
        import torch.nn.functional as F

        return F.layer_norm(x, (x.shape[-1],), self.weights[name + ".weight"], self.weights[name + ".bias"], self.eps)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EncoderError(f"{path}: {exc}") from None
