"""Every committed question set's coverage verdicts, collected once and compared between changes.

    python benchmarks/verdict_sets.py collect BEFORE.json --indexes /tmp/verdict-indexes
    (change the search)
    python benchmarks/verdict_sets.py collect AFTER.json --indexes /tmp/verdict-indexes
    python benchmarks/verdict_sets.py compare BEFORE.json AFTER.json [-v]
    python benchmarks/verdict_sets.py merge /tmp/m53 /tmp/m53.jsonl rt53 rt54 ... rt59
    python benchmarks/verdict_sets.py collect M.json --indexes /tmp/verdict-indexes --set merged53 /tmp/m53.jsonl /tmp/m53
    python benchmarks/verdict_sets.py collect D3.json --indexes /tmp/verdict-indexes --depth 3

A change to the coverage verdict (index/confidence.py, the word costs in index/search.py) moves
some questions across the threshold in every set; a gain on the sets it was tuned on says little
unless the red-team sets, written by others before any search, move the same way. `collect`
builds an index of each set's leaflets under `--indexes` the first time (about eight minutes for
all; `--refresh` ingests them again after an ingest change, from the checkout that built them),
searches every question through the real search with the subject check always on (as
benchmarks/calibrate_coverage.py does, so the evidence is comparable at any threshold) and
writes, per question, its evidence, verdict, language and the rank of its first answering
passage, and under "signals" what the search measured besides (SearchResult.signals: the
sentence cosine, the evidence before the subject check and without the subject, the first hit's
dense cosine and BM25 share) and what its hits show (`_hit_signals`), for studies of the verdict
(benchmarks/verdict_model.py). `compare` prints per set and pooled: answered questions kept (judged covered), those
kept with the answer first, unanswered ones flagged, AUROC of the evidence (all questions, and
those in the leaflets' language or the second one), and Youden's J at MIDPOINT with the
threshold where J is best; `-v` lists the questions whose verdict changed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from calibrate_coverage import rates, youden_threshold
import index.search as search_module
from index.confidence import MIDPOINT
from index.lexical import SECOND_LANGUAGE
from index.search import _uses, unshouted
from leaflets.api import ingest_paths, open_searcher
from leaflets.config import Settings
from leaflets.evaluate import answers, auroc, load_questions

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SOURCES = Path(__file__).resolve().parent.parent / "sources"

# set name -> (questions file, leaflets folder); the tuning sets first, then the red teams
TUNING = {
    "dev": ("dev_questions.jsonl", DATA / "leaflets"),
    "translated_dev": ("translated_dev_questions.jsonl", DATA / "leaflets"),
    "patients": ("patient_questions.jsonl", SOURCES),
    "translated_patients": ("translated_patient_questions.jsonl", SOURCES),
    "enbrel": ("enbrel_questions.jsonl", SOURCES),
    "synthetic": ("synthetic_questions.jsonl", DATA / "synthetic_leaflets"),
    "unseen": ("unseen_questions.jsonl", DATA / "unseen_leaflets"),
}


def question_sets() -> dict[str, tuple[Path, Path]]:
    sets = {name: (DATA / questions, folder) for name, (questions, folder) in TUNING.items()}
    red = sorted(DATA.glob("redteam*_questions.jsonl"), key=lambda p: int(p.name[7:].split("_")[0]))
    for questions in red:
        number = questions.name[7:].split("_")[0]
        sets[f"rt{number}"] = (questions, DATA / f"redteam{number}_leaflets")
    return sets


def collect(out: Path, indexes: Path, only: list[str], refresh: bool = False,
            extra: dict[str, tuple[Path, Path]] | None = None, depth: int | None = None) -> None:
    settings = Settings.from_env()
    if depth is not None:  # how many texts of the fused ranking the verdict reads
        search_module.EVIDENCE_DEPTH = depth
    found: dict[str, list[dict]] = {}
    built: dict[Path, Path] = {}
    for name, (questions, folder) in {**question_sets(), **(extra or {})}.items():
        if only and name not in only:
            continue
        if folder not in built:
            index = indexes / folder.name
            if refresh or not (index / "CURRENT").exists():
                outcome = ingest_paths(settings.with_overrides(index=index, sources=folder))
                for error in outcome.errors:
                    print(f"{name}: {error}", file=sys.stderr)
            built[folder] = index
        searcher = open_searcher(settings.with_overrides(index=built[folder]))
        searcher.subject_gate = float("-inf")
        second = SECOND_LANGUAGE.get(searcher.analyzer.language, "")
        rows = []
        for question in load_questions(questions):
            result = searcher.search(question.question, k=10)
            rank = next((rank for rank, hit in enumerate(result.hits, 1)
                         if any(answers(hit.passage.text, quote) for quote in question.answers)), None)
            rows.append({"id": question.id, "question": question.question, "answered": question.covered,
                         "evidence": result.signals.get("evidence", float("-inf")),
                         "covered": result.covered, "rank": rank,
                         "third_language": result.language not in ("", second),
                         "signals": {**result.signals, **_hit_signals(searcher, result)}})
        searcher.store.close()
        found[name] = rows
        print(f"{name}: {len(rows)} questions", file=sys.stderr)
    out.write_text(json.dumps(found, ensure_ascii=False, indent=1))


def merge(folder: Path, questions: Path, names: list[str]) -> None:
    """Several sets' leaflets in one folder and their questions in one file, each file and id
    prefixed by its set: a larger collection to collect with `--set`, where more passages stand
    near every question (the red teams' subjects are distinct by their own rule)."""
    sets = question_sets()
    folder.mkdir(parents=True, exist_ok=True)
    with questions.open("w", encoding="utf-8") as out:
        for name in names:
            source, leaflets = sets[name]
            for path in sorted(leaflets.iterdir()):
                if path.is_file():
                    shutil.copy2(path, folder / f"{name}-{path.name}")
            for line in source.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    row["id"] = f"{name}-{row['id']}"
                    if row.get("leaflet"):
                        row["leaflet"] = f"{name}-{row['leaflet']}"
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _hit_signals(searcher, result) -> dict[str, float]:
    """What the hits say beside the verdict's own signals, for studies of the verdict: the
    fused scores of the first two hits and their gap, the query's content words, and the
    share of them (as analysed, a compound by its stem or all its parts) that the first
    hit's passage and its leaflet use."""
    words = searcher.analyzer.word_terms(unshouted(result.query))
    found: dict[str, float] = {"content_words": float(len(words)), "hits": float(len(result.hits))}
    if not result.hits:
        return found
    top = result.hits[0]
    found["top_score"] = top.score
    found["score_gap"] = top.score - result.hits[1].score if len(result.hits) > 1 else top.score
    if words:
        passage = set(searcher.analyzer.leaflet_terms(" ".join((*top.passage.headings, top.passage.text))))
        terms = sorted({term for group in words for term in group})
        leaflet = searcher.store.leaflet_terms(terms, [top.leaflet.id])[top.leaflet.id]
        found["passage_share"] = sum(_uses(group, passage) for group in words) / len(words)
        found["leaflet_share"] = sum(_uses(group, leaflet) for group in words) / len(words)
    return found


def _summary(rows: list[dict]) -> dict[str, float | int | None]:
    answered = [r for r in rows if r["answered"]]
    unanswered = [r for r in rows if not r["answered"]]
    own = [r for r in rows if not r["third_language"]]

    def area(rows: list[dict]) -> float | None:
        return auroc([r["evidence"] for r in rows if r["answered"]], [r["evidence"] for r in rows if not r["answered"]])

    return {"answered": len(answered), "unanswered": len(unanswered),
            "kept": sum(r["covered"] for r in answered),
            "rank1_kept": sum(r["covered"] and r["rank"] == 1 for r in answered),
            "flagged": sum(not r["covered"] for r in unanswered),
            "auroc": area(rows), "auroc_own": area(own)}


def _youden(rows: list[dict], threshold: float) -> float:
    return sum(rates(_points(rows), threshold)) - 1


def _points(rows: list[dict]) -> list[tuple[float, bool]]:
    return [(r["evidence"], r["answered"]) for r in rows]


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def compare(before: Path, after: Path, verbose: bool) -> None:
    old, new = json.loads(before.read_text()), json.loads(after.read_text())
    names = [name for name in new if name in old]
    print(f"{'set':20s} {'kept':>11s} {'rank-1 kept':>11s} {'flagged':>11s} {'AUROC':>13s} {'AUROC nl/en':>13s}")
    for label, pick in (*((name, [name]) for name in names),
                        ("red teams, pooled", [n for n in names if n.startswith("rt")])):
        if not pick:
            continue
        a = _summary([r for n in pick for r in old[n]])
        b = _summary([r for n in pick for r in new[n]])
        print(f"{label:20s} {a['kept']:4d} → {b['kept']:4d} {a['rank1_kept']:4d} → {b['rank1_kept']:4d} "
              f"{a['flagged']:4d} → {b['flagged']:4d} {_fmt(a['auroc'])} → {_fmt(b['auroc'])} "
              f"{_fmt(a['auroc_own'])} → {_fmt(b['auroc_own'])}   (n={b['answered']}+{b['unanswered']})")
    red = [n for n in names if n.startswith("rt")]
    for label, data in (("before", old), ("after", new)):
        rows = [r for n in red for r in data[n] if not r["third_language"]]
        if rows:
            best = youden_threshold(_points(rows))
            j = _youden(rows, best)
            print(f"red teams nl/en, {label}: J at MIDPOINT {MIDPOINT:.3f} = {_youden(rows, MIDPOINT):.3f}; "
                  f"best J {j:.3f} at {best:.3f}")
    if verbose:
        for name in names:
            for a, b in zip(old[name], new[name]):
                if a["id"] == b["id"] and (a["covered"] != b["covered"] or a["rank"] != b["rank"]):
                    truth = "answered" if b["answered"] else "unanswered"
                    print(f"{name} {b['id']} ({truth}) covered {a['covered']}→{b['covered']} "
                          f"rank {a['rank']}→{b['rank']} evidence {a['evidence']:.3f}→{b['evidence']:.3f}  "
                          f"{b['question']}")


def _at_least_one(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("the verdict reads at least one text")
    return number


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    gather = commands.add_parser("collect", help="search every set's questions and write their verdicts")
    gather.add_argument("out", type=Path)
    gather.add_argument("--indexes", type=Path, required=True, help="folder for the sets' indexes (kept)")
    gather.add_argument("--only", nargs="*", default=[], help="set names (dev, synthetic, rt13, ...)")
    gather.add_argument("--set", nargs=3, action="append", default=[], metavar=("NAME", "QUESTIONS", "LEAFLETS"),
                        help="a set of one's own, e.g. several red teams' leaflets in one index "
                             "(a name starting 'merged' is kept out of verdict_model.py's fits)")
    gather.add_argument("--depth", type=_at_least_one, default=None,
                        help="different texts of the fused ranking the verdict reads (default: the search's "
                             "EVIDENCE_DEPTH; 100 reads every candidate, as before session 54)")
    gather.add_argument("--refresh", action="store_true",
                        help="ingest the sets' leaflets again (after an ingest change) into indexes already built")
    joined = commands.add_parser("merge", help="several sets' leaflets and questions as one set, for `collect --set`")
    joined.add_argument("folder", type=Path)
    joined.add_argument("questions", type=Path)
    joined.add_argument("sets", nargs="+")
    against = commands.add_parser("compare", help="two collections side by side")
    against.add_argument("before", type=Path)
    against.add_argument("after", type=Path)
    against.add_argument("-v", "--verbose", action="store_true", help="list the questions whose verdict changed")
    args = parser.parse_args()
    if args.command == "merge":
        merge(args.folder, args.questions, args.sets)
    elif args.command == "collect":
        extra = {name: (Path(questions), Path(folder)) for name, questions, folder in args.set}
        collect(args.out, args.indexes, args.only + list(extra), args.refresh, extra, args.depth)
    else:
        compare(args.before, args.after, args.verbose)


if __name__ == "__main__":
    main()
