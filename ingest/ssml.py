"""A speech script in SSML kept as a text file, read as the text it speaks.

A text-to-speech tool (speechmarkdown's `toSSML`, a voice assistant's or Azure's script) wraps the
leaflet's text in `<speak>` … `</speak>` and marks pauses (`<break/>`), stress (`<emphasis>`),
how to say a number or date (`<say-as>`), pitch and rate (`<prosody>`). Read as plain text, the
tags stay in the passages and the `<speak>` line stood where the cover's lines are read. The
tags are instructions to a voice, not words: the text is what a reader of the file sees between
them. A pause on a line of its own separates what stands around it, as a blank line does; one
inside a line is a space. Such scripts are not escaped XML as a rule (a bare "&" or "<zo>" in the
text), so the tags are taken out by name, not by an XML parser.
"""

from __future__ import annotations

import html
import re

# The whole file a <speak> element (an XML declaration before it at most), as SSML 1.1 writes it.
_SPEAK = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?<speak\b[^>]*>(?P<body>.*)</speak\s*>\s*\Z",
                    re.IGNORECASE | re.DOTALL)
# SSML 1.1's elements, and a vendor's own in its namespace ("amazon:effect", "mstts:express-as").
_ELEMENTS = ("speak|break|emphasis|say-as|prosody|voice|lang|p|s|sub|phoneme|audio|mark|desc|lexicon|meta|metadata"
             "|w|token")
_TAG = re.compile(rf"</?(?:{_ELEMENTS}|[a-z]+:[\w-]+)\b[^<>]*>", re.IGNORECASE)
_PAUSE = re.compile(r"<(?:break|mark)\b[^<>]*/?>", re.IGNORECASE)
_PAUSE_LINE = re.compile(rf"^[ \t]*(?:{_PAUSE.pattern}[ \t]*)+$", re.IGNORECASE | re.MULTILINE)
_PARAGRAPH = re.compile(r"</?p\b[^<>]*>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);", re.IGNORECASE)


def is_ssml(text: str) -> bool:
    """Whether the whole text is one SSML `<speak>` document."""
    return _SPEAK.match(text) is not None


def ssml_text(text: str) -> str:
    """The text an SSML script speaks, its tags out (see the module); any other text as it is."""
    speak = _SPEAK.match(text)
    if speak is None:
        return text
    body = _PAUSE_LINE.sub("", speak["body"])  # a pause alone: the blank line around it stays
    body = _PARAGRAPH.sub("\n\n", body)
    body = _PAUSE.sub(" ", body)
    body = _TAG.sub("", body)
    if _ENTITY.search(body):  # escaped as XML: its entities are the signs they stand for
        body = html.unescape(body)
    return body.strip("\n") + "\n"
