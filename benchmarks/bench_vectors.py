"""Benchmark the vector index: exact search against the index `Vectors.build` chooses, by size.

For each collection size it reports, for the exact index and for the chosen one: build time,
single-query search latency p50/p95 (one query at a time, `limit` = the searcher's depth of 50,
as the app searches), recall@10 and recall@50 against exact search, the serialized index size
against the raw float32 vectors, the RSS growth while building, and the load time.

The vectors are synthetic (no real embeddings of a million passages exist here): a mixture of
Gaussian clusters shaped like multilingual-e5-small passage embeddings. Every vector shares one
strong direction (e5's anisotropy), clusters have a centre and a random 24-dimensional
subspace of their own with varying spread (passages on one topic vary along few directions),
plus a little isotropic noise; after normalisation unrelated vectors have cosine ~0.72 and a
vector's 10 nearest neighbours ~0.89-0.91, as with e5 on leaflet text. Uniform random vectors
would be unrealistically hard for HNSW (no structure), fully separated clusters unrealistically
easy. Queries are held-out vectors from the same mixture with a little noise.

An extra sweep (`--exact-sweep`) times exact search alone at more sizes, on random vectors
(exact search costs the same whatever the data), to place `EXACT_LIMIT`.

    .venv/bin/python benchmarks/bench_vectors.py --sizes 10000,100000,1000000 --json var/bench_vectors.json
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from index.vectors import EF_CONSTRUCTION, EF_SEARCH, EXACT_LIMIT, HNSW_M, Vectors  # noqa: E402

DEPTH = 50  # the searcher's candidates per retriever (index/search.py)
EXACT_SWEEP = "50000,100000,125000,150000,200000,300000"


def rss_bytes() -> int:
    """Resident set size now, after handing freed heap memory back to the OS (else glibc reuses
    the memory of the previous index and the growth reads as zero)."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def passage_like(n: int, dim: int = 384, *, seed: int = 0, rank: int = 24) -> np.ndarray:
    """`n` normalised vectors from the e5-like cluster mixture described in the module docstring."""
    rng = np.random.default_rng(seed)
    clusters = max(8, min(4000, n // 250))
    shared = rng.standard_normal(dim).astype(np.float32)
    shared /= np.linalg.norm(shared)
    centres = rng.standard_normal((clusters, dim)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    labels = rng.choice(clusters, size=n, p=rng.dirichlet(np.full(clusters, 2.0)))
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(clusters + 1))
    out = np.empty((n, dim), np.float32)
    for c in range(clusters):
        rows = order[bounds[c]:bounds[c + 1]]
        if not len(rows):
            continue
        basis = np.linalg.qr(rng.standard_normal((dim, rank)))[0].T.astype(np.float32)
        z = rng.standard_normal((len(rows), rank)).astype(np.float32) * rng.uniform(0.6, 1.4)
        out[rows] = 0.85 * shared + 0.35 * centres[c] + (z @ basis) * (0.36 / np.sqrt(rank))
    out += rng.standard_normal(out.shape, dtype=np.float32) * (0.17 / np.sqrt(dim))
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out


def row_ids(n: int, seed: int = 0) -> np.ndarray:
    """Unique, non-contiguous int64 ids, like SQLite row ids after deletions."""
    rng = np.random.default_rng(seed)
    return np.sort(rng.choice(3 * n, size=n, replace=False)).astype(np.int64) + 1


def time_queries(index: Vectors, queries: np.ndarray, limit: int = DEPTH):
    for q in queries[:10]:  # warm up caches and threads
        index.search(q, limit)
    times, results = [], []
    for q in queries:
        start = time.perf_counter()
        hits = index.search(q, limit)
        times.append(time.perf_counter() - start)
        results.append([rowid for rowid, _ in hits])
    ms = np.array(times) * 1000
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 95)), results


def recall(results, truth, k: int) -> float:
    return float(np.mean([len(set(r[:k]) & set(t[:k].tolist())) / k for r, t in zip(results, truth)]))


def measure(label, make, queries, truth, raw_bytes, tmp: Path) -> dict:
    gc.collect()
    before = rss_bytes()
    start = time.perf_counter()
    index = make()
    build_s = time.perf_counter() - start
    rss_growth = rss_bytes() - before
    p50, p95, results = time_queries(index, queries)
    path = tmp / f"{label}.faiss"
    index.save(path)
    size = path.stat().st_size
    start = time.perf_counter()
    loaded = Vectors.load(path)
    load_s = time.perf_counter() - start
    same = all(loaded.search(q, DEPTH) == index.search(q, DEPTH) for q in queries[:20])
    row = {
        "index": label, "kind": index.kind, "describe": index.describe(), "build_s": round(build_s, 2),
        "search_p50_ms": round(p50, 3), "search_p95_ms": round(p95, 3),
        "recall@10": round(recall(results, truth, 10), 4), "recall@50": round(recall(results, truth, 50), 4),
        "file_bytes": size, "file_x_raw": round(size / raw_bytes, 3),
        "rss_growth_bytes": rss_growth, "rss_x_raw": round(rss_growth / raw_bytes, 3),
        "load_s": round(load_s, 2), "load_keeps_results": same, "loaded_ef_search": loaded.ef_search,
    }
    del index, loaded
    path.unlink()
    gc.collect()
    return row


def bench_size(n: int, dim: int, n_queries: int, tmp: Path, exact_limit: int,
               hnsw_always: bool = False) -> list[dict]:
    start = time.perf_counter()
    data = passage_like(n + n_queries, dim, seed=n)
    base, held = data[:n], data[n:]
    rng = np.random.default_rng(1)
    queries = held + rng.standard_normal(held.shape, dtype=np.float32) * (0.15 / np.sqrt(dim))
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    ids = row_ids(n)
    generated_s = time.perf_counter() - start
    flat = faiss.IndexFlatIP(dim)
    flat.add(base)
    _, positions = flat.search(queries, DEPTH)  # batched exact search: the ground truth
    truth = ids[positions]
    del flat
    raw = base.nbytes
    print(f"# {n:,} vectors: generated in {generated_s:.1f}s, raw {raw / 2**20:.0f} MiB", file=sys.stderr)
    rows = []
    exact = measure("exact", lambda: Vectors.build(ids, base, exact_limit=n), queries, truth, raw, tmp)
    rows.append(exact)
    print(f"#   exact: {exact}", file=sys.stderr)
    if n <= exact_limit:  # the factory would build the same exact index
        rows.append({**exact, "index": "chosen"})
        if hnsw_always:  # what HNSW would give at this size
            hnsw = measure("hnsw", lambda: Vectors.build(ids, base, exact_limit=0), queries, truth, raw, tmp)
            rows.append(hnsw)
            print(f"#   hnsw: {hnsw}", file=sys.stderr)
    else:
        chosen = measure("chosen", lambda: Vectors.build(ids, base, exact_limit=exact_limit), queries, truth, raw, tmp)
        rows.append(chosen)
        print(f"#   chosen: {chosen}", file=sys.stderr)
    for row in rows:
        row.update(n=n, dim=dim, raw_bytes=raw, queries=n_queries)
    return rows


def exact_sweep(sizes: list[int], dim: int) -> list[dict]:
    rng = np.random.default_rng(0)
    data = rng.standard_normal((max(sizes) + 100, dim), dtype=np.float32)
    data /= np.linalg.norm(data, axis=1, keepdims=True)
    out = []
    for n in sizes:
        index = Vectors.build(np.arange(n, dtype=np.int64) * 2 + 1, data[:n], exact_limit=n)
        p50, p95, _ = time_queries(index, data[n:n + 100])
        out.append({"n": n, "search_p50_ms": round(p50, 3), "search_p95_ms": round(p95, 3)})
        print(f"# exact sweep {n:,}: p50 {p50:.2f} ms, p95 {p95:.2f} ms", file=sys.stderr)
        del index
    return out


def markdown(rows: list[dict], sweep: list[dict]) -> str:
    lines = ["| vectors | index | type | build s | p50 ms | p95 ms | recall@10 | recall@50 "
             "| file MiB | file / raw | RSS growth / raw | load s |",
             "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['n']:,} | {r['index']} | {r['describe']} | {r['build_s']:.1f} "
                     f"| {r['search_p50_ms']:.2f} | {r['search_p95_ms']:.2f} | {r['recall@10']:.4f} "
                     f"| {r['recall@50']:.4f} | {r['file_bytes'] / 2**20:.0f} | {r['file_x_raw']:.2f} "
                     f"| {r['rss_x_raw']:.2f} | {r['load_s']:.2f} |")
    if sweep:
        lines += ["", "| vectors (exact, random data) | p50 ms | p95 ms |", "|---:|---:|---:|"]
        lines += [f"| {s['n']:,} | {s['search_p50_ms']:.2f} | {s['search_p95_ms']:.2f} |" for s in sweep]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--dim", type=int, default=384)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--exact-sweep", default=EXACT_SWEEP, help="sizes for exact-only timing; '' skips")
    parser.add_argument("--exact-limit", type=int, default=EXACT_LIMIT, help="override, for trials")
    parser.add_argument("--hnsw-always", action="store_true",
                        help="also measure HNSW at sizes where the factory chooses exact search")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    faiss.omp_set_num_threads(args.threads)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    sweep_sizes = [int(s) for s in args.exact_sweep.split(",") if s]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        sweep = exact_sweep(sweep_sizes, args.dim) if sweep_sizes else []
        rows = [row for n in sizes for row in bench_size(n, args.dim, args.queries, Path(tmp), args.exact_limit,
                                                        args.hnsw_always)]
    table = markdown(rows, sweep)
    print(table)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "faiss": faiss.__version__, "threads": args.threads, "cpu_count": os.cpu_count(),
            "machine": platform.processor() or platform.machine(),
            "params": {"EXACT_LIMIT": args.exact_limit, "HNSW_M": HNSW_M, "EF_CONSTRUCTION": EF_CONSTRUCTION,
                       "EF_SEARCH": EF_SEARCH},
            "data": "synthetic e5-like cluster mixture (see benchmarks/bench_vectors.py)",
            "total_s": round(time.perf_counter() - started, 1), "rows": rows, "exact_sweep": sweep,
        }, indent=2))


if __name__ == "__main__":
    main()
