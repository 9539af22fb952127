"""The learner's saved progress: attempts, private journal entries and self-checks.

Only this package touches the progress file; everything above it asks a store. ``get_store()`` is
the store every widget in a kernel shares; ``open_store(path)`` opens one more. Nothing is ever
sent anywhere. The modules, from the bottom up:

* ``records``: what is kept (:class:`Attempt`, :class:`JournalEntry`, :data:`PHASES`) and the
  checks on it (text, labels, ratings).
* ``notices``: what a store tells the learner, as text keys (:class:`Notice`); the words are in
  data/text/<lang>.yaml under ``notice.*``.
* ``errors``: whether there is ``sqlite3``, and :data:`StoreError`, the one database error to
  catch (``sqlite3.Error`` when there is SQLite).
* ``location``: where the file lives (:func:`default_path`, ``PEER_COURSE_HOME``, the browser's
  ``/drive``) and how lasting that place is.
* ``exports``: the CSV export (:data:`EXPORT_COLUMNS`), anonymous by default.
* ``flags``: feedback flags ("this feedback seems wrong", :class:`Flag`): their checks and the
  share file a learner may choose to write for their trainer; never in the export.
* ``base``: :class:`StoreBase`, what every store offers, with the checks they share.
* ``file_guard``: the checks that keep the store to files it made, in places it may write (no
  links followed, no objects the course did not make, read-only files read, not replaced).
* ``rows``: reading saved rows back; a row that does not make sense is skipped and counted.
* ``sqlite_file`` and ``sqlite_store``: the SQLite file (schema, migrations, atomic creation,
  damaged files moved aside, files that are not ours kept as they are, secure erase) and
  :class:`ProgressStore`, the store that uses it.
* ``memory_store``: :class:`MemoryProgressStore`, for a Python without ``sqlite3``.
* ``shared``: :func:`open_store`, :func:`get_store` and :func:`reset_store`.
"""

from widgets.store.base import StoreBase
from widgets.store.errors import HAVE_SQLITE, StoreError, StoreUnavailable
from widgets.store.exports import EXPORT_COLUMNS
from widgets.store.location import APP_NAME, ENV_HOME, FILE_NAME, default_path
from widgets.store.memory_store import MemoryProgressStore
from widgets.store.notices import Notice
from widgets.store.records import PHASES, Attempt, Flag, JournalEntry
from widgets.store.shared import get_store, open_store, reset_store
from widgets.store.sqlite_store import ProgressStore

__all__ = [
    "APP_NAME",
    "ENV_HOME",
    "EXPORT_COLUMNS",
    "FILE_NAME",
    "HAVE_SQLITE",
    "PHASES",
    "Attempt",
    "Flag",
    "JournalEntry",
    "MemoryProgressStore",
    "Notice",
    "ProgressStore",
    "StoreBase",
    "StoreError",
    "StoreUnavailable",
    "default_path",
    "get_store",
    "open_store",
    "reset_store",
]
