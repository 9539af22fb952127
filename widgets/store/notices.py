"""What a store has to tell the learner, as text keys: the words live in data/text/<lang>.yaml.

A store never writes sentences for the learner. It says *which* notice applies and with which
details (:class:`Notice`); the widgets turn that into words with ``t(notice.key, **notice.fields)``
so every notice can be edited or translated like the rest of the course.

A store has at most two notices at once, in this order: what happened to a damaged file
(``notice.moved_aside``, ``notice.newer_version`` or ``notice.cannot_move``) and where progress is
kept when that is not a lasting file (``notice.browser_only``, ``notice.not_saved_browser`` or
``notice.not_saved``). Under them goes the closing line named by :func:`reassure_key`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from widgets.store import location

__all__ = [
    "BROWSER_ONLY",
    "CANNOT_MOVE",
    "MOVED_ASIDE",
    "NEWER_VERSION",
    "NOT_SAVED",
    "NOT_SAVED_BROWSER",
    "REASSURE",
    "REASSURE_STORAGE",
    "Notice",
    "english",
    "reassure_key",
    "storage_notice",
]

MOVED_ASIDE = "notice.moved_aside"  # fields: aside
NEWER_VERSION = "notice.newer_version"  # fields: aside
CANNOT_MOVE = "notice.cannot_move"  # fields: path, error, env
BROWSER_ONLY = "notice.browser_only"
NOT_SAVED_BROWSER = "notice.not_saved_browser"
NOT_SAVED = "notice.not_saved"
REASSURE = "notice.reassure"
REASSURE_STORAGE = "notice.reassure_storage"


@dataclass(frozen=True, slots=True)
class Notice:
    """One thing to tell the learner: a text key and the plain-text details it names."""

    key: str
    fields: dict[str, str] = field(default_factory=dict)


def storage_notice(kind: str) -> Notice | None:
    """What to say about where progress is kept (``None``: a lasting file, nothing to say)."""
    if kind == "file":
        return None
    if kind == "browser":
        return Notice(BROWSER_ONLY)
    return Notice(NOT_SAVED_BROWSER if location.BROWSER else NOT_SAVED)


def reassure_key(damage: Notice | None, kind: str) -> str:
    """The closing line's key: the usual "fresh progress file" line after damage (or when only
    a file store is involved), otherwise the one that fits a notice about where progress is kept."""
    return REASSURE if damage is not None or kind == "file" else REASSURE_STORAGE


# The damage notices in English, for the message of the error a write raises when it cannot
# reach the file: the widgets show ``str(error)`` in their "could not be saved" line. Learners read
# these words first in the notice itself, from data/text/en.yaml (keep the two the same).
_ENGLISH = {
    MOVED_ASIDE: (
        "We couldn't read your saved progress file, so we've started a fresh one and you can "
        "carry on as normal. Nothing was deleted: the old file is kept, untouched, at {aside}. "
        "Your facilitator may be able to help recover it."
    ),
    NEWER_VERSION: (
        "Your saved progress was made by a newer version of this course, so this version can't "
        "read it. We've started a fresh progress file for now and kept the old one, untouched, "
        "at {aside}. Opening the course with the newer version will show it."
    ),
    CANNOT_MOVE: (
        "We couldn't read your saved progress at {path}, and we couldn't move it out of the way "
        "either ({error}). Nothing has been deleted, but new answers can't be saved there. To "
        "keep saving, set {env} to another folder you can write to, or ask your facilitator for "
        "help."
    ),
}


def english(notice: Notice) -> str:
    """A damage notice's words in English, for an error message (see ``_ENGLISH``)."""
    return _ENGLISH[notice.key].format(**notice.fields)
