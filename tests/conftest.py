"""Test-wide set-up: every test and every notebook run uses an empty, temporary progress store.

Nothing a test does may read or change a learner's own saved progress. The folder is made when
this file is imported, before any test module imports ``widgets`` (so the store never sees the real
home), and removed when the session ends.
"""

import os
import shutil
import tempfile

import pytest

_HOME = tempfile.mkdtemp(prefix="peer-course-tests-")
os.environ["PEER_COURSE_HOME"] = _HOME
os.environ.pop("PEER_COURSE_LANG", None)
os.environ.pop("PEER_COURSE_DATA", None)


def pytest_unconfigure(config):
    """Remove the session's progress folder (each xdist worker removes its own)."""
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def playwright_manager(request):
    """One Playwright for the whole run, shared by the browser and hub tests: a second sync
    Playwright in the same process refuses to start while the first is alive."""
    from playwright.sync_api import sync_playwright

    manager = sync_playwright().start()
    request.addfinalizer(manager.stop)
    return manager
