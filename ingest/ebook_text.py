"""What an e-book's text dump keeps of the book's machinery, carried apart as furniture.

A tool that prints an EPUB's documents one after the other (epub2txt, red team 39) prints each
XHTML file's `<style>` rules as lines of text ("code{white-space: pre-wrap;}"), a file's name
where the book's navigation names it ("ch001.xhtml"), the navigation's labels ("Title Page") and
its contents list with the entries run together ("What is it?SymptomsTreatment"). Left in, they
were the first passage, indexed for every query. None of it is leaflet text in any file.
"""

from __future__ import annotations

import re

# One CSS rule: a selector from a character other than a blank, then declarations ("property:
# value") parted by ";" in braces, or none. Each piece ends where the next begins (a blank, "{",
# ";", "}"), so a line that is no rule fails at once, not after trying every way to part it.
_DECLARATION = r"[-\w]+\s*:[^;{}]*"
_RULE = rf"[\w.#:*>+~\[\]=\"',()-][\w.#:*>+~\[\]=\"' ,()-]*\{{\s*(?:{_DECLARATION})?(?:;\s*(?:{_DECLARATION})?)*\}}"
_CSS_LINE = re.compile(rf"\s*(?:{_RULE}\s*)+")
# A file of the book named alone on its line: "ch001.xhtml", "OEBPS/Text/title.html", "nav.xhtml".
# Its folders have no dot in their names: "www.ziekenhuis.nl/folders/oorpijn.html" is a web address.
_BOOK_FILE = re.compile(r"\s*(?:[\w-]+/)*[\w.-]+\.(?:xhtml|html?|opf|ncx|css)\s*")
# The labels an EPUB's navigation gives its own parts: printed only where the book's machinery is.
_LANDMARK = re.compile(r"\s*(?:title\s+page|cover(?:\s+page)?|table\s+of\s+contents|titelpagina|omslag|inhoudsopgave)\s*",
                       re.IGNORECASE)
MIN_GLUED_ENTRIES = 3  # a contents list names a few headings; two lines run together may be a sentence's halves
MAX_ENTRY_CHARACTERS = 120  # a heading's length: longer lines are text, no entry of a contents list
MAX_GLUED_CHARACTERS = 1000


def without_ebook_furniture(text: str) -> tuple[str, list[str]]:
    """The text without the lines that are only CSS rules or a book file's name, the contents line
    that glues the text's own headings together (`_glued_entries`) and, where such machinery was
    printed, the navigation's labels ("Title Page"); and the lines taken out, as furniture."""
    lines = text.split("\n")
    machinery = {index for index, line in enumerate(lines)
                 if line.strip() and (_CSS_LINE.fullmatch(line) or _BOOK_FILE.fullmatch(line))}
    if not machinery:
        return text, []
    entries = _entry_trie(lines)
    dropped = machinery | _title_copies(lines) | {index for index, line in enumerate(lines)
                                                   if _LANDMARK.fullmatch(line) or _glued_entries(line.strip(), entries)}
    kept = [line for index, line in enumerate(lines) if index not in dropped]
    return "\n".join(kept), [lines[index].strip() for index in sorted(dropped)]


def _title_copies(lines: list[str]) -> set[int]:
    """The lines after the first that repeat the first line whole: each of the book's documents
    names the book in its own `<title>`, which the dump prints over that document's style."""
    first = next((line.strip() for line in lines if line.strip()), "")
    at = next((index for index, line in enumerate(lines) if line.strip()), 0)
    return {index for index, line in enumerate(lines) if index > at and first and line.strip() == first}


_END = ""  # the key in `_entry_trie` that marks an entry's end (no character of a line is "")


def _entry_trie(lines: list[str]) -> dict:
    """The short lines of the text (its headings among them), each as it reads, as a trie: a
    dict from a character to the entries' rest after it, `_END` where an entry ends there."""
    trie: dict = {}
    for line in lines:
        entry = line.strip()
        if 1 < len(entry) <= MAX_ENTRY_CHARACTERS:
            node = trie
            for character in entry:
                node = node.setdefault(character, {})
            node[_END] = True
    return trie


def _glued_entries(line: str, entries: dict) -> bool:
    """Whether a line is only other lines of the text (`_entry_trie`) run together without a
    space ("Trigger finger (catching finger)What is a trigger finger?SymptomsTreatment"), at
    least `MIN_GLUED_ENTRIES` of them: a contents list printed with its entries' breaks lost.
    Each place an entry ends is walked on from once, along the entries that go on there."""
    if not line or len(line) > MAX_GLUED_CHARACTERS:
        return False
    most: list[int | None] = [None] * (len(line) + 1)  # the most entries that glue up to each place
    most[0] = 0
    for start in range(len(line)):
        if most[start] is None:
            continue
        node = entries
        for end in range(start + 1, len(line) + 1):
            node = node.get(line[end - 1])
            if node is None:
                break
            if _END in node and (start, end) != (0, len(line)):  # the line itself is no entry of it
                most[end] = max(most[end] or 0, most[start] + 1)
    return (most[len(line)] or 0) >= MIN_GLUED_ENTRIES
