"""The learner's progress file: one SQLite file that belongs to the learner. Nothing is ever sent.

Design choices, and why:

* **A fresh connection per operation** (open, one short transaction, close), guarded by a per-store
  lock. Nothing stays open between notebook cells, so two notebooks (two kernels) can write to the
  same file at once, another notebook can erase it or a damaged file can be moved aside without
  fighting an open handle, and ipywidgets callbacks on any thread are safe. A learner saves a few
  answers a minute, so the cost of opening (well under a millisecond) does not matter.
* **Durability**: every write is its own ``BEGIN IMMEDIATE`` ... ``COMMIT`` with
  ``PRAGMA synchronous=FULL``; a method only returns (acknowledges) after the commit, so a kernel
  killed a moment later loses nothing. Writers wait up to ``busy_timeout`` (10 s) for each other.
* **Damage never stops the learner**: a file that is not a readable course store (garbage bytes,
  truncated, empty, a folder, an unknown schema) is renamed to
  ``progress.sqlite3.corrupt-<UTC timestamp>`` (never deleted), a fresh store starts, and
  :attr:`~widgets.store.base.StoreBase.notices` says what happened.
* **A file that is not ours is left alone**: a store made by a newer version of the course, one
  that is a link, or one holding triggers, views or tables the course did not make stays exactly
  where it is, unchanged and never erased; this session's answers are kept in memory (a
  :class:`~widgets.store.memory_store.MemoryProgressStore`), and the notice says so. Moving it
  aside would hide it from the version that can read it; using it could run someone else's
  triggers on the learner's words.
* **A read-only store is read, not replaced**: it is opened read-only, earlier answers are shown,
  and a save raises :class:`StoreUnavailable` with a notice saying why.
* **Odd rows are skipped** (:mod:`widgets.store.rows`), counted and said, never raised.

The file itself (schema, migrations, atomic creation, moving aside, wiping) is
:mod:`widgets.store.sqlite_file`; where it lives is :mod:`widgets.store.location`.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from widgets.store import notices, rows, sqlite_file
from widgets.store.base import StoreBase
from widgets.store.errors import (
    HAVE_SQLITE,
    Damaged,
    Kept,
    ReadOnly,
    StoreError,
    StoreUnavailable,
    sqlite3,
)
from widgets.store.location import ENV_HOME
from widgets.store.memory_store import MemoryProgressStore
from widgets.store.notices import CANNOT_MOVE, MOVED_ASIDE, READ_ONLY, Notice, english
from widgets.store.records import Attempt, Flag, JournalEntry

__all__ = ["ProgressStore"]

T = TypeVar("T")
R = TypeVar("R")

_SELFCHECKS = "SELECT id, phase, ratings, created_at FROM selfchecks ORDER BY id"


class _InMemory(Exception):
    """Internal signal: the file turned out not to be ours; run this on the memory store."""


def _or_in_memory(method: Callable[..., R]) -> Callable[..., R]:
    """Run ``method`` on the file, or on this session's memory store once the file is kept."""
    name = method.__name__

    @functools.wraps(method)
    def run(self: ProgressStore, *args: Any, **kwargs: Any) -> R:
        if self._memory is None:
            try:
                return method(self, *args, **kwargs)
            except _InMemory:
                pass
        return getattr(self._memory, name)(*args, **kwargs)

    return run


class ProgressStore(StoreBase):
    """The learner's progress file: open it, save to it, export it or erase it.

    ``path`` is an explicit file path; when omitted the store uses :func:`default_path`. Creating a
    store never creates files: the folder and file appear with the first thing saved. An existing
    file is checked straight away so that :attr:`notices` are ready for the first widget to show.

    Needs ``sqlite3``; :func:`~widgets.store.open_store` gives the memory store where Python has
    none, so callers never need to check.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        if not HAVE_SQLITE:
            raise StoreError(
                "This Python has no sqlite3, so a progress file cannot be opened; "
                "open_store() keeps progress in memory instead."
            )
        super().__init__(path, in_memory=False)
        self._memory: MemoryProgressStore | None = None  # this session's answers, once kept
        self._startup_check()

    # ----------------------------------------------------------------- reading

    @_or_in_memory
    def attempts(self, exercise_id: str | None = None) -> list[Attempt]:
        """All saved attempts (or those for one exercise), oldest first."""
        sql = "SELECT id, exercise_id, value, response, labels, skipped, created_at FROM attempts"
        params: tuple[Any, ...] = ()
        if exercise_id is not None:
            sql += " WHERE exercise_id = ?"
            params = (exercise_id,)
        found = self._read(lambda con: con.execute(sql + " ORDER BY id", params).fetchall())
        return self._parsed("attempts", found, rows.attempt)

    @_or_in_memory
    def journal(self, prompt_id: str | None = None) -> list[JournalEntry]:
        """All journal entries (or those for one prompt), oldest first."""
        sql = "SELECT id, prompt_id, text, created_at FROM journal"
        params: tuple[Any, ...] = ()
        if prompt_id is not None:
            sql += " WHERE prompt_id = ?"
            params = (prompt_id,)
        found = self._read(lambda con: con.execute(sql + " ORDER BY id", params).fetchall())
        return self._parsed("journal", found, rows.journal_entry)

    @_or_in_memory
    def completed(self) -> set[str]:
        """Ids of exercises the learner has attempted or skipped."""
        found = self._read(lambda con: con.execute("SELECT DISTINCT exercise_id FROM attempts"))
        return {r[0] for r in found if rows.exercise_id(r[0]) is not None}

    @_or_in_memory
    def _latest_selfchecks(self) -> dict[str, dict[str, int]]:
        found = self._read(lambda con: con.execute(_SELFCHECKS).fetchall())
        checks = self._parsed("selfchecks", found, rows.selfcheck)
        return {phase: ratings for _, phase, ratings, _ in rows.latest_checks(checks)}

    @_or_in_memory
    def _export_snapshot(self) -> tuple[str, list[tuple], list[tuple]]:
        def collect(con: sqlite3.Connection) -> tuple[str, list[tuple], list[tuple]]:
            con.execute("BEGIN")  # one consistent snapshot for all three reads
            try:
                export_id = con.execute("SELECT value FROM meta WHERE key = 'export_id'").fetchone()
                attempts = con.execute(
                    "SELECT id, exercise_id, value, response, labels, skipped, created_at"
                    " FROM attempts ORDER BY id"
                ).fetchall()
                checks = con.execute(_SELFCHECKS).fetchall()
            finally:
                con.execute("COMMIT")
            return (export_id[0] if export_id else ""), attempts, checks

        export_id, attempt_rows, check_rows = self._read(collect, empty=("", [], []))
        attempts = [
            (a.exercise_id, a.value, a.response, a.labels, a.skipped, a.created_at)
            for a in self._parsed("attempts", attempt_rows, rows.attempt)
        ]
        checks = self._parsed("selfchecks", check_rows, rows.selfcheck)
        latest = [(phase, ratings, when) for _, phase, ratings, when in rows.latest_checks(checks)]
        return (export_id if isinstance(export_id, str) else ""), attempts, latest

    def _parsed(
        self, table: str, found: Sequence[Sequence[Any]], parse: Callable[[Any], T | None]
    ) -> list[T]:
        """The rows that make sense; the others are counted for ``notice.rows_skipped``."""
        kept: list[T] = []
        for row in found:
            record = parse(row)
            if record is None:
                with self._lock:
                    self._skipped.add((table, row[0]))
            else:
                kept.append(record)
        return kept

    # ----------------------------------------------------------------- writing

    @_or_in_memory
    def _add_attempt(
        self,
        exercise_id: str,
        value: str | None,
        response: str,
        labels: tuple[str, ...],
        skipped: bool,
        created_at: str,
    ) -> int:
        return self._write(
            "INSERT INTO attempts (exercise_id, value, response, labels, skipped, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (exercise_id, value, response, json.dumps(labels), int(skipped), created_at),
        )

    @_or_in_memory
    def _add_journal(self, prompt_id: str, text: str, created_at: str) -> int:
        return self._write(
            "INSERT INTO journal (prompt_id, text, created_at) VALUES (?, ?, ?)",
            (prompt_id, text, created_at),
        )

    @_or_in_memory
    def _add_selfcheck(self, phase: str, ratings: dict[str, int], created_at: str) -> int:
        return self._write(
            "INSERT INTO selfchecks (phase, ratings, created_at) VALUES (?, ?, ?)",
            (phase, json.dumps(ratings), created_at),
        )

    def erase(self) -> None:
        """Delete everything saved, including the file, its side files and moved-aside copies.

        This is the learner's right to delete. The store stays usable: the next save starts a
        fresh, empty file with a new random export id. It never deletes a file the course did not
        make (a kept one stays, with its notice), and a read-only store raises
        :class:`StoreUnavailable`, having erased nothing.
        """
        with self._lock:
            try:
                sqlite_file.wipe(self._path)
            except ReadOnly:
                notice = Notice(notices.READ_ONLY_ERASE, self._fields())
                raise StoreUnavailable(english(notice), notice) from None
            if self._memory is not None:
                self._memory.erase()
            if not notices.says_where(self._damage):
                self._damage = None
            self._skipped.clear()

    # ----------------------------------------------------------------- feedback flags

    @_or_in_memory
    def flags(self) -> list[Flag]:
        """Every flag kept, oldest first."""
        rows = self._read(
            lambda con: con.execute(
                "SELECT id, exercise_id, response, labels, note, created_at FROM flags ORDER BY id"
            ).fetchall()
        )
        return [Flag(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4], r[5]) for r in rows]

    @_or_in_memory
    def _add_flag(
        self,
        exercise_id: str,
        response: str,
        labels: tuple[str, ...],
        note: str,
        created_at: str,
    ) -> int:
        return self._write(
            "INSERT INTO flags (exercise_id, response, labels, note, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (exercise_id, response, json.dumps(labels), note, created_at),
        )

    @_or_in_memory
    def _delete_flags(self, ids: frozenset[int]) -> int:
        """Delete with ``secure_delete``, so the learner's words are overwritten, not just freed."""
        ordered = sorted(ids)

        def delete(con: sqlite3.Connection) -> int:
            con.execute("PRAGMA secure_delete = ON")
            con.execute("BEGIN IMMEDIATE")
            try:
                deleted = 0
                for start in range(0, len(ordered), 500):  # well under SQLite's variable limit
                    chunk = ordered[start : start + 500]
                    marks = ", ".join("?" * len(chunk))
                    sql = f"DELETE FROM flags WHERE id IN ({marks})"
                    deleted += con.execute(sql, chunk).rowcount
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
            return deleted

        return self._run(delete, create=False, empty=0)

    # ----------------------------------------------------------------- damaged files

    def _connect(self, *, write: bool = True) -> sqlite3.Connection:
        """A checked connection to the existing file (see :func:`sqlite_file.connect`).

        A file that can only be read is said once (``notice.read_only``) and opened read-only
        for reading; for writing, :class:`StoreUnavailable` says why it cannot be saved.
        """
        try:
            con = sqlite_file.connect(self._path)
        except ReadOnly:
            self._damage = Notice(READ_ONLY, self._fields())
            if write:
                raise self._unavailable() from None
            return sqlite_file.connect(self._path, read_only=True)
        if self._damage is not None and self._damage.key == READ_ONLY:
            self._damage = None  # writable again
        return con

    def _fields(self) -> dict[str, str]:
        return {"path": str(self._path), "env": ENV_HOME}

    def _startup_check(self) -> None:
        """Check an existing file fully once (quick_check), moving it aside if it is damaged,
        keeping it as it is when it is not ours, and noting when it can only be read."""
        with self._lock:
            sqlite_file.tighten_permissions(self._path)
            try:
                try:
                    healthy = sqlite_file.quick_check(self._path)
                except ReadOnly:
                    self._damage = Notice(READ_ONLY, self._fields())
                    healthy = sqlite_file.quick_check(self._path, read_only=True)
            except Kept as exc:
                self._keep(exc.reason)
                return
            except Damaged as exc:
                self._move_aside(exc.reason)
                return
            if not healthy:
                self._move_aside("damaged")

    def _keep(self, reason: str) -> None:
        """Leave the file exactly as it is, say why, and keep this session's answers in memory."""
        if self._memory is None:
            self._memory = MemoryProgressStore(self._path)
        self._storage = "memory"
        self._damage = notices.kept_notice(reason, self._path)

    def _move_aside(self, reason: str) -> bool:
        """Move a damaged file (and its side files) out of the way, keep it, and say so.

        Returns False (with a notice saying so) when even renaming fails, e.g. a read-only folder.
        """
        try:
            aside = sqlite_file.move_aside(self._path)
        except FileNotFoundError:
            return True  # another kernel moved it already; a fresh file is made when needed
        except OSError as exc:
            fields = {"path": str(self._path), "error": str(exc.strerror or exc), "env": ENV_HOME}
            self._damage = Notice(CANNOT_MOVE, fields)
            return False
        self._damage = Notice(MOVED_ASIDE, {"aside": str(aside)})
        return True

    def _unavailable(self) -> StoreUnavailable:
        """The error a write raises when the file cannot be used: it carries the damage notice."""
        if self._damage is None:
            return StoreUnavailable(f"Cannot use {self._path}")
        return StoreUnavailable(english(self._damage), self._damage)

    # ----------------------------------------------------------------- running operations

    def _run(self, op: Callable[[sqlite3.Connection], T], *, create: bool, empty: Any) -> T:
        """Run ``op`` on a fresh connection; move a damaged file aside and try again.

        Reads of a store with no file (or an unusable one that could not be moved) return
        ``empty`` rather than creating anything; writes create the file or raise. A file that
        turns out not to be ours is kept as it is and ``_InMemory`` sends ``op`` to memory.
        """
        with self._lock:
            for last_try in (False, False, True):
                try:
                    con = self._connect(write=create)
                except FileNotFoundError:
                    if not create:
                        return empty
                    sqlite_file.create(self._path)
                    continue  # another kernel may erase in between: go round and open again
                except Kept as exc:
                    self._keep(exc.reason)
                    raise _InMemory from exc
                except Damaged as exc:
                    if self._move_aside(exc.reason) and not last_try:
                        continue
                    if not create:
                        return empty
                    raise self._unavailable() from exc
                try:
                    return op(con)
                except sqlite3.DatabaseError as exc:
                    if last_try or not sqlite_file.is_damage_error(exc):
                        raise
                finally:
                    con.close()
                if not self._move_aside("damaged"):
                    if not create:
                        return empty
                    raise self._unavailable()
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
