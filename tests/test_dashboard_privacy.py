"""The small-group rule cannot be subtracted away (security review, issue 12 item 3).

Each test builds anonymous exports for a group, computes everything the dashboard shows (the
overview, the by-value and by-exercise tables, the self-check table and both charts) and then
plays the attacker: subtract every shown part from every shown total, and more generally try
every sum and difference of shown numbers, looking for the numbers of fewer than ``min_group``
people. The truth comes from what the test wrote, never from the dashboard's own reading.
"""

from __future__ import annotations

import csv
import itertools
import random
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pytest

from widgets.store import EXPORT_COLUMNS
from widgets.tools.dashboard import charts, load_exports, make_demo_exports, summarise

PATTERNS = ("advice", "open_question", "reflection")
STAGES = ("first", "later")


@dataclass
class Group:
    """Exports written by the test, and the truth about each cell (who is in it, what they did)."""

    folder: object
    leaves: dict = field(default_factory=dict)  # (value, exercise, stage) -> cell
    checks: dict = field(default_factory=dict)  # (value, phase) -> {person: rating}
    people: set = field(default_factory=set)

    def person(self, pid, attempts=(), checks=None, skipped=()):
        """One learner: ``attempts`` are (exercise, value, labels) in order; ``skipped`` ids."""
        numbers: dict[str, int] = {}
        rows = []
        for exercise, value, labels in attempts:
            numbers[exercise] = numbers.get(exercise, 0) + 1
            n = numbers[exercise]
            rows.append(
                {
                    "record_type": "attempt",
                    "exercise_id": exercise,
                    "value": value,
                    "attempt_number": n,
                    "labels": ";".join(labels),
                    "skipped": 0,
                }
            )
            stage = "first" if n == 1 else "later"
            cell = self.leaves.setdefault(
                (value, exercise, stage),
                {"people": set(), "attempts": 0, **dict.fromkeys(PATTERNS, 0)},
            )
            cell["people"].add(pid)
            cell["attempts"] += 1
            for p in PATTERNS:
                cell[p] += p in labels
        for exercise, value in skipped:
            numbers[exercise] = numbers.get(exercise, 0) + 1
            rows.append(
                {
                    "record_type": "attempt",
                    "exercise_id": exercise,
                    "value": value,
                    "attempt_number": numbers[exercise],
                    "labels": "",
                    "skipped": 1,
                }
            )
        for phase, ratings in (checks or {}).items():
            for value, rating in ratings.items():
                rows.append(
                    {
                        "record_type": "selfcheck",
                        "phase": phase,
                        "rating_value": value,
                        "rating": rating,
                    }
                )
                self.checks.setdefault((value, phase), {})[pid] = rating
        self.people.add(pid)
        with open(self.folder / f"{pid}.csv", "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=EXPORT_COLUMNS, restval="")
            writer.writeheader()
            for row in rows:
                writer.writerow({**row, "export_id": f"{pid}0000"})


@pytest.fixture
def group(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return Group(folder)


def shown(group: Group, min_group: int = 3):
    df, problems = load_exports(group.folder)
    assert problems == []
    summary = summarise(df, min_group=min_group)
    return summary, charts(summary, min_group=min_group)


def _cells(table: pd.DataFrame, keys: list[str]) -> dict:
    out = {}
    for row in table.to_dict("records"):
        counts = {p: round(row[f"{p}_%"] * row["attempts"] / 100) for p in PATTERNS}
        out[tuple(row[k] for k in keys)] = {
            "people": row["people"],
            "attempts": row["attempts"],
            **counts,
        }
    return out


def _count(summary, words: str) -> int:
    overview = summary["overview"]
    return int(overview.loc[overview["measure"].str.contains(words, regex=False), "count"].sum())


def _overview_attempts(summary) -> int:
    overview = summary["overview"]
    row = overview.loc[overview["measure"].str.startswith("attempts")]
    assert len(row) == 1, overview
    return int(row["count"].iloc[0])


def _in_row_space(matrix: np.ndarray, vector: np.ndarray) -> bool:
    if not len(matrix):
        return False
    rank = np.linalg.matrix_rank(matrix)
    return np.linalg.matrix_rank(np.vstack([matrix, vector])) == rank


def _who(cells) -> set:
    return set().union(*(cell["people"] for cell in cells))


def _value_truth(leaves: dict) -> dict:
    """(value, stage) -> the people in it and its exercise cells (the parts it is the sum of)."""
    out: dict = {}
    for (value, exercise, stage), cell in leaves.items():
        agg = out.setdefault((value, stage), {"people": set(), "leaves": []})
        agg["people"] |= cell["people"]
        agg["leaves"].append((value, exercise, stage))
    return out


def _shown_cells(leaves, value_truth, by_value, by_exercise, min_group) -> list[str]:
    """Every shown cell is a big enough group, and tells the truth."""
    found = []
    for key, cell in by_exercise.items():
        truth = leaves[key]
        if len(truth["people"]) < min_group:
            found.append(f"exercise cell {key} shown with {len(truth['people'])} people")
        assert cell == {**truth, "people": len(truth["people"])}, key
    for key, cell in by_value.items():
        if len(value_truth[key]["people"]) < min_group:
            found.append(f"value cell {key} shown with {len(value_truth[key]['people'])} people")
        for q in ("attempts", *PATTERNS):
            assert cell[q] == sum(leaves[k][q] for k in value_truth[key]["leaves"]), (key, q)
    return found


def _remainders(leaves, value_truth, by_value, by_exercise, total, min_group) -> list[str]:
    """Each shown total minus its shown parts: nothing left, or at least min_group people."""
    found = []
    for key, cell in by_value.items():
        parts = value_truth[key]["leaves"]
        missing = [k for k in parts if k not in by_exercise]
        rest = {
            q: cell[q] - sum(by_exercise[k][q] for k in parts if k in by_exercise)
            for q in ("attempts", *PATTERNS)
        }
        who = _who(leaves[k] for k in missing)
        if any(rest.values()) and len(who) < min_group:
            found.append(f"value cell {key} minus its exercises gives {rest} of {len(who)} people")
    shown_sum = sum(c["attempts"] for c in by_value.values())
    if total != shown_sum:
        assert total == sum(c["attempts"] for c in leaves.values()), "overview: not a total"
        who = _who(v for k, v in value_truth.items() if k not in by_value)
        if len(who) < min_group:
            found.append(
                f"the overview minus the value cells gives {total - shown_sum} attempts "
                f"of {len(who)} people"
            )
    return found


def _worked_out(leaves, value_truth, by_value, by_exercise, total, min_group) -> list[str]:
    """Any longer chain of sums and differences: linear algebra over the true cells."""
    order = sorted(leaves)
    index = {k: i for i, k in enumerate(order)}

    def indicator(keys) -> np.ndarray:
        row = np.zeros(len(order))
        for k in keys:
            row[index[k]] = 1
        return row

    equations = [indicator([k]) for k in by_exercise]
    equations += [indicator(value_truth[k]["leaves"]) for k in by_value]
    if total == sum(c["attempts"] for c in leaves.values()):
        equations.append(indicator(order))
    matrix = np.array(equations)
    unshown = [k for k in order if k not in by_exercise]
    found = []
    for size in range(1, min(len(unshown), 4) + 1):
        for subset in itertools.combinations(unshown, size):
            who = _who(leaves[k] for k in subset)
            if len(who) < min_group and _in_row_space(matrix, indicator(subset)):
                found.append(f"the hidden cells {subset} ({len(who)} people) can be worked out")
    return found


def _selfcheck(group: Group, table: pd.DataFrame, min_group: int) -> list[str]:
    """Each shown average is a big enough group (the rows share no total to subtract from)."""
    found = []
    for row in table.to_dict("records"):
        for phase in ("before", "after"):
            people = row[f"{phase}_people"]
            if pd.isna(people):
                continue
            truth = group.checks[(row["value"], phase)]
            if len(truth) < min_group:
                found.append(f"self-check {row['value']} {phase} shown with {len(truth)} people")
            assert people == len(truth)
            assert row[f"{phase}_mean"] == round(sum(truth.values()) / len(truth), 2)
        if pd.isna(row["before_mean"]) or pd.isna(row["after_mean"]):
            assert pd.isna(row["change"])
    return found


def _chart_numbers(summary, figures) -> list[str]:
    """The charts show only numbers the tables show (or the word "hidden")."""
    words = {f"{x:.0f}%" for p in PATTERNS for x in summary["by_value"][f"{p}_%"]}
    words |= {
        f"{x:.1f}" for p in ("before", "after") for x in summary["selfcheck"][f"{p}_mean"].dropna()
    }
    texts = [text.get_text() for fig in figures for ax in fig.axes for text in ax.texts]
    return [
        f"a chart shows {w!r}, which no table shows"
        for w in texts
        if w[:1].isdigit() and w not in words
    ]


def leaks(group: Group, summary, figures, min_group: int = 3) -> list[str]:
    """Every way the shown numbers single out fewer than ``min_group`` people (empty: none)."""
    leaves = group.leaves
    value_truth = _value_truth(leaves)
    by_value = _cells(summary["by_value"], ["value", "stage"])
    by_exercise = _cells(summary["by_exercise"], ["value", "exercise_id", "stage"])
    total = _overview_attempts(summary)
    args = (leaves, value_truth, by_value, by_exercise)
    return [
        *_shown_cells(*args, min_group),
        *_remainders(*args, total, min_group),
        *_worked_out(*args, total, min_group),
        *_selfcheck(group, summary["selfcheck"], min_group),
        *_chart_numbers(summary, figures),
    ]


# --- the attacks ------------------------------------------------------------------------------


def test_three_on_one_exercise_and_one_on_another(group):
    """The review's case: the value total minus exercise A gives the person alone on B."""
    for i in range(3):
        group.person(
            f"a{i}",
            [("ex-a", "curiosity", ["open_question"]), ("ex-a", "curiosity", ["reflection"])],
        )
    group.person("alone", [("ex-b", "curiosity", ["advice"]), ("ex-b", "curiosity", ["advice"])])
    summary, figures = shown(group)

    # The attack, spelled out: value row minus the shown exercise rows.
    by_value = _cells(summary["by_value"], ["value", "stage"])
    by_exercise = _cells(summary["by_exercise"], ["value", "exercise_id", "stage"])
    for stage in STAGES:
        if ("curiosity", stage) not in by_value:
            continue
        total = by_value[("curiosity", stage)]
        parts = [c for (v, _, s), c in by_exercise.items() if (v, s) == ("curiosity", stage)]
        derived = {q: total[q] - sum(c[q] for c in parts) for q in ("attempts", "advice")}
        alone = group.leaves[("curiosity", "ex-b", stage)]
        assert derived != {"attempts": alone["attempts"], "advice": alone["advice"]}, stage
    assert leaks(group, summary, figures) == []
    # The value rows still show; the exercise rows beside the hidden one are hidden with it.
    assert set(summary["by_value"]["people"]) == {4}
    assert summary["by_exercise"].empty
    assert _count(summary, "would reveal") == 2


@pytest.mark.parametrize("same_person", [True, False])
def test_two_small_groups_in_one_value(group, same_person):
    """Two hidden exercises: one person alone on both, or two people (still fewer than 3)."""
    for i in range(4):
        group.person(f"a{i}", [("ex-a", "hope_and_wholeness", ["reflection"])])
    if same_person:
        group.person(
            "x", [("ex-b", "hope_and_wholeness", ["advice"]), ("ex-c", "hope_and_wholeness", [])]
        )
    else:
        group.person("x", [("ex-b", "hope_and_wholeness", ["advice"])])
        group.person("y", [("ex-c", "hope_and_wholeness", ["advice"])])
    assert leaks(group, *shown(group)) == []


def test_one_small_group_beside_a_big_one(group):
    """A value only two people tried: the overview total minus the shown values gives them."""
    for i in range(5):
        group.person(
            f"big{i}", [("ex-a", "mutuality", ["advice"]), ("ex-a", "mutuality", ["open_question"])]
        )
    for i in range(2):
        group.person(f"small{i}", [("ex-s", "self_determination", ["advice"])] * 3)
    summary, figures = shown(group)
    assert "self_determination" not in set(summary["by_value"]["value"])
    assert leaks(group, summary, figures) == []


def test_self_check_with_one_person_in_a_phase(group):
    for i in range(4):
        group.person(
            f"p{i}",
            [("ex-a", "curiosity", ["advice"])],
            checks={"before": {"curiosity": 2, "hope_and_wholeness": 3}},
        )
    group.person("late", checks={"after": {"curiosity": 5}, "before": {"mutuality": 1}})
    summary, figures = shown(group)
    check = summary["selfcheck"].set_index("value")
    assert pd.isna(check.loc["curiosity", "after_mean"]) and pd.isna(
        check.loc["curiosity", "change"]
    )
    assert "mutuality" not in check.index
    assert leaks(group, summary, figures) == []


def test_the_demo_group(tmp_path):
    make_demo_exports(tmp_path / "demo", n=8, seed=0)
    group = Group(tmp_path / "demo")
    df, _ = load_exports(group.folder)
    for row in df.loc[(df["record_type"] == "attempt") & ~df["skipped"]].to_dict("records"):
        stage = "first" if row["attempt_number"] == 1 else "later"
        labels = set(row["labels"].split(";"))
        cell = group.leaves.setdefault(
            (row["value"], row["exercise_id"], stage),
            {"people": set(), "attempts": 0, **dict.fromkeys(PATTERNS, 0)},
        )
        cell["people"].add(row["export_id"])
        cell["attempts"] += 1
        for p in PATTERNS:
            cell[p] += p in labels
    for row in df.loc[df["record_type"] == "selfcheck"].to_dict("records"):
        group.checks.setdefault((row["rating_value"], row["phase"]), {})[row["export_id"]] = row[
            "rating"
        ]
    summary = summarise(df)
    assert leaks(group, summary, charts(summary)) == []


SEEDS = range(12)


def random_group(group: Group, seed: int) -> int:
    """A random group, some with small cells everywhere; returns its min_group (3 or 4)."""
    rng = random.Random(seed)
    values = ["curiosity", "mutuality", "hope_and_wholeness"][: rng.randint(1, 3)]
    exercises = {v: [f"{v[:3]}-{i}" for i in range(rng.randint(1, 3))] for v in values}
    for p in range(rng.randint(3, 9)):
        attempts = []
        for v in values:
            for e in exercises[v]:
                if rng.random() < 0.55:
                    for _ in range(rng.choice((1, 1, 2, 3))):
                        attempts.append((e, v, [x for x in PATTERNS if rng.random() < 0.4]))
        if not attempts:
            attempts.append((exercises[values[0]][0], values[0], ["advice"]))
        checks = {
            ph: {v: rng.randint(1, 5) for v in values if rng.random() < 0.7}
            for ph in ("before", "after")
            if rng.random() < 0.8
        }
        group.person(f"r{p}", attempts, checks)
    return 3 if seed % 3 else 4


@pytest.mark.parametrize("seed", SEEDS)
def test_random_groups(group, seed):
    min_group = random_group(group, seed)
    summary, figures = shown(group, min_group)
    assert leaks(group, summary, figures, min_group=min_group) == []
    # A larger threshold only ever hides more, so two runs cannot be played against each other.
    df = load_exports(group.folder)[0]
    for table, keys in (
        ("by_value", ["value", "stage"]),
        ("by_exercise", ["value", "exercise_id", "stage"]),
    ):
        strict = set(_cells(summarise(df, min_group + 1)[table], keys))
        assert strict <= set(_cells(summarise(df, min_group)[table], keys)), table


def test_the_random_groups_need_the_guard(tmp_path):
    """Enough random groups need a group hidden to protect another, or they would prove little."""
    guarded = 0
    for seed in SEEDS:
        group = Group(tmp_path / f"seed-{seed}")
        group.folder.mkdir()
        min_group = random_group(group, seed)
        summary = summarise(load_exports(group.folder)[0], min_group)
        guarded += _count(summary, "would reveal") > 0
    assert guarded >= 3, guarded
