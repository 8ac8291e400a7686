"""A mailing's furniture: the line that offers its web version, its unsubscribe footer, and
the header of a message a mail forwards.

A newsletter saved as HTML (made with MJML, Mailchimp, Laposta, Brevo or Outlook) opens with
a line that offers to show it in a browser ("Wordt deze e-mail niet goed weergegeven?
Bekijk hem in uw browser.") and ends with a footer that says why the reader gets it, with a
link to unsubscribe and the sender's address. Neither is the leaflet: the first line stood
where the title block is read (its date was then never found), and the footer was read as
the last words of the last section. Mail templates set both in table cells with no class
that names them, so they are known by a link's stock words and what stands around it. A mail
program sets the header of the message a mail forwards or answers ("From: ... Sent: ... To:
... Subject: ...") in the body; it is known by its fields. Under that header a reply quotes
the thread it answers (the patient's own mail), which goes with it, and a mail's salutation
("Beste mevrouw Jansen,") names the patient: neither is the leaflet.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from ingest.html.headings import HEADING_NAMES, HEADING_TAGS
from ingest.html.page_parts import LINE_BLOCKS, PAGE_BOXES
from ingest.clean.lines import is_sign_off
from ingest.mail import (MAILING, MAX_FOOTER_WORDS, MAX_NOTICE_WORDS, SALUTATION, SHOWN_WRONGLY, SUBJECT_FIELDS,
                         UNSUBSCRIBE, UNSUBSCRIBE_ADDRESS, WEB_VERSION, is_forward_rule, is_message_header,
                         reply_kind, without_reply_prefix)


MAX_ADDED_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def drop_mail_furniture(tree: HtmlElement) -> None:
    """Remove a mailing's furniture: a short line with a link to its web version (its words
    name it, or the line says the mail may show wrongly and names the mail), and a footer
    with a link to unsubscribe (its words unsubscribe, and its address or the footer's words
    say it is about the mailing). With the line or footer goes the box around it that adds
    no more than the sender's address or social links (`_furniture_box`)."""
    found = []
    for link in tree.xpath("//body//a"):
        line = _line_of(link)
        if line is None:
            continue
        words = " ".join(line.text_content().split())
        link_words = " ".join(link.text_content().split())
        if len(words.split()) <= MAX_NOTICE_WORDS and (WEB_VERSION.search(link_words) or (
                (WEB_VERSION.search(words) or SHOWN_WRONGLY.search(words)) and MAILING.search(words))):
            found.append(line)
        elif len(words.split()) <= MAX_FOOTER_WORDS and UNSUBSCRIBE.search(link_words) and (
                UNSUBSCRIBE_ADDRESS.search(link.get("href", "")) or MAILING.search(words)):
            found.append(line)
    for box in {_furniture_box(line) for line in found}:
        if box.getparent() is not None:
            box.drop_tree()


# The boxes a message header is set in: Outlook's `<div style="border-top:solid #E1E1E1">`
# around a `<p>` of `<b>From:</b> ...<br><b>Sent:</b> ...`, or a `<div>` for each field.
_HEADER_BOXES = "//body//*[self::div or self::p or self::td or self::blockquote or self::table]"


def drop_message_headers(tree: HtmlElement) -> None:
    """Remove the header of a message that a mail forwards or answers (its sender, date,
    addressees and subject, a line each: `ingest.mail.is_message_header`), as Thunderbird's
    `moz-header` table goes: mail furniture, not the leaflet, and the first
    passage read "From: Patiëntenvoorlichting ... Sent: ... Subject: ...". The largest box
    that holds the header alone goes. Where the header heads a message a reply quotes, the
    rest of the mail goes with it (`_quotes_from`): Outlook quotes the thread under such a
    box, and the patient's own mail ("Onze dochter Noor is drie weken ...") was read as
    the leaflet's last section."""
    box_split_headers(tree)
    found: list[HtmlElement] = []
    for box in tree.xpath(_HEADER_BOXES):
        if any(outer in found for outer in box.iterancestors()) \
                or len(box.text_content().split()) > MAX_FOOTER_WORDS:
            continue
        if is_message_header(_box_lines(box)):
            found.append(box)
    thread = _quotes_from(tree, found)
    for box in found[:found.index(thread) if thread is not None else len(found)]:
        _drop_rule_before(box)
        subject = _subject_heading(box)
        if subject is not None and _opens_with_heading(box):
            subject.drop_tree()  # the archive's heading; the message's own names the leaflet
        box.drop_tree()
    if thread is not None:
        _drop_to_end(thread)
    if found:
        _drop_salutations(tree)


# The most lines a message header has: the forward's line and seven fields (From, Sent, To,
# Cc, Bcc, Reply-To, Subject).
MAX_HEADER_LINES = 8


def box_split_headers(tree: HtmlElement) -> None:
    """Put each message header whose lines stand in boxes of their own, side by side, in one
    `<div>` of its own. Apple Mail writes each field of a forwarded message
    (`<div><b>Van: </b>...</div>`) and its "Begin doorgestuurd bericht:" as a box of one
    line, beside the forwarded body in one `<blockquote>`: no box held the header alone, and
    it was read as the first passage. The lines of a header (`is_message_header`) are looked
    for among runs of sibling boxes of one line each (`_one_line_runs`)."""
    for parent in tree.xpath("//body | //body//*"):
        for run in _one_line_runs(parent):
            lines = [_box_lines(box)[0] for box in run]
            start = 0
            while start < len(lines):
                end = next((end for end in range(min(len(lines), start + MAX_HEADER_LINES), start + 2, -1)
                            if is_message_header(lines[start:end])), None)
                if end is None:
                    start += 1
                    continue
                _wrap(run[start:end])
                start = end


def _one_line_runs(parent: HtmlElement) -> list[list[HtmlElement]]:
    """The runs of a box's children that hold one line of text each, with no text between
    them (an empty box or a `<br>` between them is no break: a header goes on past it)."""
    runs: list[list[HtmlElement]] = [[]]
    for child in parent:
        lines = _small_box_lines(child)
        if lines == []:
            continue
        if lines is None or len(lines) > 1:
            runs.append([])
        else:
            runs[-1].append(child)
        if (child.tail or "").strip():
            runs.append([])
    return [run for run in runs if len(run) >= 3]


# A box of one header line holds a few elements (Apple Mail's: a `<span>` with the field's
# name in `<b>`, a `<span>` with its value and a `<br>`); one of more is read as no such box,
# unread, so that each box of a large page is not read whole once for each box around it.
MAX_LINE_ELEMENTS = 24


def _small_box_lines(box: HtmlElement) -> list[str] | None:
    """A small box's lines of text (`_box_lines`); None for a heading, a comment or a box of
    more than `MAX_LINE_ELEMENTS` elements."""
    if not isinstance(box.tag, str) or box.tag in HEADING_NAMES \
            or next(islice(box.iter(), MAX_LINE_ELEMENTS, None), None) is not None:
        return None
    return _box_lines(box)


def _wrap(boxes: list[HtmlElement]) -> None:
    """Put sibling boxes, and what stands between them, in a new `<div>` in their place."""
    first, last = boxes[0], boxes[-1]
    parent = first.getparent()
    between = list(parent)[parent.index(first):parent.index(last) + 1]
    wrapper = first.makeelement("div", {})
    first.addprevious(wrapper)
    wrapper.tail, last.tail = last.tail, None
    wrapper.extend(between)


def _quotes_from(tree: HtmlElement, boxes: list[HtmlElement]) -> HtmlElement | None:
    """The first header box that heads a message the mail quotes in reply, or None. A box
    with text before it heads a message the mail answers or forwards; a forward passes on
    what follows (the leaflet a colleague sent), a reply quotes what the patient wrote. The
    subject of the message around the box tells which (its "RE:" or "FW:", from the page's
    `<title>` or the header box over it); where it tells neither, a box under the leaflet's
    headings, or with none after it, heads a reply's quote. A box that opens with a forward's
    line ("---------- Forwarded message ---------", Gmail's) heads a forwarded message, and a
    box under a heading that restates its subject heads the message the page shows
    (`_subject_heading`)."""
    if not boxes:
        return None
    titles = tree.xpath("//head/title")
    subject = " ".join(titles[0].text_content().split()) if titles else ""
    pieces = list(_reading_order(boxes[0].xpath("ancestor::body")[0], set(boxes)))
    for box in boxes:
        at = pieces.index(box)
        start = max((index for index in range(at) if pieces[index] in boxes), default=-1) + 1
        before, after = pieces[start:at], pieces[at + 1:]
        lines = _box_lines(box)
        kind = "forward" if is_forward_rule(lines[0]) else reply_kind(subject)
        if any(isinstance(piece, str) and piece.split() for piece in before) and kind != "forward" \
                and _subject_heading(box) is None and (
                kind == "reply" or any(map(_is_heading, before)) or not any(map(_is_heading, after))):
            return box
        subject = next((value for key, value in map(_field, lines) if key in SUBJECT_FIELDS), "")
    return None


def _subject_heading(box: HtmlElement) -> HtmlElement | None:
    """The heading over a header box that restates the box's subject, or None: a mail
    archive's page of one message (MHonArc's) sets the message's subject as its heading, then
    the message's own header as a list of fields, then the message. A reply quotes a message
    under the reply's own words, never under a heading that names the quoted subject; read as
    a reply's quote, the archived message was dropped whole."""
    subject = next((value for key, value in map(_field, _box_lines(box)) if key in SUBJECT_FIELDS), "")
    headings = box.xpath("preceding::*" + HEADING_TAGS)
    return headings[-1] if subject and headings and _same_subject(headings[-1].text_content(), subject) else None


def _opens_with_heading(box: HtmlElement) -> bool:
    """Whether the first words after a box are a heading's: a message that opens with a title
    of its own (a newsletter's `<h1>`)."""
    following = box.xpath("following::text()[normalize-space()]")
    if not following:
        return False
    holder = following[0].getparent()
    holder = holder.getparent() if following[0].is_tail else holder
    return holder is not None and bool(holder.xpath("ancestor-or-self::*" + HEADING_TAGS))


def _same_subject(first: str, second: str) -> bool:
    """Whether two subjects are the same words, their "RE:" or "FW:" prefixes and case aside."""
    return " ".join(without_reply_prefix(first).split()).casefold() \
        == " ".join(without_reply_prefix(second).split()).casefold()


def _drop_rule_before(box: HtmlElement) -> None:
    """Remove the forward's line that stands as loose text just before a header box:
    Thunderbird writes "-------- Forwarded Message --------" over its table of fields."""
    before = box.getprevious()
    text = (before.tail if before is not None else box.getparent().text) or ""
    kept, _, last = text.rstrip().rpartition("\n")
    if not is_forward_rule(last):
        return
    if before is not None:
        before.tail = kept
    else:
        box.getparent().text = kept


def _reading_order(element: HtmlElement, boxes: set[HtmlElement]):
    """The texts under an element in reading order, with each heading and each of the boxes
    in its place (a box's own text left out)."""
    if element in boxes or _is_heading(element):
        yield element
    if element in boxes or element.tag in {"script", "style"}:
        return
    yield element.text or ""
    for child in element:
        if isinstance(child.tag, str):
            yield from _reading_order(child, boxes)
        yield child.tail or ""


def _is_heading(piece: object) -> bool:
    return isinstance(piece, HtmlElement) and piece.tag in HEADING_NAMES


def _field(line: str) -> tuple[str, str]:
    """A header line's field name (lower case) and value, or two empty strings."""
    key, colon, value = line.partition(":")
    return (key.strip().lower(), value.strip()) if colon else ("", "")


def _drop_to_end(box: HtmlElement) -> None:
    """Remove a box and everything after it in the page's body, text included."""
    element = box
    while element is not None and element.tag != "body":
        parent = element.getparent()
        for later in list(element.itersiblings()):
            parent.remove(later)
        element.tail = None
        element = parent
    box.getparent().remove(box)


# Closing words of a short note that `is_sign_off` (a letter's) leaves out: "Thanks,", "Bedankt!".
_THANKS = re.compile(r"(?:many\s+)?thanks|thank\s+you|cheers|(?:alvast\s+)?bedankt|dank\s+(?:je|u)(?:\s+wel)?",
                     re.IGNORECASE)
# A signature under the closing words: at most this many lines ("Karin Jansen", "practice
# assistant") of at most this many words each.
MAX_SIGNATURE_LINES = 3
MAX_SIGNATURE_WORDS = 8
_LINES = "//body//p | //body//div[not(descendant::p or descendant::div)] | //body//*" + HEADING_TAGS


def _drop_salutations(tree: HtmlElement) -> None:
    """Remove a mail's salutation line: it names the patient ("Beste mevrouw Jansen,") and
    says nothing of the leaflet, yet stood as the first passage's first words. Where the
    note it opens is signed before any heading ("Kind regards, Karin Jansen, practice
    assistant", `_note_end`), the note goes whole: a covering note over a forwarded leaflet,
    whose signature stood as the first passage."""
    lines = tree.xpath(_LINES)
    for at, line in enumerate(lines):
        if line.getparent() is None or not _is_salutation(line):
            continue
        for note in lines[at:_note_end(lines, at) or at + 1]:
            if note.getparent() is not None:
                note.drop_tree()


def _is_salutation(line: HtmlElement) -> bool:
    return not _is_heading(line) and SALUTATION.fullmatch(" ".join(line.text_content().split())) is not None


def _note_end(lines: list[HtmlElement], start: int) -> int | None:
    """Past the last line of the note a salutation opens: its closing words ("Kind regards,",
    "Thanks,") and the signature under them (`_is_signature`), with no heading between and at
    most `MAX_FOOTER_WORDS` words in all; None where it is no such note."""
    words = 0
    for index in range(start + 1, len(lines)):
        if _is_heading(lines[index]) or _is_salutation(lines[index]):
            return None
        texts = _box_lines(lines[index])
        words += sum(len(text.split()) for text in texts)
        if words > MAX_FOOTER_WORDS:
            return None
        closing = next((at for at, text in enumerate(texts) if _is_closing(text)), None)
        if closing is None:
            continue
        return _signature_end(lines, index + 1, texts[closing + 1:])
    return None


def _signature_end(lines: list[HtmlElement], start: int, signed: list[str]) -> int | None:
    """Past the last line of the signature under closing words (`signed`: the lines after them
    in their own box, then the lines from `start`): at most `MAX_SIGNATURE_LINES` lines of at
    most `MAX_SIGNATURE_WORDS` words, none a sentence; None where what follows the closing
    words in their box is no signature."""
    if not _is_signature(signed):
        return None
    end = start
    while end < len(lines) and not (_is_heading(lines[end]) or _is_salutation(lines[end])):
        more = _box_lines(lines[end])
        if not _is_signature(signed + more):
            break
        signed += more
        end += 1
    return end


def _is_closing(text: str) -> bool:
    return is_sign_off(text) or _THANKS.fullmatch(text.rstrip(" ,!.")) is not None


def _is_signature(texts: list[str]) -> bool:
    return len(texts) <= MAX_SIGNATURE_LINES and all(
        len(text.split()) <= MAX_SIGNATURE_WORDS and not _SENTENCE_END.search(text) for text in texts)


# What starts a line of a box's text; a table's cells stand side by side on their row's line
# (Thunderbird's table of a forward's fields: "<th>Subject:</th><td>...</td>").
_CELLS = {"td", "th"}
_LINE_STARTS = (LINE_BLOCKS - _CELLS) | {"br", "tr"}


def _box_lines(box: HtmlElement) -> list[str]:
    """A box's lines of text: a `<br>`, a table's row and each block inside it start a new one."""
    pieces: list[str] = []
    for event, element in etree.iterwalk(box, events=("start", "end")):
        if not isinstance(element.tag, str) or element.tag in {"script", "style"}:
            if event == "end" and element.tail:
                pieces.append(element.tail)
            continue
        if event == "start":
            pieces.append(" " if element.tag in _CELLS else "\n" if element.tag in _LINE_STARTS else "")
            pieces.append(element.text or "")
        elif element is not box:
            pieces.append(("\n" if element.tag in _LINE_STARTS else "") + (element.tail or ""))
    return [" ".join(line.split()) for line in "".join(pieces).split("\n") if line.strip()]


def _line_of(link: HtmlElement) -> HtmlElement | None:
    """The block of text a link stands in (a paragraph, a cell, a `<div>`), or None where it
    stands in a heading or the page's own box."""
    for box in link.iterancestors():
        if box.tag in PAGE_BOXES or box.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            return None
        if box.tag in LINE_BLOCKS:
            return box
    return None


def _furniture_box(line: HtmlElement) -> HtmlElement:
    """The largest box around a line of furniture that holds nothing else of the leaflet:
    each box up adds at most `MAX_ADDED_WORDS` words (the sender's address in a line of its
    own, social links), none ending a sentence, no heading and no more than `MAX_FOOTER_WORDS`
    in all. A mail's footer section goes whole; the leaflet's last section beside it stays."""
    box = line
    for parent in line.iterancestors():
        if parent.tag in PAGE_BOXES or parent.xpath("./descendant::*" + HEADING_TAGS):
            break
        added = " ".join(_words_outside(parent, box))
        if len(added.split()) > MAX_ADDED_WORDS or _SENTENCE_END.search(added) \
                or len(parent.text_content().split()) > MAX_FOOTER_WORDS:
            break
        box = parent
    return box


def _words_outside(box: HtmlElement, inner: HtmlElement) -> list[str]:
    """The texts of a box outside one box inside it (and outside its scripts and styles)."""
    return [text for text in box.xpath(".//text()[not(ancestor::script or ancestor::style)]")
            if inner not in (text.getparent(), *text.getparent().iterancestors())
            or (text.is_tail and text.getparent() is inner)]


def word_title(tree: HtmlElement) -> str:
    """The words of the one paragraph Word styles "Title" (`p.MsoTitle`): the document's own
    title. A mail written in Outlook (Word) names the mail's subject in its `<title>` ("RE:
    Vraag over vitamine K"), not the leaflet pasted into it."""
    found = tree.xpath("//body//*[contains(concat(' ', normalize-space(@class), ' '), ' MsoTitle ')]")
    return " ".join(found[0].text_content().split()) if len(found) == 1 else ""
