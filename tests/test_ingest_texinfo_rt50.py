"""Red team 50, 2.2: a Texinfo source (docbook2x-texi's) kept as `.txt` was read as plain text.

Its title was the file's name, the preamble and the menu ("\\input texinfo", "@setfilename ...",
"* Twee vormen van buikvliesdialyse::") the first passage, "@chapter" lines words of the text, and a
list's last item with its "@end itemize" the heading of the rest. ingest/texinfo.py reads it as the
document it is written to be (ingest/texinfo_inline.py its inline commands); Info, its output, is
still read by ingest/info.py."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file, load_source
from ingest.texinfo import is_texinfo, read_texinfo

LEAFLET = Path(__file__).parent / "data" / "redteam50_leaflets" / "buikvliesdialyse.txt"

MANUAL = """\
\\input texinfo   @c -*-texinfo-*-
@setfilename slapen.info
@settitle Goed slapen na een operatie
@set UPDATED 3 maart 2026

@copying
Laatst bijgewerkt: @value{UPDATED}.
@end copying

@titlepage
@title Goed slapen na een operatie
@subtitle Informatie voor pati@"enten
@author Afdeling Neurologie, Ziekenhuis Rijnstate
@page
@insertcopying
@end titlepage

@ifnottex
@node Top
@top Goed slapen na een operatie

Na een operatie slaapt u vaak slechter.@footnote{Dit geldt voor 6 op de 10 pati@"enten.}
@end ifnottex

@menu
* Tips::       Wat u zelf kunt doen.
@end menu

@iftex
Alleen in de gedrukte versie.
@end iftex

@node Tips
@chapter Tips voor een goede nacht
@cindex slapen

@section In de slaapkamer

@enumerate
@item
Houd de kamer koel: @emph{niet warmer} dan 18 @textdegree{}C.
@item Zet uw telefoon @strong{uit}.
@itemize @minus
@item
geen schermen;
@item
geen caf@'e@"ine na 16.00 uur.
@end itemize
@item
Ga op vaste tijden naar bed.
@end enumerate

@table @strong
@item Beweging
@itemx Sport
Beweeg overdag, maar niet vlak voor het slapen.
@end table

@quotation Let op
Neem geen slaappil zonder overleg met uw arts.
@end quotation

@multitable @columnfractions .5 .5
@headitem Middel @tab Hoe lang
@item Temazepam @tab hooguit 2 weken
@item Melatonine
@tab zo kort mogelijk
@end multitable

@c Een opmerking van de schrijver.
Mail naar @email{neurologie@@rijnstate.nl} of kijk op
@uref{https://www.rijnstate.nl/slapen, onze website}. Zie ook @ref{Tips}.

@ignore
Weggelaten tekst.
@end ignore

@ifset CONCEPT
Concepttekst.
@end ifset

Cura@,{c}ao, @v{S}koda, @ss{}, @{haakjes@}, @@ en ``aanhalingstekens''.

@bye
Na het einde.
"""


def _markdown(text: str) -> str:
    return read_texinfo(text).markdown


def test_red_team_leaflet_reads_as_its_document():
    item = ingest_file(LEAFLET)
    assert item.leaflet.title == "Buikvliesdialyse thuis: de wissels veilig uitvoeren"
    headings = [list(passage.headings) for passage in item.passages]
    assert ["Twee vormen van buikvliesdialyse"] in headings
    assert ["Wanneer bellen?"] in headings
    assert all("@" not in heading for passage in item.passages for heading in passage.headings)
    text = "\n".join(passage.text for passage in item.passages)
    assert "@" not in text and "\\input" not in text and "::" not in text
    assert "Een goede hygiëne is het belangrijkste" in text
    assert item.passages[0].text.startswith("Bij buikvliesdialyse (peritoneale dialyse, PD)")
    hygiene = next(passage for passage in item.passages if "hygiëne" in passage.text)
    assert list(hygiene.headings) == ["Voorbereiden van een wissel"]
    assert "Desinfecteer daarna uw handen met handalcohol." in hygiene.text
    assert "CAPD | overdag | 4 per dag, elk ongeveer 30 minuten" in text


def test_texinfo_is_known_by_its_input_line_or_its_commands():
    assert is_texinfo(MANUAL)
    fragment = "@c Een deel voor @include.\n@display\nTekst.\n@end display\n\n@enumerate\n@item\nEen.\n@end enumerate\n" \
               "@itemize\n@item\nTwee.\n@end itemize\n"
    assert is_texinfo(fragment)
    assert not is_texinfo("Mail @chapter of @end van de tekst.\nStuur een bericht naar @zorg.\n")
    assert not is_texinfo("# Titel\n\n@end itemize\n\nTekst.\n")
    info = "This is slapen.info, produced by makeinfo.\n\n\x1f\nFile: slapen.info,  Node: Top,  Next: Tips\n\n" \
           "Slapen\n******\n\nTekst.\n"
    assert not is_texinfo(info)


def test_headings_lists_and_tables_become_markdown():
    markdown = _markdown(MANUAL)
    assert markdown.startswith("# Goed slapen na een operatie\n")
    assert "\n## Tips voor een goede nacht\n" in markdown
    assert "\n### In de slaapkamer\n" in markdown
    assert "1. Houd de kamer koel: *niet warmer* dan 18 °C." in markdown
    assert "2. Zet uw telefoon **uit**." in markdown
    assert "   - geen caféïne na 16.00 uur." in markdown  # nested under its item
    assert "3. Ga op vaste tijden naar bed." in markdown
    assert "- **Beweging**, **Sport**: Beweeg overdag, maar niet vlak voor het slapen." in markdown
    assert "> Let op: Neem geen slaappil zonder overleg met uw arts." in markdown
    assert "| Middel | Hoe lang |\n| --- | --- |\n| Temazepam | hooguit 2 weken |\n| Melatonine | zo kort mogelijk |" \
        in markdown


def test_what_no_reader_shows_is_no_text():
    markdown = _markdown(MANUAL)
    for hidden in ("setfilename", "Tips::", "gedrukte versie", "Weggelaten", "Concepttekst", "opmerking van de schrijver",
                   "Na het einde", "slapen\n", "@"[:0] + "node", "Laatst bijgewerkt"):
        assert hidden not in markdown, hidden


def test_inline_commands_read_as_their_text():
    markdown = _markdown(MANUAL)
    assert "Curaçao, Škoda, ß, {haakjes}, @ en “aanhalingstekens”." in markdown
    assert "[onze website](https://www.rijnstate.nl/slapen)" in markdown
    assert "neurologie@rijnstate.nl" in markdown and "Zie ook Tips." in markdown
    assert "slechter.[^1]" in markdown and "[^1]: Dit geldt voor 6 op de 10 patiënten." in markdown
    accents = _markdown("\\input texinfo\n@\"e @'e @`a @^o @~n @={o} @u{a} @H{o} @dotaccent{z} @ringaccent{u} "
                        "@ogonek{a} @\"{@dotless{i}} @U{00e9} @dots{} @euro{}\n")
    assert "ë é à ô ñ ō ă ő ż ů ą ï é ... €" in accents


def test_title_page_gives_publisher_and_flags_the_date(tmp_path):
    path = tmp_path / "slapen.txt"
    path.write_text(MANUAL, encoding="utf-8")
    source = load_source(path.read_bytes(), path)
    assert source.title == "Goed slapen na een operatie"
    assert source.publisher == "Afdeling Neurologie, Ziekenhuis Rijnstate"
    assert "Laatst bijgewerkt: 3 maart 2026." in source.furniture
    leaflet = ingest_file(path).leaflet
    assert leaflet.publisher == "Afdeling Neurologie, Ziekenhuis Rijnstate"
    assert leaflet.updated == "2026-03-03"


def test_pandoc_untitled_top_leaves_the_title_to_its_one_chapter():
    pandoc = ("\\input texinfo\n@documentencoding UTF-8\n\n@node Top\n@top Top\n\n@menu\n* Slapen::\n@end menu\n\n"
              "@node Slapen\n@chapter Goed slapen\n@anchor{#goed-slapen}\nTekst.\n\n@menu\n* Tips::\n@end menu\n\n"
              "@node Tips\n@section Tips\n@anchor{#tips}\nMeer tekst.\n\n@bye\n")
    markdown = _markdown(pandoc)
    assert markdown.startswith("# Goed slapen\n")
    assert "## " not in markdown.replace("### Tips", "") and "### Tips" in markdown
    assert "Top" not in markdown


def test_bad_input_never_breaks_the_reader():
    for text in ("\\input texinfo\n" + "@emph{" * 3000 + "x" + "}" * 3000,
                 "\\input texinfo\n" + "@quotation\n" * 2000 + "x\n",
                 "\\input texinfo\n" + "@itemize\n@item\n" * 1000,
                 "\\input texinfo\n@multitable\n@tab\n@item\n@end itemize\n@verb{x\n@U{zz} @\"",
                 "\\input texinfo\n@ifset\n@end ifclear\n@end ifset\n@titlepage\n@author\n"):
        read_texinfo(text)
