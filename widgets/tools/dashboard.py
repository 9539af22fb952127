"""The facilitator's group view: what a group's anonymous exports show, without showing anyone.

Participants export their progress (``ProgressStore.export``, anonymous by default) and hand the
CSV files to the facilitator, who drops them in one folder. This module reads that folder and
answers two questions for the group as a whole:

* How do **first attempts** at an exercise differ from **later** ones? (The share of attempts
  showing advice, open questions and reflections, from the scorer's labels.)
* How did confidence per value change from the **before** to the **after** self-check?

Privacy is built in, not optional: free text is dropped on reading (even from a non-anonymous
export), names never exist in the data, file names stay out of the tables, and any group with
fewer than ``min_group`` distinct participants (default 3) is hidden so nobody can be singled out.
A hidden group cannot be subtracted back out of a total either: whenever a shown total minus the
shown parts would leave fewer than ``min_group`` people, more parts are hidden, and the overview
counts only what the tables show (``tests/test_dashboard_privacy.py`` plays that attacker).

Reading is in :mod:`widgets.tools.dashboard_read`: a bad, huge, duplicate or strange file is
named in plain words and skipped; it never stops the others.
"""

from __future__ import annotations

import base64
import html
import io
import os
import random
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from widgets.core.text import t
from widgets.core.values import VALUES, value_title
from widgets.store import FILE_NAME, PHASES, ProgressStore
from widgets.tools.dashboard_read import (
    KEPT_COLUMNS,
    MAX_FILE_BYTES,
    MAX_FILE_ROWS,
    MAX_FILES,
    empty_frame,
    load_exports,
)
from widgets.ui.charts import Series, paired_bars

__all__ = [
    "FolderWatch",
    "MAX_FILES",
    "MAX_FILE_BYTES",
    "MAX_FILE_ROWS",
    "PATTERNS",
    "charts",
    "figure_html",
    "load_exports",
    "make_demo_exports",
    "problems_text",
    "summarise",
]

#: Scorer labels compared between first and later attempts, in display order.
PATTERNS = ("advice", "open_question", "reflection")
#: The overview's measures (the notebook reads the hidden counts by these names).
PARTICIPANTS = "participants"
ATTEMPTS_SHOWN = "attempts (not skipped) in the groups shown"
HIDDEN_SMALL = "groups hidden (too few people)"
HIDDEN_GUARD = "groups hidden (would reveal a hidden one)"


# --- summaries -------------------------------------------------------------------------------


def _pattern_cells(attempts: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Every group, shown or not: its people (and who they are), attempts and pattern shares."""
    columns = [*keys, "stage", "people", "attempts", *(f"{p}_%" for p in PATTERNS), "members"]
    if attempts.empty:
        return pd.DataFrame(columns=columns)
    grouped = attempts.groupby([*keys, "stage"], sort=True)
    table = grouped.agg(
        people=("export_id", "nunique"),
        attempts=("export_id", "size"),
        **{f"{p}_%": (p, "mean") for p in PATTERNS},
        members=("export_id", frozenset),
    ).reset_index()
    for p in PATTERNS:
        table[f"{p}_%"] = (table[f"{p}_%"] * 100).round(0).astype(int)
    return table.loc[:, columns]


def _guard_parts(by_value: pd.DataFrame, by_exercise: pd.DataFrame, min_group: int) -> pd.Series:
    """Which exercise groups can be shown, so that no hidden one can be subtracted out.

    A value row (first or later attempts) is the sum of its exercise rows. Whenever the
    exercise rows hidden under a shown value row hold fewer than ``min_group`` people between
    them, the value row minus the shown exercise rows would give those people's numbers; so
    the next smallest exercise rows are hidden too, until the hidden ones hold at least
    ``min_group`` people. That always ends (all of them hold the value row's people), and
    because the order is fixed, a larger ``min_group`` only ever hides more: two runs with
    different thresholds cannot be played against each other.
    """
    shown = by_exercise["people"] >= min_group
    for value, stage in by_value.loc[by_value["people"] >= min_group, ["value", "stage"]].values:
        inside = by_exercise.loc[(by_exercise["value"] == value) & (by_exercise["stage"] == stage)]
        hidden: frozenset[str] = frozenset()
        for i, row in inside.sort_values(["people", "attempts", "exercise_id"]).iterrows():
            if row["people"] >= min_group and (not hidden or len(hidden) >= min_group):
                break
            hidden |= row["members"]
            shown[i] = False
    return shown


def _selfcheck_table(checks: pd.DataFrame, min_group: int) -> tuple[pd.DataFrame, int]:
    """Average rating per value, before and after; a phase with too few people is left empty.

    The rows share no total, so nothing here can be subtracted: each average stands alone.
    """
    rows = []
    hidden = 0
    for value in VALUES:
        row: dict[str, object] = {"value": value}
        for phase in PHASES:
            part = checks.loc[(checks["rating_value"] == value) & (checks["phase"] == phase)]
            people = part["export_id"].nunique()
            if people >= min_group:
                row[f"{phase}_people"] = people
                row[f"{phase}_mean"] = round(float(part["rating"].astype(float).mean()), 2)
            elif people:
                hidden += 1
        if len(row) > 1:
            rows.append(row)
    columns = ["value", "before_people", "before_mean", "after_people", "after_mean", "change"]
    table = pd.DataFrame(rows).reindex(columns=columns)
    table["change"] = (table["after_mean"] - table["before_mean"]).round(2)
    return table, hidden


def summarise(df: pd.DataFrame, min_group: int = 3) -> dict[str, pd.DataFrame]:
    """Group tables: ``by_value``, ``by_exercise``, ``selfcheck`` and an ``overview``.

    Every group (value or exercise cell, first or later attempts, before or after) counts its
    distinct participants (``people``); a group with fewer than ``min_group`` is left out, and
    so is any exercise group that would let a hidden one be worked out by subtraction
    (:func:`_guard_parts`). The overview counts only attempts in the value rows shown, so it
    cannot be subtracted either; it says how many groups were hidden, and why.
    """
    if min_group < 1:
        raise ValueError("min_group should be 1 or more.")
    df = df.drop(columns=[c for c in df.columns if c not in KEPT_COLUMNS])
    attempts = df.loc[(df["record_type"] == "attempt") & ~df["skipped"].astype(bool)].copy()
    label_sets = attempts["labels"].fillna("").map(lambda s: set(filter(None, s.split(";"))))
    for p in PATTERNS:
        attempts[p] = label_sets.map(lambda labels, p=p: p in labels).astype(float)
    attempts["stage"] = (attempts["attempt_number"] > 1).map({False: "first", True: "later"})
    attempts["value"] = attempts["value"].fillna("")

    by_value = _pattern_cells(attempts, ["value"])
    by_exercise = _pattern_cells(attempts, ["value", "exercise_id"])
    shown_value = by_value["people"] >= min_group
    big_exercise = by_exercise["people"] >= min_group
    shown_exercise = _guard_parts(by_value, by_exercise, min_group)
    selfcheck, hidden_checks = _selfcheck_table(df.loc[df["record_type"] == "selfcheck"], min_group)
    by_value = by_value.loc[shown_value].drop(columns="members").reset_index(drop=True)
    by_exercise = by_exercise.loc[shown_exercise].drop(columns="members").reset_index(drop=True)
    for table in (by_value, by_exercise, selfcheck):
        table.insert(1, "value_title", table["value"].map(value_title))
    counts = {
        PARTICIPANTS: df["export_id"].nunique(),
        ATTEMPTS_SHOWN: int(by_value["attempts"].sum()),
        "min_group": min_group,
        HIDDEN_SMALL: int((~shown_value).sum() + (~big_exercise).sum() + hidden_checks),
        HIDDEN_GUARD: int((big_exercise & ~shown_exercise).sum()),
    }
    overview = pd.DataFrame({"measure": list(counts), "count": list(counts.values())})
    return {
        "overview": overview,
        "by_value": by_value,
        "by_exercise": by_exercise,
        "selfcheck": selfcheck,
    }


# --- charts ----------------------------------------------------------------------------------


def _no_data_figure(title: str, min_group: int) -> Figure:
    fig = Figure(figsize=(8, 1.6))
    ax = fig.subplots()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.4, t("dashboard.nothing_to_show", min_group=min_group), ha="center", wrap=True)
    return fig


def _number(x: object) -> float | None:
    return None if x is None or pd.isna(x) else float(x)


def _words(numbers: list[float | None], fmt: str, hidden: str) -> list[str]:
    """What each bar says: its number, or ``hidden`` for a group too small to show (no bar)."""
    return [hidden if x is None else fmt % x for x in numbers]


def charts(summary: dict[str, pd.DataFrame], min_group: int | None = None) -> list[Figure]:
    """Two figures: patterns in first vs later attempts per value, and self-check before/after."""
    if min_group is None:
        overview = summary["overview"].set_index("measure")["count"]
        min_group = int(overview.get("min_group", 3))
    figures = []
    hidden = t("dashboard.hidden_bar", min_group=min_group)
    by_value = summary["by_value"]
    if by_value.empty:
        figures.append(_no_data_figure(t("dashboard.share_title"), min_group))
    else:
        titles = list(dict.fromkeys(by_value["value_title"]))
        fig = Figure(figsize=(13, 1.2 + 0.7 * len(titles)), layout="constrained")
        axes = fig.subplots(1, len(PATTERNS), sharey=True)
        for ax, pattern in zip(axes, PATTERNS, strict=True):
            series = []
            for stage in ("first", "later"):
                part = by_value.loc[by_value["stage"] == stage].set_index("value_title")
                numbers = [_number(part[f"{pattern}_%"].get(title)) for title in titles]
                words = _words(numbers, "%.0f%%", hidden)
                series.append(Series(t(f"dashboard.stage_{stage}"), numbers, words))
            paired_bars(ax, titles, series, size=8)
            ax.set_title(t(f"dashboard.{pattern}"))
            ax.set_xlim(0, 115)
            ax.set_xlabel(t("dashboard.share_axis"))
        axes[0].legend(loc="lower left", bbox_to_anchor=(0, 1.08), ncols=2, frameon=False)
        fig.suptitle(t("dashboard.share_title"))
        figures.append(fig)
    selfcheck = summary["selfcheck"]
    if selfcheck.empty:
        figures.append(_no_data_figure(t("dashboard.selfcheck_title"), min_group))
    else:
        titles = list(selfcheck["value_title"])
        fig = Figure(figsize=(9, 1.2 + 0.7 * len(titles)), layout="constrained")
        ax = fig.subplots()
        series = []
        for phase in PHASES:
            numbers = [_number(x) for x in selfcheck[f"{phase}_mean"]]
            series.append(Series(t(f"dashboard.{phase}"), numbers, _words(numbers, "%.1f", hidden)))
        paired_bars(ax, titles, series, size=8)
        ax.set_xlim(0, 5.6)
        ax.set_xlabel(t("dashboard.selfcheck_axis"))
        ax.legend(loc="lower right", frameon=False)
        ax.set_title(t("dashboard.selfcheck_title"))
        figures.append(fig)
    return figures


# --- demo exports ----------------------------------------------------------------------------

# Synthetic responses with the labels the scorer gives them (fixed here, so the demo stays the
# same while a trainer is editing the lexicon).
_FIRST_TRIES = (
    ("Have you tried going for a walk? It really helped me.", "advice;closed_question;question"),
    ("You should talk to your doctor about that.", "advice"),
    ("If I were you I'd take a break from it.", "advice"),
    ("At least you have a job to go to.", "minimizing"),
    ("What helps you when things feel like this?", "open_question;question"),
    ("I'd recommend writing it all down before bed.", "advice"),
)
_LATER_TRIES = (
    ("What feels most important to you right now?", "open_question;question"),
    ("It sounds like you're exhausted and still showing up.", "reflection;strength"),
    ("How have you got through nights like this before?", "open_question;question;strength"),
    (
        "I'm hearing how much this matters to you. What would you like to do?",
        "choice;open_question;question;reflection",
    ),
    ("You should try to rest more.", "advice"),
    (
        "It sounds like it's been a long week. What's on your mind?",
        "open_question;question;reflection",
    ),
)
_FALLBACK_EXERCISES = {value: f"{value.replace('_', '-')}-practice" for value in VALUES}


def _demo_exercises() -> dict[str, str]:
    """One real rewrite/reframe exercise per value from the bank (a stand-in name if none)."""
    try:
        from widgets.content.scenarios import load_bank

        bank = load_bank()
    except Exception:  # the demo must work even while a trainer is editing the bank
        return dict(_FALLBACK_EXERCISES)
    chosen = dict(_FALLBACK_EXERCISES)
    for value in VALUES:
        for scenario in bank.by_value(value):
            if scenario.type in ("rewrite", "reframe") and scenario.values[0] == value:
                chosen[value] = scenario.id
                break
    return chosen


def _write_problem_files(folder: Path, first_export: Path) -> None:
    """Examples of what goes wrong in real life, so the notebook shows how it is reported."""
    (folder / "notes.txt").write_text("Bring the sign-in sheet.\n", encoding="utf-8")
    (folder / "empty.csv").write_bytes(b"")
    (folder / "wrong-columns.csv").write_text("name,score\nsomeone,3\n", encoding="utf-8")
    (folder / "not-utf8.csv").write_bytes(
        "record_type,export_id\nattempt,caf\xe9\n".encode("cp1252")
    )
    (folder / f"sent-again-{first_export.name}").write_bytes(first_export.read_bytes())


def make_demo_exports(
    folder: str | Path, n: int = 8, seed: int = 0, with_problems: bool = False
) -> list[Path]:
    """Write ``n`` realistic, synthetic anonymous exports (from real stores in temporary homes).

    First attempts lean towards advice, later ones towards open questions and reflections, and
    after-course self-checks are a little higher, like a typical group. One exercise is done by
    only two people, to show a small group being hidden. ``with_problems`` adds a few bad and
    duplicate files. The tables come out the same for the same ``seed``.
    """

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    exercises = _demo_exercises()
    values = list(VALUES)
    small_value = values[-1]  # done by two people only: hidden in every table
    paths: list[Path] = []
    for person in range(n):
        with tempfile.TemporaryDirectory(prefix="peer-course-demo-") as home:
            store = ProgressStore(Path(home) / FILE_NAME)
            before = {v: rng.randint(1, 4) for v in values}
            store.record_selfcheck("before", before)
            for value in values:
                if value == small_value and person >= 2:
                    continue
                if rng.random() < 0.1:
                    store.record_attempt(exercises[value], None, [], value=value, skipped=True)
                    continue
                tries = [rng.choice(_FIRST_TRIES)]
                tries += [rng.choice(_LATER_TRIES) for _ in range(rng.choice((0, 1, 1, 2)))]
                for text, labels in tries:
                    store.record_attempt(exercises[value], text, labels.split(";"), value=value)
            if rng.random() < 0.85:
                after = {v: min(5, r + rng.choice((0, 1, 1, 2))) for v, r in before.items()}
                store.record_selfcheck("after", after)
            paths.append(store.export(folder / f"export-{person + 1:02d}.csv", anonymous=True))
            close = getattr(store, "close", None)
            if close is not None:
                close()
    if with_problems and paths:
        _write_problem_files(folder, paths[0])
    return paths


def figure_html(fig: Figure, alt: str) -> str:
    """A chart as an HTML image with alt text (a screen reader hears what the chart shows)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, metadata={"Software": None})
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}">'


def problems_text(problems: Iterable[str]) -> str:
    """The problems as a plain list, one a line (empty when all files were fine)."""
    return "\n".join(f"- {p}" for p in problems)


# --- a folder that fills itself: the workshop's drop folder ---------------------------------


class FolderWatch:
    """A folder of exports, read again only when something in it changed.

    The live view of a workshop (``widgets/tools/room_view.py``) calls :meth:`refresh` on every
    press of its button: the folder is listed (names, sizes, change times and file ids; hidden
    names skipped, as :func:`load_exports` skips them), and read again only when that listing
    differs from the last one, so a learner's new share, a share replaced with newer progress and
    a withdrawn share all show, and a room of unchanged files costs one listing.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.data = empty_frame()
        self.problems: list[str] = []
        self.read_at: float | None = None  # time.time() of the last read
        self._listing: tuple | None = None

    def listing(self) -> tuple | None:
        """What the folder holds now (None when it cannot be listed)."""
        try:
            with os.scandir(self.folder) as entries:
                found = []
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    info = entry.stat(follow_symlinks=False)
                    found.append((entry.name, info.st_size, info.st_mtime_ns, info.st_ino))
        except OSError:
            return None
        return tuple(sorted(found))

    def refresh(self, force: bool = False) -> bool:
        """Read the folder again if it changed (or ``force``); True when it was read."""
        listing = self.listing()
        if not force and listing is not None and listing == self._listing:
            return False
        self.data, self.problems = load_exports(self.folder)
        self._listing = listing
        self.read_at = time.time()
        return True

    @property
    def people(self) -> int:
        """How many people's files were read (distinct export ids)."""
        return int(self.data["export_id"].nunique()) if not self.data.empty else 0
