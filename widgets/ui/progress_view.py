"""The course progress view: per value, how many exercises are done and which ones.

Numbers are words and a text table; the little bar beside each count is for sighted readers and
hidden from screen readers, so nothing depends on the picture.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as ipw

from widgets.core.text import t
from widgets.core.values import NOTEBOOKS, VALUES
from widgets.ui.a11y import style_widget
from widgets.ui.base import ExerciseBox, StoreBacked
from widgets.ui.controls import make_button
from widgets.ui.markup import esc, fallback_bundle, html_list

__all__ = ["ProgressView", "progress_html", "text_bar"]


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


def progress_html(bank: Any, store: Any) -> str:
    """Per value: done / total (main value only, so nothing is counted twice) and which ids."""
    done = done_ids(store)
    by_value: dict[str, list[Any]] = {key: [] for key in VALUES}
    for sid in bank.ids():
        scenario = bank[sid]
        if scenario.values and scenario.values[0] in by_value:
            by_value[scenario.values[0]].append(scenario)
    total_all = sum(len(v) for v in by_value.values())
    done_all = sum(1 for v in by_value.values() for s in v if s.id in done)
    head = "".join(
        f"<th scope='col'>{esc(t(k))}</th>"
        for k in (
            "progress.col_value",
            "progress.col_notebook",
            "progress.col_progress",
            "progress.col_done",
        )
    )
    rows = []
    ordered = [k for k in NOTEBOOKS if k in by_value] + [k for k in by_value if k not in NOTEBOOKS]
    for key in ordered:
        scenarios = by_value[key]
        finished = [s for s in scenarios if s.id in done]
        count = t("progress.count", done=len(finished), total=len(scenarios))
        bar = text_bar(len(finished), len(scenarios))
        names = (
            html_list(f"<code>{esc(s.id)}</code> ({esc(s.title)})" for s in finished)
            if finished
            else esc(t("progress.none_yet"))
        )
        notebook = NOTEBOOKS.get(key)
        nb = f"<code>{esc(notebook)}.ipynb</code>" if notebook else "–"
        rows.append(
            f"<tr><th scope='row'>{esc(VALUES[key])}</th><td>{nb}</td>"
            f"<td><span aria-hidden='true'>{bar}</span> {esc(count)}</td><td>{names}</td></tr>"
        )
    summary = t("progress.summary", done=done_all, total=total_all)
    return (
        f"<h3>{esc(t('progress.heading'))}</h3><p><strong>{esc(summary)}</strong></p>"
        f"<table><caption>{esc(t('progress.caption'))}</caption>"
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
        self.widget = ExerciseBox(
            [*top, self.table, self.refresh_button, style_widget()],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.exercise = self

    def refresh(self, _button: Any = None) -> None:
        self.table.value = progress_html(self.bank, self.store)
