"""Progress without SQLite, and in the browser (JupyterLite's Pyodide kernel).

Pyodide cannot be run here, so the browser is simulated: ``sys.platform == "emscripten"`` in a
child process, or ``location.BROWSER``/``location.DRIVE`` set on ``widgets.store.location``, with a
temporary folder standing in for the ``/drive`` that JupyterLite mounts.
"""

from __future__ import annotations

import csv
import html
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from widgets.core.text import t
from widgets.core.values import VALUES
from widgets.store import (
    EXPORT_COLUMNS,
    FILE_NAME,
    HAVE_SQLITE,
    MemoryProgressStore,
    ProgressStore,
    StoreBase,
    StoreError,
    default_path,
    get_store,
    location,
    open_store,
    reset_store,
)
from widgets.store.location import DRIVE_FOLDER
from widgets.ui.base import reset_notice, take_notice

REPO = Path(__file__).resolve().parents[1]
ALL_FOURS = dict.fromkeys(VALUES, 4)


@pytest.fixture(autouse=True)
def clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "home"))
    reset_store()
    reset_notice()
    yield
    reset_store()
    reset_notice()


def run_child(code: str, tmp_path: Path, env: dict[str, str] | None = None) -> dict:
    """Run ``code`` in a fresh interpreter (from the repo) and return the JSON it prints last."""
    child_env = dict(os.environ, **(env or {}))
    child_env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPO), os.environ.get("PYTHONPATH")])
    )
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=tmp_path,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def said(store: StoreBase) -> str | None:
    """The store's notices in the learner's words, as the widgets show them (None: nothing)."""
    return " ".join(t(n.key, **n.fields) for n in store.notices) or None


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == EXPORT_COLUMNS
        return list(reader)


# --------------------------------------------------------------------------- no sqlite3


NO_SQLITE = """
import json, sys
from pathlib import Path
sys.modules["sqlite3"] = None  # as if this Python had no sqlite3 at all
from widgets.store import HAVE_SQLITE, ProgressStore, StoreError, get_store, open_store
from widgets.ui.base import take_notice
from widgets.core.text import t

out = {"have_sqlite": HAVE_SQLITE, "error_name": StoreError.__name__}
out["store_error_is_exception"] = issubclass(StoreError, Exception)
store = get_store()
out["type"] = type(store).__name__
out["direct_type"] = type(open_store(Path("elsewhere") / "p.sqlite3")).__name__
try:
    ProgressStore(Path("elsewhere") / "p.sqlite3")
except StoreError as err:
    out["file_store_without_sqlite"] = str(err)
out["shared"] = get_store() is store
out["storage"] = store.storage

HOPE = "hope_and_wholeness"
a1 = store.record_attempt("ex-1", "What helps you?", ["question", "open_question"], value=HOPE)
a2 = store.record_attempt("ex-2", None, [], skipped=True)
a3 = store.record_attempt("ex-1", "Second try", ["reflection"], value=HOPE)
out["ids"] = [a1, a2, a3]
out["attempts"] = [
    [a.id, a.exercise_id, a.value, a.response, list(a.labels), a.skipped]
    for a in store.attempts()
]
out["ex1"] = [a.response for a in store.attempts("ex-1")]
out["completed"] = sorted(store.completed())
j = store.save_journal("reflect-hope", "private words")
out["journal"] = [[e.prompt_id, e.text] for e in store.journal()]
out["journal_one"] = [e.text for e in store.journal("reflect-hope")]
store.record_selfcheck("before", {"hope_and_wholeness": 2, "curiosity": 3})
store.record_selfcheck("before", {"hope_and_wholeness": 3})
store.record_selfcheck("after", {"hope_and_wholeness": 5})
out["selfchecks"] = store.selfchecks()
try:
    store.record_selfcheck("during", {"hope_and_wholeness": 3})
except ValueError as err:
    out["bad_phase"] = str(err)
out["export"] = str(store.export(Path("answers.csv"), anonymous=False))

out["keys"] = [n.key for n in store.notices]
out["notice"] = " ".join(t(n.key, **n.fields) for n in store.notices)
out["reassure"] = t(store.reassure_key)
out["expected_notice"] = t("notice.not_saved")
out["expected_reassure"] = t("notice.reassure_storage")
first, second = take_notice(store), take_notice(store)
out["first_notice_html"] = first.value if first is not None else None
out["second_notice"] = second is not None

out["home_files"] = sorted(str(p) for p in Path.cwd().glob("home/**/*"))
store.erase()
out["after_erase"] = [store.attempts(), store.journal(), store.selfchecks()]
out["sqlite_loaded"] = sys.modules.get("sqlite3") is not None
print(json.dumps(out))
"""


def test_without_sqlite3_progress_is_kept_in_memory_and_says_so(tmp_path: Path) -> None:
    out = run_child(NO_SQLITE, tmp_path)
    assert out["have_sqlite"] is False and out["sqlite_loaded"] is False
    assert out["store_error_is_exception"] and out["error_name"] != "Error"
    assert out["type"] == out["direct_type"] == "MemoryProgressStore"
    assert "no sqlite3" in out["file_store_without_sqlite"]  # said plainly, not half-working
    assert out["shared"] is True and out["storage"] == "memory"

    ids = out["ids"]
    assert ids == sorted(ids) and len(set(ids)) == 3
    assert out["attempts"] == [
        [
            ids[0],
            "ex-1",
            "hope_and_wholeness",
            "What helps you?",
            ["open_question", "question"],
            False,
        ],
        [ids[1], "ex-2", None, "", [], True],
        [ids[2], "ex-1", "hope_and_wholeness", "Second try", ["reflection"], False],
    ]
    assert out["ex1"] == ["What helps you?", "Second try"]
    assert out["completed"] == ["ex-1", "ex-2"]
    assert out["journal"] == [["reflect-hope", "private words"]]
    assert out["journal_one"] == ["private words"]
    assert out["selfchecks"] == {
        "before": {"hope_and_wholeness": 3},
        "after": {"hope_and_wholeness": 5},
    }
    assert "'before' or 'after'" in out["bad_phase"]

    rows = read_csv(tmp_path / out["export"])
    assert [(r["record_type"], r["exercise_id"], r["attempt_number"]) for r in rows[:3]] == [
        ("attempt", "ex-1", "1"),
        ("attempt", "ex-2", "1"),
        ("attempt", "ex-1", "2"),
    ]
    assert (
        rows[0]["response"] == "What helps you?" and rows[0]["labels"] == "open_question;question"
    )
    assert [(r["phase"], r["rating_value"], r["rating"]) for r in rows[3:]] == [
        ("before", "hope_and_wholeness", "3"),
        ("after", "hope_and_wholeness", "5"),
    ]
    assert "private words" not in (tmp_path / out["export"]).read_text(encoding="utf-8-sig")
    assert len({r["export_id"] for r in rows}) == 1 and rows[0]["export_id"]

    assert out["keys"] == ["notice.not_saved"]
    assert out["notice"] == out["expected_notice"]
    assert "not" in out["notice"] and "saved" in out["notice"]
    assert out["reassure"] == out["expected_reassure"]
    shown = out["first_notice_html"]
    assert shown is not None and out["second_notice"] is False  # shown once, then never again
    assert html.escape(out["notice"]) in shown and html.escape(out["reassure"]) in shown
    assert "fresh progress file" not in shown  # the damaged-file line would be untrue here
    assert out["home_files"] == []  # nothing was written where a file store would live
    assert not (tmp_path / "home").exists()
    assert out["after_erase"] == [[], [], {}]


def test_without_sqlite3_exercises_still_work_and_show_the_notice_once(tmp_path: Path) -> None:
    code = """
    import json, sys
    sys.modules["sqlite3"] = None
    from widgets import exercises
    from widgets.store import get_store
    from widgets.core.text import t

    bank = exercises.get_bank()
    sid = next(i for i in bank.ids() if bank[i].type == "rewrite" and not bank[i].content_note)
    first, second = exercises.show(sid), exercises.show(sid)
    first.exercise.on_skip()
    check = exercises.self_check("before")
    check.exercise.on_save()
    store = get_store()
    texts = lambda box: " ".join(str(getattr(w, "value", "")) for w in box.children)
    print(json.dumps({
        "type": type(store).__name__,
        "sid": sid,
        "attempts": [[a.exercise_id, a.skipped] for a in store.attempts()],
        "selfcheck": sorted(store.selfchecks()),
        "first_top": first.children[0].value,
        "second": texts(second),
        "selfcheck_box": texts(check),
        "status": check.exercise.status.value,
        "notice": " ".join(t(n.key, **n.fields) for n in store.notices),
    }))
    """
    out = run_child(code, tmp_path)
    assert out["type"] == "MemoryProgressStore"
    assert out["attempts"] == [[out["sid"], True]]
    assert out["selfcheck"] == ["before"]
    notice = html.escape(out["notice"])
    assert notice in out["first_top"]
    assert notice not in out["second"] and notice not in out["selfcheck_box"]
    assert "could not be saved" not in out["status"]


# --------------------------------------------------------------------------- in the browser


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be JupyterLite's Pyodide kernel, with a temporary folder as its /drive."""
    drive = tmp_path / "drive"
    drive.mkdir()
    monkeypatch.setattr(location, "BROWSER", True)
    monkeypatch.setattr(location, "DRIVE", drive)
    monkeypatch.delenv("PEER_COURSE_HOME")
    monkeypatch.setattr(
        location.platformdirs,
        "user_data_dir",
        lambda app, **kwargs: str(tmp_path / "in-memory-home" / app),
    )
    return drive


def test_in_the_browser_progress_goes_to_the_drive_and_survives_a_reload(browser: Path) -> None:
    expected = browser / DRIVE_FOLDER / FILE_NAME
    assert default_path() == expected
    store = get_store()
    assert store.path == expected and store.storage == "browser"
    assert not expected.exists()  # nothing is made until the first save
    store.record_attempt("ex", "kept", ["question"], value="hope_and_wholeness")
    store.save_journal("reflect-hope", "mine")
    store.record_selfcheck("before", ALL_FOURS)
    assert expected.is_file()
    assert sorted(p.name for p in expected.parent.iterdir()) == [FILE_NAME]  # no journal left

    reset_store()  # a page reload: a new kernel opens the same file
    again = get_store()
    assert again is not store and again.path == expected
    assert [a.response for a in again.attempts()] == ["kept"]
    assert [e.text for e in again.journal()] == ["mine"]
    assert again.selfchecks() == {"before": ALL_FOURS}

    assert said(again) == t("notice.browser_only")
    assert "this web browser only" in said(again)
    assert again.reassure_key == "notice.reassure_storage"
    box = take_notice(again)
    assert box is not None and t("notice.reassure") not in box.value
    assert take_notice(again) is None


def test_in_the_browser_the_journal_is_kept_in_memory(browser: Path) -> None:
    store = ProgressStore()
    store.record_attempt("ex", "x", [])
    con = store._connect()
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "memory"
        assert con.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        con.close()


def test_outside_the_browser_the_journal_is_the_usual_file(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path / FILE_NAME)
    store.record_attempt("ex", "x", [])
    con = store._connect()
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        con.close()


def test_in_the_browser_without_a_drive_it_says_progress_is_not_kept(
    browser: Path, tmp_path: Path
) -> None:
    browser.rmdir()
    store = get_store()
    assert store.path == tmp_path / "in-memory-home" / location.APP_NAME / FILE_NAME
    assert store.storage == "memory"
    store.record_attempt("ex", "still works", [])
    assert [a.response for a in store.attempts()] == ["still works"]
    assert said(store) == t("notice.not_saved_browser")
    assert "reload" in said(store)


def test_in_the_browser_a_drive_that_cannot_be_written_is_not_used(
    browser: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_access = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if Path(str(path)) == browser and mode & os.W_OK:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    assert location.browser_drive() is None
    assert default_path() == tmp_path / "in-memory-home" / location.APP_NAME / FILE_NAME
    assert get_store().storage == "memory"


def test_in_the_browser_a_chosen_folder_says_where_it_is(
    browser: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PEER_COURSE_HOME", str(browser / "my-progress"))
    assert get_store().storage == "browser"
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "not-on-the-drive"))
    assert get_store().storage == "memory"
    assert said(get_store()) == t("notice.not_saved_browser")


def test_a_damage_notice_and_the_browser_notice_are_both_said(browser: Path) -> None:
    folder = browser / DRIVE_FOLDER
    folder.mkdir()
    (folder / FILE_NAME).write_bytes(b"not a database at all")
    store = get_store()
    assert [n.key for n in store.notices] == ["notice.moved_aside", "notice.browser_only"]
    assert "fresh one" in said(store) and t("notice.browser_only") in said(store)
    assert store.reassure_key == "notice.reassure"  # the usual "started a fresh progress file"


SIMULATED_PYODIDE = """
import json, sys
from pathlib import Path
sys.platform = "emscripten"  # what Pyodide reports, set before the course is imported
if NO_SQLITE:
    sys.modules["sqlite3"] = None
from widgets.store import location
location.DRIVE = Path("drive").absolute()  # stands in for JupyterLite's /drive
from widgets.store import get_store

store = get_store()
store.record_attempt("ex", "hello", [])
print(json.dumps({
    "browser": location.BROWSER,
    "type": type(store).__name__,
    "path": str(store.path),
    "storage": store.storage,
    "notices": [n.key for n in store.notices],
    "drive_files": sorted(str(p.relative_to(location.DRIVE)) for p in location.DRIVE.rglob("*")),
}))
"""


@pytest.mark.parametrize("no_sqlite", [False, True])
def test_simulated_pyodide_process(tmp_path: Path, no_sqlite: bool) -> None:
    (tmp_path / "drive").mkdir()
    code = SIMULATED_PYODIDE.replace("NO_SQLITE", str(no_sqlite))
    env = {"PEER_COURSE_HOME": "", "HOME": str(tmp_path / "home")}
    out = run_child(code, tmp_path, env)
    assert out["browser"] is True
    if no_sqlite:
        assert out["type"] == "MemoryProgressStore" and out["storage"] == "memory"
        assert out["drive_files"] == []
        assert out["notices"] == ["notice.not_saved_browser"]
    else:
        assert out["type"] == "ProgressStore" and out["storage"] == "browser"
        assert out["path"] == str(tmp_path / "drive" / DRIVE_FOLDER / FILE_NAME)
        assert out["drive_files"] == [DRIVE_FOLDER, f"{DRIVE_FOLDER}/{FILE_NAME}"]
        assert out["notices"] == ["notice.browser_only"]


# --------------------------------------------------------------------------- same behaviour


def exercise_store(store: ProgressStore, tmp_path: Path, name: str) -> dict:
    store.record_attempt("b", "first B", ["reflection"], value="curiosity")
    store.record_attempt("a", "first A", ["question", "advice", "question"], value="mutuality")
    store.record_attempt("b", None, [], skipped=True)
    store.save_journal("reflect", "secret")
    store.record_selfcheck("after", {"mutuality": 5})
    store.record_selfcheck("before", {"mutuality": 1, "hope_and_wholeness": 2})
    store.record_selfcheck("before", {"mutuality": 2})
    for bad in (
        lambda: store.record_attempt("ex", "t", "advice"),
        lambda: store.record_attempt("ex", "t", [], value="kindness"),
        lambda: store.record_attempt(" ", "t", []),
        lambda: store.record_attempt("ex", "t", ["a;b"]),
        lambda: store.save_journal("", "t"),
        lambda: store.record_selfcheck("before", {"mutuality": 6}),
    ):
        with pytest.raises((TypeError, ValueError)):
            bad()
    with pytest.raises(ValueError, match="different file"):
        store.export(store.path)
    anonymous = read_csv(store.export(tmp_path / f"{name}-anon.csv"))
    full = read_csv(store.export(tmp_path / f"{name}-full.csv", anonymous=False))
    result = {
        "attempts": [
            (a.exercise_id, a.value, a.response, a.labels, a.skipped) for a in store.attempts()
        ],
        "b": [a.response for a in store.attempts("b")],
        "journal": [(e.prompt_id, e.text) for e in store.journal()],
        "selfchecks": store.selfchecks(),
        "completed": store.completed(),
        "anonymous": [{k: v for k, v in r.items() if k != "export_id"} for r in anonymous],
        "full": [{k: v for k, v in r.items() if k != "export_id"} for r in full],
        "one_id": len({r["export_id"] for r in full}) == 1,
    }
    store.erase()
    result["erased"] = (store.attempts(), store.journal(), store.selfchecks(), store.completed())
    return result


def test_memory_store_behaves_like_the_file_store(tmp_path: Path) -> None:
    on_disk = exercise_store(ProgressStore(tmp_path / "disk" / FILE_NAME), tmp_path, "disk")
    in_memory = MemoryProgressStore(tmp_path / "memory" / FILE_NAME)
    assert isinstance(in_memory, StoreBase) and not isinstance(in_memory, ProgressStore)
    assert in_memory.storage == "memory"
    assert exercise_store(in_memory, tmp_path, "memory") == on_disk
    assert on_disk["anonymous"][0]["response"] == "" and on_disk["full"][0]["response"]
    assert on_disk["erased"] == ([], [], {}, set())
    assert not (tmp_path / "memory").exists()


def test_store_error_is_sqlite_error_when_there_is_sqlite() -> None:
    assert HAVE_SQLITE is True
    assert StoreError is sqlite3.Error
    assert type(open_store()) is ProgressStore and type(get_store()) is ProgressStore
    assert ProgressStore().storage == "file" and ProgressStore().notices == ()


def test_widgets_catch_store_errors_without_importing_sqlite3() -> None:
    """Only the store knows about sqlite3; everything above it catches StoreError."""
    modules = [p for p in (REPO / "widgets").rglob("*.py") if "store" not in p.parts]
    assert len(modules) > 20
    for module in modules:
        assert "sqlite3" not in module.read_text(encoding="utf-8"), module


def test_a_python_without_os_link_still_creates_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pyodide's os module has no link(); creating the file falls back to a rename."""
    monkeypatch.delattr(os, "link")
    store = ProgressStore(tmp_path / "new" / FILE_NAME)
    store.record_attempt("ex", "saved", [])
    assert [a.response for a in ProgressStore(store.path).attempts()] == ["saved"]
    assert sorted(p.name for p in store.path.parent.iterdir()) == [FILE_NAME]
