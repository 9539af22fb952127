"""A notebook opened from disk WITHOUT running shows each exercise as readable text."""

from __future__ import annotations

import re

import pytest
from browser_support import (
    BROKEN_WIDGET,
    ROOT,
    cell_source,
    open_notebook,
    shut_down_kernels,
    wait_cells_rendered,
)
from playwright.sync_api import expect

SAVED = sorted(p.name for p in (ROOT / "course").glob("[0-9][0-9]_*.ipynb"))
CALLS = re.compile(r"^\s*(show|self_check|progress_view)\(", re.M)


@pytest.mark.skipif(not SAVED, reason="no executed .ipynb pairs in course/ yet")
@pytest.mark.parametrize("name", SAVED)
def test_unrun_notebook_reads_as_text(lab, new_page, name):
    page = new_page()
    try:
        check_saved_notebook(page, lab, name)
    finally:
        page.context.close()
        shut_down_kernels(lab, f"as_saved/{name}")


def check_saved_notebook(page, lab, name: str) -> None:
    open_notebook(page, lab, f"as_saved/{name}")
    wait_cells_rendered(page)
    cells = page.locator(".jp-CodeCell")
    exercises = 0
    for i in range(cells.count()):
        cell = cells.nth(i)
        source = cell_source(cell)
        if not CALLS.search(source):
            continue
        exercises += 1
        output = cell.locator(".jp-OutputArea")
        expect(output).to_contain_text("Run this cell")
        text = output.inner_text().strip()
        assert len(text.splitlines()) >= 2, f"{name}: {source!r} shows too little: {text!r}"
    assert exercises, f"{name}: no exercise cells found"
    page.wait_for_timeout(1000)  # a broken widget view says so a moment after rendering
    body = page.locator(".jp-NotebookPanel").inner_text()
    assert not BROKEN_WIDGET.search(body), f"{name}: {BROKEN_WIDGET.search(body).group()}"
