"""Pair practice: a speaker and a listening partner rate the same conversation, then talk it over.

The rubric lines and the words of this widget (and of the facilitator dashboard) live in
data/pair_rubric.yaml so trainers can change them without code. The pure logic (loading,
validating, comparing two sets of ratings, the text table) is separate from the ipywidgets view,
so it can be tested and reused without a browser.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import yaml

from widgets.a11y import BOX_CLASS, style_widget
from widgets.datafiles import DATA_DIR, DataFileError, Problem
from widgets.values import VALUES, value_title

__all__ = [
    "RUBRIC_FILE",
    "Comparison",
    "PairRubric",
    "PairRubricView",
    "RubricLine",
    "compare",
    "comparison_table",
    "load_rubric",
    "pair_rubric",
    "ui_text",
]

RUBRIC_FILE = "pair_rubric.yaml"
JOURNAL_ID = "pair-rubric"
_REPO_DATA = Path(__file__).resolve().parent.parent / "data"
_ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SCALE_POINTS = (1, 2, 3, 4)


@dataclass(frozen=True)
class RubricLine:
    """One contrast line, tied to the course value it practises."""

    id: str
    value: str
    text: str


@dataclass(frozen=True)
class PairRubric:
    """The rubric lines, the 1-4 scale in words, and the UI word sections."""

    lines: tuple[RubricLine, ...]
    scale: dict[int, str]
    ui: dict[str, dict[str, str]]


@dataclass(frozen=True)
class Comparison:
    """Both ratings of one line and the difference, said in words."""

    line: RubricLine
    self_rating: int | None
    partner_rating: int | None
    difference: int | None  # partner minus speaker; None when either is missing
    words: str


def _default_path() -> Path:
    for folder in (DATA_DIR, _REPO_DATA):
        if (folder / RUBRIC_FILE).is_file():
            return folder / RUBRIC_FILE
    return _REPO_DATA / RUBRIC_FILE


def _display(path: Path) -> str:
    parts = path.parts
    return f"data/{path.name}" if len(parts) > 1 and parts[-2] == "data" else str(path)


def _check_lines(raw: Any, name: str, problems: list[Problem]) -> list[RubricLine]:
    if not isinstance(raw, list) or not raw:
        problems.append(Problem(name, None, "lines", "should be a list of one or more lines"))
        return []
    lines: list[RubricLine] = []
    seen: set[str] = set()
    for row, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            problems.append(Problem(name, row, None, "should have id, value and text"))
            continue
        line_id, value, text = entry.get("id"), entry.get("value"), entry.get("text")
        bad = len(problems)
        if not isinstance(line_id, str) or not _ID_RE.match(line_id):
            problems.append(
                Problem(name, row, "id", "should be lowercase letters, digits and hyphens")
            )
        elif line_id in seen:
            problems.append(Problem(name, row, "id", f"'{line_id}' is used by an earlier line"))
        if value not in VALUES:
            known = ", ".join(VALUES)
            problems.append(Problem(name, row, "value", f"{value!r} is not one of: {known}"))
        if not isinstance(text, str) or not text.strip():
            problems.append(Problem(name, row, "text", "should be the words of the line"))
        extra = sorted(set(entry) - {"id", "value", "text"})
        if extra:
            problems.append(Problem(name, row, extra[0], "is not a field a line can have"))
        if len(problems) == bad:
            seen.add(line_id)
            lines.append(RubricLine(line_id, value, " ".join(text.split())))
    return lines


def _check_scale(raw: Any, name: str, problems: list[Problem]) -> dict[int, str]:
    if not isinstance(raw, dict) or set(raw) != set(SCALE_POINTS):
        problems.append(
            Problem(name, None, "scale", "should name each point 1, 2, 3 and 4 in words")
        )
        return {}
    scale: dict[int, str] = {}
    for point in SCALE_POINTS:
        words = raw[point]
        if not isinstance(words, str) or not words.strip():
            problems.append(Problem(name, point, "scale", "should be a few words"))
        else:
            scale[point] = words.strip()
    return scale


def _check_ui(tree: dict, name: str, problems: list[Problem]) -> dict[str, dict[str, str]]:
    ui: dict[str, dict[str, str]] = {}
    for section in ("pair_practice", "dashboard"):
        raw = tree.get(section)
        if not isinstance(raw, dict):
            problems.append(Problem(name, None, section, "should be a section of named words"))
            continue
        ui[section] = {}
        for key, words in raw.items():
            if not isinstance(words, str):
                problems.append(Problem(name, None, f"{section}.{key}", "should be text"))
            else:
                ui[section][str(key)] = words
    return ui


def load_rubric(path: str | Path | None = None) -> PairRubric:
    """Read and check the rubric file; raise DataFileError listing every problem found."""
    file = Path(path) if path is not None else _default_path()
    name = _display(file)
    try:
        tree = yaml.safe_load(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError([Problem(name, None, None, "the file is missing")]) from None
    except UnicodeDecodeError:
        raise DataFileError([Problem(name, None, None, "is not UTF-8 text")]) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        row = mark.line + 1 if mark is not None else None
        raise DataFileError([Problem(name, row, None, f"is not valid YAML ({err})")]) from None
    if not isinstance(tree, dict):
        raise DataFileError([Problem(name, None, None, "should hold named sections")])
    problems: list[Problem] = []
    if tree.get("schema_version") != 1:
        problems.append(Problem(name, None, "schema_version", "should be 1"))
    scale = _check_scale(tree.get("scale"), name, problems)
    lines = _check_lines(tree.get("lines"), name, problems)
    ui = _check_ui(tree, name, problems)
    if problems:
        raise DataFileError(problems)
    return PairRubric(tuple(lines), scale, ui)


@lru_cache(maxsize=4)
def _cached(path: str) -> PairRubric:
    return load_rubric(path)


def default_rubric() -> PairRubric:
    """The rubric from the data folder, read once per process."""
    return _cached(str(_default_path()))


def ui_text(section: str, key: str, **fmt: object) -> str:
    """Words of the pair practice widget or dashboard, with ``{name}`` fields filled in."""
    words = default_rubric().ui.get(section, {})
    if key not in words:
        raise KeyError(f"The words '{section}.{key}' are missing from data/{RUBRIC_FILE}.")
    return words[key].format(**fmt)


# --- pure logic ------------------------------------------------------------------------------


def _difference_words(diff: int | None, self_rating: int | None, partner: int | None) -> str:
    w = lambda key, **f: ui_text("pair_practice", key, **f)  # noqa: E731
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
        return ui_text("pair_practice", "not_rated")
    return f"{rating} {rubric.scale[rating]}"


def comparison_table(comparisons: list[Comparison], rubric: PairRubric | None = None) -> str:
    """A plain-text table (monospace) of both ratings, readable aloud and when printed."""
    rubric = rubric or default_rubric()
    w = lambda key: ui_text("pair_practice", key)  # noqa: E731
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


# --- the widget ------------------------------------------------------------------------------


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


class PairRubricView(widgets.VBox):
    """Two rows of 1-4 toggle buttons per line (speaker, partner), a comparison and a save.

    ToggleButtons are real buttons: Tab reaches each one and Space/Enter chooses it, and every
    button says its number and its words, so nothing depends on colour.
    """

    def __init__(self, rubric: PairRubric | None = None, store: Any | None = None):
        self.rubric = rubric or default_rubric()
        self._store = store
        w = lambda key, **f: ui_text("pair_practice", key, **f)  # noqa: E731
        options = [(f"{n} {self.rubric.scale[n]}", n) for n in SCALE_POINTS]
        style = {"description_width": "initial", "button_width": "auto"}
        self.self_inputs: dict[str, widgets.ToggleButtons] = {}
        self.partner_inputs: dict[str, widgets.ToggleButtons] = {}
        rows: list[widgets.Widget] = []
        total = len(self.rubric.lines)
        for n, line in enumerate(self.rubric.lines, start=1):
            heading = w("line_label", n=n, total=total, value=value_title(line.value))
            mine = widgets.ToggleButtons(
                options=options, value=None, description=w("self_label"), style=style
            )
            theirs = widgets.ToggleButtons(
                options=options, value=None, description=w("partner_label"), style=style
            )
            self.self_inputs[line.id], self.partner_inputs[line.id] = mine, theirs
            rows.append(
                widgets.HTML(
                    f"<p><strong>{_esc(heading)}</strong><br>{_esc(line.text)}</p>",
                )
            )
            rows.extend([mine, theirs])
        self.compare_button = widgets.Button(
            description=w("compare"), tooltip=w("compare_tooltip"), icon="columns"
        )
        self.save_button = widgets.Button(
            description=w("save"), tooltip=w("save_tooltip"), icon="lock", disabled=True
        )
        self.compare_button.on_click(self.on_compare)
        self.save_button.on_click(self.on_save)
        self.table = widgets.HTML()
        self.status = widgets.HTML()
        intro = f"<h3>{_esc(w('heading'))}</h3><p>{_esc(w('intro'))}</p>"
        super().__init__(
            [
                widgets.HTML(intro),
                *rows,
                widgets.HBox([self.compare_button, self.save_button]),
                self.table,
                self.status,
                style_widget(),  # hidden; widgets/a11y.py says why
            ]
        )
        self.add_class(BOX_CLASS)

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        """Keep the live view, and add the rubric as text for a notebook saved without widgets."""
        data = super()._repr_mimebundle_(**kwargs) or {}
        lines = [f"- {value_title(x.value)}: {x.text}" for x in self.rubric.lines]
        scale = ", ".join(f"{n} {words}" for n, words in self.rubric.scale.items())
        heading = ui_text("pair_practice", "heading")
        data["text/plain"] = "\n".join([heading, *lines, scale])
        items = "".join(f"<li>{_esc(line[2:])}</li>" for line in lines)
        data["text/html"] = f"<h3>{_esc(heading)}</h3><ul>{items}</ul><p>{_esc(scale)}</p>"
        return data

    def ratings(self) -> tuple[dict[str, int | None], dict[str, int | None]]:
        """The speaker's and the partner's current choices (None where not chosen)."""
        return (
            {k: b.value for k, b in self.self_inputs.items()},
            {k: b.value for k, b in self.partner_inputs.items()},
        )

    def comparisons(self) -> list[Comparison]:
        return compare(*self.ratings(), rubric=self.rubric)

    def on_compare(self, _button: Any = None) -> None:
        """Show both ratings side by side as text; enable saving once something is rated."""
        mine, theirs = self.ratings()
        self.status.value = ""
        if all(v is None for v in [*mine.values(), *theirs.values()]):
            self.table.value = (
                f"<p role='status'>{_esc(ui_text('pair_practice', 'nothing_yet'))}</p>"
            )
            self.save_button.disabled = True
            return
        table = comparison_table(self.comparisons(), self.rubric)
        talk = ui_text("pair_practice", "talk_over")
        self.table.value = (
            f"<div role='status'><pre style='white-space:pre-wrap'>{_esc(table)}</pre>"
            f"<p>{_esc(talk)}</p></div>"
        )
        self.save_button.disabled = False

    def on_save(self, _button: Any = None) -> None:
        """Save like a private journal entry: on this computer only, never scored or exported."""
        store = self._store
        if store is None:
            from widgets.progress import get_store

            store = get_store()
        try:
            store.save_journal(JOURNAL_ID, comparison_json(self.comparisons()))
        except (OSError, ValueError) as err:
            message = ui_text("pair_practice", "save_failed", error=err)
        else:
            message = ui_text("pair_practice", "saved")
        self.status.value = f"<p role='status'>{_esc(message)}</p>"


def pair_rubric(store: Any | None = None) -> PairRubricView:
    """The pair practice rubric widget, ready to show as a notebook cell's last expression."""
    return PairRubricView(store=store)
