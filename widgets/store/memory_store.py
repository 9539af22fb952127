"""Progress kept in this kernel's memory only: for a Python without ``sqlite3``.

Pyodide loads ``sqlite3`` as a separate package, which can fail; there
:func:`~widgets.store.open_store` (and so :func:`~widgets.store.get_store`) gives this store. It has
the same methods and the same checks as the file store, keeps everything only while the kernel
runs, and its notice tells the learner their answers are not saved. Nothing is written except
exports.
"""

from __future__ import annotations

import os
import secrets

from widgets.store.base import StoreBase
from widgets.store.records import Attempt, Flag, JournalEntry

__all__ = ["MemoryProgressStore"]


class MemoryProgressStore(StoreBase):
    """A progress store in memory: nothing is kept after the kernel stops.

    ``path`` is where a file store would be (for :meth:`export`'s check and for messages);
    nothing is made there. It can also be made directly, e.g. for a try-out.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__(path, in_memory=True)
        self._start()

    def _start(self) -> None:
        self._attempts: list[Attempt] = []
        self._journal: list[JournalEntry] = []
        self._checks: list[tuple[int, str, dict[str, int], str]] = []
        self._flags: list[Flag] = []
        self._next_id = 1
        self._export_id = secrets.token_hex(8)

    def _new_id(self) -> int:
        row_id, self._next_id = self._next_id, self._next_id + 1
        return row_id

    def attempts(self, exercise_id: str | None = None) -> list[Attempt]:
        """All attempts kept (or those for one exercise), oldest first."""
        with self._lock:
            return [
                a for a in self._attempts if exercise_id is None or a.exercise_id == exercise_id
            ]

    def journal(self, prompt_id: str | None = None) -> list[JournalEntry]:
        """All journal entries kept (or those for one prompt), oldest first."""
        with self._lock:
            return [e for e in self._journal if prompt_id is None or e.prompt_id == prompt_id]

    def completed(self) -> set[str]:
        """Ids of exercises the learner has attempted or skipped."""
        with self._lock:
            return {a.exercise_id for a in self._attempts}

    def erase(self) -> None:
        """Forget everything kept, with a new random export id; the store stays usable."""
        with self._lock:
            self._start()

    def _add_attempt(
        self,
        exercise_id: str,
        value: str | None,
        response: str,
        labels: tuple[str, ...],
        skipped: bool,
        created_at: str,
    ) -> int:
        with self._lock:
            attempt = Attempt(
                self._new_id(), exercise_id, value, response, labels, skipped, created_at
            )
            self._attempts.append(attempt)
            return attempt.id

    def _add_journal(self, prompt_id: str, text: str, created_at: str) -> int:
        with self._lock:
            entry = JournalEntry(self._new_id(), prompt_id, text, created_at)
            self._journal.append(entry)
            return entry.id

    def _add_selfcheck(self, phase: str, ratings: dict[str, int], created_at: str) -> int:
        with self._lock:
            row_id = self._new_id()
            self._checks.append((row_id, phase, ratings, created_at))
            return row_id

    def _latest(self) -> list[tuple[int, str, dict[str, int], str]]:
        """The latest self-check of each phase, oldest first."""
        latest: dict[str, tuple[int, str, dict[str, int], str]] = {}
        for check in self._checks:
            latest[check[1]] = check  # later ids replace earlier ones
        return sorted(latest.values())

    def _latest_selfchecks(self) -> dict[str, dict[str, int]]:
        with self._lock:
            return {phase: dict(ratings) for _, phase, ratings, _ in self._latest()}

    def _export_snapshot(self) -> tuple[str, list[tuple], list[tuple]]:
        with self._lock:
            attempts = [
                (a.exercise_id, a.value, a.response, a.labels, a.skipped, a.created_at)
                for a in self._attempts
            ]
            checks = [(phase, ratings, when) for _, phase, ratings, when in self._latest()]
            return self._export_id, attempts, checks

    # ----------------------------------------------------------------- feedback flags

    def flags(self) -> list[Flag]:
        """Every flag kept, oldest first."""
        with self._lock:
            return list(self._flags)

    def _add_flag(
        self,
        exercise_id: str,
        response: str,
        labels: tuple[str, ...],
        note: str,
        created_at: str,
    ) -> int:
        with self._lock:
            flag = Flag(self._new_id(), exercise_id, response, labels, note, created_at)
            self._flags.append(flag)
            return flag.id

    def _delete_flags(self, ids: frozenset[int]) -> int:
        with self._lock:
            kept = [f for f in self._flags if f.id not in ids]
            deleted = len(self._flags) - len(kept)
            self._flags = kept
            return deleted
