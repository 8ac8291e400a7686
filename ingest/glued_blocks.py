"""A web page's text whose blocks a reader glued together, set a block a line again.

A reader of the DOM that joins its text nodes with nothing between them (htmlement's
`itertext`, w3lib's `remove_tags`, a `textContent` of elements with no whitespace between them)
runs each block's last word into the next block's first: "… from 8.30 am to 4.30 pm.Last
updated: 12 December 2025Next »Made with eXeLearning (new window)", "… through sex.SymptomsSymptoms
start …". Headings ran into paragraphs, the menu into the title, and the date line into the
contact sentence, where no date was read (red team 47). A sentence's end run into a capital
("pm.Last") is that glue's mark: a text shows it a few times or more (`MIN_SENTENCE_SEAMS`), and
there every such seam, and every other seam where a block's words meet, parts two lines:
- a word in lower case run into a capital word, where both are words the text writes apart
  elsewhere ("vaccinationHepatitis", "SymptomsSymptoms"), so a name written with a capital
  inside it ("WhatsApp", "eXeLearning") stays whole;
- a year or a number run into a capital word ("2025Next"), a link's arrow run into the
  next link ("Next »Made"), and a list's item that ends in ";" run into the next ("tired;nausea").
"""

from __future__ import annotations

import re

# A sentence's end run into the next block's capital ("pm.Last", "A?Hepatitis", "chronic.Who").
_SENTENCE_SEAM = re.compile(r"(?:(?<=[^\W\d_][.?!])|(?<=[)\"”’][.?!]))(?=[A-Z][^\W\d_])")
MIN_SENTENCE_SEAMS = 3  # one or two may be a typing slip ("gezicht.De"); a glued page has a seam a block
# Where a lower-case letter runs into a capital inside a word ("vaccination|Hepatitis").
_CASE_SEAM = re.compile(r"(?<=[^\W\d_A-Z])(?=[A-Z])")
# A word the text writes nowhere else still parts from the next, which it does write apart,
# where it is this long ("navigation|Hepatitis", "effects|The"); "LinkedIn" holds one of three.
MIN_PART_LETTERS = 4
# A number run into a capital word ("2025Next", "30Contact"), an arrow into a link ("»Made").
_OTHER_SEAM = re.compile(r"(?<=\d)(?=[A-Z][^\W\d_A-Z])|(?<=[»›])(?=[A-Z])|(?<=[^\W\d_]{2};)(?=[^\W\d_])")
_WORDS = re.compile(r"[^\W\d_]+")


def is_glued(text: str) -> bool:
    """Whether a text shows the glue of a reader that ran its blocks together (see above)."""
    return len(_SENTENCE_SEAM.findall(text)) >= MIN_SENTENCE_SEAMS


def unglued_blocks(text: str) -> str:
    """`text` with each glued block on a line of its own, where the text is glued (`is_glued`);
    else the text unchanged."""
    if not is_glued(text):
        return text
    words = {word.casefold() for word in _WORDS.findall(text)}  # each glued word counts as one
    lines = [_OTHER_SEAM.sub("\n", _SENTENCE_SEAM.sub("\n", line)) for line in text.split("\n")]
    return "\n".join(_WORDS.sub(lambda match: _parted(match.group(), words), line) for line in lines)


def _parted(word: str, words: set[str]) -> str:
    """A word glued of several at its case seams (`_CASE_SEAM`), each seam a line break where
    the text writes the parts on both sides of it apart elsewhere (`words`)."""
    parts = _CASE_SEAM.split(word)
    if len(parts) == 1:
        return word
    out = parts[0]
    for part in parts[1:]:
        left = out.rsplit("\n", 1)[-1]
        apart = part.casefold() in words and (left.casefold() in words or len(left) >= MIN_PART_LETTERS)
        out += ("\n" if apart else "") + part
    return out
