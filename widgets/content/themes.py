"""What a dilemma weighs: the course values and a few other concerns, each with a few words.

A dilemma's feedback names what the learner's reasoning touched ("You wrote about: choice,
safety"), pointing at their own words. It is a small, honest keyword match against the short
lists in data/lexicon/value_words.csv, which trainers can edit: it reads words, not thinking, so
the feedback only ever says what it found, never what is missing. The bank's checker uses the same
lists to make sure a dilemma's ``weighs`` names themes its voices really talk about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from widgets.core.datafiles import DataFileError, Problem, read_csv
from widgets.core.paths import data_file, display_path
from widgets.core.state import on_forget
from widgets.core.values import VALUE_KEYS, value_title

__all__ = ["THEME_FILE", "Theme", "Touch", "load_themes", "theme_title", "touched"]

#: Where the words live, under the data folder.
THEME_FILE = ("lexicon", "value_words.csv")
COLUMNS = ("theme", "title", "words")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
#: A word or short phrase; a trailing * stands for any ending ("decid*": decide, decided, ...).
_WORD = re.compile(r"^[a-z0-9][a-z0-9' -]*\*?$")


@dataclass(frozen=True)
class Theme:
    """One thing a dilemma can weigh: its key, its title and the words that show it."""

    key: str
    title: str
    words: tuple[str, ...]
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Touch:
    """A theme found in some text, with the words (as written there) that showed it."""

    theme: Theme
    found: tuple[str, ...]


def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        stem = word.rstrip("*")
        body = r"\s+".join(re.escape(w) for w in stem.split())
        parts.append(body + (r"[\w'-]*" if word.endswith("*") else ""))
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])", re.IGNORECASE)


def _theme(line: int, row: dict, name: str, problems: list[Problem]) -> Theme | None:
    key, title = row["theme"], row["title"]
    if not _KEY.match(key):
        problems.append(
            Problem(name, line, "theme", f"{key!r} is not a theme key: use lowercase and _")
        )
        return None
    if not title and key not in VALUE_KEYS:
        problems.append(
            Problem(
                name,
                line,
                "title",
                f"theme {key!r} needs a title (only the eight value keys take theirs from "
                "data/text)",
            )
        )
        return None
    words = tuple(w.strip().lower() for w in row["words"].split(";") if w.strip())
    bad = [w for w in words if not _WORD.match(w)]
    if not words or bad:
        what = f"{bad[0]!r} is not a word or short phrase" if bad else "no words"
        problems.append(
            Problem(
                name,
                line,
                "words",
                f"{what}: list words or short phrases separated by ';' (a trailing * means any "
                "ending)",
            )
        )
        return None
    return Theme(key, title, words, _word_pattern(words))


@lru_cache(maxsize=1)
def load_themes() -> dict[str, Theme]:
    """Every theme, key -> Theme, in file order; DataFileError names each problem in the file."""
    path = data_file(*THEME_FILE)
    name = display_path(path)
    problems: list[Problem] = []
    themes: dict[str, Theme] = {}
    for line, row in read_csv(path, COLUMNS, problems):
        theme = _theme(line, row, name, problems)
        if theme is None:
            continue
        if theme.key in themes:
            problems.append(Problem(name, line, "theme", f"theme {theme.key!r} is listed twice"))
            continue
        themes[theme.key] = theme
    if problems:
        raise DataFileError(problems)
    return themes


@on_forget("themes")
def _forget() -> None:
    load_themes.cache_clear()


def theme_title(key: str) -> str:
    """The learner-facing title of a theme (a value's own title for the eight values)."""
    if key in VALUE_KEYS:
        return value_title(key)
    theme = load_themes().get(key)
    return theme.title if theme else key


def touched(text: str, keys: tuple[str, ...] | None = None) -> list[Touch]:
    """The themes ``text`` uses words of (only ``keys`` when given), in file order.

    Each Touch keeps the words as they were written, once each, in the order they came.
    """
    found = []
    for key, theme in load_themes().items():
        if keys is not None and key not in keys:
            continue
        words: list[str] = []
        for match in theme.pattern.finditer(text or ""):
            word = " ".join(match.group(0).split())
            if word.casefold() not in (w.casefold() for w in words):
                words.append(word)
        if words:
            found.append(Touch(theme, tuple(words)))
    return found
