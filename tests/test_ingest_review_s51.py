"""Review of session 51's ingest changes: ordinary leaflets read wrongly, and a slow path.

- `ingest.dates.opens_with_date_label` on a line indented far that opens with no label: the
  pattern's leading `[ \t]*` gave back one blank at a time and tried every label after each
  (quadratic in the indent); the indent is now stripped before one match.

The timings are measured in a script, not here; these tests pin what the faster code reads.
"""

from ingest.dates import opens_with_date_label


def test_an_indented_line_reads_as_the_same_line_unindented():
    lines = ["Datum", "Datum: 12 maart 2025", "Versie: 3, 1 januari 2024", "Laatst bijgewerkt",
             "Uitgave: voorjaar", "Versie voor kinderen", "Datumx", "x", "Gepubliceerd op 4 mei 2024",
             "Datum van uitgave maart 2024", "Wat u zelf kunt doen"]
    expected = [True, True, True, True, True, False, False, False, True, True, False]
    for indent in ("", " ", "\t", " \t" * 100, " " * 200):
        assert [opens_with_date_label(indent + line) for line in lines] == expected
