"""Every word of the interface, in Dutch and in English.

Only the interface is translated: leaflet text, titles and headings are shown
as the leaflets state them. `tr(lang, key, **values)` fills `{placeholders}`.
"""

from __future__ import annotations

import re

from ingest.document import (BRAILLE_TEXT, GARBLED_PAGES, LOST_PAGES, PERSONAL_DETAILS, REVIEW_COPY, SCANNED_PAGES,
                             UNREAD_PAGES, IngestWarning, page_list)

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"

TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "app_title": "Zoeken in patiëntenfolders",
        "language": "Taal / Language",
        "navigation": "Pagina",
        "page_search": "Zoeken",
        "page_exact": "Exact zoeken",
        "page_coverage": "Dekking",
        "page_upload": "Folders toevoegen",
        "disclaimer": "Deze antwoorden komen letterlijk uit patiëntenfolders, met bron. "
                      "Het is informatie, geen medisch advies.",
        "building_index": "De zoekindex wordt voor het eerst gebouwd…",
        "building_stage": "Index bouwen: {stage} ({done}/{total})",
        "skipped_file": "Overgeslagen: {error}",
        "question_label": "Uw vraag",
        "question_placeholder": "Bijvoorbeeld: {example}",
        "examples": "Voorbeeldvragen",
        "did_you_mean": "Bedoelde u: {suggestion}?",
        "not_covered": "De folders lijken deze vraag niet te beantwoorden. Stel uw vraag aan uw arts "
                       "of verpleegkundige: die kan u het beste helpen. Hieronder staan de passages "
                       "die er het dichtst bij komen.",
        "other_language": "Uw vraag lijkt in een andere taal gesteld dan de folders. Bij een vraag "
                          "in een andere taal kan de zoekfunctie minder goed inschatten of een "
                          "passage uw vraag beantwoordt. Lees de passages hieronder na, en vraag het "
                          "bij twijfel aan uw arts of verpleegkundige.",
        "other_language_found": "Uw vraag lijkt in een andere taal gesteld dan de folders. "
                                "Controleer of de passages hieronder uw vraag echt beantwoorden.",
        "renamed": "{name} staat niet in de folders. Gezocht is op {words}: een andere naam voor "
                   "hetzelfde middel.",
        "renamed_exact": "{name} staat niet in de folders; daar heet het {words}.",
        "nearest": "Passages die het dichtst bij uw vraag komen",
        "answers": "Passages uit de folders",
        "updated": "bijgewerkt {date}",
        "no_date": "datum onbekend",
        "also_in": "Dezelfde tekst staat ook in: {places}",
        "open_source": "Open de bron",
        "download_source": "Bron downloaden",
        "no_results": "Geen passages gevonden.",
        "searching": "Zoeken in de folders…",
        "announce_found": "{n} passages uit de folders gevonden; de eerste komt uit {title}.",
        "exact_intro": "Voor ondersteuning: zoekt letterlijk op woorden en \"zinnen tussen "
                       "aanhalingstekens\", zonder stamvormen of synoniemen. `pen OR spuit` vindt "
                       "het een of het ander, `-pen` laat passages met dat woord weg.",
        "exact_label": "Exacte woorden of \"zin\"",
        "exact_placeholder": "Bijvoorbeeld: \"en coup de sabre\"",
        "mode_label": "Zoekwijze",
        "mode_exact": "Exact",
        "mode_hybrid": "Op betekenis",
        "mode_lexical": "Op woorden (met stamvormen)",
        "filter_leaflets": "Folders",
        "filter_publishers": "Uitgevers",
        "filter_all": "Alle",
        "exact_none": "Geen passage bevat al deze woorden. Controleer de spelling of zoek op "
                      "minder woorden.",
        "found": "{n} passages getoond, beste eerst",
        "found_one": "1 passage getoond",
        "found_more": "{n} passages getoond, beste eerst; er zijn er meer",
        "show_more": "Toon {n} passages meer",
        "context_before": "Passage ervoor",
        "context_after": "Passage erna",
        "citation": "Citaat om in een antwoord te plakken",
        "copy_citation": "Kopieer citaat",
        "copy_sentence": "Kopieer gemarkeerde zin met citaat",
        "no_web_address": "geen webadres; bestand {file}",
        "copied": "Gekopieerd",
        "coverage_intro": "Welke vragen beantwoorden de folders? Plak of upload vragen, één per regel.",
        "coverage_questions": "Vragen (één per regel)",
        "coverage_file": "Of upload een tekstbestand met vragen",
        "coverage_run": "Dekking controleren",
        "coverage_summary": "{covered} van {total} vragen beantwoord door de folders",
        "coverage_download": "Download als CSV",
        "coverage_none": "Geen vragen ingevoerd.",
        "coverage_bad_file": "{name}: dit is geen tekstbestand.",
        "coverage_file_too_large": "{name} is te groot ({size}; de grens is {limit}).",
        "col_question": "Vraag",
        "col_covered": "Beantwoord",
        "col_language": "Andere taal (oordeel minder zeker)",
        "col_passage": "Beste passage",
        "col_score": "Zekerheid",
        "col_leaflet": "Folder",
        "col_section": "Hoofdstuk",
        "col_page": "Pagina",
        "inventory": "Overzicht van de folders",
        "stale_days": "Verouderd na (dagen)",
        "stale_count": "{stale} van {total} folders zijn verouderd of hebben geen datum.",
        "col_title": "Titel",
        "col_publisher": "Uitgever",
        "col_passages": "Passages",
        "col_sections": "Hoofdstukken",
        "col_updated": "Laatst bijgewerkt",
        "col_age": "Leeftijd (dagen)",
        "col_stale": "Verouderd",
        "skipped_count": "Bij het laatste inlezen konden {count} bestand(en) niet worden gelezen; ze staan "
                         "niet in de index tot ze veranderen. Herstel of vervang ze.",
        "col_file": "Bestand",
        "col_cause": "Oorzaak",
        "uncovered_log": "Recente vragen zonder antwoord",
        "log_off": "Het zoeklogboek staat uit. Zet het aan met LEAFLETS_QUERY_LOG=1: het bewaart "
                   "alleen de vraag, tijd, zoekwijze en of er een antwoord was, {days} dagen lang.",
        "log_on": "Het zoeklogboek staat aan: alleen vraag, tijd, zoekwijze en uitkomst, {days} dagen "
                  "bewaard, zonder gegevens over wie zocht.",
        "log_empty": "Nog geen vragen zonder antwoord in het logboek.",
        "col_group": "Vraag (voorbeeld)",
        "col_count": "Aantal",
        "col_similar": "Vergelijkbare vragen",
        "col_last_seen": "Laatst gesteld",
        "upload_intro": "Voeg folders toe als PDF, Word (DOCX), HTML, TXT, Markdown, reStructuredText, Org, e-mail (EML, MHT), "
                        "CSV uit een spreadsheet of ondertitels van een video (VTT, SRT; hoogstens {mb:g} MB per "
                        "bestand). Elk bestand wordt gecontroleerd voordat het wordt geïndexeerd.",
        "upload_files": "Folders kiezen",
        "upload_run": "Toevoegen aan de zoekindex",
        "upload_none": "Kies eerst een of meer bestanden.",
        "upload_checking": "Controleren: {name}",
        "upload_indexing": "Indexeren: {stage} ({done}/{total})",
        "upload_failed": "{name} is niet toegevoegd: {cause}",
        "added_with_warning": "{name} is toegevoegd, maar: {cause}",
        "lost_page": "het bestand is afgebroken of beschadigd: pagina {pages} kon niet worden gelezen; de "
                     "andere pagina's zijn toegevoegd.",
        "lost_pages": "het bestand is afgebroken of beschadigd: pagina's {pages} konden niet worden gelezen; "
                      "de andere pagina's zijn toegevoegd.",
        "unread_page": "de tekst van pagina {pages} is niet leesbaar (de lettertypen koppelen hun tekens niet "
                       "aan letters); de woorden zijn pas te vinden na tekstherkenning (OCR). De andere "
                       "pagina's zijn toegevoegd.",
        "unread_pages": "de tekst van pagina's {pages} is niet leesbaar (de lettertypen koppelen hun tekens "
                        "niet aan letters); de woorden zijn pas te vinden na tekstherkenning (OCR). De andere "
                        "pagina's zijn toegevoegd.",
        "feed_left_out": "het bestand bevat {total} berichten of afleveringen van een feed: de langste, {title}, is "
                         "opgenomen, de andere {others} niet ({named}); sla elk op als een eigen bestand om het "
                         "op te nemen.",
        "attachment_not_indexed": "de bijlage {name} is niet opgenomen: {cause}",
        "own_text_not_indexed": "de eigen tekst van de PDF is niet opgenomen (de bijlagen wel): {cause}",
        "personal_details": "het bestand is gericht aan of bewaard voor één patiënt (een dossierstuk, een brief, "
                            "een apotheeketiket): de kop met persoonsgegevens (naam, adres, geboortedatum, "
                            "patiëntnummer) is weggelaten; kijk na of de rest geen patiënt noemt voordat u het deelt.",
        "braille_text": "het bestand is brailletekst voor een brailleprinter (BRF), geen gewone tekst: de woorden "
                        "zijn brailletekens en afkortingen die bij geen vraag passen; voeg de gewone (gedrukte) "
                        "versie van de folder toe om hem vindbaar te maken.",
        "review_copy": "het bestand is een revisieversie die wijzigingen tussen twee versies toont (een diff, "
                       "een redline, bijgehouden wijzigingen): alleen de tekst van de nieuwe versie is opgenomen, "
                       "zonder verwijderde tekst en wijzigingstekens; kijk het na en voeg de schone, huidige "
                       "versie van de folder toe als u die hebt.",
        "garbled_page": "de tekst van pagina {pages} bestaat grotendeels niet uit woorden van de taal van de "
                        "folder (slechte tekstherkenning van een foto of scan?); de woorden zijn moeilijk te "
                        "vinden: kijk de tekst na of laat de OCR opnieuw doen op een betere afbeelding.",
        "garbled_pages": "de tekst van pagina's {pages} bestaat grotendeels niet uit woorden van de taal van de "
                         "folder (slechte tekstherkenning van een foto of scan?); de woorden zijn moeilijk te "
                         "vinden: kijk de tekst na of laat de OCR opnieuw doen op een betere afbeelding.",
        "garbled_file": "de tekst van het bestand bestaat grotendeels niet uit woorden van de taal van de "
                        "folder (slechte tekstherkenning van een foto of scan?); de woorden zijn moeilijk te "
                        "vinden: kijk de tekst na of laat de OCR opnieuw doen op een betere afbeelding.",
        "scanned_page": "pagina {pages} is alleen een afbeelding, zonder tekst (een scan?); de woorden "
                        "erop zijn pas te vinden na tekstherkenning (OCR).",
        "scanned_pages": "pagina's {pages} zijn alleen afbeeldingen, zonder tekst (scans?); de woorden "
                         "erop zijn pas te vinden na tekstherkenning (OCR).",
        "upload_done": "{n} folder(s) toegevoegd; de index heeft nu {leaflets} folders en "
                       "{passages} passages.",
        "upload_nothing": "Er is niets toegevoegd.",
        "upload_replaces": "{name} vervangt de folder ‘{titles}’ ({file}): alleen de nieuwe versie "
                           "blijft vindbaar",
        "upload_replaced": "{name} vervangt nu {file}; de vorige versie is bewaard als {backup} "
                           "(map uploads/replaced van de index).",
        "upload_stands_in": "{name} vervangt nu {file} in deze zoekindex. Het bestand {file} van het "
                            "programma zelf is niet veranderd: de nieuwe versie staat in de map "
                            "uploads/stand-ins van de index.",
        "upload_restored": "{name} kon niet worden toegevoegd; {file} is weer de vorige versie.",
        "yes": "ja",
        "stale_undated": "ja: geen datum",
        "no": "nee",
        "index_error": "De zoekindex is niet te gebruiken: {error}",
    },
    "en": {
        "app_title": "Search patient leaflets",
        "language": "Taal / Language",
        "navigation": "Page",
        "page_search": "Search",
        "page_exact": "Exact search",
        "page_coverage": "Coverage",
        "page_upload": "Add leaflets",
        "disclaimer": "These answers are quoted from patient leaflets, with their source. "
                      "This is information, not medical advice.",
        "building_index": "Building the search index for the first time…",
        "building_stage": "Building the index: {stage} ({done}/{total})",
        "skipped_file": "Skipped: {error}",
        "question_label": "Your question",
        "question_placeholder": "For example: {example}",
        "examples": "Example questions",
        "did_you_mean": "Did you mean: {suggestion}?",
        "not_covered": "The leaflets do not seem to answer this question. Please ask your doctor "
                       "or nurse: they are the right people to help. Below are the passages that "
                       "come closest.",
        "other_language": "Your question seems to be in another language than the leaflets. "
                          "For a question in another language the search cannot judge as well "
                          "whether a passage answers it. Read the passages below, and ask your "
                          "doctor or nurse when in doubt.",
        "other_language_found": "Your question seems to be in another language than the leaflets. "
                                "Check that the passages below really answer it.",
        "renamed": "{name} is not in the leaflets. Searched for {words}: another name for the same "
                   "medicine.",
        "renamed_exact": "{name} is not in the leaflets; there it is called {words}.",
        "nearest": "Passages closest to your question",
        "answers": "Passages from the leaflets",
        "updated": "updated {date}",
        "no_date": "date unknown",
        "also_in": "The same text is also in: {places}",
        "open_source": "Open the source",
        "download_source": "Download the source",
        "no_results": "No passages found.",
        "searching": "Searching the leaflets…",
        "announce_found": "{n} passages found in the leaflets; the first is from {title}.",
        "exact_intro": "For support staff: finds the literal words and \"quoted phrases\", "
                       "without stemming or synonyms. `pen OR spuit` finds either, `-pen` leaves out "
                       "passages with that word.",
        "exact_label": "Exact words or \"phrase\"",
        "exact_placeholder": "For example: \"en coup de sabre\"",
        "mode_label": "Search by",
        "mode_exact": "Exact",
        "mode_hybrid": "Meaning",
        "mode_lexical": "Words (with stemming)",
        "filter_leaflets": "Leaflets",
        "filter_publishers": "Publishers",
        "filter_all": "All",
        "exact_none": "No passage holds all these words. Check the spelling or search for fewer words.",
        "found": "{n} passages shown, best first",
        "found_one": "1 passage shown",
        "found_more": "{n} passages shown, best first; there are more",
        "show_more": "Show {n} more passages",
        "context_before": "Passage before",
        "context_after": "Passage after",
        "citation": "Citation to paste into a reply",
        "copy_citation": "Copy citation",
        "copy_sentence": "Copy marked sentence with citation",
        "no_web_address": "no web address; file {file}",
        "copied": "Copied",
        "coverage_intro": "Which questions do the leaflets answer? Paste or upload questions, one per line.",
        "coverage_questions": "Questions (one per line)",
        "coverage_file": "Or upload a text file of questions",
        "coverage_run": "Check coverage",
        "coverage_summary": "{covered} of {total} questions answered by the leaflets",
        "coverage_download": "Download as CSV",
        "coverage_none": "No questions given.",
        "coverage_bad_file": "{name}: this is not a text file.",
        "coverage_file_too_large": "{name} is too large ({size}; the limit is {limit}).",
        "col_question": "Question",
        "col_covered": "Covered",
        "col_language": "Other language (verdict less sure)",
        "col_passage": "Best passage",
        "col_score": "Confidence",
        "col_leaflet": "Leaflet",
        "col_section": "Section",
        "col_page": "Page",
        "inventory": "Leaflet inventory",
        "stale_days": "Stale after (days)",
        "stale_count": "{stale} of {total} leaflets are stale or have no date.",
        "col_title": "Title",
        "col_publisher": "Publisher",
        "col_passages": "Passages",
        "col_sections": "Sections",
        "col_updated": "Last updated",
        "col_age": "Age (days)",
        "col_stale": "Stale",
        "skipped_count": "{count} file(s) could not be read at the last ingest; they stay out of the "
                         "index until they change. Fix or replace them.",
        "col_file": "File",
        "col_cause": "Cause",
        "uncovered_log": "Recent questions without an answer",
        "log_off": "The query log is off. Switch it on with LEAFLETS_QUERY_LOG=1: it keeps only the "
                   "question, time, mode and whether it was answered, for {days} days.",
        "log_on": "The query log is on: only question, time, mode and outcome, kept {days} days, "
                  "nothing about who searched.",
        "log_empty": "No unanswered questions in the log yet.",
        "col_group": "Question (example)",
        "col_count": "Count",
        "col_similar": "Similar questions",
        "col_last_seen": "Last asked",
        "upload_intro": "Add leaflets as PDF, Word (DOCX), HTML, TXT, Markdown, reStructuredText, Org, e-mail (EML, MHT), "
                        "a spreadsheet's CSV or a video's captions (VTT, SRT; at most {mb:g} MB "
                        "per file). Each file is checked before it is indexed.",
        "upload_files": "Choose leaflets",
        "upload_run": "Add to the search index",
        "upload_none": "Choose one or more files first.",
        "upload_checking": "Checking: {name}",
        "upload_indexing": "Indexing: {stage} ({done}/{total})",
        "upload_failed": "{name} was not added: {cause}",
        "added_with_warning": "{name} was added, but: {cause}",
        "lost_page": "the file is cut short or damaged: page {pages} could not be read; the other pages "
                     "were added.",
        "lost_pages": "the file is cut short or damaged: pages {pages} could not be read; the other pages "
                      "were added.",
        "unread_page": "the text of page {pages} cannot be read (its fonts map no glyph to a letter); its "
                       "words cannot be found until OCR is done. The other pages were added.",
        "unread_pages": "the text of pages {pages} cannot be read (their fonts map no glyph to a letter); "
                        "their words cannot be found until OCR is done. The other pages were added.",
        "feed_left_out": "the file holds {total} posts or episodes of a feed: the longest, {title}, is indexed, "
                         "the other {others} left out ({named}); save each as a file of its own to index it",
        "attachment_not_indexed": "its attachment {name} is not indexed: {cause}",
        "own_text_not_indexed": "the PDF's own text is not indexed (its attachments are): {cause}",
        "personal_details": "the file is addressed to or kept for one patient (a health record, a letter, a "
                            "pharmacy label): its head with their personal details (name, address, birth date, "
                            "patient number) was left out; check that the rest names no patient before sharing it.",
        "braille_text": "the file is braille-ready text for an embosser (BRF), not print text: its words are "
                        "braille signs and contractions that match no question; add the leaflet's print edition "
                        "to make it findable.",
        "review_copy": "the file is a review copy that shows changes between two versions (a diff, a redline, "
                       "tracked changes): only the new version's text was indexed, without the deleted text and "
                       "change marks; check it, and add the clean current version of the leaflet when you have it.",
        "garbled_page": "the text of page {pages} is mostly not words of the leaflet's language (a poor OCR "
                        "of a photo or scan?); its words are hard to find: check it, or run OCR again on a "
                        "better image.",
        "garbled_pages": "the text of pages {pages} is mostly not words of the leaflet's language (a poor OCR "
                         "of a photo or scan?); their words are hard to find: check them, or run OCR again "
                         "on a better image.",
        "garbled_file": "the file's text is mostly not words of the leaflet's language (a poor OCR of a photo "
                        "or scan?); its words are hard to find: check it, or run OCR again on a better image.",
        "scanned_page": "page {pages} is only an image, with no text (a scan?); its words cannot be "
                        "found until OCR is done.",
        "scanned_pages": "pages {pages} are only images, with no text (scans?); their words cannot be "
                         "found until OCR is done.",
        "upload_done": "{n} leaflet(s) added; the index now holds {leaflets} leaflets and "
                       "{passages} passages.",
        "upload_nothing": "Nothing was added.",
        "upload_replaces": "{name} replaces the leaflet ‘{titles}’ ({file}): only the new version "
                           "stays searchable",
        "upload_replaced": "{name} now replaces {file}; the previous version is kept as {backup} "
                           "(the index's uploads/replaced folder).",
        "upload_stands_in": "{name} now replaces {file} in this search index. The program's own "
                            "file {file} is unchanged: the new version is kept in the index's "
                            "uploads/stand-ins folder.",
        "upload_restored": "{name} could not be added; {file} is the previous version again.",
        "yes": "yes",
        "stale_undated": "yes: no date",
        "no": "no",
        "index_error": "The search index cannot be used: {error}",
    },
}

# Why a file was refused, in plain Dutch; the English cause from ingest is kept otherwise.
_DUTCH_CAUSES = (
    ("the file is empty", "het bestand is leeg."),
    ("the file is too large", "het bestand is te groot."),
    ("unsupported type", "dit bestandstype wordt niet ondersteund; gebruik PDF, Word (DOCX), HTML, TXT, Markdown, "
                          "reStructuredText, Org, e-mail (EML, MHT), CSV of ondertitels (VTT, SRT)."),
    ("not a PDF", "dit is geen PDF (het bestand is beschadigd of heeft de verkeerde naam)."),
    ("not a Word document", "dit is geen Word-document (het bestand is beschadigd of heeft de verkeerde naam)."),
    ("not a readable Word document", "het Word-document is beschadigd."),
    ("the Word document could not be read", "het Word-document is niet te lezen."),
    ("the Word document holds no text", "het Word-document bevat geen tekst."),
    ("the Word document is too large unpacked", "het Word-document is uitgepakt te groot."),
    ("an old Word document", "dit is een oud Word-document (.doc) of een document met een wachtwoord; sla het op "
                             "als .docx zonder wachtwoord, of als PDF."),
    ("not a text file", "dit is geen tekstbestand."),
    ("the PDF is encrypted", "de PDF is beveiligd met een wachtwoord."),
    ("reading this AES-encrypted PDF needs", "deze beveiligde PDF is pas te lezen als het pakket "
                                             "'cryptography' is geïnstalleerd (pypdf[crypto])."),
    ("its type (", "dit bestandstype wordt niet gelezen; sla de bijlage op als een eigen bestand in een "
                   "ondersteund formaat (PDF, HTML, TXT …)."),
    ("the attachment cannot be taken out", "de bijlage is niet uit de PDF te halen (beschadigd)."),
    ("the attachment cannot be read", "de bijlage is niet te lezen."),
    ("the attachment is too large", "de bijlage is te groot."),
    ("the attachment is empty", "de bijlage is leeg."),
    ("not read: the PDF carries more than", "niet gelezen: de PDF bevat te veel bijlagen."),
    ("no text layer: the text is drawn as shapes", "de PDF bevat geen tekst: de letters zijn als vormen "
                                                   "(contouren) getekend, niet als tekens; exporteer de folder "
                                                   "opnieuw met zijn lettertypen, of gebruik tekstherkenning (OCR)."),
    ("no text layer", "de PDF bevat geen tekst (een scan); tekstherkenning is nodig."),
    ("the text cannot be read", "de tekst in de PDF is niet leesbaar (de lettertypen koppelen hun tekens niet "
                                "aan letters); tekstherkenning (OCR) is nodig."),
    ("the PDF is damaged", "de PDF is beschadigd."),
    ("the PDF is corrupt", "de PDF is beschadigd of onvolledig."),
    ("no main text found", "er is geen hoofdtekst gevonden in de webpagina."),
    ("no text left", "er staat geen leesbare tekst in."),
    ("no passages", "het bestand heeft koppen maar geen tekst."),
    ("a link to a file outside the folder", "een snelkoppeling naar een bestand buiten de map; die wordt "
                                            "nooit gelezen."),
    ("a link to a folder outside the folder", "een snelkoppeling naar een map buiten de map; die wordt "
                                              "nooit gelezen."),
    ("a broken link", "een snelkoppeling die nergens heen wijst."),
    ("not a file but", "geen bestand maar een pipe of apparaat; dat wordt nooit gelezen."),
)


_TOO_LARGE = re.compile(r"the file is too large \((.+ [kM]B); the limit is (.+ [kM]B)\)")


def tr(lang: str, key: str, **values) -> str:
    """The interface text `key` in `lang` (Dutch when the language is unknown)."""
    table = TEXT.get(lang, TEXT[DEFAULT_LANGUAGE])
    return table[key].format(**values) if values else table[key]


def plain_cause(lang: str, cause: str) -> str:
    """A file error's cause for editors: plain Dutch for the known ones, as stated otherwise."""
    if lang == "nl":
        sizes = _TOO_LARGE.match(cause)
        if sizes:  # the sizes stay: an editor needs them to make the file fit
            size, limit = (part.replace(".", ",") for part in sizes.groups())
            return f"het bestand is te groot ({size}; de grens is {limit})."
        for prefix, dutch in _DUTCH_CAUSES:
            if cause.startswith(prefix):
                return dutch
    return cause


# ingest/pipeline.py's warnings on a PDF's attachments (their cause the file error's) and a feed's left-out posts
_ATTACHMENT_WARNING = re.compile(r"its attachment (?P<name>.+?) is not indexed: (?P<cause>.*)", re.DOTALL)
_FEED_WARNING = re.compile(r"the file holds (?P<total>\d+) posts or episodes of a feed: the longest, (?P<title>.+?), "
                           r"is indexed, the other (?P<others>\d+) left out \((?P<named>.*)\); save each as a file "
                           r"of its own to index it", re.DOTALL)
_OWN_TEXT_WARNING = re.compile(r"the PDF's own text is not indexed: (?P<cause>.*)", re.DOTALL)


def plain_warning(lang: str, warning: IngestWarning) -> str:
    """An ingest warning for editors, in the interface's language."""
    if warning.kind in (SCANNED_PAGES, LOST_PAGES, UNREAD_PAGES):
        key = {SCANNED_PAGES: "scanned_page", LOST_PAGES: "lost_page", UNREAD_PAGES: "unread_page"}[warning.kind]
        return tr(lang, key + ("" if len(warning.pages) == 1 else "s"), pages=page_list(warning.pages))
    if warning.kind == GARBLED_PAGES:
        key = "garbled_file" if not warning.pages else "garbled_page" if len(warning.pages) == 1 else "garbled_pages"
        return tr(lang, key, pages=page_list(warning.pages))
    if warning.kind == PERSONAL_DETAILS:
        return tr(lang, "personal_details")
    if warning.kind == BRAILLE_TEXT:
        return tr(lang, "braille_text")
    if warning.kind == REVIEW_COPY:
        return tr(lang, "review_copy")
    if attachment := _ATTACHMENT_WARNING.fullmatch(warning.kind):
        return tr(lang, "attachment_not_indexed", name=attachment["name"], cause=plain_cause(lang, attachment["cause"]))
    if feed := _FEED_WARNING.fullmatch(warning.kind):
        return tr(lang, "feed_left_out", total=feed["total"], title=feed["title"], others=feed["others"],
                  named=feed["named"])
    if own := _OWN_TEXT_WARNING.fullmatch(warning.kind):
        return tr(lang, "own_text_not_indexed", cause=plain_cause(lang, own["cause"]))
    return warning.message


def month_date(lang: str, iso: str) -> str:
    """'2 juli 2025' / '2 July 2025' from an ISO date ('oktober 2022' from '2022-10'); the
    text as given when it is not one."""
    months = {
        "nl": "januari februari maart april mei juni juli augustus september oktober november december",
        "en": "January February March April May June July August September October November December",
    }[lang if lang in LANGUAGES else DEFAULT_LANGUAGE].split()
    try:
        parts = [int(part) for part in iso[:10].split("-")]
        if len(parts) == 2:  # a month alone: "oktober 2022"
            return f"{months[parts[1] - 1]} {parts[0]}"
        year, month, day = parts
        return f"{day} {months[month - 1]} {year}"
    except (ValueError, IndexError):
        return iso
