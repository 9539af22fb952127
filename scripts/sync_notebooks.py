"""Re-pair and re-execute every course notebook, for authors: `bash scripts/sync-notebooks.sh`.

The py:percent file is the source of truth. For each one this writes its .ipynb pair, executes it
top to bottom against an EMPTY temporary progress store (so outputs never depend on anyone's own
saved work), and saves it with outputs so nbval can compare them in CI. Live widget views are
removed from the saved outputs: a notebook opened from disk without running then shows each
exercise's readable text ("Run this cell to start...") instead of a broken widget.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

from widgets.core.paths import REPO_ROOT
from widgets.tools.notebooks import course_notebooks, strip_live_widgets


def keep_cell_ids(nb: nbformat.NotebookNode, old: Path) -> None:
    """Reuse the saved pair's cell ids for unchanged cells, so a re-sync diff shows real changes."""
    if not old.exists():
        return
    previous: dict[tuple[str, str], list[str]] = {}
    for cell in nbformat.read(old, as_version=4).cells:
        if cell.get("id"):
            previous.setdefault((cell.cell_type, cell.source), []).append(cell.id)
    used = set()
    for cell in nb.cells:
        ids = previous.get((cell.cell_type, cell.source), [])
        if ids and ids[0] not in used:
            cell.id = ids.pop(0)
        used.add(cell.get("id"))


def build(py: Path, home: Path) -> float:
    """Pair, execute and save one notebook; returns seconds taken."""
    started = time.perf_counter()
    nb = jupytext.read(py)
    nb.metadata.setdefault("kernelspec", {"name": "python3", "display_name": "Python 3",
                                          "language": "python"})  # fmt: skip
    os.environ["PEER_COURSE_HOME"] = str(home / py.stem)
    client = NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(py.parent)}},
        store_widget_state=False,
    )  # fmt: skip
    client.execute()
    strip_live_widgets(nb)
    keep_cell_ids(nb, py.with_suffix(".ipynb"))
    for cell in nb.cells:
        cell.metadata.pop("execution", None)  # timestamps: noise in every diff
    jupytext.write(nb, py.with_suffix(".ipynb"), fmt="ipynb")
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    targets = [Path(a) for a in argv] or [
        *course_notebooks(".py"),
        REPO_ROOT / "course" / "index.py",  # the course home (app mode's first page)
        REPO_ROOT / "facilitator" / "dashboard.py",
    ]
    total = 0.0
    with tempfile.TemporaryDirectory(prefix="peer-course-build-") as tmp:
        for py in targets:
            took = build(py.resolve(), Path(tmp))
            total += took
            print(f"{py.name}: executed in {took:.1f} s")
    print(f"{len(targets)} notebooks in {total:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
