"""The JupyterLite build: an offline build gives a static site with every notebook and the data."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("jupyterlite_core")
pytest.importorskip("jupyterlite_pyodide_kernel")

ROOT = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("build_lite", ROOT / "scripts" / "build_lite.py")
build_lite = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(build_lite)


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(folder)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    before = _digest(ROOT / "course")
    out = build_lite.build(tmp_path_factory.mktemp("lite") / "_output")
    assert _digest(ROOT / "course") == before, "the build must never change course/"
    return out


def test_site_has_an_entry_page_and_the_pyodide_kernel(site: Path) -> None:
    assert (site / "index.html").is_file()
    assert (site / "lab" / "index.html").is_file()
    assert (site / "extensions" / "@jupyterlite" / "pyodide-kernel-extension").is_dir()
    assert (site / "extensions" / "@jupyter-widgets" / "jupyterlab-manager").is_dir()
    config = json.loads((site / "jupyter-lite.json").read_text(encoding="utf-8"))
    data = config["jupyter-config-data"]
    assert data["defaultKernelName"] == "python"
    assert "jupyterlab-jupytext" in data["disabledExtensions"]


def test_every_course_notebook_is_in_the_site(site: Path) -> None:
    expected = {p.stem for p in (ROOT / "course").glob("[0-9][0-9]_*.py")}
    found = {p.stem for p in (site / "files" / "course").glob("*.ipynb")}
    assert expected and found == expected
    listing = json.loads((site / "api" / "contents" / "all.json").read_text(encoding="utf-8"))
    assert {c["name"] for c in listing["content"]} >= {"course", "data", "widgets"}
    for name in expected:
        nb = json.loads((site / "files" / "course" / f"{name}.ipynb").read_text(encoding="utf-8"))
        assert nb["metadata"]["kernelspec"]["name"] == "python"
        setup = [c for c in nb["cells"] if "lite-setup" in c["metadata"].get("tags", [])]
        assert [c["cell_type"] for c in setup] == ["markdown", "code"], name
        first_code = next(c for c in nb["cells"] if c["cell_type"] == "code")
        assert first_code is setup[1], "the set-up cell runs before any course code"
        code = "".join(setup[1]["source"])
        assert "%pip install" in code
        # Pyodide loads its sqlite3 package only for imports in a cell's own code; a failed load
        # must not stop the course (progress then says it is not being saved).
        assert "try:\n    import sqlite3" in code and "except ImportError:" in code
        note = "".join(setup[0]["source"])
        assert "in this web browser only" in note and "kept only while this tab" not in note


def test_data_and_package_files_are_included(site: Path) -> None:
    files = site / "files"
    for rel in (
        "widgets/scoring/__init__.py",
        "widgets/exercises.py",
        "widgets/store/__init__.py",
        "widgets/ui/base.py",
        "widgets/core/text.py",
        "data/lexicon/cues.csv",
        "data/text/en.yaml",
        "data/scenarios/SCHEMA.md",
    ):
        assert (files / rel).is_file(), rel
    assert {p.relative_to(files) for p in (files / "widgets").rglob("*.py")} == {
        p.relative_to(ROOT)
        for p in (ROOT / "widgets").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    words = (files / "data" / "text" / "en.yaml").read_text(encoding="utf-8")
    assert "browser_only:" in words and "not_saved_browser:" in words
    expected = {p.name for p in (ROOT / "data" / "scenarios").glob("*.yaml")}
    assert {p.name for p in (files / "data" / "scenarios").glob("*.yaml")} == expected
    assert not list(files.rglob("__pycache__"))


def test_site_copy_of_the_package_works_from_the_notebook_folder(site: Path) -> None:
    """What the set-up cell does in the browser: import widgets from the site, read its data."""
    course = site / "files" / "course"
    code = (
        "import os, sys\n"
        "sys.path.insert(0, os.path.dirname(os.getcwd()))\n"
        "import widgets, widgets.core.datafiles\n"
        "from widgets.content.scenarios import load_bank\n"
        "from widgets.scoring import analyze\n"
        "print(widgets.__file__)\n"
        "print(widgets.core.datafiles.DATA_DIR)\n"
        "print(len(load_bank()))\n"
        "print(sorted(analyze('Have you tried yoga? It really helped me.').labels))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=course, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    package, data_dir, count, labels = run.stdout.splitlines()
    files = (site / "files").resolve()
    assert Path(package).resolve().is_relative_to(files)
    assert Path(data_dir).resolve() == files / "data"
    assert int(count) > 0
    assert "advice" in labels


def test_site_copy_keeps_progress_in_memory_when_sqlite3_is_missing(
    site: Path, tmp_path: Path
) -> None:
    """If the browser could not load sqlite3, the site's course still runs and says so."""
    code = (
        "import os, sys, json\n"
        "sys.modules['sqlite3'] = None\n"
        "sys.path.insert(0, os.path.dirname(os.getcwd()))\n"
        "from widgets import exercises\n"
        "from widgets.store import get_store\n"
        "from widgets.core.text import t\n"
        "store = get_store()\n"
        "store.record_attempt('ex', 'hello', [])\n"
        "print(json.dumps([type(store).__name__, len(store.attempts()),"
        " [t(n.key) for n in store.notices] == [t('notice.not_saved')], exercises.__file__]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PEER_COURSE_HOME"] = str(tmp_path / "home")
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=site / "files" / "course",
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    kind, count, said, module = json.loads(run.stdout.splitlines()[-1])
    assert [kind, count, said] == ["MemoryProgressStore", 1, True]
    assert Path(module).resolve().is_relative_to((site / "files").resolve())
    assert not (tmp_path / "home").exists()
