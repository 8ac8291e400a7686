"""A leaflet kept as qti2txt's text of a Canvas quiz, read as the leaflet its items make.

An e-learning tool writes a leaflet as a Canvas quiz, and qti2txt prints it back as text: `Quiz
title: X`, `Quiz description: Y`, the quiz's settings (`shuffle answers: false`, `show correct
answers: true`), then the items, each numbered `1.`. Read as plain text, the header and settings
were the first passage and the title was the file's name (red team 62). Here X is the title, Y the
cover line (sender and date), the settings no text, and each item a paragraph, its table and list
flattened onto its line set out again (`ingest.flat_markdown`).

A text is qti2txt's where its first line is `Quiz title:` and every line before the first item is
the description or a setting (`words: value`, the value one word): a leaflet that happens to open
with "Quiz title:" and goes on in sentences is none.
"""

from __future__ import annotations

import re

from ingest.dates import find_updated
from ingest.flat_markdown import unflattened
from ingest.keyed_document import KeyedDocument

_TITLE = re.compile(r"Quiz title:\s*(\S.*)")
_DESCRIPTION = re.compile(r"Quiz description:\s*(.*)")
_SETTING = re.compile(r"[a-z][a-z ]{0,40}:\s*[\w.-]*")
_ITEM = re.compile(r"\d+\.\s+(\S.*)")


def read_qti2txt(text: str) -> KeyedDocument | None:
    """The leaflet qti2txt's text of a quiz holds (see the module), or None where `text` is none."""
    lines = [line.strip() for line in text.lstrip("\ufeff").splitlines()]
    lines = [line for line in lines if line]
    title = _TITLE.fullmatch(lines[0]) if lines else None
    if title is None:
        return None
    description, items = "", []
    for line in lines[1:]:
        item = _ITEM.fullmatch(line)
        if item:
            items.append(item[1])
        elif items:
            items[-1] += " " + line  # an item's text continued
        elif found := _DESCRIPTION.fullmatch(line):
            description = found[1].strip()
        elif not _SETTING.fullmatch(line):
            return None
    if not items:
        return None
    blocks = [f"# {title[1].strip()}", *([description] if description else []), *map(unflattened, items)]
    return KeyedDocument("\n\n".join(blocks) + "\n", headed=True, title=title[1].strip(), sender=description,
                         updated=find_updated(description) or find_updated(description, language="en"),
                         furniture=(description,) if description else ())
