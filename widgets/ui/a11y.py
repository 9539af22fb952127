"""Style fixes that keep the ipywidgets exercises readable and clean for screen readers (no JS).

Two problems found by the browser tests (tests/browser): long radio-button labels (choose
exercises) are squeezed into one fixed-height line, so they overlap the next option and a click
on their words can pick the neighbouring option; and the Font Awesome icon glyphs on buttons are
read out as part of each button's name. A ``<style>`` element inside an HTML widget fixes both
for every exercise box carrying ``BOX_CLASS``.
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
    + "".join(
        f'.{BOX_CLASS} .fa-{name}::before{{content:"\\{code}" / ""}}'
        for name, code in _ICONS.items()
    )
    + "</style>"
)


def style_widget() -> ipw.HTML:
    """An invisible HTML widget holding the style; put one in every exercise box."""
    return ipw.HTML(STYLE, layout=ipw.Layout(display="none"))
