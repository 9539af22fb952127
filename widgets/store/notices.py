"""What a store has to tell the learner, as text keys: the words live in data/text/<lang>.yaml.

A store never writes sentences for the learner. It says *which* notice applies and with which
details (:class:`Notice`); the widgets turn that into words with ``t(notice.key, **notice.fields)``
so every notice can be edited or translated like the rest of the course.

A store has at most three notices at once, in this order: what happened to the file
(``notice.moved_aside`` or ``notice.cannot_move`` for a damaged one; ``notice.read_only``; or one
of :data:`KEPT`, a file left exactly where it is because it is not ours to use), where progress
is kept when that is not a lasting file (``notice.browser_only``, ``notice.not_saved_browser`` or
``notice.not_saved``; a :data:`KEPT` notice says this itself), and ``notice.rows_skipped`` when
some saved rows could not be read. Under them goes the closing line named by
:func:`reassure_key`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from widgets.store import location

__all__ = [
    "BROWSER_ONLY",
    "CANNOT_MOVE",
    "KEPT",
    "LINK_KEPT",
    "MOVED_ASIDE",
    "NEWER_KEPT",
    "NOT_OURS_KEPT",
    "NOT_SAVED",
    "NOT_SAVED_BROWSER",
    "READ_ONLY",
    "READ_ONLY_ERASE",
    "REASSURE",
    "REASSURE_STORAGE",
    "ROWS_SKIPPED",
    "Notice",
    "english",
    "kept_notice",
    "reassure_key",
    "rows_notice",
    "says_where",
    "storage_notice",
]

MOVED_ASIDE = "notice.moved_aside"  # fields: aside
CANNOT_MOVE = "notice.cannot_move"  # fields: path, error, env
# A file the course leaves exactly where it is, never moved, changed or erased; answers are kept
# in memory for the session. Fields: path, env. (notice.newer_version in the words file is what
# older versions said when they moved a newer store aside; nothing says it now.)
NEWER_KEPT = "notice.newer_version_kept"
LINK_KEPT = "notice.link_kept"
NOT_OURS_KEPT = "notice.not_ours_kept"
KEPT = {"newer": NEWER_KEPT, "link": LINK_KEPT, "not_ours": NOT_OURS_KEPT}
READ_ONLY = "notice.read_only"  # fields: path, env
READ_ONLY_ERASE = "notice.read_only_erase"  # fields: path, env (an error's words, from erase())
ROWS_SKIPPED = "notice.rows_skipped"  # fields: n
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
    """The closing line's key: the usual "fresh progress file" line after a damaged file was
    moved aside, otherwise the calm "every exercise works as normal" line.

    ``kind`` is where progress is kept; every kind gets the calm line when there was no damage
    (then only a storage notice or ``notice.rows_skipped`` is said). A file kept as it is, or
    read-only, had no fresh file started, so it gets the calm line too.
    """
    if damage is None or damage.key in (*KEPT.values(), READ_ONLY):
        return REASSURE_STORAGE
    return REASSURE


def says_where(damage: Notice | None) -> bool:
    """True when the file notice already says answers are kept for this session only."""
    return damage is not None and damage.key in KEPT.values()


def kept_notice(reason: str, path: Path) -> Notice:
    """What to say about a file left where it is (``reason`` as in :class:`~errors.Kept`)."""
    return Notice(KEPT[reason], {"path": str(path), "env": location.ENV_HOME})


def rows_notice(skipped: int) -> Notice | None:
    """What to say when ``skipped`` saved rows could not be read (``None`` for none)."""
    return Notice(ROWS_SKIPPED, {"n": str(skipped)}) if skipped else None


# The damage notices in English, for the message of the error a write raises when it cannot
# reach the file: the widgets show ``str(error)`` in their "could not be saved" line. Learners read
# these words first in the notice itself, from data/text/en.yaml (keep the two the same).
_ENGLISH = {
    MOVED_ASIDE: (
        "We couldn't read your saved progress file, so we've started a fresh one and you can "
        "carry on as normal. Nothing was deleted: the old file is kept, untouched, at {aside}. "
        "Your facilitator may be able to help recover it."
    ),
    CANNOT_MOVE: (
        "We couldn't read your saved progress at {path}, and we couldn't move it out of the way "
        "either ({error}). Nothing has been deleted, but new answers can't be saved there. To "
        "keep saving, set {env} to another folder you can write to, or ask your facilitator for "
        "help."
    ),
    READ_ONLY: (
        "Your saved progress at {path} can be read but not changed right now: the file or its "
        "folder is read-only. Your earlier answers are shown as usual, but new ones can't be "
        "saved there yet. Nothing has been moved or deleted. To keep saving, make the file and "
        "its folder writable again, or set {env} to a folder you can write to; your facilitator "
        "can help."
    ),
    READ_ONLY_ERASE: (
        "Your saved progress at {path} can be read but not changed right now: the file or its "
        "folder is read-only, so nothing has been erased yet. To erase it, make the file and "
        "its folder writable again and run erase() once more, or ask your facilitator for help."
    ),
}


def english(notice: Notice) -> str:
    """A damage notice's words in English, for an error message (see ``_ENGLISH``)."""
    return _ENGLISH[notice.key].format(**notice.fields)
