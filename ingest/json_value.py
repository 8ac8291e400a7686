"""A plain text's JSON value, parsed once for every reader that asks.

Readers of a plain text ask whether it is JSON of their shape: a chunker's records
(`ingest.chunk_records`), a knowledge base (`ingest.faq_records`), a localisation file
(`ingest.locale_keys`) and a document's strings (`ingest.json_text`). Each parsed the whole
text itself, so a large JSON file that none of the first three took was parsed four times; the value is parsed here once and shared. Callers read
it and never change it (it is the same object for each of them).
"""

from __future__ import annotations

import json
from functools import lru_cache

_CACHED_TEXTS = 4  # the texts of one file's readers; a file's parts are read one after another


@lru_cache(maxsize=_CACHED_TEXTS)
def json_value(text: str) -> object | None:
    """The JSON value `text` holds, or None where it holds none (no JSON, or nested past
    Python's limit); JSON's `null` is None too, a value no reader takes."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None
