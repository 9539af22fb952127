"""What every progress store offers, with the checks they share.

:class:`StoreBase` is the one place that says what a store can do (save and read attempts,
journal entries and self-checks, export, erase, notices). It checks what is saved and builds the
export; a store only says how it keeps records (the hooks at the bottom). The file store
(:class:`~widgets.store.sqlite_store.ProgressStore`) and the memory store
(:class:`~widgets.store.memory_store.MemoryProgressStore`) are its two kinds; neither is a kind of
the other.
"""

from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Self

from widgets.store import notices
from widgets.store.exports import AttemptRow, CheckRow, export_rows, export_target, write_csv
from widgets.store.flags import check_flag, check_flag_ids, share_target, write_share_file
from widgets.store.location import resolve, storage_kind
from widgets.store.notices import Notice
from widgets.store.records import (
    PHASES,
    Attempt,
    Flag,
    JournalEntry,
    check_attempt,
    check_ratings,
    check_text,
    now,
)

__all__ = ["StoreBase"]


class StoreBase(ABC):
    """A learner's progress: save to it, read it back, export it or erase it.

    ``path`` is where the progress file is (or would be); when omitted, :func:`default_path`.
    Safe to use from several threads (ipywidgets callbacks may run on any of them).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, in_memory: bool) -> None:
        self._path = resolve(path)
        self._lock = threading.RLock()
        self._damage: Notice | None = None  # what happened to a damaged file, if anything
        self._storage = storage_kind(self._path, in_memory=in_memory)
        self._skipped: set[tuple[str, int]] = set()  # (table, id) of saved rows left unread

    # ----------------------------------------------------------------- where, and what to say

    @property
    def path(self) -> Path:
        """The progress file this store reads and writes (the memory store only names it)."""
        return self._path

    @property
    def storage(self) -> str:
        """Where progress is kept: ``"file"`` (a lasting file on this computer or server),
        ``"browser"`` (this web browser's storage only) or ``"memory"`` (only while it runs)."""
        return self._storage

    @property
    def notices(self) -> tuple[Notice, ...]:
        """What to tell the learner, once, as text keys (empty: nothing to say).

        Said when a damaged file was moved aside (or a file was left as it is, or is read-only),
        wherever progress is not kept in a lasting file: in this browser only, or not kept at all
        (see :attr:`storage`), and when saved rows could not be read. Show them with
        ``" ".join(t(n.key, **n.fields) for n in store.notices)``.
        """
        where = None if notices.says_where(self._damage) else notices.storage_notice(self._storage)
        said = (self._damage, where, notices.rows_notice(len(self._skipped)))
        return tuple(n for n in said if n is not None)

    @property
    def reassure_key(self) -> str:
        """The text key of the closing line to show under :attr:`notices`."""
        return notices.reassure_key(self._damage, self._storage)

    # ----------------------------------------------------------------- saving and reading

    def record_attempt(
        self,
        exercise_id: str,
        response: str | None,
        labels: Iterable[str],
        *,
        value: str | None = None,
        skipped: bool = False,
    ) -> int:
        """Save one answer (or a skip) and return its id once it is safely kept."""
        exercise_id, response, label_tuple = check_attempt(exercise_id, response, labels, value)
        return self._add_attempt(exercise_id, value, response, label_tuple, bool(skipped), now())

    def save_journal(self, prompt_id: str, text: str) -> int:
        """Save a private journal entry (never exported) and return its id."""
        prompt_id = check_text("prompt_id", prompt_id, allow_empty=False)
        text = check_text("text", text)
        return self._add_journal(prompt_id, text, now())

    def record_selfcheck(self, phase: str, ratings: Mapping[str, int]) -> int:
        """Save how confident the learner feels about each value (1-5) before or after the course.

        Raises ``ValueError`` with a message a learner can act on when something is off.
        """
        clean = check_ratings(phase, ratings)
        return self._add_selfcheck(phase, clean, now())

    def selfchecks(self) -> dict[str, dict[str, int]]:
        """The latest self-check per phase, e.g. ``{"before": {...}, "after": {...}}``.

        A phase the learner has not done yet is simply absent.
        """
        latest = self._latest_selfchecks()
        return {phase: latest[phase] for phase in PHASES if phase in latest}

    def export(self, path: str | os.PathLike[str], anonymous: bool = True) -> Path:
        """Write attempts and the latest self-checks to a CSV file and return its path.

        ``anonymous=True`` (the default) leaves the ``response`` column empty, because free text can
        identify someone. Journal entries are private and are never exported. Rows carry a random
        ``export_id`` (made when the store was created, unrelated to who the learner is) so a
        facilitator can match a learner's before/after rows without knowing who they are. Only the
        day is kept, not the time. If ``path`` is a folder, a dated file name is chosen inside it.
        """
        target = export_target(path, self._path)
        export_id, attempts, checks = self._export_snapshot()
        return write_csv(target, export_id, export_rows(attempts, checks, anonymous))

    # ----------------------------------------------------------------- feedback flags (private)

    def save_flag(
        self, exercise_id: str, response: str, labels: Iterable[str], note: str = ""
    ) -> int:
        """Keep a private flag ("this feedback seems wrong") and return its id once it is kept.

        ``labels`` are the labels the scorer gave ``response``; ``note`` (may be empty) is the
        learner's. Like the journal, flags are never in :meth:`export`; :meth:`export_flags`
        shares the ones the learner chooses. Lone surrogates are replaced (U+FFFD); an empty
        answer or one over :data:`~widgets.store.flags.FLAG_TEXT_LIMIT` raises ``ValueError``.
        """
        exercise_id, response, label_tuple, note = check_flag(exercise_id, response, labels, note)
        return self._add_flag(exercise_id, response, label_tuple, note, now())

    def delete_flags(self, ids: Iterable[int]) -> int:
        """Delete the flags with these ids (ids not kept are ignored); returns how many went."""
        wanted = check_flag_ids(ids, allow_empty=True)
        return self._delete_flags(wanted) if wanted else 0

    def export_flags(self, path: str | os.PathLike[str], ids: Iterable[int]) -> Path:
        """Write the flags the learner chose (``ids``) to a CSV for their trainer; return its path.

        Only ever on the learner's request, and only those flags: the file holds their answers
        and notes, so it is not anonymous, and its first lines say so. ``python -m widgets
        flags-to-labelled`` reads it. If ``path`` is a folder, a new dated file is made inside.
        Raises ``ValueError`` when no flag is chosen or a chosen flag is not kept (any more).
        """
        wanted = check_flag_ids(ids)
        chosen = [flag for flag in self.flags() if flag.id in wanted]
        missing = sorted(wanted - {flag.id for flag in chosen})
        if missing:
            raise ValueError(
                f"There is no flag {', '.join(map(str, missing))} to share (deleted already?)."
            )
        return write_share_file(share_target(path, self._path), chosen)

    @abstractmethod
    def flags(self) -> list[Flag]:
        """Every flag kept, oldest first."""

    @abstractmethod
    def _add_flag(
        self,
        exercise_id: str,
        response: str,
        labels: tuple[str, ...],
        note: str,
        created_at: str,
    ) -> int:
        """Keep a checked flag; return its id once it is kept."""

    @abstractmethod
    def _delete_flags(self, ids: frozenset[int]) -> int:
        """Delete the kept flags among ``ids`` (never empty); return how many were deleted."""

    # ----------------------------------------------------------------- reading (each store)

    @abstractmethod
    def attempts(self, exercise_id: str | None = None) -> list[Attempt]:
        """All saved attempts (or those for one exercise), oldest first."""

    @abstractmethod
    def journal(self, prompt_id: str | None = None) -> list[JournalEntry]:
        """All journal entries (or those for one prompt), oldest first."""

    @abstractmethod
    def completed(self) -> set[str]:
        """Ids of exercises the learner has attempted or skipped."""

    @abstractmethod
    def erase(self) -> None:
        """Delete everything kept; the store stays usable, with a new random export id."""

    def close(self) -> None:  # noqa: B027 (deliberately empty, not a hook to fill)
        """Nothing stays open between operations; kept so ``with`` blocks and old habits work.

        The store remains usable after ``close()``, which keeps the shared store from
        :func:`get_store` safe even if some code closes it.
        """

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self._path)!r})"

    # ----------------------------------------------------------------- what each store provides

    @abstractmethod
    def _add_attempt(
        self,
        exercise_id: str,
        value: str | None,
        response: str,
        labels: tuple[str, ...],
        skipped: bool,
        created_at: str,
    ) -> int:
        """Keep a checked attempt; return its id once it is kept."""

    @abstractmethod
    def _add_journal(self, prompt_id: str, text: str, created_at: str) -> int:
        """Keep a checked journal entry; return its id."""

    @abstractmethod
    def _add_selfcheck(self, phase: str, ratings: dict[str, int], created_at: str) -> int:
        """Keep a checked self-check; return its id."""

    @abstractmethod
    def _latest_selfchecks(self) -> dict[str, dict[str, int]]:
        """The ratings of the latest self-check of each phase done."""

    @abstractmethod
    def _export_snapshot(self) -> tuple[str, Iterable[AttemptRow], Iterable[CheckRow]]:
        """One consistent view for an export: the export id, every attempt (oldest first) and
        the latest self-check of each phase (oldest first)."""
