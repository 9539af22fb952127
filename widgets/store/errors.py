"""Whether this Python has SQLite, and the errors a store can raise.

:data:`StoreError` is the database error to catch (``sqlite3.Error`` when there is SQLite), so
code that shows "could not save" messages never has to import ``sqlite3`` itself. Besides it, a
store raises ``OSError`` (the file cannot be used) and ``ValueError``/``TypeError`` (bad input).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from widgets.store.notices import Notice

try:
    import sqlite3
except ImportError:  # a Python built without it, or Pyodide before its sqlite3 package loads
    sqlite3 = None  # type: ignore[assignment]

__all__ = [
    "HAVE_SQLITE",
    "Damaged",
    "Kept",
    "ReadOnly",
    "StoreError",
    "StoreUnavailable",
    "sqlite3",
]

#: True when ``sqlite3`` could be imported; without it :func:`~widgets.store.open_store` keeps
#: progress in memory only.
HAVE_SQLITE = sqlite3 is not None


class _NoSqliteError(Exception):
    """Stands in for ``sqlite3.Error`` where there is no ``sqlite3``."""


#: The database error a store can raise. It is ``sqlite3.Error`` itself when SQLite is there, so
#: ``except StoreError`` catches exactly what ``except sqlite3.Error`` did; import this instead of
#: ``sqlite3``.
StoreError: type[Exception] = sqlite3.Error if sqlite3 is not None else _NoSqliteError


class StoreUnavailable(OSError):
    """A write could not reach the progress file; :attr:`notice` says why, as a text key.

    Its message is the English sentence, for callers that show ``str(error)`` as it is.
    """

    def __init__(self, message: str, notice: Notice | None = None) -> None:
        super().__init__(message)
        self.notice = notice


class Damaged(Exception):
    """Internal signal: the file is not a readable course store and must be moved aside."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Kept(Exception):
    """Internal signal: the file is not ours to use or change, so it stays exactly where it is.

    ``reason`` is ``"newer"`` (a newer version of the course made it), ``"link"`` (it, or a side
    file, is a symbolic link) or ``"not_ours"`` (it holds tables, views or triggers the course did
    not make). Moving such a file aside could hide it from the program that owns it, and using it
    could run someone else's triggers on the learner's words.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ReadOnly(Exception):
    """Internal signal: the file is a healthy store that can be read but not written."""
