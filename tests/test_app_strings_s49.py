"""The app words a PDF's attachment warnings in the interface's language (red team 48)."""

from ingest.document import IngestWarning
from leaflets.pages.strings import plain_warning


def test_an_unread_attachment_in_dutch():
    warning = IngestWarning("brief.pdf", "its attachment foto.png is not indexed: its type (.png) is not one "
                                         "ingest reads; save it as a file of its own in a supported format")
    dutch = plain_warning("nl", warning)
    assert dutch.startswith("de bijlage foto.png is niet opgenomen: dit bestandstype wordt niet gelezen")
    assert plain_warning("en", warning).startswith("its attachment foto.png is not indexed: its type (.png)")


def test_a_pdf_read_only_by_its_attachments_in_dutch():
    warning = IngestWarning("brief.pdf", "the PDF's own text is not indexed: no text layer: the PDF looks "
                                         "scanned, OCR is needed")
    assert plain_warning("nl", warning) == ("de eigen tekst van de PDF is niet opgenomen (de bijlagen wel): "
                                            "de PDF bevat geen tekst (een scan); tekstherkenning is nodig.")


def test_an_unknown_warning_stays_as_ingest_words_it():
    assert plain_warning("nl", IngestWarning("x.pdf", "something else")) == "something else"


def test_a_feeds_left_out_posts_in_dutch():
    from ingest.pipeline import _left_out
    warning = IngestWarning("feed.html", _left_out("Pinda en ei", ("Nieuwe app", "Lotgenotendag")))
    assert plain_warning("nl", warning) == (
        "het bestand bevat 3 berichten of afleveringen van een feed: de langste, 'Pinda en ei', is opgenomen, "
        "de andere 2 niet ('Nieuwe app'; 'Lotgenotendag'); sla elk op als een eigen bestand om het op te nemen.")
    assert plain_warning("en", warning) == warning.message
