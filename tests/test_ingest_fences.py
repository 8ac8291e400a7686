"""Fenced blocks as CommonMark finds them: one reading shared by every reader of Markdown."""

from ingest.code_blocks import without_code_blocks
from ingest.fences import FencedBlock, fenced_blocks, fenced_lines


def test_a_block_closes_at_a_fence_of_its_own_character_at_least_as_long():
    lines = ["Tekst", "````python", "x = 1", "```", "~~~~", "y = 2", "`````", "Na de code"]
    assert fenced_blocks(lines) == [FencedBlock(1, 6, "python")]


def test_a_block_never_closed_runs_to_the_end():
    lines = ["Intro", "~~~", "| Tijd | Wat |", "Nog een regel"]
    assert fenced_blocks(lines) == [FencedBlock(1, 3, "")]
    assert fenced_lines(lines) == {1, 2, 3}


def test_backticks_with_a_backtick_in_the_info_string_are_inline_code_not_a_fence():
    lines = ["```gebruik `dit` niet```", "Gewone tekst", "```", "blok", "```"]
    assert fenced_blocks(lines) == [FencedBlock(2, 4, "")]


def test_a_closing_fence_carries_no_info_string():
    lines = ["```", "adres", "```text", "nog adres", "```"]
    assert fenced_blocks(lines) == [FencedBlock(0, 4, "")]


def test_only_a_programs_code_is_left_out_and_the_lines_stay_empty():
    text = "Titel\n```python\nimport pandas\n```\nTekst\n```\nAdres 1\n```"
    assert without_code_blocks(text) == "Titel\n\n\n\nTekst\n```\nAdres 1\n```"
