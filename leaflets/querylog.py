"""A local log of searches, for editors who want to see what the leaflets miss.

Off unless the `query_log` setting switches it on. It keeps only what editors
need (the query text, when, in which mode, whether it was covered, the
confidence, the question's language when not the leaflets' own), nothing
about who searched, and drops entries older than the retention limit on
every write. Numbers and e-mail addresses that people type
into a question (a date of birth, a patient number, an address) are masked
before anything is stored.
"""

from __future__ import annotations

import json
import os
import re
import threading
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from index.confidence import shown_confidence

_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_LONG_NUMBER = re.compile(r"\d[\d\s.\-/]{4,}\d")  # dates, phone, patient and citizen numbers
_WRITE = threading.Lock()  # one Streamlit process, many sessions
MAX_LOGGED_WORDS = 40


@dataclass(frozen=True)
class LoggedQuery:
    """One search as the log keeps it."""

    time: str  # ISO 8601, UTC, to the second
    query: str
    mode: str
    covered: bool
    confidence: float
    language: str = ""  # the question's, when not the leaflets' own; "" in logs from before


@dataclass(frozen=True)
class QueryGroup:
    """Uncovered queries that ask much the same thing, most frequent first."""

    representative: str
    queries: list[str]
    count: int
    last_seen: str
    languages: tuple[str, ...] = ()  # other languages than the leaflets' it was asked in


def mask_personal(text: str) -> str:
    """The query with e-mail addresses and long numbers replaced by '…'."""
    return _LONG_NUMBER.sub("…", _EMAIL.sub("…", text))


class QueryLog:
    """A JSON Lines file of searches, trimmed to `retention_days` on every write."""

    def __init__(self, path: Path, retention_days: int):
        self.path = Path(path)
        self.retention = timedelta(days=retention_days)

    def record(self, query: str, mode: str, covered: bool, confidence: float,
               language: str = "", now: datetime | None = None) -> None:
        """Append one search; entries past the retention limit are dropped in the same write."""
        now = now or datetime.now(timezone.utc)
        words = mask_personal(query).split()
        if not words:
            return
        # A question fits in a few dozen words; a pasted letter would keep names and
        # details nobody asked the log to hold, so only its start is kept.
        text = " ".join(words[:MAX_LOGGED_WORDS]) + (" …" if len(words) > MAX_LOGGED_WORDS else "")
        entry = LoggedQuery(now.isoformat(timespec="seconds"), text, mode, bool(covered),
                            shown_confidence(float(confidence), bool(covered), 4), language)
        with _WRITE:
            kept = self.entries(now=now)
            kept.append(entry)
            self._rewrite(kept)

    def entries(self, now: datetime | None = None) -> list[LoggedQuery]:
        """The entries within the retention limit, oldest first; damaged lines are skipped."""
        if not self.path.exists():
            return []
        cutoff = (now or datetime.now(timezone.utc)) - self.retention
        kept = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                entry = LoggedQuery(**json.loads(line))
                if datetime.fromisoformat(entry.time) >= cutoff:
                    kept.append(entry)
            except (ValueError, TypeError):
                continue
        return kept

    def uncovered(self, now: datetime | None = None) -> list[LoggedQuery]:
        return [entry for entry in self.entries(now=now) if not entry.covered]

    def _rewrite(self, entries: list[LoggedQuery]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text("".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in entries),
                             encoding="utf-8")
        os.replace(temporary, self.path)


def group_similar(entries: list[LoggedQuery], encode, threshold: float = 0.9) -> list[QueryGroup]:
    """Group queries whose embeddings lie within `threshold` cosine of a group's first query.

    `encode` turns a list of texts into unit vectors (the searcher's own
    `embedder.encode_queries`). Greedy, in order of frequency: at the scale of a
    query log (hundreds of lines) this is instant and easy to reason about.
    Queries that differ only in case and spacing are always one group. The
    default 0.9 suits multilingual-e5-small, whose cosines between unrelated
    Dutch questions lie around 0.80-0.86 and between rephrasings above 0.94.
    """
    counts: dict[str, list[LoggedQuery]] = {}
    for entry in entries:
        counts.setdefault(" ".join(entry.query.split()).casefold(), []).append(entry)
    texts = sorted(counts, key=lambda t: (-len(counts[t]), t))
    if not texts:
        return []
    vectors = np.asarray(encode([counts[t][-1].query for t in texts]), dtype=np.float32)
    members: list[list[int]] = []
    for i in range(len(texts)):
        home = next((g for g in members if float(vectors[g[0]] @ vectors[i]) >= threshold), None)
        if home is None:
            members.append([i])
        else:
            home.append(i)
    groups = []
    for group in members:
        logged = [e for i in group for e in counts[texts[i]]]
        groups.append(QueryGroup(
            representative=counts[texts[group[0]]][-1].query,
            queries=[counts[texts[i]][-1].query for i in group],
            count=len(logged),
            last_seen=max(e.time for e in logged),
            languages=tuple(dict.fromkeys(e.language for e in logged if e.language)),
        ))
    return sorted(groups, key=lambda g: (-g.count, g.representative))
