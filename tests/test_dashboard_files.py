"""Hostile and broken export folders (security review, issue 12 item 4).

One bad file must never stop the dashboard: each is named in the problems list in plain words
and skipped, the good exports beside it are still read, and nothing hangs or eats the memory.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time

import pytest

from widgets.store import EXPORT_COLUMNS
from widgets.tools.dashboard import load_exports, summarise

HEADER = ",".join(EXPORT_COLUMNS)
#: The caps the review asked for (a real export is a few hundred rows and a few kilobytes).
MAX_BYTES = 5_000_000
MAX_ROWS = 20_000


def row(export_id: str, n: int = 1, exercise: str = "ex-a", labels: str = "advice") -> str:
    cells = dict.fromkeys(EXPORT_COLUMNS, "")
    cells.update(
        record_type="attempt",
        export_id=export_id,
        exercise_id=exercise,
        value="curiosity",
        attempt_number=str(n),
        labels=labels,
        skipped="0",
        day="2026-01-05",
    )
    return ",".join(cells[c] for c in EXPORT_COLUMNS)


def export_text(export_id: str, rows: int = 3) -> str:
    return "\n".join([HEADER, *(row(export_id, n + 1) for n in range(rows))]) + "\n"


def good_folder(tmp_path, n: int = 3):
    folder = tmp_path / "exports"
    folder.mkdir()
    for i in range(n):
        (folder / f"good-{i}.csv").write_text(export_text(f"good{i}"), encoding="utf-8")
    return folder


def problem_for(problems: list[str], name: str) -> str:
    found = [p for p in problems if p.startswith(f"{name}:")]
    assert len(found) == 1, (name, problems)
    return found[0]


@contextlib.contextmanager
def time_limit(seconds: int):
    """Fail (not hang) when the code under test blocks, e.g. opening a FIFO with no writer."""
    if sys.platform == "win32":  # no SIGALRM; the FIFO tests are skipped there anyway
        yield
        return

    def stop(signum, frame):
        raise TimeoutError(f"load_exports took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def read(folder, seconds: int = 60):
    with time_limit(seconds):
        return load_exports(folder)


def test_a_row_with_one_cell_too_many_does_not_stop_the_dashboard(tmp_path):
    """The review's crash: pandas took the first column as the index, then a TypeError."""
    folder = good_folder(tmp_path)
    lines = [HEADER, row("odd1", 1) + ",surprise", row("odd1", 2), row("odd1", 3, labels="x y")]
    (folder / "extra-cell.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = [HEADER, row("odd2", 1), row("odd2", 2)[:-3]]  # one cell short
    (folder / "short-row.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    df, problems = read(folder)
    extra = [p for p in problems if p.startswith("extra-cell.csv:")]
    assert any("more or fewer cells" in p and "(rows 2)" in p for p in extra), problems
    assert any("not understood" in p and "(rows 4)" in p for p in extra), problems
    assert "more or fewer cells" in problem_for(problems, "short-row.csv")
    # The good rows of those files are kept (line 3 of extra-cell, line 2 of short-row).
    kept = df.groupby("export_id").size().to_dict()
    assert kept == {"good0": 3, "good1": 3, "good2": 3, "odd1": 1, "odd2": 1}
    assert list(df.index) == list(range(len(df)))
    summarise(df)


def test_unexpected_columns_and_types_are_named(tmp_path):
    folder = good_folder(tmp_path)
    (folder / "extra-column.csv").write_text(
        export_text("x1").replace(HEADER, HEADER + ",notes"),
        encoding="utf-8",
    )
    (folder / "twice.csv").write_text(
        export_text("x2").replace("record_type,", "record_type,record_type,", 1), encoding="utf-8"
    )
    bad_types = [HEADER, row("x3", 1), row("x3", 2).replace(",2,", ",2.5,"), row("x3", 1)]
    bad_types.append(row("x3", 3).replace(",curiosity,", ",<script>,"))
    (folder / "types.csv").write_text("\n".join(bad_types) + "\n", encoding="utf-8")
    df, problems = read(folder)
    assert "notes" in problem_for(problems, "extra-column.csv")
    assert "record_type" in problem_for(problems, "twice.csv")
    types = problem_for(problems, "types.csv")
    assert "3 row(s)" in types and "rows 3, 4, 5" in types, types
    assert sorted(df["export_id"].unique()) == ["good0", "good1", "good2", "x3"]


def test_a_huge_export_is_refused_kindly_without_reading_it_all(tmp_path):
    folder = good_folder(tmp_path)
    big = export_text("big1", rows=1)
    line = row("big1", 2) + "\n"
    with open(folder / "huge.csv", "w", encoding="utf-8") as handle:
        handle.write(big)
        handle.write(line * (MAX_BYTES // len(line) + 10))
    assert (folder / "huge.csv").stat().st_size > MAX_BYTES
    many = export_text("many1", rows=1) + "".join(
        row("many1", n, exercise="e") + "\n" for n in range(2, MAX_ROWS + 3)
    )
    (folder / "many-rows.csv").write_text(many, encoding="utf-8")
    assert len(many) < MAX_BYTES
    started = time.perf_counter()
    df, problems = read(folder)
    assert time.perf_counter() - started < 20
    assert "5 MB" in problem_for(problems, "huge.csv")
    assert "20,000 rows" in problem_for(problems, "many-rows.csv")
    assert sorted(df["export_id"].unique()) == ["good0", "good1", "good2"]


def test_a_folder_with_ten_thousand_files(tmp_path):
    folder = good_folder(tmp_path, n=0)
    text = export_text("ID", rows=3)
    for i in range(10_000):
        (folder / f"export-{i:05d}.csv").write_text(text.replace("ID", f"p{i:05d}"))
    started = time.perf_counter()
    df, problems = read(folder, seconds=120)
    took = time.perf_counter() - started
    assert took < 30, took
    assert len(problems) == 1 and "10,000 files" in problems[0], problems[:3]
    assert "export-09999.csv" in problems[0] or "other" in problems[0]
    assert 0 < df["export_id"].nunique() < 10_000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symlinks (POSIX)")
def test_directories_fifos_devices_links_and_junk_are_named_and_skipped(tmp_path):
    folder = good_folder(tmp_path)
    (folder / "a-folder.csv").mkdir()
    (folder / "subfolder").mkdir()
    os.mkfifo(folder / "pipe.csv")  # opening it for reading would wait for a writer forever
    (folder / "zero.csv").symlink_to("/dev/zero")  # endless
    (folder / "gone.csv").symlink_to(folder / "nowhere.csv")
    (folder / "linked.csv").symlink_to(folder / "good-0.csv")  # same content as good-0.csv
    (folder / "latin1.csv").write_bytes(
        export_text("lat1").replace("ex-a", "café").encode("cp1252")
    )
    (folder / "junk.csv").write_bytes(bytes(range(256)) * 50)
    (folder / "zeros.csv").write_bytes(b"\x00" * 4096)
    (folder / "nul-inside.csv").write_bytes(export_text("nul1").encode() + b"\x00\x00\n")
    (folder / "resent-good-1.csv").write_bytes((folder / "good-1.csv").read_bytes())
    (folder / "second-export.csv").write_text(export_text("good2", rows=2), encoding="utf-8")
    df, problems = read(folder, seconds=30)
    expected = {
        "a-folder.csv": "folder",
        "subfolder": "folder",
        "pipe.csv": "not an ordinary file",
        "zero.csv": "not an ordinary file",
        "gone.csv": "link",
        "linked.csv": "identical",
        "latin1.csv": "UTF-8",
        "junk.csv": "binary",
        "zeros.csv": "binary",
        "nul-inside.csv": "binary",
        "resent-good-1.csv": "identical",
        "second-export.csv": "same export_id",
    }
    for name, words in expected.items():
        assert words in problem_for(problems, name), (name, problems)
    assert len(problems) == len(expected), problems
    assert sorted(df["export_id"].unique()) == ["good0", "good1", "good2"]


def test_an_unreadable_file_is_named(tmp_path, monkeypatch):
    folder = good_folder(tmp_path)
    locked = folder / "locked.csv"
    locked.write_text(export_text("lock1"), encoding="utf-8")
    locked.chmod(0)
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root reads anything: refuse it here
        real_open = os.open

        def refuse(path, *args, **kwargs):
            if os.fspath(path) == os.fspath(locked):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
    try:
        df, problems = read(folder)
    finally:
        locked.chmod(0o600)
    assert "could not be read (Permission denied)" in problem_for(problems, "locked.csv")
    assert df["export_id"].nunique() == 3
