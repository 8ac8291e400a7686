"""A plain text's JSON is parsed once for the three readers that ask whether it is theirs
(`ingest.json_value`): a chunker's records, a localisation file, a document's strings."""

import json

import ingest.json_value
from ingest.json_value import json_value

from tests.ingest_helpers import all_text, ingested_text

SENTENCE = "De verpleegkundige bekijkt de wond elke week op de polikliniek en vertelt u wat u zelf kunt doen."


def _counted_parses(monkeypatch) -> list[str]:
    parsed: list[str] = []
    loads = json.loads

    def counting(text, *args, **kwargs):
        parsed.append(text)
        return loads(text, *args, **kwargs)

    json_value.cache_clear()
    monkeypatch.setattr(ingest.json_value.json, "loads", counting)
    return parsed


def test_a_json_array_of_a_documents_strings_is_parsed_once(tmp_path, monkeypatch):
    parsed = _counted_parses(monkeypatch)
    text = json.dumps(["Wondzorg na de operatie", SENTENCE, SENTENCE.replace("wond", "huid")], indent=1)
    item = ingested_text(tmp_path, text, "wondzorg.txt")
    assert SENTENCE in all_text(item)
    assert parsed.count(text.strip()) == 1


def test_a_json_object_of_a_documents_strings_is_parsed_once(tmp_path, monkeypatch):
    parsed = _counted_parses(monkeypatch)
    text = json.dumps({"titel": "Wondzorg na de operatie", "tekst": SENTENCE, "meer tekst": SENTENCE})
    ingested_text(tmp_path, text, "wondzorg.txt")
    assert parsed.count(text.strip()) == 1


def test_no_json_and_null_are_no_value():
    assert json_value("Wondzorg [na] de operatie") is None
    assert json_value("null") is None
    assert json_value("[" * 100_000 + "]" * 100_000) is None  # nested past Python's limit
    assert json_value('{"a": ["b"]}') == {"a": ["b"]}
