"""``my_flags()``: the feedback a learner flagged, to look at, share with their trainer or delete.

Each flag shows the answer, the labels the feedback gave it, the note and the date (all escaped),
with a labelled tick box. "Make a share file" writes only the ticked flags to a file in the
notebook's folder and shows its path (the learner hands it over; nothing is sent). "Delete ticked
flags" asks once before it deletes. Every read and save fails kindly (``StoreBacked``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import ipywidgets as ipw

from widgets.core.text import t
from widgets.scoring import label_title
from widgets.ui.a11y import style_widget
from widgets.ui.base import ExerciseBox, StoreBacked
from widgets.ui.controls import button_row, text_button
from widgets.ui.markup import esc, fallback_bundle, kind_box

__all__ = ["FlagsView", "flag_html", "my_flags"]


def flag_html(n: int, flag: Any) -> str:
    """One flag in words: its number, the answer, the labels, the note, exercise and date."""
    labels = ", ".join(label_title(name) for name in flag.labels) or t("flags.no_labels")
    when = str(flag.created_at)[:16].replace("T", " ")
    rows = [
        (t("flags.labels"), esc(labels)),
        (t("flags.note"), esc(flag.note) if flag.note else esc(t("flags.no_note"))),
        (t("flags.exercise"), f"<code>{esc(flag.exercise_id)}</code>"),
        (t("flags.when"), esc(when)),
    ]
    answer = esc(flag.response).replace("\n", "<br>")
    return (
        f"<h4>{esc(t('flags.item', n=n))}</h4>"
        f"<p><strong>{esc(t('flags.answer'))}</strong></p><blockquote>{answer}</blockquote>"
        + "".join(f"<p><strong>{esc(label)}</strong> {value}</p>" for label, value in rows)
    )


def _button(key: str, *, icon: str = "", style: str = "") -> ipw.Button:
    return text_button(t(f"flags.{key}"), t(f"flags.{key}_tooltip"), icon=icon, style=style)


class FlagsView(StoreBacked):
    """The learner's flags with tick boxes, a share button and a delete button (asked once).

    ``folder`` is where share files go (default: the working folder, i.e. the notebook's).
    """

    def __init__(self, store: Any | None = None, folder: str | os.PathLike[str] | None = None):
        self._store = store
        self.folder = folder
        self.ticks: dict[int, ipw.Checkbox] = {}
        self.listing = ipw.VBox()
        self.status = ipw.HTML()
        self.confirm_area = ipw.VBox()
        self.share_button = _button("share", icon="save", style="primary")
        self.delete_button = _button("delete")
        self.share_button.on_click(self.on_share)
        self.delete_button.on_click(self.on_delete)
        self.confirm_button = _button("confirm")
        self.keep_button = _button("keep")
        self.confirm_button.on_click(self.on_confirm)
        self.keep_button.on_click(self.on_keep)
        heading = ipw.HTML(f"<h3>{esc(t('flags.heading'))}</h3><p>{esc(t('flags.intro'))}</p>")
        top = self.notice_widgets()
        text, page = fallback_bundle(
            t("flags.heading"), [(t("flags.fallback_label"), t("flags.fallback"))], "flags.run_cell"
        )
        self.widget = ExerciseBox(
            [
                *top,
                heading,
                self.listing,
                button_row([self.share_button, self.delete_button]),
                self.confirm_area,
                self.status,
                style_widget(),  # hidden; widgets/ui/a11y.py says why
            ],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.flags_view = self
        self.refresh()

    def refresh(self) -> None:
        """Read the flags again and list them, each with its own labelled tick box."""
        flags = self.read(lambda store: list(store.flags()), None)
        self.ticks = {}
        if flags is None:
            self.listing.children = [ipw.HTML(kind_box(esc(t("flags.unreadable"))))]
        elif not flags:
            self.listing.children = [ipw.HTML(f"<p>{esc(t('flags.none'))}</p>")]
        else:
            items: list[ipw.Widget] = []
            for n, flag in enumerate(flags, start=1):
                tick = ipw.Checkbox(
                    value=False,
                    description=t("flags.pick", n=n),
                    tooltip=t("flags.pick_tooltip", n=n),
                    indent=False,
                )
                self.ticks[flag.id] = tick
                items.append(ipw.VBox([ipw.HTML(flag_html(n, flag)), tick]))
            self.listing.children = items
        self.share_button.disabled = self.delete_button.disabled = not self.ticks

    def ticked(self) -> list[int]:
        return [flag_id for flag_id, tick in self.ticks.items() if tick.value]

    def on_share(self, _button: Any = None) -> None:
        """Write the ticked flags (only those) to a new share file and say where it is."""
        ids = self.ticked()
        self.confirm_area.children = []
        if not ids:
            self.status.value = kind_box(esc(t("flags.none_ticked")))
            return
        folder = Path(self.folder) if self.folder is not None else Path.cwd()
        written: list[Path] = []
        saved, message = self.save(
            lambda store: written.append(store.export_flags(folder, ids)), failed="flags.failed"
        )
        if not saved:
            self.status.value = kind_box(esc(message))
            return
        said = t("flags.shared", n=len(ids), path=str(written[0].absolute()))
        self.status.value = kind_box(esc(said))

    def on_delete(self, _button: Any = None) -> None:
        """Ask once before deleting: the words and both answers are buttons with words."""
        ids = self.ticked()
        if not ids:
            self.confirm_area.children = []
            self.status.value = kind_box(esc(t("flags.none_ticked")))
            return
        self.status.value = ""
        question = ipw.HTML(
            kind_box(f"<p>{esc(t('flags.confirm_delete', n=len(ids)))}</p>", role="alert")
        )
        self.confirm_area.children = [question, button_row([self.confirm_button, self.keep_button])]
        self.keep_button.focus()

    def on_confirm(self, _button: Any = None) -> None:
        ids = self.ticked()
        self.confirm_area.children = []
        deleted: list[int] = []
        saved, message = self.save(
            lambda store: deleted.append(store.delete_flags(ids)), failed="flags.failed"
        )
        self.refresh()
        said = t("flags.deleted", n=deleted[0]) if saved else message
        self.status.value = kind_box(esc(said))

    def on_keep(self, _button: Any = None) -> None:
        self.confirm_area.children = []
        self.status.value = kind_box(esc(t("flags.kept")))
        self.delete_button.focus()


def my_flags(
    *, store: Any | None = None, folder: str | os.PathLike[str] | None = None
) -> ExerciseBox:
    """The feedback the learner flagged: see it, choose flags to share (a file), delete some."""
    return FlagsView(store, folder).widget
