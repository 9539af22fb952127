"""The process-wide caches, registered in one place so one call forgets them all.

Data files are read once per process so a click never waits on the disk. Each module that keeps
such a cache registers how to forget it here; :func:`forget_all` (``widgets.exercises.reset()``)
forgets every one, e.g. after a trainer edits a data file while the kernel runs, or between tests.
"""

from __future__ import annotations

from collections.abc import Callable

_forgetters: dict[str, Callable[[], None]] = {}


def on_forget(name: str) -> Callable[[Callable[[], None]], Callable[[], None]]:
    """Register a function that empties one cache (decorator); ``name`` says which cache."""

    def register(forget: Callable[[], None]) -> Callable[[], None]:
        _forgetters[name] = forget
        return forget

    return register


def forget_all() -> None:
    """Forget every cached file, lexicon, bank, store and shown notice."""
    for forget in list(_forgetters.values()):
        forget()


def caches() -> tuple[str, ...]:
    """The names of the registered caches (for tests and for curious readers)."""
    return tuple(_forgetters)
