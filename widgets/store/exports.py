"""The CSV a learner can choose to export: anonymous by default, never the journal.

Rows carry a random ``export_id`` (made with the store, unrelated to who the learner is) so a
facilitator can match a learner's before/after rows without knowing who they are. Only the day
is kept, not the time. ``anonymous=True`` leaves the ``response`` column empty, because free text
can identify someone.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = ["EXPORT_COLUMNS", "export_rows", "export_target", "write_csv"]

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


def export_target(path: str | os.PathLike[str], store_path: Path) -> Path:
    """The file to write: ``path``, or a dated name inside it when it is a folder.

    Refuses the store's own file, which an export must never overwrite.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        target = target / f"peer-support-progress-{datetime.now(UTC):%Y-%m-%d}.csv"
    if target.absolute() == store_path:
        raise ValueError("Please choose a different file for the export than the store itself.")
    return target


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

    UTF-8 with a byte-order mark so spreadsheet programs show every language correctly. The
    temporary file is owner-only (mkstemp), and so is the export.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=EXPORT_COLUMNS, restval="")
            writer.writeheader()
            for row in rows:
                writer.writerow({**row, "export_id": export_id})
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target
