"""The one search API that the CLI and the app share.

A query runs through two retrievers, dense (the embedding model over FAISS)
and lexical (Dutch-aware BM25, index/bm25.py); their rankings are fused, the
best sentences of each hit are marked, and the result says how confident it is
that the leaflets answer the query at all. Exact search, for support staff who
need the leaflets' own wording, matches words and quoted phrases literally.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass, field
from collections.abc import Collection
from pathlib import Path

import numpy as np

from ingest.document import Leaflet, Passage, same_text_key
from index.asked_kind import asks_money, speaks_of_money
from index.bm25 import LexicalIndex, LexicalIndexError
from index.confidence import (
    COVERED, FREE_ZIPF, MIDPOINT, NAME_ZIPF, NO_SUBJECT, SMALL_TALK, THIRD_LANGUAGE_MIDPOINT, WRONG_KIND_COST,
    coverage_confidence, evidence, unknown_word_cost, without_subject,
)
from index.drug_names import is_medicine
from index.fusion import W_ASKED_LANGUAGE, W_LANGUAGE, Evidence, rank
from index.highlight import best_sentences, closest_sentence, exact_sentences
from index.layout import (
    DATABASE, FORMAT_VERSION, VECTORS, IndexConfig, IndexUnavailable, current_build,
)
from index.lexical import (
    FOREIGN_MIN_ZIPF, SECOND_LANGUAGE, Analyzer, belongs_to, contains_phrase, fold, parse_exact,
    is_foreign, known_languages, own_zipf, zipf,
)
from index.query_language import question_language
from index.sentences import SentenceVectorError, SentenceVectors
from index.spelling import Vocabulary, corrected
from index.store import Store
from index.vectors import Vectors, VectorIndexError, row_dot

MODES = ("hybrid", "dense", "lexical", "exact")
DEPTH = 50  # candidates taken from each retriever before fusion
# The coverage verdict reads the first this many different texts of the fused ranking (and their
# copies in other leaflets), the results a search shows by default: among all candidates, the more
# leaflets a collection holds the likelier one far down the ranking happens to use every word of
# a question it does not answer (docs/quality.md, "The verdict in a larger collection").
EVIDENCE_DEPTH = 5
SLIP_ZIPF = 2.0  # a word rarer than this that the leaflets almost spell is taken for a slip
EXACT_DEPTH = 4  # exact search reads k times this, to keep title-only matches once per leaflet
COMMON_TERM_SHARE = 0.10  # hybrid BM25 skips terms in more passages than this share (see _lexical)
COMMON_TERM_MIN = 5  # ... and than this many: in a small collection no term is that common
OPEN_ATTEMPTS = 3  # builds replaced while a searcher opens them (see Searcher.open)
FILTER_SCAN_LIMIT = 20_000  # filtered dense search compares every allowed passage up to this many


@dataclass(frozen=True)
class Copy:
    """The same passage text in another leaflet (one text printed for several products)."""

    passage: Passage
    leaflet: Leaflet


@dataclass(frozen=True)
class Hit:
    """One cited passage in a result list, with the other leaflets that print the same text."""

    passage: Passage
    leaflet: Leaflet
    score: float
    ranks: dict[str, int | None]
    highlights: tuple[str, ...] = ()
    also_in: tuple[Copy, ...] = ()

    @property
    def sentence(self) -> str:
        """The first highlighted sentence ("" when none was found): the one closest to the
        query, or the question whose answer follows it; a citation's link opens at it."""
        return self.highlights[0] if self.highlights else ""


@dataclass(frozen=True)
class SearchResult:
    """Hits, best first, and whether the leaflets answer the query."""

    query: str
    hits: list[Hit]
    covered: bool
    confidence: float
    signals: dict[str, float] = field(default_factory=dict)
    # The question's language when it is not the leaflets' own ("tr"), else "": across
    # languages the coverage verdict is less sure (index/query_language.py)
    language: str = ""
    # Other names of the leaflets' medicines that the query used, each with the leaflets' word
    # it was searched by ({"Prolia": "denosumab"}; index/drug_names.py); in exact search, which
    # takes words literally, only said when nothing was found
    renamed: dict[str, str] = field(default_factory=dict)


class Searcher:
    """Opens one published index build and answers queries from it."""

    def __init__(self, build: Path, config: IndexConfig, store: Store, vectors: Vectors,
                 sentences: SentenceVectors, lexical: LexicalIndex, embedder):
        self.build = build
        self.config = config
        self.store = store
        self.vectors = vectors
        self.sentences = sentences
        self.lexical = lexical
        self.embedder = embedder
        self.analyzer = Analyzer(config.analyzer_language)
        self.leaflets = {leaflet.id: leaflet for leaflet in store.leaflets()}
        # the second language ("en" beside Dutch leaflets) when some leaflets are written in
        # it: its words' absence then counts against those leaflets (`_second_words`)
        second = SECOND_LANGUAGE.get(self.analyzer.language, "")
        held = any(leaflet.language == second for leaflet in self.leaflets.values())
        self._second_language = second if held else ""
        # leaflets in another language than the collection's (a translation handed out beside it)
        self._foreign = {leaflet.language for leaflet in self.leaflets.values()} - {self.analyzer.language, ""}
        self._titles: dict[str, frozenset[str]] = {}
        self._title_term_sets: dict[str, frozenset[str]] = {}
        self._medicine_names: frozenset[str] | None = None  # see _medicines()
        self._vocabulary: Vocabulary | None = None  # see _words()
        self._slips: dict[str, str | None] = {}  # see _correction()
        self._other_names = store.other_names()  # see _in_leaflet_names()
        # Evidence below this skips the subject check, which can only lower it: at the
        # threshold the verdict cannot change. Calibration sets -inf to check every query.
        self.subject_gate = MIDPOINT
        self._warming = threading.RLock()  # held by `warm_up`; a search waits for it to finish

    def warm_up(self) -> None:
        """Load ahead of the first question what answering one loads, by searching a leaflet's
        title: the query encoder, the word frequencies, the language identifier, the patterns
        (about 1.5 s from a cold process). The app runs this in the background while a patient
        types; a search asked meanwhile waits for it rather than loading the same things beside it."""
        with self._warming:
            title = next((leaflet.title for leaflet in self.leaflets.values() if leaflet.title), "")
            self.search(title or "?")

    @classmethod
    def open(cls, root: Path, embedder) -> "Searcher":
        """Open the published build at `root`; a clear IndexUnavailable when it cannot serve.

        Ingests running meanwhile publish new builds and delete old ones: when the build
        being opened disappears half-way, the newly published one is opened instead."""
        root = Path(root)
        for _ in range(OPEN_ATTEMPTS - 1):
            build = _published(root)
            try:
                return cls._open_build(root, build, embedder)
            except IndexUnavailable:
                if current_build(root) == build:  # not replaced meanwhile: a real fault
                    raise
        return cls._open_build(root, _published(root), embedder)

    @classmethod
    def _open_build(cls, root: Path, build: Path, embedder) -> "Searcher":
        config = IndexConfig.load(build)
        _check_model(root, config, embedder)
        if config.format < FORMAT_VERSION:
            raise IndexUnavailable(
                f"{root}: this index was built by an older version of this program. Update it "
                "with `leaflets ingest` (passage vectors are kept)."
            )
        if config.format > FORMAT_VERSION:
            raise IndexUnavailable(
                f"{root}: this index was built by a newer version of this program. Search it "
                "with that version, or rebuild it for this one with `leaflets ingest --rebuild`."
            )
        damaged = config.check_files(build)
        if damaged:
            raise IndexUnavailable(
                f"{root}: the index is damaged ({', '.join(damaged)} changed since it was built). "
                "Rebuild it with `leaflets ingest --rebuild`."
            )
        try:
            vectors = Vectors.load(build / VECTORS)
            sentences = SentenceVectors.load(build)
            lexical = LexicalIndex.load(build)
            store = Store(build / DATABASE, readonly=True)
            stored = store.passage_count()
        except (VectorIndexError, SentenceVectorError, LexicalIndexError, sqlite3.DatabaseError) as exc:
            raise IndexUnavailable(
                f"{root}: the index is damaged ({exc}). Rebuild it with `leaflets ingest --rebuild`."
            ) from None
        if stored != len(vectors) or stored != config.passages or sentences.dim != vectors.dim \
                or len(lexical.rowids) != stored:
            raise IndexUnavailable(
                f"{root}: the index is inconsistent ({stored} passages, {len(vectors)} vectors, "
                f"{len(lexical.rowids)} in BM25, {config.passages} recorded, sentence vectors of "
                f"{sentences.dim} dimensions). Rebuild it with `leaflets ingest --rebuild`."
            )
        return cls(build, config, store, vectors, sentences, lexical, embedder)

    def search(self, query: str, k: int = 5, mode: str = "hybrid", *,
               leaflet_ids: Collection[str] | None = None,
               publishers: Collection[str] | None = None) -> SearchResult:
        """The k best passages for `query`, cited, with a coverage verdict.

        `leaflet_ids` and `publishers` restrict the search to those leaflets (both
        given: leaflets matching both). In "exact" mode `covered` means "found".
        """
        if mode not in MODES:
            raise ValueError(f"unknown search mode {mode!r}; expected one of {', '.join(MODES)}")
        with self._warming:  # a warm-up under way (see `warm_up`)
            pass
        query = " ".join(query.split())
        if not any(ch.isalnum() for ch in query):  # "", "?", "...", an emoji: nothing to look up
            return SearchResult(query, [], False, 0.0)
        within = self._within(leaflet_ids, publishers)
        if mode == "exact":
            return self._exact(query, k, within)
        asked, query = query, unshouted(query)
        query, renamed = self._in_leaflet_names(query)
        depth = max(DEPTH, k)
        words = self.analyzer.word_terms(query)
        frequency = self.store.document_frequencies([term for group in words for term in group])
        lexical = self._lexical(frequency, depth, within, mode == "hybrid") if mode != "dense" else []
        # the verdict (and the sentence highlights) need the query's vector in every mode,
        # even where the words alone rank
        vector = self.embedder.encode_queries([query])[0]
        dense = self._dense(vector, depth, within) if mode != "lexical" else []
        candidates, sentence_cosines = self._evidence(vector, dense, lexical)
        fused = rank(candidates, lookup=len(words) == 1)
        if self._foreign:
            fused = self._in_query_language(query, fused)
        if mode == "hybrid":
            ranking = fused
        else:
            ranking = dense if mode == "dense" else lexical
        texts = self.store.texts([rowid for rowid, _ in fused])
        ranks = {"dense": _positions(dense), "lexical": _positions(lexical)}
        hits = self._hits(
            ranking, k, ranks, lambda p, rowid: self._highlights(p, query, sentence_cosines.get(rowid)),
            texts=texts if ranking is fused else None,
        )
        language = self._language(query, words, frequency)
        third = bool(language) and language != SECOND_LANGUAGE.get(self.analyzer.language)
        # the verdict asks what a reader is shown first: as many different texts as a search
        # shows, with their copies in other leaflets, in the fused order of the mode's candidates
        # (each retriever's first DEPTH, so that asking for more results, k > DEPTH, moves nothing)
        pool = {rowid for rowid, _ in dense[:DEPTH]} | {rowid for rowid, _ in lexical[:DEPTH]}
        first, copies = _group_copies([(rowid, score) for rowid, score in fused if rowid in pool],
                                      texts, EVIDENCE_DEPTH)
        shown = {rowid: candidates[rowid] for chosen, _ in first for rowid in (chosen, *copies[chosen])}
        confidence, signals = self._coverage(query, words, frequency, shown, bool(language),
                                             THIRD_LANGUAGE_MIDPOINT if third else MIDPOINT)
        if mode == "hybrid" and ranking:  # the first hit's own retrieval signals (benchmarks/verdict_sets.py)
            top = candidates[ranking[0][0]]
            best_bm25 = max(e.bm25 for e in candidates.values())
            signals = {**signals, "top_cosine": top.cosine, "top_sentence_cosine": top.sentence_cosine,
                       "top_bm25_share": top.bm25 / best_bm25 if best_bm25 > 0 else 0.0}
        if mode != "lexical" and len(words) == 1 and self._holds(words[0][0], hits):
            signals = {**signals, "lookup": 1.0, "evidence": max(signals["evidence"], MIDPOINT)}
            confidence = max(confidence, coverage_confidence(MIDPOINT))
        if not any(ch.isalpha() for ch in query):  # "1234", "088 - 123 45 67": a number is looked up
            found = _holds_number(query, [texts[rowid] for rowid in shown])
            confidence = max(confidence, coverage_confidence(MIDPOINT)) if found else 0.0
            signals = {**signals, "lookup": float(found)}
        if not self._asks_about_something(query):  # "hoe en wat", "waarom": no question to answer
            confidence, signals = 0.0, {**signals, "evidence": float("-inf")}
        return SearchResult(asked, hits, confidence >= COVERED, confidence, signals, language, renamed)

    def _in_leaflet_names(self, query: str) -> tuple[str, dict[str, str]]:
        """The query with another name of a medicine the leaflets name ("Prolia") put in
        their words ("denosumab"), and what was put so: then the words match, the vectors
        meet, and the verdict does not count against the leaflets a name they never use."""
        if not self._other_names:
            return query, {}
        renamed: dict[str, str] = {}

        def swap(match: re.Match) -> str:
            words = self._other_names.get(fold(match.group(0)))
            if not words:
                return match.group(0)
            renamed[match.group(0)] = " ".join(words)
            return renamed[match.group(0)]

        return re.sub(r"[^\W\d_]+", swap, query), renamed

    def _in_query_language(self, query: str, ranking: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """The ranking with passages of leaflets in another language a little lower
        (`W_LANGUAGE`) for a query in the leaflets' own language, in a collection that holds
        such leaflets: a translation scores within a hair of its original, and matches a
        name as well ("TSH", "Thyrax Duotab": terms alone count as the leaflets' language).
        A question in a leaflet's language (English, Turkish) has that language's leaflets
        lowered by what the vectors add for the shared language (`W_ASKED_LANGUAGE`): they
        favour them whatever their subject, and an English passage on bladder infections
        stood above the Dutch one that answers a question on gout (docs/quality.md)."""
        words = self.analyzer.words(query)
        lower = {language: W_ASKED_LANGUAGE if self._asked_in(language, words) else W_LANGUAGE
                 for language in self._foreign}
        leaflet_of = self.store.leaflets_of([rowid for rowid, _ in ranking])
        scored = [(rowid, score - lower.get(self.leaflets[leaflet_of[rowid]].language, 0.0))
                  for rowid, score in ranking]
        return sorted(scored, key=lambda item: -item[1])

    def _asked_in(self, language: str, words: list[str]) -> bool:
        """Whether more of the query's words are everyday words of `language` than of the
        leaflets' own (only for a language the word lists know: for another, none are)."""
        own = self.analyzer.language
        if language not in known_languages():
            return False
        return sum(belongs_to(w, language, own) for w in words) > sum(belongs_to(w, own, language) for w in words)

    def _holds(self, stem: str, hits: list[Hit]) -> bool:
        """Whether the first hit's leaflet uses the word of a one-word query (its stem; a
        compound's parts apart do not count). Such a query is a lookup ("Tresiba"), and the
        leaflet shown first says something about the word, even where the vectors of a lone
        name find no sentence close to it."""
        if not hits:
            return False
        leaflet = hits[0].leaflet.id
        return stem in self.store.leaflet_terms([stem], [leaflet])[leaflet]

    def _asks_about_something(self, query: str) -> bool:
        """Whether the query has a word that names something: not only stop words ("hoe en
        wat"), words too common to name a subject in the leaflets' language or the second one
        ("waarom", "dag", "you"), which cost nothing when a leaflet lacks them and so cannot be
        judged (index/confidence.py), words that name no subject ("welke", "hebt") or small
        talk ("dank je wel", "thank you")."""
        languages = (self.analyzer.language, SECOND_LANGUAGE.get(self.analyzer.language, self.analyzer.language))
        return any(word not in SMALL_TALK and word not in NO_SUBJECT
                   and max(zipf(word, language) for language in languages) < FREE_ZIPF
                   for word in self.analyzer.content_words(query))

    def _language(self, query: str, words: list[tuple[str, ...]], frequency: dict[str, int]) -> str:
        """The question's language when it is not the leaflets' own, else "". A question
        whose every word the leaflets use is in their language (or names their terms, as
        "en coup de sabre" does), so only the others are identified, and a search in the
        leaflets' own words never waits for the identifier to load. A word the leaflets do not
        use but that is a compound of their language's words is theirs too: the identifier
        reads a lone staff term by its letters, and a third language's verdict is more lenient."""
        known = {term for term, count in frequency.items() if count}
        if all(len(group) > 1 for group in words if not _uses(group, known)):  # used, or a compound of their words
            return ""  # "septumhematoom" (septum + hematoom) looked Finnish to the identifier
        language = question_language(query, self.analyzer.language)
        if language and self._misspelt(query):
            return ""  # "nierbiobsie" looks Polish to the identifier
        typed = re.findall(r"[^\W\d_]+", query.lower())
        second = SECOND_LANGUAGE.get(self.analyzer.language)
        if language and second and language != second and _all_words_of(second, language, typed):
            language = second  # "is ibuprofen ok for dengue fever" looks Danish to the identifier
        if language and self._more_own_words(language, typed):
            return ""  # "knieprothese revalidatie" looks English to the identifier
        return language

    def _more_own_words(self, language: str, words: list[str]) -> bool:
        """Whether more of the query's words are everyday words of the leaflets' language
        than of `language`: a short question in the leaflets' language with a word they happen
        not to use ("knieprothese revalidatie" was called English). Asked only of the second
        language (English) and the collection's other languages, whose word lists the search
        holds already: another language's list costs 0.1-0.4 s and tens of MB to load, and
        the identifier took no Dutch question of the project's sets for one. The words as
        typed, not folded: "ośrodek" is a Polish word, "osrodek" hardly one."""
        own = self.analyzer.language
        if language not in known_languages() or language not in {SECOND_LANGUAGE.get(own), *self._foreign}:
            return False
        return sum(belongs_to(w, own, language) for w in words) > sum(belongs_to(w, language, own) for w in words)

    def _misspelt(self, query: str) -> bool:
        """Whether the leaflets use every word of the query once its slips are corrected
        (index/spelling.py): a question in their language, typed in a hurry."""
        fixed = corrected(query, self._words(), self.analyzer.language)
        if fixed is None:
            return False
        words = self.analyzer.word_terms(fixed)
        frequency = self.store.document_frequencies([term for group in words for term in group])
        found = {term for term, count in frequency.items() if count}
        return all(_uses(group, found) for group in words)

    def _words(self) -> Vocabulary:
        """The leaflets' folded words (index/spelling.py), read on first use."""
        if self._vocabulary is None:
            self._vocabulary = Vocabulary(self.store.words())
        return self._vocabulary

    def suggest(self, result: SearchResult) -> str | None:
        """A spelling correction for the query of `result` ("nierbiobsie" → "nierbiopsie"),
        offered only when the leaflets answer the corrected query more surely; None
        otherwise (index/spelling.py)."""
        if not result.query:
            return None
        fixed = corrected(result.query, self._words(), self.analyzer.language)
        if fixed is None or self.search(fixed, k=1).confidence <= result.confidence:
            return None
        return fixed

    def _coverage(self, query: str, words: list[tuple[str, ...]], frequency: dict[str, int],
                  candidates: dict[int, Evidence], foreign: bool = False,
                  midpoint: float = MIDPOINT) -> tuple[float, dict[str, float]]:
        """Confidence that a leaflet answers the query, and the signals behind it.

        The candidates are the first texts of the fused ranking (`EVIDENCE_DEPTH`, with their
        copies), fused from the candidates the mode retrieved. A
        candidate's evidence is its closest sentence's cosine, lowered for each query word
        its own leaflet never uses (index/confidence.py); the best candidate's counts. Asking
        the leaflet rather than the whole collection keeps the signal what it was calibrated
        as when other leaflets join: a drug leaflet that mentions alcohol must not make the
        FSGS leaflet answer "mag ik alcohol drinken als ik FSGS heb?"; asking only the first
        passages keeps a leaflet far down the ranking that happens to use every word (a sepsis
        leaflet that names antibiotics and bladder infections) from answering for them. Evidence that would
        pass is checked once more without the subject's words (`_subject_evidence`); the
        check can only lower it, so a query already below the threshold skips its encode.
        `midpoint` is the evidence that makes confidence 0.5: a third language's is lower.
        """
        if not candidates:
            return 0.0, {}
        cosines = {rowid: e.sentence_cosine for rowid, e in candidates.items()}
        value, cosine, unknown = self._best_evidence(query, words, frequency, cosines, foreign=foreign)
        signals = {"query_evidence": value, "sentence_cosine": cosine,
                   "unknown_terms": float(unknown), "closest_sentence_cosine": max(cosines.values())}
        if value >= min(self.subject_gate, midpoint):
            # each unknown word weighs as in the whole question: a long question's story
            # counts as little in the check as in its own evidence
            asked = len(self._asked(query, words))
            subject = self._subject_evidence(query, frequency, candidates, asked, foreign)
            if subject is not None:
                signals["subject_evidence"] = subject
                value = without_subject(value, subject)
        signals["evidence"] = value
        return coverage_confidence(value, midpoint), signals

    def _asked(self, query: str, words: list[tuple[str, ...]],
               foreign: bool = False) -> dict[tuple[str, ...], float]:
        """The query's content words (as analysed) whose absence from a leaflet counts, each
        with what its absence costs (rarer words more, index/confidence.py): words of the
        second language ("kidney" asked of Dutch leaflets) do not count. In a question in
        another language (`foreign`) how rare a word is in the leaflets' language says
        nothing, and each costs the same."""
        language = self.analyzer.language
        asked: dict[tuple[str, ...], float] = {}
        for word, group in zip(self.analyzer.content_words(query), words):
            if group in asked or (is_foreign(word, language) and not self._second_language):
                continue
            if word in NO_SUBJECT:  # "welke", "word": no subject, like "waarom"
                asked[group] = 0.0
                continue
            rare = 0.0 if foreign or self._slip(word) else own_zipf(word, language)
            asked[group] = unknown_word_cost(rare)
        return asked

    def _slip(self, word: str) -> bool:
        """Whether a rare word that no leaflet uses is a slip of one they do ("migrane",
        which English text misspells often enough to rank it, for "migraine"): it costs what
        any slip costs, not what a rare word does, and nothing to a leaflet that writes the
        word it almost spells (`_best_evidence`)."""
        return self._correction(word) is not None

    def _correction(self, word: str) -> str | None:
        """The leaflets' word that a rare word no leaflet uses is a slip of ("migraine" for
        "migrane"), or None (index/spelling.py)."""
        if not word or own_zipf(word, self.analyzer.language) >= SLIP_ZIPF:
            return None
        if word not in self._slips:  # difflib: a few ms, and a query asks several times
            vocabulary = self._words()
            self._slips[word] = None if word in vocabulary.known else vocabulary.closest(word)
        return self._slips[word]

    def _best_evidence(self, query: str, words: list[tuple[str, ...]], frequency: dict[str, int],
                       cosines: dict[int, float], asked: int | None = None,
                       foreign: bool = False) -> tuple[float, float, int]:
        """(best evidence, its sentence cosine, its unknown words) over the candidates, given
        each one's closest-sentence cosine; `asked`, the number of content words that weighs
        each unknown one (index/confidence.py), is the query's own unless given. A candidate
        that cannot give the kind of answer asked (a price, index/asked_kind.py) pays
        `WRONG_KIND_COST` as well."""
        groups = self._asked(query, words, foreign)
        second = self._second_words(query, words)  # charged to second-language leaflets only
        known = {term for term, count in frequency.items() if count}
        # "huilt", "doorprikken" asked of a leaflet that writes "huilen", "prik … door": the
        # stems of the verb's other forms count too, also where another leaflet uses this one
        # ("krijg" asked of a leaflet that only writes "krijgt")
        surface = dict(zip(words, self.analyzer.content_words(query)))
        forms = {group: self.analyzer.verb_stems(surface.get(group, "")) for group in groups}
        # a slip is the word it almost spells: a leaflet that writes "nierbiopsie" does not
        # lack "nierbiobsie", while the others pay what a slip costs, not a name (`_names`)
        for group in groups:
            fix = None if foreign else self._correction(surface.get(group, ""))
            if fix and (fixed := self.analyzer.word_terms(fix)):
                forms[group] = (*forms[group], fixed[0][0])
        forms = {group: stems for group, stems in forms.items() if stems}
        if forms:
            other = sorted({part for stems in forms.values() for stem in stems for part in stem.split()})
            known |= {term for term, count in self.store.document_frequencies(other).items() if count}
        absent = [group for group in groups if not _uses(group, known, forms.get(group))]  # in no leaflet
        for group in self._names(query, words, absent, foreign):
            groups[group] = unknown_word_cost(NAME_ZIPF)  # no slip: a leaflet that never names it pays
        nowhere = sum(groups[group] for group in absent if group not in second)  # all pay this
        somewhere = {group: cost for group, cost in groups.items() if _uses(group, known, forms.get(group))}
        terms = sorted({term for group in somewhere
                        for term in (*group, *(part for stem in forms.get(group, ()) for part in stem.split()))})
        ranked = sorted(((cosine, rowid) for rowid, cosine in cosines.items()), reverse=True)
        asked = len(groups) if asked is None else asked
        # a question about money is answered by a passage that speaks of it (index/asked_kind.py)
        kind_cost = WRONG_KIND_COST if asks_money(query) else 0.0
        most = sum(somewhere.values()) + sum(groups[group] for group in absent if group in second) + kind_cost
        floor = evidence(ranked[0][0], most, asked)  # no one below it can win
        contenders = [(cosine, rowid) for cosine, rowid in ranked if cosine >= floor]
        passages = self.store.passages([rowid for _, rowid in contenders]) if kind_cost else {}
        leaflet_of = self.store.leaflets_of([rowid for _, rowid in contenders]) if somewhere or second else {}
        used: dict[str, set[str]] = {}
        value, cosine, unknown = float("-inf"), 0.0, 0
        for candidate_cosine, rowid in contenders:
            if evidence(candidate_cosine, nowhere, asked) <= value:
                break  # closest first: no one further down can beat the best evidence
            missing = list(absent)
            if somewhere:
                leaflet = leaflet_of[rowid]
                if leaflet not in used:
                    used.update(self.store.leaflet_terms(terms, [leaflet]))
                missing += [group for group in somewhere if not _uses(group, used[leaflet], forms.get(group))]
            if second and self.leaflets[leaflet_of[rowid]].language != self._second_language:
                missing = [group for group in missing if group not in second]
            cost = sum(groups[group] for group in missing)
            if kind_cost and not speaks_of_money(" ".join((*passages[rowid].headings, passages[rowid].text))):
                cost += kind_cost
            found = evidence(candidate_cosine, cost, asked)
            if found > value:
                value, cosine, unknown = found, candidate_cosine, len(missing)
        return value, cosine, unknown

    def _names(self, query: str, words: list[tuple[str, ...]], absent: list[tuple[str, ...]],
               foreign: bool) -> list[tuple[str, ...]]:
        """The query's words that the frequency lists do not know but a leaflet uses: names of
        medicines and conditions ("cinnarizine", "ménière"), not typing slips. A word unknown to
        the lists costs only the base (`unknown_word_cost`), since most are slips; one the
        collection uses names something, and a leaflet that never does hardly answers about it.
        So does a medicine's name that no leaflet uses ("hoeveel silodosine moet ik nemen" was
        answered with a child's hydrocortison dose from another leaflet, red team 65): the
        medicine dictionary says it is one (index/drug_names.py, kept in the index).
        Single words only: a compound the lists miss ("adrenalinepennen") may be written apart
        in the leaflet that answers. Not a slip that a leaflet uses only by the word it almost
        spells ("nierbiobsie"), nor in a third language, where every word costs alike."""
        if foreign:
            return []
        language = self.analyzer.language
        return [group for word, group in zip(self.analyzer.content_words(query), words)
                if len(group) == 1 and word.isalpha()
                and not is_foreign(word, language) and own_zipf(word, language) == 0
                and self._correction(word) is None
                and (group not in absent or is_medicine(word, self._medicines()))]

    def _medicines(self) -> frozenset[str]:
        """The medicine dictionary's names, read from the index when a question first needs
        them (index/store.py `medicine_names`)."""
        if self._medicine_names is None:
            self._medicine_names = self.store.medicine_names()
        return self._medicine_names

    def _second_words(self, query: str, words: list[tuple[str, ...]]) -> set[tuple[str, ...]]:
        """The query's words of the second language ("cost", "knee") in a collection that
        holds leaflets in it: their absence counts against those leaflets only, since a Dutch
        leaflet that answers an English question never uses its words."""
        if not self._second_language:
            return set()
        language = self.analyzer.language
        return {group for word, group in zip(self.analyzer.content_words(query), words)
                if is_foreign(word, language)}

    def _subject_evidence(self, query: str, frequency: dict[str, int],
                          candidates: dict[int, Evidence], asked: int, foreign: bool = False) -> float | None:
        """The evidence for the query without the words of the title of the closest
        candidate's leaflet, or None when it names no such word or has nothing else to ask.

        Every sentence of a leaflet about Enbrel names Enbrel, so "Kan ik met Enbrel naar de
        sauna?" finds close sentences through the name alone; "Kan ik met naar de sauna?"
        does not. Titles say what a leaflet is about without any list of names. One leaflet's
        title, not those of all close candidates: in a large collection their union would
        take out generic words ("pen", "gebruik") as well (the dev set scores the same).
        And that leaflet's passages only: another leaflet's answer to the rest ("is er een
        vaccin tegen", asked of a hepatitis C leaflet beside a vaccination leaflet) says
        nothing of whether this one answers without its name (docs/quality.md, "The verdict in
        a larger collection")."""
        closest = max(candidates, key=lambda rowid: candidates[rowid].sentence_cosine)
        leaflet_of = self.store.leaflets_of(list(candidates))
        leaflet = leaflet_of[closest]
        rest = self.analyzer.without_words(query, self._title_stems(leaflet))
        if rest == query or not self.analyzer.content_words(rest):
            return None
        candidates = {rowid: e for rowid, e in candidates.items() if leaflet_of[rowid] == leaflet}
        vector = self.embedder.encode_queries([rest])[0]
        found = self.sentences.cosines(list(candidates), vector)
        cosines = {rowid: float(found[rowid].max()) for rowid in found}
        bare = [rowid for rowid in candidates if rowid not in found]  # passages without sentences
        cosines.update(zip(bare, row_dot(self.vectors.vectors(bare), vector).tolist()))
        value, _, _ = self._best_evidence(rest, self.analyzer.word_terms(rest), frequency, cosines, asked, foreign)
        return value

    def _title_terms(self, leaflet_id: str) -> frozenset[str]:
        """The analysed terms of a leaflet's title, compounds' parts too ("Staaroperatie"
        gives staaroperatie, staar, operatie), numbers left out as `_title_stems` leaves them."""
        terms = self._title_term_sets.get(leaflet_id)
        if terms is None:
            terms = frozenset(term for term in self.analyzer.terms(self.leaflets[leaflet_id].title) if term.isalpha())
            self._title_term_sets[leaflet_id] = terms
        return terms

    def _title_stems(self, leaflet_id: str) -> frozenset[str]:
        """The stems of a leaflet title's words ("Enbrel 25 mg ..." gives enbrel, mg, ...),
        numbers left out: a dose in the title is not what the leaflet is about."""
        stems = self._titles.get(leaflet_id)
        if stems is None:
            stems = frozenset(stem for stem in self.analyzer.stems(self.leaflets[leaflet_id].title)
                              if stem.isalpha())
            self._titles[leaflet_id] = stems
        return stems

    def _lexical(self, frequency: dict[str, int], depth: int, within,
                 skip_common: bool) -> list[tuple[int, float]]:
        """BM25 matches for the query's terms. In hybrid search, where BM25 only adds a small
        bonus for exact wording, terms found in more than a tenth of all passages ("gebruik" in
        drug leaflets) are left out: their slight weight mostly adds noise (dev set unchanged,
        RIVM FAQ better; docs/quality.md). (Chosen when BM25 ran in FTS5, where they were also
        most of a lexical search's time; with bm25s they cost little.) A query of only such
        terms keeps them all; lexical-only search keeps every term, BM25 being its whole
        ranking."""
        limit = float("inf")
        if skip_common:
            limit = max(COMMON_TERM_SHARE * len(self.vectors), COMMON_TERM_MIN)
        terms = [term for term, count in frequency.items() if count <= limit] or list(frequency)
        return self.lexical.match(terms, depth, within)

    def _exact(self, query: str, k: int, within: list[int] | None) -> SearchResult:
        """Passages holding every word and quoted phrase literally (or one of words joined by
        OR, and none marked "-"; `parse_exact`), ranked by BM25."""
        if not self.store.has_table("passage_words"):
            raise IndexUnavailable(
                f"{self.build}: this index predates exact search. "
                "Rebuild it with `leaflets ingest --rebuild`."
            )
        parsed = parse_exact(query)
        phrases = parsed.phrases
        ranking = self._once_per_title(self.store.match(parsed.fts(), EXACT_DEPTH * k, within), phrases)[:k]
        hits = self._hits(ranking, k, {"exact": _positions(ranking)},  # every leaflet on its own
                          lambda p, rowid: exact_sentences(p.text, phrases, self.analyzer),
                          merge_copies=False)
        renamed = {} if hits else self._in_leaflet_names(query)[1]
        return SearchResult(query, hits, bool(hits), 1.0 if hits else 0.0, {"matches": float(len(hits))},
                            renamed=renamed)

    def _once_per_title(self, ranking: list[tuple[int, float]],
                        phrases: list[tuple[str, ...]]) -> list[tuple[int, float]]:
        """The exact-search ranking with passages that hold the words only through their
        leaflet's title ("Fraxiparine") kept once per leaflet, as its first such passage in
        reading order: every passage of that leaflet matches, and the rest would push out
        passages that say the words."""
        texts = self.store.texts([rowid for rowid, _ in ranking])
        leaflet_of = self.store.leaflets_of([rowid for rowid, _ in ranking])
        titled = {rowid for rowid, _ in ranking
                  if not any(contains_phrase(self.analyzer.words(texts[rowid]), p) for p in phrases)}
        first: dict[str, int] = {}
        for rowid in sorted(titled):  # row ids follow reading order
            first.setdefault(leaflet_of[rowid], rowid)
        kept, shown = [], set()
        for rowid, score in ranking:
            leaflet = leaflet_of[rowid]
            if rowid not in titled:
                kept.append((rowid, score))
            elif leaflet not in shown:
                shown.add(leaflet)
                kept.append((first[leaflet], score))
        return kept

    def _hits(self, ranking: list[tuple[int, float]], k: int, ranks: dict[str, dict[int, int]],
              highlight, *, merge_copies: bool = True, texts: dict[int, str] | None = None) -> list[Hit]:
        """The first k hits of `ranking`. With `merge_copies`, a passage whose text a hit above
        it already shows (the same section of another strength's leaflet: EMA prints eight
        near-identical leaflets for one medicine) is listed in that hit's `also_in` instead of
        taking a place of its own, so the k places show k different texts. `texts`: the
        ranking's passage texts where the caller has read them already."""
        if merge_copies:
            if texts is None:
                texts = self.store.texts([r for r, _ in ranking])
            chosen, copies = _group_copies(ranking, texts, k)
        else:
            chosen, copies = ranking[:k], {rowid: [] for rowid, _ in ranking[:k]}
        passages = self.store.passages([r for rowid, _ in chosen for r in (rowid, *copies[rowid])])
        return [
            Hit(
                passage=passages[rowid],
                leaflet=self.leaflets[passages[rowid].leaflet_id],
                score=score,
                ranks={name: found.get(rowid) for name, found in ranks.items()},
                highlights=highlight(passages[rowid], rowid),
                also_in=tuple(Copy(passages[r], self.leaflets[passages[r].leaflet_id]) for r in copies[rowid]),
            )
            for rowid, score in chosen
        ]

    def _within(self, leaflet_ids: Collection[str] | None,
                publishers: Collection[str] | None) -> list[int] | None:
        """Row ids the filters allow, or None when nothing is filtered."""
        if leaflet_ids is None and publishers is None:
            return None
        chosen = [
            leaflet.id for leaflet in self.leaflets.values()
            if (leaflet_ids is None or leaflet.id in leaflet_ids)
            and (publishers is None or leaflet.publisher in publishers)
        ]
        return self.store.rowids_of(chosen)

    def _dense(self, vector: np.ndarray, depth: int, within: list[int] | None) -> list[tuple[int, float]]:
        """Nearest passages; with a filter, the nearest among the allowed ones."""
        if within is None:
            return self.vectors.search(vector, depth)
        if len(within) <= FILTER_SCAN_LIMIT:
            scores = row_dot(self.vectors.vectors(within), vector)
            best = np.argsort(-scores)[:depth]
            return [(within[i], float(scores[i])) for i in best]
        allowed = set(within)
        found = self.vectors.search(vector, depth * 20)
        return [(rowid, score) for rowid, score in found if rowid in allowed][:depth]

    def _evidence(self, vector, dense, lexical):
        """Evidence per candidate of either retriever, and each candidate's sentence cosines."""
        if vector is None:
            return {}, {}
        cosines = dict(dense)
        lexical_only = [rowid for rowid, _ in lexical if rowid not in cosines]
        cosines.update(zip(lexical_only, row_dot(self.vectors.vectors(lexical_only), vector).tolist()))
        bm25 = dict(lexical)
        sentence_cosines = self.sentences.cosines(list(cosines), vector)
        evidence = {
            rowid: Evidence(
                cosine=cosine,
                sentence_cosine=float(sentence_cosines[rowid].max())
                if len(sentence_cosines.get(rowid, ())) else cosine,
                bm25=bm25.get(rowid, 0.0),
            )
            for rowid, cosine in cosines.items()
        }
        return evidence, sentence_cosines

    def _highlights(self, passage: Passage, query: str, cosines) -> tuple[str, ...]:
        """The closest sentence in meaning, the query's words counting too (not those of the
        leaflet's title, index/highlight.py `query_share`), when sentence vectors exist; else
        by shared words."""
        if cosines is not None and len(cosines):
            return closest_sentence(passage, cosines, query, self.analyzer, self._title_terms(passage.leaflet_id))
        return best_sentences(passage.text, query, self.analyzer)

    def neighbours(self, passage: Passage, before: int = 1, after: int = 1) -> list[Passage]:
        """The passage in its context: those just before and after it in the leaflet."""
        return self.store.neighbours(passage, before, after)


MAX_ACRONYM = 7  # letters: "VEDOSS", "COVID", "NSAID"; a longer word in capitals is shouted


def unshouted(query: str) -> str:
    """A question typed in capitals ("WAAROM HEB IK DIKKE ENKELS"), in lower case. The model
    reads capitals as other tokens and answered such a question worse (here: a card about
    injection sites first, not covered); an acronym or two ("FSGS", "VEDOSS IgA") keeps its
    capitals. In a shorter query, a word in capitals longer than an acronym runs
    ("NIERBIOBSIE": judged not answered, where "nierbiobsie" was) is lowered alone."""
    words = [word for word in query.split() if any(ch.isalpha() for ch in word)]
    letters = [ch for ch in query if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters if ch.lower() != ch.upper()):
        return query
    if len(words) >= 3:
        return query.lower()
    return " ".join(word.lower() if sum(ch.isalpha() for ch in word) > MAX_ACRONYM else word
                    for word in query.split())


def _holds_number(query: str, texts: list[str]) -> bool:
    """Whether one of the passages the verdict reads holds the number asked, however its digits
    are spaced ("088 123 4567" for "088-1234567"): a number names nothing, so only finding it
    answers it, and a close vector (a phone list for "1234") does not."""
    digits = re.sub(r"\D", "", query)
    return bool(digits) and any(digits in re.sub(r"\D", "", text) for text in texts)


def _all_words_of(second: str, identified: str, words: list[str]) -> bool:
    """Whether every word of a question is an everyday word of the leaflets' second language
    (English) and none more so of the language the identifier chose: a short English question
    spreads its letters' probability over languages that share its words ("is ibuprofen ok
    for dengue fever" came out Danish, and a third language's verdict is more lenient). The
    chosen language's word list is read only here, where every word is English (once a process:
    `index.lexical` keeps eight lists, so the leaflets' own and English stay)."""
    return bool(words) and all(zipf(word, second) >= FOREIGN_MIN_ZIPF for word in words) \
        and identified in known_languages() and not any(belongs_to(word, identified, second) for word in words)


def _uses(word: tuple[str, ...], terms: set[str], forms: tuple[str, ...] | None = None) -> bool:
    """Whether a leaflet with these terms uses a query word: its stem or, for a compound,
    all of its parts, or one of its other `forms`: a stem of another form where it is a verb
    (`Analyzer.verb_stems`: all the words of one, "thuis blijf"), or of the word it is a slip of."""
    stem, *parts = word
    return (stem in terms or bool(parts) and all(part in terms for part in parts)
            or any(all(part in terms for part in form.split()) for form in forms or ()))


def _group_copies(ranking: list[tuple[int, float]], texts: dict[int, str],
                  k: int) -> tuple[list[tuple[int, float]], dict[int, list[int]]]:
    """The first k entries of `ranking` with different texts, and for each the row ids of
    the passages further down that repeat its text word for word."""
    chosen: list[tuple[int, float]] = []
    copies: dict[int, list[int]] = {}
    first_with_text: dict[str, int] = {}
    for rowid, score in ranking:
        text = same_text_key(texts[rowid])
        if text in first_with_text:
            copies[first_with_text[text]].append(rowid)
        elif len(chosen) < k:
            first_with_text[text] = rowid
            chosen.append((rowid, score))
            copies[rowid] = []
    return chosen, copies


def _published(root: Path) -> Path:
    build = current_build(root)
    if build is None:
        raise IndexUnavailable(
            f"{root}: no index here yet. Build it with `leaflets ingest` "
            "(or `leaflets ingest PATH --index DIR`)."
        )
    return build


def _positions(ranking: list[tuple[int, float]]) -> dict[int, int]:
    return {rowid: position for position, (rowid, _) in enumerate(ranking, start=1)}


def _check_model(root: Path, config: IndexConfig, embedder) -> None:
    if config.model != embedder.name:
        raise IndexUnavailable(
            f"{root}: this index was built with the model {config.model!r}, but the configured "
            f"model is {embedder.name!r}. Use `--model {config.model}` (or LEAFLETS_MODEL), "
            "or rebuild the index for the new model with `leaflets ingest --rebuild`."
        )
