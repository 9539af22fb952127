"""A workshop on a real JupyterHub: learners work and share, the facilitator watches the room.

In order, as a workshop goes (the tests share one hub and build on each other):

1. Two learners log in through Chromium with their Unix passwords, each into their own server
   and their own copy of the course; each answers an exercise twice and shares.
2. The facilitator logs in and runs the dashboard: two people are sharing, so the group is
   hidden. A third learner (driven through their kernel) shares; one press of the refresh
   button, and the group shows, with where it is stuck and the prompt for it.
3. As real Unix users (runuser): a learner cannot list the drop folder, read, replace or delete
   another's shared file, or read another's progress store; the facilitator can read the shared
   files but not the stores; every copy and store is owner-only.
4. A learner takes their summary back in the browser; at the next refresh it is gone from the
   dashboard and the group is hidden again.
5. A learner's server and kernel are killed with SIGKILL in the middle of saving answers: the
   hub carries on, the other learners' servers too, the learner starts again, and every answer
   the store had acknowledged is still there, in a store that passes SQLite's integrity check.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import subprocess
import threading
import time
from pathlib import Path

from browser_support import cell_output, exercise, write
from playwright.sync_api import expect
from workshop_hub import UserSession, pids_of, stop_processes_of

from widgets.core.text import t

YOGA = "mutuality-rewrite-yoga"
EXPECT_MS = 30_000
ADVICE_TWICE = ("Have you tried yoga? It really helped me.", "You should try yoga, honestly.")
BETTER = ("Have you tried yoga?", "What helps you unwind at the end of a long day?")


# --- helpers ------------------------------------------------------------------------------------


def as_user(name: str, *command: str) -> subprocess.CompletedProcess:
    """Run a command as that Unix user (what they could do from a terminal on the hub)."""
    return subprocess.run(
        ["runuser", "-u", name, "--", *command], capture_output=True, text=True, timeout=60
    )


def log_in(browser, hub, name: str, password: str):
    """Sign in on the hub's login page as a person would; returns the page once JupyterLab shows
    their start notebook."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{hub.url}/hub/login")
    page.get_by_label("Username:").fill(name)
    page.get_by_label("Password:", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(rf"/user/{name}/lab"), timeout=120_000)
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=120_000)
    return page


def kernel_idle(session: UserSession, path: str, timeout: float = 120) -> None:
    """Wait until the notebook's kernel is started and idle (the server's word, over REST)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kernels = [
            s["kernel"]
            for s in session.request("GET", "api/sessions")
            if s.get("path") == path and s.get("kernel")
        ]
        if kernels and all(k.get("execution_state") == "idle" for k in kernels):
            return
        time.sleep(0.3)
    raise TimeoutError(f"{path}: no idle kernel after {timeout:.0f} s")


def open_and_run(page, hub, name: str, path: str) -> None:
    """Open a notebook in its own JupyterLab workspace and run every cell (Run > Run All Cells)."""
    workspace = "w" + secrets.token_hex(4)
    page.goto(f"{hub.url}/user/{name}/lab/workspaces/{workspace}/tree/{path}?reset")
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=120_000)
    kernel_idle(UserSession(hub, name), path)
    page.locator(".jp-NotebookPanel .jp-Notebook").first.click(position={"x": 5, "y": 5})
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    entry = page.locator(".lm-Menu-item:not(.lm-mod-disabled)").filter(
        has=page.locator(".lm-Menu-itemLabel", has_text="Run All Cells")
    )
    entry.first.click()
    # A cell whose code is hidden has no input prompt: its number shows beside its result.
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
        timeout=180_000,
        polling=500,
    )
    kernel_idle(UserSession(hub, name), path)


def button(box, words: str):
    return box.get_by_role("button", name=re.compile(rf"(^|\s){re.escape(words)}$"))


def answer_twice(page, answers: tuple[str, str]) -> None:
    """Write an answer to the yoga rewrite, check it, try again with the second one."""
    box = exercise(page, YOGA)
    textbox = box.get_by_role("textbox", name=t("rewrite.label"))
    write(textbox, answers[0])
    button(box, t("buttons.check_answer")).click()
    expect(box.locator(".psv-tag").first).to_be_visible(timeout=EXPECT_MS)
    button(box, t("buttons.retry")).click()
    write(textbox, answers[1])
    button(box, t("buttons.check_answer")).click()
    expect(box.get_by_text(t("common.retry_message"))).to_be_hidden(timeout=EXPECT_MS)


def share_box(page):
    out = cell_output(page, "share_with_facilitator()")
    box = out.locator(".jupyter-widgets.widget-vbox").first
    box.wait_for(timeout=60_000)
    return box


def room(page):
    out = cell_output(page, "room_now(")
    box = out.locator(".jupyter-widgets.widget-vbox").first
    box.wait_for(timeout=60_000)
    return box


def refresh_room(page):
    box = room(page)
    button(box, t("room.refresh")).click()
    return box


def shared_files(hub) -> dict[str, Path]:
    """The drop folder's shared files by owner's name (the test runs as root, so it can look)."""
    import pwd

    return {pwd.getpwuid(p.stat().st_uid).pw_name: p for p in hub.drop.glob("share-*.csv")}


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# --- the workshop -----------------------------------------------------------------------------


def test_learners_log_in_work_and_share_from_their_own_servers(
    hub, people, browser, pages, screenshot
):
    for name, answers in zip(people.learners[:2], (ADVICE_TWICE, BETTER), strict=True):
        page = log_in(browser, hub, name, people.passwords[name])
        pages[name] = page
        expect(page.get_by_role("heading", name=re.compile("Welcome"))).to_be_visible()
        open_and_run(page, hub, name, "course/02_mutuality.ipynb")
        answer_twice(page, answers)
        open_and_run(page, hub, name, "share_with_facilitator.ipynb")
        box = share_box(page)
        # Before anything is written, it says exactly what would be: rows and columns.
        expect(
            box.get_by_text(re.compile(r"Rows: 2 \(2 for your exercise attempts"))
        ).to_be_visible()
        expect(box.locator("code", has_text="export_id")).to_be_visible()
        assert name not in shared_files(hub)
        button(box, t("share.share")).click()
        expect(box.get_by_text(re.compile(r"^Shared\. Your anonymous summary"))).to_be_visible(
            timeout=EXPECT_MS
        )
        if name == people.learners[0]:
            screenshot(box, "hub_share")
    shared = shared_files(hub)
    assert sorted(shared) == sorted(people.learners[:2])
    for path in shared.values():
        assert mode(path) == 0o640 and path.stat().st_gid == hub.drop.stat().st_gid


def test_the_dashboard_shows_the_group_only_once_three_have_shared(
    hub, people, browser, pages, screenshot
):
    name = people.facilitator
    page = log_in(browser, hub, name, people.passwords[name])  # lands on the dashboard
    pages[name] = page
    assert page.url.endswith("facilitator/dashboard.ipynb")
    open_and_run(page, hub, name, "facilitator/dashboard.ipynb")
    box = room(page)
    expect(box.get_by_text(t("room.sharing", n=2))).to_be_visible()
    expect(box.get_by_text(re.compile("Not enough people yet"))).to_be_visible()
    expect(box.get_by_role("cell", name="Mutuality", exact=True)).to_have_count(0)
    # A third learner works and shares (through their own kernel, as their own Unix user).
    third = UserSession(hub, people.learners[2])
    third.start_server()
    kernel = third.start_kernel()
    third.execute(
        kernel,
        f"""
from widgets.exercises import show, share_with_facilitator
ex = show("{YOGA}").exercise
for words in {ADVICE_TWICE!r}:
    ex.answer.value = words
    ex.check_button.click()
view = share_with_facilitator().share_view
view.share_button.click()
assert "Shared." in view.status.value, view.status.value
""",
    )
    box = refresh_room(page)
    expect(box.get_by_text(t("room.sharing", n=3))).to_be_visible(timeout=EXPECT_MS)
    expect(box.get_by_role("cell", name="Mutuality", exact=True).first).to_be_visible()
    stuck = box.get_by_text(re.compile(r"When yoga helped you \(mutuality-rewrite-yoga\)"))
    expect(stuck).to_be_visible()
    expect(box.get_by_text(re.compile("advice amnesty", re.I)).first).to_be_visible()
    screenshot(box, "hub_room")


def test_a_learner_cannot_read_or_change_anyone_elses_work(hub, people):
    ana, ben, _cai = people.learners
    fac = people.facilitator
    shared = shared_files(hub)
    theirs = str(shared[ben])
    # The drop folder: write-only for learners.
    assert as_user(ana, "ls", str(hub.drop)).returncode != 0
    assert as_user(ana, "cat", theirs).returncode != 0
    assert as_user(ana, "rm", "-f", theirs).returncode != 0
    assert as_user(ana, "cp", "/dev/null", theirs).returncode != 0
    assert as_user(ana, "sh", "-c", f"echo forged > '{theirs}'").returncode != 0
    assert Path(theirs).read_text().startswith("record_type,export_id")
    # Each other's homes, progress stores and notebooks.
    home = Path(f"/home/{ben}")
    store = home / ".peer-course" / "progress.sqlite3"
    assert store.exists()
    for path in (home, store, home / "peer-course" / "course" / "02_mutuality.ipynb"):
        assert as_user(ana, "cat", str(path)).returncode != 0
        assert as_user(fac, "cat", str(path)).returncode != 0
    assert as_user(ana, "ls", str(home)).returncode != 0
    # The facilitator can list the folder and read what was shared, and nothing else.
    listing = as_user(fac, "ls", str(hub.drop))
    assert listing.returncode == 0 and Path(theirs).name in listing.stdout
    read = as_user(fac, "cat", theirs)
    assert read.returncode == 0 and "mutuality-rewrite-yoga" in read.stdout
    assert as_user(fac, "rm", "-f", theirs).returncode != 0
    # Owner-only, everywhere.
    assert mode(home) == 0o700 and mode(store.parent) == 0o700 and mode(store) == 0o600
    assert mode(home / "peer-course") == 0o700 and mode(home / "peer-course" / "course") == 0o700
    assert mode(home / "peer-course" / "course" / "02_mutuality.ipynb") == 0o600


def test_a_withdrawn_summary_leaves_the_dashboard(hub, people, pages):
    ana = people.learners[0]
    box = share_box(pages[ana])
    button(box, t("share.withdraw")).click()
    expect(box.get_by_text(re.compile(r"^Taken back\."))).to_be_visible(timeout=EXPECT_MS)
    assert ana not in shared_files(hub)
    room_box = refresh_room(pages[people.facilitator])
    expect(room_box.get_by_text(t("room.sharing", n=2))).to_be_visible(timeout=EXPECT_MS)
    expect(room_box.get_by_text(re.compile("Not enough people yet"))).to_be_visible()
    expect(room_box.get_by_role("cell", name="Mutuality", exact=True)).to_have_count(0)


def test_the_hub_survives_a_server_killed_in_the_middle_of_saving(hub, people):
    name = people.learners[2]
    session = UserSession(hub, name)
    session.start_server()
    kernel = session.start_kernel()
    acknowledged: list[int] = []
    ended: list[BaseException] = []

    def on_output(text: str) -> None:
        acknowledged.extend(int(n) for n in re.findall(r"saved (\d+)", text))

    def saving() -> None:
        code = """
from widgets.store import get_store
store = get_store()
for i in range(1_000_000):
    n = store.record_attempt("curiosity-choose-new-town", f"try {i}", ["open_question"])
    print(f"saved {n}", flush=True)
"""
        try:
            session.execute(kernel, code, timeout=120, on_output=on_output)
        except BaseException as err:  # the connection goes when the server is killed
            ended.append(err)

    worker = threading.Thread(target=saving, daemon=True)
    worker.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 40 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(acknowledged) >= 40, "the kernel did not start saving"
    import pwd

    uid = pwd.getpwnam(name).pw_uid
    assert pids_of(uid), "the learner's server is not running"
    stop_processes_of(name)  # SIGKILL to the server and its kernel, by id: no chance to tidy up
    seen = set(acknowledged)
    worker.join(timeout=30)
    assert not pids_of(uid)
    # The hub, and everyone else's server, carry on.
    assert hub.proc.poll() is None
    assert hub.api("GET", "/hub/api/")["version"]
    other = UserSession(hub, people.learners[1])
    assert "started" in other.request("GET", "api/status")
    # The learner starts again; every acknowledged answer is there, in a sound store.
    session.stop_server()
    session.start_server()
    check = as_user(
        name,
        f"{hub.prefix}/venv/bin/python",
        "-c",
        "import sqlite3, sys; con = sqlite3.connect(sys.argv[1]); "
        "print(con.execute('PRAGMA integrity_check').fetchone()[0]); "
        "print(' '.join(str(r[0]) for r in con.execute('SELECT id FROM attempts')))",
        f"/home/{name}/.peer-course/progress.sqlite3",
    )
    assert check.returncode == 0, check.stderr
    integrity, ids = check.stdout.splitlines()
    assert integrity == "ok"
    kept = {int(n) for n in ids.split()}
    assert seen <= kept, f"lost acknowledged answers: {sorted(seen - kept)[:10]}"
    kernel = session.start_kernel()
    code = "from widgets.store import get_store\nprint(len(get_store().attempts()))"
    said = session.execute(kernel, code)
    assert int(said) >= len(seen)
