"""Learner-facing words, kept in data/text/<lang>.yaml so they can be edited or translated.

Code never holds button labels or kind messages itself: it calls ``t("buttons.check")``. Files are
read once per process. ``PEER_COURSE_LANG=fr`` picks data/text/fr.yaml; any key missing there
falls back to English, so a partial translation still works. Templates are filled by
:func:`fill`, which accepts plain ``{name}`` fields only: a trainer's text can never reach into
the program (``{x.__class__}`` and ``{x[0]}`` are refused).
"""

from __future__ import annotations

import os
import re
import string
from functools import lru_cache
from pathlib import Path

from widgets.core.datafiles import DataFileError, Problem, read_yaml, shown
from widgets.core.paths import DATA_DIR, REPO_DATA, display_path
from widgets.core.state import on_forget

DEFAULT_LANG = "en"
_LANG_RE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?$")
_FIELD_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_FORMATTER = string.Formatter()


class TextKeyError(KeyError):
    """A UI text key is missing or badly formatted; the message names the file and the key."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "missing text"


def fill(template: str, **fields: object) -> str:
    """``template`` with its ``{name}`` fields filled in from ``fields``.

    Only plain names are allowed (with an optional format such as ``{n:,}``): attribute and
    index lookups are refused with ValueError, so text a trainer wrote cannot read program state.
    Raises KeyError for a field that was not given.
    """
    out = []
    for literal, field, spec, conversion in _FORMATTER.parse(template):
        out.append(literal)
        if field is None:
            continue
        if not _FIELD_RE.match(field):
            raise ValueError(f"{{{field}}} is not a plain name; use letters, digits and _ only")
        if spec and "{" in spec:
            raise ValueError(f"the format of {{{field}}} holds another field")
        value = fields[field]
        if conversion:
            value = _FORMATTER.convert_field(value, conversion)
        out.append(format(value, spec or ""))
    return "".join(out)


def text_file(lang: str) -> Path:
    """Where the words for ``lang`` live (a trainer's data folder first, then the course's)."""
    for folder in (DATA_DIR / "text", REPO_DATA / "text"):
        path = folder / f"{lang}.yaml"
        if path.is_file():
            return path
    return DATA_DIR / "text" / f"{lang}.yaml"


def _flatten(tree: dict, name: str, prefix: str = "") -> dict[str, str]:
    """Nested YAML sections become dotted keys: {'buttons': {'check': ..}} -> 'buttons.check'."""
    flat: dict[str, str] = {}
    for key, value in tree.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name, f"{dotted}."))
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            flat[dotted] = str(value)
        elif value is not None:
            raise DataFileError(
                [Problem(name, None, dotted, f"should be text, not {shown(value)}; use quotes")]
            )
    return flat


@lru_cache(maxsize=8)
def _load(lang: str) -> tuple[str, dict[str, str]]:
    """Read one language file once; a missing file gives an empty table (English fills the gaps)."""
    path = text_file(lang)
    name = display_path(path)
    if not path.is_file():
        return name, {}
    problems: list[Problem] = []
    doc = read_yaml(path, problems)
    if doc is None or problems:
        raise DataFileError(problems)
    tree = doc.data or {}
    if not isinstance(tree, dict):
        raise TextKeyError(f"{name} should hold named sections of text")
    return name, _flatten(tree, name)


def current_lang() -> str:
    """The language chosen with PEER_COURSE_LANG (English when unset or not a language code)."""
    lang = os.environ.get("PEER_COURSE_LANG", "").strip()
    return lang if _LANG_RE.match(lang) else DEFAULT_LANG


def t(key: str, **fmt: object) -> str:
    """The UI text for ``key`` in the learner's language, with ``{name}`` fields filled in."""
    lang = current_lang()
    tables = [_load(lang)] if lang == DEFAULT_LANG else [_load(lang), _load(DEFAULT_LANG)]
    found = next(((name, table[key]) for name, table in tables if key in table), None)
    if found is None:
        raise TextKeyError(f"The text key '{key}' is missing from {tables[-1][0]}.")
    file_name, template = found
    try:
        return fill(template, **fmt)
    except (KeyError, IndexError, ValueError) as err:
        raise TextKeyError(
            f"The text '{key}' in {file_name} could not be filled in ({err!r}); "
            f"it was given {sorted(fmt)}."
        ) from err


def has_text(key: str) -> bool:
    """Is there text for ``key`` (in the learner's language or English)?"""
    lang = current_lang()
    langs = (lang,) if lang == DEFAULT_LANG else (lang, DEFAULT_LANG)
    return any(key in _load(x)[1] for x in langs)


@on_forget("text")
def clear_cache() -> None:
    """Forget loaded files (tests, or after a trainer edits the text while the kernel runs)."""
    _load.cache_clear()
