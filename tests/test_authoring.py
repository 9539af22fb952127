"""`python -m widgets new-notebook`: a new module starts complete, lint-clean and runnable."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jupytext
import nbformat
import pytest
from jupytext.cli import jupytext as jupytext_cli
from nbclient import NotebookClient

from widgets.content.scenarios import load_bank
from widgets.core.values import VALUES
from widgets.tools import cli
from widgets.tools.authoring import (
    AuthoringError,
    new_notebook_command,
    next_number,
    render_notebook,
    slugify,
    write_notebook,
)

ROOT = Path(__file__).resolve().parent.parent


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    """Ruff with the project's rules, but without the course/ per-file ignores (stricter)."""
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--config", str(ROOT / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def _calls(py: Path, name: str) -> list[str]:
    """The text of every ``name("...")`` call cell (joined pieces included)."""
    found = []
    for cell in jupytext.read(py).cells:
        if cell.cell_type == "code" and cell.source.startswith(f"{name}("):
            found.append(eval(cell.source[len(name) :]))  # noqa: S307 - our own literal
    return found


@pytest.fixture()
def course(tmp_path: Path) -> Path:
    folder = tmp_path / "course"
    folder.mkdir()
    for name in ("00_welcome.py", "01_hope_and_wholeness.py", "02_mutuality.py"):
        (folder / name).write_text("# placeholder\n", encoding="utf-8")
    return folder


def test_slugs_and_numbers(course: Path) -> None:
    assert slugify("Working with Families & Carers!") == "working_with_families_carers"
    assert slugify("Été à Zürich") == "ete_a_zurich"
    assert next_number(course) == 3
    assert next_number(course / "missing") == 0


@pytest.mark.parametrize("value", sorted(VALUES))
def test_every_value_gives_a_lint_clean_paired_notebook(course: Path, value: str) -> None:
    py, ipynb = write_notebook(f"Practising {value}", value=value, course_dir=course)
    assert py.name == f"03_practising_{value}.py" and ipynb.exists()
    text = py.read_text(encoding="utf-8")
    assert "formats: ipynb,py:percent" in text and "name: python3" in text
    check = _ruff("check", str(py))
    assert check.returncode == 0, check.stdout + check.stderr
    fmt = _ruff("format", "--check", str(py))
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr

    nb = nbformat.read(ipynb, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    assert nb.metadata.jupytext.formats == "ipynb,py:percent"
    sources = [c.source for c in nb.cells]
    # The learner's flow, as in every course notebook (tests/test_flow.py): the start cell
    # first, the front door's code hidden, the facilitator notes folded, a link at the end.
    stem = py.stem
    assert sources[0].endswith(f'start("{stem}")') and nb.cells[0].cell_type == "code"
    assert sources[1].startswith("# 03 · Practising")
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.metadata.get("jupyter", {}).get("source_hidden") is True, cell.source
    assert "progress_view()" in sources
    assert sources[-1] == "## [Back to the start: 00 · Welcome to the course](00_welcome.ipynb)"
    tagged = [c for c in nb.cells if "facilitator" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    notes = tagged[0].source.splitlines()
    assert notes[0] == "<details>" and notes[-1] == "</details>"
    assert notes[1].startswith("<summary>Facilitator notes: ") and notes[2] == ""
    for heading in ("## What you'll learn", "## A private reflection", "## Try it this week"):
        assert any(s.startswith(heading) for s in sources), heading

    bank = load_bank()
    shown = _calls(py, "show")
    assert shown, "an exercise from the bank for the chosen value"
    for scenario_id in shown:
        assert bank[scenario_id].values[0] == value
    assert len(_calls(py, "demo")) == 2
    # The pairing check in scripts/test.sh finds no drift: updating the pair changes nothing.
    paired = ipynb.read_bytes()
    jupytext_cli(["--quiet", "--to", "ipynb", "--update", str(py)])
    assert ipynb.read_bytes() == paired


def _execute(ipynb: Path, home: Path) -> nbformat.NotebookNode:
    nb = nbformat.read(ipynb, as_version=4)
    old = os.environ.get("PEER_COURSE_HOME")
    os.environ["PEER_COURSE_HOME"] = str(home)
    try:
        NotebookClient(
            nb,
            timeout=120,
            kernel_name="python3",
            resources={"metadata": {"path": str(ipynb.parent)}},
        ).execute()
    finally:
        if old is None:
            os.environ.pop("PEER_COURSE_HOME", None)
        else:
            os.environ["PEER_COURSE_HOME"] = old
    return nb


@pytest.mark.parametrize("value", ["mutuality", None])
def test_new_notebook_executes(course: Path, tmp_path: Path, value: str | None) -> None:
    argv = ["Working with families"] + (["--value", value] if value else [])
    assert new_notebook_command(argv, course_dir=course) == 0
    nb = _execute(course / "03_working_with_families.ipynb", tmp_path / "home")
    errors = [
        out
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.outputs
        if out.output_type == "error"
    ]
    assert not errors
    progress = next(c for c in nb.cells if c.source == "progress_view()")
    assert progress.outputs
    assert nb.cells[0].outputs, "the start cell says how far the learner has got"
    if value is None:
        assert not _calls(course / "03_working_with_families.py", "show")
        assert any('show("your-scenario-id")' in c.source for c in nb.cells)


def test_refuses_to_overwrite_without_force(course: Path, capsys) -> None:
    assert new_notebook_command(["Working with families"], course_dir=course) == 0
    py = course / "03_working_with_families.py"
    py.write_text(py.read_text(encoding="utf-8") + "# my own words\n", encoding="utf-8")
    capsys.readouterr()
    assert new_notebook_command(["Working with families"], course_dir=course) == 2
    message = capsys.readouterr().err
    assert "already" in message and "--force" in message
    assert py.read_text(encoding="utf-8").endswith("# my own words\n")
    assert not (course / "04_working_with_families.py").exists()
    assert new_notebook_command(["Working with families", "--force"], course_dir=course) == 0
    assert not py.read_text(encoding="utf-8").endswith("# my own words\n")


def test_number_in_use_needs_force(course: Path) -> None:
    with pytest.raises(AuthoringError, match="already used by 02_mutuality.py"):
        write_notebook("Something new", number=2, course_dir=course)
    py, _ = write_notebook("Something new", number=12, course_dir=course)
    assert py.name == "12_something_new.py"
    assert next_number(course) == 13


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["   "], "give the new notebook a title"),
        (["!!! ???"], "at least one letter or number"),
        (["x" * 81], "80 or fewer"),
        (["Families", "--value", "mutualty"], 'Did you mean "mutuality"'),
        (["Families", "--number", "100"], "from 0 to 99"),
    ],
)
def test_kind_errors_write_nothing(course: Path, capsys, argv: list[str], words: str) -> None:
    before = sorted(p.name for p in course.iterdir())
    assert new_notebook_command(argv, course_dir=course) == 2
    err = capsys.readouterr().err
    assert words in err
    assert "Traceback" not in err
    assert sorted(p.name for p in course.iterdir()) == before


def test_quotes_and_long_text_survive(course: Path) -> None:
    py, _ = write_notebook('Saying "no" kindly', course_dir=course)
    assert '# # 03 · Saying "no" kindly' in py.read_text(encoding="utf-8")
    assert _ruff("format", "--check", str(py)).returncode == 0
    assert json.loads(json.dumps(_calls(py, "demo")))  # plain strings round-trip


def test_template_cells_for_one_case_and_help_never_reach_the_notebook(course: Path) -> None:
    py, _ = write_notebook("Families", value="mutuality", course_dir=course)
    text = py.read_text(encoding="utf-8")
    assert "template-help" not in text and '"if-' not in text
    assert "## Mutuality, in our own words" in text
    assert "## The value in our own words" not in text
    assert text.count("## A private reflection") == 1


def _template(tmp_path: Path, cells: str) -> Path:
    path = tmp_path / "my_template.py"
    path.write_text("# ---\n# jupyter: {}\n# ---\n\n" + cells, encoding="utf-8")
    return path


def test_a_trainers_template_is_filled_in(tmp_path: Path) -> None:
    path = _template(
        tmp_path,
        '# %% [markdown] tags=["template-help"]\n# Notes for trainers: {not_a_field}\n\n'
        "# %% [markdown]\n# # {number:02d} {title}: {{braces}}\n\n"
        '# %% tags=["if-value"]\nshow("{value_notebook}")\n\n'
        '# %% [markdown] tags=["if-no-value", "facilitator"]\n# No value.\n',
    )
    with_value = render_notebook('Say "hi"', 4, "curiosity", template=path)
    assert with_value == (
        '# ---\n# jupyter: {}\n# ---\n\n# %% [markdown]\n# # 04 Say "hi": {braces}\n\n'
        '# %% jupyter={"source_hidden": true}\nshow("08_curiosity")\n'
    )
    without = render_notebook("Hi", 4, template=path)
    assert without.endswith('# %% [markdown] tags=["facilitator"]\n# No value.\n')


@pytest.mark.parametrize(
    ("cells", "words"),
    [
        ("# %% [markdown]\n# Hello {name}\n", "{name} is not a field"),
        ("# %% [markdown]\n# A lone { here\n", "write it twice"),
        ('# %% [markdown] tags=["if-valeu"]\n# x\n', "'if-valeu' is not one"),
        ("# %% [markdown]\nno comment mark\n", "line 6"),
        ("no cells at all\n", "has no cells"),
    ],
)
def test_a_broken_template_is_explained(tmp_path: Path, cells: str, words: str) -> None:
    path = _template(tmp_path, cells)
    with pytest.raises(AuthoringError, match=re.escape(words)) as caught:
        render_notebook("Hi", 4, template=path)
    assert "my_template.py" in str(caught.value)


def test_help_lists_every_command(capsys) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in cli.COMMANDS:
        assert re.search(rf"^{re.escape(name)} ", out, re.MULTILINE), name
