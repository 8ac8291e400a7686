"""Titles of red team 28: a generic name of the site's leaflet section after the title's last
separator ("Tongue-tie in babies | Patient information") goes as a site's name does; a half
that may be the subject's part ("Diabetes | Voeding") stays."""

from __future__ import annotations

import pytest

from ingest.html.headings import without_site_name


@pytest.mark.parametrize("title, kept", [
    ("Tongue-tie in babies | Patient information", "Tongue-tie in babies"),
    ("Tongriem - Patiënteninformatie", "Tongriem"),
    ("Slapen – Patiëntenfolders", "Slapen"),
    ("Slaap | Informatie voor patiënten", "Slaap"),
])
def test_a_section_name_after_the_separator_goes(title, kept):
    assert without_site_name(title, "") == kept


@pytest.mark.parametrize("title", ["Diabetes | Voeding", "Patient information", "Patiënteninformatie | Tongriem",
                                   "Informatie voor patiënten met diabetes"])
def test_a_title_without_a_trailing_section_name_stays(title):
    assert without_site_name(title, "") == title
