"""The command line answers bad input in one plain line, never a traceback (security review,
issue 12, item 8).

Each test runs ``python -m widgets`` as a trainer would, in a subprocess, with the input the
review tried: missing, binary and non-JSON files, a file where a folder belongs, a reader that
stops early (``| head -1``), and text that is not UTF-8 or a locale that only takes ASCII. The
exit codes are the ones widgets/tools/cli.py documents: 0 done, 1 problems found, 2 bad usage or
an input or output that cannot be used.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from widgets.core.paths import DATA_DIR
from widgets.tools import cli
from widgets.tools.bench import heldout_sets

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "course" / "02_mutuality.ipynb"
#: Bytes no text file holds: a PNG header, NULs and bytes that are never UTF-8.
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\xfd\x00\x01" * 20
ASCII_ONLY = {"LC_ALL": "C", "PYTHONIOENCODING": "ascii:strict"}


def run(*args: str, stdin: bytes = b"", env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "widgets", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def plain_error(done: subprocess.CompletedProcess, code: int = 2) -> str:
    """The one line on stderr, after checking there is no traceback and the exit code."""
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert done.returncode == code, (done.returncode, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("python -m widgets"), lines[0]
    return lines[0]


def json_lines(done: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in done.stdout.decode("ascii").splitlines()]


# --- every attack at once ------------------------------------------------------------------------
# Each attack is its own `python -m widgets` run; most of a run is Python importing nbconvert or
# the scorer, so they all start together (as many at a time as there are cores) and each test
# reads its own result.


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


BAD_NOTEBOOKS = {
    "missing": None,
    "not JSON": b"{not json\n",
    "binary": BINARY,
    "JSON, not a notebook": b"[1, 2, 3]",
    "an empty object": b"{}",
    "deeply nested JSON": b"[" * 100_000 + b"]" * 100_000,
    "invalid cell id": json.dumps(
        {
            "nbformat": 4,
            "nbformat_minor": 5,
            "metadata": {},
            "cells": [
                {"cell_type": "markdown", "id": 'a" onclick="x', "metadata": {}, "source": "Hi"}
            ],
        }
    ).encode(),
}
BENCH_KINDS = ("missing", "binary", "a folder", "esconv missing", "lexicon is a file")


@pytest.fixture(scope="module")
def attack(tmp_path_factory):
    """The folder each attack used, and its finished run: ``attack(name) -> (folder, run)``."""
    root = tmp_path_factory.mktemp("attacks")
    runs: dict[str, tuple[Path, tuple]] = {}
    for kind, data in BAD_NOTEBOOKS.items():
        folder = root / f"notebook-{len(runs)}"
        folder.mkdir()
        if data is not None:
            (folder / "bad.ipynb").write_bytes(data)
        args = ("handouts", "--out", str(folder / "out"), str(NOTEBOOK), str(folder / "bad.ipynb"))
        runs[f"handouts {kind}"] = (folder, args)
    folder = root / "folder-as-notebook"
    folder.mkdir()
    runs["handouts folder"] = (folder, ("handouts", "--out", str(folder / "out"), str(folder)))
    folder = root / "out-is-a-file"
    folder.mkdir()
    (folder / "handouts.html").write_text("keep me", encoding="utf-8")
    runs["handouts out file"] = (
        folder,
        ("handouts", "--out", str(folder / "handouts.html"), str(NOTEBOOK)),
    )
    folder = root / "audience-is-a-file"
    folder.mkdir()
    (folder / "participant").write_text("not a folder", encoding="utf-8")
    runs["handouts audience file"] = (folder, ("handouts", "--out", str(folder), str(NOTEBOOK)))
    runs["handouts usage"] = (root, ("handouts", "--audience", "everyone"))
    binary = root / "labelled.csv"
    binary.write_bytes(BINARY)
    bench = {
        "missing": ["--labelled", str(root / "nothing.csv")],
        "binary": ["--labelled", str(binary)],
        "a folder": ["--labelled", str(root)],
        "esconv missing": ["--esconv", str(root / "no-esconv")],
        "lexicon is a file": ["--lexicon", str(binary)],
    }
    for kind in BENCH_KINDS:
        runs[f"bench {kind}"] = (root, ("bench", "--no-speed", *bench[kind]))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        started = {name: pool.submit(run, *args) for name, (_, args) in runs.items()}
        done = {name: (runs[name][0], future.result()) for name, future in started.items()}
    return done.__getitem__


# --- handouts ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", BAD_NOTEBOOKS)
def test_handouts_refuses_a_file_that_is_not_a_notebook(attack, kind):
    folder, done = attack(f"handouts {kind}")
    line = plain_error(done)
    assert str(folder / "bad.ipynb") in line
    assert _files(folder / "out") == [], "nothing is written when one notebook cannot be read"


def test_handouts_refuses_a_folder_given_as_a_notebook(attack):
    assert "folder" in plain_error(attack("handouts folder")[1])


def test_handouts_out_pointing_at_a_file(attack):
    folder, done = attack("handouts out file")
    line = plain_error(done)
    assert "--out" in line and "file" in line
    assert (folder / "handouts.html").read_text(encoding="utf-8") == "keep me"


def test_handouts_out_holding_a_file_where_the_audience_folder_goes(attack):
    assert "participant" in plain_error(attack("handouts audience file")[1])


def test_handouts_usage_mistake_is_one_line(attack):
    assert "--audience" in plain_error(attack("handouts usage")[1])


# --- bench ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", BENCH_KINDS)
def test_bench_refuses_an_unusable_file(attack, kind):
    folder, done = attack(f"bench {kind}")
    assert str(folder) in plain_error(done)


# --- validate and validate-roleplay --------------------------------------------------------------


def test_validate_roleplay_on_a_binary_file_lists_the_problem(tmp_path):
    binary = tmp_path / "roleplay.yaml"
    binary.write_bytes(BINARY)
    done = run("validate-roleplay", str(binary))
    assert "Traceback" not in done.stderr.decode()
    assert done.returncode == 1  # problems found: the file is what is being checked
    assert "UTF-8" in done.stdout.decode()


def test_validate_roleplay_missing_file_and_help(tmp_path):
    line = plain_error(run("validate-roleplay", str(tmp_path / "nothing.yaml")))
    assert "not found" in line
    assert run("validate-roleplay", "--help").returncode == 0


def test_validate_missing_path_and_binary_file(tmp_path):
    plain_error(run("validate", str(tmp_path / "nothing")))
    binary = tmp_path / "bank.yaml"
    binary.write_bytes(BINARY)
    done = run("validate", "--json", str(binary), env=ASCII_ONLY)
    assert "Traceback" not in done.stderr.decode() and done.returncode == 1
    assert json.loads(done.stdout.decode("ascii"))["problems"]


# --- score ---------------------------------------------------------------------------------------


def test_score_jsonl_into_head_stops_quietly(tmp_path):
    """`score --jsonl | head -1`: the reader goes away after one line (the output is far more
    than a pipe holds, so the writer notices)."""
    lines = tmp_path / "lines.txt"
    lines.write_text("You should rest.\n" * 20_000, encoding="utf-8")
    err, code = tmp_path / "stderr", tmp_path / "code"
    script = (
        f'"{sys.executable}" -m widgets score --jsonl < "{lines}" 2> "{err}" | head -1; '
        f'echo "${{PIPESTATUS[0]}}" > "{code}"'
    )
    done = subprocess.run(["bash", "-c", script], capture_output=True, cwd=ROOT, timeout=300)
    assert json.loads(done.stdout.decode().splitlines()[0])["labels"] == ["advice"]
    assert err.read_text() == "", err.read_text()
    assert code.read_text().strip() == "0"


def test_score_jsonl_answers_every_good_line_around_a_bad_one():
    stdin = b"You should rest.\n\xff\xfe not UTF-8\nWhat helps you most?\n\x00\x01 odd but UTF-8\n"
    done = run("score", "--jsonl", stdin=stdin)
    line = plain_error(done)
    assert "line 2" in line
    records = json_lines(done)
    assert len(records) == 4
    assert records[0]["labels"] == ["advice"]
    assert set(records[1]) == {"line", "error"} and records[1]["line"] == 2
    assert "UTF-8" in records[1]["error"]
    assert "open_question" in records[2]["labels"]
    assert records[3]["text"] == "\x00\x01 odd but UTF-8"


def test_score_jsonl_under_an_ascii_only_locale_loses_nothing():
    stdin = "Café: you should rest — really.\nWhat helps?\n".encode()
    done = run("score", "--jsonl", stdin=stdin, env=ASCII_ONLY)
    assert done.stderr == b"" and done.returncode == 0
    records = json_lines(done)  # ASCII bytes: the é and — are \u escapes
    assert records[0]["text"] == "Café: you should rest — really."
    assert records[0]["labels"] == ["advice"]
    assert len(records) == 2


def test_score_under_an_ascii_only_locale():
    done = run("score", "--json", stdin="Café — you should rest.".encode(), env=ASCII_ONLY)
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    assert json.loads(done.stdout.decode("ascii"))["text"] == "Café — you should rest."
    done = run("score", "Café — you should rest.", env=ASCII_ONLY)
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    assert "Advice" in done.stdout.decode("ascii")


def test_score_stdin_that_is_not_utf8():
    line = plain_error(run("score", stdin=b"You should \xff rest.\n"))
    assert "UTF-8" in line
    line = plain_error(run("score", "--json", stdin=BINARY, env=ASCII_ONLY))
    assert "UTF-8" in line


def test_score_argument_that_is_not_utf8():
    done = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"widgets", b"score", b"caf\xe9 rest"],
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )
    assert "UTF-8" in plain_error(done)


# --- the command line as a whole -----------------------------------------------------------------


def test_help_lists_every_command_and_the_exit_codes():
    done = run("--help")
    assert done.returncode == 0
    out = done.stdout.decode()
    for name in cli.COMMANDS:
        assert re.search(rf"^{re.escape(name)} ", out, re.MULTILINE), name
    for code in ("0", "1", "2"):
        assert re.search(rf"^\s+{code}\s", out, re.MULTILINE), code


@pytest.mark.parametrize("name", cli.COMMANDS)
def test_every_command_has_help(name):
    done = run(name, "--help")
    assert done.returncode == 0 and done.stdout, done.stderr


def test_unknown_command_and_option():
    assert "frobnicate" in plain_error(run("frobnicate"))
    assert "--frobnicate" in plain_error(run("score", "--frobnicate", "hi"))
    assert "--jsonl" in plain_error(run("score", "--jsonl", "text too"))


def test_render_handouts_raises_a_plain_error_for_a_bad_notebook(tmp_path):
    """The Python call the command uses says which notebook, as a ValueError."""
    from widgets.tools.handouts import render_handouts
    from widgets.tools.notebooks import NotebookError

    bad = tmp_path / "bad.ipynb"
    bad.write_bytes(b"{not json")
    with pytest.raises(NotebookError, match="not JSON"):
        render_handouts(tmp_path / "out", notebooks=[bad])
    nbformat.validate(nbformat.read(NOTEBOOK, as_version=4))  # the good one is good


def test_bench_scores_the_held_out_set_apart_and_says_what_was_tuned_on(tmp_path):
    """A reader of the figures must see which sets were tuned on, and the held-out replies
    scored on their own (never pooled with the tuned sets)."""
    out = subprocess.run(
        [sys.executable, "-c", "from widgets.tools.bench import main; main(['--no-speed'])"],
        capture_output=True,
        text=True,
        env={**os.environ, "ESCONV_DEV": str(tmp_path), "ANNOMI_DEV": str(tmp_path)},
        timeout=300,
    ).stdout
    tuned = out.index("Tuned on")
    pooled = out.index("Labelled sets:")
    held = out.index("Held out: review2.csv")
    assert tuned < pooled < held
    assert "review2.csv" not in out[pooled:held]
    # each held-out set has its own table, and none is pooled with the tuned sets
    pooled_line = out[pooled:].splitlines()[0]
    for path in heldout_sets(DATA_DIR / "heldout"):
        assert f"Held out: {path.name}" in out[held:]
        assert path.name not in pooled_line
        # and each says whether it has been tuned on since its review, as its header says
        [title] = [line for line in out.splitlines() if line.startswith(f"Held out: {path.name}")]
        since = "# TUNED ON" in path.read_text(encoding="utf-8").upper()
        assert title.endswith("tuned on since its review)" if since else "never tuned on)")
    assert "data/heldout" in out[tuned:pooled]
