"""Choose the coverage threshold on half of the dev set and check it on the other half.

    python benchmarks/calibrate_coverage.py tests/data/dev_questions.jsonl [--index DIR]

Questions with even numbers tune, odd ones are held out. For each question the
coverage evidence (index/confidence.py) is computed through the real search;
the threshold that maximises Youden's J (true-positive rate + true-negative
rate - 1) on the tuning half is printed with its rates on both halves.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from leaflets.api import open_searcher
from leaflets.config import Settings
from leaflets.evaluate import load_questions


def rates(points, threshold):
    covered = [e for e, c in points if c]
    uncovered = [e for e, c in points if not c]
    tpr = sum(e >= threshold for e in covered) / max(len(covered), 1)
    tnr = sum(e < threshold for e in uncovered) / max(len(uncovered), 1)
    return tpr, tnr


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("questions", type=Path)
    parser.add_argument("--index", type=Path)
    args = parser.parse_args()
    searcher = open_searcher(Settings.from_env().with_overrides(index=args.index))
    searcher.subject_gate = float("-inf")  # every question's evidence fully checked, at any threshold
    halves = {"tune": [], "holdout": []}
    for question in load_questions(args.questions):
        result = searcher.search(question.question, k=1)
        value = result.signals.get("evidence", float("-inf"))  # no candidates: no evidence
        half = "tune" if int("".join(ch for ch in question.id if ch.isdigit())) % 2 == 0 else "holdout"
        halves[half].append((value, question.covered))
    values = sorted(e for e, _ in halves["tune"])
    candidates = [(a + b) / 2 for a, b in zip(values, values[1:])]
    best = max(candidates, key=lambda t: sum(rates(halves["tune"], t)) - 1)
    print(f"threshold (evidence) chosen on the tuning half: {best:.4f}")
    for name, points in halves.items():
        tpr, tnr = rates(points, best)
        print(f"{name:8s} covered kept: {tpr:.3f}  uncovered flagged: {tnr:.3f}  (n={len(points)})")


if __name__ == "__main__":
    main()
