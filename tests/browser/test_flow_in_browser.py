"""The flow of a notebook in JupyterLab, as a learner meets it (the course's own JupyterLab
settings, jupyter_config/): no code, no .py twins, facilitator notes folded away, answer boxes
in the page's font, the page back at the top after Run All, and last answers back after a
restart.

Each test that writes answers uses its own copy of 02_mutuality, so its kernel is its own.
Screenshots go to _output/screenshots/ (first_screen, feedback_summary, last_answer, ...).
"""

from __future__ import annotations

import re
import secrets
import shutil

from browser_support import (
    exercise,
    fresh_store,
    menu,
    open_notebook,
    run_all,
    shut_down_kernels,
    wait_all_run,
    wait_cells_rendered,
    write,
)
from conftest import SCREENSHOTS
from playwright.sync_api import expect

from widgets.core.text import t
from widgets.scoring import LABELS

YOGA = "mutuality-rewrite-yoga"
CURIOUS = "What tends to be on your mind when you can't switch off?"
LAPTOP = {"width": 1366, "height": 768}


def own_copy(workspace, name: str) -> str:
    """A copy of 02_mutuality under a new name (its own kernel); returns the copy's name."""
    course = workspace / "course"
    copy = f"{name}_{secrets.token_hex(2)}.ipynb"
    shutil.copy2(course / "02_mutuality.ipynb", course / copy)
    return copy


def save_screen(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), animations="disabled")


def button(box, words: str):
    return box.get_by_role("button", name=re.compile(rf"(^|\s){re.escape(words)}$"))


def test_a_notebook_shows_no_code_and_folds_the_facilitator_notes(lab, new_page):
    page = new_page()
    page.set_viewport_size(LAPTOP)
    open_notebook(page, lab, "as_saved/02_mutuality.ipynb")
    wait_cells_rendered(page)
    code_cells = page.locator(".jp-Notebook .jp-CodeCell")
    assert code_cells.count() > 20
    # Every code cell of the course only calls the front door: its code is hidden, and not
    # even its first line shows (only JupyterLab's small "..." to open it again).
    expect(page.locator(".jp-CodeCell .jp-InputPlaceholder")).to_have_count(code_cells.count())
    expect(page.locator(".jp-CodeCell .jp-InputArea-editor:visible")).to_have_count(0)
    expect(page.locator(".jp-PlaceholderText:visible")).to_have_count(0)
    expect(page.get_by_text('show("mutuality-rewrite-yoga")')).not_to_be_visible()

    # The first screen: how to start, the title; facilitator notes only as one closed line.
    expect(page.get_by_role("heading", name=t("flow.start_heading"))).to_be_in_viewport()
    expect(page.get_by_role("heading", name="02 · Mutuality")).to_be_in_viewport()
    notes = page.locator(".jp-RenderedMarkdown details")
    assert notes.count() >= 3
    for i in range(notes.count()):
        assert notes.nth(i).evaluate("d => d.open") is False
    first = notes.first
    expect(first.locator("summary")).to_have_text(re.compile(r"^Facilitator notes: .*open\)$"))
    expect(first.get_by_text("Suggested plan for a 75-minute group session")).not_to_be_visible()
    save_screen(page, "first_screen")
    first.locator("summary").click()  # one click (or Enter) opens them
    expect(first.get_by_text("Suggested plan for a 75-minute group session")).to_be_visible()

    # The last cell: a link to the next notebook, which JupyterLab opens beside this one.
    link = page.get_by_role("link", name="Next: 03 · Acknowledgement")
    link.scroll_into_view_if_needed()
    link.click()
    tab = page.locator(".lm-TabBar-tab", has_text="03_acknowledgement.ipynb")
    expect(tab).to_have_count(1, timeout=60_000)
    shut_down_kernels(lab, "as_saved/0")


def test_the_file_browser_lists_each_notebook_once(lab, new_page):
    page = new_page()
    page.goto(lab.url("lab"))
    listing = page.locator(".jp-DirListing-content .jp-DirListing-itemText")
    expect(listing.filter(has_text=re.compile(r"^02_mutuality\.ipynb$"))).to_have_count(1)
    names = [n.strip() for n in listing.all_inner_texts()]
    assert not [n for n in names if n.endswith(".py")], names
    assert len([n for n in names if n.endswith(".ipynb")]) >= 13, names
    # Names are shown whole (wrapped, not cut off with "...").
    item = listing.filter(has_text="06_respect_dignity_equity.ipynb").first
    assert item.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), "the name is cut off"
    expect(listing.filter(has_text="12_putting_it_together.ipynb").first).to_be_visible()
    save_screen(page, "file_browser")


def test_run_all_brings_the_page_back_to_the_top_and_feedback_into_view(lab, workspace, new_page):
    name = own_copy(workspace, "flow")
    fresh_store(workspace / "home")  # nothing done yet: Run All comes back to the very top
    page = new_page()
    page.set_viewport_size(LAPTOP)
    open_notebook(page, lab, name)
    run_all(page, lab)
    start = page.locator(".psv-start").first
    expect(start.get_by_text(t("flow.ready"))).to_be_visible()
    expect(start).to_be_in_viewport()  # not the last cell, forty exercises below

    box = exercise(page, YOGA)
    answer = box.get_by_role("textbox", name=t("rewrite.label"))
    # The answer box is in the font of the page's text, not a code font.
    fonts = answer.evaluate(
        """a => [getComputedStyle(a).fontFamily,
                 getComputedStyle(document.querySelector('.jp-RenderedMarkdown p')).fontFamily]"""
    )
    assert fonts[0] == fonts[1] and "mono" not in fonts[0].lower(), fonts
    write(answer, "You should try yoga, it really helped me")
    button(box, t("buttons.check_answer")).click()
    summary = box.locator(".psv-summary")
    expect(summary).to_contain_text(re.compile(r"Next steps: \d"))
    # The summary sits on the check button's row; the row and the feedback's start are in view.
    # Both measured at one instant: the page may still be scrolling the feedback into view.
    check_words = t("buttons.check_answer")
    row_top, summary_top = box.evaluate(
        """(el, words) => {
            const buttons = [...el.querySelectorAll('button')];
            const check = buttons.find(b => b.textContent.includes(words));
            const summary = el.querySelector('.psv-summary');
            return [check.getBoundingClientRect().top, summary.getBoundingClientRect().top];
        }""",
        check_words,
    )
    assert abs(summary_top - row_top) < 40
    expect(
        box.get_by_text(t("rewrite.still_there", label=LABELS["advice"].title)).first
    ).to_be_in_viewport()
    shot = box.locator(".psv-answer-area")
    shot.screenshot(path=str(SCREENSHOTS / "feedback_summary.png"), animations="disabled")
    # The progress view links each notebook by its title, beside this one (relative links).
    progress = page.locator(".psv-progress").first
    link = progress.get_by_role("link", name="03 · Acknowledgement")
    assert re.search(r"/tree/03_acknowledgement\.ipynb$", link.evaluate("a => a.href"))
    expect(progress.get_by_text("mutuality-rewrite-yoga")).to_have_count(0)
    shut_down_kernels(lab, name)


def test_an_answered_exercise_shows_the_last_answer_after_a_restart(
    lab, workspace, new_page, screenshot
):
    name = own_copy(workspace, "resume")
    fresh_store(workspace / "home")
    page = new_page()
    open_notebook(page, lab, name)
    run_all(page, lab)
    box = exercise(page, YOGA)
    mine = f"{CURIOUS} ({secrets.token_hex(2)})"
    write(box.get_by_role("textbox", name=t("rewrite.label")), mine)
    button(box, t("buttons.check_answer")).click()
    expect(box.locator(".psv-summary")).not_to_be_empty()

    box.evaluate("el => el.setAttribute('data-before-restart', '1')")
    menu(page, "Kernel", "Restart Kernel and Run All Cells")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    expect(page.locator("[data-before-restart]")).to_have_count(0, timeout=60_000)
    wait_all_run(page, lab)

    box = exercise(page, YOGA)
    expect(box.get_by_role("textbox", name=t("rewrite.label"))).to_have_value(mine)
    expect(box.get_by_text(re.compile(r"^Your last answer, from \d+ \w+ \d{4}\."))).to_be_visible()
    expect(box.get_by_text(t("rewrite.shown", label=LABELS["open_question"].title))).to_be_visible()
    # Some exercises are done now: the first cell counts them.
    expect(page.locator(".psv-start").first).to_contain_text(
        re.compile(r"You have done 1 of its \d+ exercises")
    )
    screenshot(box, "last_answer")
    shut_down_kernels(lab, name)
