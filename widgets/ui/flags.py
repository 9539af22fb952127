"""The "This feedback seems wrong" button under the feedback, and the private note it keeps.

The button appears only once feedback on the learner's own words is shown (rewrite and reframe
exercises, the role-play's free-text turns) and goes away when the feedback does (Try again, the
next turn). It opens a small labelled box for an optional note, with "Save privately" and
"Cancel". Saving keeps the answer, the labels the scorer gave it and the note in the learner's own
store (:meth:`~widgets.store.base.StoreBase.save_flag`), through the view's kind
:meth:`~widgets.ui.base.StoreBacked.save`, and says where it is kept and that nothing is sent.
Sharing is a separate, explicit step: ``my_flags()`` (widgets/ui/flags_view.py).

This module does not import widgets/ui/base.py (which builds one of these into every exercise);
its owner is anything with the ``read``/``save`` methods of ``StoreBacked``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ipywidgets as ipw

from widgets.core.text import t
from widgets.scoring import label_title
from widgets.ui.controls import answer_box, button_row, text_button
from widgets.ui.markup import esc, kind_box

__all__ = ["FlagPanel", "kept_where"]


def kept_where(owner: Any) -> str:
    """Where a flag is kept, in words: the progress file, or "only while this notebook runs"."""
    storage = owner.read(lambda store: getattr(store, "storage", "file"), "file")
    if storage == "memory":
        return t("flags.kept_in_memory")
    path = owner.read(lambda store: getattr(store, "path", None), None)
    return t("flags.kept_in", path=str(path) if path else t("flags.unknown_place"))


class FlagPanel:
    """The flag button and its small form, for one view; ``widget`` goes under the feedback.

    ``offer(exercise_id, response, labels)`` shows the button for the feedback just given;
    ``hide()`` takes it away (and forgets a half-written note).
    """

    def __init__(self, owner: Any):
        self.owner = owner
        self.exercise_id = ""
        self.response = ""
        self.labels: tuple[str, ...] = ()
        self.button = text_button(t("flags.button"), t("flags.button_tooltip"))
        self.button.on_click(self.on_open)
        self.about = ipw.HTML()
        self.note = answer_box(t("flags.note_label"), t("flags.note_placeholder"), rows=2)
        self.save_button = text_button(
            t("flags.save"), t("flags.save_tooltip"), icon="lock", style="primary"
        )
        self.save_button.on_click(self.on_save)
        self.cancel_button = text_button(t("flags.cancel"), t("flags.cancel_tooltip"))
        self.cancel_button.on_click(self.on_cancel)
        self.form = ipw.VBox(
            [self.about, self.note, button_row([self.save_button, self.cancel_button])]
        )
        self.status = ipw.HTML()
        self.widget = ipw.VBox([])

    @property
    def offered(self) -> bool:
        """Is the button (or its form) on screen?"""
        return bool(self.widget.children)

    def offer(self, exercise_id: str, response: str, labels: Iterable[str]) -> None:
        """Show the button under feedback just given on ``response`` (which got ``labels``)."""
        self.exercise_id = exercise_id
        self.response = response
        self.labels = tuple(sorted(labels))
        self.note.value = ""
        self.status.value = ""
        self.widget.children = [button_row([self.button]), self.status]

    def hide(self) -> None:
        """No feedback, no button: Try again, the next turn, a new start."""
        self.note.value = ""
        self.status.value = ""
        self.widget.children = []

    def about_html(self) -> str:
        """What saving keeps (the labels in words) and that it stays on this computer."""
        labels = ", ".join(label_title(name) for name in self.labels) or t("flags.no_labels")
        return f"<p>{esc(t('flags.what_is_kept', labels=labels))}</p>"

    def on_open(self, _button: Any = None) -> None:
        self.about.value = self.about_html()
        self.status.value = ""
        self.widget.children = [self.form, self.status]
        self.note.focus()

    def on_cancel(self, _button: Any = None) -> None:
        self.note.value = ""
        self.status.value = ""
        self.widget.children = [button_row([self.button]), self.status]
        self.button.focus()

    def on_save(self, _button: Any = None) -> None:
        """Keep the flag privately; a failed save is said kindly and the note stays in the box."""
        note = self.note.value.strip()
        saved, message = self.owner.save(
            lambda store: store.save_flag(self.exercise_id, self.response, self.labels, note),
            failed="flags.save_failed",
        )
        if not saved:
            self.status.value = kind_box(esc(message))
            return
        self.note.value = ""
        self.status.value = kind_box(esc(t("flags.saved", where=kept_where(self.owner))))
        self.widget.children = [self.status]
