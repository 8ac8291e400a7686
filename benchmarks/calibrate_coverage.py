"""Choose the coverage threshold on question sets and check it on others.

    python benchmarks/calibrate_coverage.py --whole \\
        --set tests/data/dev_questions.jsonl DEV_INDEX \\
        --set tests/data/enbrel_questions.jsonl BUNDLED_INDEX \\
        --set tests/data/patient_questions.jsonl BUNDLED_INDEX \\
        --set tests/data/synthetic_questions.jsonl SYNTHETIC_INDEX \\
        --check tests/data/unseen_questions.jsonl UNSEEN_INDEX

Each `--set` or `--check` is a questions file and the index of the leaflets it asks about.
In a `--set`, questions with even numbers tune and odd ones are held out, or all of them tune
with `--whole`; the tuning questions of several `--set`s are pooled. `--check` sets are not
tuned on (whole). For each question the coverage evidence (index/confidence.py) is computed
through the real search. Youden's J (true-positive rate + true-negative rate - 1) on the
tuning questions is printed at its best threshold, with the plateau of thresholds whose J is
within `PLATEAU` of it: a few dozen uncovered questions make the single best point a spike
that one question can move, so the default is the plateau's centre. The rates and AUROC of
every set and check follow, at that centre.

Questions in a third language (Turkish, Arabic, Polish asked of Dutch leaflets) have a
midpoint of their own (index/confidence.py, THIRD_LANGUAGE_MIDPOINT). `--third-language` keeps
only the questions the search names a third language for, and `--false-coverage RATE` chooses
the lowest threshold that calls at most that share of unanswered questions covered, in place of
Youden's J: the rate that Dutch questions get at MIDPOINT, read with `--at`, which reports every
set at a given threshold:

    python benchmarks/calibrate_coverage.py --whole --at 0.840 \
        --set tests/data/dev_questions.jsonl DEV_INDEX --set tests/data/patient_questions.jsonl BUNDLED_INDEX
    python benchmarks/calibrate_coverage.py --whole --third-language --false-coverage RATE \
        --set tests/data/translated_dev_questions.jsonl DEV_INDEX \
        --set tests/data/translated_patient_questions.jsonl BUNDLED_INDEX
"""

from __future__ import annotations

import argparse
from pathlib import Path

from leaflets.api import open_searcher
from leaflets.config import Settings
from index.lexical import SECOND_LANGUAGE
from leaflets.evaluate import auroc, load_questions

Points = list[tuple[float, bool]]  # (evidence, covered) per question


def rates(points: Points, threshold: float) -> tuple[float, float]:
    covered = [e for e, c in points if c]
    uncovered = [e for e, c in points if not c]
    tpr = sum(e >= threshold for e in covered) / max(len(covered), 1)
    tnr = sum(e < threshold for e in uncovered) / max(len(uncovered), 1)
    return tpr, tnr


PLATEAU = 0.005  # of Youden's J


def youden_threshold(points: Points) -> float:
    return max(_candidates(points), key=lambda t: sum(rates(points, t)) - 1)


def youden_plateau(points: Points, slack: float = PLATEAU) -> tuple[float, float]:
    """The lowest and highest threshold of the run of thresholds around the best whose J
    stays within `slack` of it."""
    scored = [(t, sum(rates(points, t)) - 1) for t in _candidates(points)]
    if not scored:
        raise SystemExit("too few distinct evidence values to choose a threshold")
    best = max(range(len(scored)), key=lambda i: scored[i][1])
    low = high = best
    while low > 0 and scored[low - 1][1] >= scored[best][1] - slack:
        low -= 1
    while high < len(scored) - 1 and scored[high + 1][1] >= scored[best][1] - slack:
        high += 1
    return scored[low][0], scored[high][0]


def _candidates(points: Points) -> list[float]:
    values = sorted(e for e, _ in points)
    return [(a + b) / 2 for a, b in zip(values, values[1:]) if a != b]


def evidence_of(questions: Path, index: Path, third_language: bool = False) -> dict[str, Points]:
    """Each question's evidence, split into the tuning (even ids) and held-out (odd) halves;
    with `third_language`, only of the questions the search names a third language for."""
    searcher = open_searcher(Settings.from_env().with_overrides(index=index))
    searcher.subject_gate = float("-inf")  # every question's evidence fully checked, at any threshold
    second = SECOND_LANGUAGE.get(searcher.analyzer.language)
    halves: dict[str, Points] = {"tune": [], "holdout": []}
    for question in load_questions(questions):
        result = searcher.search(question.question, k=1)
        if third_language and result.language in ("", second):
            continue
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
    parser.add_argument("--whole", action="store_true", help="every question of a --set tunes, not half")
    parser.add_argument("--third-language", action="store_true",
                        help="only questions the search names a third language for")
    parser.add_argument("--false-coverage", type=float, metavar="RATE",
                        help="choose the lowest threshold that calls at most RATE of the unanswered covered")
    parser.add_argument("--at", type=float, metavar="T", help="report at this threshold, choose none")
    args = parser.parse_args()
    sets = {Path(q).name: evidence_of(Path(q), Path(i), args.third_language) for q, i in args.set}
    checks = {Path(q).name: evidence_of(Path(q), Path(i), args.third_language) for q, i in args.check}
    halves_tuned = ("tune", "holdout") if args.whole else ("tune",)
    pooled = [point for halves in sets.values() for half in halves_tuned for point in halves[half]]
    if args.at is not None:
        threshold = args.at
    elif args.false_coverage is not None:
        threshold = min((t for t in _candidates(pooled) if 1 - rates(pooled, t)[1] <= args.false_coverage),
                        default=float("inf"))
        print(f"lowest threshold (evidence) that calls at most {args.false_coverage:.3f} of the unanswered "
              f"tuning questions covered: {threshold:.4f}")
    else:
        best = youden_threshold(pooled)
        low, high = youden_plateau(pooled)
        threshold = (low + high) / 2
        print(f"best threshold (evidence) on the tuning questions: {best:.4f}; "
              f"J within {PLATEAU} of it from {low:.4f} to {high:.4f}, centre {threshold:.4f}")
    print(report("all tuning questions, pooled", pooled, threshold))
    for name, halves in sets.items():
        if args.whole:
            print(report(f"{name} (tuned on)", halves["tune"] + halves["holdout"], threshold))
            continue
        for half in ("tune", "holdout"):
            print(report(f"{name} {half}", halves[half], threshold))
    for name, halves in checks.items():
        print(report(f"{name} (not tuned on)", halves["tune"] + halves["holdout"], threshold))


if __name__ == "__main__":
    main()
