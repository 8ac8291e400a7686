"""Quote-based evaluation of leaflet search (the rules of `eval/README.md`).

The development questions name their right answers as exact quotes from the leaflets, not as
passage ids, so the evaluation does not depend on how ingestion splits leaflets into passages:
a returned passage is correct when it holds at least half of an answer quote, contiguously,
after normalisation.  This module is pure: it takes the texts a search returned and the texts of
every passage in the index, and knows nothing about the search engine (the CLI glues the two).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from index.confidence import COVERED
from ingest.document import same_text_key

TOP_K = 10
"""Depth of the ranking the metrics look at (MRR@10, nDCG@10)."""

DEFAULT_LANGUAGE = "nl"
"""The leaflets' language when nothing names it (the index's analyzer language does)."""

_MIN_PROBE = 8
"""Shortest probe window of the prefilter in `_Quote.answered_by`."""

_WHITESPACE = re.compile(r"\s+")
_CURLY_SINGLE = str.maketrans({"\u2018": "'", "\u2019": "'"})


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """Normalise text as the README prescribes, so quotes and passages compare fairly.

    Unicode NFKC (folds ligatures, full-width forms and non-breaking spaces), the curly single
    quotes ‘ and ’ turned into ', every whitespace run collapsed to one space, lowercase, ends
    stripped.  Cached: evaluation compares every passage with every quote, and each text should
    be normalised only once.
    """
    text = unicodedata.normalize("NFKC", text).translate(_CURLY_SINGLE)
    return _WHITESPACE.sub(" ", text).lower().strip()


class _Quote:
    """A normalised answer quote, prepared for many `answered_by` tests against passages.

    The README's rule (the longest common contiguous substring covers at least half of the
    quote) is equivalent to: some substring of the quote of length `need` = ceil(len / 2)
    occurs in the passage.  That turns the test into a few fast `in` searches instead of a
    longest-common-substring computation.
    """

    __slots__ = ("text", "need", "width", "probes")

    def __init__(self, normalized: str) -> None:
        self.text = normalized
        self.need = (len(normalized) + 1) // 2
        self.width = max(_MIN_PROBE, self.need // 2)
        self.probes = self._probe_windows()

    def _probe_windows(self) -> tuple[tuple[int, str], ...]:
        """(start, window) pairs of which one lies inside every length-`need` piece of the quote.

        With window width W and step s = need - W + 1, any interval [i, i + need) of the quote
        contains a window start j, a multiple of s, with j + W <= i + need.  So a passage that
        holds none of the windows cannot hold a length-`need` piece, and one that holds the
        window at j can only hold pieces starting in [j + W - need, j].  W = need / 2 (at least
        8) keeps about four windows per quote, long enough that unrelated passages built from
        the same vocabulary rarely contain one.
        """
        if self.need < _MIN_PROBE:
            return ()
        width = self.width
        step = self.need - width + 1
        last = len(self.text) - width
        return tuple((j, self.text[j : j + width]) for j in range(0, last + 1, step))

    def answered_by(self, passage: str) -> bool:
        """Whether the normalised `passage` holds at least half of this quote contiguously."""
        quote, need = self.text, self.need
        if not quote or not passage:
            return False
        if quote in passage:
            return True
        if not self.probes:
            return any(quote[i : i + need] in passage for i in range(len(quote) - need + 1))
        starts: set[int] = set()
        for j, probe in self.probes:
            if probe in passage:
                starts.update(range(max(0, j + self.width - need), min(j, len(quote) - need) + 1))
        return any(quote[i : i + need] in passage for i in sorted(starts))


@lru_cache(maxsize=1 << 12)
def _prepared(quote: str) -> _Quote:
    """The prepared form of a raw quote, built once per distinct quote."""
    return _Quote(normalize(quote))


def answers(passage: str, quote: str) -> bool:
    """Whether `passage` answers with `quote`: the README's half-the-quote rule.

    After normalisation, the longest common contiguous substring of passage and quote must cover
    at least half of the quote's characters (a 9-character quote needs 5).  An empty quote is
    answered by nothing.
    """
    return _prepared(quote).answered_by(normalize(passage))


@dataclass(frozen=True)
class Question:
    """One evaluation question; `answers` are exact quotes, empty when the leaflets lack one."""

    id: str
    question: str
    answers: tuple[str, ...]
    kind: str
    lang: str = ""
    leaflet: str = ""

    @property
    def covered(self) -> bool:
        """Whether the leaflets answer this question at all (it has at least one quote)."""
        return bool(self.answers)


def _question_from_json(obj: object) -> Question:
    """Validate one decoded JSONL record; raises ValueError saying what is wrong."""
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    for key in ("id", "question", "kind"):
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise ValueError(f"field {key!r} must be a non-empty string")
    quotes = obj.get("answers")
    if not isinstance(quotes, list) or not all(isinstance(q, str) and q.strip() for q in quotes):
        raise ValueError("field 'answers' must be a list of non-empty strings")
    for key in ("lang", "leaflet"):  # null as absent: an unanswered question names no leaflet
        if not isinstance(obj.get(key) or "", str):
            raise ValueError(f"field {key!r} must be a string or null")
    return Question(
        id=obj["id"],
        question=obj["question"],
        answers=tuple(quotes),
        kind=obj["kind"],
        lang=obj.get("lang") or "",
        leaflet=obj.get("leaflet") or "",
    )


def load_questions(path: Path) -> list[Question]:
    """Read a questions JSONL file (blank lines skipped).

    A malformed line or a repeated id raises ValueError naming the file and line number, so a
    typo in a hand-edited question set is found at once rather than silently skewing figures.
    """
    path = Path(path)
    questions: list[Question] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                question = _question_from_json(json.loads(line))
            except ValueError as exc:  # json.JSONDecodeError is a ValueError
                raise ValueError(f"{path}:{lineno}: bad question: {exc}") from exc
            if question.id in seen:
                raise ValueError(f"{path}:{lineno}: duplicate question id {question.id!r}")
            seen.add(question.id)
            questions.append(question)
    return questions


@dataclass(frozen=True)
class Ranking:
    """What the system returned for one question.

    `passages` are the texts of the returned passages, best first (at least the top 10 when the
    index has that many); `confidence` is the system's own "covered" score, higher meaning more
    likely that the leaflets answer the question.
    """

    question: Question
    passages: tuple[str, ...]
    confidence: float


@dataclass(frozen=True)
class Metrics:
    """Retrieval figures over `n` covered questions, plus the coverage AUROC (None if undefined)."""

    n: int
    recall_at_1: float
    recall_at_5: float
    mrr_at_10: float
    ndcg_at_10: float
    coverage_auroc: float | None

    def as_json(self) -> dict:
        """The `leaflets eval --json` form, with the key names of DESIGN.md."""
        return {
            "n": self.n,
            "recall@1": self.recall_at_1,
            "recall@5": self.recall_at_5,
            "mrr@10": self.mrr_at_10,
            "ndcg@10": self.ndcg_at_10,
            "coverage_auroc": self.coverage_auroc,
        }


@dataclass(frozen=True)
class QuestionOutcome:
    """How one question fared, for listing failures.

    `first_relevant_rank` is 1-based and None when no answering passage is in the top 10 (always
    None for an uncovered question); `ideal_relevant` is how many passages of the whole index
    answer the question; 0 for a covered question points to a problem in ingestion.
    """

    id: str
    kind: str
    first_relevant_rank: int | None
    confidence: float
    ideal_relevant: int


@dataclass(frozen=True)
class Report:
    """The full evaluation: overall figures, figures per kind and per language, and each
    question's outcome. `by_lang` is empty when the set has questions in one language only."""

    overall: Metrics
    by_kind: dict[str, Metrics]
    by_question: list[QuestionOutcome]
    by_lang: dict[str, Metrics] = field(default_factory=dict)


@dataclass(frozen=True)
class _Scored:
    """Internal per-question result: relevance flags of the top 10 and the ideal count."""

    ranking: Ranking
    relevant: tuple[bool, ...]
    ideal_relevant: int

    @property
    def first_rank(self) -> int | None:
        return next((i + 1 for i, rel in enumerate(self.relevant) if rel), None)

    def ndcg(self) -> float:
        """nDCG@10 with binary gains; the ideal puts min(10, answering passages) first.

        The ideal count is at least the number of answering passages in the top 10, so a
        ranking that returns passages missing from `all_passages` can never score above 1.
        """
        ideal = min(TOP_K, max(self.ideal_relevant, sum(self.relevant)))
        if ideal == 0:
            return 0.0
        dcg = sum(1.0 / math.log2(i + 2) for i, rel in enumerate(self.relevant) if rel)
        idcg = sum(1.0 / math.log2(i + 2) for i in range(ideal))
        return dcg / idcg


def _matches_any(quotes: Sequence[_Quote], passage: str) -> bool:
    """Whether a raw passage answers with any of the quotes."""
    normalized = normalize(passage)
    return any(quote.answered_by(normalized) for quote in quotes)


def _score(ranking: Ranking, index_norm: Sequence[str]) -> _Scored:
    """Relevance of the top 10 and the number of answering passages in the whole index."""
    quotes = [_prepared(q) for q in ranking.question.answers]
    if not quotes:
        return _Scored(ranking, (False,) * min(TOP_K, len(ranking.passages)), 0)
    relevant = tuple(_matches_any(quotes, p) for p in ranking.passages[:TOP_K])
    ideal = sum(1 for p in index_norm if any(q.answered_by(p) for q in quotes))
    return _Scored(ranking, relevant, ideal)


def auroc(positives: Sequence[float], negatives: Sequence[float]) -> float | None:
    """P(random positive scores above random negative), ties counting half; None if a class is empty.

    Computed from average ranks (Mann-Whitney U), so it stays fast for large sets.
    """
    if not positives or not negatives:
        return None
    labelled = sorted([(s, True) for s in positives] + [(s, False) for s in negatives])
    rank_sum = 0.0
    i = 0
    while i < len(labelled):
        j = i
        while j < len(labelled) and labelled[j][0] == labelled[i][0]:
            j += 1
        mean_rank = (i + 1 + j) / 2  # ranks i+1 .. j share their average
        rank_sum += mean_rank * sum(1 for _, pos in labelled[i:j] if pos)
        i = j
    n_pos, n_neg = len(positives), len(negatives)
    u = rank_sum - n_pos * (n_pos + 1) / 2
    return u / (n_pos * n_neg)


def _metrics(scored: Iterable[_Scored], negatives: Sequence[float]) -> Metrics:
    """Retrieval means over the covered questions of `scored`; AUROC of those against `negatives`."""
    covered = [s for s in scored if s.ranking.question.covered]
    n = len(covered)
    ranks = [s.first_rank for s in covered]

    def mean(values: Iterable[float]) -> float:
        return sum(values) / n if n else 0.0

    return Metrics(
        n=n,
        recall_at_1=mean(1.0 if r is not None and r <= 1 else 0.0 for r in ranks),
        recall_at_5=mean(1.0 if r is not None and r <= 5 else 0.0 for r in ranks),
        mrr_at_10=mean(1.0 / r if r is not None else 0.0 for r in ranks),
        ndcg_at_10=mean(s.ndcg() for s in covered),
        coverage_auroc=auroc([s.ranking.confidence for s in covered], negatives),
    )


def distinct_texts(passages: Iterable[str]) -> list[str]:
    """The index's passage texts with word-for-word copies counted once.

    The search shows a text that several leaflets print (EMA's leaflets for each strength of a
    medicine) as one hit naming the others, so the ideal ranking of nDCG holds it once too;
    otherwise a question answered in eight identical leaflets could never score 1.
    """
    return list(dict.fromkeys(same_text_key(text) for text in passages))


def evaluate(rankings: list[Ranking], all_passages: Sequence[str], language: str = "") -> Report:
    """Score rankings by the README's rules.

    Overall: Recall@1, Recall@5, MRR@10 and nDCG@10 are means over the covered questions only
    (`n` counts them); the coverage AUROC runs over all questions, covered ones positive, using
    each ranking's `confidence`.  `all_passages` must be every passage text of the index: the
    ideal DCG puts all of its answering passages first (at most 10), and a covered question that
    no passage answers scores nDCG 0.

    Per kind: the retrieval figures run over that kind's covered questions (0.0 each when it has
    none), and the AUROC compares that kind's covered questions with ALL uncovered questions of
    the set, which asks "does the system tell this kind of question from the unanswerable
    ones?".  For a kind with no covered questions (kind "uncovered") the AUROC is None, as it is
    whenever either class is empty.  Kinds appear in order of first occurrence.

    Per language (only when the set has more than one `lang`): the same figures over that
    language's questions, the AUROC against that language's own uncovered questions, since a
    translated set asks "in this language, are the answerable questions told from the others?".
    A question without `lang` is in the leaflets' own `language` (the index's analyzer
    language; Dutch when not given).
    """
    index_norm = [normalize(p) for p in all_passages]
    scored = [_score(r, index_norm) for r in rankings]
    uncovered = [s.ranking.confidence for s in scored if not s.ranking.question.covered]
    kinds = list(dict.fromkeys(s.ranking.question.kind for s in scored))
    leaflet_language = language or DEFAULT_LANGUAGE

    def lang_of(s: _Scored) -> str:
        return s.ranking.question.lang or leaflet_language

    langs = list(dict.fromkeys(map(lang_of, scored)))
    by_lang = {}
    if len(langs) > 1:
        for lang in langs:
            own = [s for s in scored if lang_of(s) == lang]
            by_lang[lang] = _metrics(
                own, [s.ranking.confidence for s in own if not s.ranking.question.covered])
    return Report(
        overall=_metrics(scored, uncovered),
        by_kind={
            kind: _metrics((s for s in scored if s.ranking.question.kind == kind), uncovered)
            for kind in kinds
        },
        by_question=[
            QuestionOutcome(
                id=s.ranking.question.id,
                kind=s.ranking.question.kind,
                first_relevant_rank=s.first_rank,
                confidence=s.ranking.confidence,
                ideal_relevant=s.ideal_relevant,
            )
            for s in scored
        ],
        by_lang=by_lang,
    )


@dataclass(frozen=True)
class Miss:
    """A question the search did not serve as it should: an answered one whose answer is not
    the first passage, or whose verdict says the leaflets do not answer it; an unanswered one
    judged covered. `first_passage` is what came first instead, to see why at a glance."""

    id: str
    question: str
    rank: int | None  # of the first answering passage; None beyond the top 10 or when unanswered
    confidence: float
    why: str  # "ranked", "not covered", "ranked, not covered", "covered"
    first_passage: str


def misses(rankings: list[Ranking], report: Report) -> list[Miss]:
    """The questions of `report` that missed, in the order of the set, for an editor or a
    developer to read (`leaflets eval --misses`)."""
    found = []
    for ranking, outcome in zip(rankings, report.by_question):
        question, judged = ranking.question, outcome.confidence >= COVERED
        if question.covered:
            why = ", ".join(reason for reason, failed in (("ranked", outcome.first_relevant_rank != 1),
                                                          ("not covered", not judged)) if failed)
        else:
            why = "covered" if judged else ""
        if why:
            first = " ".join(ranking.passages[0].split()) if ranking.passages else ""
            found.append(Miss(question.id, question.question, outcome.first_relevant_rank,
                              outcome.confidence, why, first))
    return found


def format_misses(found: list[Miss], width: int = 100) -> str:
    """One block per miss: id, why, rank and confidence; the question; what came first."""
    if not found:
        return "no misses"
    blocks = []
    for miss in found:
        rank = "-" if miss.rank is None else str(miss.rank)
        first = miss.first_passage if len(miss.first_passage) <= width else miss.first_passage[:width - 1] + "…"
        blocks.append(f"{miss.id}  {miss.why}  (rank {rank}, confidence {miss.confidence:.2f})\n"
                      f"   asked: {miss.question}\n   first: {first}")
    return "\n".join(blocks)


def _row(name: str, m: Metrics) -> str:
    auroc_cell = "n/a" if m.coverage_auroc is None else f"{m.coverage_auroc:.3f}"
    cells = [name, str(m.n)] + [
        f"{v:.3f}" for v in (m.recall_at_1, m.recall_at_5, m.mrr_at_10, m.ndcg_at_10)
    ]
    return "| " + " | ".join(cells + [auroc_cell]) + " |"


def format_table(report: Report) -> str:
    """A Markdown table: one row overall, then one per kind and one per language ("lang nl")
    when the set has several; AUROC "n/a" where undefined."""
    lines = [
        "| set | n | R@1 | R@5 | MRR@10 | nDCG@10 | AUROC |",
        "|---|--:|--:|--:|--:|--:|--:|",
        _row("overall", report.overall),
    ]
    lines += [_row(kind, metrics) for kind, metrics in report.by_kind.items()]
    lines += [_row(f"lang {lang}", metrics) for lang, metrics in report.by_lang.items()]
    return "\n".join(lines)
