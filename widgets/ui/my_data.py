"""``my_data()``: see what the course keeps about you, save a copy of it, or erase it.

No code to type, in JupyterLab and in app mode alike. The view says what is kept (counts of
answers, skips, journal entries, self-checks and flags) and where (the file on this computer, or
the browser, or nowhere lasting), and lists every record on request (all escaped). Two copies can
be saved, each explained in plain words: an anonymous one (the store's own export: no words the
learner wrote, no journal) and a full one (everything, for the learner). Both are handed to the
learner's browser as a download link (:mod:`widgets.ui.downloads`): nothing is sent anywhere.

Erasing asks twice: "Erase everything..." shows exactly what will go (the counts and the file),
with "Yes, erase everything" and "No, keep my data" (which has the focus). Every read and erase
goes through :class:`~widgets.ui.base.StoreBacked`, so a locked or read-only store is said kindly
and nothing is lost. In app mode served to a room (``PEER_COURSE_APP_SHARED``), the view says
that everyone using the link shares this one store.

:func:`data_buttons` gives two buttons ("See, save or erase my data", "My completion record")
that open these views in place, for the progress view.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import ipywidgets as ipw

from widgets.core.text import t
from widgets.ui.a11y import style_widget
from widgets.ui.base import ExerciseBox, StoreBacked
from widgets.ui.controls import button_row, text_button
from widgets.ui.downloads import anonymous_csv, download_html, full_csv, today
from widgets.ui.markup import esc, fallback_bundle, html_list, kind_box
from widgets.ui.self_check import comparison_table

__all__ = ["SHARED_ENV", "Counts", "MyData", "data_buttons", "my_data"]

#: Set by scripts/app_mode.py when app mode listens on a network address: one store for everyone.
SHARED_ENV = "PEER_COURSE_APP_SHARED"


def _button(key: str, *, icon: str = "", style: str = "") -> ipw.Button:
    return text_button(t(f"my_data.{key}"), t(f"my_data.{key}_tooltip"), icon=icon, style=style)


@dataclass(frozen=True)
class Counts:
    """How much the store keeps, by kind (None: that part could not be read)."""

    answers: int
    skips: int
    journal: int
    phases: tuple[str, ...]
    flags: int

    @property
    def empty(self) -> bool:
        return not (self.answers or self.skips or self.journal or self.phases or self.flags)

    def lines(self) -> list[str]:
        """The counts in words, one per kind (plain text)."""
        phases = (
            ", ".join(t(f"my_data.phase_{p}") for p in self.phases)
            if self.phases
            else t("my_data.no_phases")
        )
        return [
            t("my_data.attempts", n=self.answers),
            t("my_data.skips", n=self.skips),
            t("my_data.journal", n=self.journal),
            t("my_data.selfchecks", phases=phases),
            t("my_data.flags", n=self.flags),
        ]


def count(store: Any) -> Counts:
    """Read how much ``store`` keeps (raises what the store raises; callers use ``read``)."""
    attempts = store.attempts()
    flags = getattr(store, "flags", None)
    return Counts(
        answers=sum(1 for a in attempts if not a.skipped),
        skips=sum(1 for a in attempts if a.skipped),
        journal=len(store.journal()),
        phases=tuple(p for p in ("before", "after") if p in (store.selfchecks() or {})),
        flags=len(flags()) if callable(flags) else 0,
    )


def _where(store: Any) -> str:
    kind = getattr(store, "storage", "file")
    if kind == "browser":
        return t("my_data.where_browser")
    if kind == "memory":
        return t("my_data.where_memory")
    return t("my_data.where_file", path=str(store.path))


def shared_app_mode() -> bool:
    """True in app mode served to a network (one store for everyone with the link)."""
    return os.environ.get(SHARED_ENV, "").strip() not in ("", "0")


def _table(caption: str, head: list[str], rows: list[list[str]]) -> str:
    """A small table of already-escaped cells, with a caption and column headers."""
    if not rows:
        return ""
    th = "".join(f"<th scope='col'>{esc(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f"<table><caption>{esc(caption)}</caption><thead><tr>{th}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _when(created_at: str) -> str:
    return esc(str(created_at)[:16].replace("T", " "))


def everything_html(store: Any) -> str:
    """Every record the store keeps, as tables (every word escaped)."""
    cols = [t(f"my_data.col_{k}") for k in ("when", "exercise", "answer", "labels")]
    attempts = [
        [
            _when(a.created_at),
            f"<code>{esc(a.exercise_id)}</code>",
            esc(t("my_data.skipped_mark")) if a.skipped else esc(a.response),
            esc(", ".join(a.labels)),
        ]
        for a in store.attempts()
    ]
    journal = [
        [_when(e.created_at), f"<code>{esc(e.prompt_id)}</code>", esc(e.text)]
        for e in store.journal()
    ]
    flags_of = getattr(store, "flags", None)
    flags = [
        [
            _when(f.created_at),
            f"<code>{esc(f.exercise_id)}</code>",
            esc(f.response),
            esc(", ".join(f.labels)),
            esc(f.note),
        ]
        for f in (flags_of() if callable(flags_of) else ())
    ]
    checks = store.selfchecks() or {}
    parts = [
        _table(t("my_data.see_caption_attempts"), cols, attempts),
        _table(t("my_data.see_caption_journal"), cols[:3], journal),
        _table(t("my_data.see_caption_flags"), [*cols, t("my_data.col_note")], flags),
    ]
    if checks:
        parts.append(comparison_table(checks.get("before", {}), checks.get("after", {})))
    return "".join(parts) or f"<p>{esc(t('my_data.nothing'))}</p>"


class MyData(StoreBacked):
    """What is kept and where, a list of it all, two copies to save, and erase (asked twice)."""

    def __init__(self, store: Any | None = None):
        self._store = store
        self.summary = ipw.HTML()
        self.listing = ipw.HTML()
        self.download = ipw.HTML()
        self.status = ipw.HTML()
        self.confirm_area = ipw.VBox()
        self.refresh_button = _button("refresh", icon="refresh")
        self.see_button = _button("see", icon="list")
        self.anonymous_button = _button("anonymous", icon="save")
        self.full_button = _button("full", icon="save")
        self.erase_button = _button("erase")
        self.confirm_button = _button("confirm", style="danger")
        self.keep_button = _button("keep", style="primary")
        self.refresh_button.on_click(self.refresh)
        self.see_button.on_click(self.on_see)
        self.anonymous_button.on_click(self.on_anonymous)
        self.full_button.on_click(self.on_full)
        self.erase_button.on_click(self.on_erase)
        self.confirm_button.on_click(self.on_confirm)
        self.keep_button.on_click(self.on_keep)
        heading = ipw.HTML(f"<h3>{esc(t('my_data.heading'))}</h3><p>{esc(t('my_data.intro'))}</p>")
        export = ipw.HTML(
            f"<h4>{esc(t('my_data.export_heading'))}</h4>"
            f"<p>{esc(t('my_data.anonymous_explain'))}</p><p>{esc(t('my_data.full_explain'))}</p>"
        )
        erase = ipw.HTML(
            f"<h4>{esc(t('my_data.erase_heading'))}</h4><p>{esc(t('my_data.erase_explain'))}</p>"
        )
        top = self.notice_widgets()
        text, page = fallback_bundle(
            t("my_data.heading"),
            [(t("my_data.fallback_label"), t("my_data.fallback"))],
            "my_data.run_cell",
        )
        self.widget = ExerciseBox(
            [
                *top,
                heading,
                self.summary,
                button_row([self.see_button, self.refresh_button]),
                self.listing,
                export,
                button_row([self.anonymous_button, self.full_button]),
                self.download,
                erase,
                button_row([self.erase_button]),
                self.confirm_area,
                self.status,
                style_widget(),  # hidden; widgets/ui/a11y.py says why
            ],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.exercise = self
        self.counts: Counts | None = None
        self.refresh()

    # --- what is kept, and where -------------------------------------------------------------

    def refresh(self, _button: Any = None) -> None:
        """Read the counts again (and the full list, when it is open)."""
        self.counts = self.read(count, None)
        parts = [f"<h4>{esc(t('my_data.what_heading'))}</h4>"]
        if self.counts is None:
            parts.append(kind_box(esc(t("my_data.unreadable"))))
        elif self.counts.empty:
            parts.append(f"<p>{esc(t('my_data.nothing'))}</p>")
        else:
            parts.append(html_list(esc(line) for line in self.counts.lines()))
        parts.append(f"<h4>{esc(t('my_data.where_heading'))}</h4>")
        where = self.read(_where, None)
        if where:
            parts.append(f"<p>{esc(where)}</p>")
        if shared_app_mode():
            parts.append(f"<p><strong>{esc(t('my_data.shared'))}</strong></p>")
        self.summary.value = "".join(parts)
        if self.listing.value:
            self._fill_listing()

    def _fill_listing(self) -> None:
        listing = self.read(everything_html, None)
        self.listing.value = (
            listing if listing is not None else kind_box(esc(t("my_data.unreadable")))
        )

    def on_see(self, _button: Any = None) -> None:
        """Show every record kept; pressed again, fold the list away."""
        if self.listing.value:
            self.listing.value = ""
            self.see_button.description = t("my_data.see")
            self.see_button.tooltip = t("my_data.see_tooltip")
            return
        self._fill_listing()
        self.see_button.description = t("my_data.hide")
        self.see_button.tooltip = t("my_data.hide_tooltip")

    # --- copies --------------------------------------------------------------------------------

    def _offer(self, make: Any, name: str, ready_key: str) -> None:
        made: list[bytes] = []
        saved, message = self.save(
            lambda store: made.append(make(store)), failed="my_data.export_failed"
        )
        if not saved:
            self.download.value = ""
            self.status.value = kind_box(esc(message))
            return
        self.status.value = ""
        link = download_html(made[0], name, "text/csv;charset=utf-8", "my_data.download")
        self.download.value = kind_box(f"<p>{esc(t(ready_key))}</p><p>{link}</p>")

    def on_anonymous(self, _button: Any = None) -> None:
        self._offer(anonymous_csv, f"peer-support-anonymous-{today()}.csv", "my_data.ready")

    def on_full(self, _button: Any = None) -> None:
        self._offer(full_csv, f"peer-support-my-data-{today()}.csv", "my_data.ready_full")

    # --- erase, asked twice --------------------------------------------------------------------

    def on_erase(self, _button: Any = None) -> None:
        """First step: say exactly what would be deleted, and ask."""
        self.refresh()
        self.status.value = ""
        counts = self.counts.lines() if self.counts is not None else []
        kind = self.read(lambda store: getattr(store, "storage", "file"), "file")
        path = self.read(lambda store: str(store.path), "")
        if kind == "file" and path:
            counts.append(t("my_data.confirm_file", path=path))
        parts = [f"<p><strong>{esc(t('my_data.confirm_intro'))}</strong></p>"]
        parts.append(html_list(esc(line) for line in counts))
        if shared_app_mode():
            parts.append(f"<p><strong>{esc(t('my_data.shared'))}</strong></p>")
        parts.append(f"<p>{esc(t('my_data.confirm_question'))}</p>")
        question = ipw.HTML(kind_box("".join(parts), role="alert"))
        self.confirm_area.children = [question, button_row([self.keep_button, self.confirm_button])]
        self.keep_button.focus()

    def on_confirm(self, _button: Any = None) -> None:
        """Second step: erase everything, then say so (or why not, kindly)."""
        self.confirm_area.children = []
        erased, message = self.save(lambda store: store.erase(), failed="my_data.erase_failed")
        self.download.value = ""
        self.refresh()
        self.status.value = kind_box(esc(t("my_data.erased") if erased else message))
        self.erase_button.focus()

    def on_keep(self, _button: Any = None) -> None:
        self.confirm_area.children = []
        self.status.value = kind_box(esc(t("my_data.kept")))
        self.erase_button.focus()


def my_data(*, store: Any | None = None) -> ExerciseBox:
    """See what the course keeps about you, save a copy, or erase it (asked twice)."""
    return MyData(store).widget


def data_buttons(store: Any | None = None) -> ipw.VBox:
    """Two buttons that open "my data" and the completion record in place (for the progress
    view): a view is made afresh each time it opens, and a second press folds it away."""
    from widgets.ui.completion import completion_record  # the record imports nothing from here

    makers = {"my_data": my_data, "record": completion_record}
    buttons = {key: text_button(t(f"{key}.open"), t(f"{key}.open_tooltip")) for key in makers}
    area = ipw.VBox()
    shown: dict[str, str | None] = {"open": None}

    def toggle(which: str) -> None:
        opening = shown["open"] != which
        area.children = [makers[which](store=store)] if opening else []
        shown["open"] = which if opening else None
        for key, button in buttons.items():
            state = "close" if shown["open"] == key else "open"
            button.description = t(f"{key}.{state}")
            button.tooltip = t(f"{key}.{state}_tooltip")

    for key, button in buttons.items():
        button.on_click(lambda _button, key=key: toggle(key))
    box = ipw.VBox([button_row(list(buttons.values())), area])
    box.buttons, box.area = buttons, area
    return box
