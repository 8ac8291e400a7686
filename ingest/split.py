"""Cut sections into passages: the units that are searched, shown and cited.

A passage follows the structure: it never leaves its section, never cuts a
sentence, keeps a list with the sentence that announces it where size allows,
and stays within what the embedding model reads well (`max_words`). Its text is
exactly a span of the cleaned text, so a citation can point at it.

One exception to "never leaves its section": a run of tiny sibling sections (a
table of contacts whose every country name is a heading, a glossary of one-line
entries) would give one passage per line, each too small to search or read on
its own. Such a run becomes passages under the siblings' common parent path, each
section's heading kept as a line of the text ("Österreich" before its address),
since the span then simply starts at the first heading.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ingest.clean import Block, CleanText
from ingest.clean.lines import is_table_row
from ingest.document import Passage, passage_id
from ingest.sentences import sentence_spans
from ingest.structure import Outline, Section

DEFAULT_MAX_WORDS = 180

# A section is tiny when its body is shorter than one long sentence: in the bundled
# leaflets the median sentence has 10 words and nine in ten have at most 19, so a
# body under 25 words holds one sentence or a label and a value (an address, a
# phone number), not an explanation that needs its own passage.
TINY_SECTION_WORDS = 25
# Tiny sections are merged only in runs of at least this many siblings: prose
# leaflets often have two short sections side by side ("Ontlastingsincontinentie",
# "Erectieproblemen"), each worth citing by its own heading; three or more
# one-line sections in a row are a table or directory, read as one piece.
MIN_TINY_RUN = 3
# A sentence of this many words, ended by a full stop, says something: a section that holds
# one is cited by its own heading however short ("Bijwerkingen": "De stof geeft geen
# bijwerkingen en u wordt er niet suf van."), not merged into a directory (`_says_something`).
MIN_SENTENCE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")

# A sentence as long as this many passages is none: text that never stops (`_atoms`).
RUN_ON_PASSAGES = 3

# What it costs to start a new passage at a place: a paragraph boundary is free,
# a sentence boundary inside a paragraph costs a little, breaking a list costs
# more, a table more still, and separating a list or a table from the sentence that
# introduces it costs most.
_BREAK_AT_PARAGRAPH = 0.0
_BREAK_AT_SENTENCE = 0.6
_BREAK_BEFORE_LIST = 0.3
_BREAK_IN_LIST = 1.2
_BREAK_IN_TABLE = 3.0  # a row cut off from its header row reads as numbers without names
_BREAK_AFTER_INTRO = 4.0
_BREAK_BEFORE_NOTE = 1.0  # a table's note ("¹ …") cut from it; less than a break inside the table
_PASSAGE_COST = 1.0

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class _Piece:
    """Where one passage will be: its heading path and its [start, end) span."""

    headings: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class _Atom:
    """The smallest piece a passage holds: a sentence or a list item."""

    start: int
    end: int
    words: int
    break_cost: float


def count_words(text: str) -> int:
    """Words as a reader counts them ("auto-immuunaandoening" is one)."""
    return len(_WORD.findall(text))


def _atoms(blocks: tuple[Block, ...], max_words: int = DEFAULT_MAX_WORDS) -> list[_Atom]:
    """Sentences of paragraphs, items of lists and rows of tables, each with the cost of a
    break before it: a table breaks more dearly than a list, so that its rows stay with their
    header (a web page writes each row as a paragraph of its own, whose breaks cost nothing).

    A piece without a letter or digit (an OCR speck, a stray quote: ". '") is no text and
    holds no passage. A long sentence stays whole (an EMA leaflet has some of 250 words), but
    a "sentence" of over `RUN_ON_PASSAGES` passages is text without full stops (a file of one
    endless line), cut at spaces into runs of `max_words`: no passage may grow without bound.
    """
    atoms = [cut for atom in _all_atoms(blocks) for cut in _within(atom, blocks, max_words)]
    return [atom for atom in atoms if atom.words]


def _within(atom: _Atom, blocks: tuple[Block, ...], max_words: int) -> list[_Atom]:
    """`atom`, or where it is too long for any sentence, its runs of `max_words` words."""
    if atom.words <= RUN_ON_PASSAGES * max_words:
        return [atom]
    block = next(b for b in blocks if b.start <= atom.start < b.end)
    text = block.text[atom.start - block.start:atom.end - block.start]
    words = list(_WORD.finditer(text))
    cuts = []
    for first in range(0, len(words), max_words):
        last = words[min(first + max_words, len(words)) - 1]
        start = atom.start + (words[first].start() if first else 0)
        end = atom.start + (last.end() if first + max_words < len(words) else len(text))
        cuts.append(_Atom(start, end, min(max_words, len(words) - first),
                          atom.break_cost if not first else _BREAK_AT_SENTENCE))
    return cuts


def _all_atoms(blocks: tuple[Block, ...]) -> list[_Atom]:
    atoms: list[_Atom] = []
    previous: Block | None = None
    under_table = False  # right under a table, or under the notes right under it
    for block in blocks:
        under_table = previous is not None and (_is_table(previous) or under_table and _is_note(previous))
        rows = _is_table(block)
        if block.kind == "list" or rows:
            intro = previous is not None and previous.text.rstrip().endswith(":")
            going_on = rows and previous is not None and _is_table(previous)  # the next row of a table
            at = block.start
            inside = _BREAK_IN_TABLE if rows else _BREAK_IN_LIST
            for number, item in enumerate(block.lines):
                first = _BREAK_AFTER_INTRO if intro else inside if going_on else _BREAK_BEFORE_LIST
                cost = first if number == 0 else inside
                atoms.append(_Atom(at, at + len(item), count_words(item), cost))
                at += len(item) + 1
        else:
            note = under_table and _is_note(block)  # "¹ …", "* …" under a table: it explains the table
            for number, (start, end) in enumerate(sentence_spans(block.text)):
                cost = (_BREAK_BEFORE_NOTE if note else _BREAK_AT_PARAGRAPH) if number == 0 else _BREAK_AT_SENTENCE
                words = count_words(block.text[start:end])
                atoms.append(_Atom(block.start + start, block.start + end, words, cost))
        previous = block
    return atoms


def _is_table(block: Block) -> bool:
    """Whether a block is a table's rows, also where a page's table was read as a list of them."""
    return all(is_table_row(line) for line in block.lines)


def _is_note(block: Block) -> bool:
    """Whether a paragraph is a note marked as a table's cells mark it ("¹ De derde keer …",
    "* Kauwgom mag u …"): cut from the table, the note reads as a rule of its own and the table
    without its exception (red team 64)."""
    return block.kind == "paragraph" and _NOTE_MARK.match(block.text) is not None


_NOTE_MARK = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹†‡]\s*\S|\*{1,3}\s+\S")  # not "*Belangrijk*", a word stressed


def pack(atoms: list[_Atom], max_words: int) -> list[tuple[int, int]]:
    """Group atoms into runs of roughly even size, each at most `max_words`.

    Dynamic programming over break points: every run costs a constant, its
    squared deviation from the even size, and the cost of the break that starts
    it. A single atom longer than `max_words` stays whole: sentences are never cut (`_atoms`
    cuts what is longer than a passage may be).
    Returns (first atom, last atom + 1) pairs.
    """
    if not atoms:
        return []
    total = sum(a.words for a in atoms)
    target = max(total / max(math.ceil(total / max_words), 1), 1)
    best = [0.0] + [math.inf] * len(atoms)
    choice = [0] * (len(atoms) + 1)
    for end in range(1, len(atoms) + 1):
        words = 0
        for start in range(end - 1, -1, -1):
            words += atoms[start].words
            if words > max_words and start < end - 1:
                break
            cost = best[start] + _PASSAGE_COST + ((words - target) / target) ** 2
            cost += atoms[start].break_cost if start else 0.0
            if cost < best[end]:
                best[end], choice[end] = cost, start
    runs, end = [], len(atoms)
    while end:
        runs.append((choice[end], end))
        end = choice[end]
    return runs[::-1]


def split_outline(
    clean: CleanText, outline: Outline, leaflet_id: str, max_words: int = DEFAULT_MAX_WORDS
) -> list[Passage]:
    """The passages of a leaflet, section by section, in reading order."""
    pieces: list[_Piece] = []
    for run in sibling_runs(clean.text, outline.sections):
        if len(run) >= MIN_TINY_RUN:
            pieces += _merged_pieces(run, max_words)
        else:
            pieces += [piece for section in run for piece in _section_pieces(section, max_words)]
    passages: list[Passage] = []
    seen: dict[str, int] = {}
    for piece in pieces:
        start, end = piece.start, piece.end
        text = clean.text[start:end]
        repeat = seen.get(text, 0)
        seen[text] = repeat + 1
        passages.append(
            Passage(
                id=_unique_id(leaflet_id, text, repeat),
                leaflet_id=leaflet_id,
                headings=piece.headings,
                text=text,
                span=(start, end),
                position=len(passages),
                pages=clean.pages(start, end),
                page_starts=clean.page_offsets(start, end),
            )
        )
    return passages


def sibling_runs(text: str, sections: tuple[Section, ...]) -> list[list[Section]]:
    """The sections in order, grouped into runs of consecutive tiny siblings.

    Siblings share their parent path and each opens with its own heading; a run
    member is tiny (`TINY_SECTION_WORDS`), has no sub-sections, and nothing but
    whitespace separates it from the one before (no date line, no heading without
    body), so that one span of `text` holds the run and its headings. Every other
    section is a run of one.
    """
    runs: list[list[Section]] = []
    open_run = False  # whether the last run ends in a tiny leaf, so a sibling may join it
    for index, section in enumerate(sections):
        following = sections[index + 1] if index + 1 < len(sections) else None
        tiny = _is_tiny_leaf(section, following)
        if tiny and open_run and _continues_run(text, runs[-1][-1], section):
            runs[-1].append(section)
        else:
            runs.append([section])
        open_run = tiny
    return runs


def _is_tiny_leaf(section: Section, following: Section | None) -> bool:
    """Opened by its own heading, a body under `TINY_SECTION_WORDS`, no sub-sections.

    A section headed by a question is never merged, however short: the question is
    what a patient asks and its answer is cited by it (a FAQ page's short answers). Nor is
    one that says something in a sentence (`_says_something`): three short sections of
    prose in a row ("Bijwerkingen", "Uitslag", "Contact") were one passage under the
    leaflet's title alone, and a question on side effects was answered under no heading
    that named them (red team 33). A directory's entries (a phone number, opening hours)
    are labels and values, and stay one piece.
    """
    if section.heading is None or not section.headings or section.headings[-1].rstrip().endswith("?"):
        return False
    path = section.headings
    if following is not None and following.headings[:len(path)] == path and \
            len(following.headings) > len(path):
        return False
    atoms = _atoms(section.blocks)
    return bool(atoms) and sum(atom.words for atom in atoms) < TINY_SECTION_WORDS and not _says_something(section)


def _says_something(section: Section) -> bool:
    """Whether a section's paragraphs hold a sentence of `MIN_SENTENCE_WORDS` or more that
    ends in a full stop, a question or an exclamation mark (not a list's item or a row)."""
    for block in section.blocks:
        if block.kind == "list" or _is_table(block):
            continue
        for start, end in sentence_spans(block.text):
            sentence = block.text[start:end]
            if count_words(sentence) >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(sentence):
                return True
    return False


def _continues_run(text: str, last: Section, section: Section) -> bool:
    """Whether `section` is `last`'s sibling and follows it with only whitespace between."""
    assert section.heading is not None
    return (len(section.headings) == len(last.headings)
            and section.headings[:-1] == last.headings[:-1]
            and not text[last.blocks[-1].end:section.heading.start].strip()
            and not text[section.heading.end:section.blocks[0].start].strip())


def _section_pieces(section: Section, max_words: int) -> list[_Piece]:
    """One section's passages as (heading path, start, end), packed from its sentences."""
    atoms = _atoms(section.blocks, max_words)
    return [_Piece(section.headings, atoms[first].start, atoms[last - 1].end)
            for first, last in pack(atoms, max_words)]


def _merged_pieces(run: list[Section], max_words: int) -> list[_Piece]:
    """A run of tiny siblings packed whole, headings included, under their parent path.

    Each section (its heading and body) is one unit that is never cut; a unit
    left alone by packing is cited as an ordinary section.
    """
    units = []
    for section in run:
        assert section.heading is not None
        atoms = _atoms(section.blocks, max_words)
        words = count_words(section.heading.text) + sum(atom.words for atom in atoms)
        units.append(_Atom(section.heading.start, atoms[-1].end, words, _BREAK_AT_PARAGRAPH))
    pieces: list[_Piece] = []
    for first, last in pack(units, max_words):
        if last - first == 1:
            pieces += _section_pieces(run[first], max_words)
        else:
            pieces.append(_Piece(run[first].headings[:-1], units[first].start, units[last - 1].end))
    return pieces


def _unique_id(leaflet_id: str, text: str, repeat: int) -> str:
    """`passage_id`, kept unique when the same text occurs again in one leaflet."""
    return passage_id(leaflet_id, text if not repeat else f"{text}\x00{repeat}")
