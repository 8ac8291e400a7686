"""Bad input: a clear error naming the file and the cause, nothing else lost.

One test per kind of bad file, then one that mixes them with good files in a
real `leaflets ingest` run over an existing index; a property test over the
cleaning functions; a fuzz test that feeds mutated PDF bytes to the loader.
"""

from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import pypdf
import pytest
from conftest import HashEmbedder
from hypothesis import example, given, settings as hypothesis_settings, strategies as st
from leaflet_files import write_file
from pdf_factory import Line, make_pdf

import leaflets.api as api
from ingest.clean import clean
from ingest.clean.furniture import furniture_lines, strip_page_furniture
from ingest.clean.joining import join_hyphenated
from ingest.clean.normalise import normalise_unicode
from ingest.document import IngestError
from ingest.pdf import load_pdf
from ingest.pipeline import ingest_leaflets
from ingest.source import SourceText
from leaflets.config import Settings

GOOD_PDF = make_pdf([[Line("Nierziekte", 18, True), "Bij nierziekte lekt er eiwit uit de nieren.",
                      "Dat merkt u aan schuimende urine en dikke enkels."]])
PAGE = (b"<html><body><main><article><h1>Nierziekte</h1><p>Bij nierziekte lekt er eiwit uit de "
        b"nierfilters naar de urine. Dat merkt u aan schuimende urine, aan dikke enkels en aan "
        b"moeheid. Dit is genoeg tekst om als hoofdtekst te tellen.</p></article></main></body></html>")


def _ingest(tmp_path: Path, name: str, data: bytes, **options):
    path = write_file(tmp_path, name, data)
    return path, lambda: ingest_leaflets(path, **options)


def _refused(tmp_path: Path, name: str, data: bytes, cause: str, **options) -> IngestError:
    path, run = _ingest(tmp_path, name, data, **options)
    with pytest.raises(IngestError, match=cause) as caught:
        run()
    assert caught.value.path == str(path) and name in str(caught.value)
    return caught.value


def _encrypted_pdf() -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(GOOD_PDF)))
    writer.encrypt(user_password="geheim", owner_password="eigenaar", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_encrypted_pdf(tmp_path):
    _refused(tmp_path, "geheim.pdf", _encrypted_pdf(), "encrypted")


def test_pdf_without_text_layer_says_ocr_is_needed(tmp_path):
    _refused(tmp_path, "gescand.pdf", make_pdf([[], []]), "no text layer.*OCR is needed")


def test_truncated_pdf(tmp_path):
    _refused(tmp_path, "half.pdf", GOOD_PDF[: len(GOOD_PDF) // 2], "corrupt or truncated|damaged|no text layer")


def test_corrupt_pdf(tmp_path):
    _refused(tmp_path, "kapot.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8, "corrupt or truncated")


def test_zero_byte_file(tmp_path):
    _refused(tmp_path, "leeg.pdf", b"", "empty \\(0 bytes\\)")


def test_binary_data_named_txt(tmp_path):
    rng = random.Random(4)
    _refused(tmp_path, "foto.txt", bytes(rng.randrange(256) for _ in range(4000)), "not a text file")


def test_text_in_cp1252_reads_as_written(tmp_path):
    text = "Eiwitverlies\n\nDe patiënten krijgen een ‘crème’ – zo zegt de arts – en dat helpt.\n"
    _, run = _ingest(tmp_path, "oud.txt", text.encode("cp1252"))
    assert run()[0].passages[0].text == "De patiënten krijgen een ‘crème’ – zo zegt de arts – en dat helpt."


def test_text_with_a_byte_order_mark(tmp_path):
    _, run = _ingest(tmp_path, "bom.txt", b"\xef\xbb\xbfEiwitverlies\n\nSchuimende urine is een teken.\n")
    item = run()[0]
    assert item.leaflet.title == "Eiwitverlies" and not item.text.startswith("\ufeff")


def test_file_above_the_size_limit(tmp_path):
    _refused(tmp_path, "groot.txt", b"Tekst. " * 200, "too large \\(1,400 bytes; the limit is 1,000\\)",
             max_bytes=1000)


def test_a_text_far_longer_than_any_leaflet_is_refused_before_splitting(tmp_path, monkeypatch):
    import ingest.pipeline

    monkeypatch.setattr(ingest.pipeline, "MAX_LEAFLET_WORDS", 1000)
    _refused(tmp_path, "dump.txt", ("Tekst van een folder. " * 300).encode(),
             "too long for a leaflet \\(1,200 words; the limit is 1,000\\)")
    assert ingest_leaflets(_ingest(tmp_path, "folder.txt", ("Tekst van een folder. " * 200).encode())[0])


def test_html_full_of_scripts(tmp_path):
    page = b"<html><head>" + b"<script>var a = 1;</script>" * 300 + b"</head><body><script>x()</script></body></html>"
    _refused(tmp_path, "scripts.html", page, "no main text")


def test_bad_files_are_reported_and_the_rest_ingests_into_a_working_index(tmp_path, monkeypatch):
    monkeypatch.setattr(api, "embedder_for", lambda model, threads: HashEmbedder())
    folder = tmp_path / "bronnen"
    folder.mkdir()
    (folder / "goed.html").write_bytes(PAGE)
    config = Settings.from_env({}).with_overrides(index=tmp_path / "index", sources=folder, max_file_mb=0.01)
    first = api.ingest_paths(config)
    assert not first.errors and first.report is not None
    bad = {"geheim.pdf": _encrypted_pdf(), "gescand.pdf": make_pdf([[]]), "half.pdf": GOOD_PDF[:300],
           "leeg.txt": b"", "foto.txt": b"\x00\x01" * 500, "groot.txt": b"Tekst. " * 5000,
           "scripts.html": b"<html><body><script>" + b"x();" * 300 + b"</script></body></html>"}
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (folder / "ook-goed.pdf").write_bytes(GOOD_PDF)
    (folder / "oud.txt").write_bytes("Vocht\n\nDe enkels worden dik door vocht in het lichaam.\n".encode("cp1252"))
    second = api.ingest_paths(config)
    assert sorted(Path(error.path).name for error in second.errors) == sorted(bad)
    assert all(error.cause for error in second.errors)
    searcher = api.open_searcher(config)
    titles = {hit.leaflet.title for hit in searcher.search("eiwit nierziekte enkels vocht", k=10).hits}
    assert {"Nierziekte", "Vocht"} <= titles
    shutil.rmtree(folder)


def _two_folders_with_one_name(tmp_path: Path, monkeypatch) -> tuple[Path, Path, Settings]:
    """Folders a and b each holding a different `folder.txt`; a is indexed."""
    monkeypatch.setattr(api, "embedder_for", lambda model, threads: HashEmbedder())
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    (first / "folder.txt").write_text("Darmonderzoek\n\nDrink de avond ervoor Moviprep.\n")
    (second / "folder.txt").write_text("Staaroperatie\n\nNa de operatie draagt u een oogkapje.\n")
    config = Settings.from_env({}).with_overrides(index=tmp_path / "index", sources=first)
    assert not api.ingest_paths(config, [first]).errors
    return first, second, config


def test_a_second_folder_cannot_silently_replace_a_leaflet_of_the_same_name(tmp_path, monkeypatch):
    first, second, config = _two_folders_with_one_name(tmp_path, monkeypatch)
    outcome = api.ingest_paths(config, [second])
    assert [Path(error.path).name for error in outcome.errors] == ["folder.txt"]
    assert "already taken in the index by" in str(outcome.errors[0]) and str(first) in str(outcome.errors[0])
    texts = {hit.passage.text for hit in api.open_searcher(config).search("Moviprep oogkapje", k=5).hits}
    assert any("Moviprep" in text for text in texts)  # the first leaflet is still there
    assert not any("oogkapje" in text for text in texts)
    # once the first file is gone (moved or deleted), the same name may take its place
    shutil.rmtree(first)
    assert not api.ingest_paths(config, [second]).errors
    texts = {hit.passage.text for hit in api.open_searcher(config).search("Moviprep oogkapje", k=5).hits}
    assert any("oogkapje" in text for text in texts)


def test_an_indexed_file_given_a_new_id_frees_its_old_one_in_the_same_run(tmp_path, monkeypatch):
    first, second, config = _two_folders_with_one_name(tmp_path, monkeypatch)
    (first / "catalog.toml").write_text('[leaflets."folder.txt"]\nid = "darmonderzoek"\n')
    outcome = api.ingest_paths(config, [first, second])
    assert not outcome.errors and outcome.report.leaflets == 2


def test_files_of_other_types_are_named_not_silently_left_out(tmp_path, monkeypatch):
    monkeypatch.setattr(api, "embedder_for", lambda model, threads: HashEmbedder())
    folder = tmp_path / "bronnen"
    (folder / "sub").mkdir(parents=True)
    (folder / "goed.txt").write_text("Vocht\n\nDe enkels worden dik door vocht.\n")
    (folder / "sub" / "folder.odt").write_bytes(b"PK\x03\x04 not read")
    (folder / ".verborgen.odt").write_bytes(b"hidden files stay unmentioned")
    config = Settings.from_env({}).with_overrides(index=tmp_path / "index", sources=folder)
    outcome = api.ingest_paths(config)
    assert outcome.unsupported == [folder / "sub" / "folder.odt"]
    assert not outcome.errors and outcome.report is not None and outcome.report.leaflets == 1


# ---------------------------------------------------------------- properties

_WORD = st.text("abcdefghijklmnopqrstuvwxyzéëï", min_size=1, max_size=10)
_LINE = st.lists(st.one_of(_WORD, st.sampled_from(["-", ".", ",", "•", "IgA-", "12", "Pagina 3"])),
                 min_size=0, max_size=8).map(" ".join)


@hypothesis_settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_LINE, max_size=8), min_size=1, max_size=6))
def test_furniture_only_ever_drops_lines_at_page_edges(pages):
    dropped = furniture_lines(pages)
    for lines, drop in zip(pages, dropped):
        filled = [i for i, line in enumerate(lines) if line.strip()]
        assert drop <= set(filled[:2] + filled[-2:])
    stripped = strip_page_furniture(["\n".join(lines) for lines in pages])
    assert [page.count("\n") for page in stripped] == [max(len(lines) - 1, 0) for lines in pages]


@hypothesis_settings(max_examples=200, deadline=None)
@given(_WORD, _WORD, st.sets(_WORD, max_size=5))
def test_a_hyphen_at_a_line_end_is_kept_dropped_or_spaced_never_anything_else(first, second, vocabulary):
    glue = join_hyphenated(f"tekst {first}-", second, vocabulary)
    assert glue in {"-", "", "- "}
    if f"{first}-{second}".lower() in vocabulary:
        assert glue == "-"


@hypothesis_settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_normalising_is_idempotent(text):
    once = normalise_unicode(text)
    assert normalise_unicode(once) == once and "\r" not in once and "\u00ad" not in once


@hypothesis_settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_LINE, min_size=1, max_size=6), min_size=1, max_size=4))
@example([["-", "-"], ["."]])  # two lone bullets, one item: the bullet left over stays before it
def test_cleaned_pdf_text_maps_every_block_to_pages_in_order(pages):
    texts = ["\n".join(lines) for lines in pages]
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    cleaned = clean(SourceText("\n".join(texts), "plain", tuple(starts), first_page=41))
    previous = 41
    for block in cleaned.blocks:
        assert cleaned.text[block.start:block.end] == block.text
        cited = cleaned.pages(block.start, block.end)
        assert cited and 41 <= cited[0] <= cited[-1] <= 40 + len(pages) and cited[0] >= previous
        previous = cited[0]


# ---------------------------------------------------------------- fuzzing

_SEEDS = [make_pdf([[Line("Titel", 16, True), "Een zin op de eerste pagina.", "• een lijstje"],
                    ["Tweede pagina met meer tekst.", "2"]]),
          _encrypted_pdf()]


def _mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if len(data) < 16:
            break
        kind, at = rng.random(), rng.randrange(len(data))
        if kind < 0.4:
            data[at] = rng.randrange(256)
        elif kind < 0.6:
            del data[at:at + rng.randint(1, 64)]
        elif kind < 0.8:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        else:
            data = data[: max(at, 10)]
    return bytes(data)


def test_mutated_pdf_bytes_raise_only_ingest_errors():
    rng = random.Random(20261123)
    loaded = refused = 0
    for case in range(300):
        data = _mutate(_SEEDS[case % len(_SEEDS)], rng)
        try:
            source = load_pdf(data, f"fuzz-{case}.pdf")
        except IngestError as error:
            assert error.path == f"fuzz-{case}.pdf" and error.cause
            refused += 1
        else:
            assert isinstance(source, SourceText)
            loaded += 1
    assert loaded and refused  # the mutations reach both outcomes
