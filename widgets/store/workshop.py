"""Sharing a learner's anonymous summary with the workshop's facilitator, and taking it back.

On a workshop hub (``scripts/workshop-hub.sh``) the hub tells every learner's server where the
workshop's **drop folder** is, in the environment variable ``PEER_COURSE_DROP``. Sharing writes
one file there, ``share-<id>.csv``:

* **Anonymous, smaller than an export.** The columns the group dashboard reads and nothing
  else (:data:`SHARE_COLUMNS`): no answer in the learner's own words, no journal, no flags, no
  day, no name. The id is not the store's ``export_id`` either: it is worked out from a secret
  kept beside the learner's progress file (:data:`KEY_FILE`, owner-only, never shared) and the
  workshop's own salt (:data:`SALT_FILE` in the drop folder), so it is the same every time this
  learner shares in this workshop (a new share replaces the old one) and different in the next
  workshop, and nobody holding the salt, or an earlier export, can work back to the learner.
* **Permissions, not trust** (the pattern of nbgrader's exchange, made stricter). The hub makes
  the drop folder ``drwxrws-wT``: owned by the facilitator, group the workshop's facilitators,
  set-group-id and sticky, and not readable by anyone else. A learner can create a file in it
  but cannot list it, cannot read anyone's file (each is ``-rw-r-----``: the owner, and the
  facilitators' group the folder hands down), and cannot replace or delete a file they do not
  own (the sticky bit). The file is written under a temporary hidden name, owner-only, and
  renamed into place when complete: the facilitator never reads half a file.
* **Opt-in and withdrawable.** Nothing is written until the learner asks (:func:`share`), and
  :func:`withdraw` deletes the learner's file at any time; :func:`preview` says exactly what a
  share would hold (the columns and how many rows) before anything is written.

``widgets/ui/share.py`` is the learner's button; ``widgets/tools/workshop.py`` makes the folder.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import os
import re
import secrets
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from widgets.store.exports import EXPORT_COLUMNS, export_rows

__all__ = [
    "DROP_ENV",
    "KEY_FILE",
    "SALT_FILE",
    "SHARED_MODE",
    "SHARE_COLUMNS",
    "ShareError",
    "Preview",
    "drop_folder",
    "is_shared",
    "preview",
    "share",
    "share_text",
    "shared_path",
    "withdraw",
    "workshop_salt",
]

#: The environment variable a workshop hub sets to the drop folder's path.
DROP_ENV = "PEER_COURSE_DROP"
#: The workshop's salt, in the drop folder (hidden: the dashboard skips names with a dot first).
SALT_FILE = ".workshop-salt"
#: The learner's own secret, beside their progress file (owner-only; it never leaves).
KEY_FILE = "workshop-key"
#: What a shared file holds: the columns the dashboard reads. No free text, no day.
SHARE_COLUMNS = tuple(c for c in EXPORT_COLUMNS if c not in ("response", "day"))
#: A shared file: the learner may read and write it, the facilitators' group may read it.
SHARED_MODE = 0o640
#: A salt is short printable text (the hub writes 32 hex digits).
_SALT = re.compile(r"[A-Za-z0-9_-]{16,128}")
_KEY = re.compile(r"[0-9a-f]{64}")
_PREFIX = "share-"


class ShareError(ValueError):
    """Nothing can be shared (the drop folder is missing or not set up, nothing to share yet):
    ``str()`` says why, and ``key`` is the text key (``share.*``) of the words for a learner."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail


@dataclass(frozen=True)
class Preview:
    """What a share would hold, said before anything is written."""

    columns: tuple[str, ...]
    rows: int
    attempts: int
    selfchecks: int
    share_id: str


def drop_folder() -> Path | None:
    """The workshop's drop folder from ``PEER_COURSE_DROP``, or None outside a workshop."""
    value = os.environ.get(DROP_ENV, "").strip()
    return Path(value).expanduser().absolute() if value else None


def workshop_salt(folder: Path) -> str:
    """The workshop's salt (raises :class:`ShareError` when the folder is not set up)."""
    if not folder.is_dir():
        raise ShareError("share.problem_no_folder", str(folder))
    try:
        fd = os.open(folder / SALT_FILE, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as err:
        raise ShareError("share.problem_not_set_up", err.strerror or str(err)) from None
    with os.fdopen(fd, "rb") as handle:
        salt = handle.read(256).decode("ascii", "replace").strip()
    if not _SALT.fullmatch(salt):
        raise ShareError("share.problem_not_set_up", "the salt is not in the right form")
    return salt


def _learner_key(store: Any) -> bytes:
    """The learner's secret beside the progress file, made (owner-only) the first time."""
    if getattr(store, "storage", "file") != "file":
        raise ShareError("share.problem_not_kept")  # nowhere lasting to keep the secret
    path = Path(store.path).parent / KEY_FILE
    no_follow = getattr(os, "O_NOFOLLOW", 0)
    for _ in range(2):
        try:
            fd = os.open(path, os.O_RDONLY | no_follow)
        except FileNotFoundError:
            pass
        else:
            with os.fdopen(fd, "rb") as handle:
                text = handle.read(128).decode("ascii", "replace").strip()
            if _KEY.fullmatch(text):
                return bytes.fromhex(text)
            raise ShareError("share.problem_key", str(path))
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | no_follow, 0o600)
        except FileExistsError:
            continue  # another kernel made it a moment ago: read that one
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secrets.token_hex(32) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
    raise ShareError("share.problem_key", str(path))


def share_id(store: Any, folder: Path) -> str:
    """This learner's id in this workshop: HMAC-SHA256(learner's secret, workshop salt)."""
    salt = workshop_salt(folder)
    digest = hmac.new(_learner_key(store), salt.encode("ascii"), hashlib.sha256)
    return digest.hexdigest()[:24]


def shared_path(store: Any, folder: Path) -> Path:
    """Where this learner's shared file is, or would be, in ``folder``."""
    return folder / f"{_PREFIX}{share_id(store, folder)}.csv"


def _rows(store: Any, pseudonym: str) -> list[dict[str, object]]:
    _export_id, attempts, checks = store._export_snapshot()
    rows = export_rows(attempts, checks, anonymous=True)
    return [{**{c: row.get(c, "") for c in SHARE_COLUMNS}, "export_id": pseudonym} for row in rows]


def share_text(store: Any, folder: Path) -> str:
    """The exact CSV a share writes now (the preview and the file are made the same way)."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=SHARE_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(_rows(store, share_id(store, folder)))
    return out.getvalue()


def preview(store: Any, folder: Path) -> Preview:
    """The columns, the number of rows (attempts and self-check ratings) and the id to share."""
    pseudonym = share_id(store, folder)
    rows = _rows(store, pseudonym)
    attempts = sum(1 for r in rows if r["record_type"] == "attempt")
    return Preview(SHARE_COLUMNS, len(rows), attempts, len(rows) - attempts, pseudonym)


def _mine(path: Path) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid()


def is_shared(store: Any, folder: Path) -> bool:
    """True when this learner's file is in the drop folder now."""
    return _mine(shared_path(store, folder))


def share(store: Any, folder: Path) -> Path:
    """Write (or replace) this learner's anonymous summary in the drop folder; return its path.

    Owner-only while it is written, then ``-rw-r-----`` with the folder's group, and renamed into
    place whole. Raises :class:`ShareError` when the folder is not set up or there is nothing
    to share yet, and ``OSError`` when it cannot be written.
    """
    target = shared_path(store, folder)
    text = share_text(store, folder)
    if text.count("\n") < 2:  # the header alone
        raise ShareError("share.nothing_yet")
    data = text.encode("utf-8")
    group = os.stat(folder).st_gid
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if os.fstat(handle.fileno()).st_gid != group:  # a folder without set-group-id
                try:
                    os.fchown(handle.fileno(), -1, group)
                except OSError:
                    raise ShareError("share.problem_group", str(folder)) from None
            os.fchmod(handle.fileno(), SHARED_MODE)
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target


def withdraw(store: Any, folder: Path) -> bool:
    """Delete this learner's shared file; True if there was one (only ever their own)."""
    target = shared_path(store, folder)
    if not _mine(target):
        return False
    target.unlink()
    return True
