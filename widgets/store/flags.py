"""Feedback flags: the checks before one is kept, and the share file a learner may hand over.

A flag says "this feedback seems wrong": the learner's answer, the labels the scorer gave it and
the learner's note. Flags are private like the journal: they are never part of the (anonymous)
:meth:`~widgets.store.base.StoreBase.export`. Only when the learner asks, and only the flags they
choose, :meth:`~widgets.store.base.StoreBase.export_flags` writes a share file (this module) for
their trainer; ``python -m widgets flags-to-labelled`` (``widgets/tools/flags.py``) turns it into
labelled rows. The file's first lines say what it holds, because it is not anonymous.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from numbers import Integral
from pathlib import Path

from widgets.store.records import Flag, check_labels, check_text

__all__ = [
    "FLAG_COLUMNS",
    "FLAG_FILE_ABOUT",
    "FLAG_TEXT_LIMIT",
    "check_flag",
    "check_flag_ids",
    "share_rows",
    "share_target",
    "write_share_file",
]

#: The most characters a flag keeps of an answer, and of a note: a flag is about a sentence or two.
FLAG_TEXT_LIMIT = 10_000
#: The columns of a share file, in order (the trainer command checks them exactly).
FLAG_COLUMNS = ("exercise_id", "response", "labels", "note", "flagged_on")
#: The comment lines that open every share file: what it holds, and what to do with it.
FLAG_FILE_ABOUT = (
    "# Feedback flags a learner of the peer-support course chose to share with their trainer.",
    "# Each row holds the learner's own answer, the labels the feedback gave it and their note,",
    "# so this file is NOT anonymous: keep it private and delete it once it has been used.",
    "# Trainer: python -m widgets flags-to-labelled THIS_FILE.csv",
)


def _check_length(what: str, text: str) -> None:
    if len(text) > FLAG_TEXT_LIMIT:
        raise ValueError(
            f"{what} is too long to keep as a flag ({len(text):,} characters; a flag keeps up "
            f"to {FLAG_TEXT_LIMIT:,}). Please flag a shorter answer, or shorten the note."
        )


def check_flag(
    exercise_id: str, response: str, labels: Iterable[str], note: str | None
) -> tuple[str, str, tuple[str, ...], str]:
    """Check a flag before keeping it: ``(exercise_id, response, sorted labels, note)``.

    The answer must have words; the note may be empty. Raises ``ValueError`` (too long, empty)
    or ``TypeError`` (not text) with words a learner can act on.
    """
    exercise_id = check_text("exercise_id", exercise_id, allow_empty=False)
    response = check_text("response", response)
    if not response.strip():
        raise ValueError("There is no answer to flag yet: check an answer first.")
    note = check_text("note", "" if note is None else note)
    _check_length("This answer", response)
    _check_length("The note", note)
    return exercise_id, response, check_labels(labels), note


def check_flag_ids(ids: Iterable[int], *, allow_empty: bool = False) -> frozenset[int]:
    """The flag ids to share or delete, as a set of whole numbers.

    Raises ``TypeError`` for anything but whole numbers, and ``ValueError`` when none are given
    (unless ``allow_empty``): sharing always names the flags the learner chose.
    """
    if isinstance(ids, str | bytes) or not isinstance(ids, Iterable):
        raise TypeError("ids should be a collection of flag ids (whole numbers).")
    clean = set()
    for flag_id in ids:
        if isinstance(flag_id, bool) or not isinstance(flag_id, Integral):
            raise TypeError(f"Each flag id should be a whole number (got {flag_id!r}).")
        clean.add(int(flag_id))
    if not clean and not allow_empty:
        raise ValueError("Please choose at least one flag to share.")
    return frozenset(clean)


def share_target(path: str | os.PathLike[str], store_path: Path) -> Path:
    """The share file: ``path``, or a new dated name inside it when it is a folder.

    A folder never has an earlier share file overwritten (``-2``, ``-3``, ... are added), and the
    store's own file is refused.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        stem = f"feedback-flags-to-share-{datetime.now(UTC):%Y-%m-%d}"
        target, n = target / f"{stem}.csv", 1
        while os.path.lexists(target):
            n += 1
            target = target.with_name(f"{stem}-{n}.csv")
    if target.absolute() == store_path.absolute():
        raise ValueError("Please choose a different file for the flags than the store itself.")
    return target


def share_rows(flags: Sequence[Flag]) -> list[tuple[str, ...]]:
    """One row per flag, in :data:`FLAG_COLUMNS` order (only the day, not the time)."""
    return [
        (f.exercise_id, f.response, ";".join(f.labels), f.note, f.created_at[:10]) for f in flags
    ]


def write_share_file(target: Path, flags: Sequence[Flag]) -> Path:
    """Write the share file next to ``target`` first, then rename: never half a file.

    UTF-8 with a byte-order mark, so spreadsheet programs show every language; owner-only, like
    the learner's other exports.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            handle.write("".join(f"{line}\r\n" for line in FLAG_FILE_ABOUT))
            writer = csv.writer(handle)
            writer.writerow(FLAG_COLUMNS)
            writer.writerows(share_rows(flags))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target
