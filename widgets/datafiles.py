"""Shared helpers for trainer-edited data files: where they live and how problems are reported.

Every loader reports a problem the same way, naming the file, the row (or entry/line) and the
column (or field), so a trainer can go straight to the mistake without reading code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

#: The repository's data folder; PEER_COURSE_DATA points elsewhere (e.g. a trainer's own copy).
DATA_DIR = Path(
    os.environ.get("PEER_COURSE_DATA") or Path(__file__).resolve().parent.parent / "data"
)


@dataclass(frozen=True)
class Problem:
    """One mistake in a data file, located precisely enough to fix by hand."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.message}"

    def as_dict(self) -> dict:
        return {"file": self.file, "row": self.row, "column": self.column, "message": self.message}


class DataFileError(ValueError):
    """Raised when a data file has problems; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the course data:\n{lines}")
