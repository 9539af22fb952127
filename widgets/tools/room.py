"""The room now: how far a workshop has got through the agenda, where it is stuck, what to try.

Reads the same anonymous rows as the group dashboard (:func:`widgets.tools.dashboard_read.
load_exports`, from the workshop's drop folder) and keeps its rule: a number about fewer than
``min_group`` people (3) is never shown.

* :func:`agenda` lists the course notebooks in order, with the exercises each one shows (read
  from ``course/NN_name.py``: ``show("id")``, ``roleplay("name")``, ``self_check("phase")``).
* :func:`progress` says, per notebook, how many people have started it ("fewer than 3" when it
  is 1 or 2), and which is the furthest notebook at least ``min_group`` people have reached.
* :func:`stuck` finds, per exercise, the people who tried at least twice, and how many of them
  still show a slip (advice, fixing, ...: the ``slip`` labels of ``data/lexicon/labels.csv``) in
  their latest try; an exercise is listed only when ``min_group`` or more people tried twice.
* :func:`load_prompts` reads ``data/facilitator_prompts.yaml``: a short prompt from the
  facilitator guide for the notebook the room has reached and for each pattern still showing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from widgets.core.datafiles import DataFileError, Problem, mapping_nodes, node_line, read_yaml
from widgets.core.paths import COURSE_DIR, data_file, display_path
from widgets.core.state import on_forget
from widgets.scoring import LABELS

__all__ = [
    "Notebook",
    "Prompts",
    "SLIPS",
    "agenda",
    "load_prompts",
    "notebook_of",
    "progress",
    "stuck",
]

#: The labels that mark a slip (advice, fixing, minimising, ...), from the lexicon's polarity.
SLIPS = frozenset(name for name, info in LABELS.items() if info.polarity == "slip")
PROMPTS_FILE = "facilitator_prompts.yaml"

_CALL = re.compile(r"""\b(show|roleplay|self_check)\(\s*["']([A-Za-z0-9][A-Za-z0-9_.-]*)["']""")
_TITLE = re.compile(r"^# # (.+)$", re.M)


@dataclass(frozen=True)
class Notebook:
    """One course notebook: ``02_mutuality``, its title, and what it records."""

    name: str
    title: str
    exercises: frozenset[str]
    roleplays: tuple[str, ...]  # exercise ids start "roleplay-<name>"
    phases: frozenset[str]  # self-checks it holds ("before", "after")

    def holds(self, exercise_id: str) -> bool:
        if exercise_id in self.exercises:
            return True
        return any(
            exercise_id == f"roleplay-{name}" or exercise_id.startswith(f"roleplay-{name}-")
            for name in self.roleplays
        )


def agenda(folder: str | Path | None = None) -> tuple[Notebook, ...]:
    """The course notebooks in order (``NN_name.py`` in ``course/``), with what each records."""
    return _agenda(str(Path(folder) if folder is not None else COURSE_DIR))


@lru_cache(maxsize=4)
def _agenda(folder: str) -> tuple[Notebook, ...]:
    notebooks = []
    for py in sorted(Path(folder).glob("[0-9][0-9]_*.py")):
        text = py.read_text(encoding="utf-8")
        calls: dict[str, set[str]] = {"show": set(), "roleplay": set(), "self_check": set()}
        for kind, argument in _CALL.findall(text):
            calls[kind].add(argument)
        title = _TITLE.search(text)
        notebooks.append(
            Notebook(
                name=py.stem,
                title=title.group(1).strip() if title else py.stem,
                exercises=frozenset(calls["show"]),
                roleplays=tuple(sorted(calls["roleplay"])),
                phases=frozenset(calls["self_check"]),
            )
        )
    return tuple(notebooks)


on_forget("room-agenda")(_agenda.cache_clear)


def notebook_of(row_kind: str, key: str, notebooks: tuple[Notebook, ...]) -> str | None:
    """The notebook an attempt (``key`` = exercise id) or a self-check (``key`` = phase) is in."""
    for notebook in notebooks:
        if (row_kind == "selfcheck" and key in notebook.phases) or (
            row_kind == "attempt" and notebook.holds(key)
        ):
            return notebook.name
    return None


def _with_notebooks(df: pd.DataFrame, notebooks: tuple[Notebook, ...]) -> pd.DataFrame:
    keys = df["exercise_id"].where(df["record_type"] == "attempt", df["phase"])
    cache: dict[tuple[str, str], str | None] = {}
    names = [
        cache.setdefault((kind, key), notebook_of(kind, key, notebooks))
        for kind, key in zip(df["record_type"], keys.fillna(""), strict=True)
    ]
    return df.assign(notebook=names)


def people_words(n: int, min_group: int) -> str:
    """A count of people as the dashboard may show it: ``fewer than 3`` for 1 or 2."""
    if n == 0:
        return "0"
    return str(n) if n >= min_group else f"fewer than {min_group}"


def progress(
    df: pd.DataFrame, notebooks: tuple[Notebook, ...] | None = None, min_group: int = 3
) -> tuple[pd.DataFrame, str | None]:
    """Per notebook, in agenda order, how many people have started it (``started``: the words,
    never a number under ``min_group``); and the furthest notebook that ``min_group`` or more
    people have started (None when no notebook has that many yet)."""
    notebooks = agenda() if notebooks is None else notebooks
    marked = _with_notebooks(df, notebooks) if not df.empty else df.assign(notebook=None)
    people = marked.dropna(subset=["notebook"]).groupby("notebook")["export_id"].nunique()
    rows, furthest = [], None
    for notebook in notebooks:
        n = int(people.get(notebook.name, 0))
        rows.append(
            {
                "notebook": notebook.name,
                "title": notebook.title,
                "started": people_words(n, min_group),
            }
        )
        if n >= min_group:
            furthest = notebook.name
    return pd.DataFrame(rows, columns=["notebook", "title", "started"]), furthest


def stuck(
    df: pd.DataFrame, notebooks: tuple[Notebook, ...] | None = None, min_group: int = 3
) -> pd.DataFrame:
    """Exercises where people's latest try, after a second one, still shows a slip.

    One row per exercise that at least ``min_group`` people tried twice or more (skips left
    out) and where at least one of them still shows a slip: ``tried_twice``, ``still`` (how many
    of them), ``patterns`` (the slip labels still showing, most common first, as label names)
    and its ``notebook``. Most stuck first.
    """
    notebooks = agenda() if notebooks is None else notebooks
    columns = ["exercise_id", "notebook", "tried_twice", "still", "patterns"]
    attempts = df.loc[(df["record_type"] == "attempt") & ~df["skipped"].astype(bool)]
    if attempts.empty:
        return pd.DataFrame(columns=columns)
    latest = attempts.sort_values("attempt_number").groupby(["exercise_id", "export_id"]).last()
    latest = latest.loc[latest["attempt_number"] >= 2].reset_index()
    rows = []
    for exercise_id, part in latest.groupby("exercise_id", sort=True):
        if part["export_id"].nunique() < min_group:
            continue
        slips = part["labels"].fillna("").map(lambda s: sorted(SLIPS & set(s.split(";"))))
        still = int((slips.map(len) > 0).sum())
        if not still:
            continue
        counts = pd.Series([label for found in slips for label in found]).value_counts()
        ordered = sorted(counts.index, key=lambda label: (-counts[label], label))
        rows.append(
            {
                "exercise_id": exercise_id,
                "notebook": notebook_of("attempt", exercise_id, notebooks) or "",
                "tried_twice": int(part["export_id"].nunique()),
                "still": still,
                "patterns": ";".join(ordered),
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    if table.empty:
        return table
    share = table["still"] / table["tried_twice"]
    order = sorted(range(len(table)), key=lambda i: (-share[i], -table["still"][i], i))
    return table.iloc[order].reset_index(drop=True)


# --- the prompts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Prompts:
    """Short prompts from the facilitator guide: per notebook, per slip label, and a default."""

    notebooks: dict[str, str]
    slips: dict[str, str]
    any_slip: str

    def for_notebook(self, name: str | None) -> str | None:
        return self.notebooks.get(name) if name else None

    def for_slip(self, label: str) -> str:
        return self.slips.get(label) or self.any_slip


def _text(value: object) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _check_section(doc, key: str, known: set[str], name: str, problems: list[Problem]):
    section = doc.data.get(key) or {}
    nodes = mapping_nodes(mapping_nodes(doc.node).get(key, (None, None))[1])
    if not isinstance(section, dict):
        problems.append(Problem(name, None, key, "should be a list of `name: prompt` lines"))
        return {}
    found = {}
    for entry, prompt in section.items():
        line = node_line(nodes[entry][0]) if entry in nodes else None
        if str(entry) not in known:
            problems.append(Problem(name, line, key, f"{entry!r} is not one of {sorted(known)}"))
        elif _text(prompt) is None:
            problems.append(Problem(name, line, key, f"the prompt for {entry!r} is empty"))
        else:
            found[str(entry)] = _text(prompt)
    return found


def load_prompts(path: str | Path | None = None) -> Prompts:
    """``data/facilitator_prompts.yaml`` (a trainer's copy first); every mistake is named with
    its line (:class:`DataFileError`)."""
    return _load_prompts(str(path) if path is not None else str(data_file(PROMPTS_FILE)))


@lru_cache(maxsize=4)
def _load_prompts(path: str) -> Prompts:
    problems: list[Problem] = []
    name = display_path(path)
    doc = read_yaml(Path(path), problems, name=name)
    if doc is None:
        raise DataFileError(problems)
    if not isinstance(doc.data, dict):
        expected = "should hold notebooks:, slips: and any_slip:"
        raise DataFileError([Problem(name, None, None, expected)])
    unknown = sorted(set(map(str, doc.data)) - {"notebooks", "slips", "any_slip"})
    for key in unknown:
        problems.append(Problem(name, None, key, "is not one of notebooks, slips, any_slip"))
    notebooks = _check_section(doc, "notebooks", {n.name for n in agenda()}, name, problems)
    slips = _check_section(doc, "slips", set(SLIPS), name, problems)
    any_slip = _text(doc.data.get("any_slip"))
    if any_slip is None:
        problems.append(Problem(name, None, "any_slip", "is missing or empty"))
    if problems:
        raise DataFileError(problems)
    return Prompts(notebooks, slips, any_slip or "")


on_forget("room-prompts")(_load_prompts.cache_clear)
