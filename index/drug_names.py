"""Other names of the medicines the leaflets name: a patient asks about "Prolia" where the
leaflet says denosumab, about "Roaccutane" where it says isotretinoïne, about "Sintrom" where it
says acenocoumarol.

The names come from `drug-named-entity-recognition` (about 20,000 medicines with their brand
names and spellings, from DrugBank, MeSH, Wikipedia and MedlinePlus; MIT). Importing that
package builds a trigram index for fuzzy matching (1.4 s and about 300 MB) that this search does
not need, so its dictionary file is read as it ships (the version is pinned in pyproject.toml;
a test checks the file). Only an index build reads it: it looks up every word the leaflets use
and keeps, for each medicine it finds, the other names the leaflets never use, a few hundred
at most, in the index (index/store.py). A search then swaps such a name for the leaflets' own
(index/search.py) without the dictionary, and says so.

The build also keeps the dictionary's single-word names (some 26,000, compressed in the index,
`all_names`). The verdict takes a word that the word-frequency lists do not know for a typing slip
unless something says it is a name (index/search.py `_names`): this list says so for a medicine no
leaflet names ("silodosine", "dupilumab").
"""

from __future__ import annotations

import bz2
import importlib.util
import logging
import pickle
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from index.lexical import fold

log = logging.getLogger(__name__)

PACKAGE = "drug_named_entity_recognition"
DICTIONARY = "drug_ner_dictionary.pkl.bz2"
MIN_LETTERS = 5  # "tris", "apap", "omep": abbreviations and stubs, not names a patient asks by
# wordfreq's scale: a leaflet word used this widely is no medicine's name ("alcohol", "water"),
# and another name this common in Dutch or English is a word first ("ogen", "voren", "iron")
LEAFLET_WORD_ZIPF = 4.0
OTHER_NAME_ZIPF = {"nl": 3.0, "en": 4.0}


def medicine_lists(words: Iterable[str]) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """`other_names(words)` and `all_names()`, from one read of the dictionary.

    Both empty, with a warning, when the dictionary cannot be read: search works without them."""
    try:
        variants, canonical_names = _dictionary()
    except Exception as exc:  # a missing or changed package must not stop an index build
        log.warning("medicine names not looked up (%s: %s); brand names will not find their "
                    "generic names", type(exc).__name__, exc)
        return {}, ()
    names = sorted({fold(name) for name in variants if len(name) >= MIN_LETTERS and name.isalpha()})
    return _other_names(words, variants, canonical_names), tuple(names)


def other_names(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """For each other name of a medicine that `words` (the leaflets' folded words) name, the
    leaflets' words for it: {"prolia": ("denosumab",), "xgeva": ("denosumab",), ...}."""
    return medicine_lists(words)[0]


def all_names() -> tuple[str, ...]:
    """Every name of a medicine in the dictionary that is one word of `MIN_LETTERS` letters
    or more, folded and sorted: "silodosin", "ofloxacine", "prolia", ..."""
    return medicine_lists(())[1]


def is_medicine(word: str, names: frozenset[str]) -> bool:
    """Whether a folded word is one of `names`, in its own or its international spelling
    ("silodosine" for "silodosin", see `_spellings`)."""
    return any(form in names for form in _spellings(word))


def _other_names(words: Iterable[str], variants: dict[str, list[str]],
                 canonical_names: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
    import wordfreq

    used = set(words)
    by_first_word: dict[str, set[str]] = defaultdict(set)
    for canonical in canonical_names:
        by_first_word[canonical.split()[0]].add(canonical)
    found: dict[str, set[str]] = defaultdict(set)
    for word in sorted(used):
        if len(word) < MIN_LETTERS or not word.isalpha():
            continue
        form = next((form for form in _spellings(word) if form in variants), None)
        if form is None or wordfreq.zipf_frequency(word, "nl") >= LEAFLET_WORD_ZIPF:
            continue
        # "isotretinoin" also names "isotretinoin capsules", whose other names are Roaccutane's
        for canonical in {*variants[form], *by_first_word.get(form, ())}:
            for name in canonical_names[canonical]:
                name = fold(name)
                if name not in used and _names_a_medicine(name, wordfreq):
                    found[name].add(word)
    return {name: tuple(sorted(leaflet_words)) for name, leaflet_words in found.items()}


def _spellings(word: str) -> tuple[str, ...]:
    """The word, and its international spelling where Dutch adds an -e ("metformine",
    "isotretinoine", "nadroparine")."""
    return (word, word[:-1]) if word.endswith("e") else (word,)


def _names_a_medicine(name: str, wordfreq) -> bool:
    return len(name) >= MIN_LETTERS and name.isalpha() and all(
        wordfreq.zipf_frequency(name, language) < limit for language, limit in OTHER_NAME_ZIPF.items())


def _dictionary() -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    """(each name → the medicines it names, each medicine → all its names), from the package's
    file, found without importing the package (see the module's docstring)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{PACKAGE} is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / DICTIONARY
    with bz2.open(path, "rb") as handle:
        data = pickle.load(handle)  # the package's own file, as its own import reads it
    variants: dict[str, list[str]] = data["drug_variant_to_canonical"]
    names: dict[str, set[str]] = defaultdict(set)
    for variant, canonicals in variants.items():
        for canonical in canonicals:
            names[canonical].add(variant)
    return variants, names
