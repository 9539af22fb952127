"""Learner-facing words, kept in data/text/<lang>.yaml so they can be edited or translated.

Code never holds button labels or kind messages itself: it calls ``t("buttons.check")``. Files are
read once per process. ``PEER_COURSE_LANG=fr`` picks data/text/fr.yaml; any key missing there
falls back to English, so a partial translation still works. Templates are filled by
:func:`fill`, which accepts plain ``{name}`` fields only: a trainer's text can never reach into
the program (``{x.__class__}`` and ``{x[0]}`` are refused), nor fill the memory (a format is at
most MAX_WIDTH wide). A words file that cannot be read raises DataFileError naming the file and
line; the front door (widgets/exercises.py) shows it in a box, in plain English.
"""

from __future__ import annotations

import os
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from widgets.core.datafiles import DataFileError, Problem, node_line, read_yaml, short
from widgets.core.paths import DATA_DIR, REPO_DATA, display_path
from widgets.core.state import on_forget

DEFAULT_LANG = "en"
#: Set (to anything but "" or "0") by scripts/app_mode.py for the kernels of app mode (Voilà),
#: where every cell runs by itself and there is no code to see: ``t(key)`` then says
#: ``app_mode.<key>`` where the words file has it ("Run this cell" has no meaning there).
APP_MODE_ENV = "PEER_COURSE_APP_MODE"
_LANG_RE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?$")
_FIELD_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_FORMATTER = string.Formatter()
#: YAML scalars a words file may hold: text, and numbers (read as the text they are written as).
_TEXT_TAGS = ("tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_NULL_TAG, _BOOL_TAG = "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"


class TextKeyError(KeyError):
    """A UI text key is missing or badly formatted; the message names the file and the key."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "missing text"


#: A format after a field's name, e.g. ``{n:,}`` or ``{number:02d}``: fill, align, sign, width,
#: grouping, precision and type, with widths and precisions of at most MAX_WIDTH.
_SPEC_RE = re.compile(
    r"^(?:.?[<>=^])?[-+ ]?z?#?0?(?P<width>\d*)[,_]?(?:\.(?P<precision>\d+))?[bcdeEfFgGnosxX%]?$"
)
#: The widest a format may make a field (a width of a billion would fill the memory).
MAX_WIDTH = 100


def _check_spec(field: str, spec: str) -> None:
    found = _SPEC_RE.match(spec)
    if found is None or "{" in spec:
        raise ValueError(f"{{{field}:{short(spec, 20)}}} has a format this course does not use")
    for number in (found["width"], found["precision"]):
        if number and int(number[:4]) > MAX_WIDTH:
            raise ValueError(f"{{{field}:{short(spec, 20)}}} is wider than {MAX_WIDTH} characters")


def fill(template: str, **fields: object) -> str:
    """``template`` with its ``{name}`` fields filled in from ``fields``.

    Only plain names are allowed (with an optional format such as ``{n:,}`` or ``{n:02d}``, at
    most MAX_WIDTH wide): attribute and index lookups are refused with ValueError, so text a
    trainer wrote cannot read program state, and neither can a format fill the memory. Raises
    KeyError for a field that was not given.
    """
    out = []
    for literal, field, spec, conversion in _FORMATTER.parse(template):
        out.append(literal)
        if field is None:
            continue
        if not _FIELD_RE.match(field):
            raise ValueError(
                f"{{{short(field, 40)}}} is not a plain name; use letters, digits and _ only"
            )
        if spec:
            _check_spec(field, spec)
        value = fields[field]
        try:
            if conversion:
                value = _FORMATTER.convert_field(value, conversion)
            out.append(format(value, spec or ""))
        except (TypeError, ValueError) as err:  # e.g. {n:d} given text, {path:>5} given a path
            raise ValueError(
                f"{{{field}:{short(spec, 20)}}} does not suit its value ({err})"
            ) from None
    return "".join(out)


def text_file(lang: str) -> Path:
    """Where the words for ``lang`` live (a trainer's data folder first, then the course's)."""
    for folder in (DATA_DIR / "text", REPO_DATA / "text"):
        path = folder / f"{lang}.yaml"
        if path.is_file():
            return path
    return DATA_DIR / "text" / f"{lang}.yaml"


@dataclass(frozen=True)
class Words:
    """One language file, read: its name as a trainer sees it, and key -> (text, line)."""

    name: str
    table: dict[str, tuple[str, int | None]]


def _flatten(node: yaml.Node, name: str, problems: list[Problem], prefix: str = "") -> dict:
    """Nested YAML sections become dotted keys: {'buttons': {'check': ..}} -> 'buttons.check'.

    Every value must be text (a bare number is read as its text); anything else is a problem
    naming the key and its line."""
    flat: dict[str, tuple[str, int | None]] = {}
    for key_node, value_node in node.value:
        dotted = f"{prefix}{key_node.value}"
        line = node_line(value_node)
        if isinstance(value_node, yaml.MappingNode):
            flat.update(_flatten(value_node, name, problems, f"{dotted}."))
            continue
        if isinstance(value_node, yaml.ScalarNode) and value_node.tag in _TEXT_TAGS:
            flat[dotted] = (value_node.value, line)
            continue
        if isinstance(value_node, yaml.ScalarNode) and value_node.tag == _NULL_TAG:
            continue
        if isinstance(value_node, yaml.SequenceNode):
            what = "a list"
        elif value_node.tag == _BOOL_TAG:
            what = "true/false (YAML reads a bare yes, no, on or off so)"
        else:
            what = f"a value YAML reads as {value_node.tag.rsplit(':', 1)[-1]}"
        problems.append(
            Problem(
                name,
                line,
                dotted,
                f"should be text, not {what} (line {line}); put the words in double quotes.",
            )
        )
    return flat


@lru_cache(maxsize=8)
def _load(lang: str) -> Words:
    """Read one language file once; a missing file gives an empty table (English fills the gaps).

    Raises DataFileError (file, line, what to fix) for a file that cannot be read or holds
    anything but named sections of text."""
    path = text_file(lang)
    name = display_path(path)
    if not path.is_file():
        return Words(name, {})
    problems: list[Problem] = []
    doc = read_yaml(path, problems)
    if doc is None or problems:
        raise DataFileError(problems)
    if doc.node is None:
        return Words(name, {})
    if not isinstance(doc.node, yaml.MappingNode):
        raise DataFileError(
            [
                Problem(
                    name,
                    node_line(doc.node),
                    None,
                    f"should hold named sections of text (e.g. 'buttons:' and under it "
                    f"'  check: \"Check\"'), not a list or a single value (line "
                    f"{node_line(doc.node)}).",
                )
            ]
        )
    table = _flatten(doc.node, name, problems)
    if problems:
        raise DataFileError(problems)
    return Words(name, table)


#: lang -> (the file and its size and time, its problems) of a words file that could not be read,
#: so a broken file is read once per change, not once per word a box asks for.
_failed: dict[str, tuple[tuple, list[Problem]]] = {}


def _stamp(path: Path) -> tuple:
    try:
        info = path.stat()
    except OSError:
        return (path,)
    return (path, info.st_mtime_ns, info.st_size)


def _words(lang: str) -> Words:
    """The words for ``lang`` (read once); a broken file raises DataFileError until it changes."""
    stamp = _stamp(text_file(lang))
    failed = _failed.get(lang)
    if failed is not None and failed[0] == stamp:
        raise DataFileError(failed[1])
    try:
        return _load(lang)
    except DataFileError as error:
        _failed[lang] = (stamp, error.problems)
        raise


def current_lang() -> str:
    """The language chosen with PEER_COURSE_LANG (English when unset or not a language code)."""
    lang = os.environ.get("PEER_COURSE_LANG", "").strip()
    return lang if _LANG_RE.match(lang) else DEFAULT_LANG


def app_mode() -> bool:
    """True in app mode (Voilà, started by scripts/app_mode.py): pages with no code to run."""
    return os.environ.get(APP_MODE_ENV, "").strip() not in ("", "0")


def t(key: str, **fmt: object) -> str:
    """The UI text for ``key`` in the learner's language, with ``{name}`` fields filled in.

    In app mode (:func:`app_mode`) the words under ``app_mode.<key>`` are said instead, where
    there are any. Raises DataFileError when the words file cannot be read, and TextKeyError
    (naming the file, the key and its line) when the key is missing or cannot be filled in."""
    lang = current_lang()
    files = [_words(lang)] if lang == DEFAULT_LANG else [_words(lang), _words(DEFAULT_LANG)]
    if app_mode() and any(f"app_mode.{key}" in w.table for w in files):
        key = f"app_mode.{key}"
    words = next((w for w in files if key in w.table), None)
    if words is None:
        raise TextKeyError(f"The text key '{key}' is missing from {files[-1].name}.")
    template, line = words.table[key]
    try:
        return fill(template, **fmt)
    except KeyError as err:
        problem = f"{{{short(str(err.args[0]), 40)}}} is not a field it is given"
    except (IndexError, ValueError) as err:
        problem = short(str(err), 200)
    raise TextKeyError(
        f"{words.name}, line {line}: the text '{key}' could not be filled in ({problem}); "
        f"it is given {', '.join('{' + f + '}' for f in sorted(fmt)) or 'no fields'}."
    )


def has_text(key: str) -> bool:
    """Is there text for ``key`` (in the learner's language or English)?"""
    lang = current_lang()
    langs = (lang,) if lang == DEFAULT_LANG else (lang, DEFAULT_LANG)
    return any(key in _words(x).table for x in langs)


@on_forget("text")
def clear_cache() -> None:
    """Forget loaded files (tests, or after a trainer edits the text while the kernel runs)."""
    _load.cache_clear()
    _failed.clear()
