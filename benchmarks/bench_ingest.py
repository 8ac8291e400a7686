"""Benchmark ingest end to end, beside the bare model's encoding rate on the same passages.

For each collection (the bundled leaflets in `sources/`; the first N SciFact abstracts, each
written to a .txt file so that it goes through the same loader, cleaner and splitter), it times
in one process, with the model already loaded:

- the pipeline: read + clean + split every file (`parse`), then `build_index` into a temporary
  folder, which also reports its own split (store, embed passages, embed sentences, vectors);
- the bare model: `SentenceTransformer.encode` on exactly the passages' embedding texts (title and
  heading path, then the passage text, as `build_index` embeds them), same prompt, same precision
  (bfloat16 autocast where the CPU has it), batch size 32, run before and after the pipeline.

"The same passages" means the same passage texts. The pipeline does more with them: it also
embeds every sentence and each passage's heading (for highlights and the coverage signal), so
its model work is larger than the bare encode's; the table shows both stages.

    .venv/bin/python benchmarks/bench_ingest.py --scifact-limit 300 --json var/bench_ingest.json

Takes ~2-3 minutes at --scifact-limit 300 on the 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

from bench_env import ROOT, loadavg, machine, publish

from ingest.catalog import load_catalog
from ingest.pipeline import find_sources, ingest_leaflets
from index.build import build_index, embedding_text
from index.embed import BATCH_SIZE, Embedder

SCIFACT = Path("/work/shared/data/scifact")


def parse(files: list[Path], root: Path) -> list:
    catalog = load_catalog(root / "catalog.toml")
    return [item for path in files for item in ingest_leaflets(path, root=root, catalog=catalog)]


def scifact_files(folder: Path, limit: int, out: Path) -> list[Path]:
    """The first `limit` SciFact abstracts as text files: the title line, then the abstract."""
    files = []
    with open(folder / "corpus.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if len(files) >= limit:
                break
            doc = json.loads(line)
            path = out / f"{doc['_id']}.txt"
            path.write_text(f"{doc.get('title', '').strip()}\n\n{doc['text'].strip()}\n", encoding="utf-8")
            files.append(path)
    return files


def bare_encode(embedder: Embedder, texts: list[str]) -> float:
    """Seconds for SentenceTransformer.encode on `texts`, as the model alone would run them."""
    model = embedder._model
    _, passage_prompt = embedder.prompts
    context = embedder._precision() if embedder.bf16 else nullcontext()
    start = time.perf_counter()
    with context:
        model.encode(texts, prompt=passage_prompt, batch_size=BATCH_SIZE, convert_to_numpy=True,
                     normalize_embeddings=True, show_progress_bar=False)
    return time.perf_counter() - start


def bench_collection(name: str, files: list[Path], root: Path, embedder: Embedder) -> dict:
    load_start = loadavg()
    start = time.perf_counter()
    leaflets = parse(files, root)
    parse_s = time.perf_counter() - start
    texts = [embedding_text(item.leaflet, p) for item in leaflets for p in item.passages]
    bare_before = bare_encode(embedder, texts)
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as folder:
        start = time.perf_counter()
        report = build_index(Path(folder), leaflets, embedder, rebuild=True)
        build_s = time.perf_counter() - start
    bare_after = bare_encode(embedder, texts)
    bare_s = min(bare_before, bare_after)
    total_s = parse_s + build_s
    n = len(texts)
    return {
        "collection": name, "files": len(files), "passages": n, "texts_embedded": report.embedded,
        "tokens": sum(embedder.count_tokens(t) for t in texts),
        "parse_s": round(parse_s, 3), "build_s": round(build_s, 3), "total_s": round(total_s, 3),
        "stages_s": {k: round(v, 3) for k, v in report.seconds.items()},
        "bare_encode_s": [round(bare_before, 3), round(bare_after, 3)],
        "pipeline_passages_per_s": round(n / total_s, 2),
        "bare_passages_per_s": round(n / bare_s, 2),
        "ratio": round(bare_s / total_s, 3),
        "loadavg": [load_start, loadavg()],
    }


def markdown(rows: list[dict]) -> str:
    lines = ["| collection | files | passages | texts embedded | pipeline passages/s | bare encode passages/s "
             "| pipeline / bare | parse s | store s | embed passages s | embed sentences s | vectors s | load avg |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        st = r["stages_s"]
        lines.append(
            f"| {r['collection']} | {r['files']} | {r['passages']} | {r['texts_embedded']} "
            f"| {r['pipeline_passages_per_s']:.1f} | {r['bare_passages_per_s']:.1f} | {r['ratio']:.2f} "
            f"| {r['parse_s']:.2f} | {st.get('store', 0):.2f} | {st.get('embed passages', 0):.2f} "
            f"| {st.get('embed sentences', 0):.2f} | {st.get('vectors', 0):.3f} | {r['loadavg'][0][0]}→{r['loadavg'][1][0]} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=ROOT / "sources")
    parser.add_argument("--scifact", type=Path, default=SCIFACT)
    parser.add_argument("--scifact-limit", type=int, default=300, help="SciFact abstracts (0 skips)")
    parser.add_argument("--threads", type=int, default=None, help="encoding threads (default: all cores, max 8)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    load_start = loadavg()
    embedder = Embedder(threads=args.threads)
    start = time.perf_counter()
    embedder.warm_up()
    embedder.encode_passages(["opwarmen: een korte zin.", "warm-up " * 60])  # first-call allocations
    load_s = time.perf_counter() - start
    rows = [bench_collection("bundled leaflets (sources/)", find_sources([args.sources]), args.sources, embedder)]
    if args.scifact_limit and (args.scifact / "corpus.jsonl").exists():
        with tempfile.TemporaryDirectory(prefix="bench-scifact-") as folder:
            files = scifact_files(args.scifact, args.scifact_limit, Path(folder))
            rows.append(bench_collection(f"SciFact, first {len(files)} abstracts", files, Path(folder), embedder))
    import torch

    settings = {"model": embedder.name, "bf16_autocast": embedder.bf16, "torch_threads": torch.get_num_threads(),
                "batch_size": BATCH_SIZE, "model_load_s": round(load_s, 2)}
    report = {"machine": machine(), "settings": settings, "rows": rows}
    publish(report, "Ingest", settings, load_start, markdown(rows), args.json)


if __name__ == "__main__":
    main()
