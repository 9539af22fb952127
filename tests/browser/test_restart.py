"""A journal entry saved in a reflect exercise survives a kernel restart."""

from __future__ import annotations

import re
import secrets
import shutil

from browser_support import exercise, menu, open_notebook, shut_down_kernels, wait_all_run, write
from playwright.sync_api import expect

from widgets.core.text import t

REFLECT = "mutuality-reflect-unasked-advice"


def test_journal_entry_survives_kernel_restart(lab, workspace, new_page):
    # Its own copy of the notebook, so its kernel is its own and other tests' pages are untouched.
    course = workspace / "course"
    shutil.copy2(course / "02_mutuality.ipynb", course / "restart_02_mutuality.ipynb")
    page = new_page()
    open_notebook(page, lab, "restart_02_mutuality.ipynb")
    menu(page, "Run", "Run All Cells")
    wait_all_run(page, lab)
    box = exercise(page, REFLECT)
    note = f"Kept after a restart ({secrets.token_hex(3)})"
    write(box.get_by_role("textbox", name=t("reflect.label")), note)
    box.get_by_role("button", name=re.compile(re.escape(t("buttons.save_privately")))).click()
    expect(box.get_by_text(t("reflect.saved"))).to_be_visible()

    box.evaluate("el => el.setAttribute('data-before-restart', '1')")
    menu(page, "Kernel", "Restart Kernel and Run All Cells")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    expect(page.locator("[data-before-restart]")).to_have_count(0, timeout=60_000)
    wait_all_run(page, lab)

    box = exercise(page, REFLECT)
    expect(box.get_by_text(t("reflect.saved"))).to_have_count(0)  # a fresh widget...
    expect(box.locator("details li", has_text=note)).to_have_count(1)  # listed (folded away)
    box.locator("details").evaluate("d => { d.open = true; }")  # show the earlier entries
    expect(box.get_by_text(note)).to_be_visible()  # ...that lists the saved entry
    shut_down_kernels(lab, "restart_02_mutuality")
