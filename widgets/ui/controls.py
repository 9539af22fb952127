"""The controls every view is built from: buttons with words, the one answer box, a wrapping row.

Each control gets its words from the text file, is reachable by keyboard and is named for screen
readers by the words a learner sees; style (colour, icon) is decoration only.
"""

from __future__ import annotations

import ipywidgets as ipw

from widgets.core.text import t

#: Lets long descriptions show in full instead of being cut to a fixed width.
LABEL_STYLE = {"description_width": "initial"}


def full_width() -> ipw.Layout:
    """A fresh full-width layout (layouts are widgets too, so each control gets its own)."""
    return ipw.Layout(width="100%")


def text_button(
    words: str,
    tooltip: str,
    *,
    icon: str = "",
    style: str = "",
    disabled: bool = False,
    fit: bool = True,
) -> ipw.Button:
    """A button saying ``words`` (its accessible name); ``fit`` sizes it to its words."""
    layout = ipw.Layout(width="auto") if fit else ipw.Layout()
    return ipw.Button(
        description=words,
        tooltip=tooltip,
        icon=icon,
        button_style=style,
        disabled=disabled,
        layout=layout,
    )


def make_button(key: str, *, icon: str = "", style: str = "", disabled: bool = False):
    """A button whose words and tooltip come from the text file (buttons.<key>, tooltips.<key>).

    ``style`` is decoration only: the words on the button always carry the meaning.
    """
    return text_button(
        t(f"buttons.{key}"), t(f"tooltips.{key}"), icon=icon, style=style, disabled=disabled
    )


def answer_box(label: str, placeholder: str, rows: int = 4) -> ipw.Textarea:
    """The one box a learner writes in: its label is also its accessible name and tooltip."""
    return ipw.Textarea(
        # Sync once, on leaving the box: typed-as-you-go updates can still be in flight when
        # a quick Tab + Enter presses the button, and the end of the answer would be lost.
        continuous_update=False,
        value="",
        placeholder=placeholder,
        description=label,
        tooltip=label,
        style=LABEL_STYLE,
        rows=rows,
        layout=full_width(),
    )


def button_row(children: list[ipw.Widget]) -> ipw.HBox:
    """Controls side by side, wrapping onto the next line on a narrow screen."""
    return ipw.HBox(children, layout=ipw.Layout(flex_flow="row wrap"))
