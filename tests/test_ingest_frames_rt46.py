"""Red team 46: an extractor's report frame (Apache POI), Perl's POD (odf2pod), a reviewer's
comment glued into the text with its ISO date-time."""

from pathlib import Path

from ingest.annotation_records import without_annotation_records
from ingest.extractor_report import read_extractor_report
from ingest.pipeline import ingest_leaflets, load_source
from ingest.pod import is_pod, pod_as_markdown

LEAFLETS = Path(__file__).parent / "data" / "redteam46_leaflets"

_BODY = (
    "Wat is griep?\n"
    "Griep is een infectie met het influenzavirus. U wordt plotseling ziek met koorts en spierpijn.\n"
    "Behandeling\n"
    "Rust veel en drink genoeg. Paracetamol helpt tegen de koorts en de pijn.\n"
)
POI_REPORT = (
    "=======================\n/home/an/griep.doc\n   =======================\n"
    "1 = 65001\nPID_TITLE = Griep bij volwassenen\nPID_TEMPLATE = Normal.dotm\nAppVersion = 12.0000\n\n"
    "   =======================\n\n\nHuisartsenpraktijk De Brug – Griep\n\n\n"
    "Griep bij volwassenen\nHuisartsenpraktijk De Brug\n" + _BODY +
    "\n\n\nHuisartsenpraktijk De Brug – pagina 1\n\n\n=======================\n"
    "Had 120 characters of metadata and 400 characters of text\n"
)


def _ingested(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return next(iter(ingest_leaflets(path, root=tmp_path)))


def test_poi_report_frame_is_furniture_and_its_metadata_title_the_title():
    report = read_extractor_report(POI_REPORT)
    assert report is not None
    assert report.title == "Griep bij volwassenen"
    assert "PID_TEMPLATE" not in report.text and "Had 120 characters" not in report.text
    assert "/home/an/griep.doc" not in report.text
    assert "pagina 1" not in report.text and "De Brug – Griep" not in report.text
    assert "Griep is een infectie" in report.text


def test_poi_report_leaflet_reads_as_its_document(tmp_path):
    item = _ingested(tmp_path, "griep.txt", POI_REPORT)
    assert item.leaflet.title == "Griep bij volwassenen"
    text = "\n".join(passage.text for passage in item.passages)
    assert "PID_" not in text and "=====" not in text and "characters of metadata" not in text
    assert "pagina 1" not in text and "/home/an" not in text


def test_psittacose_poi_leaflet():
    path = LEAFLETS / "psittacose.txt"
    item = next(iter(ingest_leaflets(path, root=path.parent)))
    assert item.leaflet.title == "Papegaaienziekte (psittacose)"
    text = "\n".join(passage.text for passage in item.passages)
    assert "PID_TITLE" not in text and "/tmp/rt46" not in text and "Had 324 characters" not in text
    assert "GGD Hollands Noorden – pagina 2" not in text
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert {"Wat is papegaaienziekte?", "Hoe raakt u besmet?", "Behandeling", "Contact"} <= headings


def test_metadata_header_atop_text_is_no_text():
    text = ("Content-Type: application/msword\nX-TIKA:Parsed-By: org.apache.tika.parser.DefaultParser\n"
            "dc:title: Griep bij volwassenen\n\nGriep bij volwassenen\n\n" + _BODY)
    report = read_extractor_report(text)
    assert report is not None and report.title == "Griep bij volwassenen"
    assert "Content-Type" not in report.text and "Griep is een infectie" in report.text


def test_ordinary_fields_are_no_metadata_header():
    text = "Naam: Jan\nDatum: 3 mei 2025\nAfdeling: Longziekten\n\nGriep is een infectie.\n"
    assert read_extractor_report(text) is None
    assert read_extractor_report(_BODY) is None


POD = (
    "=head1\tNAME\n\n        Griep bij volwassenen\n\n=head1\tGriep bij volwassenen\n\n"
    "        Huisartsenpraktijk De Brug\n\n"
    "=head1\t1\tWat is griep?\n\n        Griep is een B<infectie> met het\n        influenzavirus.\n\n"
    "        Let op bij:\n\n            hoge koorts;\n            benauwdheid.\n\n"
    "=head2 Behandeling\n\n=over 4\n\n=item *\n\nRust veel E<gt> drink genoeg.\n\n=back\n\n"
    "=begin html\n\n<p>alleen voor HTML</p>\n\n=end html\n\n"
    "        Na de kuur\tAdvies\n        Koorts\tBel de huisarts.\n        Hoest\tWacht af.\n\n=cut\n"
)


def test_pod_is_recognised_and_plain_text_is_not():
    assert is_pod(POD)
    assert not is_pod(_BODY)
    assert not is_pod("De uitslag =head1 komt later.\n\nGewone tekst.\n")


def test_pod_as_markdown_headings_title_items_codes():
    markdown = pod_as_markdown(POD)
    assert markdown.startswith("# Griep bij volwassenen\n")
    assert markdown.count("Griep bij volwassenen") == 1  # the NAME text is the title; its copy goes
    assert "## 1 Wat is griep?" in markdown
    assert "### Behandeling" in markdown
    assert "Griep is een infectie met het influenzavirus." in markdown
    assert "- hoge koorts;" in markdown and "- benauwdheid." in markdown
    assert "- Rust veel > drink genoeg." in markdown
    assert "alleen voor HTML" not in markdown
    assert "| Koorts | Bel de huisarts. |" in markdown
    assert "=head" not in markdown and "=cut" not in markdown and "=over" not in markdown


def test_dry_needling_pod_leaflet():
    path = LEAFLETS / "dry-needling.txt"
    item = next(iter(ingest_leaflets(path, root=path.parent)))
    assert item.leaflet.title == "Dry needling bij spierpijn"
    text = "\n".join(passage.text for passage in item.passages)
    assert "=head1" not in text and "InhoudInhoud" not in text
    assert "M. de Vries" not in text and "KNGF-standpunt" not in text
    assert "Bij dry needling prikt de fysiotherapeut" in text
    headings = {heading for passage in item.passages for heading in passage.headings}
    assert {"1 Wat is dry needling?", "6 Vergoeding", "7 Afspraak maken"} <= headings


def test_annotation_record_glued_into_paragraph_goes():
    text = "Rust is goed.\nM. de Vries2026-12-06T18:00:06MdVKlopt dit?Bij griep helpt rust.\n"
    assert without_annotation_records(text) == "Rust is goed.\nBij griep helpt rust.\n"
    inline = "Dat is zo. J. Bakker2025-01-02T10:00:00Graag checken.Neem rust."
    assert without_annotation_records(inline) == "Dat is zo. Neem rust."


def test_annotation_record_whose_end_is_unsure_stays():
    unsure = "M. de Vries2026-12-06T18:00:06MdVKlopt dit met de richtlijn en de\n"
    assert without_annotation_records(unsure) == unsure
    ordinary = "Uw afspraak is op 2026-12-06T18:00 in de polikliniek.\n"
    assert without_annotation_records(ordinary) == ordinary


def test_load_source_keeps_report_lines_as_furniture():
    path = Path("griep.txt")
    source = load_source(POI_REPORT.encode("utf-8"), path)
    assert "PID_" not in source.text
    assert "Had 120 characters of metadata" in source.furniture
    assert "PID_TEMPLATE" not in source.furniture  # the metadata's dates are the file's, no leaflet's
