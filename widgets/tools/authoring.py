"""For course authors: ``python -m widgets new-notebook "Title"`` starts a new module.

It writes ``course/NN_slug.py`` (Jupytext py:percent, the source of truth) with the standard
sections every course notebook has, in the order learners expect them, and its paired ``.ipynb``.
The sections hold short "write here" prompts, so an author fills in words rather than structure;
the code cells already call the course widgets, so the new notebook runs from the first minute.

The notebook is written from ``data/templates/new_notebook.py``, a py:percent notebook a trainer
can open and edit like any other: its first cell explains its ``{fields}`` (filled by
:func:`widgets.core.text.fill`, plain names only) and the ``if-...`` tags that keep a cell for one
case only (a value given or not, an exercise found in the bank or not).
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import re
import sys
import textwrap
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from widgets.content.notebooks import course_notebooks
from widgets.core.paths import COURSE_DIR, data_file, display_path
from widgets.core.text import fill
from widgets.core.values import NOTEBOOKS, VALUES, value_title

__all__ = [
    "AuthoringError",
    "new_notebook_command",
    "next_number",
    "read_template",
    "render_notebook",
    "slugify",
    "write_notebook",
]

MAX_TITLE = 80
MAX_SLUG = 40
LINE_LENGTH = 100
NUMBERED = re.compile(r"^(\d{2})_[a-z0-9_]+\.(py|ipynb)$")
# Exercise types in the order a template prefers them: a rewrite teaches the scoring best.
PREFERRED_TYPES = ("rewrite", "reframe", "choose", "sort", "spot")

#: The notebook a new module starts from (a trainer's data folder first, then the course's).
TEMPLATE = ("templates", "new_notebook.py")
#: Cells with this tag explain the template; they are left out of the notebook.
HELP_TAG = "template-help"
#: What a cell tagged ``if-NAME`` (kept only then) or ``if-no-NAME`` (kept only otherwise) needs.
CONDITIONS = ("value", "exercise", "reflection", "draft", "answer")
_MARKER = re.compile(r"^# %%(?P<markdown> \[markdown\])?(?: tags=(?P<tags>\[.*\]))?\s*$")
#: A code cell that is one call with one quoted field, e.g. ``demo("{draft}")``.
_CALL = re.compile(r'^(?P<name>\w+)\("\{(?P<field>\w+)\}"\)$')


class AuthoringError(Exception):
    """A problem with what the author asked for, explained in plain words."""


def slugify(title: str) -> str:
    """The file-name part of a title: lowercase ASCII words joined by underscores."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}_{word}" if slug else word
        if len(candidate) > MAX_SLUG:
            break
        slug = candidate
    return slug


def check_title(title: str) -> str:
    """Return the tidied title, or raise AuthoringError saying kindly what to change."""
    tidy = " ".join(title.split())
    example = 'for example: python -m widgets new-notebook "Working with families"'
    if not tidy:
        raise AuthoringError(f"Please give the new notebook a title, {example}")
    if "\n" in title.strip() or "\r" in title.strip():
        raise AuthoringError("Please keep the title on one line.")
    if len(tidy) > MAX_TITLE:
        raise AuthoringError(
            f"That title is {len(tidy)} characters long; please keep it to {MAX_TITLE} or fewer "
            "(a short title is easier to find in the course map). You can say more in the "
            "notebook's introduction."
        )
    if not slugify(tidy):
        raise AuthoringError(
            "The title needs at least one letter or number from A to Z or 0 to 9, so the "
            f"notebook can have a file name, {example}"
        )
    return tidy


def check_value(value: str | None) -> str | None:
    """Return a known value key (or None), or raise AuthoringError suggesting the nearest one."""
    if value is None:
        return None
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    if key in VALUES:
        return key
    close = difflib.get_close_matches(key, VALUES, n=1)
    hint = f' Did you mean "{close[0]}"?' if close else ""
    known = ", ".join(VALUES)
    raise AuthoringError(f'"{value}" is not one of the course values.{hint} The keys are: {known}.')


def _numbers_in_use(course_dir: Path) -> dict[int, list[str]]:
    used: dict[int, list[str]] = {}
    if course_dir.is_dir():
        for path in sorted(course_dir.iterdir()):
            match = NUMBERED.match(path.name)
            if match:
                used.setdefault(int(match.group(1)), []).append(path.name)
    return used


def next_number(course_dir: Path) -> int:
    """The number after the highest one in use, so a new module joins the end of the course."""
    used = _numbers_in_use(course_dir)
    number = max(used, default=-1) + 1
    if number > 99:
        raise AuthoringError(
            "Every two-digit number after the last notebook is taken; choose a free one with "
            "--number NN."
        )
    return number


def _py_string(text: str) -> str:
    """A Python string literal in the quotes ``ruff format`` would choose."""
    literal = json.dumps(text, ensure_ascii=False)
    if '"' in text and "'" not in text:
        literal = "'" + literal[1:-1].replace('\\"', '"') + "'"
    return literal


def _call(name: str, text: str) -> str:
    """One call cell, wrapped the way ``ruff format`` keeps it: long text as joined pieces."""
    line = f"{name}({_py_string(text)})"
    if len(line) <= LINE_LENGTH:
        return line
    width = LINE_LENGTH - 4 - 2  # indent and quotes
    pieces: list[str] = []
    current = ""
    for word in re.findall(r"\S+\s*", text):
        if current and len(_py_string(current + word)) - 2 > width:
            pieces.append(current)
            current = ""
        current += word
    pieces.append(current)
    body = "\n".join(f"    {_py_string(piece)}" for piece in pieces)
    return f"{name}(\n{body}\n)"


def _wrap(line: str) -> list[str]:
    """Wrap a long prose line (not a table row) to fit the course's line length."""
    width = LINE_LENGTH - 2  # room for the "# " comment prefix
    if len(line) <= width or line.lstrip().startswith("|"):
        return [line]
    indent = " " * (len(line) - len(line.lstrip()))
    bullet = re.match(r"\s*(?:[-*]|\d+\.)\s+", line)
    follow = " " * len(bullet.group(0)) if bullet else indent
    return textwrap.wrap(
        line, width, initial_indent="", subsequent_indent=follow, break_on_hyphens=False
    )


def _marker(marker: str, tags: Sequence[str]) -> str:
    return f"{marker} tags={json.dumps(list(tags))}" if tags else marker


def _markdown(text: str, *, tags: Sequence[str] = ()) -> str:
    lines = [part for line in text.strip("\n").splitlines() for part in _wrap(line)]
    body = "\n".join(f"# {line}" if line else "#" for line in lines)
    return f"{_marker('# %% [markdown]', tags)}\n{body}\n"


def _code(text: str, *, tags: Sequence[str] = ()) -> str:
    """A code cell; one that only calls the course's front door is written with its code hidden
    (the learner sees the exercise, not the code), as every course notebook's are."""
    marker = _marker("# %%", tags)
    if _front_door_only(text):
        marker += ' jupyter={"source_hidden": true}'
    return f"{marker}\n{text.strip()}\n"


def _front_door_only(source: str) -> bool:
    """Does the cell only import from and call ``widgets.exercises`` (the front door)?"""
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return False
    return bool(body) and all(
        (isinstance(n, ast.ImportFrom) and n.module == "widgets.exercises")
        or (
            isinstance(n, ast.Expr)
            and isinstance(n.value, ast.Call)
            and isinstance(n.value.func, ast.Name)
        )
        for n in body
    )


def _pick(bank: object | None, value: str | None) -> tuple[object | None, object | None]:
    """An exercise and a private reflection whose main value is ``value``, from the bank."""
    if bank is None or value is None:
        return None, None
    own = [s for s in bank.by_value(value) if s.values and s.values[0] == value]
    reflect = next((s for s in own if s.type == "reflect"), None)
    exercise = None
    for kind in PREFERRED_TYPES:
        matches = [s for s in own if s.type == kind]
        gentle = [s for s in matches if not s.content_note]
        if gentle or matches:
            exercise = (gentle or matches)[0]
            break
    return exercise, reflect


def _load_bank() -> object | None:
    """The scenario bank, or None when it cannot be read (the template then explains instead)."""
    try:
        from widgets.content.scenarios import load_bank

        return load_bank()
    except Exception:  # a broken bank must not stop an author starting a notebook
        return None


# --- the template ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateCell:
    """One cell of the template: its kind, its text (markdown without the ``# ``), its tags."""

    kind: str  # "markdown" or "code"
    text: str
    tags: tuple[str, ...]
    line: int  # the line of its ``# %%`` marker, for messages


@dataclass(frozen=True)
class Template:
    """The notebook template: its name as a trainer sees it, its header and its cells."""

    name: str
    header: str
    cells: tuple[TemplateCell, ...]


def _template_cell(name: str, lines: list[str], start: int, end: int) -> TemplateCell:
    """The cell whose marker is ``lines[start]`` and which ends before ``lines[end]``."""
    where = f"{name}, line {start + 1}"
    match = _MARKER.match(lines[start])
    if match is None:
        raise AuthoringError(
            f"{where}: a cell starts with '# %%' (code) or '# %% [markdown]' (text), "
            'optionally followed by tags=["a-tag"].'
        )
    try:
        tags = json.loads(match["tags"]) if match["tags"] else []
    except ValueError:
        tags = None
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise AuthoringError(f'{where}: write the tags as tags=["a-tag", "another"].')
    first = start + 1  # the cell's text: blank lines around it are left out
    while first < end and not lines[first].strip():
        first += 1
    while end > first and not lines[end - 1].strip():
        end -= 1
    body = lines[first:end]
    if not match["markdown"]:
        return TemplateCell("code", "\n".join(body), tuple(tags), start + 1)
    text = []
    for number, line in enumerate(body, first + 1):
        if line != "#" and not line.startswith("# "):
            raise AuthoringError(
                f"{name}, line {number}: every line of a text cell starts with '# ' (or is '#')."
            )
        text.append(line[2:])
    return TemplateCell("markdown", "\n".join(text), tuple(tags), start + 1)


def read_template(path: str | Path | None = None) -> Template:
    """The notebook template (``data/templates/new_notebook.py`` unless ``path`` is given).

    Raises AuthoringError, naming the file and line, when it cannot be read or a cell marker is
    broken.
    """
    path = Path(path) if path is not None else data_file(*TEMPLATE)
    name = display_path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        reason = getattr(err, "strerror", None) or err
        raise AuthoringError(f"The notebook template {name} could not be read ({reason}).") from err
    starts = [n for n, line in enumerate(lines) if line.startswith("# %%")]
    if not starts:
        raise AuthoringError(f"The notebook template {name} has no cells (lines starting '# %%').")
    header = "\n".join(lines[: starts[0]]).strip("\n")
    ends = [*starts[1:], len(lines)]
    cells = tuple(_template_cell(name, lines, a, b) for a, b in zip(starts, ends, strict=True))
    return Template(name, header, cells)


def _kept(cell: TemplateCell, conditions: dict[str, bool], name: str) -> bool:
    """Does ``cell`` belong in this notebook? (Its ``if-`` tags all hold; help cells never do.)"""
    kept = HELP_TAG not in cell.tags
    for tag in cell.tags:
        if not tag.startswith("if-"):
            continue
        negated = tag.startswith("if-no-")
        condition = tag.removeprefix("if-no-" if negated else "if-")
        if condition not in conditions:
            known = ", ".join(f"if-{c}" for c in CONDITIONS)
            raise AuthoringError(
                f"{name}, line {cell.line}: the tag {tag!r} is not one the template knows "
                f"({known}, and the same with if-no-)."
            )
        kept = kept and conditions[condition] != negated
    return kept


def _render_cell(cell: TemplateCell, fields: dict[str, object], name: str) -> str:
    """One template cell with its fields filled in, as py:percent text."""
    tags = [tag for tag in cell.tags if not tag.startswith("if-")]
    try:
        if cell.kind == "markdown":
            return _markdown(fill(cell.text, **fields), tags=tags)
        call = _CALL.match(cell.text.strip())
        if call is not None:
            return _code(_call(call["name"], str(fields[call["field"]])), tags=tags)
        return _code(fill(cell.text, **fields), tags=tags)
    except KeyError as err:
        raise AuthoringError(
            f"{name}, the cell on line {cell.line}: {{{err.args[0]}}} is not a field this "
            f"notebook has. It has {', '.join(f'{{{f}}}' for f in fields)}; the others need a "
            "cell tagged for them (see the template's first cell)."
        ) from None
    except ValueError as err:
        raise AuthoringError(
            f"{name}, the cell on line {cell.line}: {err}. To write a curly bracket itself, "
            "write it twice: {{ or }}."
        ) from None


def _choices(
    title: str, number: int, value: str | None, bank: object | None
) -> tuple[dict[str, bool], dict[str, object]]:
    """What this notebook has (the template's conditions) and the fields to fill in."""
    exercise, reflect = _pick(bank, value)
    value_name = value_title(value) if value else None
    draft = getattr(exercise, "draft", None)
    answers = getattr(exercise, "model_answers", None) or ()
    conditions = {
        "value": bool(value_name),
        "exercise": exercise is not None,
        "reflection": reflect is not None,
        "draft": bool(draft),
        "answer": bool(answers),
    }
    first = next(iter(course_notebooks()), None)  # the welcome: where the last page leads
    fields: dict[str, object] = {
        "number": number,
        "title": title,
        "notebook": f"{number:02d}_{slugify(title)}",
        "first_title": first.title if first else "00 · Welcome",
        "first_file": first.filename if first else "00_welcome.ipynb",
    }
    if value_name:
        fields |= {"value_title": value_name, "value_notebook": NOTEBOOKS[value]}
    if exercise is not None:
        fields |= {"exercise_title": exercise.title, "exercise_id": exercise.id}
    if reflect is not None:
        fields["reflection_id"] = reflect.id
    if draft:
        fields["draft"] = draft
    if answers:
        fields["answer"] = answers[0].text
    return conditions, fields


def render_notebook(
    title: str,
    number: int,
    value: str | None = None,
    bank: object | None = None,
    *,
    template: str | Path | None = None,
) -> str:
    """The py:percent text of a new notebook: the template with its fields filled in and only
    the cells for this case (value or not, exercise or not). AuthoringError for a broken
    template."""
    conditions, fields = _choices(title, number, value, bank)
    found = read_template(template)
    cells = [
        _render_cell(cell, fields, found.name)
        for cell in found.cells
        if _kept(cell, conditions, found.name)
    ]
    header = f"{found.header}\n\n" if found.header else ""
    return header + "\n".join(cells)


def write_notebook(
    title: str,
    *,
    value: str | None = None,
    number: int | None = None,
    force: bool = False,
    course_dir: str | Path | None = None,
    bank: object | None = None,
) -> tuple[Path, Path]:
    """Write ``NN_slug.py`` and its paired ``.ipynb``; returns both paths.

    Raises AuthoringError (nothing written) for a bad title or value, a number already in use or
    files that already exist, unless ``force`` is given.
    """
    import jupytext

    folder = Path(course_dir) if course_dir is not None else COURSE_DIR
    tidy = check_title(title)
    key = check_value(value)
    if number is None:
        same = sorted(folder.glob(f"[0-9][0-9]_{slugify(tidy)}.py")) if folder.is_dir() else []
        number = int(same[0].name[:2]) if same else next_number(folder)
    elif not 0 <= number <= 99:
        raise AuthoringError(f"--number should be from 0 to 99 (got {number}).")
    stem = f"{number:02d}_{slugify(tidy)}"
    py, ipynb = folder / f"{stem}.py", folder / f"{stem}.ipynb"
    if not force:
        existing = [p.name for p in (py, ipynb) if p.exists()]
        if existing:
            raise AuthoringError(
                f"There is already {' and '.join(existing)} in {folder}, so nothing was changed. "
                "Add --force to replace it, or choose another title or --number."
            )
        taken = [n for n in _numbers_in_use(folder).get(number, []) if not n.startswith(stem)]
        if taken:
            raise AuthoringError(
                f"Number {number:02d} is already used by {', '.join(taken)}. Leave out --number "
                "to take the next free one, choose another, or add --force to share it."
            )
    if bank is None and key is not None:
        bank = _load_bank()
    text = render_notebook(tidy, number, key, bank)
    folder.mkdir(parents=True, exist_ok=True)
    py.write_text(text, encoding="utf-8")
    notebook = jupytext.reads(text, fmt="py:percent")
    jupytext.write(notebook, ipynb, fmt="ipynb")
    return py, ipynb


def new_notebook_command(argv: list[str], *, course_dir: str | Path | None = None) -> int:
    """Write a new course notebook (.py and paired .ipynb) with the standard sections."""
    parser = argparse.ArgumentParser(
        prog="python -m widgets new-notebook", description=new_notebook_command.__doc__
    )
    parser.add_argument("title", nargs="+", help='the title, e.g. "Working with families"')
    parser.add_argument("--value", help="the value key it practises, e.g. mutuality")
    parser.add_argument("--number", type=int, help="its two-digit number (default: the next)")
    parser.add_argument("--force", action="store_true", help="replace files that exist")
    args = parser.parse_args(argv)
    try:
        py, ipynb = write_notebook(
            " ".join(args.title),
            value=args.value,
            number=args.number,
            force=args.force,
            course_dir=course_dir,
        )
    except AuthoringError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"Wrote {py} and its pair {ipynb.name}.")
    print("Next: fill in the 'Write here' prompts in the .py file, then run")
    print(f"  bash scripts/sync-notebooks.sh {py}")
    print("to pair it again and save its outputs (CI compares them).")
    return 0
