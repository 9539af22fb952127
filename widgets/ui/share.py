"""``share_with_facilitator()``: the learner's own choice to share an anonymous summary, or not.

In a workshop on a course hub (``PEER_COURSE_DROP`` is set) the box says exactly what a share
holds before anything is written: the columns, each in words, how many rows, and the random id
for this workshop; and what is never shared. "Share my anonymous summary" writes it to the
workshop's drop folder (:mod:`widgets.store.workshop`), "Take my summary back" deletes it.
Outside a workshop the same button explains that sharing is for workshops, and nothing is sent.
Every read and write fails kindly, in words, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ipywidgets as ipw

from widgets.core.text import t
from widgets.store import workshop
from widgets.ui.a11y import style_widget
from widgets.ui.base import STORE_ERRORS, ExerciseBox, StoreBacked
from widgets.ui.controls import button_row, text_button
from widgets.ui.markup import esc, fallback_bundle, html_list, kind_box

__all__ = ["ShareView", "share_with_facilitator"]


def _button(key: str, *, icon: str = "", style: str = "") -> ipw.Button:
    return text_button(t(f"share.{key}"), t(f"share.{key}_tooltip"), icon=icon, style=style)


def _problem(err: Exception) -> str:
    """Kind words for what went wrong: a drop folder problem by its key, else the error."""
    if isinstance(err, workshop.ShareError):
        return t(err.key, detail=err.detail)
    return t("share.failed", error=getattr(err, "strerror", None) or str(err))


def preview_html(preview: workshop.Preview) -> str:
    """What a share holds: rows, every column in words, and what is never shared."""
    counts = t(
        "share.rows", rows=preview.rows, attempts=preview.attempts, checks=preview.selfchecks
    )
    items = [
        f"<code>{esc(column)}</code>: {esc(t(f'share.col_{column}', id=preview.share_id))}"
        for column in preview.columns
    ]
    return (
        f"<p><strong>{esc(t('share.what_heading'))}</strong> {esc(counts)}</p>"
        f"<p>{esc(t('share.columns_intro'))}</p>{html_list(items)}"
        f"<p><strong>{esc(t('share.never_heading'))}</strong> {esc(t('share.never'))}</p>"
    )


class ShareView(StoreBacked):
    """The share box; ``folder`` overrides ``PEER_COURSE_DROP`` (tests)."""

    def __init__(self, store: Any | None = None, folder: str | Path | None = None):
        self._store = store
        self.folder = Path(folder) if folder is not None else workshop.drop_folder()
        self.details = ipw.HTML()
        self.state = ipw.HTML()
        self.status = ipw.HTML()
        self.share_button = _button("share", icon="share", style="primary")
        self.withdraw_button = _button("withdraw")
        self.share_button.on_click(self.on_share)
        self.withdraw_button.on_click(self.on_withdraw)
        intro = "share.intro" if self.folder is not None else "share.intro_no_workshop"
        heading = ipw.HTML(f"<h3>{esc(t('share.heading'))}</h3><p>{esc(t(intro))}</p>")
        buttons = [self.share_button] + ([self.withdraw_button] if self.folder else [])
        text, page = fallback_bundle(
            t("share.heading"), [(t("share.fallback_label"), t("share.fallback"))], "share.run"
        )
        self.widget = ExerciseBox(
            [
                *self.notice_widgets(),
                heading,
                self.details,
                self.state,
                button_row(buttons),
                self.status,
                style_widget(),  # hidden; widgets/ui/a11y.py says why
            ],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.share_view = self
        self.refresh()

    def _try(self, action) -> tuple[Any, str | None]:
        """``action(store, folder)``, or (None, the kind words for what went wrong)."""
        try:
            return action(self.store, self.folder), None
        except (workshop.ShareError, *STORE_ERRORS) as err:
            return None, _problem(err)

    def refresh(self) -> bool:
        """Say again what a share would hold and whether this learner has shared; False when
        the folder cannot be used (the reason is shown instead)."""
        if self.folder is None:
            self.withdraw_button.disabled = True
            return False
        preview, problem = self._try(workshop.preview)
        if problem is not None:
            self.details.value = kind_box(esc(problem), role="alert")
            self.state.value = ""
            self.share_button.disabled = self.withdraw_button.disabled = True
            return False
        self.details.value = preview_html(preview)
        shared, _ = self._try(workshop.is_shared)
        key = "share.state_shared" if shared else "share.state_not_shared"
        self.state.value = f"<p><strong>{esc(t(key))}</strong></p>"
        self.share_button.disabled = False
        self.withdraw_button.disabled = not shared
        return True

    def on_share(self, _button: Any = None) -> None:
        """Write the summary (only now, only on this click) and say where it went."""
        if self.folder is None:
            self.status.value = kind_box(esc(t("share.no_workshop")))
            return
        if not self.refresh():
            self.status.value = ""
            return
        _path, problem = self._try(workshop.share)
        self.refresh()
        said = problem or t("share.shared")
        self.status.value = kind_box(esc(said), role="alert" if problem else "status")
        if not problem:
            self.withdraw_button.focus()

    def on_withdraw(self, _button: Any = None) -> None:
        """Delete the learner's shared file (their own only); say plainly what happened."""
        if self.folder is None:
            self.status.value = kind_box(esc(t("share.no_workshop")))
            return
        gone, problem = self._try(workshop.withdraw)
        self.refresh()
        said = problem or t("share.withdrawn" if gone else "share.nothing_to_withdraw")
        self.status.value = kind_box(esc(said), role="alert" if problem else "status")
        self.share_button.focus()


def share_with_facilitator(
    *, store: Any | None = None, folder: str | Path | None = None
) -> ExerciseBox:
    """The share box: in a workshop, share (or take back) an anonymous summary; elsewhere it
    explains that sharing is for workshops, and nothing is sent."""
    return ShareView(store, folder).widget
