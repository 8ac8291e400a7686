"""Does a small learned combination of the search's signals judge coverage better than the
evidence alone, on question sets it was not fitted on?

    python benchmarks/verdict_sets.py collect ROWS.json --indexes /tmp/verdict-indexes
    python benchmarks/verdict_model.py ROWS.json --split [--sets] [--model NAME ...] [--forward] [--coefficients]
    python benchmarks/verdict_model.py ROWS.json [MORE.json] --fresh-from 39 [--model NAME]
    python benchmarks/verdict_model.py ROWS.json --adopt

Reads the rows `verdict_sets.py collect` writes (each question's evidence and its "signals")
and checks, leaving one question set out at a time, a linear logistic model over at most six
standardised signals (L2-regularised, fitted with numpy) against the evidence alone. For each
held-out set the threshold is the one with the best Youden's J on the other sets' questions,
for the evidence (less its language's midpoint, as index/confidence.py has it) as for the model,
so both are judged the same way. Printed: AUROC of the held-out scores and answered questions
kept / unanswered ones flagged at that threshold, for the 7 tuning sets, the red teams (written
by others before any search), all pooled, and nl/en against third-language questions; `--sets`
adds every set, `--forward` a greedy choice of signals (which flatters itself a little: it
chooses on the held-out scores), `--coefficients` each model fitted on all sets. `--split` gives
questions in a third language a threshold of their own, as the search does, and the models the
evidence alone there; without it they share one model with a `third` signal. Rules that decide a question outside the evidence (a one-word lookup the first
leaflet uses, a number found or not, a question that asks nothing) decide it for both.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np

from index.confidence import MIDPOINT, THIRD_LANGUAGE_MIDPOINT
from leaflets.evaluate import auroc

L2 = 1.0  # on the summed log-loss of standardised features


def _signal(row: dict, name: str) -> float:
    s = row["signals"]
    if name == "third":
        return float(row["third_language"])
    if name == "subject_evidence":  # no title word asked: nothing lost without the subject
        return s.get("subject_evidence", s.get("query_evidence", 0.0))
    if name == "subject_loss":
        return s.get("query_evidence", 0.0) - s.get("subject_evidence", s.get("query_evidence", 0.0))
    if name == "unknown_cost":  # what the missing words took off the closest sentence's cosine
        return s.get("sentence_cosine", 0.0) - s.get("query_evidence", 0.0)
    if name == "log_words":
        return math.log1p(s.get("content_words", 0.0))
    if name == "evidence_margin":  # the evidence less its language's midpoint
        return row["evidence"] - (THIRD_LANGUAGE_MIDPOINT if row["third_language"] else MIDPOINT)
    return s.get(name, 0.0)


# candidate models, named; each at most six signals
MODELS: dict[str, tuple[str, ...]] = {
    "evidence+third": ("evidence", "third"),
    "evidence, gap": ("evidence", "third", "score_gap", "top_cosine"),
    "evidence, shares": ("evidence", "third", "passage_share", "leaflet_share"),
    "parts": ("sentence_cosine", "unknown_cost", "subject_loss", "third"),
    "parts+length": ("sentence_cosine", "unknown_cost", "subject_loss", "third", "log_words", "unknown_terms"),
    "evidence, top": ("evidence", "third", "top_cosine", "top_sentence_cosine", "top_bm25_share", "log_words"),
    "evidence, top gap": ("evidence", "third", "score_gap"),
    "evidence, top cosine": ("evidence", "third", "top_cosine"),
    "evidence, mix": ("evidence", "third", "passage_share", "top_cosine", "score_gap", "log_words"),
    "evidence, words": ("evidence", "third", "unknown_terms", "log_words", "leaflet_share", "top_bm25_share"),
}
POOL = ("evidence", "third", "sentence_cosine", "unknown_cost", "subject_loss", "unknown_terms",
        "closest_sentence_cosine", "top_cosine", "top_sentence_cosine", "top_bm25_share", "top_score",
        "score_gap", "log_words", "passage_share", "leaflet_share")


def _ruled(row: dict) -> float | None:
    """+inf or -inf where a rule, not the evidence, decides the verdict; None otherwise."""
    s = row["signals"]
    if not math.isfinite(row["evidence"]) or not s:
        return -math.inf
    if "lookup" in s:
        return math.inf if s["lookup"] >= 1 else -math.inf
    return None


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """Weights (intercept last) of an L2-regularised logistic regression, by Newton's method."""
    a = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(a @ w, -30, 30)))
        grad = a.T @ (p - y) + penalty * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def youden(scores: np.ndarray, y: np.ndarray) -> float:
    """The threshold (covered at or above) with the best TPR + TNR on these scores."""
    finite = np.unique(scores[np.isfinite(scores)])
    cuts = np.concatenate([[finite[0] - 1], (finite[1:] + finite[:-1]) / 2, [finite[-1] + 1]])
    pos, neg = scores[y == 1], scores[y == 0]
    pos_sorted, neg_sorted = np.sort(pos), np.sort(neg)
    tpr = 1 - np.searchsorted(pos_sorted, cuts, side="left") / max(len(pos), 1)
    tnr = np.searchsorted(neg_sorted, cuts, side="left") / max(len(neg), 1)
    return float(cuts[np.argmax(tpr + tnr)])


class Rows:
    def __init__(self, data: dict[str, list[dict]], names: tuple[str, ...]):
        rows = [(name, row) for name, found in data.items() for row in found]
        self.set = np.array([name for name, _ in rows])
        self.y = np.array([float(row["answered"]) for _, row in rows])
        self.third = np.array([bool(row["third_language"]) for _, row in rows])
        self.rule = np.array([np.nan if (r := _ruled(row)) is None else r for _, row in rows])
        self.names = list(dict.fromkeys([*names, "evidence"]))
        self.x = np.array([[_signal(row, n) for n in self.names] for _, row in rows])
        self.margin = np.array([_signal(row, "evidence_margin") for _, row in rows])
        self.evidence = np.array([row["evidence"] for _, row in rows])
        self.covered = np.array([bool(row["covered"]) for _, row in rows])


def held_out(rows: Rows, names: tuple[str, ...] | None, l2: float = L2,
             split: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Per question: its score from the model fitted without its set, less that model's
    training threshold, and whether that threshold calls it covered. `names` None: the
    evidence margin alone. `split`: questions in a third language get a model and threshold
    of their own, over the evidence alone (their words are all missing from every leaflet,
    so the word signals say nothing there); without a model, a threshold of their own."""
    scores = np.zeros(len(rows.y))
    verdict = np.zeros(len(rows.y), dtype=bool)
    free = np.isnan(rows.rule)
    everyone = np.ones(len(rows.y), dtype=bool)
    parts = [(~rows.third, names), (rows.third, ("evidence",) if names else None)] if split else [(everyone, names)]
    for name in np.unique(rows.set):
        for part, features in parts:
            test, train = (rows.set == name) & part, (rows.set != name) & free & part
            if not test.any():
                continue
            if features is None:
                train_scores, test_scores = rows.margin[train], rows.margin[test]
            else:
                columns = [rows.names.index(f) for f in features]
                x = rows.x[:, columns]
                mean, std = x[train].mean(0), x[train].std(0) + 1e-12
                w = fit((x[train] - mean) / std, rows.y[train], l2)
                train_scores = (x[train] - mean) / std @ w[:-1] + w[-1]
                test_scores = (x[test] - mean) / std @ w[:-1] + w[-1]
            threshold = youden(train_scores, rows.y[train])
            # centred on the fold's own threshold, so that folds' scores pool as their verdicts do
            scores[test] = np.where(free[test], test_scores - threshold, rows.rule[test])
            verdict[test] = scores[test] >= 0
    return scores, verdict


def summary(mask: np.ndarray, y: np.ndarray, scores: np.ndarray, verdict: np.ndarray) -> tuple:
    pos, neg = mask & (y == 1), mask & (y == 0)
    area = auroc(scores[pos].tolist(), scores[neg].tolist())
    return int(verdict[pos].sum()), int((~verdict[neg]).sum()), area, int(pos.sum()), int(neg.sum())


def _fmt(s: tuple) -> str:
    kept, flagged, area, npos, nneg = s
    a = "  n/a" if area is None else f"{area:.3f}"
    return f"{kept:5d}/{npos:<5d} {flagged:4d}/{nneg:<4d} {a}"


def report(rows: Rows, results: dict[str, tuple[np.ndarray, np.ndarray]], per_set: bool) -> None:
    red = np.char.startswith(rows.set.astype(str), "rt")
    groups = {"tuning (7 sets)": ~red, "red teams": red, "pooled": np.ones(len(rows.y), dtype=bool),
              "pooled nl/en": ~rows.third, "pooled third lang.": rows.third,
              "red teams nl/en": red & ~rows.third, "tuning nl/en": ~red & ~rows.third}
    if per_set:
        groups |= {name: rows.set == name for name in dict.fromkeys(rows.set.tolist())}
    header = "".join(f" | {label[:27]:^27s}" for label in results)
    print(f"{'held out':22s}{header}")
    print(f"{'':22s}" + " | kept        flagged   AUROC" * len(results))
    for label, mask in groups.items():
        print(f"{label:22s}" + "".join(f" | {_fmt(summary(mask, rows.y, *r))}" for r in results.values()))
    for label, mask in (("tuning", ~red), ("red teams", red)):
        means = []
        for r in results.values():
            areas = [summary(mask & (rows.set == name), rows.y, *r)[2] for name in np.unique(rows.set[mask])]
            means.append(np.mean([a for a in areas if a is not None]))
        print(f"{'mean set AUROC, ' + label:22s}" + "".join(f" | {'':19s}{m:.3f}" for m in means))
        base = [summary(mask & (rows.set == name), rows.y, *results["evidence alone"])[2]
                for name in np.unique(rows.set[mask])]
        moves = []
        for r in results.values():
            areas = [summary(mask & (rows.set == name), rows.y, *r)[2] for name in np.unique(rows.set[mask])]
            up = sum(a > b + 1e-9 for a, b in zip(areas, base) if a is not None and b is not None)
            down = sum(a < b - 1e-9 for a, b in zip(areas, base) if a is not None and b is not None)
            moves.append(f"{up:2d} up, {down:2d} down")
        print(f"{'sets, ' + label:22s}" + "".join(f" | {m:>27s}" for m in moves))


def fresh(data: dict[str, list[dict]], names: tuple[str, ...], first: int, l2: float = L2) -> None:
    """The test session 50 wrote down before its rows were collected (docs/quality.md): the model
    fitted ONCE on the tuning sets and the red teams before `first`, its threshold and the
    evidence's Youden-best there, then scored on the red teams from `first` on, which took no part
    in choosing it. Dutch and English questions only (a third language keeps the evidence alone)."""
    rows = Rows(data, names)
    merged = np.char.startswith(rows.set.astype(str), "merged")  # several sets in one index: never fitted on
    number = np.array([int(name[2:]) if name.startswith("rt") else 0 for name in rows.set.tolist()])
    free, nl = np.isnan(rows.rule), ~rows.third
    train, test = (number < first) & free & nl & ~merged, (number >= first) & nl
    x = rows.x[:, [rows.names.index(n) for n in names]]
    mean, std = x[train].mean(0), x[train].std(0) + 1e-12
    w = fit((x[train] - mean) / std, rows.y[train], l2)
    model = (x - mean) / std @ w[:-1] + w[-1]
    raw = w[:-1] / std
    print("fitted once:", ", ".join(f"{c:+.1f}·{n}" for c, n in zip(raw, names)), f"{w[-1] - raw @ mean:+.1f}")
    results = {}
    for label, score in (("evidence alone", rows.margin), ("model", model)):
        threshold = youden(score[train], rows.y[train])
        print(f"{label}: threshold {threshold:+.3f} (Youden-best on the sets it was fitted on)")
        centred = np.where(free, score - threshold, rows.rule)
        results[label] = (centred, centred >= 0)
    fresh_sets = sorted(set(rows.set[test].tolist()), key=lambda name: int(name[2:]))
    print(f"{'fresh sets, nl/en':22s} | {'evidence alone':^27s} | {'model':^27s}")
    up = 0
    for label, mask in [("pooled", test), *((name, test & (rows.set == name)) for name in fresh_sets)]:
        a, b = (summary(mask, rows.y, *results[k]) for k in ("evidence alone", "model"))
        up += label != "pooled" and a[2] is not None and b[2] is not None and b[2] > a[2]
        print(f"{label:22s} | {_fmt(a)} | {_fmt(b)}")
    print(f"fresh sets whose AUROC the model raises: {up} of {len(fresh_sets)}")
    for name in sorted(set(rows.set[merged].tolist())):
        a, b = (summary(merged & nl & (rows.set == name), rows.y, *results[k]) for k in ("evidence alone", "model"))
        print(f"{name:22s} | {_fmt(a)} | {_fmt(b)}   (one index of several sets)")


def adopt(data: dict[str, list[dict]], names: tuple[str, ...], l2: float = L2) -> None:
    """The constants index/confidence.py would take for the learned verdict (not adopted:
    docs/quality.md): the model fitted on every set's Dutch and English questions (those no
    rule decides), in raw units, with the intercept less the Youden-best threshold as its
    bias, so that 0 is the coverage line."""
    rows = Rows(data, names)
    train = np.isnan(rows.rule) & ~rows.third & ~np.char.startswith(rows.set.astype(str), "merged")
    x = rows.x[:, [rows.names.index(n) for n in names]]
    mean, std = x[train].mean(0), x[train].std(0) + 1e-12
    w = fit((x[train] - mean) / std, rows.y[train], l2)
    raw = w[:-1] / std
    bias = w[-1] - float(raw @ mean)
    threshold = youden(x[train] @ raw + bias, rows.y[train])
    print(f"fitted on {int(train.sum())} questions of {len(set(rows.set[train].tolist()))} sets")
    for name, value in zip(names, raw):
        print(f"LEARNED_{name.upper()} = {value:.3f}")
    print(f"LEARNED_BIAS = {bias - threshold:.3f}  # intercept {bias:.3f} less the threshold {threshold:.3f}")


def forward(data: dict[str, list[dict]], split: bool, budget: int = 6) -> list[str]:
    """Greedy forward selection of signals by pooled held-out AUROC (with the evidence, and the
    third language unless `split`). It chooses on the held-out scores themselves, so its own
    figures flatter it a little."""
    chosen: list[str] = ["evidence"] if split else ["evidence", "third"]
    best = None
    while len(chosen) < budget:
        trial = {}
        for name in POOL:
            if name in chosen or split and name == "third":
                continue
            names = tuple(chosen + [name])
            rows = Rows(data, names)
            scores, verdict = held_out(rows, names, split=split)
            trial[name] = summary(np.ones(len(rows.y), dtype=bool), rows.y, scores, verdict)[2]
        name = max(trial, key=trial.get)
        if best is not None and trial[name] <= best + 0.002:
            break
        best = trial[name]
        chosen.append(name)
        print(f"forward: + {name} -> pooled held-out AUROC {best:.3f}")
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", type=Path, nargs="+", help="rows files of `verdict_sets.py collect`, merged")
    parser.add_argument("--sets", action="store_true", help="every set too")
    parser.add_argument("--model", nargs="*", default=None, help="model names (default: all)")
    parser.add_argument("--forward", action="store_true", help="greedy forward selection as well")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--split", action="store_true",
                        help="third-language questions: the evidence alone, with a threshold of their own")
    parser.add_argument("--coefficients", action="store_true", help="each model fitted on all sets")
    parser.add_argument("--fresh-from", type=int, metavar="N",
                        help="fit once on the tuning sets and red teams before N, score those from N on")
    parser.add_argument("--adopt", action="store_true",
                        help="the constants a learned verdict would take, fitted on every set")
    args = parser.parse_args()
    data = {name: found for path in args.rows for name, found in json.loads(path.read_text()).items()}
    if args.adopt:
        adopt(data, tuple(n for n in MODELS["evidence, gap"] if n != "third"), args.l2)
        return
    if args.fresh_from:
        for label in args.model or ["evidence, gap"]:
            fresh(data, tuple(n for n in MODELS[label] if n != "third"), args.fresh_from, args.l2)
        return
    base = Rows(data, ())
    red = np.char.startswith(base.set.astype(str), "rt")
    for label, mask in (("pooled", np.ones(len(base.y), dtype=bool)), ("nl/en", ~base.third)):
        pos, neg = mask & (base.y == 1), mask & (base.y == 0)
        print(f"as collected, {label}: kept {base.covered[pos].sum()}/{pos.sum()}, flagged "
              f"{(~base.covered[neg]).sum()}/{neg.sum()}, evidence AUROC "
              f"{auroc(base.evidence[pos].tolist(), base.evidence[neg].tolist()):.3f}")
    print(f"questions decided by a rule: {int((~np.isnan(base.rule)).sum())}; sets {len(set(base.set))}"
          f" ({int((~red).sum())} tuning questions, {int(red.sum())} red-team)")
    models = {name: MODELS[name] for name in (args.model or MODELS)}
    if args.forward:
        models["forward"] = tuple(forward(data, args.split))
    results = {"evidence alone": held_out(base, None, split=args.split)}
    for label, names in models.items():
        if args.split:
            names = tuple(n for n in names if n != "third")
        rows = Rows(data, names)
        results[label] = held_out(rows, names, args.l2, args.split)
    rows = Rows(data, ())
    report(rows, results, args.sets)
    if args.coefficients:
        for label, names in models.items():
            if args.split:
                names = tuple(n for n in names if n != "third")
            r = Rows(data, names)
            free = np.isnan(r.rule) & (~r.third if args.split else True)
            x = r.x[:, [r.names.index(n) for n in names]]
            mean, std = x[free].mean(0), x[free].std(0) + 1e-12
            w = fit((x[free] - mean) / std, r.y[free], args.l2)
            raw = w[:-1] / std
            print(f"{label}: " + ", ".join(f"{n} {c:+.3f} (mean {m:.3f}, sd {s:.3f})"
                                         for n, c, m, s in zip(names, w[:-1], mean, std))
                  + f"; intercept {w[-1]:+.3f}; raw: " + " + ".join(f"{c:.2f}*{n}" for n, c in zip(names, raw))
                  + f" + {w[-1] - float(raw @ mean):.2f}")


if __name__ == "__main__":
    main()
