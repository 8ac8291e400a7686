"""An Outlook reply saved as HTML, as red team 22 found it read wrongly: the thread it quotes
under each header box (the patient's own mail, her child's name) was kept as the leaflet's last
section, the salutation named her in the first passage, and the title was the mail's subject
with its "RE:"."""

from __future__ import annotations

from pathlib import Path

from ingest.mail import reply_kind, without_reply_prefix
from ingest.pipeline import ingest_file

PARA = "<p class=MsoNormal>{}<o:p></o:p></p>"


def _header(rule: str, *fields: tuple[str, str]) -> str:
    """Outlook's box over a quoted message: a rule over a paragraph of `<b>Field:</b> value` lines."""
    lines = "<br>".join(f"<b>{key}:</b> {value}" for key, value in fields)
    return f"<div style='border:none;border-top:solid {rule} 1.0pt;padding:3.0pt 0cm 0cm 0cm'>{PARA.format(lines)}</div>"


LEAFLET = ("<p class=MsoTitle>Vitamine D en K voor uw baby</p>"
           "<h2>Vitamine D</h2>"
           + PARA.format("Alle baby's krijgen vanaf dag 8 tot ze 4 jaar zijn elke dag 10 microgram vitamine D, ook "
                         "als ze flesvoeding krijgen. Meng de druppels niet door een volle fles.")
           + "<h2>Contact</h2>"
           + PARA.format("Heeft u vragen? Bel de advieslijn op werkdagen van 8.30 tot 17.00 uur.")
           + PARA.format("Met vriendelijke groet,") + PARA.format("Anouk Verbeek, jeugdverpleegkundige"))
THREAD = (_header("#E1E1E1", ("Van", "Sanne Jansen &lt;sanne@example.nl&gt;"), ("Verzonden", "maandag 11 mei 2026 21:47"),
                  ("Aan", "JGZ Advies &lt;advies@example.nl&gt;"), ("Onderwerp", "Re: Vraag over vitamine K"))
          + PARA.format("Hallo, onze dochter Noor is drie weken. De kraamverzorgster zei dat ik de vitamine D gewoon "
                        "in de fles mocht doen, klopt dat?") + PARA.format("Groetjes, Sanne")
          + _header("#E1E1E1", ("Van", "JGZ Advies &lt;advies@example.nl&gt;"), ("Verzonden", "maandag 11 mei 2026"),
                    ("Aan", "Sanne Jansen"), ("Onderwerp", "Vraag over vitamine K"))
          + PARA.format("Beste Sanne, wij sturen u morgen onze nieuwe folder. Ga tot die tijd door met de druppels."))


def _mail(tmp_path: Path, body: str, title: str = "") -> Path:
    page = tmp_path / "mail.htm"
    head = f"<title>{title}</title>" if title else ""
    page.write_text("<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta charset='utf-8'>"
                    "<meta name=Generator content='Microsoft Word 15 (filtered medium)'>"
                    f"{head}</head><body lang=NL><div class=WordSection1>{body}</div></body></html>",
                    encoding="utf-8")
    return page


def _text(path: Path) -> str:
    return "\n".join(passage.text for passage in ingest_file(path).passages)


def test_the_thread_an_outlook_reply_quotes_is_no_text(tmp_path):
    text = _text(_mail(tmp_path, PARA.format("Beste mevrouw Jansen,") + PARA.format("Hieronder vindt u onze folder.")
                       + LEAFLET + THREAD, "RE: Vraag over vitamine K"))
    assert "Noor" not in text and "kraamverzorgster" not in text and "Sanne" not in text
    assert "Meng de druppels niet door een volle fles" in text and "Anouk Verbeek" in text


def test_an_older_outlooks_quoted_thread_goes_where_the_leaflet_stands_above_it(tmp_path):
    """No `<title>` tells it is a reply: the leaflet's headings above the box tell it."""
    thread = THREAD.replace("#E1E1E1", "#B5C4DF").replace("Van:", "From:").replace("Verzonden:", "Sent:") \
        .replace("Aan:", "To:").replace("Onderwerp:", "Subject:")
    text = _text(_mail(tmp_path, LEAFLET + thread))
    assert "Noor" not in text and "Sent:" not in text
    assert "Alle baby's krijgen vanaf dag 8" in text


def test_a_forwarded_leaflet_under_the_header_box_stays(tmp_path):
    forward = (PARA.format("Ter info, zie de folder hieronder.")
               + _header("#E1E1E1", ("Van", "Voorlichting"), ("Verzonden", "maandag 11 mei 2026"), ("Aan", "Anouk"),
                         ("Onderwerp", "Folder vitamine D en K")) + LEAFLET)
    text = _text(_mail(tmp_path, forward, "FW: Folder vitamine D en K"))
    assert "Meng de druppels niet door een volle fles" in text and "Onderwerp" not in text


def test_a_mails_salutation_names_no_one_in_a_passage(tmp_path):
    text = _text(_mail(tmp_path, PARA.format("Beste mevrouw Jansen,") + PARA.format("Dank voor uw vraag.")
                       + LEAFLET + THREAD, "RE: Vraag over vitamine K"))
    assert "Jansen" not in text and "Dank voor uw vraag." in text


def test_a_word_mail_is_titled_by_its_msotitle_and_else_by_its_subject_without_re(tmp_path):
    assert ingest_file(_mail(tmp_path, LEAFLET + THREAD, "RE: Vraag over vitamine K")).leaflet.title \
        == "Vitamine D en K voor uw baby"
    untitled = LEAFLET.replace("<p class=MsoTitle>Vitamine D en K voor uw baby</p>", "")
    assert ingest_file(_mail(tmp_path, untitled + THREAD, "RE: Vraag over vitamine K")).leaflet.title \
        == "Vraag over vitamine K"


def test_a_subject_tells_a_reply_from_a_forward_by_its_first_prefix():
    assert reply_kind("RE: Vraag") == "reply" and reply_kind("Antw: FW: Vraag") == "reply"
    assert reply_kind("Doorst: Re: Vraag") == "forward" and reply_kind("FW: Vraag") == "forward"
    assert reply_kind("Vraag over vitamine K") == ""
    assert without_reply_prefix("RE: Fwd: Vraag over vitamine K") == "Vraag over vitamine K"
