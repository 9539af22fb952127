"""``room_now(folder)``: the facilitator's live view of a workshop, refreshed with one button.

It reads the workshop's drop folder (or any folder of anonymous exports) through
:class:`widgets.tools.dashboard.FolderWatch`, so a new share, a share updated with newer
progress and a withdrawn share all show at the next press of "Read the shared summaries again".
It shows, for the room as a whole and never for a person:

* how many people are sharing;
* how far the room has got through the agenda (people who have started each notebook, "fewer
  than 3" for 1 or 2) and the facilitator guide's prompt for the furthest notebook 3 or more
  people have reached (``data/facilitator_prompts.yaml``);
* where the group is getting stuck: exercises that 3 or more people tried at least twice, where
  the latest try still shows a slip, each pattern with its prompt;
* the group's patterns in first and later tries per value (the dashboard's ``by_value`` table,
  with its small-group rule and its guard against subtraction).

Everything a file could put on the page (ids, labels, file names) is escaped. The view holds no
answers in anyone's own words: the files have none.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import ipywidgets as ipw
import pandas as pd

from widgets.core.text import t
from widgets.core.values import value_title
from widgets.scoring import label_title
from widgets.tools.dashboard import PATTERNS, FolderWatch, summarise
from widgets.tools.room import Notebook, Prompts, agenda, load_prompts, progress, stuck
from widgets.ui.a11y import style_widget
from widgets.ui.base import ExerciseBox
from widgets.ui.controls import button_row, text_button
from widgets.ui.markup import esc, fallback_bundle, html_list, kind_box

__all__ = ["RoomView", "room_html", "room_now"]

#: The most stuck exercises listed at once (most stuck first).
MAX_STUCK = 6


#: Room between columns, so numbers never run into each other.
_CELL = "padding:0.15em 0.9em 0.15em 0.3em;text-align:left;vertical-align:top"


def _table(caption: str, headers: list[str], rows: list[list[str]]) -> str:
    """An HTML table with a caption and column headers; cells are escaped here."""
    head = "".join(f"<th scope='col' style='{_CELL}'>{esc(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td style='{_CELL}'>{esc(c)}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return (
        f"<table><caption style='text-align:left'>{esc(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _section(key: str, body: str) -> str:
    return f"<h4>{esc(t(f'room.{key}'))}</h4>{body}"


def _agenda_html(df: pd.DataFrame, notebooks, min_group: int, prompts: Prompts) -> str:
    table, furthest = progress(df, notebooks, min_group)
    rows = [[r.title, r.started] for r in table.itertuples()]
    titles = {n.name: n.title for n in notebooks}
    if furthest is None:
        now = f"<p>{esc(t('room.reached_none', min_group=min_group))}</p>"
    else:
        said = t("room.reached", notebook=titles[furthest], min_group=min_group)
        now = f"<p>{esc(said)}</p>"
        prompt = prompts.for_notebook(furthest)
        if prompt:
            now += kind_box(f"<p><strong>{esc(t('room.prompt'))}</strong> {esc(prompt)}</p>")
    headers = [t("room.col_notebook"), t("room.col_started")]
    return now + _table(t("room.agenda_caption", min_group=min_group), headers, rows)


def _exercise_title(exercise_id: str) -> str:
    """``Title (id)`` from the scenario bank, or the id alone (a role-play, or a bank in edit).
    The bank is read once per kernel (``get_bank``): checking it takes seconds, and the view may
    name several exercises at every refresh."""
    try:
        from widgets.exercises import get_bank

        bank = get_bank()
        title = bank[exercise_id].title if exercise_id in bank else ""
    except Exception:  # the live view must work while a trainer is editing the bank
        title = ""
    return f"{title} ({exercise_id})" if title else exercise_id


def _stuck_html(df: pd.DataFrame, notebooks, min_group: int, prompts: Prompts) -> str:
    table = stuck(df, notebooks, min_group).head(MAX_STUCK)
    if table.empty:
        return f"<p>{esc(t('room.stuck_none', min_group=min_group))}</p>"
    rows, seen = [], []
    titles = {n.name: n.title for n in notebooks}
    for r in table.itertuples():
        patterns = [p for p in r.patterns.split(";") if p]
        seen += [p for p in patterns if p not in seen]
        words = ", ".join(label_title(p) for p in patterns)
        where = titles.get(r.notebook, r.notebook)
        rows.append(
            [_exercise_title(r.exercise_id), where, str(r.tried_twice), str(r.still), words]
        )
    headers = [t(f"room.col_{c}") for c in ("exercise", "notebook", "tried", "still", "patterns")]
    tips = html_list(
        f"<strong>{esc(label_title(p))}:</strong> {esc(prompts.for_slip(p))}" for p in seen[:3]
    )
    return _table(t("room.stuck_caption", min_group=min_group), headers, rows) + kind_box(
        f"<p><strong>{esc(t('room.prompts'))}</strong></p>{tips}"
    )


def _patterns_html(df: pd.DataFrame, min_group: int, people: int) -> str:
    by_value = summarise(df, min_group=min_group)["by_value"] if not df.empty else pd.DataFrame()
    if by_value.empty:
        return f"<p>{esc(t('room.group_hidden', min_group=min_group, n=people))}</p>"
    headers = [t("room.col_value"), t("room.col_stage"), t("room.col_people")]
    headers += [t(f"dashboard.{p}") + " %" for p in PATTERNS]
    rows = [
        [
            value_title(r["value"]),
            t(f"dashboard.stage_{r['stage']}"),
            str(r["people"]),
            *(str(r[f"{p}_%"]) for p in PATTERNS),
        ]
        for _, r in by_value.iterrows()
    ]
    return _table(t("room.patterns_caption", min_group=min_group), headers, rows)


def room_html(
    df: pd.DataFrame,
    problems: list[str],
    *,
    min_group: int = 3,
    notebooks: tuple[Notebook, ...] | None = None,
    prompts: Prompts | None = None,
) -> str:
    """The whole view as HTML, from the rows :func:`load_exports` read."""
    notebooks = agenda() if notebooks is None else notebooks
    prompts = load_prompts() if prompts is None else prompts
    people = int(df["export_id"].nunique()) if not df.empty else 0
    parts = [
        f"<p><strong>{esc(t('room.sharing', n=people))}</strong></p>",
        _section("agenda_heading", _agenda_html(df, notebooks, min_group, prompts)),
        _section("stuck_heading", _stuck_html(df, notebooks, min_group, prompts)),
        _section("patterns_heading", _patterns_html(df, min_group, people)),
    ]
    if problems:
        parts.append(_section("problems_heading", html_list(esc(p) for p in problems)))
    return "".join(parts)


class RoomView:
    """The live view: a refresh button, a status line and the room's tables."""

    def __init__(
        self,
        folder: str | os.PathLike[str],
        *,
        min_group: int = 3,
        notebooks: tuple[Notebook, ...] | None = None,
        prompts: Prompts | None = None,
    ) -> None:
        if min_group < 3:
            raise ValueError("min_group should be 3 or more: smaller groups are never shown.")
        self.watch = FolderWatch(folder)
        self.min_group = min_group
        self.notebooks = agenda() if notebooks is None else notebooks
        self.prompts = load_prompts() if prompts is None else prompts
        self.refresh_button = text_button(
            t("room.refresh"), t("room.refresh_tooltip"), icon="refresh", style="primary"
        )
        self.refresh_button.on_click(self.refresh)
        self.status = ipw.HTML()
        self.body = ipw.HTML()
        heading = ipw.HTML(f"<h3>{esc(t('room.heading'))}</h3><p>{esc(t('room.intro'))}</p>")
        text, page = fallback_bundle(
            t("room.heading"), [(t("room.fallback_label"), t("room.intro"))], "room.run"
        )
        self.widget = ExerciseBox(
            [heading, button_row([self.refresh_button]), self.status, self.body, style_widget()],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.room_view = self
        self.refresh()

    def refresh(self, _button: Any = None) -> bool:
        """Read the folder if it changed and redraw; the status line says which happened."""
        changed = self.watch.refresh()
        if changed:
            self.body.value = room_html(
                self.watch.data,
                self.watch.problems,
                min_group=self.min_group,
                notebooks=self.notebooks,
                prompts=self.prompts,
            )
        when = time.strftime("%H:%M:%S", time.localtime(self.watch.read_at or time.time()))
        key = "room.read_now" if changed else "room.unchanged"
        self.status.value = kind_box(esc(t(key, time=when, n=self.watch.people)))
        return changed


def room_now(folder: str | os.PathLike[str] | None = None, *, min_group: int = 3) -> ExerciseBox:
    """The live view of the workshop's drop folder (``PEER_COURSE_DROP``), or of ``folder``."""
    if folder is None:
        from widgets.store.workshop import drop_folder

        folder = drop_folder() or Path("exports")
    return RoomView(folder, min_group=min_group).widget
