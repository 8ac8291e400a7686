"""A document cut into a RAG chunker's JSON records, read back as the document (red team 56,
findings 2.1 and 2.3): chonkie's and semantic-text-splitter's JSON Lines, LangChain's
HTMLHeaderTextSplitter Documents, and the same shape as other tools write it."""

import json
from pathlib import Path

from ingest.chunk_records import read_chunk_records
from ingest.text import decode_text

from tests.ingest_helpers import all_text as _all_text, headings as _headings, ingested_copy, ingested_text

LEAFLETS = Path(__file__).parent / "data" / "redteam56_leaflets"
FIELD_MARKS = ('"id"', '"text"', "chnk_", "start_index", "token_count", "page_content", "metadata", "\\n", "{", "}")


def _leaflet(tmp_path: Path, name: str):
    return ingested_copy(tmp_path, LEAFLETS / name)


def _written(tmp_path: Path, text: str, name: str = "chunks.txt"):
    return ingested_text(tmp_path, text, name)


def test_chonkie_json_lines_read_as_the_markdown_their_offsets_tile(tmp_path):
    item = _leaflet(tmp_path, "crohn-voeding.txt")
    assert item.leaflet.title == "Voeding bij de ziekte van Crohn"
    assert item.leaflet.updated == "2026-02"
    text = _all_text(item)
    for mark in FIELD_MARKS:
        assert mark not in text
    for heading in ("Waarom is voeding belangrijk?", "Er is geen Crohn-dieet", "Tijdens een opvlamming", "Roken en alcohol"):
        assert heading in _headings(item)
    # the sentence chonkie cut between two records is one again
    assert "Laat niet zomaar hele productgroepen weg, zoals zuivel of graan, zonder overleg met een diëtist." in text


def test_semantic_text_splitter_json_lines_read_as_the_pdf_text_they_cut(tmp_path):
    item = _leaflet(tmp_path, "smetten.txt")
    assert item.leaflet.title == "Smetten (intertrigo)"
    text = _all_text(item)
    for mark in (*FIELD_MARKS, "\x7f", "pagina 1", "pagina 2"):
        assert mark not in text
    assert "Smetten komt vooral voor in de liezen" in text  # the seam between two records joined
    assert "• een rode, glanzende huid met scherpe randen;" in text  # pypdf's DEL is the bullet
    assert {"Wat is smetten?", "Hoe ziet het eruit?", "Wat kunt u zelf doen?", "Wanneer contact opnemen?"} \
        <= set(_headings(item))


def test_langchain_header_splits_take_their_headings_from_metadata(tmp_path):
    item = _leaflet(tmp_path, "gele-koorts-vaccinatie.txt")
    assert item.leaflet.title == "Vaccinatie tegen gele koorts"
    assert item.leaflet.publisher == "GGD Hollands Noorden"  # named in the furniture left out
    text = _all_text(item)
    for mark in ("cookies", "Accepteren", "Infectieziekten", "Over ons", "Folders", "Postbus", "querySelector"):
        assert mark not in text
    mis_headed = next(passage for passage in item.passages if "thymus" in passage.text)
    assert mis_headed.headings[-1] == "Wie mag de vaccinatie niet krijgen?"
    for passage in item.passages:  # no section closes with its own metadata's headings
        assert not passage.text.rstrip().endswith(passage.headings[-1] if passage.headings else "\0")
    assert "Wat is gele koorts?" in _headings(item)


_PROSE = ("Na de operatie mag u de eerste twee weken niet zwaar tillen. Wandelen mag wel en is goed voor het "
          "herstel. Bel de polikliniek als de wond rood en dik wordt of als u koorts krijgt boven 38,5 graden.")


def test_llamaindex_nodes_with_overlapping_offsets_take_the_overlap_once(tmp_path):
    document = ("# Leefregels na een liesbreukoperatie\n\n## Na de operatie\n\n" + _PROSE + "\n\n## Douchen\n\n"
                "U mag na 24 uur weer douchen. Dep de wond daarna droog met een schone handdoek.\n")
    cuts = [(0, 120), (100, 200), (180, 300), (280, len(document))]  # a splitter's overlap of 20 characters
    nodes = [{"id_": f"node-{index}", "text": document[start:end], "start_char_idx": start, "end_char_idx": end,
              "metadata": {"file_name": "liesbreuk.md"}, "class_name": "TextNode",
              "text_template": "{metadata_str}\n\n{content}"} for index, (start, end) in enumerate(cuts)]
    read = read_chunk_records(json.dumps(nodes))
    assert read is not None and read.text == document
    item = _written(tmp_path, json.dumps(nodes, indent=2))
    assert item.leaflet.title == "Leefregels na een liesbreukoperatie"
    assert set(_headings(item)) == {"Na de operatie", "Douchen"}
    text = _all_text(item)
    assert "TextNode" not in text and "node-" not in text
    assert _PROSE in text  # each sentence once, none cut at a seam


def test_haystack_documents_in_json_lines_read_as_their_text(tmp_path):
    lines = [json.dumps({"id": f"{index:064x}", "content": content, "meta": {"source_id": "abc", "page_number": 1},
                         "score": None, "embedding": None})
             for index, content in enumerate(["Leefregels na een liesbreukoperatie\n\nNa de operatie\n",
                                              _PROSE, "Douchen\n", "U mag na 24 uur weer douchen. Dep de wond droog."])]
    item = _written(tmp_path, "\n".join(lines) + "\n")
    assert item.leaflet.title == "Leefregels na een liesbreukoperatie"
    text = _all_text(item)
    assert "source_id" not in text and '"content"' not in text and "0000" not in text
    assert "U mag na 24 uur weer douchen." in text


def test_unstructured_elements_are_headed_by_their_titles_and_leave_their_footers(tmp_path):
    elements = [
        {"type": "Header", "element_id": "a1", "text": "Ziekenhuis Noord · Chirurgie", "metadata": {"page_number": 1}},
        {"type": "Title", "element_id": "a2", "text": "Leefregels na een liesbreukoperatie", "metadata": {}},
        {"type": "Title", "element_id": "a3", "text": "Na de operatie", "metadata": {}},
        {"type": "NarrativeText", "element_id": "a4", "text": _PROSE, "metadata": {}},
        {"type": "ListItem", "element_id": "a5", "text": "Wandel elke dag een half uur.", "metadata": {}},
        {"type": "Footer", "element_id": "a6", "text": "pagina 1 van 1", "metadata": {}},
    ]
    item = _written(tmp_path, json.dumps(elements))
    assert item.leaflet.title == "Leefregels na een liesbreukoperatie"
    assert "Na de operatie" in _headings(item)
    text = _all_text(item)
    assert "pagina 1 van 1" not in text and "Ziekenhuis Noord · Chirurgie" not in text
    assert "• Wandel elke dag een half uur." in text


def test_a_chunk_outside_the_sections_that_holds_prose_stays(tmp_path):
    documents = [
        {"page_content": "Deze folder is voor mensen die een liesbreukoperatie krijgen. Lees hem samen met uw naaste.",
         "metadata": {}},
        {"page_content": "Na de operatie", "metadata": {"Header 1": "Liesbreuk", "Header 2": "Na de operatie"}},
        {"page_content": _PROSE, "metadata": {"Header 1": "Liesbreuk", "Header 2": "Na de operatie"}},
    ]
    item = _written(tmp_path, json.dumps(documents))
    assert "Deze folder is voor mensen die een liesbreukoperatie krijgen." in _all_text(item)
    assert item.leaflet.title == "Liesbreuk"


def test_json_that_is_no_chunk_list_is_read_as_before():
    # a data record's fields each say something: no one field holds the text
    faq = [{"question": question, "answer": _PROSE}
           for question in ("Mag ik na de operatie weer fietsen?", "Wanneer mag ik weer zwemmen?", "Mag ik tillen?")]
    assert read_chunk_records(json.dumps(faq)) is None
    # a leaflet's sections as records: each section's title beside its text (the JSON-strings reader's)
    sections = [{"title": "Na de operatie", "text": _PROSE}, {"title": "Douchen", "text": _PROSE}]
    assert read_chunk_records(json.dumps(sections)) is None
    # a configuration, records of codes, JSON Lines of numbers, a single object
    assert read_chunk_records(json.dumps([{"name": "model", "value": "e5-small"}, {"name": "k", "value": "10"}])) is None
    assert read_chunk_records('{"a": 1}\n{"a": 2}\n') is None
    assert read_chunk_records(json.dumps({"text": _PROSE})) is None
    # a list of strings stays with the JSON-strings reader (semchunk's list)
    assert read_chunk_records(json.dumps([_PROSE, _PROSE])) is None
    # HTML content stays with the JSON-strings reader, which reads it as a page
    assert read_chunk_records(json.dumps([{"content": f"<p>{_PROSE}</p>"}, {"content": f"<p>{_PROSE}</p>"}])) is None


def test_an_ordinary_text_with_json_lines_in_it_stays_a_text(tmp_path):
    text = ("Leefregels na een liesbreukoperatie\n\n" + _PROSE + "\n\nDe app bewaart uw metingen zo:\n"
            + '{"id": 1, "text": "bloeddruk"}\n')
    item = _written(tmp_path, text)
    assert "bloeddruk" in _all_text(item)
    assert read_chunk_records(text) is None


def test_pypdf_del_bullets_read_as_bullets_and_no_other_del():
    assert decode_text(b"Wat doet u?\n\x7f\nDraag ruime kleding.\n\x7f Drink veel.\n", "x") \
        == "Wat doet u?\n•\nDraag ruime kleding.\n• Drink veel.\n"
    assert decode_text(b'{"text": "Wat doet u?\\n\x7f\\nDrink veel."}', "x") == '{"text": "Wat doet u?\\n•\\nDrink veel."}'
    # a DEL inside a line (an Info file's tag table) is no bullet
    assert decode_text(b"Node: Top\x7f123\n", "x") == "Node: Top\x7f123\n"
