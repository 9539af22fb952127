"""For course authors: ``python -m widgets new-notebook "Title"`` starts a new module.

It writes ``course/NN_slug.py`` (Jupytext py:percent, the source of truth) with the standard
sections every course notebook has, in the order learners expect them, and its paired ``.ipynb``.
The sections hold short "write here" prompts, so an author fills in words rather than structure;
the code cells already call the course widgets, so the new notebook runs from the first minute.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import textwrap
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from widgets.core.paths import COURSE_DIR
from widgets.core.values import NOTEBOOKS, VALUES, value_title

__all__ = [
    "AuthoringError",
    "new_notebook_command",
    "next_number",
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

HEADER = """\
# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---
"""


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


def _markdown(text: str, *, tags: Sequence[str] = ()) -> str:
    marker = "# %% [markdown]"
    if tags:
        marker += " tags=" + json.dumps(list(tags))
    lines = [part for line in text.strip("\n").splitlines() for part in _wrap(line)]
    body = "\n".join(f"# {line}" if line else "#" for line in lines)
    return f"{marker}\n{body}\n"


def _code(text: str) -> str:
    return f"# %%\n{text.strip()}\n"


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


def render_notebook(
    title: str, number: int, value: str | None = None, bank: object | None = None
) -> str:
    """The py:percent text of a new notebook with every standard section in place."""
    exercise, reflect = _pick(bank, value)
    heading = f"{number:02d} · {title}"
    value_name = value_title(value) if value else None
    cells: list[str] = []

    intro = f"""\
# {heading}

Welcome! *Write here: two or three warm sentences on what this notebook is about and why it
matters in peer support.*

**Time:** about 30 minutes. *(Write here: your own estimate once you have tried it.)* You can
stop at any point and come back later: your work is saved.

**Content note:** *write here which hard topics the notebook or its exercises touch on, in
general terms, or say that it stays with everyday situations.* Every exercise can be skipped,
and you can take a break whenever you need one.
"""
    cells.append(_markdown(intro))

    cells.append(
        _markdown(
            """\
## What you'll learn

By the end of this notebook you will be able to:

- *write here: one thing learners can explain in their own words;*
- *write here: one thing learners can recognise in a response;*
- *write here: one thing learners can practise saying differently.*
"""
        )
    )
    cells.append(
        _markdown(
            "Run the cell below first (click it and press **Shift + Enter**). "
            "It loads the exercises."
        )
    )
    cells.append(_code("from widgets.exercises import demo, progress_view, show"))

    if value_name:
        own_words = f"""\
## {value_name}, in our own words

*Write here: what **{value_name}** means in everyday words, with a short example from peer
support. Say it in the course's own words; a short quotation is fine when it is marked and
attributed, for example:*

> "A short quotation."
> — *Core Values of Peer Support*

The notebook `{NOTEBOOKS[value]}` teaches this value in depth; link back to it where it helps.
"""
    else:
        own_words = """\
## The value in our own words

*Write here: the value or skill this notebook is about, in everyday words, with a short example
from peer support. Say it in the course's own words; a short quotation is fine when it is marked
and attributed, for example:*

> "A short quotation."
> — *Core Values of Peer Support*
"""
    cells.append(_markdown(own_words))

    first = getattr(exercise, "draft", None) or "Have you tried yoga? It really helped me."
    answers = getattr(exercise, "model_answers", None) or ()
    better = (
        answers[0].text if answers else "What tends to be on your mind when you can't switch off?"
    )
    cells.append(
        _markdown(
            """\
### Worked example

*Write here: who is speaking, where, and what they said. Then run the cell to see what the
feedback helper notices in a natural first response.*
"""
        )
    )
    cells.append(_code(_call("demo", first)))
    cells.append(
        _markdown(
            """\
*Write here: what is kind about that response, and what gets in the way. Then compare a
response that lives the value:*
"""
        )
    )
    cells.append(_code(_call("demo", better)))

    if exercise is not None:
        cells.append(
            _markdown(
                f"""\
### Exercise: {exercise.title}

*Write here: one or two sentences that set the scene. Like every exercise in this course, it
can be skipped.*

The cell below shows `{exercise.id}`, a scenario from the bank for this value.
To show one of your own instead, add it to `data/scenarios/` (see `data/scenarios/SCHEMA.md`),
check it with `python -m widgets validate`, and put its id in the cell.
"""
            )
        )
        cells.append(_code(_call("show", exercise.id)))
    else:
        cells.append(
            _markdown(
                """\
### Exercises

*Write here: the exercises for this notebook.* Each one is a scenario in the bank: add it to a
file in `data/scenarios/` following `data/scenarios/SCHEMA.md`, check it with
`python -m widgets validate`, then show it in a code cell of its own with
`show("your-scenario-id")` as the last line. Every exercise can be skipped.
"""
            )
        )

    reflection = """\
## A private reflection

This one is just for you. What you write is private: it is never scored, never shared, and it
stays on this computer. Write as much or as little as you like, or skip it.
"""
    if reflect is None:
        reflection += """
*Write here: a `reflect` scenario in the bank (a private journal prompt), shown in a code cell
with `show("your-reflect-id")`.*
"""
    cells.append(_markdown(reflection))
    if reflect is not None:
        cells.append(_code(_call("show", reflect.id)))

    cells.append(
        _markdown(
            """\
## Try it this week

Pick one or two small practices:

1. *Write here: a small thing to notice in everyday conversations.*
2. *Write here: a small thing to try saying differently.*
3. *Write here: a small kindness towards yourself.*
"""
        )
    )
    cells.append(
        _markdown(
            """\
## Summary

- *Write here: the main idea, in one sentence.*
- *Write here: what to do instead of the common slip.*
- *Write here: one thing to remember when it is hard.*
"""
        )
    )

    cells.append(
        _markdown(
            """\
**Facilitator notes**: planning the session

Suggested plan for a group session (write here: adjust the minutes once you have run it):

| Time | What happens |
|---|---|
| 0-5 min | Welcome, group agreements, reminder that anyone can pass or step out. |
| 5-15 min | The value in our own words: read aloud, then a quick round (passing is fine). |
| 15-35 min | Worked example on a shared screen, then the exercises in pairs. |
| 35-45 min | Pair or group activity: *write here its name, steps and minutes.* |
| 45-52 min | Private reflection, in silence. Nobody is asked to share it. |
| 52-60 min | "Try it this week" and a closing round. |

**Materials:** a shared screen or projector; each learner on their own computer (or pairs
sharing one); sticky notes and pens; a list of local support services to hand out; a quiet
space people can step into.

*Write here: what this topic may stir up for people in the room, and how to name it gently at
the start. Keep practice on low-stakes, invented stories.*
""",
            tags=["facilitator"],
        )
    )
    cells.append(_markdown("Here is your progress so far."))
    cells.append(_code("progress_view()"))
    return HEADER + "\n" + "\n".join(cells)


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
