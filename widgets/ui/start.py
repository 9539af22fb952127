"""The first cell of every notebook: one action brings the exercises to life, and the page comes
back to the top (or to the first exercise not done yet).

Saved, before it runs, the cell says how to start: the Run menu, then Run All Cells (JupyterLab's
own words). JupyterLab's Run All leaves the page at the last cell, forty exercises below the
first. So once the kernel has run no cell for a moment (:class:`AfterRunAll`, an IPython
``post_run_cell`` hook and a timer on the kernel's own event loop, armed by this cell), the page
moves back: to the first exercise of this notebook not done yet when some are done, else to this
cell at the top. It moves by giving the focus to something that can take it (``focus_span`` in
widgets/ui/resume.py: ipywidgets' ``focus()``, no JavaScript of the course's own), so it works
the same in app mode. Each exercise the notebook shows registers itself with the page
(:meth:`Page.add`) as ``show(...)`` builds it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import ipywidgets as ipw

from widgets.content.notebooks import CourseNotebook
from widgets.core.state import on_forget
from widgets.core.text import t
from widgets.ui.a11y import style_widget
from widgets.ui.base import ExerciseBox, StoreBacked
from widgets.ui.controls import text_button
from widgets.ui.markup import esc, kind_box
from widgets.ui.progress_view import done_ids
from widgets.ui.resume import focus_span

__all__ = ["AfterRunAll", "Page", "START_CLASS", "current_page", "open_page", "start_fallback"]

#: The start box (the top of the page the kernel moves back to).
START_CLASS = "psv-start"


def start_fallback() -> tuple[str, str]:
    """What the first cell shows before it runs: how to start (Run, then Run All Cells), as text
    and as HTML. Words only: a JupyterLab command link would make JupyterLab ask first whether
    to trust the notebook, and would do nothing anywhere else."""
    menu, item = t("flow.start_menu"), t("flow.start_item")
    heading, then = t("flow.start_heading"), t("flow.start_then")
    text = f"{heading}\n{t('flow.start_how', menu=menu, item=item)} {then}"
    marks = {"menu": "\x00menu\x00", "item": "\x00item\x00"}
    how = esc(t("flow.start_how", **marks))
    how = how.replace(marks["menu"], f"<strong>{esc(menu)}</strong>")
    how = how.replace(marks["item"], f"<strong>{esc(item)}</strong>")
    page = f'<div class="{START_CLASS}"><h3>{esc(heading)}</h3><p>{how} {esc(then)}</p></div>'
    return text, page


class AfterRunAll:
    """Calls ``callback`` once, when the kernel has run no cell for ``delay`` seconds.

    Run All sends every cell at once, and the kernel runs them back to back: each cell's end
    (IPython's ``post_run_cell``) puts the call off again, so it comes after the last one. A
    timer on the kernel's event loop only fires while no cell is running. Outside a kernel
    (tests, a plain script) nothing is armed.
    """

    def __init__(self, callback: Callable[[], None], delay: float = 0.4):
        self.callback = callback
        self.delay = delay
        self._shell: Any = None
        self._handle: asyncio.TimerHandle | None = None

    def arm(self, shell: Any | None = None) -> bool:
        """Start listening to ``shell`` (default: the running IPython); False when there is none."""
        if shell is None:
            try:
                from IPython import get_ipython
            except ImportError:  # pragma: no cover - IPython comes with ipywidgets
                return False
            shell = get_ipython()
        if shell is None or not hasattr(shell, "events"):
            return False
        self._shell = shell
        shell.events.register("post_run_cell", self.ran)
        return True

    def disarm(self) -> None:
        """Stop listening, and forget any call put off (a newer first cell took over)."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._shell is not None:
            try:
                self._shell.events.unregister("post_run_cell", self.ran)
            except ValueError:
                pass
            self._shell = None

    def ran(self, _result: Any = None) -> None:
        """A cell ended: put the call off until ``delay`` seconds after this one."""
        if self._handle is not None:
            self._handle.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no event loop (a terminal IPython): no moving the page
            self.disarm()
            return
        self._handle = loop.call_later(self.delay, self.fire)

    def fire(self) -> None:
        self.disarm()
        self.callback()


class Page(StoreBacked):
    """This notebook in this kernel: its first cell (a box the page can move to), and the
    exercises it shows, in the order it shows them."""

    def __init__(self, notebook: CourseNotebook | None, store: Any | None = None):
        self.notebook = notebook
        self._store = store
        self.exercises: dict[str, Any] = {}
        self.counts = ipw.HTML()
        self.status = ipw.HTML()
        self.go_button = text_button(
            t("flow.go_next"), t("flow.go_next_tooltip"), icon="arrow-right"
        )
        self.go_button.on_click(self.go)
        text, page = start_fallback()
        children = [style_widget(), *self.notice_widgets(), self.counts]
        if self.exercise_ids:
            children.append(self.go_button)
        children.append(self.status)
        self.widget = ExerciseBox(children, fallback_text=text, fallback_html=page)
        self.widget.add_class(START_CLASS)
        # the top of the page: it can take the focus
        self.top = focus_span(self.widget, t("flow.start_top"))
        self.widget.exercise = self
        self.after_run_all = AfterRunAll(self.jump)
        self.refresh()

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        """The exercises this notebook shows (from its file; else those shown so far)."""
        if self.notebook is not None:
            return self.notebook.exercise_ids
        return tuple(self.exercises)

    def add(self, exercise_id: str, exercise: Any) -> None:
        """An exercise this notebook shows (built by ``show``); a new build replaces the last."""
        self.exercises.pop(exercise_id, None)
        self.exercises[exercise_id] = exercise

    def done(self) -> set[str]:
        return self.read(done_ids, set())

    def refresh(self) -> set[str]:
        """The counts line (how many exercises here are done); returns the ids done."""
        done = self.done()
        ids = self.exercise_ids
        n = sum(1 for i in ids if i in done)
        if not ids:
            line = t("flow.no_exercises")
        elif n == 0:
            line = t("flow.none_done", total=len(ids))
        elif n == len(ids):
            line = t("flow.all_done", total=len(ids))
        else:
            line = t("flow.some_done", done=n, total=len(ids))
        self.counts.value = f"<p><strong>{esc(t('flow.ready'))}</strong> {esc(line)}</p>"
        everything = bool(ids) and n == len(ids)
        self.go_button.disabled = everything
        self.go_button.description = t("flow.nothing_left") if everything else t("flow.go_next")
        return done

    def first_not_done(self, done: set[str]) -> Any | None:
        """The first exercise shown on this page that is not done yet (None: none)."""
        order = [i for i in self.exercise_ids if i in self.exercises]
        order += [i for i in self.exercises if i not in order]
        return next((self.exercises[i] for i in order if i not in done), None)

    def go(self, _button: Any = None) -> None:
        """Move the page to the first exercise not done yet."""
        target = self.first_not_done(self.refresh())
        if target is None:
            self.status.value = kind_box(esc(t("flow.run_all_first")), role="note")
            return
        self.status.value = ""
        target.anchor.focus()

    def jump(self) -> None:
        """After Run All: to the first exercise not done yet when some are done, else the top."""
        done = self.refresh()
        target = self.first_not_done(done) if done & set(self.exercise_ids) else None
        if target is not None:
            target.anchor.focus()
        else:
            self.top.focus()


_page: dict[str, Page | None] = {"current": None}


@on_forget("page")
def _forget_page() -> None:
    page = _page["current"]
    if page is not None:
        page.after_run_all.disarm()
    _page["current"] = None


def current_page() -> Page | None:
    """The page whose first cell ran last in this kernel (None before any)."""
    return _page["current"]


def open_page(notebook: CourseNotebook | None, store: Any | None = None) -> Page:
    """A new page for ``notebook``: it replaces the last one, and listens for Run All's end."""
    _forget_page()
    page = Page(notebook, store)
    page.after_run_all.arm()
    _page["current"] = page
    return page
