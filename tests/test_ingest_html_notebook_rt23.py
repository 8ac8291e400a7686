"""A leaflet written as a Jupyter notebook and saved as HTML, as red team 23 found it read
wrongly (tandvleesontsteking.html, nbconvert's lab template): the code cells' input ("import
pandas as pd", "%matplotlib inline") was indexed as the leaflet's text."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_file

INPUT = ("<div class='jp-InputArea jp-Cell-inputArea'><div class='jp-InputPrompt jp-InputArea-prompt'>In [{n}]:</div>"
         "<div class='jp-CodeMirrorEditor jp-Editor jp-InputArea-editor'><div class='highlight hl-python'><pre>"
         "<span class=kn>import</span> <span class=nn>pandas</span> <span class=k>as</span> pd\n"
         "pockets = pd.DataFrame({{'Pocketdiepte': ['1 tot 3 mm']}})\npockets.style.hide(axis='index')"
         "</pre></div></div></div>")


def _markdown(html: str) -> str:
    return ("<div class='jp-Cell jp-MarkdownCell jp-Notebook-cell'><div class='jp-Cell-inputWrapper'>"
            "<div class='jp-InputArea jp-Cell-inputArea'><div class='jp-InputPrompt jp-InputArea-prompt'></div>"
            f"<div class='jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput'>{html}</div></div></div></div>")


def _classic_code(n: int) -> str:
    return ("<div class='cell border-box-sizing code_cell rendered'><div class=input>"
            f"<div class='prompt input_prompt'>In&nbsp;[{n}]:</div><div class=inner_cell><div class=input_area>"
            "<div class=' highlight hl-ipython3'><pre><span class=o>%</span>matplotlib inline\n"
            "<span class=kn>from</span> IPython.display <span class=kn>import</span> Markdown</pre></div></div>"
            "</div></div></div>")


def test_a_notebooks_code_cells_are_no_text_and_its_markdown_and_outputs_are(tmp_path):
    cells = (_markdown("<h1>Tandvleesontsteking</h1><p>Bij tandvleesontsteking is het tandvlees rood en gezwollen, "
                       "en het bloedt bij het poetsen. De ontsteking komt door tandplak.</p>")
             + _classic_code(1)
             + _markdown("<h2>Behandeling</h2><p>De mondhygiënist meet hoe diep de ruimte tussen tand en tandvlees "
                         "is. Dit heet een pocket.</p>")
             + "<div class='jp-Cell jp-CodeCell jp-Notebook-cell'><div class=jp-Cell-inputWrapper>"
             + INPUT.format(n=2) + "</div><div class='jp-Cell-outputWrapper'><div class='jp-OutputArea'>"
             "<div class='jp-RenderedHTMLCommon jp-RenderedHTML jp-OutputArea-output'><table><thead><tr>"
             "<th>Pocketdiepte</th><th>Controle</th></tr></thead><tbody><tr><td>1 tot 3 mm</td>"
             "<td>1 keer per jaar</td></tr><tr><td>6 mm of meer</td><td>Verwijzing</td></tr></tbody></table>"
             "</div></div></div></div>")
    page = tmp_path / "folder.html"
    page.write_text(f"<html><head><meta charset='utf-8'><title>folder</title></head><body class=jp-Notebook>{cells}"
                    "</body></html>", encoding="utf-8")
    text = "\n".join(passage.text for passage in ingest_file(page).passages)
    for code in ("import", "pandas", "matplotlib", "IPython", "DataFrame"):
        assert code not in text
    assert "Dit heet een pocket." in text and "1 keer per jaar" in text and "tandplak" in text


def test_a_listing_outside_a_notebook_stays(tmp_path):
    page = tmp_path / "folder.html"
    page.write_text("<html><body><h1>Spoelen</h1><p>Spoel zo na het poetsen, twee keer per dag, een week lang. "
                    "Doe het zo:</p><div class='listingblock'><div class=content><pre class=highlight><code>"
                    "<span>spoel 30 seconden</span>\nspuug uit\nniet naspoelen met water</code></pre></div></div>"
                    "</body></html>", encoding="utf-8")
    text = "\n".join(passage.text for passage in ingest_file(page).passages)
    assert "spoel 30 seconden" in text and "niet naspoelen met water" in text
