"""A leaflet kept as a Moodle Aiken quiz file, read as the text (or page) its stems make.

An e-learning tool (qti-package-maker's moodle_aiken) writes a leaflet's sections as Aiken
questions: a stem line, its choices `A. …`, `B. …` and an `ANSWER: A` line; where the stems are
HTML fragments (`<h1>`, `<h2>`, `<p>`, `<table>`, `&#233;`), the tags and references stood in the
passages, and every "A. Ja / B. Nee / ANSWER: A" closed one (red team 62). Here the choices and
answer lines are no text, nor the question every stem closes with, and HTML stems are read as the
page they make.

A text is Aiken where every block of lines is a stem, two choices or more lettered from A, and an
`ANSWER:` line naming one of them, two blocks or more: a text with "A." list lines has no answer
lines after them.
"""

from __future__ import annotations

import re

MIN_QUESTIONS = 2
MIN_CHOICES = 2
_CHOICE = re.compile(r"([A-Z])[.)]\s+\S.*")
_ANSWER = re.compile(r"ANSWER:\s*([A-Z])")
# A stem's closing question: its last paragraph or line, ending in "?"
_CLOSING = re.compile(r"(?:<p>[^<>]*\?</p>|(?<=\n)[^\n<>]*\?|^[^\n<>]*\?)\s*\Z", re.IGNORECASE)
_HTML = re.compile(r"<(?:h[1-6]|p|table|ul|ol|div)\b[^<>]*>|&#\d+;|&[a-z]+;", re.IGNORECASE)


def read_aiken(text: str) -> tuple[str, bool] | None:
    """The stems of an Aiken quiz file joined, and whether they are HTML; None where `text` is
    none (see the module)."""
    stems: list[str] = []
    stem: list[str] = []
    choices = ""
    for line in text.lstrip("\ufeff").splitlines():
        line = line.strip()
        if not line:
            continue
        answer = _ANSWER.fullmatch(line)
        choice = _CHOICE.fullmatch(line)
        if answer:
            if not stem or len(choices) < MIN_CHOICES or answer[1] not in choices:
                return None
            stems.append("\n".join(stem))
            stem, choices = [], ""
        elif choice and stem and choice[1] == chr(ord("A") + len(choices)):
            choices += choice[1]
        elif choices:
            return None  # a line after the choices that is no answer
        else:
            stem.append(line)
    if stem or len(stems) < MIN_QUESTIONS:
        return None
    stems = _without_repeated_closing(stems)
    is_html = sum(bool(_HTML.search(stem)) for stem in stems) * 2 > len(stems)
    return "\n\n".join(stems), is_html


def _without_repeated_closing(stems: list[str]) -> list[str]:
    """The stems without the question every one of them closes with (the quiz's own, "Heeft u
    dit deel gelezen?"), where a stem keeps text beside it."""
    closings = {found[0] if (found := _CLOSING.search(stem)) else "" for stem in stems}
    closing = closings.pop() if len(closings) == 1 else ""
    if not closing or any(not stem[: -len(closing)].strip() for stem in stems):
        return stems
    return [stem[: -len(closing)].rstrip() for stem in stems]
