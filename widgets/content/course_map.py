"""The course's notebooks in order: each one's title and what a learner does in it.

Read from the notebooks themselves (``course/NN_name.py``, the source of truth, or the ``.ipynb``
where there is no ``.py``), so a new notebook or a new ``show("...")`` cell is counted with no
list to keep up to date. Used by the app-mode home page and its page links, the completion
record and the "my data" view; plain Python, no widgets.

What counts as something to do in a notebook: each exercise it shows (``show("id")``), each
role-play (``roleplay("id")``), each bias-mirror version (``mirror("id")``) and each self-check
(``self_check("before")``). Each has a *key*, matched against what the learner's store holds:

* an exercise: its scenario id (an attempt, a skip, or a journal entry for a reflection);
* a role-play: ``roleplay-<id>`` (any turn, or skipping it, is saved under that prefix);
* a bias-mirror version: its journal prompt id (``mirror-<id>``);
* a self-check: ``selfcheck-<phase>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from widgets.content.bias_mirror import REPLY_PREFIX
from widgets.content.notebooks import notebook_text
from widgets.core.paths import COURSE_DIR
from widgets.core.state import on_forget

__all__ = [
    "HOME_NOTEBOOK",
    "Module",
    "course_modules",
    "done_keys",
    "module_of",
    "notebook_title",
]

#: The app-mode home page (a notebook beside the numbered ones; not a module itself).
HOME_NOTEBOOK = "index"

#: ``show("id")``, ``roleplay("id")``, ``mirror("id")``, ``self_check("phase")`` at a line's
#: start in a code cell (markdown lines start with "#", so examples in the text never count).
_CALL = re.compile(r"""^\s*(show|roleplay|mirror|self_check)\(\s*["']([^"']+)["']""", re.M)
#: The notebook's title: its first level-one heading ("# 02 · Mutuality").
_HEADING = re.compile(r"^#\s+(.+?)\s*$", re.M)
#: The number before a title ("02 · ", "02 - ", "02: ").
_NUMBER = re.compile(r"^\d+\s*[·:.\-–—]\s*")
#: Keys the roles use; see the module docstring.
KEY_PREFIX = {
    "show": "",
    "roleplay": "roleplay-",
    "mirror": REPLY_PREFIX,
    "self_check": "selfcheck-",
}


@dataclass(frozen=True)
class Module:
    """One course notebook: ``name`` is its file name without suffix (``02_mutuality``)."""

    name: str
    number: str
    title: str
    keys: tuple[str, ...]

    @property
    def file(self) -> str:
        """The notebook's file name, as a relative link (``02_mutuality.ipynb``)."""
        return f"{self.name}.ipynb"


def _sources(folder: Path) -> list[tuple[str, str, str]]:
    """(name, markdown text, code text) per numbered notebook in ``folder``, in order: the
    ``.py`` source of truth where there is one, else the ``.ipynb`` (a learner's copy)."""
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
            markdown, code = notebook_text(source)
        except (OSError, UnicodeDecodeError, ValueError, AttributeError, TypeError):
            continue  # one unreadable notebook does not stop the home page
        found.append((stem, "\n".join(markdown), code))
    return found


def notebook_title(name: str, markdown: str) -> str:
    """The title a learner reads: the first heading without its number, else the file name."""
    heading = _HEADING.search(markdown)
    if heading:
        title = _NUMBER.sub("", heading.group(1).strip()).strip()
        if title:
            return title
    return name.split("_", 1)[-1].replace("_", " ").capitalize()


@lru_cache(maxsize=4)
def _modules(folder: str) -> tuple[Module, ...]:
    modules = []
    for name, markdown, code in _sources(Path(folder)):
        keys = [KEY_PREFIX[kind] + ident for kind, ident in _CALL.findall(code)]
        modules.append(
            Module(
                name=name,
                number=name.split("_", 1)[0],
                title=notebook_title(name, markdown),
                keys=tuple(dict.fromkeys(keys)),
            )
        )
    return tuple(modules)


def course_modules(folder: str | Path | None = None) -> tuple[Module, ...]:
    """Every numbered notebook of the course (``folder``: default ``course/``), in order."""
    return _modules(str(Path(folder or COURSE_DIR).resolve()))


def _matches(own: str, key: str) -> bool:
    """Does a saved ``key`` count for the notebook's ``own`` key? A role-play's turns are saved
    as ``roleplay-<id>-<turn>``, so they count for ``roleplay-<id>``."""
    return key == own or (own.startswith("roleplay-") and key.startswith(own + "-"))


def module_of(key: str, modules: tuple[Module, ...]) -> Module | None:
    """The notebook a saved key belongs to (``roleplay-closing-n3`` where ``closing`` is)."""
    for module in modules:
        if any(_matches(own, key) for own in module.keys):
            return module
    return None


def done_keys(module: Module, saved: set[str]) -> tuple[str, ...]:
    """The notebook's keys with something saved for them (``saved``: every key in the store)."""
    return tuple(own for own in module.keys if any(_matches(own, key) for key in saved))


@on_forget("course_map")
def _forget() -> None:
    _modules.cache_clear()
