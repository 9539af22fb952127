"""The course notebooks as a learner meets them: file name, title, and the exercises each shows.

Read from the notebooks themselves (``course/NN_name.py``, the source of truth; the ``.ipynb``
pair when there is no ``.py``), so a new notebook or a moved exercise needs no list kept by hand.
The progress view links each notebook by its title; the first cell of a notebook
(``exercises.start``) counts the exercises of its own notebook. Read once per process.
Plain Python: no widget code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from widgets.core.paths import COURSE_DIR
from widgets.core.state import on_forget

__all__ = [
    "CourseNotebook",
    "course_notebooks",
    "find_notebook",
    "next_notebook",
    "notebook_text",
]

#: ``show("an-id")`` at the start of a line: how a notebook shows an exercise from the bank.
_SHOW = re.compile(r'^\s*show\(\s*"([^"]+)"\s*\)', re.MULTILINE)
#: A notebook's title: its first level-one markdown heading ("# 02 · Mutuality").
_TITLE = re.compile(r"^#\s+(\S.*?)\s*$")


@dataclass(frozen=True)
class CourseNotebook:
    """One notebook of the course: ``stem`` ("02_mutuality"), its title as the learner reads it
    ("02 · Mutuality") and the ids of the exercises it shows, in the order it shows them."""

    stem: str
    title: str
    exercise_ids: tuple[str, ...] = ()

    @property
    def filename(self) -> str:
        """The notebook a learner opens (a relative link to it works beside the others)."""
        return f"{self.stem}.ipynb"


def notebook_text(path: Path) -> tuple[list[str], str]:
    """(markdown lines, all code) of a py:percent file or an .ipynb file: the one reader of a
    notebook's words for the views that list the course (here and course_map.py)."""
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        markdown, code = [], []
        for cell in cells:
            source = cell.get("source", "")
            source = "".join(source) if isinstance(source, list) else str(source)
            (markdown if cell.get("cell_type") == "markdown" else code).append(source)
        return "\n".join(markdown).splitlines(), "\n".join(code)
    markdown, code, in_markdown = [], [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# %%"):
            in_markdown = "[markdown]" in line
            continue
        if in_markdown:
            markdown.append(line[2:] if line.startswith("# ") else line.lstrip("#"))
        else:
            code.append(line)
    return markdown, "\n".join(code)


def read_notebook(path: Path) -> CourseNotebook:
    """The title and exercises of one notebook file (its file name when it has no heading)."""
    markdown, code = notebook_text(path)
    title = next((m.group(1) for line in markdown if (m := _TITLE.match(line))), path.stem)
    return CourseNotebook(path.stem, title, tuple(_SHOW.findall(code)))


_cache: dict[str, tuple[CourseNotebook, ...]] = {}


@on_forget("course_notebooks")
def _forget() -> None:
    _cache.clear()


def course_notebooks(folder: str | Path | None = None) -> tuple[CourseNotebook, ...]:
    """Every numbered notebook of the course (``NN_name``), in order; read once per folder.

    A file that cannot be read is left out rather than stopping the view that asked: the
    notebook a learner has open still works. An empty tuple when the folder is not there.
    """
    folder = Path(folder) if folder is not None else COURSE_DIR
    key = str(folder)
    if key not in _cache:
        stems = sorted(
            {p.stem for p in folder.glob("[0-9][0-9]_*.py")}
            | {p.stem for p in folder.glob("[0-9][0-9]_*.ipynb")}
        )
        found = []
        for stem in stems:
            source = folder / f"{stem}.py"
            if not source.is_file():
                source = folder / f"{stem}.ipynb"
            try:
                found.append(read_notebook(source))
            except (OSError, UnicodeDecodeError, ValueError):
                continue
        _cache[key] = tuple(found)
    return _cache[key]


def find_notebook(stem: str, folder: str | Path | None = None) -> CourseNotebook | None:
    """The notebook called ``stem`` ("02_mutuality", or "02_mutuality.ipynb"), or None."""
    stem = Path(str(stem)).stem
    return next((nb for nb in course_notebooks(folder) if nb.stem == stem), None)


def next_notebook(stem: str, folder: str | Path | None = None) -> CourseNotebook | None:
    """The notebook after ``stem`` in course order; None after the last one (or if unknown)."""
    notebooks = course_notebooks(folder)
    stems = [nb.stem for nb in notebooks]
    stem = Path(str(stem)).stem
    if stem not in stems or stems.index(stem) + 1 >= len(stems):
        return None
    return notebooks[stems.index(stem) + 1]
