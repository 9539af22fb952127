"""The older import path, kept so ``from widgets.store.progress import ProgressStore, get_store``
(as the README and the facilitator guide show it) keeps working. New code imports from
:mod:`widgets.store`.

To simulate the browser in a test, set ``BROWSER``/``DRIVE`` on :mod:`widgets.store.location`,
where the stores read them.
"""

from widgets.store import (
    APP_NAME,
    ENV_HOME,
    EXPORT_COLUMNS,
    FILE_NAME,
    HAVE_SQLITE,
    PHASES,
    Attempt,
    JournalEntry,
    MemoryProgressStore,
    Notice,
    ProgressStore,
    StoreBase,
    StoreError,
    default_path,
    get_store,
    open_store,
    reset_store,
)
from widgets.store.location import DRIVE_FOLDER
from widgets.store.sqlite_file import SCHEMA_VERSION

__all__ = [
    "APP_NAME",
    "DRIVE_FOLDER",
    "ENV_HOME",
    "EXPORT_COLUMNS",
    "FILE_NAME",
    "HAVE_SQLITE",
    "PHASES",
    "SCHEMA_VERSION",
    "Attempt",
    "JournalEntry",
    "MemoryProgressStore",
    "Notice",
    "ProgressStore",
    "StoreBase",
    "StoreError",
    "default_path",
    "get_store",
    "open_store",
    "reset_store",
]
