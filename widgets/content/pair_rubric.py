"""Pair practice rubric: a speaker and a listening partner rate the same conversation.

The rubric lines and their four-point scale live in data/pair_rubric.yaml so trainers can change
them without code; the words around them are in data/text/<lang>.yaml (``pair_practice``). This
is the pure part (loading, checking, comparing two sets of ratings, the text table); the widget
is widgets/ui/pair_practice.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from widgets.core.datafiles import (
    ID_PATTERN,
    DataFileError,
    Problem,
    mapping_nodes,
    node_line,
    read_yaml,
    sequence_nodes,
    shown,
)
from widgets.core.paths import data_file, display_path
from widgets.core.state import on_forget
from widgets.core.text import t
from widgets.core.values import VALUES, value_title

__all__ = [
    "RUBRIC_FILE",
    "Comparison",
    "PairRubric",
    "RubricLine",
    "compare",
    "comparison_table",
    "load_rubric",
]

RUBRIC_FILE = "pair_rubric.yaml"
JOURNAL_ID = "pair-rubric"
SCALE_POINTS = (1, 2, 3, 4)
#: The sections of the rubric file.
SECTIONS = ("schema_version", "scale", "lines")
#: Sections that older rubric files held, whose words moved to data/text/<lang>.yaml.
MOVED_SECTIONS = ("pair_practice", "dashboard")


@dataclass(frozen=True)
class RubricLine:
    """One contrast line, tied to the course value it practises."""

    id: str
    value: str
    text: str


@dataclass(frozen=True)
class PairRubric:
    """The rubric lines and the 1-4 scale in words."""

    lines: tuple[RubricLine, ...]
    scale: dict[int, str]


@dataclass(frozen=True)
class Comparison:
    """Both ratings of one line and the difference, said in words."""

    line: RubricLine
    self_rating: int | None
    partner_rating: int | None
    difference: int | None  # partner minus speaker; None when either is missing
    words: str


def _line_of(node: Any, *path: Any) -> int | None:
    """The YAML line of the value at ``path`` under ``node`` (keys and list indexes), as near as
    the file lets us go: the last part of the path that exists."""
    line = node_line(node)
    for step in path:
        if isinstance(step, int) and isinstance(node, yaml.SequenceNode):
            items = sequence_nodes(node)
            node = items[step] if step < len(items) else None
        else:
            pairs = mapping_nodes(node)
            found = pairs.get(step, pairs.get(str(step)))
            node = found[1] if found else None
        if node is None:
            break
        line = node_line(node)
    return line


def _at(line: int | None) -> str:
    return f" (line {line})" if line else ""


def _check_lines(raw: Any, node: Any, name: str, problems: list[Problem]) -> list[RubricLine]:
    if not isinstance(raw, list) or not raw:
        problems.append(
            Problem(
                name,
                None,
                "lines",
                f"should be a list of one or more lines{_at(_line_of(node, 'lines'))}",
            )
        )
        return []
    lines: list[RubricLine] = []
    seen: set[str] = set()
    for row, entry in enumerate(raw, start=1):
        at = _at(_line_of(node, "lines", row - 1))
        if not isinstance(entry, dict):
            problems.append(Problem(name, row, None, f"should have id, value and text{at}"))
            continue
        line_id, value, text = entry.get("id"), entry.get("value"), entry.get("text")
        bad = len(problems)
        if not isinstance(line_id, str) or not ID_PATTERN.match(line_id):
            problems.append(
                Problem(name, row, "id", f"should be lowercase letters, digits and hyphens{at}")
            )
        elif line_id in seen:
            problems.append(
                Problem(name, row, "id", f"{shown(line_id)} is used by an earlier line{at}")
            )
        if not isinstance(value, str) or value not in VALUES:
            known = ", ".join(VALUES)
            problems.append(
                Problem(name, row, "value", f"{shown(value)} is not one of: {known}{at}")
            )
        if not isinstance(text, str) or not text.strip():
            problems.append(Problem(name, row, "text", f"should be the words of the line{at}"))
        extra = [key for key in entry if key not in ("id", "value", "text")]
        if extra:
            problems.append(
                Problem(name, row, str(extra[0]), f"is not a field a line can have{at}")
            )
        if len(problems) == bad:
            seen.add(line_id)
            lines.append(RubricLine(line_id, value, " ".join(text.split())))
    return lines


def _check_scale(raw: Any, node: Any, name: str, problems: list[Problem]) -> dict[int, str]:
    if not isinstance(raw, dict) or set(raw) != set(SCALE_POINTS):
        at = _at(_line_of(node, "scale"))
        problems.append(
            Problem(name, None, "scale", f"should name each point 1, 2, 3 and 4 in words{at}")
        )
        return {}
    scale: dict[int, str] = {}
    for point in SCALE_POINTS:
        words = raw[point]
        if not isinstance(words, str) or not words.strip():
            at = _at(_line_of(node, "scale", point))
            problems.append(Problem(name, point, "scale", f"should be a few words{at}"))
        else:
            scale[point] = words.strip()
    return scale


def load_rubric(path: str | Path | None = None) -> PairRubric:
    """Read and check the rubric file; raise DataFileError listing every problem found."""
    file = Path(path) if path is not None else data_file(RUBRIC_FILE)
    name = display_path(file)
    problems: list[Problem] = []
    doc = read_yaml(file, problems, name=name)
    if doc is None:
        raise DataFileError(problems)
    tree, node = doc.data, doc.node
    if not isinstance(tree, dict):
        at = _at(node_line(node))
        raise DataFileError(
            [Problem(name, None, None, f"should hold named sections (scale, lines){at}")]
        )
    if tree.get("schema_version") != 1 or isinstance(tree.get("schema_version"), bool):
        at = _at(_line_of(node, "schema_version"))
        problems.append(Problem(name, None, "schema_version", f"should be 1{at}"))
    for key in tree:
        if key not in SECTIONS:
            moved = " (its words now live in data/text/en.yaml)" if key in MOVED_SECTIONS else ""
            at = _at(_line_of(node, key))
            problems.append(
                Problem(name, None, str(key), f"is not a rubric section{moved}; remove it{at}")
            )
    scale = _check_scale(tree.get("scale"), node, name, problems)
    lines = _check_lines(tree.get("lines"), node, name, problems)
    if problems:
        raise DataFileError(problems)
    return PairRubric(tuple(lines), scale)


@lru_cache(maxsize=4)
def _cached(path: str) -> PairRubric:
    return load_rubric(path)


@on_forget("pair_rubric")
def _forget() -> None:
    _cached.cache_clear()


def default_rubric() -> PairRubric:
    """The rubric from the data folder, read once per process."""
    return _cached(str(data_file(RUBRIC_FILE)))


# --- pure logic ------------------------------------------------------------------------------


def _difference_words(diff: int | None, self_rating: int | None, partner: int | None) -> str:
    w = lambda key, **f: t(f"pair_practice.{key}", **f)  # noqa: E731
    if self_rating is None and partner is None:
        return w("missing_both")
    if diff is None:
        return w("missing_one")
    if diff == 0:
        return w("agree")
    who = "partner_higher" if diff > 0 else "self_higher"
    return w(f"{who}_1") if abs(diff) == 1 else w(f"{who}_n", n=abs(diff))


def _clean(rating: Any) -> int | None:
    if rating is None:
        return None
    if isinstance(rating, bool) or not isinstance(rating, int) or rating not in SCALE_POINTS:
        raise ValueError(f"A rating should be 1, 2, 3 or 4 (or not given), not {rating!r}.")
    return rating


def compare(
    self_ratings: dict[str, int | None],
    partner_ratings: dict[str, int | None],
    rubric: PairRubric | None = None,
) -> list[Comparison]:
    """Line by line: the speaker's and partner's ratings and their difference in words."""
    rubric = rubric or default_rubric()
    known = {line.id for line in rubric.lines}
    unknown = sorted((set(self_ratings) | set(partner_ratings)) - known)
    if unknown:
        raise ValueError(f"Unknown rubric line(s): {', '.join(unknown)}.")
    result = []
    for line in rubric.lines:
        mine, theirs = _clean(self_ratings.get(line.id)), _clean(partner_ratings.get(line.id))
        diff = None if mine is None or theirs is None else theirs - mine
        result.append(Comparison(line, mine, theirs, diff, _difference_words(diff, mine, theirs)))
    return result


def _rating_words(rating: int | None, rubric: PairRubric) -> str:
    if rating is None:
        return t("pair_practice.not_rated")
    return f"{rating} {rubric.scale[rating]}"


def comparison_table(comparisons: list[Comparison], rubric: PairRubric | None = None) -> str:
    """A plain-text table (monospace) of both ratings, readable aloud and when printed."""
    rubric = rubric or default_rubric()
    w = lambda key: t(f"pair_practice.{key}")  # noqa: E731
    head = (w("col_line"), w("col_self"), w("col_partner"), w("col_difference"))
    rows = [
        (
            value_title(c.line.value),
            _rating_words(c.self_rating, rubric),
            _rating_words(c.partner_rating, rubric),
            c.words,
        )
        for c in comparisons
    ]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(3)]

    def fmt(row: tuple[str, ...]) -> str:
        return " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + f" | {row[3]}"

    rule = "-+-".join("-" * n for n in widths) + "-+-" + "-" * len(head[3])
    return "\n".join([fmt(head), rule, *(fmt(r) for r in rows)])


def comparison_json(comparisons: list[Comparison]) -> str:
    """What "Save privately" stores: both ratings per line, as JSON text."""
    return json.dumps(
        {
            "kind": "pair-rubric",
            "lines": [
                {
                    "id": c.line.id,
                    "value": c.line.value,
                    "speaker": c.self_rating,
                    "partner": c.partner_rating,
                }
                for c in comparisons
            ],
        },
        ensure_ascii=False,
    )
