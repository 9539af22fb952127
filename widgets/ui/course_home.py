"""``course_home()``: the course's pages in order, with titles, links and the learner's progress.

The first page in app mode (``course/index.ipynb``, which scripts/app_mode.py opens at ``/``), and
usable in JupyterLab too. Each page is a link (relative, so it opens the page in app mode and in
JupyterLab alike) with its progress in words ("5 of 18 done", "started"); a bar beside it is for
sighted readers and hidden from screen readers. A "Continue where you left off" link points at
the first page not done yet. The pages and what is on them come from the notebooks themselves
(:mod:`widgets.content.course_map`).
"""

from __future__ import annotations

from typing import Any

import ipywidgets as ipw

from widgets.content.course_map import course_modules
from widgets.core.text import t
from widgets.ui.a11y import style_widget
from widgets.ui.base import ExerciseBox, StoreBacked
from widgets.ui.completion import ModuleRow, gather
from widgets.ui.controls import button_row, text_button
from widgets.ui.markup import esc, fallback_bundle, kind_box

__all__ = ["CourseHome", "course_home", "home_html", "next_page"]

#: Links are underlined: they never differ from the words around them by colour alone.
LINK_STYLE = "text-decoration:underline"


def _bar(done: int, total: int, width: int = 10) -> str:
    if total <= 0:
        return ""
    cells = min(total, width)
    filled = round(cells * done / total)
    return "■" * filled + "□" * (cells - filled)


def _link(row: ModuleRow) -> str:
    module = row.module
    return (
        f'<a href="{esc(module.file)}" style="{LINK_STYLE}">'
        f"{esc(module.number)} · {esc(module.title)}</a>"
    )


def next_page(rows: list[ModuleRow]) -> ModuleRow | None:
    """Where to carry on: the page last worked on if it is not done, else the next page not done
    after it (or before it, when everything after it is done); None when every page is done."""
    waiting = [r for r in rows if r.status != "done"]
    if not waiting:
        return None
    worked = [r for r in rows if r.last is not None]
    if not worked:
        return waiting[0]
    latest = max(worked, key=lambda r: r.last)
    after = rows[rows.index(latest) :]
    return next((r for r in after if r.status != "done"), waiting[0])


def home_html(rows: list[ModuleRow]) -> str:
    """The pages as a table (page link, progress in words) and a link to carry on."""
    head = "".join(
        f"<th scope='col'>{esc(t(k))}</th>" for k in ("home.col_page", "home.col_progress")
    )
    lines = []
    for row in rows:
        status = t(f"home.status_{row.status}")
        count = t("home.progress", done=row.done, total=row.total)
        bar = _bar(row.done, row.total)
        lines.append(
            f"<tr><th scope='row' style='text-align:left'>{_link(row)}</th>"
            f"<td><span aria-hidden='true'>{bar}</span> {esc(count)} ({esc(status)})</td></tr>"
        )
    table = (
        f"<table><caption>{esc(t('home.caption'))}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(lines)}</tbody></table>"
    )
    nxt = next_page(rows)
    if not rows:
        ahead = ""
    elif nxt is None:
        ahead = f"<p><strong>{esc(t('home.all_done'))}</strong></p>"
    else:
        key = "home.start" if not any(r.done for r in rows) else "home.continue"
        words = t(key, title=f"{nxt.module.number} · {nxt.module.title}")
        ahead = (
            f'<p><strong><a href="{esc(nxt.module.file)}" style="{LINK_STYLE}">'
            f"{esc(words)}</a></strong></p>"
        )
    return f"<h3>{esc(t('home.heading'))}</h3><p>{esc(t('home.intro'))}</p>{ahead}{table}"


class CourseHome(StoreBacked):
    """The course's pages with progress, and a Refresh button (progress changes as you go)."""

    def __init__(self, store: Any | None = None, folder: Any | None = None):
        self._store = store
        self.modules = course_modules(folder)
        self.table = ipw.HTML()
        self.refresh_button = text_button(
            t("home.refresh"), t("home.refresh_tooltip"), icon="refresh"
        )
        self.refresh_button.on_click(self.refresh)
        top = self.notice_widgets()
        text, page = fallback_bundle(
            t("home.heading"), [(t("home.fallback_label"), t("home.fallback"))], "home.run_cell"
        )
        self.widget = ExerciseBox(
            [*top, self.table, button_row([self.refresh_button]), style_widget()],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.exercise = self
        self.refresh()

    def refresh(self, _button: Any = None) -> None:
        rows = self.read(lambda store: gather(store, self.modules), None)
        if rows is None:  # the store cannot be read: the pages still open
            empty = [ModuleRow(m, 0, 0, None, None, None) for m in self.modules]
            self.table.value = home_html(empty) + kind_box(esc(t("record.unreadable")))
        else:
            self.table.value = home_html(rows)


def course_home(*, store: Any | None = None, folder: Any | None = None) -> ExerciseBox:
    """The course's pages in order, with links and your progress (the app-mode home page)."""
    return CourseHome(store, folder).widget
