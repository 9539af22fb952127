"""A real workshop hub for the tests in this folder: JupyterHub, its proxy, real Unix accounts.

``scripts/workshop_hub.py`` builds the shared course (from the system Python) in a temporary
prefix, makes three learners and a facilitator as real Unix users (random names, random
passwords) and starts JupyterHub with PAM logins and one LocalProcessSpawner server per person,
on 127.0.0.1. The fixtures are per module (the tests are one module), so everything is undone
as soon as the hub tests end, however they end, not after the rest of the suite: the hub and
every server stopped (whole process groups, then each account's leftover processes by id), the
accounts and their homes removed, the prefix deleted.

The folder is skipped, with the reason printed, where something it needs is missing: root (to
make accounts), useradd/runuser, JupyterHub, the system Python, configurable-http-proxy (which
``scripts/test.sh`` installs with npm), PAM, or Chromium with Playwright.
"""

from __future__ import annotations

import grp
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "tests" / "browser")]

import workshop_hub  # noqa: E402
from browser_support import chromium_problem, launch_browser, stop_on_sigterm  # noqa: E402

VIEWPORT = {"width": 1280, "height": 1000}
SCREENSHOTS = Path(os.environ.get("PEER_COURSE_SCREENSHOTS") or ROOT / "_output" / "screenshots")


def hub_problem() -> str | None:
    """Why a real hub cannot run here, in words (None: it can)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "not root: making Unix accounts for the learners needs root; hub tests skipped"
    for tool in ("useradd", "userdel", "groupadd", "groupdel", "chpasswd", "runuser"):
        if not shutil.which(tool):
            return f"{tool} is not installed; hub tests skipped"
    try:
        import jupyterhub  # noqa: F401
        import pamela  # noqa: F401  (PAM logins)
    except (ImportError, OSError) as err:
        return f"JupyterHub or PAM is not usable here ({err}); run bash scripts/setup.sh"
    if not workshop_hub.SYSTEM_PYTHON.exists():
        return f"no system Python at {workshop_hub.SYSTEM_PYTHON}; hub tests skipped"
    if not (ROOT / ".venv" / "bin" / "uv").exists():
        return "uv is not in .venv (run bash scripts/setup.sh); hub tests skipped"
    if workshop_hub.find_proxy(Path("/nonexistent")) is None:
        return (
            "configurable-http-proxy is not installed (scripts/test.sh installs it: "
            "npm install --prefix .hub-proxy configurable-http-proxy); hub tests skipped"
        )
    return chromium_problem()


def pytest_collection_modifyitems(config, items):
    problem = hub_problem()
    if not problem:
        return
    skip = pytest.mark.skip(reason=problem)
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)


class People:
    """The workshop's accounts: names and passwords, made for this run only."""

    def __init__(self) -> None:
        tag = secrets.token_hex(2)
        self.learners = [f"pc{tag}l{i}" for i in (1, 2, 3)]
        self.facilitator = f"pc{tag}f1"
        self.passwords: dict[str, str] = {}

    @property
    def everyone(self) -> list[str]:
        return [*self.learners, self.facilitator]


@pytest.fixture(scope="module")
def people(request):
    made_groups = [
        g
        for g in (workshop_hub.LEARNERS_GROUP, workshop_hub.FACILITATORS_GROUP)
        if not _group_exists(g)
    ]
    who = People()

    def remove():
        started = time.perf_counter()
        for name in who.everyone:
            workshop_hub.remove_user(name)
        for group in made_groups:
            subprocess.run(["groupdel", group], check=False, capture_output=True)
        print(f"accounts removed in {time.perf_counter() - started:.1f} s")

    request.addfinalizer(remove)
    for name in who.learners:
        who.passwords[name] = workshop_hub.add_user(name)
    who.passwords[who.facilitator] = workshop_hub.add_user(who.facilitator, facilitator=True)
    return who


def _group_exists(name: str) -> bool:
    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


@pytest.fixture(scope="module")
def hub(request, people):
    """The running hub (stopped, with every server, at the end), on a free port."""
    stop_on_sigterm()
    prefix = Path(tempfile.mkdtemp(prefix="peer-course-hub-"))

    def remove_prefix():
        started = time.perf_counter()
        shutil.rmtree(prefix, ignore_errors=True)
        print(f"prefix removed in {time.perf_counter() - started:.1f} s")

    request.addfinalizer(remove_prefix)
    os.chmod(prefix, 0o755)
    running = workshop_hub.Hub(
        prefix=prefix, workshop="test", port=workshop_hub.free_port(), poll_interval=5
    )
    running.build()

    def stop():
        started = time.perf_counter()
        running.stop()
        print(f"hub stopped in {time.perf_counter() - started:.1f} s")

    request.addfinalizer(stop)
    running.start()
    return running


@pytest.fixture(scope="module")
def browser(request, playwright_manager):
    chromium = launch_browser(playwright_manager)

    def close():
        started = time.perf_counter()
        chromium.close()
        print(f"browser closed in {time.perf_counter() - started:.1f} s")

    request.addfinalizer(close)
    return chromium


@pytest.fixture(scope="module")
def pages():
    """Each person's browser page once they have logged in, by name."""
    return {}


@pytest.fixture(scope="module")
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(locator, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page = locator.page
        height = locator.bounding_box()["height"]
        page.set_viewport_size({"width": VIEWPORT["width"], "height": int(height) + 400})
        try:
            locator.scroll_into_view_if_needed()
            locator.screenshot(path=str(path), animations="disabled")
        finally:
            page.set_viewport_size(VIEWPORT)
        return path

    return save
