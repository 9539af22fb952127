"""Checks that keep the store to files it made itself, in places it may write.

A progress file can sit in a shared folder, be restored from a backup, be left by a newer version
of the course or be changed by another program. Before the store uses, changes or deletes a file
it asks here:

* **Links**: a store (or a side file) that is a symbolic link is never followed: reading,
  writing or ``chmod`` through it would reach a file somewhere else, perhaps someone else's.
  :func:`chmod_private` never follows one either.
* **Objects**: a store may hold only the tables and indexes the course's own migrations make.
  A trigger or view from elsewhere could copy private journal text into what gets exported;
  such a file is not ours and is left alone (:func:`extra_objects`).
* **Writing**: :func:`writable` says whether SQLite could write the file (it also needs the
  folder, for its ``-journal``), so a read-only store is read, not taken for a damaged one.
* **Erasing**: :func:`erasable` says whether a leftover may be deleted: not a link or a folder,
  and not a store that a newer course or another program made (its header says which).

The expected objects are worked out by applying the migrations to an empty in-memory database,
so a new migration (a new table) is expected everywhere without being listed again here.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from widgets.store import location
from widgets.store.errors import sqlite3

__all__ = [
    "SQLITE_HEADER",
    "chmod_private",
    "erasable",
    "expected_columns",
    "extra_objects",
    "has_link",
    "header_version",
    "plain_file",
    "writable",
]

SQLITE_HEADER = b"SQLite format 3\x00"
_USER_VERSION_AT = 60  # where the header keeps PRAGMA user_version: 4 bytes, big-endian

Migrations = Mapping[int, Iterable[str]]


def has_link(path: Path, suffixes: Iterable[str]) -> bool:
    """True when the store, or one of its side files, is a symbolic link."""
    names = [path, *(path.with_name(path.name + s) for s in suffixes)]
    return any(os.path.islink(name) for name in names)


def plain_file(path: Path) -> bool:
    """True for a regular file itself: not a link, not a folder, not missing."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def writable(path: Path) -> bool:
    """Whether SQLite could write the store: the file, and outside the browser (where the
    journal is kept in memory) the folder, where it makes its ``-journal`` for each write."""
    if not os.access(path, os.W_OK):
        return False
    return location.BROWSER or os.access(path.parent, os.W_OK)


def chmod_private(path: Path, mode: int) -> None:
    """``chmod`` the file at ``path`` itself to ``mode``, never a file a link points to.

    Where ``os.chmod`` cannot skip links (Linux), the file is opened with ``O_NOFOLLOW``, which
    fails on a link, and changed through that handle, so a link swapped in meanwhile is not
    followed either. Raises ``OSError`` when it cannot be done; a link is left as it is.
    """
    if os.chmod in os.supports_follow_symlinks:
        if not os.path.islink(path):
            os.chmod(path, mode, follow_symlinks=False)
        return
    no_follow = getattr(os, "O_NOFOLLOW", 0)
    if not no_follow or not hasattr(os, "fchmod"):
        if plain_file(path):  # the best this platform allows
            os.chmod(path, mode)
        return
    flags = os.O_RDONLY | no_follow | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            os.fchmod(fd, mode)
    finally:
        os.close(fd)


def header_version(path: Path) -> int | None:
    """The ``user_version`` an SQLite file's header records; None when it is not SQLite."""
    try:
        with path.open("rb") as handle:
            header = handle.read(_USER_VERSION_AT + 4)
    except OSError:
        return None
    if not header.startswith(SQLITE_HEADER) or len(header) < _USER_VERSION_AT + 4:
        return None
    return int.from_bytes(header[_USER_VERSION_AT:], "big", signed=True)


def erasable(path: Path, schema_version: int) -> bool:
    """Whether ``erase()`` may delete this file: a plain file that is not a store of a newer
    course (version above ours) or of another program (version 0). A file that is not SQLite
    at all is a damaged copy of our own store, moved aside earlier."""
    if not plain_file(path):
        return False
    version = header_version(path)
    return version is None or 1 <= version <= schema_version


def _statements(migrations: Migrations, version: int) -> tuple[str, ...]:
    return tuple(s for v in range(1, version + 1) for s in migrations.get(v, ()))


@lru_cache(maxsize=8)
def _schema(statements: tuple[str, ...]) -> tuple[frozenset, dict[str, tuple[str, ...]]]:
    """The objects and table columns those statements make, from an in-memory database."""
    con = sqlite3.connect(":memory:")
    try:
        for statement in statements:
            con.execute(statement)
        objects = frozenset(_objects(con))
        columns = {
            name: tuple(r[1] for r in con.execute(f"PRAGMA table_info({name})"))
            for kind, name, _ in objects
            if kind == "table"
        }
    finally:
        con.close()
    return objects, columns


def _objects(con: sqlite3.Connection) -> set[tuple[str, str, str]]:
    """(type, name, table) of everything in the file, but SQLite's own tables and indexes."""
    found = set()
    for kind, name, table in con.execute("SELECT type, name, tbl_name FROM sqlite_master"):
        if kind in ("table", "index") and str(name).startswith("sqlite_"):
            continue  # sqlite_sequence, sqlite_autoindex_*, sqlite_stat*: SQLite makes these
        found.add((kind, name, table))
    return found


def extra_objects(con: sqlite3.Connection, version: int, migrations: Migrations) -> set:
    """Objects in the file that the migrations up to ``version`` do not make (empty: ours).

    Read from ``sqlite_master`` only, so nothing in the file runs while it is checked.
    """
    expected, _ = _schema(_statements(migrations, version))
    return _objects(con) - expected


def expected_columns(version: int, migrations: Migrations) -> dict[str, tuple[str, ...]]:
    """The columns of each table the migrations up to ``version`` make."""
    return dict(_schema(_statements(migrations, version))[1])
