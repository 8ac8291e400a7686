"""Benchmark search: warm latency through `Searcher.search()`, cold start, memory, per-passage cost.

Warm latency: 200 distinct mixed questions (the 51 development questions, the 54 RIVM COVID-19
FAQ questions, then SciFact queries up to 200: Dutch keywords, Dutch questions, English science
claims), each searched once through the same `Searcher.search()` the CLI and the app use (hybrid,
k=5). Right before or after each search the bare encoder the search uses encodes the same
question (not through the embedder's query cache), so the gap between the two is what the
search adds: for the default model its own forward pass in NumPy (index/query_encoder.py, the
same vectors, `own_encode_ms`), for any other `SentenceTransformer.encode_query` (same prompt
and precision). sentence-transformers' bare encode of the default model is reported too
(`bare_encode_ms`), timed in a pass of its own (see `warm_latency`). Measured on two indexes:

- the bundled leaflets (`sources/`), built once into the work folder with `leaflets ingest`'s code;
- ~100,000 passages: the bundled passages replicated (each copy a leaflet of its own, "title (k)",
  each passage text starting with "[k]" so that no two passages share a text),
  built through the same `build_index` with precomputed vectors: each copy's passage vector is the
  real vector plus a little noise (cosine ~0.98 to the original), its sentence vectors are the real
  ones. Every query term then matches ~145x more passages than in the bundled index: lexical search
  does as much work as on a large real collection, or more.

Cold start: `leaflets search` in a fresh process, wall clock from spawn to exit (several runs),
with a breakdown of where the time goes (a child that marks each phase); the app: `streamlit run
app.py` on a free port, time until headless Chromium (Playwright) shows a cited passage for `?q=`;
then the app's peak RSS after serving 20 more queries.

    .venv/bin/python benchmarks/bench_query.py --json var/bench_query.json

First run ~8-12 minutes (it builds both indexes into --work, default var/bench); later runs reuse
them, ~4-6 minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote_plus

import numpy as np
from bench_env import ROOT, loadavg, machine, publish, peak_rss_mb, percentile, rss_mb

DEV = ROOT / "tests" / "data" / "dev_questions.jsonl"
RIVM = Path("/work/shared/data/rivm-covid19-faq-nl/queries.jsonl")
SCIFACT = Path("/work/shared/data/scifact/queries.jsonl")
WARM_UP = ["hoe lang duurt het herstel", "mag ik sporten", "wat kost het", "side effects", "bijwerkingen"]
COLD_QUERY = "waarom heb ik dikke enkels"
# A result card's source line: a link for web sources, a download button for local files.
CITED = re.compile("Open de bron|Bron downloaden")


def questions(n: int = 200) -> list[str]:
    """Distinct questions: development set, RIVM FAQ, then SciFact queries up to `n`."""
    found: list[str] = []
    for path, key in ((DEV, "question"), (RIVM, "text"), (SCIFACT, "text")):
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    found.append(json.loads(line)[key])
    distinct = [q for q in dict.fromkeys(" ".join(q.split()) for q in found) if q not in WARM_UP]
    return distinct[:n]


# --------------------------------------------------------------------------- indexes


def bundled_index(work: Path, sources: Path) -> Path:
    from leaflets.api import ingest_paths
    from leaflets.config import Settings

    folder = work / "bundled"
    ingest_paths(Settings.from_env().with_overrides(index=folder, sources=sources))
    return folder


class PrecomputedEmbedder:
    """Stands in for the model while a replicated index is written: vectors are looked up."""

    def __init__(self, name: str, dim: int, vectors: dict[str, np.ndarray]):
        self.name, self.dim, self._vectors = name, dim, vectors

    def encode_passages(self, texts, batch_size: int = 32, progress=None) -> np.ndarray:
        return np.stack([self._vectors[t] for t in texts]) if texts else np.empty((0, self.dim), np.float32)


def replicated_index(work: Path, base: Path, target: int, name: str) -> Path:
    """~`target` passages: copies of the `base` index's leaflets with slightly perturbed vectors."""
    from ingest.document import IngestedLeaflet
    from index.build import build_index, embedding_text
    from index.highlight import sentence_units
    from index.layout import DATABASE, FORMAT_VERSION, VECTORS, IndexConfig, current_build
    from index.sentences import SentenceVectors
    from index.store import Store
    from index.vectors import Vectors

    folder = work / f"replicated-{target}-numbered"
    built = current_build(folder)
    if built is not None and IndexConfig.load(built).format == FORMAT_VERSION:
        return folder
    build = current_build(base)
    store = Store(build / DATABASE, readonly=True)
    vectors = Vectors.load(build / VECTORS)
    leaflets = {leaflet.id: leaflet for leaflet in store.leaflets()}
    passages = store.all_passages()
    sentence_vectors = SentenceVectors.load(build).of([rowid for rowid, _ in passages])
    copies = max(1, round(target / len(passages)))
    rng = np.random.default_rng(0)
    lookup: dict[str, np.ndarray] = {}
    items = []
    for k in range(copies):
        by_leaflet: dict[str, list] = {}
        for rowid, passage in passages:
            leaflet = leaflets[passage.leaflet_id]
            copy_leaflet = replace(leaflet, id=f"{leaflet.id}~{k}", title=f"{leaflet.title} ({k})")
            # Each copy's text starts with its number: a real collection repeats a text a few
            # times (one leaflet per strength), never 200, and search merges identical texts.
            copy = replace(passage, id=f"{passage.id}~{k}", leaflet_id=copy_leaflet.id,
                           text=f"[{k}] {passage.text}")
            by_leaflet.setdefault(copy_leaflet.id, [copy_leaflet, []])[1].append(copy)
            noisy = vectors.vector(rowid) + rng.standard_normal(vectors.dim).astype(np.float32) * 0.01
            lookup[embedding_text(copy_leaflet, copy)] = noisy / np.linalg.norm(noisy)
            units, stored = sentence_units(copy, copy_leaflet.title), sentence_vectors.get(rowid, ())
            assert len(units) == len(stored), (passage.id, units)  # the number joins the first sentence
            lookup.update(zip(units, stored))
        items += [IngestedLeaflet(leaflet, "", group) for leaflet, group in by_leaflet.values()]
    store.close()
    start = time.perf_counter()
    report = build_index(folder, items, PrecomputedEmbedder(name, vectors.dim, lookup), rebuild=True)
    print(f"# replicated index: {report.passages:,} passages in {time.perf_counter() - start:.0f} s "
          f"{report.seconds}", file=sys.stderr)
    return folder


def index_bytes(folder: Path) -> tuple[int, int, int]:
    """(bytes on disk of the published build, bytes of its FAISS file, passages in it).

    The FAISS index is read whole into memory, so its file size is its RAM; SQLite is read
    through the OS page cache on demand and adds little to the process's RSS.
    """
    from index.layout import VECTORS, IndexConfig, current_build

    build = current_build(folder)
    size = sum(p.stat().st_size for p in build.iterdir() if p.is_file())
    return size, (build / VECTORS).stat().st_size, IndexConfig.load(build).passages


# --------------------------------------------------------------------------- warm latency


def warm_latency(folder: Path, embedder, qs: list[str]) -> dict:
    """Per question: bare encode ms, then search ms (hybrid, k=5); and a repeated (cached) search.

    The default model's searches encode with its own NumPy forward pass: its bare time, taken
    right beside each search, is the encode the search is compared with (`target_ms`).
    sentence-transformers' bare encode is timed in a pass of its own first: interleaved with
    NumPy's products, the two thread pools (torch's OpenMP, NumPy's OpenBLAS, each spinning a
    while after its work) slow each other down, which no process of the product does (once
    sentence-transformers is loaded, queries go through it alone)."""
    from index.embed import Embedder
    from index.search import Searcher

    model = embedder._model
    query_prompt, _ = embedder.prompts
    precision = embedder._precision("query")  # float32, as every query is encoded

    def st_encode(q: str) -> float:
        start = time.perf_counter()
        with precision:
            model.encode_query([q], prompt=query_prompt, convert_to_numpy=True,
                               normalize_embeddings=True, show_progress_bar=False)
        return (time.perf_counter() - start) * 1000

    for q in WARM_UP:
        st_encode(q)
    bare = [st_encode(q) for q in qs]
    # searches go through an embedder of their own, as in a CLI or app process that has not
    # loaded sentence-transformers (the default model's queries then take its own encoder)
    searching = Embedder(embedder.name, threads=embedder._threads, bf16=embedder.bf16)
    searcher = Searcher.open(folder, searching)
    for q in WARM_UP:
        searcher.search(q)
    searching._query_cache.clear()  # every question is new to this index's searches
    own_encoder = searching._queries
    encode, search = [], []

    def bare_encode(q: str) -> None:
        if own_encoder is None:  # another model: its searches encode through sentence-transformers
            encode.append(st_encode(q))
            return
        start = time.perf_counter()
        own_encoder.encode([query_prompt + q])  # NumPy, float32
        encode.append((time.perf_counter() - start) * 1000)

    def full_search(q: str) -> None:
        start = time.perf_counter()
        searcher.search(q, k=5)
        search.append((time.perf_counter() - start) * 1000)

    for number, q in enumerate(qs):  # alternate which goes first, so neither gets the warmer caches
        steps = (bare_encode, full_search) if number % 2 == 0 else (full_search, bare_encode)
        for step in steps:
            step(q)
    repeat = []
    for q in qs[:50]:
        start = time.perf_counter()
        searcher.search(q, k=5)
        repeat.append((time.perf_counter() - start) * 1000)
    disk, in_memory, passages = index_bytes(folder)
    searcher.store.close()
    gap = [s - b for s, b in zip(search, encode)]
    return {
        "passages": passages, "vectors": searcher.vectors.describe(), "questions": len(qs),
        "bare_encode_ms": _pcts(bare), "search_ms": _pcts(search), "search_minus_bare_ms": _pcts(gap),
        "own_encode_ms": _pcts(encode) if own_encoder is not None else None,
        "repeat_search_ms": _pcts(repeat),
        "target_ms": round(1.3 * statistics.median(encode) + 5, 2),
        "disk_bytes": disk, "disk_bytes_per_passage": round(disk / passages),
        "faiss_bytes": in_memory, "faiss_bytes_per_passage": round(in_memory / passages),
    }


def _pcts(values: list[float]) -> dict:
    return {f"p{q}": round(percentile(values, q), 2) for q in (50, 95, 99)}


# --------------------------------------------------------------------------- cold start


def cli_cold(folder: Path, runs: int) -> dict:
    """Wall seconds of `leaflets search` in fresh processes, and where one such start spends it."""
    exe = Path(sys.executable).with_name("leaflets")
    command = [str(exe), "search", COLD_QUERY, "--index", str(folder)]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(command, capture_output=True, text=True, check=False)
        times.append(round(time.perf_counter() - start, 2))
        if out.returncode != 0 or not out.stdout.strip():
            raise SystemExit(f"leaflets search failed ({out.returncode}): {out.stderr[-2000:]}")
    phases = json.loads(subprocess.run([sys.executable, __file__, "--phases", str(folder)], capture_output=True,
                                       text=True, check=True).stdout.strip().splitlines()[-1])
    return {"runs_s": times, "median_s": statistics.median(times), "phases_s": phases}


def phases(folder: Path) -> dict:
    """Seconds since interpreter start (approximately: since this module's first line) per phase."""
    marks = {}
    start = time.perf_counter()

    def mark(name: str) -> None:
        marks[name] = round(time.perf_counter() - start, 3)

    from leaflets.api import embedder_for, open_searcher
    from leaflets.config import Settings
    mark("import leaflets.api")
    settings = Settings.from_env().with_overrides(index=folder)
    embedder = embedder_for(settings.model, settings.threads)
    embedder.warm_up_queries()  # the default model: its own query encoder, neither torch nor sentence-transformers
    mark("load query encoder (tokenizer + weights)")
    searcher = open_searcher(settings)
    mark("open index")
    searcher.search(COLD_QUERY)
    mark("first search")
    return marks


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def app_cold(folder: Path, extra_queries: list[str]) -> dict:
    """`streamlit run app.py` until Chromium shows a cited passage; then peak RSS while serving."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    env = {**os.environ, "LEAFLETS_INDEX": str(folder)}
    streamlit = Path(sys.executable).with_name("streamlit")
    command = [str(streamlit), "run", str(ROOT / "app.py"), "--server.port", str(port),
               "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        start = time.perf_counter()
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}/?q={quote_plus(COLD_QUERY)}"
            while True:
                try:
                    page.goto(url, timeout=5000)
                    break
                except Exception:
                    if time.perf_counter() - start > 120:
                        raise
                    time.sleep(0.1)
            page.get_by_text(CITED).first.wait_for(timeout=120_000)
            first_answer = time.perf_counter() - start
            serve = []
            for q in extra_queries:
                t = time.perf_counter()
                page.goto(f"http://127.0.0.1:{port}/?q={quote_plus(q)}")
                page.get_by_text(CITED).first.wait_for(timeout=60_000)
                serve.append((time.perf_counter() - t) * 1000)
            peak = peak_rss_mb(server.pid)
            now = rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
            browser.close()
    return {"first_answer_s": round(first_answer, 2), "page_load_ms": _pcts(serve),
            "peak_rss_mb": round(peak), "rss_mb": round(now), "queries_served": len(serve) + 1,
            "method": "headless Chromium (Playwright), waits for a result card's source line"}


# --------------------------------------------------------------------------- report


def markdown(report: dict) -> str:
    lines = ["| index | passages | vectors | bare encode p50/p95/p99 ms | own encoder p50 ms | search p50/p95/p99 ms "
             "| search − the encode it uses, p50 ms | repeated query p50 ms | target p50 ms | disk B/passage | FAISS (RAM) B/passage |",
             "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in report["warm"].items():
        b, s = r["bare_encode_ms"], r["search_ms"]
        own = (r.get("own_encode_ms") or {}).get("p50", "–")
        lines.append(f"| {name} | {r['passages']:,} | {r['vectors']} | {b['p50']}/{b['p95']}/{b['p99']} | {own} "
                     f"| {s['p50']}/{s['p95']}/{s['p99']} | {r['search_minus_bare_ms']['p50']} "
                     f"| {r['repeat_search_ms']['p50']} | {r['target_ms']} | {r['disk_bytes_per_passage']:,} "
                     f"| {r['faiss_bytes_per_passage']:,} |")
    cli = report.get("cli_cold")
    if cli:
        lines += ["", f"`leaflets search` cold (bundled index): median {cli['median_s']} s, runs {cli['runs_s']}",
                  "", "| phase (one cold start) | seconds since start |", "|---|---:|"]
        lines += [f"| {k} | {v} |" for k, v in cli["phases_s"].items()]
    app = report.get("app")
    if app:
        lines += ["", f"App cold start to first cited passage: {app['first_answer_s']} s ({app['method']}); "
                  f"page with a new `?q=` p50 {app['page_load_ms']['p50']} ms; peak RSS serving "
                  f"{app['queries_served']} queries {app['peak_rss_mb']} MiB"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=ROOT / "var" / "bench", help="indexes are built and kept here")
    parser.add_argument("--sources", type=Path, default=ROOT / "sources")
    parser.add_argument("--scale", type=int, default=100_000, help="passages in the replicated index (0 skips)")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--no-app", action="store_true", help="skip the Streamlit cold start")
    parser.add_argument("--faiss-threads", type=int, default=None, help="faiss.omp_set_num_threads for searches")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--phases", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phases:
        print(json.dumps(phases(args.phases)))
        os._exit(0)
    load_start = loadavg()
    args.work.mkdir(parents=True, exist_ok=True)
    from leaflets.api import embedder_for
    from leaflets.config import Settings

    settings = Settings.from_env()
    embedder = embedder_for(settings.model, settings.threads)
    embedder.warm_up()
    if args.faiss_threads:
        import faiss
        faiss.omp_set_num_threads(args.faiss_threads)
    qs = questions()
    bundled = bundled_index(args.work, args.sources)
    indexes = {"bundled leaflets": bundled}
    if args.scale:
        indexes[f"replicated ~{args.scale:,}"] = replicated_index(args.work, bundled, args.scale, embedder.name)
    report: dict = {"machine": machine(), "warm": {}}
    for name, folder in indexes.items():
        report["warm"][name] = warm_latency(folder, embedder, qs)
        print(f"# {name}: {report['warm'][name]}", file=sys.stderr)
    report["cli_cold"] = cli_cold(bundled, args.cold_runs)
    if not args.no_app:
        report["app"] = app_cold(bundled, qs[:20])
    import faiss
    import torch

    report["settings"] = {"model": embedder.name, "bf16_autocast": embedder.bf16, "torch_threads": torch.get_num_threads(),
                          "faiss_threads": faiss.omp_get_max_threads(), "k": 5, "mode": "hybrid",
                          "questions": len(qs)}
    report["loadavg"] = [load_start, loadavg()]
    publish(report, "Query latency, cold start, memory", report["settings"], load_start,
            markdown(report), args.json)


if __name__ == "__main__":
    main()
