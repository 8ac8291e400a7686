"""The two real leaflets, end to end: what search quality depends on.

Every answer quote of the dev set must survive cleaning and sit (at least half
of it) inside one passage; otherwise no retriever can ever be right.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from ingest.catalog import load_catalog
from ingest.clean import clean
from ingest.clean.lines import ends_sentence
from ingest.pipeline import ingest_file
from ingest.source import SourceText

DATA = Path(__file__).parent / "data"
LEAFLETS = DATA / "leaflets"
SOURCES = Path(__file__).parent.parent / "sources"


def normalise(text: str) -> str:
    """The eval README's normalisation: NFKC, ' for curly single quotes, spaces, lower case."""
    text = unicodedata.normalize("NFKC", text).replace("\u2018", "'").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).lower()


def longest_common_substring(a: str, b: str) -> int:
    best, previous = 0, [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        current = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


@pytest.fixture(scope="module")
def leaflets():
    return {path.name: ingest_file(path, root=LEAFLETS) for path in sorted(LEAFLETS.glob("*.txt"))}


def dev_quotes():
    for line in (DATA / "dev_questions.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        for quote in item["answers"]:
            yield pytest.param(item["leaflet"].split(";"), quote, id=f"{item['id']}:{quote[:30]}")


@pytest.mark.parametrize(("names", "quote"), list(dev_quotes()))
def test_every_dev_quote_is_in_the_cleaned_text_and_mostly_in_one_passage(leaflets, names, quote):
    needle = normalise(quote).strip()
    assert any(needle in normalise(leaflets[name].text) for name in names)
    best = max(
        longest_common_substring(needle, normalise(p.text))
        for name in names for p in leaflets[name].passages
    )
    assert 2 * best >= len(needle)


def test_span_invariant_and_positions(leaflets):
    for item in leaflets.values():
        assert [p.position for p in item.passages] == list(range(len(item.passages)))
        for passage in item.passages:
            start, end = passage.span
            assert item.text[start:end] == passage.text
            assert passage.leaflet_id == item.leaflet.id
            assert passage.pages == ()


def test_passages_start_and_end_on_sentence_or_block_boundaries(leaflets):
    """No passage is cut inside a sentence: it starts where a block or sentence starts
    and ends where a block ends or a sentence does."""
    for item in leaflets.values():
        text = item.text
        for passage in item.passages:
            start, end = passage.span
            assert start == 0 or text[start - 2:start] == "\n\n" or ends_sentence(text[:start].rstrip())
            assert end == len(text) or text[end:end + 2] == "\n\n" or ends_sentence(passage.text)


def test_no_line_break_inside_a_sentence():
    """Every wrapped line of the PDF-extracted leaflet is joined to its continuation,
    and only list items (never paragraphs) start lower-case."""
    raw = (LEAFLETS / "systemische-sclerose.txt").read_text(encoding="utf-8")
    cleaned = clean(SourceText(raw))
    lines = [" ".join(line.split()) for line in raw.split("\n") if line.strip()]
    for line, following in zip(lines, lines[1:]):
        if following[0].islower() and not ends_sentence(line) and not line.endswith(":") \
                and not line.endswith("-"):
            joined = f"{line} {following}"
            is_item = any(following in b.lines for b in cleaned.blocks if b.kind == "list")
            assert joined in " ".join(cleaned.text.split()) or is_item, joined
    for block in cleaned.blocks:
        if block.kind == "paragraph":
            assert "\n" not in block.text and not block.text[0].islower(), block.text


def test_sclerosis_paragraphs_are_rejoined(leaflets):
    text = leaflets["systemische-sclerose.txt"].text
    assert "Bij auto-immuunaandoeningen valt het afweersysteem gezond weefsel aan" in text
    assert "Bindweefsel komt in je hele lichaam voor." in text
    assert "kan het hart bij systemische sclerose op verschillende manieren aangedaan zijn" in text
    assert "Gewrichts- en peesontstekingen" in text
    assert "\n\n\n" not in text and "  " not in text


def test_sclerosis_lists_stay_lists(leaflets):
    text = leaflets["systemische-sclerose.txt"].text
    assert "Je merkt dat aan:\n\ndarmkrampen\ndiarree\ngewichtsverlies\nobstipatie" in text
    assert "Denk aan:\n\nwarme handschoenen\nmedicijnen\nstoppen met roken\n" in text


def test_interface_boilerplate_is_gone(leaflets):
    fsgs = leaflets["fsgs.txt"].text
    assert "Selecteer de tekst" not in fsgs and "Vertalen" not in fsgs
    assert "Waarom werken we samen met deskundigen?" not in fsgs
    assert "Lees meer over" not in leaflets["systemische-sclerose.txt"].text
    assert fsgs.startswith("Focale segmentale glomerulosclerose (FSGS)")


def test_bullets_are_kept_as_list_items(leaflets):
    fsgs = leaflets["fsgs.txt"].text
    assert "\n• vocht vasthouden\n• hoge bloeddruk\n• hoog cholesterol\n" in fsgs


def test_metadata_read_from_the_texts(leaflets):
    fsgs = leaflets["fsgs.txt"].leaflet
    assert (fsgs.id, fsgs.title, fsgs.updated, fsgs.language) == (
        "fsgs", "Focale segmentale glomerulosclerose (FSGS)", "2025-07-02", "nl")
    sclerosis = leaflets["systemische-sclerose.txt"].leaflet
    assert (sclerosis.id, sclerosis.title, sclerosis.updated) == (
        "systemische-sclerose", "Systemische sclerose, Sclerodermie", "")
    assert not fsgs.paged and fsgs.url == "" and fsgs.publisher == ""


def test_date_line_is_metadata_not_a_passage(leaflets):
    assert all("Laatste update" not in p.text for p in leaflets["fsgs.txt"].passages)


def test_heading_paths(leaflets):
    fsgs = {p.headings for p in leaflets["fsgs.txt"].passages}
    for heading in ["Hoe ontstaat FSGS?", "Symptomen van FSGS", "Primaire FSGS", "Vochtophoping",
                    "Is FSGS te genezen?"]:
        assert (heading,) in fsgs
    sclerosis = {p.headings for p in leaflets["systemische-sclerose.txt"].passages}
    assert ("Wat is systemische sclerose?",) in sclerosis
    assert ("Verschillende vormen", "Lokale sclerodermie") in sclerosis
    assert ("Verschillende vormen", "Systemische sclerose") in sclerosis
    assert ("3 deelvormen systemische sclerose", "Diffuse cutane vorm") in sclerosis
    assert ("Longfibrose",) in sclerosis


def test_colophon_belongs_to_the_leaflet_not_the_last_section(leaflets):
    last = leaflets["fsgs.txt"].passages[-1]
    assert last.text.startswith("Onze deskundigen") and last.headings == ()
    last = leaflets["systemische-sclerose.txt"].passages[-1]
    assert "ReumaNederland" in last.text and last.headings == ()


def test_passage_sizes(leaflets):
    for item in leaflets.values():
        assert all(len(p.text.split()) <= 180 for p in item.passages)


def test_passage_ids_are_stable_and_unique():
    first = ingest_file(LEAFLETS / "fsgs.txt", root=LEAFLETS)
    second = ingest_file(LEAFLETS / "fsgs.txt", root=LEAFLETS)
    assert [p.id for p in first.passages] == [p.id for p in second.passages]
    assert len({p.id for p in first.passages}) == len(first.passages)


def test_the_shipped_sources_match_the_test_copies_and_the_catalog_reads():
    for name in ["fsgs.txt", "systemische-sclerose.txt"]:
        assert (SOURCES / name).read_bytes() == (LEAFLETS / name).read_bytes()
    catalog = load_catalog(SOURCES / "catalog.toml")
    item = ingest_file(SOURCES / "systemische-sclerose.txt", root=SOURCES, catalog=catalog)
    assert item.leaflet.publisher.startswith("ReumaNederland")
    assert item.leaflet.language == "nl"
