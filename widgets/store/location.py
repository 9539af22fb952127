"""Where the learner's progress file lives, and how lasting that place is.

By default the file is ``progress.sqlite3`` in the user data folder from platformdirs
(``user_data_dir("peer-support-course")``); when the environment variable ``PEER_COURSE_HOME``
names a folder, it is in that folder instead.

In the browser (JupyterLite's Pyodide kernel, ``sys.platform == "emscripten"``) the kernel's home
folder is in memory, but the files the learner sees in the file browser are mounted at ``/drive``
and kept in the browser's own storage (IndexedDB). When ``/drive`` is there and writable, the
default store is ``/drive/.peer-course/progress.sqlite3``, which survives a page reload; the
store's notice says it is kept in this browser only. Without ``/drive`` progress is not kept.

Tests may set :data:`BROWSER` and :data:`DRIVE` on this module to simulate the browser; every
store reads them from here when it needs them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from widgets.store.errors import HAVE_SQLITE

__all__ = [
    "APP_NAME",
    "BROWSER",
    "DRIVE",
    "DRIVE_FOLDER",
    "ENV_HOME",
    "FILE_NAME",
    "browser_drive",
    "default_path",
    "resolve",
    "storage_kind",
]

APP_NAME = "peer-support-course"
ENV_HOME = "PEER_COURSE_HOME"
FILE_NAME = "progress.sqlite3"

#: True inside the browser (Pyodide, as JupyterLite runs it). Tests may set it to simulate that.
BROWSER = sys.platform == "emscripten"
#: Where JupyterLite's Pyodide kernel mounts the file browser's contents, which the browser keeps
#: (IndexedDB) across page reloads. Everything else in the kernel's file system is in memory.
DRIVE = Path("/drive")
#: The store's folder inside ``DRIVE``: hidden (a dot folder), so it does not clutter the files.
DRIVE_FOLDER = ".peer-course"


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


def resolve(path: str | os.PathLike[str] | None) -> Path:
    """The absolute file a store uses: ``path`` as given, or :func:`default_path` for None."""
    return default_path() if path is None else Path(path).expanduser().absolute()


def storage_kind(path: Path, *, in_memory: bool = False) -> str:
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
