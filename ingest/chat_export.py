"""A chat's text export (WhatsApp's own, or whatstk's `to_txt`) read as the leaflet pasted in it.

A nurse or a patient organisation pastes a leaflet into a group chat, a section a message, and
the chat is exported as text and saved with the leaflets. Each message opens with a stamp and its
sender ("26-01-13, 20:10 - Ilse JGZ: *Tips voor thuis*", WhatsApp for Android's "13-01-2026
20:03 - Ilse JGZ: ...", for iOS "[13-01-2026 20:03:15] Ilse JGZ: ..."); a message of several
lines goes on, unstamped, on the lines under it. Read as text, the stamps and names stood in the
passages, each message's bold first line ran into the passage before it, and the other members'
replies ("Dank je! Half uur is best kort haha") were indexed as the leaflet's words.

Here the leaflet is the messages of the member who posted it (who wrote most of the text), in
order, without stamps and names; a message's bold first line ("*Slapen*", WhatsApp's bold) is a
line of its own in Markdown's bold, where the Markdown reader takes a short one for a heading.
What that member wrote before the first message opening with such a line is chat ("Ik plak even
onze folder hierin"). The other members' messages, the media and deletion placeholders and the
system's notices (the encryption notice, "... heeft de groep gemaakt") are no text of it.

A text is a chat export only where it opens with a stamped line of one of the export's shapes
and `MIN_MESSAGES` lines or more open with a stamp and a sender in that same shape, one sender
on two of them or more: a leaflet with a dated list opens with its title, and a programme that
opens it ("12-03-2026 19:00 - Spreker: dr. Jansen …", "… - Pauze: …") names each label once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.dates import CLOCK_TIME

# The date and time of a stamp as the exports write them: day, month and year in either order and
# any separator ("13-01-2026", "26-01-13", "1/13/26"), the time with or without seconds and AM/PM.
_DATE = r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"
_MARK = "\u200e\u200f\ufeff"  # direction marks and a byte-order mark an export writes before a stamp
# The shapes of a message's first line: Android's and whatstk's "DATE, TIME - " and iOS's "[DATE, TIME] ".
_SHAPES = (
    re.compile(rf"[{_MARK}]*{_DATE},?\s{CLOCK_TIME}\s[-–]\s(?P<rest>.*)"),
    re.compile(rf"[{_MARK}]*\[{_DATE},?\s{CLOCK_TIME}\]\s(?P<rest>.*)"),
)
# "Ilse JGZ: *Tips voor thuis*"; a message that opens with a line break leaves "Ilse JGZ:" alone.
_SENDER = re.compile(r"(?P<name>[^:\n]{1,60}?):(?:\s(?P<text>.*))?")
MIN_MESSAGES = 3
# A message that is only the export's stand-in for something not exported, or a notice.
_PLACEHOLDER = re.compile(
    r"<?(?:media|afbeelding|image|video|audio|sticker|gif|document|contactkaart|contact card)\s+"
    r"(?:weggelaten|omitted|ontbreekt)>?"
    r"|<(?:bijgevoegd|attached|bijlage):[^>]*>|\S+\.\w{2,5}\s\((?:bestand bijgevoegd|file attached)\)"
    r"|dit bericht is verwijderd|u hebt dit bericht verwijderd|this message was deleted|you deleted this message"
    r"|wachten op dit bericht\.?|waiting for this message\.?|null",
    re.IGNORECASE)
# The mark an export sets after an edited message's text (its blanks before it go too, `_without_edited_mark`).
_EDITED = re.compile(r"<(?:dit bericht is bewerkt|this message was edited|bewerkt|edited)>\s*$", re.IGNORECASE)
# WhatsApp's bold over a whole line: "*Tips voor thuis*".
_BOLD_LINE = re.compile(r"\*(?=\S)(?P<words>[^*\n]+?)(?<=\S)\*")


@dataclass(frozen=True)
class ChatMessage:
    """One message: its sender ("" for the system's notices) and its lines, the stamp gone."""

    sender: str
    lines: tuple[str, ...]

    @property
    def size(self) -> int:
        return sum(len(line.strip()) for line in self.lines)

    @property
    def opens_bold(self) -> bool:
        first = next((line for line in self.lines if line.strip()), "")
        return _BOLD_LINE.fullmatch(first.strip()) is not None


def is_chat_export(text: str) -> bool:
    """Whether `text` is a chat's export (see the module)."""
    return _shape(text) is not None


def chat_as_markdown(text: str) -> str:
    """The leaflet a chat export carries (see the module), as Markdown: the poster's messages a
    paragraph run each, a bold first line set apart as `**bold**`."""
    shape = _shape(text)
    messages = _messages(text, shape) if shape else []
    sizes: Counter[str] = Counter()
    for message in messages:
        if message.sender:
            sizes[message.sender] += message.size
    if not sizes:
        return text
    poster = sizes.most_common(1)[0][0]
    own = [message for message in messages if message.sender == poster]
    first_bold = next((index for index, message in enumerate(own) if message.opens_bold), 0)
    return "\n\n".join(_as_markdown(message) for message in own[first_bold:]) + "\n"


def _shape(text: str) -> re.Pattern[str] | None:
    """The stamp's shape the export writes, or None where `text` is no chat export."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return None
    shape = next((shape for shape in _SHAPES if shape.fullmatch(lines[0].rstrip("\r"))), None)
    if shape is None:
        return None
    senders = Counter(sent["name"].strip() for line in lines if (stamped := shape.fullmatch(line.rstrip("\r")))
                      and (sent := _SENDER.fullmatch(stamped["rest"])))
    # a chat's poster sends message after message; a programme's labels ("19:00 - Pauze: …") stand once each
    return shape if sum(senders.values()) >= MIN_MESSAGES and max(senders.values()) > 1 else None


def _messages(text: str, shape: re.Pattern[str]) -> list[ChatMessage]:
    """The messages in order, placeholders and notices left out; a line before the first stamp
    (none where `_shape` found one) is dropped."""
    found: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        line = line.rstrip("\r")
        stamped = shape.fullmatch(line)
        if stamped:
            sent = _SENDER.fullmatch(stamped["rest"])
            found.append((sent["name"].strip(), [sent["text"] or ""]) if sent else ("", [stamped["rest"]]))
        elif found:
            found[-1][1].append(line)
    messages = []
    for sender, lines in found:
        lines = [line.strip(_MARK) for line in lines]
        while lines and not lines[-1].strip():
            lines.pop()
        if lines:
            lines[-1] = _without_edited_mark(lines[-1])
        if not sender or not lines or _PLACEHOLDER.fullmatch(" ".join(" ".join(lines).split())):
            continue
        messages.append(ChatMessage(sender, tuple(lines)))
    return messages


def _without_edited_mark(line: str) -> str:
    """A message's last line without the mark of an edited message and the blanks before it."""
    mark = _EDITED.search(line)
    return line[:mark.start()].rstrip() if mark else line


def _as_markdown(message: ChatMessage) -> str:
    """A message's lines, its bold first line set apart from the rest as Markdown's bold."""
    lines = list(message.lines)
    while not lines[0].strip():  # a message that opened with a line break
        lines.pop(0)
    bold = _BOLD_LINE.fullmatch(lines[0].strip())
    if bold:
        lines[0:1] = [f"**{bold['words']}**"] + ([""] if len(lines) > 1 and lines[1].strip() else [])
    return "\n".join(lines).strip("\n")
