"""Word matching that understands Dutch: the analyzer behind the lexical index.

Text and queries go through the same steps: Unicode folding, lower case,
diacritics removed ("heroïne" = "heroine"), stop words dropped, Snowball
stemming ("nierfilters" = "nierfilter"), and compounds split into their parts
as well ("eiwitverlies" also gives "eiwit" and "verlies", so "eiwit verlies"
finds it and "darmkrampen" meets "buikkrampen"). BM25 ranks passages by these
terms (index/bm25.py).

Compounds are split by word frequency (Koehn & Knight, 2003) with the `wordfreq`
lists: a rare long word becomes modifier + head when both are common words and
together more frequent than the whole; Dutch linking "s", "e" and "en" are
allowed between them ("ontlasting-s-incontinentie"). Common words such as
"ziekenhuis" are never split, nor are languages that do not compound.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Letters cut off by an apostrophe: "'s nachts", "zo'n", "m'n", "z'n", "d'r", "foto's", "'t".
# They are no words of their own, and as one-letter "words" that no frequency list knows they
# would count as rare, unknown words of the question (index/confidence.py).
_CONTRACTION = re.compile(r"\b[mzd]['’‘`][nr]\b|['’‘`][kmnrst]\b")
# Dutch adverbs of time led by "'s" as patients type them, without apostrophe and space
# ("ik word snachts wakker"): the word a leaflet writes after its "'s nachts".
_S_ADVERBS = {f"s{word}": word for word in "nachts morgens ochtends middags avonds zomers winters".split()}
# How patients type "mijn", "zijn" and "even" in a hurry ("mag ik mn oren schoonmaken"):
# stop words like the words they stand for.
CHAT_STOP_WORDS = frozenset({"mn", "zn", "ff"})

#: Snowball stemmer name for each ISO language code the leaflets may carry.
STEMMERS = {"nl": "dutch", "en": "english", "de": "german", "fr": "french"}


def fold(text: str) -> str:
    """Lower case without diacritics, so that spelling variants meet (and final sigma as
    sigma, as exact search's FTS5 tokenizer stores it)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ς", "σ"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: Languages whose compounds are written as one word, with their linking morphemes.
COMPOUND_LINKS = {"nl": ("s", "en", "e"), "de": ("s", "es", "en", "n", "e")}
MIN_COMPOUND_LETTERS = 8
MIN_MODIFIER_LETTERS = 3
MIN_HEAD_LETTERS = 4
MIN_PART_ZIPF = 2.0  # a part must be a word in its own right (Zipf 2: ~1 per 10^7 words)
MAX_SPLIT_ZIPF = 4.0  # words this common are used whole ("ziekenhuis", "huisarts")


@lru_cache(maxsize=8)  # the leaflets' languages, English, and a few a question was identified in
def _zipf_table(language: str) -> dict[str, float]:
    import wordfreq  # a 0.1 s load, only when a compounding language is analysed

    return wordfreq.get_frequency_dict(language)


@lru_cache(maxsize=1)
def known_languages() -> frozenset[str]:
    """The languages wordfreq has lists of (for another it quietly answers with English's)."""
    import wordfreq

    return frozenset(wordfreq.available_languages())


def zipf(word: str, language: str) -> float:
    """How common a folded word is in everyday text of `language` (wordfreq's Zipf scale: 1 is
    once per 100 million words, 6 once per thousand; 0 when wordfreq does not know it)."""
    frequency = _zipf_table(language).get(word, 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


@lru_cache(maxsize=200_000)
def compound_parts(word: str, language: str = "nl") -> tuple[str, ...]:
    """(modifier, head) of a folded compound word, or () when it is not one."""
    links = COMPOUND_LINKS.get(language)
    if links is None or len(word) < MIN_COMPOUND_LETTERS or not word.isalpha():
        return ()
    whole = zipf(word, language)
    if whole >= MAX_SPLIT_ZIPF:
        return ()
    best, best_score = (), whole
    for cut in range(MIN_MODIFIER_LETTERS, len(word) - MIN_HEAD_LETTERS + 1):
        head = word[cut:]
        head_zipf = zipf(head, language)
        if head_zipf < MIN_PART_ZIPF:
            continue
        left = word[:cut]
        for modifier in [left] + [left[: -len(link)] for link in links if left.endswith(link)]:
            if len(modifier) < MIN_MODIFIER_LETTERS or modifier in _stop_words():
                continue
            modifier_zipf = zipf(modifier, language)
            score = (modifier_zipf + head_zipf) / 2  # geometric mean of the frequencies
            if modifier_zipf >= MIN_PART_ZIPF and score > best_score:
                best, best_score = (modifier, head), score
    return best


NAMED_HEAD_ZIPF = 3.0  # the head of a compound led by a name: an everyday word ("creme", "spieren")
MIN_NAME_LETTERS = 5


@lru_cache(maxsize=200_000)
def named_compound_parts(word: str, language: str = "nl") -> tuple[str, ...]:
    """(modifier, head) of a compound led by a word no word list knows, a medicine or a name
    before an everyday word: "diltiazemcreme", "corticosteroidzalf", "bekkenbodemspieren".
    `compound_parts` needs both parts to be words, so a patient's "diltiazem" never met the
    leaflet's "diltiazemcrème". Only for leaflet text: a query's rare word split this way
    ("amoxicil" + "line") would search for its tail; a leaflet's only adds a term no question
    holds. The longest everyday head wins ("bekkenbodem" + "spieren", not "spie" + "ren")."""
    if (COMPOUND_LINKS.get(language) is None or len(word) < MIN_COMPOUND_LETTERS or not word.isalpha()
            or zipf(word, language) >= MIN_PART_ZIPF or compound_parts(word, language)):
        return ()
    for cut in range(MIN_NAME_LETTERS, len(word) - MIN_HEAD_LETTERS + 1):
        head, modifier = word[cut:], word[:cut]
        if zipf(head, language) >= NAMED_HEAD_ZIPF and zipf(modifier, language) < MIN_PART_ZIPF:
            return (modifier, head)
    return ()


#: Leaflets in these languages get questions in the other one (patients abroad, staff).
SECOND_LANGUAGE = {"nl": "en", "de": "en", "fr": "en"}
FOREIGN_MARGIN = 0.5  # Zipf points: ~3x more frequent in the other language
FOREIGN_MIN_ZIPF = 2.5  # and an everyday word there: "kidney", not a brand name ("Xarelto")


def word_zipf(word: str, language: str = "nl") -> float:
    """How common a folded word is in everyday text (Zipf scale: 1 is once per 100 million
    words, 0 unknown), in the leaflets' language or its second one, whichever is higher."""
    other = SECOND_LANGUAGE.get(language)
    return max(zipf(word, language), zipf(word, other) if other else 0.0)


def is_foreign(word: str, language: str = "nl") -> bool:
    """Whether a folded word belongs to the second language rather than the leaflets' own
    ("kidney" for Dutch leaflets): its absence from the leaflets says nothing about coverage."""
    other = SECOND_LANGUAGE.get(language)
    return other is not None and belongs_to(word, other, language)


def belongs_to(word: str, language: str, rather_than: str) -> bool:
    """Whether a folded word is an everyday word of `language` and clearly more common there
    than in `rather_than` ("kidney": English rather than Dutch; "nier" the other way)."""
    there = zipf(word, language)
    return there >= FOREIGN_MIN_ZIPF and there > zipf(word, rather_than) + FOREIGN_MARGIN


def own_zipf(word: str, language: str = "nl") -> float:
    """How common a folded word is in the leaflets' language, or, when that language's lists
    do not know it, in the second one: a brand name the Dutch lists lack ("xarelto") is as
    rare as English text makes it; 0 when neither knows the word (mostly a slip)."""
    other = SECOND_LANGUAGE.get(language)
    return zipf(word, language) or (zipf(word, other) if other else 0.0)


@lru_cache(maxsize=None)
def _stop_words() -> frozenset[str]:
    # Dutch and English stop words both: leaflets are Dutch, some questions English.
    return frozenset(fold(w) for w in (*STOPWORDS_DUTCH, *STOPWORDS_EN, *CHAT_STOP_WORDS))


VERB_ZIPF = 2.5  # an infinitive met less than once in three million words is no evidence
# Particles that split off a Dutch verb ("doorprikken": "prik de blaar niet door"), longest first
# where one begins another ("over" before "op" is not needed: none does)
SEPARABLE_PARTICLES = (
    "achter", "binnen", "buiten", "terug", "samen", "tegen", "dicht", "thuis", "langs", "door", "mee",
    "neer", "over", "voor", "open", "rond", "weg", "los", "vast", "aan", "bij", "toe", "uit", "mis",
    "af", "in", "na", "om", "op",
)
_VOWELS = "aeiou"
# The verbs in "-aan" whose "ik" form drops it ("opstaan": "ik sta op"); "baan", "maan" are nouns
_AAN_VERBS = ("gaan", "staan", "slaan")


def _in_use(forms: list[str]) -> list[str]:
    return [form for form in forms if word_zipf(form, "nl") >= VERB_ZIPF]


def _ik_forms(infinitive: str) -> list[str]:
    """What the "ik" form of a Dutch infinitive may be: "poetsen": "poets", "prikken":
    "prik", "lopen": "loop" or (a plural's singular) "lop", "leven": "leef", "doen": "doe",
    "opstaan": "opsta"."""
    if infinitive.endswith(("oen", "ien")):
        return [infinitive[:-1]]
    if infinitive.endswith(_AAN_VERBS):
        return [infinitive[:-2]]
    base = infinitive[:-2]
    if len(base) >= 3 and base[-1] == base[-2] and base[-1] not in _VOWELS:
        return [base[:-1]]
    if len(base) >= 3 and base[-1] not in _VOWELS and base[-2] in "aeou" and base[-3] not in _VOWELS:
        long = base[:-2] + base[-2] * 2 + {"v": "f", "z": "s"}.get(base[-1], base[-1])
        return [long, base]
    return [base]


def _infinitives(word: str) -> list[str]:
    """What the infinitive of a Dutch "ik" form may be: "poets": "poetsen", "prik":
    "prikken", "loop": "lopen", "leef": "leven", "doe": "doen", "sta": "staan"."""
    if word.endswith(("oe", "ie")):
        return [word + "n"]
    if word.endswith("a") and not word.endswith("aa"):
        return [word + "an"]
    candidates = [word + "en"]
    if len(word) >= 3 and word[-1] not in _VOWELS and word[-2] in _VOWELS and word[-3] not in _VOWELS:
        candidates.append(word + word[-1] + "en")
    if len(word) >= 4 and word[-1] not in _VOWELS and word[-2] == word[-3] and word[-2] in "aeou":
        candidates.append(word[:-2] + {"f": "v", "s": "z"}.get(word[-1], word[-1]) + "en")
    return candidates


def _t_form(ik: str) -> str:
    """The "hij" form of a Dutch "ik" form: "krijg": "krijgt", "sta": "staat"."""
    if ik.endswith("t"):
        return ik
    return ik + ("at" if ik.endswith("a") and not ik.endswith("aa") else "t")


def _verb_forms(word: str) -> list[str]:
    """Other forms the Dutch verb `word` may take of the three a patient's present tense
    uses ("ik krijg", "hij krijgt", "krijgen"), in use at least VERB_ZIPF. From a "t" form
    ("huilt", "doet"): its infinitive, when that is used at least as often (so "staart" stays
    a noun), and its "ik" form. From an infinitive: its "ik" forms (`_ik_forms`) and their
    "t" forms. From an "ik" form: its infinitives (`_infinitives`) and, when one is in use, its
    "t" form if used no more often than that infinitive ("staar" gives no "staart"). A noun's
    plural or singular may come out too: it only ever meets the same noun."""
    if word.endswith("t") and len(word) >= 4:
        ik = word[:-2] if word[:-1].endswith(("gaa", "staa", "slaa")) else word[:-1]
        infinitive = _infinitives(ik)[0]
        if word_zipf(infinitive, "nl") < max(VERB_ZIPF, word_zipf(word, "nl")):
            return []
        return [infinitive, *_in_use([ik])]
    if word.endswith(_AAN_VERBS) or word.endswith("en") and len(word) >= 4:
        iks = _ik_forms(word) if len(word) >= 5 or word.endswith(("oen", "ien", *_AAN_VERBS)) else []
        return _in_use(list(dict.fromkeys(form for form in (*iks, *map(_t_form, iks)) if form != word)))
    infinitives = _in_use([form for form in _infinitives(word) if form != word])
    most = max((word_zipf(form, "nl") for form in infinitives), default=0.0)
    t_form = _t_form(word)
    if infinitives and t_form != word and VERB_ZIPF <= word_zipf(t_form, "nl") <= most:
        infinitives.append(t_form)
    return infinitives


@dataclass
class Analyzer:
    """Turns text into index terms for one language's stemmer."""

    language: str = "nl"
    _stemmer: Stemmer.Stemmer = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._stemmer = Stemmer.Stemmer(STEMMERS.get(self.language, "dutch"))

    def words(self, text: str) -> list[str]:
        """Folded words of the text, stop words included (for highlighting)."""
        return _WORD.findall(fold(text))

    def terms(self, text: str) -> list[str]:
        """Stemmed content words, in text order, repeats kept (for BM25); each
        compound is followed by its parts."""
        return [term for group in self.word_terms(text) for term in group]

    def content_words(self, text: str) -> list[str]:
        """Folded words of the text without stop words and the letters of contractions
        ("zo'n", "'s nachts"; "snachts" typed without them), unstemmed."""
        stops = _stop_words()
        words = _WORD.findall(_CONTRACTION.sub(" ", fold(text)))
        return [_S_ADVERBS.get(word, word) for word in words if word not in stops]

    def stems(self, text: str) -> set[str]:
        """The stems of the text's content words, compounds unsplit (a leaflet title's words)."""
        return set(self._stemmer.stemWords(self.content_words(text)))

    def without_words(self, text: str, stems: Collection[str]) -> str:
        """The text with every word whose stem is one of `stems` left out, spacing tidied."""
        kept = _WORD.sub(lambda m: "" if self._stemmer.stemWord(fold(m.group())) in stems
                         else m.group(), unicodedata.normalize("NFC", text))
        return " ".join(kept.split())

    def verb_stems(self, word: str) -> tuple[str, ...]:
        """Stems that other forms of a Dutch verb leave where this form's stem differs, or ().
        Snowball keeps the "t" of "huilt", "bloedt" and the "s" of "poetsen" but not of
        "poets", and it leaves "doorprikken" whole where a leaflet writes "prik … door": a
        patient's form of the verb then seems to be a word the leaflet never uses. The other
        forms are its infinitive, its "ik" form (`_verb_forms`) and, for a verb led by a
        separable particle ("door", "op", "af"), the same forms of the verb without it: where
        the particle is a word the index holds ("thuis", "mee", "af"), as "particle verb", both
        of which a leaflet must use ("thuisblijven" is not answered by any "blijf")."""
        if self.language != "nl" or len(word) < 3:
            return ()
        forms = set(_verb_forms(word))
        particle = next((p for p in SEPARABLE_PARTICLES if word.startswith(p)), "")
        rest = word[len(particle):]
        # an infinitive whose "ik" form is no word: "doorprikken" (no "doorprik"), where
        # "uitslagen", "afspraken" are plurals of "uitslag", "afspraak"
        split: set[str] = set()
        if (particle and word.endswith("en") and len(rest) >= 5 and word_zipf(rest, "nl") >= VERB_ZIPF
                and not _in_use(_ik_forms(word))):
            split = {rest, *_verb_forms(rest)}
        own = self._stemmer.stemWord(word)
        stems = set(self._stemmer.stemWords(sorted(forms))) - {own}
        if particle in _stop_words():  # "door", "op": no index term, the verb alone must do
            stems |= set(self._stemmer.stemWords(sorted(split)))
        elif split:  # "thuis", "mee", "af" are words a leaflet's index holds: both are asked
            stems |= {f"{self._stemmer.stemWord(particle)} {stem}" for stem in self._stemmer.stemWords(sorted(split))}
        return tuple(sorted(stems))

    def word_terms(self, text: str) -> list[tuple[str, ...]]:
        """For each content word: its stem, then the stems of its compound parts."""
        return [
            tuple(self._stemmer.stemWords([word, *compound_parts(word, self.language)]))
            for word in self.content_words(text)
        ]

    def leaflet_terms(self, text: str) -> list[str]:
        """`terms` of a leaflet's text, with compounds led by a name split as well
        (`named_compound_parts`): what the index stores and a query's words meet."""
        return [
            term for word in self.content_words(text)
            for term in self._stemmer.stemWords(
                [word, *(compound_parts(word, self.language) or named_compound_parts(word, self.language))])
        ]


@dataclass(frozen=True)
class ExactQuery:
    """An exact search as support staff type it, search-engine style: every word or "quoted
    phrase" must be there; `pen OR spuit` takes either; `-pen` or `-"in de koelkast"` keeps
    out the passages that hold it. A user test typed `koelkast -pen` and `FSGS OR sclerose`,
    which found the pen, and nothing ("OR" read as a word)."""

    required: tuple[tuple[tuple[str, ...], ...], ...]  # each one of these alternatives, all of them
    excluded: tuple[tuple[str, ...], ...] = ()

    @property
    def phrases(self) -> list[tuple[str, ...]]:
        """Every phrase that may make a passage a match (for highlights), each once."""
        return list(dict.fromkeys(phrase for group in self.required for phrase in group))

    def fts(self) -> str:
        """The FTS5 query; "" when nothing is required (a search of exclusions alone)."""
        if not self.required:
            return ""
        quoted = lambda words: '"' + " ".join(words) + '"'  # noqa: E731
        query = " AND ".join("(" + " OR ".join(map(quoted, group)) + ")" for group in self.required)
        if self.excluded:  # kept out where the passage says it, not where its leaflet's title does
            query = f"({query}) NOT text : ({' OR '.join(map(quoted, self.excluded))})"
        return query


_EXACT_TOKEN = re.compile(r'(?P<minus>-?)"(?P<quoted>[^"]*)"?|(?P<bare_minus>-?)(?P<bare>\S+)')


def parse_exact(query: str) -> ExactQuery:
    """The exact search `query` typed (see `ExactQuery`): "OR" in capitals joins the words on
    either side; a word or quoted phrase that starts with "-" is kept out, and so is one that
    OR joins to it (a hyphen inside a word, "IgA-nefropathie", or before a number, "-5", is text)."""
    required: list[list[tuple[str, ...]]] = []
    excluded: list[tuple[str, ...]] = []
    either = last_out = False
    for match in _EXACT_TOKEN.finditer(query):
        minus, quoted, bare = match["minus"] or match["bare_minus"], match["quoted"], match["bare"]
        if quoted is None and bare == "OR" and not minus:
            either = bool(required) or last_out
            continue
        text = quoted if quoted is not None else bare
        if minus and quoted is None and not text[:1].isalpha():
            text, minus = minus + text, ""  # "-5", "--": text
        words = tuple(_WORD.findall(fold(text)))
        if not words:
            continue
        out = bool(minus) or either and last_out  # "-spuit OR naald" keeps both out
        if out:
            excluded.append(words)
        elif either and required:
            required[-1].append(words)
        else:
            required.append([words])
        either, last_out = False, out
    groups = tuple(dict.fromkeys(tuple(dict.fromkeys(group)) for group in required))
    return ExactQuery(groups, tuple(dict.fromkeys(excluded)))


def contains_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether the folded word list holds the phrase, word for word."""
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))
