"""Make the trimmed copies of the EMA Enbrel product information used here.

The original (363 pages, 3.9 MB) is EMA's "enbrel-epar-product-information_nl.pdf"
(see /work/shared/data/epar-nl-pdf/SOURCE.md); its patient leaflets start on page
238. The copies keep the pages unchanged and label them with the document's page
numbers, so a PDF viewer shows "238" where the page says 238.

    .venv/bin/python tests/data/ingest/trim_ema.py ORIGINAL.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
COPIES = {  # file: (first page, last page) of the original, 1-based, inclusive
    HERE.parents[2] / "sources" / "enbrel-bijsluiters.pdf": (238, 363),
    HERE / "enbrel-pages-250-254.pdf": (250, 254),
}


def trim(original: Path, target: Path, first: int, last: int) -> int:
    """Write pages first..last of `original` to `target`; returns its size in bytes."""
    reader = pypdf.PdfReader(original)
    writer = pypdf.PdfWriter()
    for number in range(first, last + 1):
        writer.add_page(reader.pages[number - 1])
    writer.set_page_label(0, last - first, style="/D", start=first)
    writer.add_metadata({"/Title": str(reader.metadata.get("/Title", "")),
                         "/Subject": f"Pages {first}-{last} of the EMA product information"})
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    with target.open("wb") as out:
        writer.write(out)
    return target.stat().st_size


if __name__ == "__main__":
    source = Path(sys.argv[1])
    for path, (first, last) in COPIES.items():
        print(path, trim(source, path, first, last), "bytes")
