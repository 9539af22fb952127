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

The file itself (schema, migrations, atomic creation, moving aside, wiping) is
:mod:`widgets.store.sqlite_file`; where it lives is :mod:`widgets.store.location`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any, TypeVar

from widgets.store import sqlite_file
from widgets.store.base import StoreBase
from widgets.store.errors import HAVE_SQLITE, Damaged, StoreError, StoreUnavailable, sqlite3
from widgets.store.location import ENV_HOME
from widgets.store.notices import CANNOT_MOVE, MOVED_ASIDE, NEWER_VERSION, Notice, english
from widgets.store.records import Attempt, Flag, JournalEntry

__all__ = ["ProgressStore"]

T = TypeVar("T")

_LATEST_SELFCHECKS = "SELECT MAX(id) FROM selfchecks GROUP BY phase"


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
        self._startup_check()

    # ----------------------------------------------------------------- reading

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

    def journal(self, prompt_id: str | None = None) -> list[JournalEntry]:
        """All journal entries (or those for one prompt), oldest first."""
        sql = "SELECT id, prompt_id, text, created_at FROM journal"
        params: tuple[Any, ...] = ()
        if prompt_id is not None:
            sql += " WHERE prompt_id = ?"
            params = (prompt_id,)
        rows = self._read(lambda con: con.execute(sql + " ORDER BY id", params).fetchall())
        return [JournalEntry(*r) for r in rows]

    def completed(self) -> set[str]:
        """Ids of exercises the learner has attempted or skipped."""
        rows = self._read(lambda con: con.execute("SELECT DISTINCT exercise_id FROM attempts"))
        return {r[0] for r in rows}

    def _latest_selfchecks(self) -> dict[str, dict[str, int]]:
        rows = self._read(
            lambda con: con.execute(
                f"SELECT phase, ratings FROM selfchecks WHERE id IN ({_LATEST_SELFCHECKS})"
            ).fetchall()
        )
        return {phase: json.loads(ratings) for phase, ratings in rows}

    def _export_snapshot(self) -> tuple[str, list[tuple], list[tuple]]:
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
                    f" ({_LATEST_SELFCHECKS}) ORDER BY id"
                ).fetchall()
            finally:
                con.execute("COMMIT")
            return (export_id[0] if export_id else ""), attempts, checks

        export_id, attempt_rows, check_rows = self._read(collect, empty=("", [], []))
        attempts = [
            (exercise_id, value, response, json.loads(labels), skipped, created_at)
            for exercise_id, value, response, labels, skipped, created_at in attempt_rows
        ]
        checks = [(phase, json.loads(ratings), when) for phase, ratings, when in check_rows]
        return export_id, attempts, checks

    # ----------------------------------------------------------------- writing

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

    def _add_journal(self, prompt_id: str, text: str, created_at: str) -> int:
        return self._write(
            "INSERT INTO journal (prompt_id, text, created_at) VALUES (?, ?, ?)",
            (prompt_id, text, created_at),
        )

    def _add_selfcheck(self, phase: str, ratings: dict[str, int], created_at: str) -> int:
        return self._write(
            "INSERT INTO selfchecks (phase, ratings, created_at) VALUES (?, ?, ?)",
            (phase, json.dumps(ratings), created_at),
        )

    def erase(self) -> None:
        """Delete everything saved, including the file, its side files and moved-aside copies.

        This is the learner's right to delete. The store stays usable: the next save starts a
        fresh, empty file with a new random export id.
        """
        with self._lock:
            sqlite_file.wipe(self._path)
            self._damage = None

    # ----------------------------------------------------------------- feedback flags

    def flags(self) -> list[Flag]:
        """Every flag kept, oldest first."""
        rows = self._read(
            lambda con: con.execute(
                "SELECT id, exercise_id, response, labels, note, created_at FROM flags ORDER BY id"
            ).fetchall()
        )
        return [Flag(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4], r[5]) for r in rows]

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

    def _connect(self) -> sqlite3.Connection:
        """A checked connection to the existing file (see :func:`sqlite_file.connect`)."""
        return sqlite_file.connect(self._path)

    def _startup_check(self) -> None:
        """Check an existing file fully once (quick_check), moving it aside if it is damaged."""
        with self._lock:
            sqlite_file.tighten_permissions(self._path)
            try:
                healthy = sqlite_file.quick_check(self._path)
            except Damaged as exc:
                self._move_aside(exc.reason)
                return
            if not healthy:
                self._move_aside("damaged")

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
        key = NEWER_VERSION if reason == "newer" else MOVED_ASIDE
        self._damage = Notice(key, {"aside": str(aside)})
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
        ``empty`` rather than creating anything; writes create the file or raise.
        """
        with self._lock:
            for last_try in (False, False, True):
                try:
                    con = self._connect()
                except FileNotFoundError:
                    if not create:
                        return empty
                    sqlite_file.create(self._path)
                    continue  # another kernel may erase in between: go round and open again
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
