"""Build the course as a static JupyterLite site (runs in the browser; no server, no install).

``bash scripts/build-lite.sh`` (or ``python scripts/build_lite.py --output-dir DIR``) stages a
JupyterLite project in a temporary folder and runs ``jupyter lite build`` on it. The site keeps
the repository layout, so everything the notebooks expect is where they expect it:

    course/*.ipynb   the notebooks (the committed, executed pairs; a .py without a pair is
                     converted with jupytext), each with one extra "browser set-up" cell
    widgets/*.py     the course package, as plain files the kernel imports
    data/...         scenarios, lexicon and learner-facing words (widgets reads data/ beside it)

Why files rather than a wheel: ``widgets`` finds ``data/`` next to its own folder, and files keep
that true without changing any code. The extra set-up cell (added to the site's copies only, never
to course/) puts the site root on ``sys.path`` and loads what the course imports into the tab.

The build itself is offline: jupyterlite-core copies the JupyterLab apps and the Pyodide kernel
extension from this environment and downloads nothing. Running the site needs the Pyodide CDN
(cdn.jsdelivr.net) and PyPI (for ipywidgets and platformdirs), fetched by the learner's browser.

Progress in the browser: the kernel mounts the file browser's contents (kept in the browser's
IndexedDB) at /drive, and widgets/store/ keeps the store in /drive/.peer-course/ when it
can, so it survives a reload; otherwise it keeps progress in memory and says so (once).
Pyodide ships sqlite3 as a separate package that the kernel loads only when a cell itself
imports it (pyodide.loadPackagesFromImports on the cell's code; imports inside widgets/ are not
seen), hence the ``import sqlite3`` in the set-up cell.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import jupytext
import nbformat

ROOT = Path(__file__).resolve().parent.parent
SKIP_PARTS = {"__pycache__", ".ipynb_checkpoints"}
SETUP_TAG = "lite-setup"
SERVER_ONLY_EXTENSIONS = ["@voila-dashboards/jupyterlab-preview", "jupyterlab-jupytext"]

SETUP_NOTE = """\
**Browser version only.** You are using the course in your web browser (JupyterLite). Run the
cell below first: it loads what the course needs into this browser tab, which takes a little
while the first time and needs an internet connection.

Your answers are saved in this web browser only, on this device: they are still here when you
reload the page or come back later in the same browser, but not in another browser or on
another computer, and clearing the browser's site data (or using a private window) removes
them. If this browser cannot save them, the first exercise tells you. To keep your progress
for longer, use the course on your own computer or on your group's JupyterHub (ask your
facilitator)."""

SETUP_CODE = """\
# Browser version only: load what the course needs into this tab.
%pip install -q ipywidgets platformdirs pyyaml
import os
import sys

try:
    import sqlite3  # noqa: F401  (a cell's own import makes Pyodide load its sqlite3 package)
except ImportError:
    pass  # the course still works; the exercises say that answers are not being saved
import yaml  # noqa: F401
{extra}
sys.path.insert(0, os.path.dirname(os.getcwd()))  # the site root, which holds widgets/ and data/
print("Ready: the course is loaded in this tab.")"""


def _files(folder: Path, pattern: str = "*") -> list[Path]:
    return sorted(p for p in folder.rglob(pattern) if p.is_file() and not SKIP_PARTS & set(p.parts))


def course_notebook(py: Path) -> nbformat.NotebookNode:
    """The executed .ipynb pair when it exists and is current, else the .py converted."""
    pair = py.with_suffix(".ipynb")
    if pair.exists() and pair.stat().st_mtime >= py.stat().st_mtime:
        return nbformat.read(pair, as_version=4)
    return jupytext.read(py)


def add_setup_cell(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Put the browser set-up cells just before the notebook's first code cell."""
    uses_charts = any(
        c.cell_type == "code" and "self_check(" in c.source for c in nb.cells
    )  # the "after" self-check draws a chart with matplotlib
    extra = "import matplotlib  # noqa: F401\n" if uses_charts else ""
    note = nbformat.v4.new_markdown_cell(SETUP_NOTE, metadata={"tags": [SETUP_TAG]})
    code = nbformat.v4.new_code_cell(SETUP_CODE.format(extra=extra), metadata={"tags": [SETUP_TAG]})
    first_code = next((i for i, c in enumerate(nb.cells) if c.cell_type == "code"), len(nb.cells))
    nb.cells[first_code:first_code] = [note, code]
    # The site runs the Pyodide kernel, which JupyterLite names "python".
    nb.metadata["kernelspec"] = {
        "name": "python",
        "display_name": "Python (Pyodide)",
        "language": "python",
    }
    nb.metadata.pop("jupytext", None)  # the site has no .py pairs
    return nb


def stage(lite_dir: Path, root: Path = ROOT) -> list[str]:
    """Write the JupyterLite project (contents and config) into ``lite_dir``; returns notebooks."""
    files = lite_dir / "files"
    notebooks = []
    for py in sorted((root / "course").glob("[0-9][0-9]_*.py")):
        nb = add_setup_cell(course_notebook(py))
        target = files / "course" / f"{py.stem}.ipynb"
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, target)
        notebooks.append(f"course/{target.name}")
    for folder, pattern in (("widgets", "*.py"), ("data", "*")):
        for src in _files(root / folder, pattern):
            dest = files / folder / src.relative_to(root / folder)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest)
    config = {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "Core Values of Peer Support",
            "defaultKernelName": "python",
            # Copied from this environment but they need a Jupyter server, which a static site
            # does not have: switch them off so their menus never offer what cannot work.
            "disabledExtensions": SERVER_ONLY_EXTENSIONS,
        },
    }
    (lite_dir / "jupyter-lite.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    return notebooks


def _absolute(args: Sequence[str]) -> list[str]:
    """Make file arguments absolute: jupyter lite runs in the staging folder, not here."""
    out = []
    for arg in args:
        name, eq, value = arg.partition("=") if arg.startswith("--") else ("", "", arg)
        if value and not value.startswith("-") and Path(value).exists():
            value = str(Path(value).resolve())
        out.append(f"{name}{eq}{value}" if eq else value if not name else arg)
    return out


def build(
    output_dir: Path, root: Path = ROOT, quiet: bool = True, extra: Sequence[str] = ()
) -> Path:
    """Stage and run ``jupyter lite build``; returns the site folder (has index.html).

    ``extra`` arguments go to ``jupyter lite build`` as they are, e.g. ``--pyodide FILE`` to
    ship Pyodide inside the site for rooms without internet (see docs/hosting.md).
    """
    output_dir = output_dir.resolve()
    with tempfile.TemporaryDirectory(prefix="peer-course-lite-") as tmp:
        lite_dir = Path(tmp)
        stage(lite_dir, root)
        cmd = [
            sys.executable,
            "-m",
            "jupyter",
            "lite",
            "build",
            "--lite-dir",
            str(lite_dir),
            "--contents",
            str(lite_dir / "files"),
            "--output-dir",
            str(output_dir),
            "--no-sourcemaps",
            *_absolute(extra),
        ]
        # JupyterLite keeps a build cache (.jupyterlite.doit.db) in the lite dir: a fresh,
        # temporary lite dir means every build starts clean and never reuses stale contents.
        result = subprocess.run(cmd, cwd=lite_dir, capture_output=quiet, text=True)
        if result.returncode != 0:
            detail = (result.stderr or "")[-4000:] if quiet else ""
            raise SystemExit(f"jupyter lite build failed (exit {result.returncode}).\n{detail}")
    return output_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--output-dir", type=Path, default=ROOT / "_output", help="where to write the site"
    )
    parser.add_argument("--verbose", action="store_true", help="show jupyter lite's own output")
    parser.epilog = "Other options (e.g. --pyodide, --piplite-wheels) go to jupyter lite build."
    args, extra = parser.parse_known_args(argv)
    site = build(args.output_dir, quiet=not args.verbose, extra=extra)
    print(f"Built the JupyterLite site in {site}")
    print(f"Try it: {sys.executable} -m http.server --directory {site} 8000")
    print("then open http://127.0.0.1:8000/lab/index.html?path=course/00_welcome.ipynb")
    return 0


if __name__ == "__main__":
    sys.exit(main())
