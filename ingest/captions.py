"""A patient video's captions (WebVTT or SubRip, kept as .vtt, .srt or .txt) read as its transcript.

Hospitals publish the captions of their patient videos beside the video, and a caption tool's file
is all the text there is. Read as plain text, its cue timings ("00:03.200 --> 00:07.600") were
headings, its first cue number ("1") the title, cue numbers stuck to the words, and every sentence
the captions cut in two was two sentences in two passages (red team 43).

The file is parsed by webvtt-py (its WebVTT reader, and its SubRip reader for the numbered kind):
header, NOTE, STYLE and REGION blocks, cue ids, timings, cue settings and cue tags (`<v Anja>`,
`<i>`, YouTube's word timings `<00:00:01.000><c>`) are no text. What is left is read as speech:
- a caption's lines are one line of text, its tool's wrap no break, and a character reference
  ("&amp;") its character;
- captions follow on as running text, so a sentence cut over two captions is one again;
- a caption that stands alone, a whole short line that ends no sentence and that the next
  caption does not go on (the video's title card, the sender's or the date's card, a section's
  title card), keeps a line of its own, and so does a short question that opens with a question
  word and that the next caption does not answer as a condition ("Wat heeft u nodig?" over
  "Rubberen handschoenen …", never "Lukt het niet?" over "Dan kan …"): the text reader then
  finds the title, the sender, the date and the headings there, as in any text;
- a line that repeats the line above it is gone (rolling captions show each line twice, once
  as the new one and once above the next), a line that only describes a sound ("[muziek]",
  "♪") is no speech, and a dash that marks a new speaker ("- Ja.") no text.

Text is captions only where it opens as such a file does: "WEBVTT" on its first line, or a cue
number over a SubRip timing line. Where webvtt-py cannot read it, it is read as any text is.
"""

from __future__ import annotations

import html
import io
import re

from webvtt import WebVTT
from webvtt.errors import MalformedCaptionError, MalformedFileError

from ingest.clean.lines import QUESTION_WORD, answered_as_condition, ends_sentence, starts_lower
from ingest.clean.plain import MAX_HEADING_WORDS

_WEBVTT_HEADER = re.compile(r"\A\ufeff?WEBVTT(?:[ \t][^\r\n]*)?\r?\n")
_SUBRIP_TIMING = r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"
_SUBRIP_START = re.compile(rf"\A\ufeff?\s*\d+[ \t]*\r?\n[ \t]*{_SUBRIP_TIMING}[ \t]*-->[ \t]*{_SUBRIP_TIMING}")
# An ASS override block that SubRip files made from ASS keep ("{\an8}", "{\i1}"): no text.
_OVERRIDE = re.compile(r"\{\\[^{}]*\}")  # no "{" inside: a brace never closed is scanned past once
_SOUND_ONLY = re.compile(r"\[[^\]]*\]|[♪♫#\s]+")  # "[muziek]", "♪ ♪": what is heard, no speech
_DIALOGUE_DASH = re.compile(r"^[-–] ")  # "- Ja." over "- Nee.": a new speaker, no text
MAX_CARD_WORDS = 12  # a title, a sender ("Afdeling …, Ziekenhuis …"), a date: no more than a line


def is_captions(text: str) -> bool:
    """Whether text opens as a WebVTT file ("WEBVTT" alone or with a title on its first line) or
    a SubRip file (a cue number over a timing line "00:00:01,000 --> 00:00:03,667")."""
    return bool(_WEBVTT_HEADER.match(text) or _SUBRIP_START.match(text))


def captions_transcript(text: str) -> str | None:
    """The captions' words as plain text: running text in paragraphs, the captions that stand
    alone as lines of their own (a blank line round each), and a list's items, which a lead
    ending in ":" opens in lower case, a line each; None where webvtt-py cannot read the file
    or no caption says anything."""
    captions = _caption_texts(text)
    if not captions:
        return None
    out: list[str] = []  # the transcript's lines, "" between paragraphs
    words = ""  # the captions of the sentence (or item) not ended yet
    listing = False  # the last line is a list's lead ("… als:"), its heading's question or an item ("…;")
    item = False  # the last line is an item
    for index, caption in enumerate(captions):
        words = f"{words} {caption}" if words else caption
        following = captions[index + 1] if index + 1 < len(captions) else ""
        lead = caption.endswith(":") and _opens_list(captions[index + 1:])
        if _stands_alone(words, following):
            out += ["", words, ""]
        elif not (ends_sentence(caption) or caption.endswith(";") or lead):
            continue  # the sentence goes on in the next caption
        elif listing and starts_lower(words):
            out.append(words)  # an item of the list
        elif out and out[-1] and not item:
            out[-1] += " " + words
        else:
            out += ["", words]  # a paragraph's first sentence, or the first after a list
        item = listing and starts_lower(words)
        words = ""
        listing = starts_lower(following) and (out[-1].endswith((":", ";")) or _asks_heading(out))
    if words:
        out.append(words)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def _opens_list(rest: list[str]) -> bool:
    """Whether the captions after a lead ending in ":" are a list's items: the first opens in
    lower case and ends in ";", as Dutch items but the last end ("Let op deze signalen:" over "u
    plast weinig …;"); a lead's sentence that goes on ("Stomen helpt ook:" over "adem … in.")
    or a label's value ("Bijgewerkt:" over "februari 2026") is none."""
    if not rest or not starts_lower(rest[0]):
        return False
    end = next((caption for caption in rest if ends_sentence(caption) or caption.endswith(";")), "")
    return end.endswith(";")


def _asks_heading(out: list[str]) -> bool:
    """Whether the last line is a question standing alone (`_stands_alone`), a heading that
    items in lower case may follow ("Wat heeft u nodig?" over "uw kousen, …;")."""
    return len(out) >= 2 and not out[-2] and out[-1].endswith("?")


def _caption_texts(text: str) -> list[str]:
    """Each caption's text on one line, in the file's order, without tags, sound lines and lines
    that repeat the line before them."""
    try:
        if _WEBVTT_HEADER.match(text):
            captions = WebVTT.from_string(text).captions
        else:
            captions = WebVTT.from_buffer(io.StringIO(text), format="srt").captions
    except (MalformedFileError, MalformedCaptionError, ValueError):
        return []
    texts, previous = [], ""
    for caption in captions:
        lines = []
        for raw in caption.text.split("\n"):
            line = _DIALOGUE_DASH.sub("", " ".join(html.unescape(_OVERRIDE.sub("", raw)).split()))
            if line and line != previous and not _SOUND_ONLY.fullmatch(line):
                lines.append(line)
            previous = line or previous
        if lines:
            texts.append(" ".join(lines))
    return texts


def _stands_alone(said: str, following: str) -> bool:
    """Whether the captions of a sentence (`said`, its words one space apart) keep a line of their
    own: a short line from a capital or a number that ends no sentence and goes on in no next
    caption (one that opens in lower case, or after "," ":" ";"), or a short question that opens
    with a question word and that the next caption does not take up as a condition ("Dan …")."""
    if not said[:1].isupper() and not said[:1].isdigit():
        return False
    if said.endswith("?"):
        return said.count(" ") < MAX_HEADING_WORDS and QUESTION_WORD.match(said) is not None \
            and not re.search(r"[.!?] ", said) and not answered_as_condition(said, following)
    return said.count(" ") < MAX_CARD_WORDS and not ends_sentence(said) and not said.endswith((",", ";", ":")) \
        and not starts_lower(following)
