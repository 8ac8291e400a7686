"""SQLite holds the leaflets, their passages, an FTS5 index and term counts.

`passage_words` indexes the passage text and its leaflet's title word for word
(case and diacritics folded, nothing else) for exact search, reading them from
`passages` and `leaflets` rather than storing them twice; BM25 over the analysed terms lives beside the database
(index/bm25.py). `term_documents` counts the
passages that hold each term; `term_leaflets` says which leaflets use it (the
coverage signal asks whether the leaflet that seems to answer uses the query's
words). `other_names` holds brand names and spellings of the medicines the leaflets name
that the leaflets never use, each with the leaflets' own words for it, and `medicine_names`
all the dictionary's names of one word, compressed in one row (index/drug_names.py).

One database file per index build. Passages are keyed by an integer row id,
which is also their id in the FAISS index, so a vector maps straight back to
its passage.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import zlib
from dataclasses import astuple, fields
from pathlib import Path

from ingest.document import Leaflet, Passage

SCHEMA = """
CREATE TABLE IF NOT EXISTS leaflets (
    id TEXT PRIMARY KEY, title TEXT, source_path TEXT, content_hash TEXT,
    url TEXT, publisher TEXT, language TEXT, updated TEXT, paged INTEGER
);
CREATE TABLE IF NOT EXISTS passages (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, leaflet_id TEXT NOT NULL
        REFERENCES leaflets(id), headings TEXT, text TEXT, span_start INTEGER,
    span_end INTEGER, position INTEGER, pages TEXT, page_starts TEXT
);
CREATE INDEX IF NOT EXISTS passages_by_leaflet ON passages(leaflet_id, position);
CREATE INDEX IF NOT EXISTS passages_by_id ON passages(id);
CREATE TABLE IF NOT EXISTS term_documents (term TEXT PRIMARY KEY, documents INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS term_leaflets (
    term TEXT, leaflet_id TEXT, PRIMARY KEY (term, leaflet_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS other_names (name TEXT PRIMARY KEY, words TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS medicine_names (names BLOB);
CREATE VIEW IF NOT EXISTS titled_passages AS
    SELECT passages.rowid AS rowid, leaflets.title AS title, passages.text AS text
    FROM passages JOIN leaflets ON leaflets.id = passages.leaflet_id;
CREATE VIRTUAL TABLE IF NOT EXISTS passage_words USING fts5(
    title, text, content='titled_passages', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
"""

_LEAFLET_COLUMNS = [f.name for f in fields(Leaflet)]
TITLE_WEIGHT = 0.2  # of a title's words against the text's, in exact search's BM25


class Store:
    """Read and write leaflets, passages and their terms in one SQLite file."""

    def __init__(self, path: Path, *, readonly: bool = False):
        self.path = Path(path)
        self._lock = threading.Lock()
        if readonly:
            uri = f"file:{self.path}?mode=ro"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            self._db = sqlite3.connect(self.path, check_same_thread=False)
            self._db.executescript(SCHEMA)
            # exact search ranks a word in a passage's text above the same word in its title
            self._db.execute(f"INSERT INTO passage_words (passage_words, rank) VALUES ('rank', "
                             f"'bm25({TITLE_WEIGHT}, 1.0)')")
        # Builds before index format 7 have no page_starts; their passages are still read
        # (an update carries kept leaflets over) and cite their first page.
        try:
            columns = {row[1] for row in self._rows("PRAGMA table_info(passages)")}
        except sqlite3.DatabaseError:
            columns = set()  # not a database: the first real read says so, as it always has
        self._passage_columns = ("id, leaflet_id, headings, text, span_start, span_end, position, pages, "
                                 + ("page_starts" if "page_starts" in columns else "NULL"))

    def close(self) -> None:
        self._db.close()

    def _rows(self, sql: str, params=()) -> list[tuple]:
        """Run a read and fetch everything under a lock: one connection serves many threads
        (the app's sessions share one searcher)."""
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # -- writing -----------------------------------------------------------
    def add_leaflet(self, leaflet: Leaflet) -> None:
        marks = ", ".join("?" for _ in _LEAFLET_COLUMNS)
        self._db.execute(
            f"INSERT INTO leaflets ({', '.join(_LEAFLET_COLUMNS)}) VALUES ({marks})",
            astuple(leaflet),
        )

    def add_passage(self, passage: Passage, terms: list[str]) -> int:
        """Store a passage and its index terms; returns its row id."""
        cur = self._db.execute(
            "INSERT INTO passages (id, leaflet_id, headings, text, span_start, span_end,"
            " position, pages, page_starts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                passage.id, passage.leaflet_id, json.dumps(passage.headings, ensure_ascii=False),
                passage.text, passage.span[0], passage.span[1], passage.position,
                json.dumps(passage.pages), json.dumps(passage.page_starts),
            ),
        )
        rowid = cur.lastrowid
        self._db.executemany(
            "INSERT OR IGNORE INTO term_leaflets (term, leaflet_id) VALUES (?, ?)",
            ((term, passage.leaflet_id) for term in set(terms)),
        )
        self._db.execute("INSERT INTO passage_words (rowid, title, text)"
                         " SELECT rowid, title, text FROM titled_passages WHERE rowid = ?", (rowid,))
        return rowid

    def count_terms(self, documents: dict[str, int]) -> None:
        """Record how many passages hold each analysed term, once all passages are in: a
        search looks these counts up for every query word."""
        self._db.execute("DELETE FROM term_documents")
        self._db.executemany("INSERT INTO term_documents (term, documents) VALUES (?, ?)",
                             documents.items())

    def add_other_names(self, names: dict[str, tuple[str, ...]]) -> None:
        """Record the other names of the leaflets' medicines (index/drug_names.py)."""
        self._db.execute("DELETE FROM other_names")
        self._db.executemany("INSERT INTO other_names (name, words) VALUES (?, ?)",
                             ((name, " ".join(words)) for name, words in names.items()))

    def add_medicine_names(self, names: tuple[str, ...]) -> None:
        """Record the medicine dictionary's names (index/drug_names.py), one per line,
        compressed: some 26,000 names in 100 KB, not 500 KB of rows."""
        self._db.execute("DELETE FROM medicine_names")
        self._db.execute("INSERT INTO medicine_names (names) VALUES (?)",
                         (zlib.compress("\n".join(names).encode("utf-8"), 9),))

    def commit(self) -> None:
        self._db.commit()

    # -- reading -----------------------------------------------------------
    def leaflets(self) -> list[Leaflet]:
        rows = self._rows(
            f"SELECT {', '.join(_LEAFLET_COLUMNS)} FROM leaflets ORDER BY title"
        )
        return [_leaflet(row) for row in rows]

    def passage_count(self) -> int:
        return self._rows("SELECT COUNT(*) FROM passages")[0][0]

    def passages(self, rowids: list[int]) -> dict[int, Passage]:
        """Passages by row id (missing ids are left out)."""
        if not rowids:
            return {}
        marks = ", ".join("?" for _ in rowids)
        rows = self._rows(
            f"SELECT rowid, {self._passage_columns} FROM passages WHERE rowid IN ({marks})",
            [int(r) for r in rowids],
        )
        return {row[0]: _passage(row[1:]) for row in rows}

    def texts(self, rowids: list[int]) -> dict[int, str]:
        """Passage texts by row id: enough to tell copies apart without building passages."""
        if not rowids:
            return {}
        marks = ", ".join("?" for _ in rowids)
        return dict(self._rows(f"SELECT rowid, text FROM passages WHERE rowid IN ({marks})",
                               [int(r) for r in rowids]))

    def all_passages(self) -> list[tuple[int, Passage]]:
        rows = self._rows(
            f"SELECT rowid, {self._passage_columns} FROM passages ORDER BY leaflet_id, position"
        )
        return [(row[0], _passage(row[1:])) for row in rows]

    def neighbours(self, passage: Passage, before: int = 1, after: int = 1) -> list[Passage]:
        """The passages around one passage of the same leaflet, in reading order."""
        rows = self._rows(
            f"SELECT {self._passage_columns} FROM passages"
            " WHERE leaflet_id = ? AND position BETWEEN ? AND ? ORDER BY position",
            (passage.leaflet_id, passage.position - before, passage.position + after),
        )
        return [_passage(row) for row in rows]

    def match(self, query: str, limit: int, within: list[int] | None = None) -> list[tuple[int, float]]:
        """Exact-search matches of an FTS5 query over the passage text and its leaflet's title
        word for word (each phrase within one of them), as (row id, BM25 score), best first;
        `within` restricts them to those row ids."""
        if not query or within == []:
            return []
        where, params = "passage_words MATCH ?", [query]
        if within is not None:
            where += f" AND rowid IN ({', '.join('?' for _ in within)})"
            params += [int(r) for r in within]
        # `rank` is FTS5's BM25 by default; ordering by it lets FTS5 sort internally,
        # ~17% faster than ORDER BY bm25(...) at 100k passages.
        rows = self._rows(
            f"SELECT rowid, rank FROM passage_words WHERE {where} ORDER BY rank LIMIT ?",
            (*params, limit),
        )
        return [(rowid, -score) for rowid, score in rows]

    def rowids_of(self, leaflet_ids: list[str]) -> list[int]:
        """Row ids of every passage of the given leaflets (for filtered search)."""
        if not leaflet_ids:
            return []
        marks = ", ".join("?" for _ in leaflet_ids)
        return [row[0] for row in self._rows(
            f"SELECT rowid FROM passages WHERE leaflet_id IN ({marks}) ORDER BY rowid", list(leaflet_ids)
        )]

    def words(self) -> list[str]:
        """Every word the passages use, folded as exact search folds them (case and
        diacritics gone), most widely used first: the vocabulary for spelling suggestions."""
        if not self.has_table("passage_words"):
            return []
        with self._lock:
            self._db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.passage_vocab "
                             "USING fts5vocab(main, passage_words, row)")
            rows = self._db.execute("SELECT term FROM temp.passage_vocab ORDER BY doc DESC").fetchall()
        return [term for (term,) in rows if term.isalpha()]

    def other_names(self) -> dict[str, tuple[str, ...]]:
        """Each other name of a medicine the leaflets name → their words for it; empty for a
        build made before they were recorded."""
        if not self.has_table("other_names"):
            return {}
        return {name: tuple(words.split()) for name, words in self._rows("SELECT name, words FROM other_names")}

    def medicine_names(self) -> frozenset[str]:
        """The medicine dictionary's names; empty for a build made before they were recorded."""
        if not self.has_table("medicine_names"):
            return frozenset()
        rows = self._rows("SELECT names FROM medicine_names")
        names = zlib.decompress(rows[0][0]).decode("utf-8").split("\n") if rows else []
        return frozenset(name for name in names if name)

    def has_table(self, name: str) -> bool:
        return bool(self._rows("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)))

    def document_frequencies(self, terms: list[str]) -> dict[str, int]:
        """How many passages hold each term (for weighting and pruning query words)."""
        if not terms:
            return {}
        marks = ", ".join("?" for _ in terms)
        found = dict(self._rows(f"SELECT term, documents FROM term_documents WHERE term IN ({marks})",
                                list(terms)))
        return {term: found.get(term, 0) for term in terms}

    def leaflets_of(self, rowids: list[int]) -> dict[int, str]:
        """The leaflet id of each passage row."""
        if not rowids:
            return {}
        marks = ", ".join("?" for _ in rowids)
        return dict(self._rows(f"SELECT rowid, leaflet_id FROM passages WHERE rowid IN ({marks})",
                               list(rowids)))

    def leaflet_terms(self, terms: list[str], leaflet_ids: list[str]) -> dict[str, set[str]]:
        """Which of `terms` each of the given leaflets uses (leaflet id -> terms)."""
        used: dict[str, set[str]] = {leaflet_id: set() for leaflet_id in leaflet_ids}
        if not terms or not leaflet_ids:
            return used
        term_marks = ", ".join("?" for _ in terms)
        leaflet_marks = ", ".join("?" for _ in leaflet_ids)
        for term, leaflet_id in self._rows(
            f"SELECT term, leaflet_id FROM term_leaflets WHERE term IN ({term_marks})"
            f" AND leaflet_id IN ({leaflet_marks})", [*terms, *leaflet_ids]
        ):
            used[leaflet_id].add(term)
        return used


def _leaflet(row) -> Leaflet:
    values = dict(zip(_LEAFLET_COLUMNS, row))
    values["paged"] = bool(values["paged"])
    return Leaflet(**{k: ("" if v is None else v) for k, v in values.items()})


def _passage(row) -> Passage:
    pid, leaflet_id, headings, text, start, end, position, pages, page_starts = row
    return Passage(
        id=pid, leaflet_id=leaflet_id, headings=tuple(json.loads(headings)), text=text,
        span=(start, end), position=position, pages=tuple(json.loads(pages)),
        page_starts=tuple(json.loads(page_starts or "[]")),
    )
