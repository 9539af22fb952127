"""The learner's saved progress: attempts, private journal entries and self-checks.

Only this package touches the progress file; everything above it asks a store. ``get_store()`` is
the store every widget in a kernel shares.
"""

from widgets.store.progress import (
    APP_NAME,
    ENV_HOME,
    EXPORT_COLUMNS,
    FILE_NAME,
    PHASES,
    Attempt,
    JournalEntry,
    MemoryProgressStore,
    ProgressStore,
    StoreError,
    default_path,
    get_store,
    reset_store,
)

__all__ = [
    "APP_NAME",
    "ENV_HOME",
    "EXPORT_COLUMNS",
    "FILE_NAME",
    "PHASES",
    "Attempt",
    "JournalEntry",
    "MemoryProgressStore",
    "ProgressStore",
    "StoreError",
    "default_path",
    "get_store",
    "reset_store",
]
