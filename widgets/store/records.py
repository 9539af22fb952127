"""What a store keeps (attempts, journal entries, self-checks) and the checks before it keeps it.

Both stores run the same checks (see :class:`~widgets.store.base.StoreBase`), so a bad answer is
refused with the same words whether progress goes to a file or stays in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from numbers import Integral

from widgets.core.values import VALUES, value_title

__all__ = [
    "PHASES",
    "Attempt",
    "Flag",
    "JournalEntry",
    "check_attempt",
    "check_labels",
    "check_ratings",
    "check_text",
    "mend_text",
    "now",
]

PHASES = ("before", "after")


@dataclass(frozen=True, slots=True)
class Attempt:
    """One saved answer (or skip) to an exercise; ``created_at`` is ISO 8601 in UTC."""

    id: int
    exercise_id: str
    value: str | None
    response: str
    labels: tuple[str, ...]
    skipped: bool
    created_at: str


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One private reflection; journal entries are never exported."""

    id: int
    prompt_id: str
    text: str
    created_at: str


@dataclass(frozen=True, slots=True)
class Flag:
    """Feedback the learner thinks is wrong: their answer, the labels it was given, their note.

    Private like the journal: never in the anonymous export; shared only when the learner chooses
    (see :mod:`widgets.store.flags`). ``labels`` are the scorer's labels when it was flagged.
    """

    id: int
    exercise_id: str
    response: str
    labels: tuple[str, ...]
    note: str
    created_at: str


def now() -> str:
    """The time a record is made: ISO 8601 in UTC, to the millisecond."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def mend_text(text: str) -> str:
    """``text`` with every lone surrogate (half an emoji) replaced by U+FFFD.

    A browser can send half of an emoji pair when an answer is cut at the wrong place; such text
    cannot be written as UTF-8, so without this the whole answer would fail to save. A complete
    pair given as two halves becomes the one character it stands for.
    """
    if text.isascii():
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def check_text(name: str, text: object, *, allow_empty: bool = True) -> str:
    """Check text before saving; returns it mended (:func:`mend_text`): save what this returns."""
    if not isinstance(text, str):
        raise TypeError(f"{name} should be text (str), not {type(text).__name__}.")
    if not allow_empty and not text.strip():
        raise ValueError(f"{name} should not be empty.")
    return mend_text(text)


def check_attempt(
    exercise_id: str, response: str | None, labels: Iterable[str], value: str | None
) -> tuple[str, str, tuple[str, ...]]:
    """Check an attempt before saving; returns the exercise id, the response ("" for None) and
    the sorted labels, all mended (:func:`mend_text`)."""
    exercise_id = check_text("exercise_id", exercise_id, allow_empty=False)
    response = "" if response is None else check_text("response", response)
    label_tuple = check_labels(labels)
    if value is not None and value not in VALUES:
        known = ", ".join(VALUES)
        raise ValueError(f"{value!r} is not one of the course values ({known}).")
    return exercise_id, response, label_tuple


def check_labels(labels: Iterable[str]) -> tuple[str, ...]:
    if isinstance(labels, str):
        raise TypeError("labels should be a collection of label names, not a single string.")
    clean = set()
    for label in labels:
        label = check_text("each label", label, allow_empty=False)
        if ";" in label:
            raise ValueError(f"Label names cannot contain ';' (got {label!r}).")
        clean.add(label)
    return tuple(sorted(clean))


def check_ratings(phase: str, ratings: Mapping[str, int]) -> dict[str, int]:
    """Check a self-check; raises ``ValueError`` with a message a learner can act on."""
    if phase not in PHASES:
        raise ValueError(f"A self-check is either 'before' or 'after' the course, not {phase!r}.")
    if not isinstance(ratings, Mapping):
        raise TypeError("ratings should be a dict of value key -> rating from 1 to 5.")
    if not ratings:
        raise ValueError("Please rate at least one value from 1 to 5 before saving.")
    clean: dict[str, int] = {}
    for key, rating in ratings.items():
        if key not in VALUES:
            known = ", ".join(VALUES)
            raise ValueError(f"{key!r} is not one of the course values ({known}).")
        if isinstance(rating, bool) or not isinstance(rating, Integral) or not 1 <= rating <= 5:
            raise ValueError(
                f"Please choose a whole number from 1 to 5 for {value_title(key)!r}"
                f" (got {rating!r})."
            )
        clean[key] = int(rating)
    return clean
