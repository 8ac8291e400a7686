"""The date and clock patterns that readers of records, calendars and chats share
(`ingest.dates.written_date`, `ingest.dates.CLOCK_TIME`)."""

import re

import pytest

from ingest.dates import CLOCK_TIME, written_date


def _whole(pattern: str, text: str) -> bool:
    return re.fullmatch(pattern, text, re.IGNORECASE) is not None


@pytest.mark.parametrize("text", ["24-03-2026", "24/3/26", "2026-03-24", "24 maart 2026", "3 mrt. 2026",
                                  "March 24, 2026", "Mar 24 2026"])
def test_a_written_date_with_its_year(text):
    assert _whole(written_date(), text)
    assert _whole(written_date(year=False), text)


@pytest.mark.parametrize("text", ["24-03", "24 mrt", "Mar 24", "di 24"])
def test_only_a_calendar_leaves_out_the_year(text):
    assert not _whole(written_date(), text)
    assert _whole(written_date(year=False), text) == (text != "di 24")


@pytest.mark.parametrize("text", ["24 maartje 2026", "24-03-2026-1", "Versie 2026"])
def test_no_date(text):
    assert not _whole(written_date(), text)


@pytest.mark.parametrize("text", ["10:40", "8.15", "20:03:15", "8:15 PM", "8:15pm", "8:15 a.m."])
def test_a_clock_time(text):
    assert re.fullmatch(CLOCK_TIME, text)


@pytest.mark.parametrize("text", ["10:4", "1040", "8:15 pn"])
def test_no_clock_time(text):
    assert not re.fullmatch(CLOCK_TIME, text)
