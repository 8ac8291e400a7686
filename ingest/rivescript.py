"""A leaflet kept as a RiveScript chatbot's brain file, read as the FAQ it is.

A RiveScript bot keeps its answers in a text of command lines: `! version = 2.0` and `! var name =
…` definitions, then per question a `+ trigger` (what the user types, in lower case) over its `-
reply`, a long reply continued on `^` lines (joined as they stand, `\\s` a space, `\\n` a line
break, so a reply's Markdown list or table is written on escaped lines), `//` comments, `> begin`
… `< begin` blocks of the bot's own machinery and `> object` … `< object` program code.
Read as plain text, the header was a passage, every trigger and reply a list item and the escapes
stood in the sentences (red team 60).

A text is RiveScript where every line is a command, a comment or blank and it has the header
(`! version`) or the rhythm throughout (two triggers or more, each answered by a reply, and no
reply without a trigger): a list of "+ " and "- " items among text lines is none. Each trigger heads
its replies; the `! var` values name the leaflet by their shape: a value that states a date is the
date's line, one that names an organisation the sender, and the title the value a reply quotes,
else the first that reads as a title. A first reply that states the leaflet's date is the bot's
greeting: furniture, no section.
"""

from __future__ import annotations

import re

from ingest.clean.lines import MAX_TITLE_WORDS
from ingest.dates import find_updated
from ingest.keyed_document import KeyedDocument
from ingest.structure import organisation_in

MIN_TRIGGERS = 2
MAX_GREETING_WORDS = 45
# A command line: its command character, a space, its data ("> begin" and "< begin" alike).
_COMMAND = re.compile(r"([!+\-^*%@<>])\s+(\S.*)?")
_VERSION = re.compile(r"version\s*=\s*\d")
_DEFINITION = re.compile(r"(\w+)\s+([^=]*?)\s*=\s*(.*)")
_BLOCK = re.compile(r"(begin|topic|object)\b")
# What a trigger matches beside words: optional parts, wildcards, alternatives' marks, weights.
_OPTIONAL = re.compile(r"\[[^[\]]*\]")
_ALTERNATIVES = re.compile(r"\(([^|()]*)(?:\|[^()]*)?\)")
_WILDCARD = re.compile(r"(?<!\S)[*#_](?!\S)|\{weight=\d+\}")
# A trigger as RiveScript requires it: lower case, no sentence's marks.
_TRIGGER = re.compile(r"[^A-Z.,!?;:]+")
_SENTENCE_ENDS = (".", "!", "?", ")", "|", ":")
_BOT_VAR = re.compile(r"<bot\s+(\w+)>")
_ESCAPE = re.compile(r"\\([sn#/\\])")
_UNESCAPED = {"s": " ", "n": "\n", "#": "#", "/": "/", "\\": "\\"}
_CONCAT = {"none": "", "space": " ", "newline": "\n"}


def read_rivescript(text: str) -> KeyedDocument | None:
    """The FAQ a RiveScript brain file holds (see the module), or None where `text` is none."""
    commands = _commands(text)
    if commands is None or not _is_rivescript(commands):
        return None
    variables, sections = _read(commands)
    if not sections:
        return None
    furniture: list[str] = []
    if sections and _is_greeting(sections[0][1]):
        furniture.append(sections[0][1])
        sections = sections[1:]
    title, sender, dated = _names(variables, [reply for _, reply in sections] + furniture)
    furniture += [dated] if dated else []
    blocks = [f"# {title}"] if title else []
    for heading, reply in sections:
        if heading:
            blocks.append(f"## {heading}")
        blocks.append(reply)
    return KeyedDocument("\n\n".join(blocks) + "\n", headed=True, title=title, sender=sender,
                         furniture=tuple(furniture))


def _commands(text: str) -> list[tuple[str, str]] | None:
    """The text's commands (character, data) in order, comments and blank lines left out;
    None where a line is no command."""
    commands = []
    in_comment = False
    for line in text.lstrip("\ufeff").splitlines():
        line = line.strip()
        if in_comment:
            in_comment = "*/" not in line
            continue
        if not line or line.startswith("//"):
            continue
        if line.startswith("/*"):
            in_comment = "*/" not in line
            continue
        found = _COMMAND.fullmatch(line)
        if not found:
            return None
        commands.append((found[1], (found[2] or "").strip()))
    return commands


def _is_rivescript(commands: list[tuple[str, str]]) -> bool:
    """Whether the commands are a brain file's: triggers answered by replies, under the header or
    in that rhythm throughout."""
    header = any(kind == "!" and _VERSION.match(data) for kind, data in commands)
    triggers = answered = 0
    last: str | None = None  # the last command but a continuation; None before the first
    for kind, data in commands:
        if kind in "-*@" and (last is None or last not in "+%-*@"):
            return False  # a reply without a trigger: a list, no brain file
        if kind == "^" and (last is None or last not in "+-*!"):
            return False
        answered += kind in "-*@" and last is not None and last in "+%"
        triggers += kind == "+"
        last = kind if kind != "^" else last
    if answered != triggers or triggers < (1 if header else MIN_TRIGGERS):
        return False
    return header or _keeps_the_rules(commands)


def _keeps_the_rules(commands: list[tuple[str, str]]) -> bool:
    """Whether header-less commands keep RiveScript's rules where a list's items need not: every
    trigger in lower case without a sentence's marks, every reply (its continuations joined)
    ending as a sentence ends."""
    replies: list[str] = []
    for kind, data in commands:
        if kind == "+" and not _TRIGGER.fullmatch(data):
            return False
        if kind == "-":
            replies.append(data)
        elif kind == "^" and replies:
            replies[-1] += data
    return bool(replies) and all(_unescaped(reply).rstrip().endswith(_SENTENCE_ENDS) for reply in replies)


def _read(commands: list[tuple[str, str]]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The `! var` values and the sections (trigger's heading, its replies' text) of the file,
    outside `> begin` and `> object` blocks."""
    variables: dict[str, str] = {}
    sections: list[tuple[str, list[str]]] = []
    concat, skipping, last = "", False, ""
    for kind, data in commands:
        if kind == ">":
            skipping = bool(_BLOCK.match(data)) and not data.startswith("topic")
        elif kind == "<":
            skipping = False
        elif skipping:
            continue
        elif kind == "!" and (found := _DEFINITION.fullmatch(data)):
            if found[1] == "var":
                variables[found[2]] = _unescaped(found[3]).strip()
            elif found[1] == "local" and found[2] == "concat":
                concat = _CONCAT.get(found[3].strip(), "")
        elif kind == "+":
            sections.append((_heading(data), []))
        elif kind == "-" and sections:
            sections[-1][1].append(data)
        elif kind == "*" and sections and "=>" in data:
            sections[-1][1].append(data.split("=>", 1)[1].strip())
        elif kind == "^" and last in "-*" and sections and sections[-1][1]:
            sections[-1][1][-1] += concat + data
        last = kind if kind != "^" else last
    read = []
    for heading, replies in sections:
        text = "\n\n".join(_reply(reply, variables) for reply in replies if reply.strip())
        if text:
            read.append((heading, text))
    return variables, read


def _heading(trigger: str) -> str:
    """A trigger as a heading: its optional parts and wildcards left out, an alternative's first
    choice, its first letter a capital (RiveScript writes triggers in lower case)."""
    words = " ".join(_WILDCARD.sub(" ", _ALTERNATIVES.sub(r"\1", _OPTIONAL.sub(" ", trigger))).split())
    return words[:1].upper() + words[1:]


def _reply(reply: str, variables: dict[str, str]) -> str:
    """A reply's text: its escapes read, a `<bot name>` the bot's value."""
    reply = _BOT_VAR.sub(lambda found: variables.get(found[1], found[0]), reply)
    return "\n".join(line.rstrip() for line in _unescaped(reply).strip().split("\n"))


def _unescaped(data: str) -> str:
    return _ESCAPE.sub(lambda found: _UNESCAPED[found[1]], data)


def _is_greeting(reply: str) -> bool:
    """Whether a first reply is the bot's greeting: one short paragraph that states the date."""
    return "\n" not in reply and len(reply.split()) <= MAX_GREETING_WORDS \
        and bool(find_updated(reply) or find_updated(reply, language="en"))


def _names(variables: dict[str, str], replies: list[str]) -> tuple[str, str, str]:
    """The title, sender and date's line the `! var` values name, by their shape."""
    dated = next((value for value in variables.values()
                  if find_updated(value) or find_updated(value, language="en")), "")
    sender = next((value for value in variables.values() if value != dated and organisation_in(value)), "")
    others = [value for value in variables.values() if value not in (dated, sender) and _is_title(value)]
    quoted = [value for value in others if any(value in reply for reply in replies)]
    return (quoted or others or [""])[0], sender, dated


def _is_title(value: str) -> bool:
    """Whether a value reads as a title: a line of two words or more, a capital first, no
    sentence's end."""
    return "\n" not in value and 2 <= len(value.split()) <= MAX_TITLE_WORDS and value[:1].isupper() \
        and not value.endswith((".", ",", ";"))
