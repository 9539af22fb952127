"""``python -m widgets flags-to-labelled``: learners' shared feedback flags -> labelled rows.

A learner who thinks some feedback is wrong flags it (privately), and may later tick flags in
``my_flags()`` to write a share file for their trainer (widgets/store/flags.py). This command
reads such files, strictly, and appends one row per new answer to a labelled CSV in the format
of ``data/labelled/sentences.csv`` (``text,labels,note``):

* ``text``: the learner's answer, on one line;
* ``labels``: the labels the scorer gave it WHEN IT WAS FLAGGED, which the learner thought wrong:
  the trainer corrects them by hand before the rows are used (``python -m widgets bench
  --labelled FILE``, or moved into sentences.csv);
* ``note``: ``flagged: <the learner's note> (exercise <id>)``.

Answers already in the output file (or in ``sentences.csv``) are not added again. A file that
cannot be read as a share file stops the command with one plain line naming the file and row,
before anything is written.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from widgets.core.datafiles import DataFileError, Problem, read_csv
from widgets.core.paths import DATA_DIR, display_path
from widgets.store.flags import FLAG_COLUMNS, FLAG_TEXT_LIMIT

__all__ = [
    "LABELLED_COLUMNS",
    "SharedFlag",
    "append_labelled",
    "flags_command",
    "labelled_row",
    "read_shared",
]

LABELLED_COLUMNS = ("text", "labels", "note")
#: No share file is anywhere near this big (a flag keeps at most 10,000 characters twice).
MAX_SHARE_BYTES = 5_000_000
_LABEL = re.compile(r"^[a-z][a-z0-9_]*$")
_NEW_FILE_HEAD = (
    "# Answers learners flagged as getting feedback that seemed wrong "
    "(python -m widgets flags-to-labelled).\n"
    "# The labels are what the scorer said when each was flagged: correct them by hand first.\n"
)


class FlagFileError(ValueError):
    """One problem in one file, said on one line: the file, the row and what is wrong."""

    def __init__(self, name: str, row: int | None, message: str):
        super().__init__(str(Problem(name, row, None, message)))


@dataclass(frozen=True)
class SharedFlag:
    """One row of a share file."""

    exercise_id: str
    response: str
    labels: tuple[str, ...]
    note: str


def _decode(path: Path) -> tuple[str, str]:
    """(display name, text) of a share file: present, a file, not huge, UTF-8."""
    name = display_path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise FlagFileError(name, None, "not a file")
        if size > MAX_SHARE_BYTES:
            raise FlagFileError(
                name,
                None,
                f"too big for a share file ({size:,} bytes; at most {MAX_SHARE_BYTES:,})",
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FlagFileError(name, None, "no such file") from None
    except OSError as err:
        raise FlagFileError(name, None, f"could not be read ({err.strerror or err})") from None
    try:
        return name, raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        row = raw[: err.start].count(b"\n") + 1
        raise FlagFileError(name, row, "not UTF-8 text; ask for the file as it was made") from None


def _row_flag(name: str, row: int, cells: list[str]) -> SharedFlag:
    if len(cells) != len(FLAG_COLUMNS):
        raise FlagFileError(
            name, row, f"{len(cells)} cells, but a share file has {len(FLAG_COLUMNS)}"
        )
    exercise_id, response, labels, note, _day = cells
    if not exercise_id.strip() or len(exercise_id) > 200 or "\n" in exercise_id:
        raise FlagFileError(name, row, "the exercise_id is empty or not an id")
    if not response.strip():
        raise FlagFileError(name, row, "the response is empty")
    for what, text in (("response", response), ("note", note)):
        if len(text) > FLAG_TEXT_LIMIT:
            raise FlagFileError(name, row, f"the {what} is longer than {FLAG_TEXT_LIMIT:,} chars")
    label_names = tuple(x.strip() for x in labels.split(";") if x.strip())
    bad = [x for x in label_names if not _LABEL.match(x)]
    if bad:
        raise FlagFileError(name, row, f"{bad[0]!r} is not a label name")
    return SharedFlag(exercise_id.strip(), response, label_names, note)


def read_shared(path: str | Path) -> list[SharedFlag]:
    """Every flag in one share file, strictly; raises :class:`FlagFileError` (one line) if any
    part of it is not what ``export_flags`` writes (comment lines, then the exact header)."""
    name, text = _decode(Path(path))
    lines = text.splitlines(keepends=True)
    skipped = 0
    while skipped < len(lines) and lines[skipped].startswith("#"):
        skipped += 1
    reader = csv.reader(io.StringIO("".join(lines[skipped:]), newline=""), strict=True)
    flags: list[SharedFlag] = []
    line_no = skipped
    try:
        header = next(reader, None)
        if header is None or tuple(h.strip() for h in header) != FLAG_COLUMNS:
            got = ",".join(header or []) or "nothing"
            raise FlagFileError(
                name,
                skipped + 1,
                f"the header should be {','.join(FLAG_COLUMNS)} (got {got[:80]!r}); "
                "is this a share file from my_flags()?",
            )
        line_no = skipped + reader.line_num
        for cells in reader:
            row, line_no = line_no + 1, skipped + reader.line_num
            if any(cell.strip() for cell in cells):
                flags.append(_row_flag(name, row, cells))
    except csv.Error as err:
        raise FlagFileError(name, line_no + 1, f"not readable as CSV ({err})") from None
    if not flags:
        raise FlagFileError(name, None, "holds no flags")
    return flags


def _one_line(text: str) -> str:
    return " ".join(text.split())


def labelled_row(flag: SharedFlag) -> dict[str, str]:
    """The labelled-set row for one flag (labels as the scorer gave them; correct them)."""
    note = _one_line(flag.note)
    return {
        "text": _one_line(flag.response),
        "labels": ";".join(flag.labels),
        "note": f"flagged: {note or 'no note'} (exercise {flag.exercise_id})",
    }


def _known_texts(paths: Iterable[Path]) -> set[str]:
    """The texts already in these labelled files (missing files hold none), compared loosely."""
    known: set[str] = set()
    for path in paths:
        if not path.is_file():
            continue
        problems: list[Problem] = []
        rows = read_csv(path, ("text", "labels"), problems)
        if problems:
            raise DataFileError(problems[:1])
        known |= {_one_line(row["text"]).casefold() for _, row in rows}
    return known


def _csv_line(row: dict[str, str]) -> str:
    """One CSV line; a text starting with '#' is quoted so it is never read as a comment."""
    out = io.StringIO()
    quoting = csv.QUOTE_ALL if row["text"].startswith("#") else csv.QUOTE_MINIMAL
    csv.writer(out, lineterminator="\n", quoting=quoting).writerow(
        [row[c] for c in LABELLED_COLUMNS]
    )
    return out.getvalue()


def _ends_a_line(path: Path) -> bool:
    """Does the file end with a newline (or is it empty), so a new row can simply follow?"""
    with path.open("rb") as handle:
        if handle.seek(0, os.SEEK_END) == 0:
            return True
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


def append_labelled(out: Path, flags: Iterable[SharedFlag]) -> tuple[int, int]:
    """Append new rows to ``out`` (made with a header if missing): (added, already there)."""
    known = _known_texts([out, DATA_DIR / "labelled" / "sentences.csv"])
    lines, repeated = [], 0
    for flag in flags:
        row = labelled_row(flag)
        key = row["text"].casefold()
        if key in known:
            repeated += 1
            continue
        known.add(key)
        lines.append(_csv_line(row))
    if not lines:
        return 0, repeated
    if out.is_file():
        head = "" if _ends_a_line(out) else "\n"
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        head = _NEW_FILE_HEAD + ",".join(LABELLED_COLUMNS) + "\n"
    with out.open("a", encoding="utf-8", newline="") as handle:
        handle.write(head + "".join(lines))
    return len(lines), repeated


def flags_command(argv: list[str]) -> int:
    """Turn the feedback flags learners chose to share into rows for data/labelled/."""
    parser = argparse.ArgumentParser(
        prog="python -m widgets flags-to-labelled", description=flags_command.__doc__
    )
    parser.add_argument("shared", nargs="+", type=Path, help="share files made with my_flags()")
    parser.add_argument(
        "--out",
        type=Path,
        default=DATA_DIR / "labelled" / "from_learners.csv",
        help="the labelled CSV to append to (default: data/labelled/from_learners.csv)",
    )
    args = parser.parse_args(argv)
    try:
        flags = [flag for path in args.shared for flag in read_shared(path)]
        added, repeated = append_labelled(args.out, flags)
    except DataFileError as err:
        print(f"flags-to-labelled: {err.problems[0]}", file=sys.stderr)
        return 1
    except (FlagFileError, OSError) as err:
        print(f"flags-to-labelled: {err}", file=sys.stderr)
        return 1
    where = display_path(args.out)
    again = f" ({repeated} already there)" if repeated else ""
    print(f"Added {added} row(s) to {where}{again}.")
    if added:
        print(
            "Their labels are what the scorer said when each answer was flagged, which the "
            "learner thought wrong: correct them by hand before running "
            f"python -m widgets bench --labelled {where}"
        )
    return 0
