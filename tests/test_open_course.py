"""Opening the course, as a new learner does (issue 14: starting, the learner's own copy).

* ``scripts/setup.sh`` finds a ``.venv`` that does not work here, says so in a sentence and
  makes a new one; it says what to install when Python cannot make one (Debian, Ubuntu).
* ``scripts/open-course.sh`` starts, as root and as an ordinary user, and every link it prints
  (and the bare address with the token) lands on the welcome notebook, in the learner's copy.
* The learner's copy (``widgets/tools/learner_copy.py``) is made on the first start, brought up
  to date without overwriting a changed notebook and never deletes anything; a learner session
  leaves ``course/`` as it came. App mode serves the same copy.

Servers run in their own process group on a free port with a temporary home and are stopped,
whole group, by a finalizer. Tests that need another Unix user create a throw-away one with
``useradd`` (as root) and remove it afterwards; without root they are skipped, saying why.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import jupytext
import nbformat
import pytest

from widgets.tools import learner_copy
from widgets.tools.learner_copy import MANIFEST, Report, copy_folder, sync

ROOT = Path(__file__).resolve().parent.parent
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
WELCOME = "/lab/tree/00_welcome.ipynb"
START_TIMEOUT_S = 50
#: A Python every user can run (the test's own may live in root's home, which others cannot read).
SHARED_PYTHON = "/usr/bin/python3"
#: Copying the repository for a test leaves out what is made, not written.
NOT_COPIED = shutil.ignore_patterns(
    ".venv", ".venv-old-*", ".git", "_output", "__pycache__", ".pytest_cache", ".ruff_cache",
    "*.egg-info", ".ipynb_checkpoints", ".hypothesis",
)  # fmt: skip


# --- helpers -------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def repo_copy(parent: Path, only_scripts: bool = False) -> Path:
    """A copy of the repository (or only its scripts/) without .venv, .git and what is made."""
    dest = parent / "course-repo"
    if only_scripts:
        shutil.copytree(ROOT / "scripts", dest / "scripts", ignore=NOT_COPIED)
    else:
        shutil.copytree(ROOT, dest, ignore=NOT_COPIED)
    return dest


def clean_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for name in (
        "PEER_COURSE_NOTEBOOKS",
        "PEER_COURSE_SETUP_SKIP_INSTALL",
        "PYTHON",
        "VIRTUAL_ENV",
    ):
        env.pop(name, None)
    env.update(extra)
    return env


def run_setup(repo: Path, *, user: str | None = None, timeout: float = 55, **env: str):
    command = ["bash", str(repo / "scripts" / "setup.sh"), "--no-dev"]
    if user:
        settings = [f"{k}={v}" for k, v in env.items()]
        command = ["runuser", "-u", user, "--", "env", *settings, *command]
    return subprocess.run(
        command, cwd=repo, env=clean_env(**env), capture_output=True, text=True, timeout=timeout
    )


def python_for_everyone() -> str | None:
    """A Python 3.11+ with venv that any user may run, or None."""
    if not os.access(SHARED_PYTHON, os.X_OK):
        return None
    done = subprocess.run(
        [SHARED_PYTHON, "-c", "import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))"],
        capture_output=True,
    )
    return SHARED_PYTHON if done.returncode == 0 else None


def stop_group(proc: subprocess.Popen) -> None:
    """SIGTERM the whole process group (the server stops its kernels), then SIGKILL what is left."""
    for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        if proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            return
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue


def start_script(request, command: list[str], cwd: Path, env: dict, log: Path):
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    request.addfinalizer(lambda: stop_group(proc))
    return proc


def wait_for(proc: subprocess.Popen, log: Path, pattern: str) -> re.Match:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        found = re.search(pattern, log.read_text(errors="replace"))
        if found:
            return found
        assert proc.poll() is None, f"it stopped early:\n{log.read_text(errors='replace')}"
        time.sleep(0.25)
    raise AssertionError(f"it did not start in {START_TIMEOUT_S} s:\n{log.read_text()}")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(url: str, *, follow: bool = True, method: str = "GET", body: bytes | None = None):
    """(status, headers, body) of a request; redirects are not followed when ``follow`` is False."""
    opener = urllib.request.build_opener(*([] if follow else [NoRedirect()]))
    request = urllib.request.Request(url, data=body, method=method)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def git_status(path: str = "course/") -> str:
    done = subprocess.run(
        ["git", "status", "--porcelain", "--", path], cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode:
        pytest.skip(f"not a git checkout, so git status cannot be asked: {done.stderr.strip()}")
    return done.stdout


@pytest.fixture(scope="module")
def other_user():
    """A throw-away Unix user with a home folder, removed afterwards (root only)."""
    if not IS_ROOT:
        pytest.skip("not running as root: creating a throw-away user to run as needs root")
    if not (shutil.which("useradd") and shutil.which("runuser") and shutil.which("userdel")):
        pytest.skip("useradd, runuser or userdel is not installed")
    name = f"pcl{secrets.token_hex(3)}"
    subprocess.run(["useradd", "-m", "-s", "/bin/bash", name], check=True, timeout=30)
    try:
        yield name
    finally:
        subprocess.run(["userdel", "-r", name], capture_output=True, timeout=30)


@pytest.fixture
def shared_tmp():
    """A temporary folder other users can enter (pytest's own is private to this user)."""
    folder = Path(tempfile.mkdtemp(prefix="peer-course-open-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# --- scripts/setup.sh ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def repaired_repo():
    """A copy of the repository whose .venv/bin/python cannot be run, repaired by setup.sh for
    real (a new venv, uv, the locked packages): (the copy, setup.sh's result). Made with a Python
    every user can run, so the non-root test can use the .venv it builds."""
    folder = Path(tempfile.mkdtemp(prefix="peer-course-repaired-"))
    folder.chmod(0o755)
    repo = repo_copy(folder)
    (repo / ".venv" / "bin").mkdir(parents=True)
    broken = repo / ".venv" / "bin" / "python"
    broken.write_text("#!/bin/sh\nexit 0\n")
    broken.chmod(0o644)  # not executable: "Permission denied", as another user's .venv gives
    extra = {"PYTHON": python_for_everyone()} if python_for_everyone() else {}
    done = run_setup(repo, timeout=120, **extra)
    yield repo, done
    shutil.rmtree(folder, ignore_errors=True)


def test_setup_rebuilds_a_venv_whose_python_does_not_start(repaired_repo):
    """The real repair path, packages included (no stub)."""
    repo, done = repaired_repo
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        "The .venv folder here does not work: its Python does not start for you "
        "(Permission denied). Making a new one..." in done.stdout
    )
    assert "Made a new .venv: the course is ready." in done.stdout
    check = subprocess.run(
        [str(repo / ".venv" / "bin" / "python"), "-c", "import widgets, jupyterlab, voila; "
         "print(widgets.__file__)"],
        capture_output=True, text=True, timeout=60, cwd="/",
    )  # fmt: skip
    assert check.returncode == 0, check.stderr
    assert Path(check.stdout.strip()).is_relative_to(repo), "widgets comes from this copy"
    again = run_setup(repo, timeout=60)
    assert again.returncode == 0 and "does not work" not in again.stdout, again.stdout


def test_setup_rebuilds_a_venv_moved_from_another_folder(tmp_path):
    """Finding the move and making a new venv is what is tested; installing the packages is
    stubbed (PEER_COURSE_SETUP_SKIP_INSTALL): the test above runs that part for real."""
    repo = repo_copy(tmp_path, only_scripts=True)
    elsewhere = tmp_path / "old-place" / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(elsewhere)], check=True)
    script = elsewhere / "bin" / "jupyter"
    script.write_text(f"#!{elsewhere}/bin/python\nprint('hello')\n")
    script.chmod(0o755)
    shutil.move(elsewhere, repo / ".venv")
    done = run_setup(repo, PEER_COURSE_SETUP_SKIP_INSTALL="1")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"it was made for another folder ({elsewhere})" in done.stdout
    assert "Made a new .venv" in done.stdout
    config = (repo / ".venv" / "pyvenv.cfg").read_text()
    assert str(repo.resolve() / ".venv") in config, config
    assert not list(repo.glob(".venv-old-*")), "the old one is deleted when it can be"


def _fake_python(folder: Path, kind: str) -> Path:
    """A python3 as Debian's is without python3-venv: no ensurepip at all, or a venv module
    that stops half-way (Debian's own message) and leaves a .venv without pip."""
    fake = folder / "python3"
    if kind == "no ensurepip":
        blocked = folder / "blocked"
        (blocked / "ensurepip").mkdir(parents=True)
        (blocked / "ensurepip" / "__init__.py").write_text("raise ImportError('ensurepip')\n")
        fake.write_text(f'#!/bin/sh\nPYTHONPATH="{blocked}" exec "{sys.executable}" "$@"\n')
    else:
        fake.write_text(
            "#!/bin/sh\n"
            'if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then\n'
            f'    "{sys.executable}" -m venv --without-pip "$3"\n'
            '    echo "The virtual environment was not created successfully because ensurepip '
            "is not available.  On Debian/Ubuntu systems, you need to install the python3-venv "
            'package."\n'
            "    exit 1\n"
            "fi\n"
            f'exec "{sys.executable}" "$@"\n'
        )
    fake.chmod(0o755)
    return fake


@pytest.mark.parametrize("kind", ["no ensurepip", "venv stops half-way"])
def test_setup_says_what_to_install_when_python_cannot_make_a_venv(tmp_path, kind):
    repo = repo_copy(tmp_path, only_scripts=True)
    done = run_setup(repo, PYTHON=str(_fake_python(tmp_path, kind)))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "sudo apt-get install python3-venv" in done.stderr, done.stderr
    assert "then run this again" in done.stderr
    assert not (repo / ".venv").exists(), "no half-made .venv is left to trip the next run"


def test_another_users_venv_in_your_own_folder_is_made_anew(other_user, shared_tmp):
    """The learner's own folder holds a .venv root made (sudo): theirs is made instead, and
    what cannot be deleted is named with the command that deletes it. Installing packages is
    stubbed (PEER_COURSE_SETUP_SKIP_INSTALL); finding the owner and replacing the venv is not."""
    python = python_for_everyone() or pytest.skip(f"no Python 3.11+ with venv at {SHARED_PYTHON}")
    repo = repo_copy(shared_tmp, only_scripts=True)
    subprocess.run([python, "-m", "venv", "--without-pip", str(repo / ".venv")], check=True)
    subprocess.run(["chown", "-R", other_user, str(repo)], check=True)
    subprocess.run(["chown", "-R", "root", str(repo / ".venv")], check=True)
    done = run_setup(repo, user=other_user, PYTHON=python, PEER_COURSE_SETUP_SKIP_INSTALL="1")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "it belongs to root, not to you, so it cannot be updated" in done.stdout
    assert "Made a new .venv" in done.stdout
    assert (repo / ".venv").stat().st_uid != 0, "the new .venv is the learner's"
    kept = list(repo.glob(".venv-old-*"))
    assert len(kept) == 1 and f'sudo rm -rf "{kept[0].resolve()}"' in done.stdout, done.stdout


def test_a_venv_you_cannot_use_in_a_folder_you_cannot_change_says_what_to_do(
    other_user, shared_tmp
):
    """Root's .venv with a Python in root's home: another user cannot run it, nor replace it."""
    repo = repo_copy(shared_tmp, only_scripts=True)
    (repo / ".venv" / "bin").mkdir(parents=True)
    secret = shared_tmp / "private"
    secret.mkdir(mode=0o700)
    (secret / "python3").write_text("#!/bin/sh\nexit 0\n")
    (secret / "python3").chmod(0o755)
    (repo / ".venv" / "bin" / "python").symlink_to(secret / "python3")
    done = run_setup(repo, user=other_user)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "its Python does not start for you (Permission denied)" in done.stdout
    assert "It cannot be replaced, because you cannot change this folder" in done.stderr
    assert "Ask its owner to run: bash scripts/setup.sh" in done.stderr
    assert (repo / ".venv" / "bin" / "python").is_symlink(), "nothing of root's is touched"


# --- scripts/open-course.sh ----------------------------------------------------------------------


def lab_env(home: Path, **extra: str) -> dict[str, str]:
    return clean_env(
        PEER_COURSE_HOME=str(home / "course-home"),
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),
        JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"),
        PYTHONUNBUFFERED="1",
        **extra,
    )


def start_course(request, repo: Path, home: Path, user: str | None = None):
    """``open-course.sh`` as a learner starts it (on a free port, no browser); returns
    (process, log, base address, token) once JupyterLab prints its links."""
    port = free_port()
    command = ["bash", str(repo / "scripts" / "open-course.sh"), "--no-browser", f"--port={port}",
               "--ServerApp.port_retries=0"]  # fmt: skip
    env = lab_env(home)
    if user:
        settings = [f"{k}={env[k]}" for k in ("PEER_COURSE_HOME", "JUPYTER_RUNTIME_DIR",
                                               "JUPYTERLAB_WORKSPACES_DIR")]  # fmt: skip
        command = ["runuser", "-u", user, "--", "env", *settings, *command]
    log = home / f"open-course-{port}.log"
    proc = start_script(request, command, repo, env, log)
    link = wait_for(proc, log, rf"http://127\.0\.0\.1:{port}(/\S*)\?token=(\w+)")
    return proc, log, f"http://127.0.0.1:{port}", link


def test_open_course_lands_on_the_welcome_notebook_and_leaves_course_clean(request, tmp_path):
    """As root (containers, classrooms) it starts with --allow-root and says why, once. Every
    printed link opens the welcome notebook of the learner's copy; the bare address with the
    token is sent there too. A learner's save goes to the copy: course/ stays as it came."""
    before = git_status()
    saved_pair = (ROOT / "course" / "00_welcome.ipynb").read_bytes()
    proc, log, base, link = start_course(request, ROOT, tmp_path)
    token = link[2]
    text = log.read_text()
    printed = re.findall(r"http://(?:localhost|127\.0\.0\.1):\d+(\S*)\?token=", text)
    assert printed and set(printed) == {WELCOME}, text
    assert ("--allow-root" in text) is IS_ROOT, text
    if IS_ROOT:
        assert text.count("You are running this as root") == 1
    assert "press Ctrl+C, then Ctrl+C again" in text
    status, headers, _ = get(f"{base}/?token={token}", follow=False)
    assert status == 302 and headers["Location"].split("?")[0].endswith(WELCOME), headers
    status, _, page = get(f"{base}{WELCOME}?token={token}")
    assert status == 200 and b"jupyter-config-data" in page
    assert b'"news": {"disabled": true}' in page, "nothing is fetched from the internet"
    status, _, update = get(f"{base}/lab/api/update?token={token}")
    assert status == 200 and json.loads(update)["notification"] is None
    plugin = "@jupyterlab/apputils-extension:notification"
    status, _, settings = get(f"{base}/lab/api/settings/{plugin}?token={token}")
    defaults = json.loads(settings)["schema"]["properties"]
    assert defaults["fetchNews"]["default"] == "false", "no pop-up asks about Jupyter news"
    assert defaults["checkForUpdates"]["default"] is False
    status, _, _ = get(f"{base}/lab?token={token}")
    assert status == 200
    # The learner's view (jupyter_config): the style that hides a hidden cell's code is served.
    status, _, css = get(f"{base}/custom/custom.css?token={token}")
    assert status == 200 and b"jp-InputPlaceholder" in css, css[:200]

    # A learner's session: the notebook as JupyterLab saves it, with a note of their own.
    folder = tmp_path / "course-home" / "notebooks"
    api = f"{base}/api/contents/00_welcome.ipynb?token={token}"
    status, _, body = get(api)
    assert status == 200, body
    model = json.loads(body)
    model["content"]["cells"].append(
        {"cell_type": "markdown", "metadata": {}, "source": "My own note, kept in my copy."}
    )
    saved = {"type": "notebook", "format": "json", "content": model["content"]}
    status, _, body = get(api, method="PUT", body=json.dumps(saved).encode())
    assert status in (200, 201), body
    assert "My own note" in (folder / "00_welcome.ipynb").read_text()
    assert not (folder / "00_welcome.py").exists(), "the copy has no pairing: no .py is written"
    assert git_status() == before, "course/ stays as it came"
    assert (ROOT / "course" / "00_welcome.ipynb").read_bytes() == saved_pair


def test_a_learner_who_is_not_root_starts_the_course(request, repaired_repo, other_user):
    """An ordinary user with read access only to the course (a shared install: root's .venv)
    starts it: the .venv is used as it is, the copy is made in their own home."""
    repo, done = repaired_repo
    if done.returncode or not python_for_everyone():
        pytest.skip("the shared .venv could not be built with a Python every user can run")
    home = Path(tempfile.mkdtemp(prefix="peer-course-learner-"))
    request.addfinalizer(lambda: shutil.rmtree(home, ignore_errors=True))
    subprocess.run(["chown", other_user, str(home)], check=True)
    subprocess.run(["chmod", "-R", "a+rX,go-w", str(repo)], check=True)
    proc, log, base, link = start_course(request, repo, home, user=other_user)
    text = log.read_text()
    assert "Using the .venv here as it is: it belongs to root, so it is not updated." in text
    assert "--allow-root" not in text and "as root" not in text, text
    assert link[1] == WELCOME
    status, headers, _ = get(f"{base}/?token={link[2]}", follow=False)
    assert status == 302 and headers["Location"].split("?")[0].endswith(WELCOME)
    welcome = home / "course-home" / "notebooks" / "00_welcome.ipynb"
    assert welcome.is_file() and welcome.stat().st_uid != 0, "the copy is the learner's own"


# --- the learner's copy --------------------------------------------------------------------------


def write_notebook(folder: Path, stem: str, *lines: str) -> None:
    """A py:percent notebook and its .ipynb pair, as the course keeps them."""
    nb = jupytext.reads("\n".join(["# %% [markdown]", *[f"# {line}" for line in lines]]), "py")
    nb.metadata["jupytext"] = {"formats": "ipynb,py:percent"}
    jupytext.write(nb, folder / f"{stem}.py", fmt="py:percent")
    jupytext.write(nb, folder / f"{stem}.ipynb", fmt="ipynb")


def text_of(path: Path) -> str:
    return "\n".join(cell.source for cell in nbformat.read(path, as_version=4).cells)


@pytest.fixture
def course(tmp_path):
    folder = tmp_path / "course"
    folder.mkdir()
    write_notebook(folder, "00_welcome", "Welcome, version one.")
    write_notebook(folder, "01_hope", "Hope, version one.")
    write_notebook(folder, "02_mutuality", "Mutuality, version one.")
    return folder


def test_the_copy_is_made_on_first_start(course, tmp_path):
    report = sync(course, tmp_path / "copy")
    copy = tmp_path / "copy"
    assert report.created and report.lines()[0].startswith("Made your own copy")
    assert sorted(p.name for p in copy.iterdir() if not p.name.startswith(".")) == [
        "00_welcome.ipynb", "01_hope.ipynb", "02_mutuality.ipynb",
    ]  # fmt: skip
    nb = nbformat.read(copy / "00_welcome.ipynb", as_version=4)
    assert "jupytext" not in nb.metadata, "no pairing: a save writes only the .ipynb"
    assert text_of(copy / "00_welcome.ipynb") == "Welcome, version one."
    again = sync(course, copy)
    assert again.lines() == [f"Your own copy of the course notebooks: {copy}"]


def test_an_update_keeps_a_changed_notebook_and_puts_the_new_one_beside_it(course, tmp_path):
    copy = tmp_path / "copy"
    sync(course, copy)
    mine = copy / "01_hope.ipynb"
    nb = nbformat.read(mine, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("My own reflection."))
    nbformat.write(nb, mine)
    learners_own = copy / "my_notes.txt"
    learners_own.write_text("mine")
    # The course changes two notebooks, adds one and drops one.
    write_notebook(course, "01_hope", "Hope, version two.")
    write_notebook(course, "02_mutuality", "Mutuality, version two.")
    write_notebook(course, "03_new", "A new module.")
    for dropped in course.glob("00_welcome.*"):
        dropped.unlink()

    report = sync(course, copy, today=dt.date(2025, 3, 4))
    beside = copy / "01_hope (course update 2025-03-04).ipynb"
    assert report.kept == [("01_hope.ipynb", beside.name)]
    assert report.updated == ["02_mutuality.ipynb"] and report.added == ["03_new.ipynb"]
    assert "My own reflection." in text_of(mine) and "version one" in text_of(mine)
    assert text_of(beside) == "Hope, version two."
    assert text_of(copy / "02_mutuality.ipynb") == "Mutuality, version two."
    assert text_of(copy / "03_new.ipynb") == "A new module."
    assert (copy / "00_welcome.ipynb").exists(), "nothing is deleted"
    assert learners_own.read_text() == "mine"
    said = "\n".join(report.lines())
    assert (
        "You had changed 01_hope.ipynb, so it is kept as it is; the course's new version is "
        f'beside it: "{beside.name}".'
    ) in said
    assert "New from the course: 03_new.ipynb." in said

    quiet = sync(course, copy, today=dt.date(2025, 3, 5))
    assert (quiet.kept, quiet.updated, quiet.added) == ([], [], []), "each update is said once"
    assert not list(copy.glob("01_hope (course update 2025-03-05)*"))


def test_a_notebook_the_learner_only_ran_is_updated(course, tmp_path):
    """Running a notebook changes its outputs, not what it says: it is still the course's, so an
    update replaces it (the learner's answers are kept in the progress file, not in it)."""
    copy = tmp_path / "copy"
    sync(course, copy)
    ran = copy / "01_hope.ipynb"
    nb = nbformat.read(ran, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("print('hi')"))
    nbformat.write(nb, course / "01_hope.ipynb")  # the course has a code cell too
    jupytext.write(nb, course / "01_hope.py", fmt="py:percent")
    sync(course, copy)
    nb = nbformat.read(ran, as_version=4)
    nb.cells[-1].outputs = [nbformat.v4.new_output("stream", name="stdout", text="hi\n")]
    nb.cells[-1].execution_count = 1
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    nbformat.write(nb, ran)
    write_notebook(course, "01_hope", "Hope, version two.")
    report = sync(course, copy, today=dt.date(2025, 3, 4))
    assert report.updated == ["01_hope.ipynb"] and report.kept == [], report
    assert text_of(ran) == "Hope, version two."
    assert not list(copy.glob("01_hope (course update*"))


def test_a_missing_notebook_is_put_back_and_an_unreadable_record_replaces_nothing(course, tmp_path):
    copy = tmp_path / "copy"
    sync(course, copy)
    (copy / "00_welcome.ipynb").unlink()
    assert sync(course, copy).restored == ["00_welcome.ipynb"]
    mine = copy / "01_hope.ipynb"
    mine.write_text(mine.read_text().replace("version one", "my words"))
    (copy / MANIFEST).write_text("{not json")
    write_notebook(course, "01_hope", "Hope, version two.")
    report = sync(course, copy, today=dt.date(2025, 3, 4))
    assert "my words" in text_of(mine)
    assert [name for name, _ in report.kept] == ["01_hope.ipynb"]


def test_a_plain_copy_made_before_is_updated_and_a_changed_one_kept(course, tmp_path):
    """A folder filled by hand (``cp -r course ~/course``, as hubs used to do): notebooks as the
    course shipped them are the course's; one the learner changed is theirs."""
    copy = tmp_path / "copy"
    copy.mkdir()
    for pair in course.glob("*.ipynb"):
        shutil.copy(pair, copy / pair.name)
    mine = copy / "01_hope.ipynb"
    mine.write_text(mine.read_text().replace("version one", "my words"))
    report = sync(course, copy, today=dt.date(2025, 3, 4))
    assert sorted(report.updated) == ["00_welcome.ipynb", "02_mutuality.ipynb"]
    assert [name for name, _ in report.kept] == ["01_hope.ipynb"]
    assert "my words" in text_of(mine)
    assert "jupytext" not in nbformat.read(copy / "00_welcome.ipynb", as_version=4).metadata


def test_a_broken_course_notebook_does_not_keep_the_others_from_the_copy(course, tmp_path):
    (course / "01_hope.py").unlink()
    (course / "01_hope.ipynb").write_text("{not a notebook")
    report = sync(course, tmp_path / "copy")
    assert [name for name, _ in report.problems] == ["01_hope.ipynb"], report
    assert (tmp_path / "copy" / "00_welcome.ipynb").exists()
    assert (tmp_path / "copy" / "02_mutuality.ipynb").exists()
    assert "Not copied from the course: 01_hope.ipynb" in "\n".join(report.lines())


def test_notebooks_changed_in_course_before_the_copy_stay_the_learners(course, tmp_path):
    """The course used to open from course/: work saved there is copied and counted as the
    learner's, so a later update goes beside it instead of replacing it. A notebook only run
    there (its text as committed) is still the course's."""
    if not shutil.which("git"):
        pytest.skip("git is not installed, so a checkout cannot be made")
    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], cwd=course, check=True)
    subprocess.run([*git, "add", "."], cwd=course, check=True)
    subprocess.run([*git, "commit", "-qm", "course"], cwd=course, check=True)
    write_notebook(course, "01_hope", "Hope, version one.", "A learner's answer, from before.")
    only_run = nbformat.read(course / "02_mutuality.ipynb", as_version=4)
    only_run.metadata["widgets"] = {"state": "saved by running it"}
    nbformat.write(only_run, course / "02_mutuality.ipynb")
    copy = tmp_path / "copy"
    assert sync(course, copy).adopted == ["01_hope.ipynb"], "only run: still the course's"
    assert "from before" in text_of(copy / "01_hope.ipynb")
    write_notebook(course, "01_hope", "Hope, version two.")
    write_notebook(course, "02_mutuality", "Mutuality, version two.")
    report = sync(course, copy, today=dt.date(2025, 3, 4))
    assert [name for name, _ in report.kept] == ["01_hope.ipynb"]
    assert report.updated == ["02_mutuality.ipynb"]
    assert "from before" in text_of(copy / "01_hope.ipynb")


def test_the_real_course_is_copied_with_its_saved_outputs(tmp_path):
    copy = tmp_path / "copy"
    sync(folder=copy)
    for pair in sorted((ROOT / "course").glob("[0-9][0-9]_*.ipynb")):
        saved = nbformat.read(pair, as_version=4)
        copied = nbformat.read(copy / pair.name, as_version=4)
        assert [c.source for c in copied.cells] == [c.source for c in saved.cells], pair.name
        assert [c.get("outputs") for c in copied.cells] == [
            c.get("outputs") for c in saved.cells
        ], pair.name
    assert not list(copy.glob("*.py")), "the sources stay in the repository"


def test_the_copy_names_this_kernel_so_opening_a_notebook_changes_nothing(tmp_path):
    """JupyterLab writes the running kernel's name and Python version into a notebook it opens;
    when they differ from the file, the notebook shows as changed and its autosave would make
    it count as the learner's (so a course update would no longer replace it)."""
    from ipykernel.kernelspec import get_kernel_dict

    sync(folder=tmp_path / "copy")
    for copied in sorted((tmp_path / "copy").glob("*.ipynb")):
        metadata = nbformat.read(copied, as_version=4).metadata
        assert metadata.kernelspec.display_name == get_kernel_dict()["display_name"], copied
        assert metadata.language_info.version == platform.python_version(), copied


def test_the_copy_runs_the_welcome_notebook_with_the_course_package_and_data(tmp_path):
    """Run from the copy (its own folder, outside the repository), the notebook finds
    ``widgets`` in .venv and the scenarios in data/."""
    from nbclient import NotebookClient

    copy = tmp_path / "copy"
    sync(folder=copy)
    nb = nbformat.read(copy / "00_welcome.ipynb", as_version=4)
    nb.cells.append(
        nbformat.v4.new_code_cell(
            "import os, widgets.core.paths as p\nprint(os.getcwd())\nprint(p.DATA_DIR)"
        )
    )
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(copy)}}
    ).execute(env=lab_env(tmp_path))
    printed = nb.cells[-1].outputs[0]["text"].split()
    assert Path(printed[0]) == copy and Path(printed[1]) == ROOT / "data"


def test_where_the_copy_lives(tmp_path, monkeypatch):
    monkeypatch.delenv("PEER_COURSE_NOTEBOOKS", raising=False)
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "home"))
    assert copy_folder() == tmp_path / "home" / "notebooks"
    monkeypatch.setenv("PEER_COURSE_NOTEBOOKS", str(tmp_path / "mine"))
    assert copy_folder() == tmp_path / "mine"


def test_the_command_prints_the_folder_for_scripts(tmp_path):
    env = clean_env(PEER_COURSE_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "widgets", "learner-copy", "--print-folder"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(tmp_path / "notebooks")
    assert "Made your own copy of the course notebooks" in done.stderr
    assert isinstance(Report(tmp_path).lines(), list) and learner_copy.FOLDER_NAME == "notebooks"


# --- app mode ------------------------------------------------------------------------------------


def test_app_mode_serves_the_learners_copy(request, tmp_path):
    before = git_status()
    home = tmp_path / "course-home"
    sync(folder=home / "notebooks")
    own = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("Only in my copy.")])
    own.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nbformat.write(own, home / "notebooks" / "mine.ipynb")
    port = free_port()
    env = lab_env(tmp_path, COURSE_APP_PORT=str(port))
    env.pop("COURSE_APP_IP", None)
    log = tmp_path / "app-mode.log"
    proc = start_script(request, ["bash", str(ROOT / "scripts" / "app-mode.sh")], ROOT, env, log)
    token = wait_for(proc, log, rf"http://127\.0\.0\.1:{port}/\?token=([\w-]{{16,}})\s")[1]
    assert f"Your own copy of the course notebooks: {home / 'notebooks'}" in log.read_text()
    status, _, page = get(f"http://127.0.0.1:{port}/voila/render/mine.ipynb?token={token}")
    assert status == 200 and b"Only in my copy." in page
    assert git_status() == before
