"""Load PDF leaflets from the geometry of their text, keeping where each page begins.

A citation of a PDF names its page, so the page of every character must survive
cleaning: pages are joined into one text with their start offsets kept. pypdf
gives no blank lines and no reading order beyond the content stream, so the
layout is read from where each piece of text sits (pypdf's text visitor). One
module a step; a module imports only from those above it in this list:

- `geometry`: what a page is read into (`Fragment`, `PdfLine`, `Region`);
- `style`: the body text's size and line spacing, and what a heading or a list item looks like;
- `ocr`, `overstrike`, `fragments`: the pieces of text a page draws, an OCR layer's misread words put
  right, a letter built of two glyphs drawn one over the other read as one;
- `tables`, `lines`, `columns`: pieces into lines and table rows, columns read one after the other;
- `outlines`: whether a PDF without text draws its glyphs as shapes (no scan to OCR);
- `copies`: the pages that show an earlier page's lines again (a poster's tiles), read once;
- `title`, `furniture`, `reader`: open the file and read every page (`read_pdf`), its title,
  its running headers and footers;
- `contents`, `paragraphs`, `footnotes`, `boxes`, `headings`: a table of contents dropped, how each
  line ends, footnotes after their references, a drawn box after the paragraph it interrupts,
  heading levels;
- `source_text`: the pages written out as one SourceText (`load_pdf`, `pdf_source`).
"""

from ingest.pdf.reader import PdfDocument, read_pdf
from ingest.pdf.source_text import load_pdf, pdf_source

__all__ = ["PdfDocument", "load_pdf", "pdf_source", "read_pdf"]
