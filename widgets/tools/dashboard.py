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
A bad or duplicate file is reported in plain words and skipped; it never stops the others.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import random
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from widgets.core.text import t
from widgets.core.values import VALUES, value_title
from widgets.store import EXPORT_COLUMNS, FILE_NAME, PHASES, ProgressStore
from widgets.ui.charts import Series, paired_bars

__all__ = [
    "PATTERNS",
    "charts",
    "figure_html",
    "load_exports",
    "make_demo_exports",
    "summarise",
]

#: Export columns that hold free text or a date: optional on reading, and never kept.
_DROPPED_COLUMNS = ("response", "day")
#: Columns a course export must have (every export column but the dropped ones).
REQUIRED_COLUMNS = tuple(c for c in EXPORT_COLUMNS if c not in _DROPPED_COLUMNS)
#: The only columns the dashboard keeps: nothing free-text, nothing dated.
KEPT_COLUMNS = REQUIRED_COLUMNS
#: Scorer labels compared between first and later attempts, in display order.
PATTERNS = ("advice", "open_question", "reflection")


def _empty_frame() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=str) for c in KEPT_COLUMNS})
    frame["attempt_number"] = pd.Series(dtype="Int64")
    frame["rating"] = pd.Series(dtype="Int64")
    frame["skipped"] = pd.Series(dtype=bool)
    return frame


def _bad_rows(frame: pd.DataFrame) -> pd.Series:
    """True for rows whose values the dashboard cannot understand (wrong type, unknown value)."""
    kind = frame["record_type"]
    attempt_no = pd.to_numeric(frame["attempt_number"], errors="coerce")
    rating = pd.to_numeric(frame["rating"], errors="coerce")
    is_attempt = kind == "attempt"
    is_check = kind == "selfcheck"
    bad_attempt = is_attempt & (
        (frame["exercise_id"].str.strip() == "")
        | ~(attempt_no >= 1)
        | (attempt_no % 1 != 0)
        | ~frame["skipped"].isin(["0", "1"])
        | ~frame["value"].isin([*VALUES, ""])
    )
    bad_check = is_check & (
        ~frame["phase"].isin(PHASES)
        | ~frame["rating_value"].isin(list(VALUES))
        | ~rating.isin([1, 2, 3, 4, 5])
    )
    return ~(is_attempt | is_check) | bad_attempt | bad_check


def _read_one(path: Path, seen_hash: dict[str, str], seen_id: dict[str, str]):
    """One file as a clean frame, or (None, problem) saying in words why it was skipped."""
    name = path.name
    if path.suffix.lower() != ".csv":
        return None, t("dashboard.problem_not_csv", file=name)
    data = path.read_bytes()
    if not data.strip().lstrip(b"\xef\xbb\xbf").strip():
        return None, t("dashboard.problem_empty", file=name)
    digest = hashlib.sha256(data).hexdigest()
    if digest in seen_hash:
        return None, t("dashboard.problem_duplicate_content", file=name, other=seen_hash[digest])
    seen_hash[digest] = name
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, t("dashboard.problem_not_utf8", file=name)
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as err:
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        return None, t("dashboard.problem_unreadable", file=name, error=reason)
    frame.columns = [str(c).strip() for c in frame.columns]
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        return None, t("dashboard.problem_columns", file=name, columns=", ".join(missing))
    frame = frame.loc[:, list(KEPT_COLUMNS)]  # drops response, day and anything unexpected
    if frame.empty:
        return None, t("dashboard.problem_no_rows", file=name)
    ids = set(frame["export_id"].str.strip())
    if len(ids) != 1 or "" in ids:
        return None, t("dashboard.problem_export_id", file=name)
    export_id = ids.pop()
    if export_id in seen_id:
        return None, t("dashboard.problem_duplicate_id", file=name, other=seen_id[export_id])
    seen_id[export_id] = name
    frame = frame.apply(lambda col: col.str.strip())
    bad = _bad_rows(frame)
    problem = None
    if bad.any():
        lines = [str(i + 2) for i in frame.index[bad]]  # +2: header line, 1-based numbering
        shown = ", ".join(lines[:5]) + (", ..." if len(lines) > 5 else "")
        problem = t("dashboard.problem_bad_rows", file=name, n=len(lines), rows=shown)
        frame = frame.loc[~bad]
    frame = frame.assign(
        attempt_number=pd.to_numeric(frame["attempt_number"], errors="coerce").astype("Int64"),
        rating=pd.to_numeric(frame["rating"], errors="coerce").astype("Int64"),
        skipped=frame["skipped"] == "1",
    )
    return frame, problem


def load_exports(folder: str | Path) -> tuple[pd.DataFrame, list[str]]:
    """Read every export in ``folder``: (all usable rows, one plain-words problem per bad file).

    Hidden files (names starting with a dot) are ignored. Free text is never kept.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return _empty_frame(), [t("dashboard.problem_folder", folder=folder)]
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if not files:
        return _empty_frame(), [t("dashboard.problem_folder_empty", folder=folder)]
    frames: list[pd.DataFrame] = []
    problems: list[str] = []
    seen_hash: dict[str, str] = {}
    seen_id: dict[str, str] = {}
    for path in files:
        try:
            frame, problem = _read_one(path, seen_hash, seen_id)
        except OSError as err:
            frame = None
            problem = t("dashboard.problem_unreadable", file=path.name, error=err.strerror)
        if problem:
            problems.append(problem)
        if frame is not None and not frame.empty:
            frames.append(frame)
    if not frames:
        return _empty_frame(), problems
    return pd.concat(frames, ignore_index=True), problems


# --- summaries -------------------------------------------------------------------------------


def _pattern_table(attempts: pd.DataFrame, keys: list[str], min_group: int):
    """Share of attempts per pattern for each group; groups under ``min_group`` people dropped."""
    columns = [*keys, "stage", "people", "attempts", *(f"{p}_%" for p in PATTERNS)]
    if attempts.empty:
        return pd.DataFrame(columns=columns), 0
    grouped = attempts.groupby([*keys, "stage"], sort=True)
    table = grouped.agg(
        people=("export_id", "nunique"),
        attempts=("export_id", "size"),
        **{f"{p}_%": (p, "mean") for p in PATTERNS},
    ).reset_index()
    for p in PATTERNS:
        table[f"{p}_%"] = (table[f"{p}_%"] * 100).round(0).astype(int)
    hidden = int((table["people"] < min_group).sum())
    table = table.loc[table["people"] >= min_group, columns].reset_index(drop=True)
    return table, hidden


def summarise(df: pd.DataFrame, min_group: int = 3) -> dict[str, pd.DataFrame]:
    """Group tables: ``by_value``, ``by_exercise``, ``selfcheck`` and an ``overview``.

    Every group (value or exercise cell, first or later attempts, before or after) counts its
    distinct participants (``people``); a group with fewer than ``min_group`` is left out and
    counted in the overview, so no one person's answers can be read off a table.
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

    by_value, hidden_v = _pattern_table(attempts, ["value"], min_group)
    by_exercise, hidden_e = _pattern_table(attempts, ["value", "exercise_id"], min_group)

    checks = df.loc[df["record_type"] == "selfcheck"]
    rows = []
    hidden_s = 0
    for value in VALUES:
        row: dict[str, object] = {"value": value}
        for phase in PHASES:
            part = checks.loc[(checks["rating_value"] == value) & (checks["phase"] == phase)]
            people = part["export_id"].nunique()
            if people >= min_group:
                row[f"{phase}_people"] = people
                row[f"{phase}_mean"] = round(float(part["rating"].astype(float).mean()), 2)
            elif people:
                hidden_s += 1
        if len(row) > 1:
            rows.append(row)
    columns = ["value", "before_people", "before_mean", "after_people", "after_mean", "change"]
    selfcheck = pd.DataFrame(rows).reindex(columns=columns)
    selfcheck["change"] = (selfcheck["after_mean"] - selfcheck["before_mean"]).round(2)

    for table in (by_value, by_exercise, selfcheck):
        table.insert(1, "value_title", table["value"].map(value_title))
    overview = pd.DataFrame(
        {
            "measure": [
                "participants",
                "attempts (not skipped)",
                "min_group",
                "groups hidden (too few people)",
            ],
            "count": [
                df["export_id"].nunique(),
                len(attempts),
                min_group,
                hidden_v + hidden_e + hidden_s,
            ],
        }
    )
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
