"""Choose the coverage threshold on half of the dev set and check it on other sets.

    python benchmarks/calibrate_coverage.py --set tests/data/dev_questions.jsonl DEV_INDEX \\
        --check tests/data/enbrel_questions.jsonl BUNDLED_INDEX \\
        --check tests/data/patient_questions.jsonl BUNDLED_INDEX \\
        --check tests/data/synthetic_questions.jsonl SYNTHETIC_INDEX

Each `--set` or `--check` is a questions file and the index of the leaflets it asks about.
In a `--set`, questions with even numbers tune and odd ones are held out; the tuning halves
of several `--set`s are pooled (the default threshold was chosen on the dev set alone).
`--check` sets are not tuned on (whole). For each question the coverage evidence
(index/confidence.py) is computed through the real search; the threshold that maximises
Youden's J (true-positive rate + true-negative rate - 1) on the tuning half is printed
with the rates and AUROC of every half and check.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from leaflets.api import open_searcher
from leaflets.config import Settings
from leaflets.evaluate import auroc, load_questions

Points = list[tuple[float, bool]]  # (evidence, covered) per question


def rates(points: Points, threshold: float) -> tuple[float, float]:
    covered = [e for e, c in points if c]
    uncovered = [e for e, c in points if not c]
    tpr = sum(e >= threshold for e in covered) / max(len(covered), 1)
    tnr = sum(e < threshold for e in uncovered) / max(len(uncovered), 1)
    return tpr, tnr


def youden_threshold(points: Points) -> float:
    values = sorted(e for e, _ in points)
    candidates = [(a + b) / 2 for a, b in zip(values, values[1:])]
    return max(candidates, key=lambda t: sum(rates(points, t)) - 1)


def evidence_of(questions: Path, index: Path) -> dict[str, Points]:
    """Each question's evidence, split into the tuning (even ids) and held-out (odd) halves."""
    searcher = open_searcher(Settings.from_env().with_overrides(index=index))
    searcher.subject_gate = float("-inf")  # every question's evidence fully checked, at any threshold
    halves: dict[str, Points] = {"tune": [], "holdout": []}
    for question in load_questions(questions):
        result = searcher.search(question.question, k=1)
        value = result.signals.get("evidence", float("-inf"))  # no candidates: no evidence
        half = "tune" if int("".join(ch for ch in question.id if ch.isdigit())) % 2 == 0 else "holdout"
        halves[half].append((value, question.covered))
    searcher.store.close()
    return halves


def report(name: str, points: Points, threshold: float) -> str:
    tpr, tnr = rates(points, threshold)
    found = auroc([e for e, c in points if c], [e for e, c in points if not c])
    area = f"{found:.3f}" if found is not None else "n/a"
    answered = sum(c for _, c in points)
    return (f"{name:48s} covered kept {tpr:.3f}  uncovered flagged {tnr:.3f}  AUROC {area}  "
            f"(n={answered}+{len(points) - answered})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", nargs=2, action="append", metavar=("QUESTIONS", "INDEX"), required=True,
                        help="a questions file and its index; its even-numbered half tunes")
    parser.add_argument("--check", nargs=2, action="append", metavar=("QUESTIONS", "INDEX"), default=[],
                        help="a questions file and its index, held out whole")
    args = parser.parse_args()
    sets = {Path(q).name: evidence_of(Path(q), Path(i)) for q, i in args.set}
    checks = {Path(q).name: evidence_of(Path(q), Path(i)) for q, i in args.check}
    pooled = [point for halves in sets.values() for point in halves["tune"]]
    threshold = youden_threshold(pooled)
    print(f"threshold (evidence) chosen on the tuning half: {threshold:.4f}")
    for name, halves in sets.items():
        for half in ("tune", "holdout"):
            print(report(f"{name} {half}", halves[half], threshold))
    for name, halves in checks.items():
        print(report(f"{name} (not tuned on)", halves["tune"] + halves["holdout"], threshold))


if __name__ == "__main__":
    main()
