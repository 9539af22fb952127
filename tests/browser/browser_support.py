"""Start JupyterLab or Voilà on a throw-away copy of the course and drive it with Chromium.

Shared by the browser tests (tests/browser/conftest.py) and scripts/browser_bench.py. Every server
runs from a temporary copy, with its own progress store (PEER_COURSE_HOME) and JupyterLab
settings, so nothing a test does touches the repository or a learner's own saved work. Servers
start in their own process group and are always stopped, kernels included.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from widgets.tools.handouts import (  # one place for the browser and its flags
    CHROMIUM,
    CHROMIUM_ARGS,
)

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"
#: The JupyterLab settings the course's start scripts use (the learner's view: no .py twins in
#: the file browser, no code shown for hidden cells); the browser tests use them too.
LAB_CONFIG = ROOT / "jupyter_config" / "jupyter_server_config.py"
#: Where a code cell's source shows: its editor, or, when its code is hidden (the course's
#: exercise cells), the first line JupyterLab keeps in the collapsed input's placeholder.
CELL_SOURCE = ".jp-InputArea-editor, .jp-InputPlaceholder .jp-PlaceholderText"
#: JupyterLab settings for a quiet, predictable page: every cell stays in the DOM (no
#: virtual scrolling), and no news or update toasts cover the notebook.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "checkForUpdates": False,
        "fetchNews": "false",
    },
}


def chromium_problem() -> str | None:
    """Why the browser tests cannot run here, in words (None = they can)."""
    if not CHROMIUM.exists():
        return (
            f"Chromium is not installed at {CHROMIUM} (as root: apt-get install -y chromium); "
            "browser tests skipped"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed in .venv; browser tests skipped"
    return None


def stop_on_sigterm() -> None:
    """Turn SIGTERM (CI timeouts, `timeout`) into KeyboardInterrupt so cleanup still runs."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, interrupt)


def launch_browser(playwright):
    """Headless system Chromium (never a downloaded one) with quiet, offline-friendly flags."""
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_workspace(prefix: str = "peer-course-browser-") -> Path:
    """A temp folder with copies of course/ and data/ (and .ipynb pairs for any .py missing one)."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    course = tmp / "course"
    shutil.copytree(ROOT / "course", course, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copytree(ROOT / "data", tmp / "data")
    for py in sorted(course.glob("[0-9][0-9]_*.py")):
        nb = py.with_suffix(".ipynb")
        if not nb.exists():
            import jupytext

            jupytext.write(jupytext.read(py), nb, fmt="ipynb")
    # The notebooks exactly as committed, to open WITHOUT running them.
    (course / "as_saved").mkdir()
    for nb in sorted((ROOT / "course").glob("[0-9][0-9]_*.ipynb")):
        shutil.copy2(nb, course / "as_saved" / nb.name)
    (tmp / "home").mkdir()
    settings = tmp / "lab-settings"
    for name, value in LAB_SETTINGS.items():
        target = settings / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(value))
    return tmp


@dataclass
class Server:
    """One running server (JupyterLab or Voilà) in its own process group."""

    kind: str
    workspace: Path
    port: int
    token: str
    proc: subprocess.Popen
    log: Path
    started: float = field(default_factory=time.perf_counter)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        sep = "&" if "?" in path else "?"
        return f"{self.base}/{path.lstrip('/')}{sep}token={self.token}"

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        """SIGTERM the group (the server shuts its kernels down), then SIGKILL what is left."""
        try:
            import psutil

            family = psutil.Process(self.proc.pid).children(recursive=True)
        except Exception:  # the server may already be gone
            family = []
        if self.proc.poll() is None:
            _signal_group(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                _signal_group(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        for child in family:
            try:
                child.wait(timeout=5)
            except Exception:
                try:
                    child.kill()
                except Exception:
                    pass


def _signal_group(pid: int, sig: int) -> None:
    try:
        os.killpg(os.getpgid(pid), sig)
    except (ProcessLookupError, PermissionError):
        pass


def _environment(workspace: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PEER_COURSE_HOME=str(workspace / "home"),
        PEER_COURSE_DATA=str(workspace / "data"),
        JUPYTERLAB_SETTINGS_DIR=str(workspace / "lab-settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(workspace / "lab-workspaces"),
        JUPYTER_RUNTIME_DIR=str(workspace / "runtime"),
        PYTHONUNBUFFERED="1",
    )
    env.pop("PEER_COURSE_LANG", None)
    return env


def _start(kind: str, workspace: Path, args, ready_path: str, any_answer: bool = False) -> Server:
    port = free_port()
    token = secrets.token_hex(16)
    log = workspace / f"{kind}-{port}.log"
    command = [str(VENV_BIN / kind), *args(port, token)]
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            command,
            cwd=workspace / "course",
            env=_environment(workspace),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    server = Server(kind, workspace, port, token, proc, log)
    try:
        _wait_ready(server, ready_path, any_answer=any_answer)
    except BaseException:
        server.stop()
        raise
    return server


def _wait_ready(server: Server, path: str, timeout: float = 90, any_answer: bool = False) -> None:
    deadline = time.monotonic() + timeout
    url = server.url(path)
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(f"{server.kind} exited early:\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except urllib.error.HTTPError:
            if any_answer:
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    raise RuntimeError(f"{server.kind} was not ready after {timeout:.0f} s:\n{server.log_tail()}")


def start_lab(workspace: Path) -> Server:
    """JupyterLab serving the copied course folder, with a random token."""

    def args(port: int, token: str) -> list[str]:
        extra = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
        return [
            "lab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={port}",
            f"--ServerApp.token={token}",
            f"--notebook-dir={workspace / 'course'}",
            "--ServerApp.port_retries=0",
            f"--config={LAB_CONFIG}",
            *extra,
        ]

    return _start("jupyter", workspace, args, "api/status")


def start_voila(workspace: Path, notebook: str) -> Server:
    """Voilà serving one notebook of the copied course, with a random token."""

    def args(port: int, token: str) -> list[str]:
        return [
            "--no-browser",
            f"--port={port}",
            "--Voila.ip=127.0.0.1",
            "--Voila.port_retries=0",
            f"--Voila.token={token}",
            str(workspace / "course" / notebook),
        ]

    return _start("voila", workspace, args, "voila/static/ready-probe", any_answer=True)


#: axe's context for the notebook output areas: where the course's widgets and feedback live.
OUTPUTS = {"include": [[".jp-OutputArea-output"]]}


def serious_violations(page, context: dict | None = None) -> list[str]:
    """axe-core's serious and critical violations, one line each: the page, or ``context``."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"resultTypes": ["violations"]}
    results = (
        Axe().run(page, context=context, options=options)
        if context
        else Axe().run(page, options=options)
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} "
        f"at {node['target']}: {node['html'][:160]}"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
        for node in violation["nodes"]
    ]


# --- page helpers --------------------------------------------------------------------------

#: Words that mean a widget could not be shown (what a broken notebook looks like).
BROKEN_WIDGET = re.compile(r"Error displaying widget|model not found", re.I)


def open_notebook(page, server: Server, name: str, timeout: float = 120_000) -> None:
    """Open a notebook in JupyterLab, in a fresh workspace of its own, and wait for its kernel.

    A workspace per page keeps other notebooks' tabs (and their cells) out of the page.
    """
    workspace = "w" + secrets.token_hex(4)
    page.goto(server.url(f"lab/workspaces/{workspace}/tree/{name}?reset"))
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=timeout)
    wait_kernel_idle(page, server, timeout, path=name)


def kernels_idle(server: Server, path: str | None = None) -> bool:
    """True when the kernels are idle (asked over REST): every kernel, or, given ``path``, the
    kernel of that notebook's session, which must exist (a notebook just opened may not have
    one yet while other notebooks' kernels are already idle)."""
    if path is None:
        with urllib.request.urlopen(server.url("api/kernels"), timeout=5) as response:
            kernels = json.load(response)
    else:
        with urllib.request.urlopen(server.url("api/sessions"), timeout=5) as response:
            sessions = json.load(response)
        kernels = [s["kernel"] for s in sessions if s.get("path") == path and s.get("kernel")]
    return bool(kernels) and all(k.get("execution_state") == "idle" for k in kernels)


def wait_kernel_idle(
    page, server: Server, timeout: float = 60_000, path: str | None = None
) -> None:
    """Wait until the kernels are idle: the server's word, which the page's indicator lags."""
    deadline = time.monotonic() + timeout / 1000
    while time.monotonic() < deadline:
        if kernels_idle(server, path):
            return
        page.wait_for_timeout(200)
    raise TimeoutError(f"kernel still busy after {timeout / 1000:.0f} s")


def shut_down_kernels(server: Server, path_part: str) -> None:
    """End the sessions (and kernels) of notebooks whose path contains ``path_part``.

    Every notebook a test opens starts a kernel; ending the ones a test is done with keeps a
    2-core machine responsive for the tests that follow.
    """
    with urllib.request.urlopen(server.url("api/sessions"), timeout=10) as response:
        sessions = json.load(response)
    for session in sessions:
        if path_part in session.get("path", ""):
            request = urllib.request.Request(server.url(f"api/sessions/{session['id']}"))
            request.method = "DELETE"
            with urllib.request.urlopen(request, timeout=30):
                pass


def wait_cells_rendered(page, timeout: float = 30_000) -> None:
    """Every code cell shows its source: in its editor (CodeMirror fills them in after the
    cells), or, when its code is hidden, the first line in the collapsed input's placeholder."""
    page.wait_for_function(
        """(selector) => {
            const cells = [...document.querySelectorAll('.jp-CodeCell')];
            return cells.length > 0 && cells.every(cell => {
                const source = cell.querySelector(selector);
                return source !== null && source.textContent.trim().length > 0;
            });
        }""",
        arg=CELL_SOURCE,
        timeout=timeout,
        polling=250,
    )


def cell_source(cell) -> str:
    """What a code cell (a locator) shows of its source: all of it, or its first line if hidden."""
    return cell.locator(CELL_SOURCE).first.text_content() or ""


def menu(page, top: str, item: str) -> None:
    """Click a menu bar entry, then one of its items (as a learner would).

    Notebook commands are enabled only while a notebook has focus, so click into it first and
    wait for the item to be enabled before clicking it.
    """
    page.locator(".jp-NotebookPanel .jp-Notebook").first.click(position={"x": 5, "y": 5})
    page.locator(".lm-MenuBar-itemLabel", has_text=top).first.click()
    entry = page.locator(".lm-Menu-item:not(.lm-mod-disabled)").filter(
        has=page.locator(".lm-Menu-itemLabel", has_text=item)
    )
    entry.first.click()


def run_all(page, server: Server, timeout: float = 120_000) -> None:
    """Run > Run All Cells from the menu bar, then wait until every code cell has run."""
    menu(page, "Run", "Run All Cells")
    wait_all_run(page, server, timeout)


def wait_all_run(page, server: Server, timeout: float = 120_000) -> None:
    """Every code cell shows an execution number (none waiting: [*]) and the kernel is idle.

    A cell whose code is hidden has no input prompt; its number shows beside its result (every
    hidden course cell ends in a front-door call, whose result is the exercise)."""
    page.wait_for_function(
        """() => {
            const cells = [...document.querySelectorAll('.jp-CodeCell')];
            return cells.length > 0 && cells.every(cell => {
                const prompts = [...cell.querySelectorAll('.jp-InputPrompt, .jp-OutputPrompt')];
                const texts = prompts.map(p => p.textContent);
                const ran = texts.some(t => /\\[\\d+\\]/.test(t));
                return ran && !texts.some(t => /\\[\\*\\]/.test(t));
            });
        }""",
        timeout=timeout,
        polling=250,
    )
    wait_kernel_idle(page, server, timeout)
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    # Then the page moves itself, once, about half a second later (to the top, or to the first
    # exercise not done yet: widgets/ui/start.py). Let it, so a test's own keys stay where it
    # puts them. A notebook with nothing to move to never moves: that is fine too.
    try:
        page.wait_for_function(
            "() => document.activeElement && document.activeElement.closest('.psv-focus-host')",
            timeout=5_000,
            polling=100,
        )
    except PlaywrightTimeoutError:
        pass


def write(textbox, text: str) -> None:
    """Put an answer in a box as a learner does: the words go in, then the learner leaves the box
    (reaching for a button), which is when the box sends its words to the kernel."""
    textbox.fill(text)
    textbox.blur()
    textbox.page.wait_for_timeout(100)


def cell_output(page, source: str):
    """The output area of the code cell whose source contains ``source`` (e.g. show("id")); for a
    cell whose code is hidden, ``source`` must be on its first line (the course's cells are one
    call each)."""
    cell = page.locator(".jp-CodeCell").filter(has=page.locator(CELL_SOURCE, has_text=source))
    return cell.locator(".jp-OutputArea").first


def exercise(page, scenario_id: str):
    """The live widget of ``show("scenario_id")`` once it is rendered."""
    out = cell_output(page, f'show("{scenario_id}")')
    widget = out.locator(".jupyter-widgets.widget-vbox").first
    widget.wait_for(timeout=30_000)
    return widget


def fresh_store(home: Path) -> None:
    """Start ``home``'s progress store from nothing: the browser tests share one JupyterLab and
    one store, and a test that counts answers must not count another test's."""
    for path in Path(home).glob("progress.sqlite3*"):
        path.unlink(missing_ok=True)
