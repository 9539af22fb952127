"""The course progress view: per notebook, how many exercises are done and which ones.

Each notebook is named by its title and linked (a relative link, so it opens the notebook beside
this one in JupyterLab and in app mode); exercises are named by their titles, never their ids.
Numbers are words and a text table; the little bar beside each count is for sighted readers and
hidden from screen readers, so nothing depends on the picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

import ipywidgets as ipw

from widgets.content.notebooks import CourseNotebook, course_notebooks
from widgets.core.text import t
from widgets.ui.a11y import style_widget
from widgets.ui.base import ExerciseBox, StoreBacked
from widgets.ui.controls import make_button
from widgets.ui.markup import esc, fallback_bundle, html_list
from widgets.ui.my_data import data_buttons

__all__ = ["ProgressView", "done_ids", "notebook_link", "progress_html", "text_bar"]


def text_bar(done: int, total: int, width: int = 10) -> str:
    """A bar like ■■■□□□□□ for sighted readers; the words beside it carry the meaning."""
    if total <= 0:
        return ""
    cells = min(total, width)
    filled = round(cells * done / total)
    return "■" * filled + "□" * (cells - filled)


def done_ids(store: Any) -> set[str]:
    """Exercises attempted or skipped, plus reflections with a saved journal entry."""
    done = set(store.completed())
    try:
        entries = store.journal()
    except (OSError, ValueError, TypeError):
        entries = []
    for entry in entries:
        prompt = entry.get("prompt_id") if isinstance(entry, dict) else None
        prompt = prompt or getattr(entry, "prompt_id", None)
        if prompt:
            done.add(prompt)
    return done


def notebook_link(notebook: CourseNotebook) -> str:
    """A link to ``notebook`` by its title, relative to the notebook showing it (they sit side by
    side): JupyterLab opens it at /lab/tree/..., app mode at /voila/render/..."""
    return f'<a href="{esc(quote(notebook.filename))}">{esc(notebook.title)}</a>'


def _rows(bank: Any, notebooks: Sequence[CourseNotebook]) -> list[tuple[str, list[Any]]]:
    """(the row's heading as HTML, its scenarios) per notebook, then any exercise of the bank no
    notebook shows (a trainer's new scenario) under "Other exercises"."""
    rows, placed = [], set()
    for notebook in notebooks:
        scenarios = [bank[i] for i in notebook.exercise_ids if i in bank and i not in placed]
        placed |= {s.id for s in scenarios}
        rows.append((notebook_link(notebook), scenarios))
    others = [bank[i] for i in bank.ids() if i not in placed]
    if others:
        rows.append((esc(t("progress.others")), others))
    return rows


def _done_cell(finished: list[Any]) -> str:
    """Which exercises are done, by title, folded away behind their number (no JS: <details>)."""
    if not finished:
        return esc(t("progress.none_yet"))
    titles = html_list(esc(s.title) for s in finished)
    summary = esc(t("progress.which", n=len(finished)))
    return f"<details><summary>{summary}</summary>{titles}</details>"


def progress_html(bank: Any, store: Any, notebooks: Sequence[CourseNotebook] | None = None) -> str:
    """Per notebook: done / total of the exercises it shows, and which (by title)."""
    done = done_ids(store)
    notebooks = course_notebooks() if notebooks is None else notebooks
    head = "".join(
        f"<th scope='col'>{esc(t(k))}</th>"
        for k in ("progress.col_notebook", "progress.col_progress", "progress.col_done")
    )
    rows = []
    for heading, scenarios in _rows(bank, notebooks):
        if not scenarios:
            rows.append(
                f"<tr><th scope='row'>{heading}</th>"
                f"<td colspan='2'>{esc(t('progress.no_exercises'))}</td></tr>"
            )
            continue
        finished = [s for s in scenarios if s.id in done]
        count = t("progress.count", done=len(finished), total=len(scenarios))
        bar = text_bar(len(finished), len(scenarios))
        rows.append(
            f"<tr><th scope='row'>{heading}</th>"
            f"<td><span aria-hidden='true'>{bar}</span> {esc(count)}</td>"
            f"<td>{_done_cell(finished)}</td></tr>"
        )
    ids = set(bank.ids())
    summary = t("progress.summary", done=len(ids & done), total=len(ids))
    return (
        f"<h3>{esc(t('progress.heading'))}</h3><p><strong>{esc(summary)}</strong></p>"
        f"<table class='psv-progress'><caption>{esc(t('progress.caption'))}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<p>{esc(t('progress.kind_note'))}</p>"
    )


class ProgressView(StoreBacked):
    """Course-wide progress with a refresh button (progress changes as cells are run)."""

    def __init__(self, bank: Any, store: Any | None = None):
        self.bank = bank
        self._store = store
        self.table = ipw.HTML()
        self.refresh_button = make_button("refresh", icon="refresh")
        self.refresh_button.on_click(self.refresh)
        top = self.notice_widgets()
        self.refresh()
        text, page = fallback_bundle(
            t("progress.heading"),
            [(t("progress.fallback_label"), t("progress.fallback"))],
            "fallback.run_progress",
        )
        self.data = data_buttons(store)  # see, save or erase my data; the completion record
        self.widget = ExerciseBox(
            [*top, self.table, self.refresh_button, self.data, style_widget()],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.exercise = self

    def refresh(self, _button: Any = None) -> None:
        self.table.value = self.read(lambda store: progress_html(self.bank, store), "")
