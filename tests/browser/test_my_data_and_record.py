"""Privacy with buttons, and the completion record on paper, in a real browser (issue 14).

* In JupyterLab: the welcome notebook's "my data" box saves a full copy (a real download) and
  erases everything after asking twice; the store is empty afterwards.
* In app mode (scripts/app_mode.py, as a learner opens it): the printed link opens the course
  home with every page listed; the same box erases after asking twice; a page links home,
  back and on, and never says Shift + Enter.
* The completion record: "Save as a file" gives a web page that the machine's Chromium prints to
  a PDF offline (every request it makes is for the file itself).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from browser_support import (
    ROOT,
    Server,
    _wait_ready,
    cell_output,
    free_port,
    fresh_store,
    menu,
    open_notebook,
    serious_violations,
    shut_down_kernels,
    wait_all_run,
)
from playwright.sync_api import expect

from widgets.core.text import t
from widgets.store import FILE_NAME, ProgressStore

ANSWER = f"What matters most to you tonight? ({secrets.token_hex(3)})"


def button(box, words: str):
    """A button by its words (its name may also carry an icon glyph before the words)."""
    return box.get_by_role("button", name=re.compile(rf"(^|\s){re.escape(words)}$"))


def seed(home: Path) -> ProgressStore:
    """A learner's store with an answer, a journal entry and a "before" self-check."""
    fresh_store(home)
    store = ProgressStore(home / FILE_NAME)
    store.record_attempt("mutuality-rewrite-yoga", ANSWER, ["open_question"], value="mutuality")
    store.save_journal("mutuality-reflect-unasked-advice", "A private note")
    store.record_selfcheck("before", {"curiosity": 2, "mutuality": 3})
    return store


def erase_after_asking_twice(page, box, store: ProgressStore) -> None:
    """Erase everything with the two buttons, checking what the question says first."""
    button(box, t("my_data.erase")).click()
    question = box.get_by_role("alert").filter(has_text=t("my_data.confirm_question"))
    expect(question).to_be_visible()
    expect(question).to_contain_text(t("my_data.attempts", n=1))
    expect(question).to_contain_text(str(store.path))
    expect(button(box, t("my_data.keep"))).to_be_focused()  # the safe answer has the focus
    assert store.attempts(), "nothing may go before the second press"
    button(box, t("my_data.confirm")).click()
    expect(box.get_by_text(t("my_data.erased"))).to_be_visible()
    expect(box.get_by_text(t("my_data.nothing"))).to_be_visible()
    assert store.attempts() == [] and store.journal() == [] and store.selfchecks() == {}


# --- JupyterLab -------------------------------------------------------------------------------


def test_my_data_in_jupyterlab_saves_a_copy_and_erases_after_asking_twice(
    lab, workspace, new_page, dialogs, screenshot, tmp_path
):
    store = seed(workspace / "home")
    course = workspace / "course"
    shutil.copy2(course / "00_welcome.ipynb", course / "privacy_00_welcome.ipynb")
    page = new_page()
    open_notebook(page, lab, "privacy_00_welcome.ipynb")
    menu(page, "Run", "Run All Cells")
    wait_all_run(page, lab)
    box = cell_output(page, "my_data()").locator(".widget-vbox").first
    expect(box.get_by_text(t("my_data.attempts", n=1))).to_be_visible()
    expect(box.get_by_text(str(store.path))).to_be_visible()

    button(box, t("my_data.full")).click()
    link = box.get_by_role("link", name=re.compile(r"^Download peer-support-my-data-"))
    with page.expect_download() as download:
        link.click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    text = saved.read_text(encoding="utf-8-sig")
    assert ANSWER in text and "A private note" in text
    screenshot(box, "my_data")

    erase_after_asking_twice(page, box, store)
    assert dialogs == []
    serious = serious_violations(page, {"include": [[".jp-OutputArea-output .psv-exercise"]]})
    assert not serious, "\n".join(serious)
    shut_down_kernels(lab, "privacy_00_welcome")


# --- app mode ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def app(request, tmp_path_factory):
    """scripts/app_mode.py as a facilitator starts it (its own store), stopped however we end."""
    home = tmp_path_factory.mktemp("app-mode-home")
    store = seed(home)
    port = free_port()
    log = home / "app-mode.log"
    env = dict(os.environ, PEER_COURSE_HOME=str(home), COURSE_APP_PORT=str(port))
    env.pop("COURSE_APP_IP", None)
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "scripts" / "app_mode.py")],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    deadline = time.monotonic() + 90
    token = None
    while token is None and time.monotonic() < deadline:
        found = re.findall(rf"http://127\.0\.0\.1:{port}/\?token=([\w-]{{16,}})", log.read_text())
        token = found[-1] if found else None
        time.sleep(0.25)
    server = Server("app-mode", home, port, token or "", proc, log)
    request.addfinalizer(server.stop)
    assert token, f"app mode printed no link:\n{server.log_tail()}"
    _wait_ready(server, "voila/static/ready-probe", any_answer=True)
    return server, store


def test_app_mode_home_lists_the_pages_and_erases_after_asking_twice(
    app, new_page, dialogs, screenshot
):
    server, store = app
    page = new_page()
    page.goto(server.url("/"))  # the printed link
    expect(page).to_have_url(re.compile(r"/voila/render/index\.ipynb"))
    home = page.locator(".widget-vbox").filter(has_text=t("home.heading")).first
    home.wait_for(timeout=90_000)
    expect(home.get_by_role("link", name=re.compile(r"^00 · "))).to_be_visible()
    expect(home.get_by_role("link", name=re.compile(r"^12 · "))).to_be_visible()
    screenshot(home, "course_home")
    box = page.locator(".widget-vbox").filter(has_text=t("my_data.heading")).first
    expect(box.get_by_text(t("my_data.attempts", n=1))).to_be_visible()
    erase_after_asking_twice(page, box, store)
    assert "Shift" not in page.locator("body").inner_text()
    assert dialogs == []
    serious = serious_violations(page)  # in app mode the whole page is the course
    assert not serious, "\n".join(serious)


def test_app_mode_pages_link_to_each_other_without_shift_enter(app, new_page):
    server, _ = app
    page = new_page()
    page.goto(server.url("voila/render/00_welcome.ipynb"))
    nav = page.get_by_role("navigation", name=t("home.nav_label")).first
    nav.wait_for(timeout=90_000)
    expect(nav.get_by_role("link", name=t("home.nav_home"))).to_be_visible()
    next_link = nav.get_by_role("link", name=re.compile(r"^Next: 01 · "))
    expect(next_link).to_be_visible()
    page.locator(".widget-vbox").filter(has_text=t("my_data.heading")).first.wait_for()
    assert not re.search(r"Shift\s*\+\s*Enter", page.locator("body").inner_text())
    next_link.click()
    expect(page).to_have_url(re.compile(r"/voila/render/01_hope_and_wholeness\.ipynb"))
    nav = page.get_by_role("navigation", name=t("home.nav_label")).first
    expect(nav.get_by_role("link", name=re.compile(r"^Previous: 00 · "))).to_be_visible()


def test_completion_record_is_saved_and_printed_to_pdf_offline(app, new_page, browser, tmp_path):
    server, store = app
    store.record_attempt("mutuality-rewrite-yoga", "What helps you?", ["open_question"])
    page = new_page()
    page.goto(server.url("voila/render/12_putting_it_together.ipynb"))
    box = page.locator(".widget-vbox").filter(has_text=t("record.heading")).first
    box.wait_for(timeout=120_000)
    name = box.get_by_role("textbox", name=t("record.name_label"))
    name.fill("Sam Learner")
    name.blur()
    expect(box.get_by_text(t("record.name", name="Sam Learner"))).to_be_visible()
    button(box, t("record.save")).click()
    link = box.get_by_role("link", name=re.compile(r"^Download course-record-"))
    with page.expect_download() as download:
        link.click()
    record = tmp_path / download.value.suggested_filename
    download.value.save_as(record)
    assert record.suffix == ".html"

    paper = browser.new_context().new_page()
    requests: list[str] = []
    paper.on("request", lambda r: requests.append(r.url))
    paper.goto(record.as_uri())
    expect(paper.get_by_role("heading", name=t("record.title"))).to_be_visible()
    expect(paper.get_by_text(t("record.name", name="Sam Learner"))).to_be_visible()
    expect(paper.get_by_role("row", name=re.compile(r"^02 · Mutuality"))).to_contain_text(
        t("record.status_started")
    )
    paper.emulate_media(media="print")
    pictures = Path(os.environ.get("PEER_COURSE_SCREENSHOTS") or ROOT / "_output" / "screenshots")
    pictures.mkdir(parents=True, exist_ok=True)
    paper.screenshot(path=str(pictures / "completion_record.png"), full_page=True)
    pdf = tmp_path / "record.pdf"
    paper.pdf(path=str(pdf), format="A4", print_background=True)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page") >= 1
    assert all(url.startswith("file:") for url in requests), requests
    serious = serious_violations(paper)
    assert not serious, "\n".join(serious)
    paper.context.close()
