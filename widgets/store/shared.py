"""Opening a store, and the one store every widget in a kernel shares."""

from __future__ import annotations

import os
import threading

from widgets.core.state import on_forget
from widgets.store.base import StoreBase
from widgets.store.errors import HAVE_SQLITE
from widgets.store.location import default_path
from widgets.store.memory_store import MemoryProgressStore
from widgets.store.sqlite_store import ProgressStore

__all__ = ["get_store", "open_store", "reset_store"]

_shared: StoreBase | None = None
_shared_lock = threading.Lock()


def open_store(path: str | os.PathLike[str] | None = None) -> StoreBase:
    """The learner's progress store at ``path`` (None: :func:`default_path`).

    The SQLite file store; where Python has no ``sqlite3`` (Pyodide may fail to load it), a
    :class:`MemoryProgressStore` with the same methods, whose notice says answers are not saved.
    """
    if HAVE_SQLITE:
        return ProgressStore(path)
    return MemoryProgressStore(path)


def get_store() -> StoreBase:
    """The store every widget in this kernel shares; re-made if ``PEER_COURSE_HOME`` changes."""
    global _shared
    path = default_path()
    with _shared_lock:
        if _shared is None or _shared.path != path:
            _shared = open_store(path)
        return _shared


@on_forget("store")
def reset_store() -> None:
    """Forget the shared store (tests use this to start clean)."""
    global _shared
    with _shared_lock:
        if _shared is not None:
            _shared.close()
        _shared = None
