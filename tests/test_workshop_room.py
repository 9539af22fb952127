"""The facilitator's live view of a workshop, and each learner's copy of the course on a hub.

room_now() reads a folder that fills itself: it must show the room only when 3 or more people
are in a group, pick up new, updated and withdrawn shares at the next refresh, and give the
facilitator guide's prompt for the moment. prepare_home() copies the course into a learner's
home without ever overwriting what they changed.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from widgets.core.datafiles import DataFileError
from widgets.store import ProgressStore
from widgets.store import workshop as share
from widgets.tools.dashboard import FolderWatch
from widgets.tools.dashboard_read import load_exports
from widgets.tools.room import agenda, load_prompts, progress, stuck
from widgets.tools.room_view import room_now
from widgets.tools.workshop import make_drop_folder, prepare_home

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def drop(tmp_path):
    return make_drop_folder(tmp_path / "drop", os.getgid(), owner=os.getuid())


def learner_shares(tmp_path, drop, name, *, second="advice", welcome=True):
    """A learner who did the before self-check (00) and tried one exercise in 02 twice."""
    store = ProgressStore(tmp_path / name / "progress.sqlite3")
    if welcome:
        store.record_selfcheck("before", {"mutuality": 2})
    store.record_attempt("mutuality-rewrite-yoga", "a", ["advice"], value="mutuality")
    store.record_attempt("mutuality-rewrite-yoga", "b", [second], value="mutuality")
    share.share(store, drop)
    return store


def test_the_agenda_knows_where_each_exercise_is():
    notebooks = {n.name: n for n in agenda()}
    assert "mutuality-rewrite-yoga" in notebooks["02_mutuality"].exercises
    assert "before" in notebooks["00_welcome"].phases
    assert notebooks["12_putting_it_together"].holds("roleplay-closing-start")
    assert not notebooks["02_mutuality"].holds("roleplay-closing-start")


def test_progress_and_stuck_never_count_fewer_than_three_people(tmp_path, drop):
    for name in ("ana", "ben"):
        learner_shares(tmp_path, drop, name)
    data, _ = load_exports(drop)
    table, furthest = progress(data)
    started = dict(zip(table["notebook"], table["started"], strict=True))
    assert started["02_mutuality"] == "fewer than 3" and started["03_acknowledgement"] == "0"
    assert furthest is None
    assert stuck(data).empty
    learner_shares(tmp_path, drop, "cai", second="open_question")
    data, _ = load_exports(drop)
    table, furthest = progress(data)
    assert dict(zip(table["notebook"], table["started"], strict=True))["02_mutuality"] == "3"
    assert furthest == "02_mutuality"
    row = stuck(data).iloc[0]
    assert (row.exercise_id, row.tried_twice, row.still, row.patterns) == (
        "mutuality-rewrite-yoga",
        3,
        2,
        "advice",
    )


def test_the_prompts_file_is_checked_line_by_line(tmp_path):
    prompts = load_prompts()
    assert "advice amnesty" in prompts.for_slip("advice").lower()
    assert prompts.for_slip("deficit") and prompts.for_slip("no_such") == prompts.any_slip
    assert {n.name for n in agenda()} <= set(prompts.notebooks)
    bad = tmp_path / "prompts.yaml"
    bad.write_text("notebooks:\n  99_nothing: hello\nslips:\n  advise: typo\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_prompts(bad)
    said = str(info.value)
    assert "'99_nothing'" in said and "row 2" in said and "'advise'" in said and "any_slip" in said


def test_the_live_view_shows_the_group_only_at_three_and_follows_the_folder(tmp_path, drop):
    ana = learner_shares(tmp_path, drop, "ana")
    learner_shares(tmp_path, drop, "ben")
    view = room_now(drop).room_view
    assert "2 people are sharing" in view.body.value
    assert "Not enough people yet" in view.body.value
    assert ">Mutuality</td>" not in view.body.value
    assert view.refresh_button.description and view.refresh_button.tooltip
    view.refresh_button.click()
    assert "Nothing new" in view.status.value
    learner_shares(tmp_path, drop, "cai")
    view.refresh_button.click()
    body = view.body.value
    assert "3 people are sharing" in body and ">Mutuality</td>" in body
    assert "When yoga helped you (mutuality-rewrite-yoga)" in body  # stuck, with its title
    assert "advice amnesty" in body.lower()  # the prompt for advice still showing
    assert "02 · Mutuality" in body  # the furthest notebook 3 people reached
    share.withdraw(ana, drop)
    view.refresh_button.click()
    assert "2 people are sharing" in view.body.value
    assert ">Mutuality</td>" not in view.body.value


def test_a_refresh_checks_the_scenario_bank_once_per_kernel_not_per_exercise(
    tmp_path, drop, monkeypatch
):
    """Checking the bank takes seconds; a stuck room used to check it for every title shown."""
    import widgets.exercises as exercises

    for name in ("ana", "ben", "cai"):
        learner_shares(tmp_path, drop, name)
    exercises.reset()
    reads = []
    real = exercises.load_bank
    monkeypatch.setattr(exercises, "load_bank", lambda path=None: reads.append(path) or real(path))
    view = room_now(drop).room_view
    learner_shares(tmp_path, drop, "dee")
    view.refresh_button.click()
    assert "When yoga helped you (mutuality-rewrite-yoga)" in view.body.value
    assert len(reads) == 1


def test_the_live_view_escapes_what_a_file_holds(tmp_path, drop):
    (drop / "<b>bad<b>.csv").write_text("<script>alert(1)</script>\n", encoding="utf-8")
    body = room_now(drop).room_view.body.value
    assert "<script>" not in body and "<b>bad<b>" not in body and "&lt;b&gt;bad" in body


def test_folder_watch_reads_again_only_when_something_changed(tmp_path, drop):
    watch = FolderWatch(drop)
    assert watch.refresh() and watch.people == 0
    assert not watch.refresh()
    store = learner_shares(tmp_path, drop, "ana")
    assert watch.refresh() and watch.people == 1
    store.record_attempt("curiosity-choose-new-town", "", [], value="curiosity", skipped=True)
    share.share(store, drop)  # same name, new file
    assert watch.refresh()
    assert not watch.refresh()


# --- each learner's copy of the course -------------------------------------------------------


def notebook(cells: list[str], output: str = "") -> bytes:
    made = {
        "cells": [
            {"cell_type": "code", "source": s, "metadata": {}, "outputs": [output]} for s in cells
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(made).encode()


def course_source(tmp_path, version: str) -> Path:
    source = tmp_path / "source"
    (source / "course").mkdir(parents=True, exist_ok=True)
    (source / "facilitator").mkdir(exist_ok=True)
    (source / "course" / "01_a.ipynb").write_bytes(notebook([f"show('a') # {version}"]))
    (source / "course" / "02_b.ipynb").write_bytes(notebook([f"show('b') # {version}"]))
    (source / "facilitator" / "dashboard.ipynb").write_bytes(notebook(["room_now()"]))
    return source


def test_the_course_is_copied_privately_and_corrections_never_overwrite_edits(tmp_path):
    home = tmp_path / "home"
    done = prepare_home(course_source(tmp_path, "v1"), home)
    folder = home / "peer-course"
    assert sorted(done["copied"]) == ["course/01_a.ipynb", "course/02_b.ipynb"]
    assert not (folder / "facilitator").exists()  # learners get no dashboard
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(folder / "course").st_mode) == 0o700
    assert stat.S_IMODE(os.stat(folder / "course" / "01_a.ipynb").st_mode) == 0o600
    # The learner runs 01 (outputs change: not an edit) and edits a cell of 02.
    (folder / "course" / "01_a.ipynb").write_bytes(notebook(["show('a') # v1"], "ran"))
    (folder / "course" / "02_b.ipynb").write_bytes(notebook(["show('b') # my own note"]))
    done = prepare_home(course_source(tmp_path, "v2"), home)
    assert done["updated"] == ["course/01_a.ipynb"]
    assert done["beside"] == ["course/02_b (corrected).ipynb"]
    assert b"my own note" in (folder / "course" / "02_b.ipynb").read_bytes()
    assert b"v2" in (folder / "course" / "02_b (corrected).ipynb").read_bytes()
    assert b"v2" in (folder / "course" / "01_a.ipynb").read_bytes()
    assert prepare_home(course_source(tmp_path, "v2"), home) == {
        "copied": [],
        "updated": [],
        "beside": [],
    }


def test_a_facilitator_also_gets_the_dashboard_and_everyone_the_share_notebook(tmp_path):
    source = course_source(tmp_path, "v1")
    template = ROOT / "data" / "templates" / "share_with_facilitator.py"
    (source / "data" / "templates").mkdir(parents=True)
    (source / "data" / "templates" / template.name).write_bytes(template.read_bytes())
    done = prepare_home(source, tmp_path / "sam", facilitator=True)
    assert "facilitator/dashboard.ipynb" in done["copied"]
    made = json.loads((tmp_path / "sam" / "peer-course" / share_notebook()).read_text())
    code = [c["source"] for c in made["cells"] if c["cell_type"] == "code"]
    assert any("share_with_facilitator()" in c for c in code)


def share_notebook() -> str:
    from widgets.tools.workshop import SHARE_NOTEBOOK

    return SHARE_NOTEBOOK
