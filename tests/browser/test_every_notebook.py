"""Every course notebook, run in JupyterLab: no broken widget, no serious axe problem, no unnamed
control. The deeper tests use 00_welcome, 02_mutuality and 09; this sweep covers the rest, so an
exercise added to any notebook is checked in a real browser too.
"""

from __future__ import annotations

import re
import shutil

import pytest
from browser_support import (
    BROKEN_WIDGET,
    OUTPUTS,
    ROOT,
    open_notebook,
    run_all,
    serious_violations,
    shut_down_kernels,
)

NOTEBOOKS = sorted(p.name for p in (ROOT / "course").glob("[0-9][0-9]_*.ipynb"))
INTERACTIVE = "button|textbox|combobox|radio|checkbox|slider|spinbutton|switch|listbox"
CONTROL_LINE = re.compile(rf"^\s*- ({INTERACTIVE})\b(?: \"((?:[^\"\\]|\\.)*)\")?")
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_and_its_exercises_are_accessible(lab, workspace, new_page, name):
    # A copy under its own name gets its own kernel: the shared pages of 00 and 02 keep theirs.
    copy = f"sweep_{name}"
    shutil.copy2(workspace / "course" / name, workspace / "course" / copy)
    page = new_page()
    try:
        open_notebook(page, lab, copy)
        run_all(page, lab)
        body = page.locator(".jp-NotebookPanel").inner_text()
        assert not BROKEN_WIDGET.search(body), f"{name}: {BROKEN_WIDGET.search(body).group()}"
        assert page.locator(".jp-OutputArea-output .jupyter-widgets").count(), "no widgets shown"

        serious = serious_violations(page, OUTPUTS)
        assert not serious, f"{name}:\n" + "\n".join(serious)

        unnamed = []
        for output in page.locator(".jp-OutputArea-output").all():
            for line in output.aria_snapshot().splitlines():
                match = CONTROL_LINE.match(line)
                if match and not PRIVATE_USE.sub("", match.group(2) or "").strip():
                    unnamed.append(line.strip())
        assert not unnamed, f"{name}: controls without a name:\n" + "\n".join(unnamed)
    finally:
        page.context.close()
        shut_down_kernels(lab, copy)
