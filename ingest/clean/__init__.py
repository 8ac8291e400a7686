"""Clean loader text into paragraphs and lists that read as the leaflet reads.

Leaflets arrive hard-wrapped (text taken from PDFs has a line break after every
visual line, often followed by a blank line, and page breaks as blank runs),
with words hyphenated across lines and with bits of web-page interface. Search
and citation need whole paragraphs: a sentence cut by a line break is a sentence
no search matches and no reader wants to see. One module a step; a module imports
only from those above it in this list:

- `normalise`: Unicode in one form, page by page;
- `furniture`: lines that are no leaflet text (web-page interface, figure labels,
  running headers and footers, page numbers);
- `lines`: source lines (`Line`), re-joined ones (`Logical`), the tests of a line's shape;
- `joining`: whether a line break is the margin's, and what becomes of a hyphen there;
- `columns`, `tables`, `grids`, `dash_tables`: typed text in two columns side by side, tables
  aligned by spaces, tables typed as boxes of rules and pipes, pandoc's tables ruled with dashes;
- `plain`, `markdown`: plain text and Markdown re-joined into logical lines;
- `blocks`: logical lines grouped into paragraphs, lists and headings (`CleanText`);
- `document`: `clean`, every step in order.
"""

__all__ = ["Block", "CleanText", "clean"]


def __getattr__(name: str):
    """`Block`, `CleanText` and `clean`, imported when first asked for: search reads a line's
    shape from `lines` without loading every cleaning step (and pypdf) behind `document`."""
    if name in ("Block", "CleanText"):
        from ingest.clean import blocks

        return getattr(blocks, name)
    if name == "clean":
        from ingest.clean.document import clean

        return clean
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
