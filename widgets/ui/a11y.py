"""Style fixes that keep the ipywidgets exercises readable and clean for screen readers (no JS).

Problems found by the browser tests (tests/browser): long radio-button labels (choose
exercises) are squeezed into one fixed-height line, so they overlap the next option and a click
on their words can pick the neighbouring option; the Font Awesome icon glyphs on buttons are
read out as part of each button's name; and the answer boxes use the browser's code font for
text areas, so a learner's own words look like a program. A ``<style>`` element inside an HTML
widget fixes these for every exercise box carrying ``BOX_CLASS``: answer boxes take the font of
the page's text (JupyterLab's and Voilà's content font), and the areas the page moves to
(``widgets/ui/resume.py``) show a clear outline when a keyboard user lands on them.
"""

from __future__ import annotations

import ipywidgets as ipw

BOX_CLASS = "psv-exercise"

#: Font Awesome 4 glyphs the course uses; "/ ''" gives each an empty text alternative.
_ICONS = {
    "check": "f00c",
    "lightbulb-o": "f0eb",
    "eye": "f06e",
    "repeat": "f01e",
    "forward": "f04e",
    "list": "f03a",
    "arrow-right": "f061",
    "save": "f0c7",
    "refresh": "f021",
    "paper-plane": "f1d8",
    "clipboard": "f0ea",
    "columns": "f0db",
    "lock": "f023",
}

STYLE = (
    "<style>"
    f".{BOX_CLASS} .widget-radio-box label{{height:auto;line-height:1.4;white-space:normal;"
    "display:flex;flex-direction:row-reverse;justify-content:flex-end;align-items:flex-start;"
    "gap:0.3em;margin-bottom:0.4em}"
    f".{BOX_CLASS} .widget-radio-box input{{flex:none;margin-top:0.25em}}"
    f".{BOX_CLASS} textarea{{font-family:var(--jp-content-font-family,system-ui,sans-serif);"
    "font-size:var(--jp-content-font-size1,14px);line-height:1.5}"
    f".{BOX_CLASS} .psv-summary p{{margin:0.3em 0}}"
    # Links look like links (an HTML widget is not styled as a notebook's text is).
    f".{BOX_CLASS} a{{color:var(--jp-content-link-color,#0d47a1);text-decoration:underline}}"
    ".psv-progress th,.psv-progress td{text-align:left;vertical-align:top;padding:0.2em 0.6em}"
    # The empty label the page moves to, laid over its box (widgets/ui/resume.py): as tall as
    # the box, at most most of the screen; the box shows the outline a keyboard user sees.
    ".psv-focus-host{position:relative}"
    ".psv-focus-host>.psv-focus-span{position:absolute;top:0;left:0;width:4px;min-width:0;"
    "height:100%;max-height:85vh;margin:0;padding:0;overflow:hidden;font-size:0;"
    "color:transparent;pointer-events:none;outline:none}"
    ".psv-focus-host:has(>.psv-focus-span:focus-visible){outline:2px solid "
    "var(--jp-brand-color1,#1565c0);outline-offset:2px}"
    + "".join(
        f'.{BOX_CLASS} .fa-{name}::before{{content:"\\{code}" / ""}}'
        for name, code in _ICONS.items()
    )
    + "</style>"
)


def style_widget() -> ipw.HTML:
    """An invisible HTML widget holding the style; put one in every exercise box."""
    return ipw.HTML(STYLE, layout=ipw.Layout(display="none"))
