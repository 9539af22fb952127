"""Sharing an anonymous summary with a workshop's facilitator: what is written, and the button.

The store side (widgets/store/workshop.py) and the learner's box (share_with_facilitator()). The
permissions between real Unix users on a real hub are checked in tests/hub/.
"""

from __future__ import annotations

import csv
import os
import stat

import pytest

from widgets.exercises import share_with_facilitator
from widgets.store import ProgressStore
from widgets.store import workshop as share
from widgets.tools.dashboard_read import load_exports
from widgets.tools.workshop import DROP_MODE, drop_folder_problems, make_drop_folder


@pytest.fixture
def drop(tmp_path):
    """A drop folder as the hub makes it (owned by this user here, group: this user's group)."""
    return make_drop_folder(tmp_path / "drop", os.getgid(), owner=os.getuid())


def learner(tmp_path, name: str) -> ProgressStore:
    store = ProgressStore(tmp_path / name / "progress.sqlite3")
    store.record_attempt(
        "mutuality-rewrite-yoga", "Have you tried swimming, Sam?", ["advice"], value="mutuality"
    )
    store.record_attempt(
        "mutuality-rewrite-yoga", "What helps you unwind?", ["open_question"], value="mutuality"
    )
    store.record_selfcheck("before", {"mutuality": 2, "curiosity": 3})
    store.save_journal("mutuality-reflect", "My private note about Sam")
    return store


def test_the_drop_folder_is_made_safe_and_says_so(drop):
    assert stat.S_IMODE(os.stat(drop).st_mode) == DROP_MODE
    assert drop_folder_problems(drop) == []
    os.chmod(drop, 0o777)  # readable by all, no sticky bit, no set-group-id
    said = " ".join(drop_folder_problems(drop))
    assert "anyone can list" in said and "sticky" in said and "set-group-id" in said


def test_the_command_line_makes_a_drop_folder_and_checks_it(tmp_path, capsys):
    """What a TLJH admin runs (docs/hosting.md): ``python -m widgets.tools.workshop make-drop``."""
    if os.geteuid() != 0:
        pytest.skip("make-drop gives the folder to root, so it needs root; not root here")
    import grp

    from widgets.tools import workshop

    folder = tmp_path / "workshops" / "today"
    group = grp.getgrgid(os.getgid()).gr_name
    with pytest.raises(SystemExit) as done:
        workshop.main(["make-drop", str(folder), "--group", group])
    assert done.value.code == 0 and "safe to use as a drop folder" in capsys.readouterr().out
    assert stat.S_IMODE(os.stat(folder).st_mode) == DROP_MODE
    assert (folder / ".workshop-salt").read_text().strip()
    os.chmod(folder, 0o755)  # someone "fixed" it by hand: check-drop says so, and fails
    with pytest.raises(SystemExit) as done:
        workshop.main(["check-drop", str(folder)])
    assert done.value.code == 1 and "sticky" in capsys.readouterr().out


def test_a_share_holds_no_words_no_day_and_a_workshop_id_not_the_export_id(tmp_path, drop):
    store = learner(tmp_path, "ana")
    path = share.share(store, drop)
    text = path.read_text(encoding="utf-8")
    assert not any(w in text for w in ("swimming", "Sam", "unwind", "private"))
    rows = list(csv.DictReader(text.splitlines()))
    assert tuple(rows[0]) == share.SHARE_COLUMNS
    assert "response" not in rows[0] and "day" not in rows[0]
    export_id = store._export_snapshot()[0]
    ids = {row["export_id"] for row in rows}
    assert len(ids) == 1 and export_id not in ids and export_id not in text
    assert path.name == f"share-{ids.pop()}.csv"
    assert [r["attempt_number"] for r in rows if r["record_type"] == "attempt"] == ["1", "2"]
    assert stat.S_IMODE(os.stat(path).st_mode) == share.SHARED_MODE
    assert os.stat(path).st_gid == os.stat(drop).st_gid
    # what was said before sharing is what was written
    preview = share.preview(store, drop)
    assert preview.rows == len(rows) == 4 and preview.attempts == 2 and preview.selfchecks == 2
    # the dashboard reads it like any export
    data, problems = load_exports(drop)
    assert problems == [] and data["export_id"].nunique() == 1


def test_the_id_is_the_same_within_a_workshop_and_new_in_the_next(tmp_path, drop):
    store = learner(tmp_path, "ana")
    first = share.shared_path(store, drop)
    assert share.shared_path(store, drop) == first  # sharing again replaces, never adds
    other = share.shared_path(learner(tmp_path, "ben"), drop)
    assert other != first
    next_workshop = make_drop_folder(tmp_path / "next", os.getgid(), owner=os.getuid())
    assert share.shared_path(store, next_workshop).name != first.name
    key = tmp_path / "ana" / share.KEY_FILE
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600


def test_sharing_again_replaces_and_withdrawing_deletes_only_ones_own(tmp_path, drop):
    ana, ben = learner(tmp_path, "ana"), learner(tmp_path, "ben")
    path = share.share(ana, drop)
    share.share(ben, drop)
    ana.record_attempt("curiosity-choose-new-town", "", [], value="curiosity", skipped=True)
    assert share.share(ana, drop) == path
    assert path.read_text().count("curiosity-choose-new-town") == 1
    assert len(list(drop.glob("share-*.csv"))) == 2
    assert not [p for p in drop.iterdir() if p.name.endswith(".tmp")]
    assert share.withdraw(ana, drop) is True and not path.exists()
    assert share.withdraw(ana, drop) is False
    assert len(list(drop.glob("share-*.csv"))) == 1  # ben's is still there


def test_nothing_is_shared_before_there_is_something(tmp_path, drop):
    store = ProgressStore(tmp_path / "new" / "progress.sqlite3")
    with pytest.raises(share.ShareError) as info:
        share.share(store, drop)
    assert info.value.key == "share.nothing_yet"
    assert not list(drop.glob("share-*"))


def test_a_folder_not_set_up_is_refused_in_words(tmp_path):
    store = learner(tmp_path, "ana")
    bare = tmp_path / "bare"
    bare.mkdir()
    with pytest.raises(share.ShareError) as info:
        share.share(store, bare)
    assert info.value.key == "share.problem_not_set_up"
    with pytest.raises(share.ShareError) as info:
        share.share(store, tmp_path / "missing")
    assert info.value.key == "share.problem_no_folder"


# --- the learner's box ---------------------------------------------------------------------


def test_outside_a_workshop_the_button_explains_and_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.delenv(share.DROP_ENV, raising=False)
    store = learner(tmp_path, "ana")
    view = share_with_facilitator(store=store).share_view
    assert "for workshops" in view.widget.children[0].value
    view.share_button.click()
    assert "Nothing was shared" in view.status.value
    assert not list(tmp_path.rglob("share-*"))


def test_the_box_shows_what_would_be_shared_then_shares_and_takes_back(tmp_path, drop):
    store = learner(tmp_path, "ana")
    view = share_with_facilitator(store=store, folder=drop).share_view
    details = view.details.value
    assert "Rows: 4 (2 for your exercise attempts, 2 for your self-check ratings)" in details
    for column in share.SHARE_COLUMNS:
        assert f"<code>{column}</code>" in details
    assert "Never shared" in details and "your own words" in details
    assert not list(drop.glob("share-*")), "nothing is written before the learner chooses"
    assert view.withdraw_button.disabled and "not sharing" in view.state.value
    assert view.share_button.description and view.share_button.tooltip
    view.share_button.click()
    assert "Shared." in view.status.value and len(list(drop.glob("share-*.csv"))) == 1
    assert not view.withdraw_button.disabled and "You are sharing" in view.state.value
    view.withdraw_button.click()
    assert "Taken back" in view.status.value and not list(drop.glob("share-*.csv"))
    assert view.withdraw_button.disabled


def test_the_box_reads_the_drop_folder_from_the_environment(tmp_path, drop, monkeypatch):
    monkeypatch.setenv(share.DROP_ENV, str(drop))
    view = share_with_facilitator(store=learner(tmp_path, "ana")).share_view
    assert view.folder == drop and "In this workshop" in view.widget.children[0].value


def test_a_broken_folder_is_said_kindly_and_the_buttons_wait(tmp_path):
    bare = tmp_path / "bare"
    bare.mkdir()
    view = share_with_facilitator(store=learner(tmp_path, "ana"), folder=bare).share_view
    assert "not set up for sharing" in view.details.value
    assert view.share_button.disabled and view.withdraw_button.disabled
