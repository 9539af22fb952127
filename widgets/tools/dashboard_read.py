"""Reading a folder of anonymous course exports for the group dashboard, strictly and safely.

Every file is checked before anything is believed: it must be an ordinary file (never a folder,
a pipe, a device or a link to one, which could block or never end), no bigger than
:data:`MAX_FILE_BYTES`, UTF-8 text without binary bytes, a CSV whose header holds exactly the
course's export columns, and rows with exactly as many cells as the header. Cells are read as
text and checked one by one (an attempt number is a whole number, a rating is 1 to 5, a value is
one of the course's values...). A row that fails is left out and its line named; a file that
fails is skipped and named, in plain words from ``dashboard.problem_*`` in ``data/text``. One
bad file never stops the others, and a folder of thousands of files is read only so far.

The CSV is tokenised with the :mod:`csv` module, not guessed by pandas: ``pandas.read_csv``
(even with ``index_col=False``) quietly drops a surplus cell in the first data row or pads a
short row, and without it turns the first column into the index. Free text (``response``) and
the day are never kept.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import stat
from pathlib import Path

import pandas as pd

from widgets.core.text import t
from widgets.core.values import VALUES
from widgets.store import EXPORT_COLUMNS, PHASES

__all__ = [
    "KEPT_COLUMNS",
    "MAX_FILES",
    "MAX_FILE_BYTES",
    "MAX_FILE_ROWS",
    "MAX_TOTAL_ROWS",
    "empty_frame",
    "load_exports",
]

#: A learner's export is a few hundred rows and a few kilobytes; these leave room to spare.
MAX_FILE_BYTES = 5_000_000
MAX_FILE_ROWS = 20_000
#: A group hands in tens of files; more than this and the folder is probably the wrong one.
MAX_FILES = 200
#: All files together (about 300 learners' worth), so memory stays small whatever the folder.
MAX_TOTAL_ROWS = 100_000

#: Export columns that hold free text or a date: optional on reading, and never kept.
_DROPPED_COLUMNS = ("response", "day")
#: Columns a course export must have (every export column but the dropped ones).
REQUIRED_COLUMNS = tuple(c for c in EXPORT_COLUMNS if c not in _DROPPED_COLUMNS)
#: The only columns the dashboard keeps: nothing free-text, nothing dated.
KEPT_COLUMNS = REQUIRED_COLUMNS

# What a cell may hold (the whole cell must match). Anything else: the row is left out.
_EXPORT_ID = r"[A-Za-z0-9_-]{1,64}"
_EXERCISE_ID = r"[A-Za-z0-9][A-Za-z0-9_.-]{0,119}"
_LABELS = r"(?:[a-z0-9_]{1,40}(?:;[a-z0-9_]{1,40}){0,40})?"
_WHOLE_NUMBER = r"[1-9][0-9]{0,5}"
_VALUE_OR_NONE = "|".join([*map(re.escape, VALUES), ""])
_MAX_SHOWN_LINES = 5
_MAX_NAMES_IN_A_PROBLEM = 3


def empty_frame() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=str) for c in KEPT_COLUMNS})
    frame["attempt_number"] = pd.Series(dtype="Int64")
    frame["rating"] = pd.Series(dtype="Int64")
    frame["skipped"] = pd.Series(dtype=bool)
    return frame


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:_MAX_SHOWN_LINES])
    return shown + (", ..." if len(numbers) > _MAX_SHOWN_LINES else "")


def _mb(size: int) -> str:
    return f"{size / 1_000_000:,.0f}"


# --- the bytes -------------------------------------------------------------------------------


def _read_bytes(path: Path) -> tuple[bytes | None, str | None]:
    """The file's bytes, or (None, problem): only ordinary files, never more than the cap.

    ``os.stat`` first, so a pipe or a device is never even opened; then the file is opened
    without blocking (a pipe swapped in meanwhile cannot hang us) and checked again.
    """
    name = path.name
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():
            return None, t("dashboard.problem_broken_link", file=name)
        raise
    if stat.S_ISDIR(info.st_mode):
        return None, t("dashboard.problem_folder_entry", file=name)
    if not stat.S_ISREG(info.st_mode):
        return None, t("dashboard.problem_special_file", file=name)
    if path.suffix.lower() != ".csv":
        return None, t("dashboard.problem_not_csv", file=name)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            return None, t("dashboard.problem_special_file", file=name)
        too_big = t("dashboard.problem_too_big", file=name, max_mb=_mb(MAX_FILE_BYTES))
        if info.st_size > MAX_FILE_BYTES:
            return None, too_big
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:  # it grew while we looked
        return None, too_big
    return data, None


def _text(data: bytes, name: str) -> tuple[str | None, str | None]:
    if not data.strip().lstrip(b"\xef\xbb\xbf").strip():
        return None, t("dashboard.problem_empty", file=name)
    if b"\x00" in data:
        return None, t("dashboard.problem_binary", file=name)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return None, t("dashboard.problem_not_utf8", file=name)


# --- the CSV ---------------------------------------------------------------------------------


def _table(text: str, name: str) -> tuple[pd.DataFrame | None, list[str]]:
    """The kept columns as text (each row's line in ``line``), or (None, [problem])."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = [cell.strip() for cell in next(reader, [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        return None, [t("dashboard.problem_columns", file=name, columns=", ".join(missing))]
    unexpected = [c for c in header if c not in EXPORT_COLUMNS]
    twice = sorted({c for c in header if header.count(c) > 1})
    if unexpected or twice:
        columns = ", ".join(repr(c) for c in dict.fromkeys([*unexpected, *twice]))
        return None, [t("dashboard.problem_columns_unexpected", file=name, columns=columns)]
    where = [header.index(c) for c in KEPT_COLUMNS]
    rows: list[list[str]] = []
    lines: list[int] = []
    bad_cells: list[int] = []
    line = reader.line_num
    for cells in reader:
        first_line, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue  # a blank line
        if len(rows) + len(bad_cells) >= MAX_FILE_ROWS:
            return None, [t("dashboard.problem_too_many_rows", file=name, max_rows=MAX_FILE_ROWS)]
        if len(cells) != len(header):
            bad_cells.append(first_line)
            continue
        rows.append([cells[i].strip() for i in where])
        lines.append(first_line)
    problems = []
    if bad_cells:
        problems.append(
            t("dashboard.problem_bad_cells", file=name, n=len(bad_cells), rows=_lines(bad_cells))
        )
    if not rows:
        if not bad_cells:
            problems.append(t("dashboard.problem_no_rows", file=name))
        return None, problems
    frame = pd.DataFrame(rows, columns=list(KEPT_COLUMNS), dtype=str)
    frame["line"] = lines
    return frame, problems


def _bad_rows(frame: pd.DataFrame) -> pd.Series:
    """True for rows whose cells the dashboard cannot understand (wrong type, unknown value)."""

    def ok(column: str, pattern: str) -> pd.Series:
        return frame[column].str.fullmatch(pattern)

    kind = frame["record_type"]
    is_attempt = kind == "attempt"
    is_check = kind == "selfcheck"
    good_attempt = (
        ok("exercise_id", _EXERCISE_ID)
        & ok("attempt_number", _WHOLE_NUMBER)
        & ok("skipped", "[01]")
        & ok("labels", _LABELS)
        & ok("value", _VALUE_OR_NONE)
    )
    good_check = (
        frame["phase"].isin(PHASES)
        & frame["rating_value"].isin(list(VALUES))
        & ok("rating", "[1-5]")
    )
    bad = ~((is_attempt & good_attempt) | (is_check & good_check))
    # The course numbers each exercise's attempts once, and keeps one rating per value and phase:
    # a second row for the same (a pasted copy) would count one person twice.
    key = frame["record_type"] + "\n" + frame["exercise_id"] + "\n" + frame["attempt_number"]
    key = key.where(
        is_attempt, frame["record_type"] + "\n" + frame["phase"] + "\n" + frame["rating_value"]
    )
    twice = key.where(~bad).duplicated() & ~bad
    return bad | twice


def _read_one(path: Path, seen_hash: dict[str, str], seen_id: dict[str, str]):
    """One file as a clean frame, or None; and the problems (plain words) found in it."""
    name = path.name
    data, problem = _read_bytes(path)
    if data is None:
        return None, [problem]
    text, problem = _text(data, name)
    if text is None:
        return None, [problem]
    digest = hashlib.sha256(data).hexdigest()
    if digest in seen_hash:
        return None, [t("dashboard.problem_duplicate_content", file=name, other=seen_hash[digest])]
    seen_hash[digest] = name
    frame, problems = _table(text, name)
    if frame is None:
        return None, problems
    ids = set(frame["export_id"])
    export_id = ids.pop() if len(ids) == 1 else ""
    if not re.fullmatch(_EXPORT_ID, export_id):
        return None, [*problems, t("dashboard.problem_export_id", file=name)]
    if export_id in seen_id:
        other = seen_id[export_id]
        return None, [t("dashboard.problem_duplicate_id", file=name, other=other)]
    seen_id[export_id] = name
    bad = _bad_rows(frame)
    if bad.any():
        lines = list(frame.loc[bad, "line"])
        problems.append(
            t("dashboard.problem_bad_rows", file=name, n=len(lines), rows=_lines(lines))
        )
        frame = frame.loc[~bad]
    frame = frame.drop(columns="line").assign(
        attempt_number=pd.to_numeric(frame["attempt_number"], errors="coerce").astype("Int64"),
        rating=pd.to_numeric(frame["rating"], errors="coerce").astype("Int64"),
        skipped=frame["skipped"] == "1",
    )
    return frame, problems


# --- the folder ------------------------------------------------------------------------------


def _entries(folder: Path) -> list[Path]:
    """Everything in the folder but hidden names (a dot first), in name order."""
    with os.scandir(folder) as it:
        names = [entry.name for entry in it if not entry.name.startswith(".")]
    return [folder / n for n in sorted(names)]


def load_exports(folder: str | Path) -> tuple[pd.DataFrame, list[str]]:
    """Read every export in ``folder``: (all usable rows, the problems in plain words).

    Hidden files (names starting with a dot) are ignored. Free text is never kept. Each
    problem names its file; whatever goes wrong with one file, the others are still read.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return empty_frame(), [t("dashboard.problem_folder", folder=folder)]
    try:
        entries = _entries(folder)
    except OSError as err:
        return empty_frame(), [_os_problem(folder, err)]
    if not entries:
        return empty_frame(), [t("dashboard.problem_folder_empty", folder=folder)]
    problems: list[str] = []
    if len(entries) > MAX_FILES:
        left = entries[MAX_FILES:]
        names = ", ".join(p.name for p in left[:_MAX_NAMES_IN_A_PROBLEM])
        problems.append(
            t(
                "dashboard.problem_too_many_files",
                folder=folder.name,
                n=len(entries),
                max_files=MAX_FILES,
                skipped=len(left),
                names=names + (", ..." if len(left) > _MAX_NAMES_IN_A_PROBLEM else ""),
            )
        )
        entries = entries[:MAX_FILES]
    frames: list[pd.DataFrame] = []
    total_rows = 0
    seen_hash: dict[str, str] = {}
    seen_id: dict[str, str] = {}
    for path in entries:
        try:
            frame, found = _read_one(path, seen_hash, seen_id)
        except OSError as err:
            frame, found = None, [_os_problem(path, err)]
        except (csv.Error, ValueError) as err:
            error = str(err).splitlines()[0] if str(err) else type(err).__name__
            frame, found = None, [t("dashboard.problem_unreadable", file=path.name, error=error)]
        except Exception as err:  # one strange file must never stop the others
            error = type(err).__name__
            frame, found = None, [t("dashboard.problem_unexpected", file=path.name, error=error)]
        if frame is not None and total_rows + len(frame) > MAX_TOTAL_ROWS:
            found = [t("dashboard.problem_total_rows", file=path.name, rows=MAX_TOTAL_ROWS)]
            frame = None
        problems.extend(found)
        if frame is not None and not frame.empty:
            frames.append(frame)
            total_rows += len(frame)
    if not frames:
        return empty_frame(), problems
    return pd.concat(frames, ignore_index=True), problems


def _os_problem(path: Path, err: OSError) -> str:
    error = err.strerror or type(err).__name__
    return t("dashboard.problem_cannot_open", file=path.name, error=error)
