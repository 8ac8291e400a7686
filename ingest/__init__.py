"""Turn leaflet files (PDF, HTML, TXT, Markdown, reStructuredText, Org, e-mail messages and pages
saved as MIME, spreadsheets' CSV, a video's WebVTT/SubRip captions; GNU Info, Jira, Textile,
AsciiDoc, Zim, Muse, BBCode, Creole, DokuWiki, MediaWiki, Perl's POD, man-page roff source,
edbrowse dumps, untex-stripped LaTeX, dvi2tty's DVI text, notmuch's mail text, chat exports,
feed readers' text (sfeed, rsstail), a Mastodon archive's text, flashcard note exports, Texinfo
source, WikiExtractor's output, JSON dumps of a document's strings, calendar prints and text
extractors' report frames, SSML speech scripts, accessibility dumps (pdfinfo -struct-text, ARIA
snapshots, screen-reader phrase logs) kept as TXT; review copies (word, side-by-side and unified
diffs, git blame; HTML diffs) read as their new version; a PDF's attached leaflets; HL7 v2
messages' observation text and C-CDA documents, never their patient; chatbots' and help centres'
JSON knowledge bases read as their FAQ; quiz tools' GIFT, Aiken and qti2txt files, Pandoc
Markdown's raw output, a text file shown as a page in one `<pre>`) into cited passages.

Knows file formats and text structure; knows nothing of embeddings or indexes.
"""

#: Bumped whenever cleaning or splitting changes the passages (or the dates) an unchanged file yields,
#: so that an index built by an older ingest is rebuilt rather than mixed (`leaflets status`
#: says so; the next `leaflets ingest` cuts it again, reusing the vectors of unchanged texts).
VERSION = "43"
