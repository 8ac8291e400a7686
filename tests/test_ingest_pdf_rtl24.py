"""Right-to-left text in a PDF reads as words in logical order (red team 24, finding 14).

XeLaTeX draws an Arabic paragraph's line left to right as it shows, its words set apart by
kerns alone; pypdf read each line as one piece, the words run together and the lines out of
order, in presentation forms (U+FExx) no question types.
"""

from __future__ import annotations

from ingest.clean.normalise import normalise_unicode

def test_presentation_forms_read_as_their_letters_and_nothing_else_changes():
    assert normalise_unicode("ﻋﺎﻣًﺎ ﻹﺟﺮاء") == "عامًا لإجراء"
    assert normalise_unicode("\ufb2a") == "\u05e9\u05c1"  # Hebrew shin with its dot
    assert normalise_unicode("ﬂes één ½") == "fles één ½"
