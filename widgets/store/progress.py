"""The learner's saved progress: attempts, private journal entries and self-checks.

Everything lives in one SQLite file that belongs to the learner (``progress.sqlite3``), by default
in ``platformdirs.user_data_dir("peer-support-course")`` and, when the environment variable
``PEER_COURSE_HOME`` names a folder, in that folder instead. Nothing is ever sent anywhere.

Design choices, and why:

* **A fresh connection per operation** (open, one short transaction, close), guarded by a per-store
  lock. Nothing stays open between notebook cells, so two notebooks (two kernels) can write to the
  same file at once, another notebook can erase it or a damaged file can be moved aside without
  fighting an open handle, and ipywidgets callbacks on any thread are safe. A learner saves a few
  answers a minute, so the cost of opening (well under a millisecond) does not matter.
* **Durability**: every write is its own ``BEGIN IMMEDIATE`` ... ``COMMIT`` with
  ``PRAGMA synchronous=FULL``; a method only returns (acknowledges) after the commit, so a kernel
  killed a moment later loses nothing. Writers wait up to ``busy_timeout`` (10 s) for each other.
* **Rollback journal, not WAL**: many JupyterHub installs keep home folders on network file systems,
  where WAL's shared memory does not work. At this tiny write rate the classic journal is just as
  good. (Side files ``-wal``/``-shm``/``-journal`` are still handled if they appear.)
* **Atomic creation**: a new store is built completely (schema, random export id, owner-only
  permissions) in a temporary file and then hard-linked into place, so a half-made or zero-byte
  ``progress.sqlite3`` is never ours: it is treated as damaged, moved aside and kept.
* **Damage never stops the learner**: a file that is not a readable course store (garbage bytes,
  truncated, empty, a folder, an unknown schema) is renamed to
  ``progress.sqlite3.corrupt-<UTC timestamp>`` (never deleted), a fresh store starts, and
  :attr:`ProgressStore.notice` explains what happened in plain words.
* **Where there is no SQLite or no lasting folder**, progress still works and says so honestly:

  - Python without ``sqlite3`` (Pyodide loads it as a separate package, which can fail): every
    ``ProgressStore`` is a :class:`MemoryProgressStore` with the same methods, kept only while the
    kernel runs, and :attr:`~ProgressStore.notice` tells the learner their answers are not saved.
  - In the browser (JupyterLite's Pyodide kernel, ``sys.platform == "emscripten"``) the kernel's
    home folder is in memory, but the files the learner sees in the file browser are mounted at
    ``/drive`` and kept in the browser's own storage (IndexedDB). When ``/drive`` is there and
    writable, the default store is ``/drive/.peer-course/progress.sqlite3``, which survives a
    page reload, and the notice says it is kept in this browser only. Without ``/drive`` it says
    that progress is not kept. See :func:`_connect_pragmas` for the journal used there.

:data:`StoreError` is the database error to catch (``sqlite3.Error`` when there is SQLite), so
code that shows "could not save" messages never has to import ``sqlite3`` itself.
"""

from __future__ import annotations

import csv
import json
import os
import secrets
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from numbers import Integral
from pathlib import Path
from typing import Any, TypeVar

import platformdirs

from widgets.core.state import on_forget
from widgets.core.values import VALUES, value_title

try:
    import sqlite3
except ImportError:  # a Python built without it, or Pyodide before its sqlite3 package loads
    sqlite3 = None  # type: ignore[assignment]

__all__ = [
    "APP_NAME",
    "BROWSER",
    "DRIVE",
    "DRIVE_FOLDER",
    "ENV_HOME",
    "EXPORT_COLUMNS",
    "FILE_NAME",
    "HAVE_SQLITE",
    "PHASES",
    "SCHEMA_VERSION",
    "Attempt",
    "JournalEntry",
    "MemoryProgressStore",
    "ProgressStore",
    "StoreError",
    "default_path",
    "get_store",
    "reset_store",
]

APP_NAME = "peer-support-course"
ENV_HOME = "PEER_COURSE_HOME"
FILE_NAME = "progress.sqlite3"
PHASES = ("before", "after")
SCHEMA_VERSION = 1
BUSY_TIMEOUT_S = 10.0
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

#: True when ``sqlite3`` could be imported; without it every store keeps progress in memory only.
HAVE_SQLITE = sqlite3 is not None
#: True inside the browser (Pyodide, as JupyterLite runs it). Tests may set it to simulate that.
BROWSER = sys.platform == "emscripten"
#: Where JupyterLite's Pyodide kernel mounts the file browser's contents, which the browser keeps
#: (IndexedDB) across page reloads. Everything else in the kernel's file system is in memory.
DRIVE = Path("/drive")
#: The store's folder inside ``DRIVE``: hidden (a dot folder), so it does not clutter the files.
DRIVE_FOLDER = ".peer-course"
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

# Each entry upgrades the file to that version; a fresh store applies all of them in order, so
# creation and upgrades share one code path. Never edit a released entry: add a new version.
_MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        """CREATE TABLE attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            exercise_id TEXT NOT NULL,
            value TEXT,
            response TEXT NOT NULL,
            labels TEXT NOT NULL,
            skipped INTEGER NOT NULL CHECK (skipped IN (0, 1)),
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX attempts_exercise ON attempts (exercise_id, id)",
        """CREATE TABLE journal (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            prompt_id TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE selfchecks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            phase TEXT NOT NULL CHECK (phase IN ('before', 'after')),
            ratings TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
    ),
}

# What a healthy current-version file must contain (checked on every open: it is a few tiny reads).
_EXPECTED_COLUMNS: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "attempts": ("id", "exercise_id", "value", "response", "labels", "skipped", "created_at"),
    "journal": ("id", "prompt_id", "text", "created_at"),
    "selfchecks": ("id", "phase", "ratings", "created_at"),
}

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_HEADER = b"SQLite format 3\x00"

T = TypeVar("T")


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


class _NoSqliteError(Exception):
    """Stands in for ``sqlite3.Error`` where there is no ``sqlite3``; nothing raises it."""


#: The database error a store can raise (besides ``OSError`` and ``ValueError``/``TypeError`` for
#: bad input). It is ``sqlite3.Error`` itself when SQLite is there, so ``except StoreError`` catches
#: exactly what ``except sqlite3.Error`` did; import this instead of ``sqlite3``.
StoreError: type[Exception] = sqlite3.Error if sqlite3 is not None else _NoSqliteError


class _Damaged(Exception):
    """Internal signal: the file is not a readable course store and must be moved aside."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def browser_drive() -> Path | None:
    """JupyterLite's browser-kept folder (``DRIVE``) when running in the browser and it is usable.

    ``None`` outside the browser, and in a browser tab where the kernel could not mount it (the
    site needs a service worker or cross-origin isolation for that; some private windows and hard
    reloads have neither), in which case nothing the kernel writes outlives the page.
    """
    if not BROWSER:
        return None
    try:
        usable = DRIVE.is_dir() and os.access(DRIVE, os.W_OK)
    except OSError:
        usable = False
    return DRIVE if usable else None


def default_path() -> Path:
    """Where the learner's progress file lives now.

    ``$PEER_COURSE_HOME`` when set; in the browser, ``/drive/.peer-course`` (kept by the browser)
    when it is usable; otherwise the user data dir from platformdirs.
    """
    home = os.environ.get(ENV_HOME, "").strip()
    if home:
        return Path(home).expanduser().absolute() / FILE_NAME
    drive = browser_drive() if HAVE_SQLITE else None
    if drive is not None:
        return drive / DRIVE_FOLDER / FILE_NAME
    # appauthor=False keeps Windows from nesting the folder twice (…\peer-support-course\…).
    folder = platformdirs.user_data_dir(APP_NAME, appauthor=False)
    return Path(folder).expanduser().absolute() / FILE_NAME


def _storage_kind(path: Path, *, in_memory: bool = False) -> str:
    """``"file"`` (lasting, on this computer), ``"browser"`` (this browser's storage, via the
    drive) or ``"memory"`` (gone when the kernel stops or the page is reloaded)."""
    if in_memory or not HAVE_SQLITE:
        return "memory"
    if not BROWSER:
        return "file"
    try:
        on_drive = path.is_relative_to(DRIVE) and DRIVE.is_dir()
    except OSError:
        on_drive = False
    return "browser" if on_drive else "memory"


def _storage_notice(kind: str) -> str | None:
    """The one-time words for the learner about where progress is kept (None: nothing to say)."""
    if kind == "file":
        return None
    from widgets.core.text import t  # learner-facing words live in data/text/<lang>.yaml

    if kind == "browser":
        return t("notice.browser_only")
    return t("notice.not_saved_browser" if BROWSER else "notice.not_saved")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _is_damage_error(exc: sqlite3.DatabaseError) -> bool:
    """True for "this file is broken" errors, never for "busy/locked" or ordinary mistakes."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    message = str(exc).lower()
    return "malformed" in message or "not a database" in message


def _fsync_dir(folder: Path) -> None:
    """Make a new directory entry survive a power cut (best effort; POSIX only)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _check_text(name: str, text: object, *, allow_empty: bool = True) -> str:
    if not isinstance(text, str):
        raise TypeError(f"{name} should be text (str), not {type(text).__name__}.")
    if not allow_empty and not text.strip():
        raise ValueError(f"{name} should not be empty.")
    return text


def _export_rows(
    attempts: Iterable[tuple[str, str | None, str, Iterable[str], Any, str]],
    checks: Iterable[tuple[str, Mapping[str, int], str]],
    anonymous: bool,
) -> list[dict[str, object]]:
    """CSV rows (without export_id) from attempts, oldest first, and the latest self-checks.

    ``attempts`` are ``(exercise_id, value, response, labels, skipped, created_at)`` and
    ``checks`` are ``(phase, ratings, created_at)``. Only the day is kept, not the time.
    """
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


def _connect_pragmas(con: sqlite3.Connection) -> None:
    """Settings every connection uses: wait for other writers, and durable commits.

    In the browser the journal is kept in memory (``journal_mode=MEMORY``) instead of in a
    ``-journal`` file beside the store. JupyterLite's ``/drive`` file system reads a whole file
    when it is opened and writes it back whole, as one IndexedDB save, when it is closed; every
    store operation closes its connection after its commit. So the saved copy always holds a
    complete, committed state (a tab closed mid-write keeps the previous one), and a journal
    file would only add round trips to browser storage and a stray file that could outlive a
    closed tab. Locks and fsync do nothing there (one tab, one kernel), and WAL cannot work
    (it needs shared memory), which is one more reason the store never uses WAL.
    """
    con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    con.execute("PRAGMA synchronous = FULL")
    if BROWSER:
        con.execute("PRAGMA journal_mode = MEMORY")


class ProgressStore:
    """The learner's progress file: open it, save to it, export it or erase it.

    ``path`` is an explicit file path; when omitted the store uses :func:`default_path`. Creating a
    store never creates files: the folder and file appear with the first thing saved. An existing
    file is checked straight away so that :attr:`notice` is ready for the first widget to show.

    Where Python has no ``sqlite3``, ``ProgressStore(...)`` gives a :class:`MemoryProgressStore`
    (same methods, nothing kept after the kernel stops), so callers never need to check.
    """

    def __new__(cls, path: str | os.PathLike[str] | None = None) -> ProgressStore:
        if cls is ProgressStore and not HAVE_SQLITE:
            cls = MemoryProgressStore
        return super().__new__(cls)

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self._path = default_path() if path is None else Path(path).expanduser().absolute()
        self._lock = threading.RLock()
        self._notice: str | None = None
        self._storage = _storage_kind(self._path)
        self._startup_check()

    # ----------------------------------------------------------------- public API

    @property
    def path(self) -> Path:
        """The SQLite file this store reads and writes."""
        return self._path

    @property
    def storage(self) -> str:
        """Where progress is kept: ``"file"`` (a lasting file on this computer or server),
        ``"browser"`` (this web browser's storage only) or ``"memory"`` (only while it runs)."""
        return self._storage

    @property
    def notice(self) -> str | None:
        """Kind, plain words for the learner, or ``None`` when there is nothing to say.

        Said when a damaged file was moved aside, and wherever progress is not kept in a lasting
        file: in this browser only, or not kept at all (see :attr:`storage`).
        """
        parts = [self._notice, _storage_notice(self._storage)]
        return " ".join(p for p in parts if p) or None

    @property
    def notice_reassure(self) -> str | None:
        """The closing line to show under :attr:`notice` (``None``: the widgets' usual one)."""
        if self._notice or self._storage == "file":
            return None  # the usual line: "... started a fresh progress file ..."
        from widgets.core.text import t

        return t("notice.reassure_storage")

    def record_attempt(
        self,
        exercise_id: str,
        response: str | None,
        labels: Iterable[str],
        *,
        value: str | None = None,
        skipped: bool = False,
    ) -> int:
        """Save one answer (or a skip) and return its row id once it is safely on disk."""
        response, label_tuple = self._check_attempt(exercise_id, response, labels, value)
        row = (
            exercise_id,
            value,
            response,
            json.dumps(label_tuple),
            int(bool(skipped)),
            _now(),
        )
        return self._write(
            "INSERT INTO attempts (exercise_id, value, response, labels, skipped, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            row,
        )

    def attempts(self, exercise_id: str | None = None) -> list[Attempt]:
        """All saved attempts (or those for one exercise), oldest first."""
        sql = "SELECT id, exercise_id, value, response, labels, skipped, created_at FROM attempts"
        params: tuple[Any, ...] = ()
        if exercise_id is not None:
            sql += " WHERE exercise_id = ?"
            params = (exercise_id,)
        rows = self._read(lambda con: con.execute(sql + " ORDER BY id", params).fetchall())
        return [
            Attempt(
                id=r[0],
                exercise_id=r[1],
                value=r[2],
                response=r[3],
                labels=tuple(json.loads(r[4])),
                skipped=bool(r[5]),
                created_at=r[6],
            )
            for r in rows
        ]

    def save_journal(self, prompt_id: str, text: str) -> int:
        """Save a private journal entry (never exported) and return its row id."""
        _check_text("prompt_id", prompt_id, allow_empty=False)
        _check_text("text", text)
        return self._write(
            "INSERT INTO journal (prompt_id, text, created_at) VALUES (?, ?, ?)",
            (prompt_id, text, _now()),
        )

    def journal(self, prompt_id: str | None = None) -> list[JournalEntry]:
        """All journal entries (or those for one prompt), oldest first."""
        sql = "SELECT id, prompt_id, text, created_at FROM journal"
        params: tuple[Any, ...] = ()
        if prompt_id is not None:
            sql += " WHERE prompt_id = ?"
            params = (prompt_id,)
        rows = self._read(lambda con: con.execute(sql + " ORDER BY id", params).fetchall())
        return [JournalEntry(*r) for r in rows]

    def record_selfcheck(self, phase: str, ratings: Mapping[str, int]) -> int:
        """Save how confident the learner feels about each value (1-5) before or after the course.

        Raises ``ValueError`` with a message a learner can act on when something is off.
        """
        clean = self._check_ratings(phase, ratings)
        return self._write(
            "INSERT INTO selfchecks (phase, ratings, created_at) VALUES (?, ?, ?)",
            (phase, json.dumps(clean), _now()),
        )

    def selfchecks(self) -> dict[str, dict[str, int]]:
        """The latest self-check per phase, e.g. ``{"before": {...}, "after": {...}}``.

        A phase the learner has not done yet is simply absent.
        """
        rows = self._read(
            lambda con: con.execute(
                "SELECT phase, ratings FROM selfchecks WHERE id IN"
                " (SELECT MAX(id) FROM selfchecks GROUP BY phase)"
            ).fetchall()
        )
        latest = {phase: json.loads(ratings) for phase, ratings in rows}
        return {phase: latest[phase] for phase in PHASES if phase in latest}

    def completed(self) -> set[str]:
        """Ids of exercises the learner has attempted or skipped."""
        rows = self._read(lambda con: con.execute("SELECT DISTINCT exercise_id FROM attempts"))
        return {r[0] for r in rows}

    def export(self, path: str | os.PathLike[str], anonymous: bool = True) -> Path:
        """Write attempts and the latest self-checks to a CSV file and return its path.

        ``anonymous=True`` (the default) leaves the ``response`` column empty, because free text can
        identify someone. Journal entries are private and are never exported. Rows carry a random
        ``export_id`` (made when the store was created, unrelated to who the learner is) so a
        facilitator can match a learner's before/after rows without knowing who they are. Only the
        day is kept, not the time. If ``path`` is a folder, a dated file name is chosen inside it.
        """
        target = self._export_target(path)

        def collect(con: sqlite3.Connection) -> tuple[str, list[tuple], list[tuple]]:
            con.execute("BEGIN")  # one consistent snapshot for all three reads
            try:
                export_id = con.execute("SELECT value FROM meta WHERE key = 'export_id'").fetchone()
                attempts = con.execute(
                    "SELECT exercise_id, value, response, labels, skipped, created_at"
                    " FROM attempts ORDER BY id"
                ).fetchall()
                checks = con.execute(
                    "SELECT phase, ratings, created_at FROM selfchecks WHERE id IN"
                    " (SELECT MAX(id) FROM selfchecks GROUP BY phase) ORDER BY id"
                ).fetchall()
            finally:
                con.execute("COMMIT")
            return (export_id[0] if export_id else ""), attempts, checks

        export_id, attempt_rows, check_rows = self._read(collect, empty=("", [], []))
        attempts = (
            (exercise_id, value, response, json.loads(labels), skipped, created_at)
            for exercise_id, value, response, labels, skipped, created_at in attempt_rows
        )
        checks = (
            (phase, json.loads(ratings), created_at) for phase, ratings, created_at in check_rows
        )
        rows = _export_rows(attempts, checks, anonymous)
        return self._write_csv(target, export_id, rows)

    def erase(self) -> None:
        """Delete everything saved, including the file, its side files and moved-aside copies.

        This is the learner's right to delete. The store stays usable: the next save starts a
        fresh, empty file with a new random export id.
        """
        with self._lock:
            # Empty the tables first, so the content is gone even if a file cannot be unlinked
            # (on Windows another kernel may hold it open for a moment).
            if self._path.is_file():
                try:
                    con = self._connect()
                    try:
                        con.execute("PRAGMA secure_delete = ON")
                        con.execute("BEGIN IMMEDIATE")
                        for table in ("attempts", "journal", "selfchecks", "meta"):
                            con.execute(f"DELETE FROM {table}")
                        # If the file outlives the unlink below, it must not keep the old id.
                        con.execute(
                            "INSERT INTO meta (key, value) VALUES ('export_id', ?)",
                            (secrets.token_hex(8),),
                        )
                        con.execute("COMMIT")
                    finally:
                        con.close()
                except (sqlite3.Error, _Damaged, OSError):
                    pass  # damaged or unreadable: deleting the files below is all we can do
            folder = self._path.parent
            doomed = [self._path, *(self._side(self._path, s) for s in SIDE_SUFFIXES)]
            if folder.is_dir():
                doomed += folder.glob(f"{self._path.name}.corrupt-*")
                doomed += folder.glob(f".{self._path.name}-*.tmp")
            for item in doomed:
                try:
                    if item.is_dir() and not item.is_symlink():
                        continue  # a folder that sat where the file belongs is not ours to delete
                    item.unlink()
                except FileNotFoundError:
                    pass
            _fsync_dir(folder)
            self._notice = None

    def close(self) -> None:
        """Nothing stays open between operations; kept so ``with`` blocks and old habits work.

        The store remains usable after ``close()``, which keeps the shared store from
        :func:`get_store` safe even if some code closes it.
        """

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ProgressStore({str(self._path)!r})"

    # ----------------------------------------------------------------- validation

    def _export_target(self, path: str | os.PathLike[str]) -> Path:
        target = Path(path).expanduser()
        if target.is_dir():
            target = target / f"peer-support-progress-{datetime.now(UTC):%Y-%m-%d}.csv"
        if target.absolute() == self._path:
            raise ValueError("Please choose a different file for the export than the store itself.")
        return target

    @classmethod
    def _check_attempt(
        cls, exercise_id: str, response: str | None, labels: Iterable[str], value: str | None
    ) -> tuple[str, tuple[str, ...]]:
        """Check an attempt before saving; returns the response ("" for None) and sorted labels."""
        _check_text("exercise_id", exercise_id, allow_empty=False)
        response = "" if response is None else _check_text("response", response)
        label_tuple = cls._check_labels(labels)
        if value is not None and value not in VALUES:
            known = ", ".join(VALUES)
            raise ValueError(f"{value!r} is not one of the course values ({known}).")
        return response, label_tuple

    @staticmethod
    def _check_labels(labels: Iterable[str]) -> tuple[str, ...]:
        if isinstance(labels, str):
            raise TypeError("labels should be a collection of label names, not a single string.")
        clean = set()
        for label in labels:
            _check_text("each label", label, allow_empty=False)
            if ";" in label:
                raise ValueError(f"Label names cannot contain ';' (got {label!r}).")
            clean.add(label)
        return tuple(sorted(clean))

    @staticmethod
    def _check_ratings(phase: str, ratings: Mapping[str, int]) -> dict[str, int]:
        if phase not in PHASES:
            raise ValueError(
                f"A self-check is either 'before' or 'after' the course, not {phase!r}."
            )
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

    # ----------------------------------------------------------------- file handling

    @staticmethod
    def _side(path: Path, suffix: str) -> Path:
        return path.with_name(path.name + suffix)

    def _startup_check(self) -> None:
        """Check an existing file fully once (quick_check), moving it aside if it is damaged."""
        with self._lock:
            self._tighten_permissions()
            try:
                con = self._connect()
            except FileNotFoundError:
                return
            except _Damaged as exc:
                self._move_aside(exc.reason)
                return
            except sqlite3.DatabaseError as exc:
                if not _is_damage_error(exc):
                    raise
                self._move_aside("damaged")
                return
            try:
                result = con.execute("PRAGMA quick_check").fetchone()
            except sqlite3.DatabaseError as exc:
                if not _is_damage_error(exc):
                    raise
                result = None
            finally:
                con.close()
            if not result or result[0] != "ok":
                self._move_aside("damaged")

    def _tighten_permissions(self) -> None:
        """A copied or restored file may be readable by others; keep it owner-only (POSIX)."""
        if os.name != "posix" or not self._path.is_file():
            return
        try:
            if self._path.stat().st_mode & 0o077:
                os.chmod(self._path, 0o600)
        except OSError:
            pass

    def _connect(self) -> sqlite3.Connection:
        """Open the existing file and check that it is a healthy store of a version we understand.

        Raises ``FileNotFoundError`` when there is no file yet and ``_Damaged`` when there is one we
        cannot use. ``mode=rw`` stops SQLite from quietly creating an empty file of its own.
        """
        path = self._path
        if not os.path.lexists(path):
            raise FileNotFoundError(path)
        if not path.is_file():
            raise _Damaged("not_a_file")
        if path.stat().st_size == 0:
            raise _Damaged("empty")
        if not os.access(path, os.R_OK | os.W_OK):
            raise _Damaged("unreadable")
        try:
            with path.open("rb") as handle:
                header = handle.read(len(_SQLITE_HEADER))
        except OSError as exc:
            raise _Damaged("unreadable") from exc
        if header != _SQLITE_HEADER:
            # Checked before SQLite sees the file, so it cannot tidy away a "-journal" beside it
            # that belongs with the damaged copy.
            raise _Damaged("damaged")
        try:
            con = sqlite3.connect(
                path.as_uri() + "?mode=rw",
                uri=True,
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,  # we write BEGIN/COMMIT ourselves
            )
        except sqlite3.OperationalError as exc:
            if os.path.lexists(path):
                raise _Damaged("unreadable") from exc
            raise FileNotFoundError(path) from exc
        try:
            _connect_pragmas(con)
            version = con.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _Damaged("newer")
            if version < 1:
                raise _Damaged("foreign")
            if version < SCHEMA_VERSION:
                self._migrate(con)
            self._check_schema(con)
        except sqlite3.DatabaseError as exc:
            con.close()
            if _is_damage_error(exc):
                raise _Damaged("damaged") from exc
            raise
        except BaseException:
            con.close()
            raise
        return con

    @staticmethod
    def _migrate(con: sqlite3.Connection) -> None:
        """Bring an older store up to date, in one transaction (another kernel may race us)."""
        con.execute("BEGIN IMMEDIATE")
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[target]:
                    con.execute(statement)
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    @staticmethod
    def _check_schema(con: sqlite3.Connection) -> None:
        for table, expected in _EXPECTED_COLUMNS.items():
            columns = tuple(r[1] for r in con.execute(f"PRAGMA table_info({table})"))
            if columns != expected:
                raise _Damaged("foreign")

    def _create(self) -> None:
        """Build a complete new store in a temporary file, then link it into place atomically."""
        folder = self._path.parent
        try:
            folder.mkdir(parents=True)
        except FileExistsError:
            pass
        else:
            if os.name == "posix":
                os.chmod(folder, 0o700)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{self._path.name}-", suffix=".tmp", dir=folder)
        os.close(fd)  # mkstemp makes it owner-only (0o600) from the start
        tmp = Path(tmp_name)
        try:
            con = sqlite3.connect(tmp, isolation_level=None)
            try:
                _connect_pragmas(con)
                con.execute("BEGIN")
                for target in range(1, SCHEMA_VERSION + 1):
                    for statement in _MIGRATIONS[target]:
                        con.execute(statement)
                con.execute(
                    "INSERT INTO meta (key, value) VALUES ('export_id', ?)",
                    (secrets.token_hex(8),),
                )
                con.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (_now(),))
                con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                con.execute("COMMIT")
            finally:
                con.close()
            if os.name == "posix":
                os.chmod(tmp, 0o600)  # in case an erase() elsewhere removed mkstemp's file
            self._publish(tmp)
            _fsync_dir(folder)
        finally:
            tmp.unlink(missing_ok=True)

    def _publish(self, tmp: Path) -> None:
        """Put ``tmp`` at our path only if nothing is there (another kernel may have won)."""
        link = getattr(os, "link", None)  # Pyodide's os module has no link() at all
        if link is not None:
            try:
                link(tmp, self._path)
                return
            except FileExistsError:
                return
            except OSError:
                pass  # file systems without hard links (some USB sticks, network shares)
        try:
            if sys.platform == "win32":
                os.rename(tmp, self._path)  # never replaces an existing file on Windows
            elif not os.path.lexists(self._path):
                os.rename(tmp, self._path)
        except (FileExistsError, FileNotFoundError):
            pass  # someone else's file is in place, or an erase() removed ours: caller retries

    def _move_aside(self, reason: str) -> bool:
        """Rename a damaged file (and its side files) out of the way, keep it, explain kindly.

        Returns False (with a notice saying so) when even renaming fails, e.g. a read-only folder.
        """
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        base = self._path.with_name(f"{self._path.name}.corrupt-{stamp}")
        aside, n = base, 1
        while os.path.lexists(aside) or any(
            os.path.lexists(self._side(aside, s)) for s in SIDE_SUFFIXES
        ):
            n += 1
            aside = base.with_name(f"{base.name}-{n}")
        try:
            os.rename(self._path, aside)
        except FileNotFoundError:
            return True  # another kernel moved it already; a fresh file is made when needed
        except OSError as exc:
            self._notice = (
                f"We couldn't read your saved progress at {self._path}, and we couldn't move it "
                f"out of the way either ({exc.strerror or exc}). Nothing has been deleted, but "
                f"new answers can't be saved there. To keep saving, set {ENV_HOME} to another "
                "folder you can write to, or ask your facilitator for help."
            )
            return False
        for suffix in SIDE_SUFFIXES:
            # These belong to the damaged file: left behind, SQLite could replay them into the
            # fresh one. Next to the moved copy, they help anyone trying to recover it.
            try:
                os.rename(self._side(self._path, suffix), self._side(aside, suffix))
            except OSError:
                pass
        if os.name == "posix" and aside.is_file():
            try:
                os.chmod(aside, 0o600)  # it may hold the learner's answers
            except OSError:
                pass
        if reason == "newer":
            self._notice = (
                "Your saved progress was made by a newer version of this course, so this version "
                "can't read it. We've started a fresh progress file for now and kept the old one, "
                f"untouched, at {aside}. Opening the course with the newer version will show it."
            )
        else:
            self._notice = (
                "We couldn't read your saved progress file, so we've started a fresh one and you "
                "can carry on as normal. Nothing was deleted: the old file is kept, untouched, "
                f"at {aside}. Your facilitator may be able to help recover it."
            )
        return True

    # ----------------------------------------------------------------- running operations

    def _run(self, op: Callable[[sqlite3.Connection], T], *, create: bool, empty: Any) -> T:
        """Run ``op`` on a fresh connection; move a damaged file aside and try again.

        Reads of a store with no file (or an unusable one that could not be moved) return
        ``empty`` rather than creating anything; writes create the file or raise.
        """
        with self._lock:
            for last_try in (False, False, True):
                try:
                    con = self._connect()
                except FileNotFoundError:
                    if not create:
                        return empty
                    self._create()
                    continue  # another kernel may erase in between: go round and open again
                except _Damaged as exc:
                    if self._move_aside(exc.reason) and not last_try:
                        continue
                    if not create:
                        return empty
                    raise OSError(self._notice or f"Cannot use {self._path}") from exc
                try:
                    return op(con)
                except sqlite3.DatabaseError as exc:
                    if last_try or not _is_damage_error(exc):
                        raise
                finally:
                    con.close()
                if not self._move_aside("damaged"):
                    if not create:
                        return empty
                    raise OSError(self._notice)
            raise OSError(f"Could not open {self._path} after several tries; please try again.")

    def _read(self, op: Callable[[sqlite3.Connection], Any], empty: Any = ()) -> Any:
        def materialise(con: sqlite3.Connection) -> Any:
            result = op(con)
            return result.fetchall() if isinstance(result, sqlite3.Cursor) else result

        return self._run(materialise, create=False, empty=empty)

    def _write(self, sql: str, params: tuple[Any, ...]) -> int:
        def insert(con: sqlite3.Connection) -> int:
            con.execute("BEGIN IMMEDIATE")
            try:
                row_id = con.execute(sql, params).lastrowid
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    try:
                        con.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass  # closing the connection rolls back anyway; keep the first error
                raise
            assert row_id is not None
            return row_id

        return self._run(insert, create=True, empty=None)

    def _write_csv(self, target: Path, export_id: str, rows: list[dict[str, object]]) -> Path:
        """Write the CSV next to ``target`` first, then rename, so a crash never leaves half a file.

        UTF-8 with a byte-order mark so spreadsheet programs show every language correctly.
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


class MemoryProgressStore(ProgressStore):
    """The same store, kept in this kernel's memory only: nothing is written except exports.

    Used automatically where Python has no ``sqlite3``; it can also be made directly. ``path`` is
    where a file store would be (for :meth:`export`'s check and for messages); nothing is made
    there. Everything is lost when the kernel stops, which :attr:`notice` tells the learner.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self._path = default_path() if path is None else Path(path).expanduser().absolute()
        self._lock = threading.RLock()
        self._notice = None
        self._storage = _storage_kind(self._path, in_memory=True)
        self._start()

    def _start(self) -> None:
        self._attempts: list[Attempt] = []
        self._journal: list[JournalEntry] = []
        self._checks: list[tuple[int, str, dict[str, int], str]] = []
        self._next_id = 1
        self._export_id = secrets.token_hex(8)

    def _new_id(self) -> int:
        row_id, self._next_id = self._next_id, self._next_id + 1
        return row_id

    def record_attempt(
        self,
        exercise_id: str,
        response: str | None,
        labels: Iterable[str],
        *,
        value: str | None = None,
        skipped: bool = False,
    ) -> int:
        """Keep one answer (or a skip) for as long as the kernel runs; returns its id."""
        response, label_tuple = self._check_attempt(exercise_id, response, labels, value)
        with self._lock:
            attempt = Attempt(
                self._new_id(), exercise_id, value, response, label_tuple, bool(skipped), _now()
            )
            self._attempts.append(attempt)
            return attempt.id

    def attempts(self, exercise_id: str | None = None) -> list[Attempt]:
        with self._lock:
            return [
                a for a in self._attempts if exercise_id is None or a.exercise_id == exercise_id
            ]

    def save_journal(self, prompt_id: str, text: str) -> int:
        _check_text("prompt_id", prompt_id, allow_empty=False)
        _check_text("text", text)
        with self._lock:
            entry = JournalEntry(self._new_id(), prompt_id, text, _now())
            self._journal.append(entry)
            return entry.id

    def journal(self, prompt_id: str | None = None) -> list[JournalEntry]:
        with self._lock:
            return [e for e in self._journal if prompt_id is None or e.prompt_id == prompt_id]

    def record_selfcheck(self, phase: str, ratings: Mapping[str, int]) -> int:
        clean = self._check_ratings(phase, ratings)
        with self._lock:
            row_id = self._new_id()
            self._checks.append((row_id, phase, clean, _now()))
            return row_id

    def _latest_checks(self) -> list[tuple[int, str, dict[str, int], str]]:
        latest: dict[str, tuple[int, str, dict[str, int], str]] = {}
        for check in self._checks:
            latest[check[1]] = check  # later ids replace earlier ones
        return sorted(latest.values())

    def selfchecks(self) -> dict[str, dict[str, int]]:
        with self._lock:
            latest = {phase: dict(ratings) for _, phase, ratings, _ in self._latest_checks()}
        return {phase: latest[phase] for phase in PHASES if phase in latest}

    def completed(self) -> set[str]:
        with self._lock:
            return {a.exercise_id for a in self._attempts}

    def export(self, path: str | os.PathLike[str], anonymous: bool = True) -> Path:
        """The same CSV as :meth:`ProgressStore.export`, from what this kernel has kept."""
        target = self._export_target(path)
        with self._lock:
            attempts = [
                (a.exercise_id, a.value, a.response, a.labels, a.skipped, a.created_at)
                for a in self._attempts
            ]
            checks = [(phase, ratings, when) for _, phase, ratings, when in self._latest_checks()]
            export_id = self._export_id
        return self._write_csv(target, export_id, _export_rows(attempts, checks, anonymous))

    def erase(self) -> None:
        """Forget everything kept, with a new random export id; the store stays usable."""
        with self._lock:
            self._start()

    def __repr__(self) -> str:
        return f"MemoryProgressStore({str(self._path)!r})"


_shared: ProgressStore | None = None
_shared_lock = threading.Lock()


def get_store() -> ProgressStore:
    """The store every widget in this kernel shares; re-made if ``PEER_COURSE_HOME`` changes."""
    global _shared
    path = default_path()
    with _shared_lock:
        if _shared is None or _shared.path != path:
            _shared = ProgressStore(path)
        return _shared


@on_forget("store")
def reset_store() -> None:
    """Forget the shared store (tests use this to start clean)."""
    global _shared
    with _shared_lock:
        if _shared is not None:
            _shared.close()
        _shared = None
