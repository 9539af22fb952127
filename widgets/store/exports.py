"""The CSV a learner can choose to export: anonymous by default, never the journal.

Rows carry a random ``export_id`` (made with the store, unrelated to who the learner is) so a
facilitator can match a learner's before/after rows without knowing who they are. Only the day
is kept, not the time. ``anonymous=True`` leaves the ``response`` column empty, because free text
can identify someone.

Two guards, because an export is a file the learner names and a spreadsheet opens:

* :func:`export_target` refuses any name that reaches the store itself (``..``, links, hard
  links, its side files and moved-aside copies), so an export can never overwrite progress.
* :func:`neutralise` puts a single quote before a cell that a spreadsheet would run as a formula
  (``=``, ``+``, ``-``, ``@``, tab, carriage return: OWASP's list, plus their full-width forms),
  so an answer such as ``=HYPERLINK(...)`` opens as the words the learner typed.
"""

from __future__ import annotations

import csv
import os
import stat
import tempfile
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = ["EXPORT_COLUMNS", "export_rows", "export_target", "neutralise", "write_csv"]

EXPORT_COLUMNS = (
    "record_type",
    "export_id",
    "exercise_id",
    "value",
    "attempt_number",
    "labels",
    "skipped",
    "phase",
    "rating_value",
    "rating",
    "day",
    "response",
)

#: ``(exercise_id, value, response, labels, skipped, created_at)``, oldest first.
AttemptRow = tuple[str, str | None, str, Iterable[str], Any, str]
#: ``(phase, ratings, created_at)``: the latest self-check of each phase.
CheckRow = tuple[str, Mapping[str, int], str]


#: What a spreadsheet reads as the start of a formula (OWASP "CSV injection"), and the full-width
#: forms some spreadsheets also accept.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

#: Side files SQLite keeps beside the store (see :mod:`widgets.store.sqlite_file`).
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def export_target(path: str | os.PathLike[str], store_path: Path) -> Path:
    """The file to write: ``path``, or a dated name inside it when it is a folder.

    Refuses the store's own file, which an export must never overwrite.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        target = target / f"peer-support-progress-{datetime.now(UTC):%Y-%m-%d}.csv"
    if reaches_store(target, store_path):
        raise ValueError("Please choose a different file for the export than the store itself.")
    return target


def reaches_store(target: Path, store_path: Path) -> bool:
    """True when writing ``target`` could overwrite the store, a side file or a moved-aside copy.

    Compares where both really are (``..`` and links resolved, names without regard to case, for
    the file systems that ignore it) and, for a file already there, whether it is the same file
    under another name (a hard link).
    """
    real = Path(os.path.realpath(target))
    store_real = Path(os.path.realpath(store_path))
    if _same_folder(real.parent, store_real.parent) and _store_name(real.name, store_real.name):
        return True
    try:
        found = os.stat(target)
    except OSError:
        return False  # nothing there yet, so nothing of ours to overwrite
    if not stat.S_ISREG(found.st_mode):
        return False
    names = [store_path, *(store_path.with_name(store_path.name + s) for s in _SIDE_SUFFIXES)]
    for name in names:
        try:
            if os.path.samestat(found, os.stat(name)):
                return True
        except OSError:
            continue
    return False


def _same_folder(a: Path, b: Path) -> bool:
    if a == b:
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _store_name(name: str, store_name: str) -> bool:
    name, store_name = name.casefold(), store_name.casefold()
    if name == store_name or name in (store_name + s for s in _SIDE_SUFFIXES):
        return True
    return name.startswith(store_name + ".corrupt-")


def neutralise(cell: object) -> object:
    """A cell a spreadsheet will show as text: ``'`` before a would-be formula (OWASP)."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def export_rows(
    attempts: Iterable[AttemptRow], checks: Iterable[CheckRow], anonymous: bool
) -> list[dict[str, object]]:
    """CSV rows (without export_id) from attempts, oldest first, and the latest self-checks."""
    rows: list[dict[str, object]] = []
    numbers: dict[str, int] = {}
    for exercise_id, value, response, labels, skipped, created_at in attempts:
        numbers[exercise_id] = numbers.get(exercise_id, 0) + 1
        rows.append(
            {
                "record_type": "attempt",
                "exercise_id": exercise_id,
                "value": value or "",
                "attempt_number": numbers[exercise_id],
                "labels": ";".join(labels),
                "skipped": int(skipped),
                "day": created_at[:10],
                "response": "" if anonymous else response,
            }
        )
    for phase, ratings, created_at in checks:
        for rating_value, rating in ratings.items():
            rows.append(
                {
                    "record_type": "selfcheck",
                    "phase": phase,
                    "rating_value": rating_value,
                    "rating": rating,
                    "day": created_at[:10],
                }
            )
    return rows


def write_csv(target: Path, export_id: str, rows: list[dict[str, object]]) -> Path:
    """Write the CSV next to ``target`` first, then rename, so a crash never leaves half a file.

    UTF-8 with a byte-order mark so spreadsheet programs show every language correctly. Every
    cell goes through :func:`neutralise`. The temporary file is owner-only (mkstemp), and so is
    the export.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=EXPORT_COLUMNS, restval="")
            writer.writeheader()
            for row in rows:
                cells = {**row, "export_id": export_id}
                writer.writerow({key: neutralise(cell) for key, cell in cells.items()})
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target
