"""Learner-facing UI words, kept in data/text/<lang>.yaml so they can be edited or translated.

Code never holds button labels or kind messages itself: it calls ``t("buttons.check")``. Files are
read once per process. ``PEER_COURSE_LANG=fr`` picks data/text/fr.yaml; any key missing there
falls back to English, so a partial translation still works.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import yaml

from widgets.datafiles import DATA_DIR

DEFAULT_LANG = "en"
_REPO_TEXT_DIR = Path(__file__).resolve().parent.parent / "data" / "text"
_LANG_RE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?$")


class TextKeyError(KeyError):
    """A UI text key is missing or badly formatted; the message names the file and the key."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "missing text"


def text_file(lang: str) -> Path:
    """Where the words for ``lang`` live (a trainer's data folder first, then the repository's)."""
    for folder in (DATA_DIR / "text", _REPO_TEXT_DIR):
        path = folder / f"{lang}.yaml"
        if path.is_file():
            return path
    return DATA_DIR / "text" / f"{lang}.yaml"


def _display_name(path: Path) -> str:
    """A short path for messages, e.g. data/text/en.yaml."""
    parts = path.parts
    if "data" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("data") :])
    return str(path)


def _flatten(tree: dict, prefix: str = "") -> dict[str, str]:
    """Nested YAML sections become dotted keys: {'buttons': {'check': ..}} -> 'buttons.check'."""
    flat: dict[str, str] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        elif value is not None:
            flat[name] = str(value)
    return flat


@lru_cache(maxsize=8)
def _load(lang: str) -> tuple[str, dict[str, str]]:
    """Read one language file once; a missing file gives an empty table (English fills the gaps)."""
    path = text_file(lang)
    if not path.is_file():
        return _display_name(path), {}
    with path.open(encoding="utf-8") as handle:
        tree = yaml.safe_load(handle) or {}
    if not isinstance(tree, dict):
        raise TextKeyError(f"{_display_name(path)} should hold named sections of text")
    return _display_name(path), _flatten(tree)


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
        return template.format(**fmt)
    except (KeyError, IndexError, ValueError) as err:
        raise TextKeyError(
            f"The text '{key}' in {file_name} could not be filled in ({err!r}); "
            f"it was given {sorted(fmt)}."
        ) from err


def clear_cache() -> None:
    """Forget loaded files (tests, or after a trainer edits the text while the kernel runs)."""
    _load.cache_clear()
