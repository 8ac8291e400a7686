"""GNU Info files kept as .txt (red team 27): read as the page an Info reader shows.

gehoorschade.txt (makeinfo 6.8 output of pandoc's Texinfo) was refused whole as "mostly binary
data": its node separators (U+001F) and Tag Table DEL marks counted as control characters.
Read, it kept Info's furniture (preamble, "File: ..., Node: ..." lines, menus, Tag Table) and
its numbered chapters nested under each other.
"""

from __future__ import annotations

import pytest

from ingest.document import IngestError
from ingest.info import is_info, read_info
from ingest.pipeline import ingest_file
from ingest.text import decode_text

_BODIES = {
    "Klachten": "   • U hoort een piep in uw oren.\n   • Harde geluiden doen pijn.",
    "Werk": "Vanaf 80 decibel moet uw werkgever gehoorbescherming aanbieden.  Laat\nuw gehoor regelmatig testen.",
    "Kinderen": "Kinderoren zijn extra gevoelig.  Zie ook *note Werk::.",
    "Contact": "Bel het Audiologisch Centrum Oost, telefoon 053 - 487 22 10.",
}


def _heading(title: str, mark: str) -> str:
    return f"{title}\n{mark * len(title)}\n\n"


def _info(bodies: dict[str, str] = _BODIES) -> str:
    """An Info file as `makeinfo --no-split` writes one: a Top node with a menu, one chapter a
    node, the Tag Table and Local Variables."""
    menu = "".join(f"* {name}::\n" for name in bodies)
    nodes = [f"File: t.info,  Node: Top,  Up: (dir)\n\n{_heading('Gehoorschade door lawaai', '*')}"
             f"* Menu:\n\n{menu}\n"]
    for number, (name, body) in enumerate(bodies.items(), 1):
        nodes.append(f"File: t.info,  Node: {name},  Prev: Top,  Up: Top\n\n{_heading(f'{number} {name}', '*')}"
                     f"{body}\n\n")
    tags = "".join(f"Node: {name}\x7f{100 * at}\n" for at, name in enumerate(["Top", *bodies], 1))
    return ("This is t.info, produced by makeinfo version 6.8 from t.texi.\n\n"
            + "".join(f"\x1f\n{node}" for node in nodes)
            + f"\x1f\nTag Table:\n{tags}\x1f\nEnd Tag Table\n\n\x1f\nLocal Variables:\ncoding: utf-8\nEnd:\n")


def test_a_short_info_file_is_text_not_binary():
    text = _info()
    assert decode_text(text.encode("utf-8"), "t.txt") == text


def test_control_characters_that_are_not_infos_still_count():
    text = _info().replace("\x1f\n", "\x1f ").replace("\x7f", "\x7f ")
    with pytest.raises(IngestError, match="binary"):
        decode_text(text.encode("utf-8"), "t.txt")
    binary = bytes(range(1, 32)) * 4 + b"\x1f\n" * 3
    with pytest.raises(IngestError, match="binary"):
        decode_text(binary, "b.txt")


def test_an_info_file_is_read_as_its_nodes_without_infos_furniture(tmp_path):
    path = tmp_path / "gehoor.txt"
    filler = "\n\nDe schade hangt af van hoe hard het geluid is en hoe lang u eraan blootstaat." * 8
    path.write_text(_info({name: body + filler for name, body in _BODIES.items()}), encoding="utf-8")
    item = ingest_file(path)
    assert item.leaflet.title == "Gehoorschade door lawaai"
    assert {passage.headings for passage in item.passages} == {(f"{n} {name}",) for n, name in
                                                              enumerate(_BODIES, 1)}
    for furniture in ("makeinfo", "File:", "Node:", "Menu", "Tag Table", "Local Variables", "coding", "::"):
        assert furniture not in item.text
    assert "Kinderoren zijn extra gevoelig. Zie ook Werk." in item.text


def test_sections_nest_by_their_underline_and_notes_below_a_menu_stay():
    body = ("Nierstenen ontstaan uit zouten.(1)\n\n* Menu:\n\n* Pijn::\n\n"
            "   ---------- Footnotes ----------\n\n   (1) Bron: NHG.\n\n"
            + _heading("1.1 Pijn", "=") + "Neem paracetamol.\n\n" + _heading("1.1.1 Bellen", "-") + "Bel bij koorts.")
    page = read_info(_info({"Oorzaak": body}))
    assert page.headings == {"Gehoorschade door lawaai": 1, "1 Oorzaak": 2, "1.1 Pijn": 3, "1.1.1 Bellen": 4}
    assert "(1) Bron: NHG." in page.text and "Footnotes" not in page.text and "* Pijn::" not in page.text
    assert "=====" not in page.text


def test_a_table_rule_is_no_heading_underline():
    table = "Geluid        Decibel\n---------------------\nGrasmaaier    90 dB"
    assert read_info(_info({"Tabel": table})).headings == {"Gehoorschade door lawaai": 1, "1 Tabel": 2}


def test_info_is_told_by_its_node_lines():
    assert is_info(_info())
    assert is_info(_info().replace("\x1f\n", ""))  # separators lost: node lines remain
    assert not is_info("File: verslag.docx, Node: 3\n\nDe uitslag volgt.\n")
