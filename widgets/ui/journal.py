"""The private journal box: a labelled text area saved to this computer's journal, earlier entries.

Journal entries never leave the learner's computer and are never scored, so every journal box says
where they are kept, shows the learner's earlier entries (escaped) and reports saving in a status
region screen readers announce. Reflection exercises and the personal summary share these pieces.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from widgets.core.text import t
from widgets.store import StoreError
from widgets.ui.base import LABEL_STYLE, esc, full_width, html_list


def journal_textarea(label: str, placeholder: str, *, rows: int) -> widgets.Textarea:
    """The writing area: its label is also its accessible name and its tooltip."""
    return widgets.Textarea(
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


def privacy_text(get_store: Callable[[], Any]) -> str:
    """Where the journal is kept, in words ("an unknown place" when the store cannot be opened)."""
    try:
        path = getattr(get_store(), "path", None)
    except (OSError, StoreError):
        path = None
    return t("reflect.privacy", path=str(path) if path else t("reflect.unknown_place"))


def earlier_html(get_store: Callable[[], Any], prompt_id: str) -> str:
    """The earlier entries for ``prompt_id``, newest first, folded away ("" when none or unread)."""
    try:
        entries = list(get_store().journal(prompt_id))
    except (OSError, StoreError):
        return ""
    if not entries:
        return ""
    items = [
        f"<strong>{esc(str(e.created_at)[:16].replace('T', ' '))}</strong><br>"
        + esc(e.text).replace("\n", "<br>")
        for e in reversed(entries)
    ]
    heading = t("reflect.earlier", n=len(entries))
    return f"<details><summary>{esc(heading)}</summary>{html_list(items)}</details>"


def save_entry(
    get_store: Callable[[], Any], prompt_id: str, entry: widgets.Textarea
) -> tuple[bool, str]:
    """Save the text area's words privately, then empty it: (saved?, the message to show).

    Empty text is not saved, and a failed save is said kindly; neither raises.
    """
    text = entry.value.strip()
    if not text:
        return False, t("reflect.empty")
    try:
        get_store().save_journal(prompt_id, text)
    except (OSError, StoreError, ValueError) as err:
        return False, t("common.save_failed", error=str(err))
    entry.value = ""
    return True, t("reflect.saved")
