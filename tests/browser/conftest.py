"""Fixtures for the browser tests: one JupyterLab on a temp copy of the course, one Chromium.

The whole folder is skipped, with the reason, when Chromium or Playwright is missing. Servers are
stopped by fixture finalizers, so they go away even when a test fails.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from browser_support import (
    ROOT,
    chromium_problem,
    exercise,
    launch_browser,
    make_workspace,
    open_notebook,
    run_all,
    start_lab,
    stop_on_sigterm,
)

HERE = Path(__file__).resolve().parent
#: Where each run saves its pictures (git-ignored). The README's pictures are copies of the best
#: ones in docs/screenshots/, refreshed by hand: cp _output/screenshots/<name>.png docs/screenshots/
SCREENSHOTS = Path(os.environ.get("PEER_COURSE_SCREENSHOTS") or ROOT / "_output" / "screenshots")
VIEWPORT = {"width": 1280, "height": 1000}
#: How long an expectation waits (Playwright's default is 5 s). Feedback takes ~50 ms, but a
#: loaded 2-core CI machine runs JupyterLab, a kernel and Chromium at once.
EXPECT_TIMEOUT_MS = 20_000


def pytest_configure(config):
    try:
        from playwright.sync_api import expect
    except ImportError:  # reported as the skip reason below
        return
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)


def pytest_collection_modifyitems(config, items):
    problem = chromium_problem()
    if not problem:
        return
    skip = pytest.mark.skip(reason=problem)
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def workspace(request):
    """A throw-away copy of course/ and data/, with its own empty progress store."""
    path = make_workspace()
    request.addfinalizer(lambda: shutil.rmtree(path, ignore_errors=True))
    return path


@pytest.fixture(scope="session")
def lab(request, workspace):
    """JupyterLab on the copy; stopped (kernels too) however the session ends."""
    stop_on_sigterm()  # a CI timeout's SIGTERM still runs the finalizers below
    server = start_lab(workspace)
    request.addfinalizer(server.stop)
    return server


@pytest.fixture(scope="session")
def browser(request, playwright_manager):
    chromium = launch_browser(playwright_manager)
    request.addfinalizer(chromium.close)
    return chromium


@pytest.fixture(scope="session")
def dialogs():
    """Every JavaScript dialog (alert, confirm, prompt) any page opened; must stay empty."""
    return []


@pytest.fixture(scope="session")
def new_page(request, browser, dialogs):
    """Make a fresh page whose dialogs are recorded (and dismissed) instead of blocking."""

    def make():
        context = browser.new_context(viewport=VIEWPORT)
        request.addfinalizer(context.close)
        page = context.new_page()
        page.set_default_timeout(30_000)

        def on_dialog(dialog):
            dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        page.on("dialog", on_dialog)
        return page

    return make


@pytest.fixture(scope="session")
def mutuality(lab, new_page):
    """02_mutuality opened in JupyterLab with every cell run: one page shared by the tests.

    Each test uses its own exercise on this page, so the order of tests does not matter.
    """
    page = new_page()
    open_notebook(page, lab, "02_mutuality.ipynb")
    run_all(page, lab)
    exercise(page, "mutuality-rewrite-yoga")
    return page


@pytest.fixture(scope="session")
def welcome(lab, new_page):
    """00_welcome run in JupyterLab: the "before" self-check and the course map."""
    page = new_page()
    open_notebook(page, lab, "00_welcome.ipynb")
    run_all(page, lab)
    return page


@pytest.fixture(scope="session")
def screenshot():
    """Save a widget's picture as <SCREENSHOTS>/<name>.png (for the README and reviewers)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(locator, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page = locator.page
        # The notebook scrolls inside a fixed-height panel: grow the window so the whole
        # exercise is on screen at once, then put the window back.
        height = locator.bounding_box()["height"]
        page.set_viewport_size({"width": VIEWPORT["width"], "height": int(height) + 400})
        try:
            locator.scroll_into_view_if_needed()
            locator.screenshot(path=str(path), animations="disabled")
        finally:
            page.set_viewport_size(VIEWPORT)
        return path

    return save
