"""A plain text's title set in a frame of rules at its top (`framed_title`).

Emacs Org's ASCII export (`org-ascii-export-to-ascii`) opens with the document's title
centred in capitals between two rules, with its author (and e-mail) under it, and its date
centred under the frame. Left in, the rules, the author and the date were the leaflet's
first passage, and the title in capitals was no title: the leaflet kept its file's name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# A rule: a run of one mark (Org writes "_" in ASCII and Latin-1, "━" or "─" in UTF-8).
_RULE = re.compile(r"[ \t]*([_=\-~*━─═])\1{5,}[ \t]*")
MAX_FRAMED_LINES = 4  # the title, a subtitle, an author, an e-mail address
MAX_FRAMED_WORDS = 12  # a title, not a paragraph
MIN_CENTRED_INDENT = 8  # a line centred under the frame (its date); body text stands further left
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
MAX_ABBREVIATION_LETTERS = 5  # "COPD", "MRSA", "COVID": longer, a word the text never writes is shouted
# How common (wordfreq's Zipf, Dutch or English) a short word must be to be taken for a word
# shouted rather than an abbreviation, where the text never writes it: "leven", "pijn", "jong"
# 5-6, "voor" 7; "MRSA", "COPD", "HIV", "CT" 2.7-4.2 (counted as the words they are spoken as).
SHOUTED_WORD_ZIPF = 4.5
# A word inside a sentence: after a word, a comma or a bracket on its line, not at its start.
_INNER_WORD = re.compile(r"(?<=[\w,;)] )[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class FramedTitle:
    """A text without its title frame, the title it framed and the frame's other lines."""

    text: str
    title: str
    furniture: tuple[str, ...]


def framed_title(text: str) -> FramedTitle:
    """The title the text's first lines frame between two rules of one mark ("____"), and
    the text with that title, alone, in the frame's place: the rules, the other lines in it
    and the centred lines right under it (Org's date) are blank and come back as furniture
    (the date may still date the leaflet). The first framed line is the title; in capitals,
    it takes the case the text writes its words in (`unshouted`). A text that opens
    otherwise comes back as it is."""
    lines = text.split("\n")
    frame = _frame(lines)
    if frame is None:
        return FramedTitle(text, "", ())
    first, last = frame
    end = _centred_after(lines, last + 1)
    inside = [line.strip() for line in lines[first + 1:last] if line.strip()]
    furniture = tuple(inside[1:] + [line.strip() for line in lines[last + 1:end] if line.strip()])
    title = unshouted(inside[0], "\n".join(lines[end:]))
    body = [*[""] * first, title, *[""] * (end - first - 1), *lines[end:]]
    return FramedTitle("\n".join(body), title, furniture)


def _frame(lines: list[str]) -> tuple[int, int] | None:
    """Where the opening rule and the rule that closes it stand: the first line that is not
    blank is a rule, the same mark closes it, and one to `MAX_FRAMED_LINES` short lines stand
    between."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    opening = _RULE.fullmatch(lines[filled[0]]) if filled else None
    if opening is None:
        return None
    for count, index in enumerate(filled[1:MAX_FRAMED_LINES + 2]):
        closing = _RULE.fullmatch(lines[index])
        if closing:
            return (filled[0], index) if count and closing.group(1) == opening.group(1) else None
        if len(lines[index].split()) > MAX_FRAMED_WORDS:
            return None
    return None


def _centred_after(lines: list[str], start: int) -> int:
    """The end of the blank and centred lines from `start` on (Org's date under the frame)."""
    end = start
    for index in range(start, len(lines)):
        line = lines[index]
        if line.strip() and (len(line) - len(line.lstrip()) < MIN_CENTRED_INDENT
                             or len(line.split()) > MAX_FRAMED_WORDS):
            break
        end = index + 1
    return end


def unshouted(title: str, text: str) -> str:
    """A title in capitals ("STOTTEREN BIJ JONGE KINDEREN") with each word in the case the
    text writes it in most often, where in capitals among small letters (an abbreviation,
    however long: "CADASIL") or inside a sentence ("Stotteren bij jonge kinderen"). A word
    the text writes nowhere goes to small letters where it is longer than an abbreviation
    (podofotxt2pdf's "KWALLENSTEEK", a word the text writes only in its plural) or a common
    word ("LEVEN MET CADASIL"); a short rare one stays in capitals ("COPD EN MRSA"). Its first
    word starts with a capital. A title not in capitals comes back as it is."""
    if title.upper() != title or not any(c.isalpha() for c in title):
        return title
    forms: dict[str, Counter[str]] = {}
    for word in _INNER_WORD.findall(text):
        if word.upper() != word:
            forms.setdefault(word.casefold(), Counter())[word] += 1
    for word, count in Counter(_capitals(text, title)).items():
        forms.setdefault(word.casefold(), Counter())[word] += count

    def recased(found: re.Match[str]) -> str:
        counted = forms.get(found.group().casefold())
        if counted:
            return counted.most_common(1)[0][0]
        if len(found.group()) <= MAX_ABBREVIATION_LETTERS and not _everyday(found.group()):
            return found.group()
        return found.group().lower()

    cased = _WORD.sub(recased, title)
    return cased[:1].upper() + cased[1:]


def _everyday(word: str) -> bool:
    """Whether a word is common in Dutch or English (`wordfreq`, loaded only for a title in
    capitals with a short word the text never writes)."""
    import wordfreq

    return max(wordfreq.zipf_frequency(word, language) for language in ("nl", "en")) >= SHOUTED_WORD_ZIPF


def _capitals(text: str, title: str) -> list[str]:
    """The words of two letters or more the text writes in capitals on a line with small
    letters ("Bij CADASIL ...", "MRI-scan") and never in small letters: its abbreviations. A
    line all in capitals is a heading shouted ("WAT IS EEN KWALLENSTEEK?"), a line that repeats
    the title a running header or footer ("STOTTEREN BIJ JONGE KINDEREN pagina 2 van 3"), and a
    word also written small is stressed ("Blijf NUCHTER"): none says how the word is spelled."""
    words = re.findall(r"[^\W\d_]{2,}", text)
    small = {word.casefold() for word in words if not word.isupper()}
    shouted = " ".join(title.split()).casefold()
    return [word for line in text.split("\n")
            if line.upper() != line and shouted not in " ".join(line.split()).casefold()
            for word in re.findall(r"[^\W\d_]{2,}", line) if word.isupper() and word.casefold() not in small]
