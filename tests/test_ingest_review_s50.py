"""Review of session 50's ingest changes: inputs that make its new readers do too much work.

- a speech engine's chunk list (`ingest.speech_chunks`) of many lines that each go on with the
  one before: each line was checked against the whole line joined so far (quadratic in the
  text: 20,000 "end of paragraph" lines took minutes); it is now checked against the line
  before it, which says the same;
- a screen reader's phrase log (`ingest.screen_reader_log`): a phrase with many states after
  its name was searched once per state, and each furniture landmark no phrase ends searched
  the rest of the log for its end (minutes for 20,000 such lines); states now come off the
  end field by field, and every container's end is found in one pass.

The timings are measured in a script, not here; these tests pin what the faster code reads.
"""

from ingest.screen_reader_log import _phrase, is_screen_reader_log, read_screen_reader_log
from ingest.speech_chunks import joined_chunks


def test_a_long_run_of_chunks_joins_into_one_line():
    text = "Wat u moet weten\n" + "end of paragraph\n" * 2000
    assert joined_chunks(text) == "Wat u moet weten end of paragraph" + " end of paragraph" * 1999 + "\n"


def test_a_chunk_after_a_table_row_is_not_joined_to_it():
    lines = ["u komt naar het ziekenhuis voor een onderzoek van de nieren en de blaas"] * 30
    text = "\n".join(["Soort onderzoek    Duur", "echo van de nieren", *lines]) + "\n"
    assert joined_chunks(text).split("\n")[:2] == ["Soort onderzoek    Duur", " ".join(["echo van de nieren", *lines])]


def test_a_phrase_loses_its_states_and_keeps_its_name():
    assert _phrase("heading, Contact, current page, level 2").name == "Contact"
    assert _phrase("list, " + ", checked" * 500).name == ""
    assert _phrase("link, a,, visited").name == "a,"


def test_landmarks_that_never_end_leave_the_text_alone():
    log = "navigation, Menu\n" * 500 + "paragraph\nDe tekst van de folder.\nend of paragraph\n" * 3
    assert is_screen_reader_log(log)
    assert read_screen_reader_log(log) == "De tekst van de folder.\n\nDe tekst van de folder.\n\nDe tekst van de folder.\n"


def test_a_repeated_landmark_ends_where_the_first_does():
    log = ("navigation, Menu\nnavigation, Menu\nlink, Home\nend of navigation\n"
           "paragraph\nDe tekst.\nend of paragraph\nend of paragraph\nend of paragraph\n")
    assert read_screen_reader_log(log) == "De tekst.\n"


def test_braille_words_beside_addresses_are_counted_as_before():
    from ingest.braille_text import is_braille_ready
    words = "vo?t onderz{k ?e\n" * 20
    assert is_braille_ready(f"zie www.x.nl en mail info@zkh.nl\n{words}")
    assert not is_braille_ready("{?" * 5000)  # one long word: no braille text, and read in linear time
    assert not is_braille_ready("a@" * 5000 + " " + "Dit is gewone tekst. " * 40)
