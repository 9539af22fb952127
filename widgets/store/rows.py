"""Reading saved rows back: a row that does not make sense is left out, never raised.

A progress file can hold rows this course did not write the way it writes them: edited by hand,
copied from another tool, or damaged in a way SQLite cannot see. JSON that is not JSON, bytes or
a number where text belongs, text that is not UTF-8, a value or rating the course does not have.
Each reader here returns ``None`` for such a row; the store leaves it out, counts it and says so
(``notice.rows_skipped``), so one odd row never stops a view. The file itself is not changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from widgets.core.values import VALUES
from widgets.store.records import Attempt, JournalEntry, check_ratings

__all__ = [
    "BadText",
    "Check",
    "attempt",
    "decode_text",
    "exercise_id",
    "journal_entry",
    "latest_checks",
    "selfcheck",
]

#: ``(id, phase, ratings, created_at)``: one self-check that makes sense.
Check = tuple[int, str, dict[str, int], str]


class BadText:
    """Stands for stored text that is not UTF-8, so the row holding it is left out."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "BadText()"


_BAD_TEXT = BadText()


def decode_text(data: bytes) -> str | BadText:
    """SQLite text as ``str``; :class:`BadText` (not an error) when it is not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _BAD_TEXT


def _is_text(value: object, *, empty: bool = True) -> bool:
    return isinstance(value, str) and (empty or bool(value.strip()))


def _json(value: object) -> Any:
    """Parsed JSON text, or ``None`` when it is not JSON text (or nests absurdly deep)."""
    if not isinstance(value, str):
        return None
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        return None


def exercise_id(value: object) -> str | None:
    return value if _is_text(value, empty=False) else None


def attempt(row: Sequence[object]) -> Attempt | None:
    """``(id, exercise_id, value, response, labels, skipped, created_at)`` as an Attempt."""
    row_id, exercise, value, response, labels, skipped, created_at = row
    if type(row_id) is not int or exercise_id(exercise) is None:
        return None
    if not (_is_text(response) and _is_text(created_at)):
        return None
    if value is not None and not (_is_text(value) and value in VALUES):
        return None
    if type(skipped) is not int or skipped not in (0, 1):
        return None
    names = _json(labels)
    if not isinstance(names, list) or not all(_is_text(n, empty=False) for n in names):
        return None
    return Attempt(row_id, exercise, value, response, tuple(names), bool(skipped), created_at)


def journal_entry(row: Sequence[object]) -> JournalEntry | None:
    """``(id, prompt_id, text, created_at)`` as a JournalEntry."""
    row_id, prompt_id, text, created_at = row
    if type(row_id) is not int or not _is_text(prompt_id, empty=False):
        return None
    if not (_is_text(text) and _is_text(created_at)):
        return None
    return JournalEntry(row_id, prompt_id, text, created_at)


def selfcheck(row: Sequence[object]) -> Check | None:
    """``(id, phase, ratings, created_at)`` with the ratings checked as when they were saved."""
    row_id, phase, ratings, created_at = row
    if type(row_id) is not int or not _is_text(phase) or not _is_text(created_at):
        return None
    try:
        clean = check_ratings(phase, _json(ratings))
    except (TypeError, ValueError):
        return None
    return row_id, phase, clean, created_at


def latest_checks(checks: Iterable[Check]) -> list[Check]:
    """The latest self-check of each phase (by id), oldest first."""
    latest: dict[str, Check] = {}
    for check in sorted(checks, key=lambda c: c[0]):
        latest[check[1]] = check
    return sorted(latest.values(), key=lambda c: c[0])
