"""The private journal pieces: where entries are kept, the earlier entries, saving one.

Journal entries never leave the learner's computer and are never scored, so every journal box says
where they are kept, shows the learner's earlier entries (escaped) and reports saving in a status
region screen readers announce. Reflection exercises and the personal summary share these pieces;
the writing area is the one answer box (widgets/ui/controls.py).
"""

from __future__ import annotations

import ipywidgets as ipw

from widgets.core.text import t
from widgets.ui.base import StoreBacked
from widgets.ui.markup import esc, html_list


def privacy_text(owner: StoreBacked) -> str:
    """Where the journal is kept, in words ("an unknown place" when the store cannot be opened)."""
    path = owner.read(lambda store: getattr(store, "path", None), None)
    return t("reflect.privacy", path=str(path) if path else t("reflect.unknown_place"))


def earlier_html(owner: StoreBacked, prompt_id: str) -> str:
    """The earlier entries for ``prompt_id``, newest first, folded away ("" when none or unread)."""
    entries = owner.read(lambda store: list(store.journal(prompt_id)), [])
    if not entries:
        return ""
    items = [
        f"<strong>{esc(str(e.created_at)[:16].replace('T', ' '))}</strong><br>"
        + esc(e.text).replace("\n", "<br>")
        for e in reversed(entries)
    ]
    heading = t("reflect.earlier", n=len(entries))
    return f"<details><summary>{esc(heading)}</summary>{html_list(items)}</details>"


def save_entry(owner: StoreBacked, prompt_id: str, entry: ipw.Textarea) -> tuple[bool, str]:
    """Save the answer box's words privately, then empty it: (saved?, the message to show).

    Empty text is not saved, and a failed save is said kindly (the words stay); neither raises.
    """
    text = entry.value.strip()
    if not text:
        return False, t("reflect.empty")
    saved, message = owner.save(lambda store: store.save_journal(prompt_id, text))
    if not saved:
        return False, message
    entry.value = ""
    return True, t("reflect.saved")
