"""The SQLite progress file itself: its schema, opening it, making it, moving it aside, wiping it.

Functions here work on a path and know nothing of notices or locks; the store
(:mod:`widgets.store.sqlite_store`) decides when to call them and what to tell the learner.

* **Rollback journal, not WAL**: many JupyterHub installs keep home folders on network file
  systems, where WAL's shared memory does not work. At a learner's tiny write rate the classic
  journal is just as good. (Side files ``-wal``/``-shm``/``-journal`` are still handled if they
  appear.)
* **Atomic creation**: a new file is built completely (schema, random export id, owner-only
  permissions) under a temporary name and then hard-linked into place, so a half-made or zero-byte
  ``progress.sqlite3`` is never ours: it is treated as damaged, moved aside and kept.
* **Migrations**: each entry of ``_MIGRATIONS`` upgrades the file to that version; a new file
  applies all of them in order, so creation and upgrades share one code path.
* **Only our own files**: a store that is a link, was made by a newer version of the course, or
  holds triggers, views or tables the course did not make is not ours (``Kept``): it is never
  used, moved or deleted. A store that can only be read is opened read-only (``ReadOnly``).
  :mod:`widgets.store.file_guard` holds those checks.
"""

from __future__ import annotations

import os
import secrets
import stat
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from widgets.store import file_guard, location
from widgets.store.errors import Damaged, Kept, ReadOnly, sqlite3
from widgets.store.records import now
from widgets.store.rows import decode_text

__all__ = [
    "BUSY_TIMEOUT_S",
    "SCHEMA_VERSION",
    "SIDE_SUFFIXES",
    "connect",
    "create",
    "fsync_dir",
    "is_damage_error",
    "move_aside",
    "quick_check",
    "side",
    "tighten_permissions",
    "wipe",
]

SCHEMA_VERSION = 2
BUSY_TIMEOUT_S = 10.0
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

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
    # Feedback flags: "this feedback seems wrong" (widgets/store/flags.py). Additive only.
    2: (
        """CREATE TABLE flags (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            exercise_id TEXT NOT NULL,
            response TEXT NOT NULL,
            labels TEXT NOT NULL,
            note TEXT NOT NULL,
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
    "flags": ("id", "exercise_id", "response", "labels", "note", "created_at"),
}

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_HEADER = file_guard.SQLITE_HEADER


def is_damage_error(exc: sqlite3.DatabaseError) -> bool:
    """True for "this file is broken" errors, never for "busy/locked" or ordinary mistakes."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    message = str(exc).lower()
    return "malformed" in message or "not a database" in message


def side(path: Path, suffix: str) -> Path:
    """A side file of ``path`` (``-journal``, ``-wal``, ``-shm``)."""
    return path.with_name(path.name + suffix)


def fsync_dir(folder: Path) -> None:
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


def connect_pragmas(con: sqlite3.Connection) -> None:
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
    con.text_factory = decode_text  # text that is not UTF-8 is a bad row, not a crash
    con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    con.execute("PRAGMA synchronous = FULL")
    if location.BROWSER:
        con.execute("PRAGMA journal_mode = MEMORY")


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open the existing file and check that it is a healthy store of a version we understand.

    Raises ``FileNotFoundError`` when there is no file yet, ``Damaged`` when there is one we
    cannot use (it may be moved aside), ``Kept`` when it is not ours to touch at all, and
    ``ReadOnly`` when it can only be read: ``read_only=True`` then opens it for reading.
    ``mode=rw`` stops SQLite from quietly creating an empty file of its own.
    """
    if not os.path.lexists(path):
        raise FileNotFoundError(path)
    if file_guard.has_link(path, SIDE_SUFFIXES):
        raise Kept("link")
    if not path.is_file():
        raise Damaged("not_a_file")
    if path.stat().st_size == 0:
        raise Damaged("empty")
    if not os.access(path, os.R_OK):
        raise Damaged("unreadable")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise Damaged("unreadable") from exc
    if header != _SQLITE_HEADER:
        # Checked before SQLite sees the file, so it cannot tidy away a "-journal" beside it
        # that belongs with the damaged copy.
        raise Damaged("damaged")
    if (file_guard.header_version(path) or 0) > SCHEMA_VERSION:
        raise Kept("newer")  # said before SQLite opens it, so not even a journal is replayed
    if not read_only and not file_guard.writable(path):
        raise ReadOnly()
    try:
        con = sqlite3.connect(
            path.as_uri() + ("?mode=ro" if read_only else "?mode=rw"),
            uri=True,
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,  # we write BEGIN/COMMIT ourselves
        )
    except sqlite3.OperationalError as exc:
        if os.path.lexists(path):
            raise Damaged("unreadable") from exc
        raise FileNotFoundError(path) from exc
    try:
        connect_pragmas(con)
        _check_and_migrate(con, read_only)
    except sqlite3.DatabaseError as exc:
        con.close()
        if is_damage_error(exc):
            raise Damaged("damaged") from exc
        raise
    except BaseException:
        con.close()
        raise
    return con


def _check_and_migrate(con: sqlite3.Connection, read_only: bool) -> None:
    """Check the version and the objects before anything runs in the file, then migrate.

    A newer version is not ours to change (``Kept``), so it is never migrated or moved. Objects
    are checked before migrating, as a migration's writes could fire a trigger left in the file.
    A read-only file older than this version is read as it is (its own version's columns).
    """
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise Kept("newer")
    if version < 1:
        raise Damaged("foreign")
    if file_guard.extra_objects(con, version, _MIGRATIONS):
        raise Kept("not_ours")
    if version < SCHEMA_VERSION:
        # Its own version's tables first: a file that is not ours is never changed by a
        # migration before it is found out (it is moved aside exactly as it was).
        _check_schema(con, file_guard.expected_columns(version, _MIGRATIONS))
        if read_only:
            return
        _migrate(con)
    _check_schema(con)


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


def _check_schema(
    con: sqlite3.Connection, tables: dict[str, tuple[str, ...]] | None = None
) -> None:
    for table, expected in (tables or _EXPECTED_COLUMNS).items():
        columns = tuple(r[1] for r in con.execute(f"PRAGMA table_info({table})"))
        if columns != expected:
            raise Damaged("foreign")


def quick_check(path: Path, *, read_only: bool = False) -> bool:
    """Check an existing file fully once: False when it is damaged (True too when there is none).

    Raises ``Damaged``, ``Kept`` and ``ReadOnly`` from :func:`connect`, and database errors that
    are not damage.
    """
    try:
        con = connect(path, read_only=read_only)
    except FileNotFoundError:
        return True
    except sqlite3.DatabaseError as exc:
        if not is_damage_error(exc):
            raise
        return False
    try:
        result = con.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        if not is_damage_error(exc):
            raise
        result = None
    finally:
        con.close()
    return bool(result) and result[0] == "ok"


def tighten_permissions(path: Path) -> None:
    """A copied or restored file may be readable by others; keep it owner-only (POSIX).

    Only takes permissions away (a read-only file stays read-only), and never through a link.
    """
    if os.name != "posix" or not file_guard.plain_file(path):
        return
    try:
        mode = os.lstat(path).st_mode
        if mode & 0o077:
            file_guard.chmod_private(path, stat.S_IMODE(mode) & 0o700)
    except OSError:
        pass


def create(path: Path) -> None:
    """Build a complete new store in a temporary file, then link it into place atomically."""
    folder = path.parent
    try:
        folder.mkdir(parents=True)
    except FileExistsError:
        pass
    else:
        if os.name == "posix":
            os.chmod(folder, 0o700)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=folder)
    os.close(fd)  # mkstemp makes it owner-only (0o600) from the start
    tmp = Path(tmp_name)
    try:
        con = sqlite3.connect(tmp, isolation_level=None)
        try:
            connect_pragmas(con)
            con.execute("BEGIN")
            for target in range(1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[target]:
                    con.execute(statement)
            con.execute(
                "INSERT INTO meta (key, value) VALUES ('export_id', ?)",
                (secrets.token_hex(8),),
            )
            con.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (now(),))
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            con.execute("COMMIT")
        finally:
            con.close()
        if os.name == "posix":
            file_guard.chmod_private(tmp, 0o600)  # in case an erase() elsewhere removed it
        _publish(tmp, path)
        fsync_dir(folder)
    finally:
        tmp.unlink(missing_ok=True)


def _publish(tmp: Path, path: Path) -> None:
    """Put ``tmp`` at ``path`` only if nothing is there (another kernel may have won)."""
    link = getattr(os, "link", None)  # Pyodide's os module has no link() at all
    if link is not None:
        try:
            link(tmp, path)
            return
        except FileExistsError:
            return
        except OSError:
            pass  # file systems without hard links (some USB sticks, network shares)
    try:
        if sys.platform == "win32":
            os.rename(tmp, path)  # never replaces an existing file on Windows
        elif not os.path.lexists(path):
            os.rename(tmp, path)
    except (FileExistsError, FileNotFoundError):
        pass  # someone else's file is in place, or an erase() removed ours: caller retries


def move_aside(path: Path) -> Path:
    """Rename a damaged file (and its side files) to ``<name>.corrupt-<UTC time>``; keep it.

    Returns the new name. Raises ``FileNotFoundError`` when the file is gone already (another
    kernel moved it) and ``OSError`` when it cannot be renamed, e.g. in a read-only folder.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    base = path.with_name(f"{path.name}.corrupt-{stamp}")
    aside, n = base, 1
    while os.path.lexists(aside) or any(os.path.lexists(side(aside, s)) for s in SIDE_SUFFIXES):
        n += 1
        aside = base.with_name(f"{base.name}-{n}")
    os.rename(path, aside)
    for suffix in SIDE_SUFFIXES:
        # These belong to the damaged file: left behind, SQLite could replay them into the
        # fresh one. Next to the moved copy, they help anyone trying to recover it.
        try:
            os.rename(side(path, suffix), side(aside, suffix))
        except OSError:
            pass
    if os.name == "posix" and file_guard.plain_file(aside):
        try:  # it may hold the learner's answers; never through a link
            file_guard.chmod_private(aside, stat.S_IMODE(os.lstat(aside).st_mode) & 0o700)
        except OSError:
            pass
    return aside


def wipe(path: Path) -> None:
    """Delete everything the course made at ``path``: its content, side files, moved-aside
    copies and leftovers.

    The tables are emptied first (with ``secure_delete``), so the content is gone even if a file
    cannot be unlinked (on Windows another kernel may hold it open for a moment). It never deletes
    what the course did not make: a store that is not ours (``Kept``) and its side files, links,
    folders, and moved-aside stores of a newer course or another program (see
    :func:`file_guard.erasable`). Raises ``ReadOnly``, having deleted nothing, when the store can
    be read but not written.
    """
    ours = _empty(path)
    folder = path.parent
    doomed = [path, *(side(path, s) for s in SIDE_SUFFIXES)] if ours else []
    if folder.is_dir():
        doomed += [p for p in folder.glob(f"{path.name}.corrupt-*") if _erasable_copy(p)]
        doomed += folder.glob(f".{path.name}-*.tmp")
    for item in doomed:
        if not file_guard.plain_file(item):
            continue  # a link, or a folder that sat where the file belongs, is not ours
        try:
            item.unlink()
        except FileNotFoundError:
            pass
    fsync_dir(folder)


def _empty(path: Path) -> bool:
    """Empty the store at ``path`` if it is ours; True when its files may be deleted."""
    try:
        con = connect(path)
    except FileNotFoundError:
        return True  # its side files may still be there
    except Kept:
        return False
    except (sqlite3.Error, Damaged, OSError):
        # damaged or unreadable: deleting it is all we can do, if it was ours
        return file_guard.erasable(path, SCHEMA_VERSION)
    try:
        con.execute("PRAGMA secure_delete = ON")
        con.execute("BEGIN IMMEDIATE")
        for table in _EXPECTED_COLUMNS:  # every table, flags too
            con.execute(f"DELETE FROM {table}")
        # If the file outlives the unlink below, it must not keep the old id.
        con.execute(
            "INSERT INTO meta (key, value) VALUES ('export_id', ?)",
            (secrets.token_hex(8),),
        )
        con.execute("COMMIT")
    except sqlite3.Error:
        pass  # the unlink below still removes it
    finally:
        con.close()
    return True


def _erasable_copy(copy: Path) -> bool:
    """A moved-aside copy (or its side file) erase() may delete: see :func:`file_guard.erasable`."""
    main = copy
    for suffix in SIDE_SUFFIXES:
        owner = copy.with_name(copy.name.removesuffix(suffix))
        if owner != copy and os.path.lexists(owner):
            main = owner
    return file_guard.erasable(copy, SCHEMA_VERSION) and file_guard.erasable(main, SCHEMA_VERSION)
