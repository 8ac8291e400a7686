"""Markdown's dialects (MkDocs, Hugo, Pandoc, Docusaurus, GitHub) read as their pages show
them (red team 11): heading ids reached the title ("… {#top}"), admonitions and shortcodes
their marks reached passages, highlights and links ('!!! note "Autorijden" U mag ...')."""

from __future__ import annotations

from pathlib import Path

from ingest.markdown_dialects import plain_dialects
from ingest.pipeline import ingest_file


def test_heading_attributes_go():
    assert plain_dialects("# Revalidatie {#top}\n\n## Na de operatie {#na .wide}\n\n### Pijn {: .x}") == \
        "# Revalidatie\n\n## Na de operatie\n\n### Pijn"
    # braces in ordinary text stay
    assert plain_dialects("Gebruik {dosis} zoals uw arts zegt.") == "Gebruik {dosis} zoals uw arts zegt."


def test_an_admonition_keeps_its_body_opened_by_its_title():
    text = ('Tekst.\n\n!!! warning "Let op"\n    Heeft u een peeshechting gehad? Dan mag u de arm\n'
            "    niet zelf optillen.\n\nVerder.")
    assert plain_dialects(text) == ("Tekst.\n\nLet op: Heeft u een peeshechting gehad? Dan mag u de arm\n"
                                    "niet zelf optillen.\n\nVerder.")
    # no title: the type is a style, not the leaflet's words; a list keeps its own lines
    assert plain_dialects("??? note\n    - koorts\n    - pijn\n\nNa.") == "- koorts\n- pijn\n\nNa."
    assert plain_dialects('!!! tip "Tips:"\n    - drink veel\n') == "Tips:\n- drink veel\n"


def test_a_line_that_only_looks_like_an_admonition_stays_text():
    for line in ("!!! Neem geen ibuprofen in de eerste week", "!!! warning", '??? note "Vraag"'):
        assert plain_dialects(f"{line}\n\nVerder.") == f"{line}\n\nVerder."


def test_fenced_divs_alerts_and_shortcodes_keep_their_text():
    assert plain_dialects("::: tip Goed om te weten\nDrink veel water.\n:::\n\nNa.") == \
        "\nGoed om te weten:\nDrink veel water.\n\n\nNa."
    assert plain_dialects("> [!WARNING]\n> Bel bij koorts.") == ">\n> Bel bij koorts."
    assert plain_dialects("{{< tip >}}\nSlaap half zittend.\n{{< /tip >}}") == "\nSlaap half zittend.\n"
    assert plain_dialects('Zie {{< ref "pijn.md" >}} voor meer.') == "Zie  voor meer."


def test_definition_lists_and_task_lists():
    text = "Termen:\n\nPassief bewegen\n: iemand anders beweegt de arm.\n\nActief bewegen\n: u beweegt zelf.\n"
    assert plain_dialects(text) == ("Termen:\n\nPassief bewegen: iemand anders beweegt de arm.\n\n"
                                    "Actief bewegen: u beweegt zelf.\n")
    assert plain_dialects("- [ ] slingeroefening\n- [x] pijnstilling\n1. [ ] stap") == \
        "- slingeroefening\n- pijnstilling\n1. stap"
    # a sentence's own colon line is no definition
    assert plain_dialects("Neem mee.\n: niet nodig") == "Neem mee.\n: niet nodig"


def test_fenced_code_is_left_alone():
    text = "```\n!!! warning \"x\"\n- [ ] y\n```"
    assert plain_dialects(text) == text


def test_a_mkdocs_leaflet_reads_as_its_page(tmp_path):
    (tmp_path / "schouder.md").write_text(
        "# Revalidatie na een schouderoperatie {#top}\n\nU bent geopereerd aan uw schouder.\n\n"
        '## De eerste dagen {#eerste}\n\n!!! warning "Let op"\n    Til de arm de eerste 6 weken niet zelf op.\n\n'
        "{{< tip >}}\nSlapen gaat het best half zittend.\n{{< /tip >}}\n\n"
        "Vink af:\n\n- [ ] slingeroefening, 3 keer per dag\n- [x] coldpack na het oefenen\n")
    item = ingest_file(tmp_path / "schouder.md")
    assert item.leaflet.title == "Revalidatie na een schouderoperatie"
    text = "\n".join(p.text for p in item.passages)
    assert "Let op: Til de arm de eerste 6 weken niet zelf op." in text
    assert "Slapen gaat het best half zittend." in text
    assert "• slingeroefening, 3 keer per dag" in text
    assert not any(mark in text for mark in ("!!!", "{{", "[ ]", "[x]", "{#"))
    assert {p.headings for p in item.passages} >= {("De eerste dagen",)}
