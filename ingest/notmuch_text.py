"""A message as `notmuch show --format=text` prints it, read as the message it shows.

notmuch's text format (made for programs, e.g. Emacs's notmuch mode) wraps each piece of a
message in a form feed and a marker: `\\fmessage{ id:… filename:…`, `\\fheader{` (a summary line,
then Subject/From/To/Date), `\\fheader}`, `\\fbody{`, `\\fpart{ ID: 1, Content-type: text/html`
(parts nest in a multipart), `\\fattachment{`, and their closing `…}` lines. The bodies are printed
decoded, an HTML part verbatim where `--include-html` asks for it. Read as text, the markers became
text, their form feeds page breaks, the HTML raw markup. Here the markers are read for what they
are: the header's fields give the subject, sender and day as a MIME message's do
(`ingest.mime_message`), the text parts its bodies, the HTML one preferred. Only the first message
of a thread is read (the leaflet a mail carries is one message).
"""

from __future__ import annotations

import re
from email.utils import getaddresses, parsedate_to_datetime

from ingest.mail import without_reply_prefix
from ingest.mime_message import BodyKind, Message, MessageBody

# The first marker: a form feed (a copy may have lost it) and "message{ id:".
_OPENING = re.compile(r"\A[ \t\r\n]*\f?message\{ id:\S")
_MARKER = re.compile(r"\f?(?P<name>message|header|body|part|attachment)(?P<side>[{}])(?P<rest>.*)")
_CONTENT_TYPE = re.compile(r"Content-type:\s*(?P<type>[\w.+-]+/[\w.+-]+)", re.IGNORECASE)
_NOT_SHOWN = re.compile(r"Non-text part: \S+")  # an HTML part printed without --include-html
_FIELD = re.compile(r"(?P<name>Subject|From|Date):\s*(?P<value>.*)", re.IGNORECASE)


def is_notmuch_text(text: str) -> bool:
    """Whether `text` is notmuch's text format: it opens with a `message{ id:` marker."""
    return _OPENING.match(text) is not None


def read_notmuch_text(text: str) -> Message | None:
    """The first message in `text` (see the module), or None where it shows no text part."""
    fields: dict[str, str] = {}
    parts: list[tuple[str, list[str]]] = []  # each open or closed part's content type and lines
    open_parts: list[int] = []  # indexes into `parts`, innermost last
    in_header = False
    for line in text.splitlines():
        marker = _MARKER.fullmatch(line.rstrip("\r"))
        if marker and (marker["side"] == "}" and not marker["rest"].strip() or marker["side"] == "{"):
            name, opens = marker["name"], marker["side"] == "{"
            if name == "header":
                in_header = opens
            elif name in {"part", "attachment"}:
                if opens:
                    kind = _CONTENT_TYPE.search(marker["rest"])
                    parts.append((kind["type"].lower() if kind else "", []))
                    open_parts.append(len(parts) - 1)
                elif open_parts:
                    open_parts.pop()
            elif name == "message" and not opens:
                break
            continue
        if in_header:
            field = _FIELD.fullmatch(line.strip())
            if field and field["name"].lower() not in fields:
                fields[field["name"].lower()] = field["value"].strip()
        elif open_parts:
            parts[open_parts[-1]][1].append(line)
    bodies = tuple(body for body in (_first_body(parts, "html"), _first_body(parts, "plain")) if body)
    if not bodies:
        return None
    return Message(bodies,
                   without_reply_prefix(" ".join(fields.get("subject", "").split())),
                   _sender(fields.get("from", "")), _sent(fields.get("date", "")))


def _first_body(parts: list[tuple[str, list[str]]], kind: BodyKind) -> MessageBody | None:
    """The first part of this kind that holds text, as a body."""
    for content_type, lines in parts:
        text = "\n".join(lines).strip()
        if content_type == f"text/{kind}" and text and not _NOT_SHOWN.fullmatch(text):
            return MessageBody(kind, text)
    return None


def _sender(value: str) -> str:
    addresses = getaddresses([value]) if value else []
    return " ".join(addresses[0][0].split()) if addresses else ""


def _sent(value: str) -> str:
    try:
        return parsedate_to_datetime(value).date().isoformat() if value else ""
    except (TypeError, ValueError, IndexError, OverflowError):
        return ""
