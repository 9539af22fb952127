"""Tests for the learner's progress store: round trips, privacy, damage, kills and concurrency."""

from __future__ import annotations

import ast
import csv
import os
import socket
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from widgets.core.text import t
from widgets.core.values import VALUES
from widgets.store import (
    EXPORT_COLUMNS,
    FILE_NAME,
    Attempt,
    JournalEntry,
    Notice,
    ProgressStore,
    StoreUnavailable,
    get_store,
    location,
    reset_store,
)

REPO = Path(__file__).resolve().parents[1]
POSIX = os.name == "posix"
ALL_FIVES = dict.fromkeys(VALUES, 5)
PEER_HOME = "PEER_COURSE_HOME"


@pytest.fixture(autouse=True)
def course_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own PEER_COURSE_HOME, so nothing touches the real user folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("PEER_COURSE_HOME", str(home))
    reset_store()
    yield home
    reset_store()


@pytest.fixture
def store(course_home: Path) -> ProgressStore:
    return ProgressStore()


def read_export(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == EXPORT_COLUMNS
        return list(reader)


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, PEER_COURSE_HOME=str(home), PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def said(store: ProgressStore) -> str | None:
    """The store's notices in the learner's words, as the widgets show them (None: nothing)."""
    return " ".join(t(n.key, **n.fields) for n in store.notices) or None


def sidecars(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".corrupt-*"))


# --------------------------------------------------------------------------- paths


def test_env_var_sets_the_folder_and_nothing_is_created_until_a_save(course_home: Path) -> None:
    store = ProgressStore()
    assert store.path == course_home / FILE_NAME
    assert store.attempts() == [] and store.journal() == [] and store.selfchecks() == {}
    assert store.completed() == set()
    assert not course_home.exists()  # reading an empty store creates nothing
    store.record_attempt("ex", "hello", [])
    assert [p.name for p in course_home.iterdir()] == [FILE_NAME]  # no temporary files left


def test_explicit_path_wins_over_env_var(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "mine.sqlite3"
    with ProgressStore(target) as store:
        store.record_attempt("ex", "hi", ["question"])
        assert store.path == target
    assert target.is_file()


def test_default_location_is_the_user_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = []

    def fake_user_data_dir(appname: str, **kwargs: object) -> str:
        calls.append(appname)
        return str(tmp_path / "data" / appname)

    monkeypatch.delenv("PEER_COURSE_HOME")
    monkeypatch.setattr(location.platformdirs, "user_data_dir", fake_user_data_dir)
    assert ProgressStore().path == tmp_path / "data" / "peer-support-course" / FILE_NAME
    assert calls == ["peer-support-course"]


def test_shared_store_follows_the_env_var(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    first = get_store()
    assert get_store() is first
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "other"))
    second = get_store()
    assert second is not first and second.path == tmp_path / "other" / FILE_NAME
    reset_store()
    assert get_store() is not second


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_file_is_owner_only_and_new_folder_is_private(store: ProgressStore) -> None:
    store.record_attempt("ex", "private words", [])
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    export = store.export(store.path.parent / "out.csv", anonymous=False)
    assert stat.S_IMODE(export.stat().st_mode) == 0o600


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_loose_permissions_on_an_existing_file_are_tightened(store: ProgressStore) -> None:
    store.record_attempt("ex", "x", [])
    os.chmod(store.path, 0o644)
    ProgressStore(store.path)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


# --------------------------------------------------------------------------- round trips


def test_attempts_round_trip_in_order(store: ProgressStore) -> None:
    huge = "🌱 naïve café — ünïcödé ✓ " * 40_000  # a little over 1 MB of UTF-8
    cases = [
        ("mutuality-rewrite-yoga", "What helps you switch off?", ["open_question", "question"]),
        ("curiosity-spot-1", "", []),
        ("mutuality-rewrite-yoga", huge, {"reflection"}),
        ("hope-1", "Line one\nline two\r\n\ttab 'quotes' \"double\" ;semi,comma", ()),
    ]
    ids = [store.record_attempt(ex, text, labels, value="mutuality") for ex, text, labels in cases]
    skip_id = store.record_attempt("skip-me", None, [], skipped=True)
    assert ids == sorted(ids) and len(set(ids)) == len(ids) and skip_id > ids[-1]

    got = store.attempts()
    assert [a.id for a in got] == [*ids, skip_id]
    assert [a.response for a in got] == [c[1] for c in cases] + [""]
    assert got[0].labels == ("open_question", "question")
    assert got[2].labels == ("reflection",) and len(got[2].response.encode()) > 1_000_000
    assert got[0].value == "mutuality" and got[-1].value is None
    assert got[-1].skipped is True and got[0].skipped is False
    assert all(a.created_at.endswith("+00:00") for a in got)
    assert isinstance(got[0], Attempt)
    with pytest.raises(AttributeError):
        got[0].response = "changed"  # type: ignore[misc]

    mine = store.attempts("mutuality-rewrite-yoga")
    assert [a.id for a in mine] == [ids[0], ids[2]]
    assert store.completed() == {"mutuality-rewrite-yoga", "curiosity-spot-1", "hope-1", "skip-me"}
    assert ProgressStore(store.path).attempts() == got  # a second kernel sees the same


def test_journal_round_trip(store: ProgressStore) -> None:
    first = store.save_journal("reflect-hope", "Today I noticed… 💛")
    second = store.save_journal("reflect-mutuality", "")
    third = store.save_journal("reflect-hope", "Again")
    entries = store.journal()
    assert [e.id for e in entries] == [first, second, third]
    assert entries[0] == JournalEntry(
        first, "reflect-hope", "Today I noticed… 💛", entries[0].created_at
    )
    assert [e.text for e in store.journal("reflect-hope")] == ["Today I noticed… 💛", "Again"]


def test_selfchecks_keep_the_latest_per_phase(store: ProgressStore) -> None:
    assert store.selfchecks() == {}
    store.record_selfcheck("before", dict.fromkeys(VALUES, 2))
    store.record_selfcheck("before", {"mutuality": 3, "curiosity": 1})
    assert store.selfchecks() == {"before": {"mutuality": 3, "curiosity": 1}}
    store.record_selfcheck("after", ALL_FIVES)
    assert store.selfchecks() == {"before": {"mutuality": 3, "curiosity": 1}, "after": ALL_FIVES}


@pytest.mark.parametrize(
    ("phase", "ratings", "error", "words"),
    [
        ("during", ALL_FIVES, ValueError, "'before' or 'after'"),
        ("before", {}, ValueError, "at least one"),
        ("before", {"mutuality": 0}, ValueError, "1 to 5 for 'Mutuality'"),
        ("before", {"mutuality": 6}, ValueError, "1 to 5"),
        ("before", {"mutuality": 2.5}, ValueError, "whole number"),
        ("before", {"mutuality": True}, ValueError, "whole number"),
        ("before", {"kindness": 3}, ValueError, "not one of the course values"),
        ("before", [("mutuality", 3)], TypeError, "dict"),
    ],
)
def test_selfcheck_validation_is_kind_and_saves_nothing(
    store: ProgressStore, phase: str, ratings: object, error: type, words: str
) -> None:
    with pytest.raises(error, match=words):
        store.record_selfcheck(phase, ratings)  # type: ignore[arg-type]
    assert store.selfchecks() == {}


def test_attempt_validation(store: ProgressStore) -> None:
    with pytest.raises(TypeError, match="single string"):
        store.record_attempt("ex", "text", "advice")
    with pytest.raises(ValueError, match="course values"):
        store.record_attempt("ex", "text", [], value="kindness")
    with pytest.raises(ValueError, match="empty"):
        store.record_attempt(" ", "text", [])
    with pytest.raises(TypeError):
        store.record_attempt("ex", 42, [])  # type: ignore[arg-type]
    assert store.attempts() == []


def test_nothing_goes_over_the_network(
    store: ProgressStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the progress store must never open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    store.record_attempt("ex", "x", ["question"])
    store.save_journal("j", "y")
    store.record_selfcheck("before", ALL_FIVES)
    store.export(tmp_path / "e.csv", anonymous=False)
    store.erase()


# --------------------------------------------------------------------------- export


def test_export_anonymous_leaves_responses_out_and_never_has_the_journal(
    store: ProgressStore, tmp_path: Path
) -> None:
    store.record_attempt("a", "first answer A", ["question", "advice"], value="mutuality")
    store.record_attempt("b", "first answer B", ["reflection"], value="curiosity")
    store.record_attempt("a", "second answer A", ["open_question"], value="mutuality")
    store.record_attempt("a", "", [], value="mutuality", skipped=True)
    store.save_journal("reflect", "SECRET JOURNAL WORDS")
    store.record_selfcheck("before", {"mutuality": 1})
    store.record_selfcheck("before", {"mutuality": 2, "curiosity": 3})
    store.record_selfcheck("after", {"mutuality": 4})

    anon = store.export(tmp_path / "anon.csv")
    assert anon == tmp_path / "anon.csv"
    rows = read_export(anon)
    attempts = [r for r in rows if r["record_type"] == "attempt"]
    checks = [r for r in rows if r["record_type"] == "selfcheck"]
    assert len(rows) == len(attempts) + len(checks)
    assert [(r["exercise_id"], r["attempt_number"]) for r in attempts] == [
        ("a", "1"),
        ("b", "1"),
        ("a", "2"),
        ("a", "3"),
    ]
    assert attempts[0]["labels"] == "advice;question"
    assert [r["skipped"] for r in attempts] == ["0", "0", "0", "1"]
    assert attempts[0]["value"] == "mutuality"
    assert all(r["response"] == "" for r in rows)
    assert sorted((r["phase"], r["rating_value"], r["rating"]) for r in checks) == [
        ("after", "mutuality", "4"),
        ("before", "curiosity", "3"),
        ("before", "mutuality", "2"),
    ]
    assert all(len(r["day"]) == 10 and "T" not in r["day"] for r in rows)  # date only
    export_ids = {r["export_id"] for r in rows}
    assert len(export_ids) == 1 and len(export_ids.pop()) >= 16
    text = anon.read_text(encoding="utf-8-sig")
    assert "answer" not in text and "SECRET" not in text

    full = read_export(store.export(tmp_path / "full.csv", anonymous=False))
    assert [r["response"] for r in full if r["record_type"] == "attempt"] == [
        "first answer A",
        "first answer B",
        "second answer A",
        "",
    ]
    assert "SECRET" not in (tmp_path / "full.csv").read_text(encoding="utf-8-sig")
    assert {r["export_id"] for r in full} == {rows[0]["export_id"]}  # stable per store


def test_export_id_is_random_per_store_and_export_to_a_folder(tmp_path: Path) -> None:
    one = ProgressStore(tmp_path / "one" / FILE_NAME)
    two = ProgressStore(tmp_path / "two" / FILE_NAME)
    for store in (one, two):
        store.record_attempt("ex", "same", [])
    id_one = read_export(one.export(tmp_path / "1.csv"))[0]["export_id"]
    id_two = read_export(two.export(tmp_path / "2.csv"))[0]["export_id"]
    assert id_one != id_two
    folder = tmp_path / "exports"
    folder.mkdir()
    written = one.export(folder)
    assert written.parent == folder and written.suffix == ".csv"


def test_export_of_an_empty_store_has_just_the_header(store: ProgressStore, tmp_path: Path) -> None:
    assert read_export(store.export(tmp_path / "empty.csv")) == []
    assert not store.path.exists()


# --------------------------------------------------------------------------- erase


def test_erase_deletes_everything_and_the_store_stays_usable(
    store: ProgressStore, tmp_path: Path
) -> None:
    store.record_attempt("ex", "words", ["question"])
    store.save_journal("j", "private")
    store.record_selfcheck("before", ALL_FIVES)
    old_id = read_export(store.export(tmp_path / "before.csv"))[0]["export_id"]
    folder = store.path.parent
    for suffix in ("-wal", "-shm"):
        (folder / (FILE_NAME + suffix)).write_bytes(b"leftover")
    (folder / (FILE_NAME + ".corrupt-20200101T000000Z")).write_bytes(b"old damaged copy")

    store.erase()
    assert sorted(p.name for p in folder.iterdir()) == []
    assert store.attempts() == [] and store.journal() == [] and store.selfchecks() == {}
    assert store.completed() == set() and said(store) is None

    store.record_attempt("again", "fresh start", [])
    assert [a.response for a in store.attempts()] == ["fresh start"]
    assert read_export(store.export(tmp_path / "after.csv"))[0]["export_id"] != old_id


def test_erase_seen_from_another_kernel(store: ProgressStore) -> None:
    other = ProgressStore(store.path)
    store.record_attempt("ex", "one", [])
    other.erase()
    assert store.attempts() == []
    store.record_attempt("ex", "two", [])
    assert [a.response for a in other.attempts()] == ["two"]


def test_erase_on_a_never_used_store(store: ProgressStore) -> None:
    store.erase()
    assert store.attempts() == []


# --------------------------------------------------------------------------- damaged files


def make_real_store(path: Path, n: int = 60) -> None:
    with ProgressStore(path) as store:
        for i in range(n):
            store.record_attempt(f"ex-{i}", "x" * 4000, ["question"])


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "truncated_header", "zero_bytes", "directory", "foreign", "unknown"],
)
def test_damaged_file_is_moved_aside_kept_and_explained(course_home: Path, damage: str) -> None:
    path = course_home / FILE_NAME
    course_home.mkdir()
    if damage == "garbage":
        path.write_bytes(os.urandom(8192))
    elif damage in ("truncated", "truncated_header"):
        make_real_store(path)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] if damage == "truncated" else data[:60])
    elif damage == "zero_bytes":
        path.write_bytes(b"")
    elif damage == "directory":
        path.mkdir()
        (path / "inside.txt").write_text("keep me")
    elif damage == "foreign":  # a real SQLite file, but not ours
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE notes (x)")
        con.commit()
        con.close()
    elif damage == "unknown":  # says it is our version but the tables are wrong
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE attempts (x)")
        con.execute("PRAGMA user_version = 1")
        con.commit()
        con.close()
    before = path.read_bytes() if path.is_file() else None

    store = ProgressStore()  # must not raise
    assert said(store) is not None
    [aside] = sidecars(path)
    assert store.notices == (Notice("notice.moved_aside", {"aside": str(aside)}),)
    assert store.reassure_key == "notice.reassure"
    assert str(aside) in said(store) and "fresh" in said(store)
    assert "Nothing was deleted" in said(store)
    if before is not None:
        assert aside.read_bytes() == before  # kept, untouched
    else:
        assert (aside / "inside.txt").read_text() == "keep me"

    store.record_attempt("ex", "after the damage", [])
    assert [a.response for a in store.attempts()] == ["after the damage"]
    assert path.is_file() and sidecars(path) == [aside]  # old copy kept next to the new one
    assert said(ProgressStore()) is None  # the new file is healthy


def test_newer_version_is_kept_in_place_with_its_own_explanation(course_home: Path) -> None:
    """Not moved aside: the newer course looks for it where it left it (more in
    tests/test_store_hardening.py)."""
    make_real_store(course_home / FILE_NAME, n=2)
    con = sqlite3.connect(course_home / FILE_NAME)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    store = ProgressStore()
    assert said(store) is not None and "newer version" in said(store)
    assert [n.key for n in store.notices] == ["notice.newer_version_kept"]
    assert sidecars(store.path) == [] and store.storage == "memory"
    assert store.attempts() == []


def test_damage_during_a_session_is_handled_without_raising(store: ProgressStore) -> None:
    store.record_attempt("ex", "before", [])
    store.path.write_bytes(os.urandom(4096))
    new_id = store.record_attempt("ex", "after", [])
    assert [(a.id, a.response) for a in store.attempts()] == [(new_id, "after")]
    assert said(store) is not None and len(sidecars(store.path)) == 1


def test_damaged_file_leftover_journal_moves_with_it(course_home: Path) -> None:
    course_home.mkdir()
    path = course_home / FILE_NAME
    path.write_bytes(b"not a database at all" * 100)
    (course_home / (FILE_NAME + "-journal")).write_bytes(b"stale journal")
    store = ProgressStore()
    [aside, aside_journal] = sidecars(path)
    assert aside_journal.name == aside.name + "-journal"
    store.record_attempt("ex", "ok", [])
    assert store.attempts()[0].response == "ok"


@pytest.mark.skipif(not POSIX or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_moved_aside(course_home: Path) -> None:
    make_real_store(course_home / FILE_NAME, n=1)
    os.chmod(course_home / FILE_NAME, 0)
    store = ProgressStore()
    assert said(store) is not None and len(sidecars(store.path)) == 1


def test_file_we_may_not_read_is_moved_aside(
    course_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_real_store(course_home / FILE_NAME, n=1)
    with monkeypatch.context() as patch:  # as if chmod 000 (root ignores real permissions)
        patch.setattr(os, "access", lambda *args, **kwargs: False)
        store = ProgressStore()
    assert said(store) is not None and len(sidecars(store.path)) == 1


def test_when_even_moving_aside_fails_reads_stay_calm_and_writes_explain(
    course_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    course_home.mkdir()
    (course_home / FILE_NAME).write_bytes(b"garbage" * 100)

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    store = ProgressStore()  # must not raise
    assert said(store) is not None and "couldn't move it" in said(store)
    assert PEER_HOME in said(store)
    assert store.attempts() == [] and store.selfchecks() == {}
    with pytest.raises(OSError, match="couldn't move it") as raised:
        store.record_attempt("ex", "x", [])
    assert (course_home / FILE_NAME).read_bytes() == b"garbage" * 100  # untouched
    # The error says the same as the notice (the widgets show str(error) when a save fails).
    [notice] = store.notices
    assert isinstance(raised.value, StoreUnavailable) and raised.value.notice == notice
    assert notice.key == "notice.cannot_move" and str(raised.value) == said(store)


def test_two_damage_events_get_distinct_names(course_home: Path) -> None:
    course_home.mkdir()
    path = course_home / FILE_NAME
    for _ in range(2):
        path.write_bytes(os.urandom(1024))
        ProgressStore()
    assert len(sidecars(path)) == 2


# --------------------------------------------------------------------------- kill and concurrency

KILL_CHILD = textwrap.dedent(
    """
    import sys
    from widgets.store import ProgressStore
    store = ProgressStore()
    for i in range(1_000_000):
        row_id = store.record_attempt(f"ex-{i % 7}", "answer " * 50 + str(i), ["question"])
        print(row_id, flush=True)
    """
)


@pytest.mark.parametrize("kill_after", [3, 40])
def test_acknowledged_writes_survive_sigkill(course_home: Path, kill_after: int) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_CHILD],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(course_home),
        cwd=REPO,
    )
    acked: list[int] = []
    try:
        assert proc.stdout is not None
        while len(acked) < kill_after:
            line = proc.stdout.readline()
            assert line, proc.stderr.read().decode() if proc.stderr else "child ended early"
            acked.append(int(line))
        proc.kill()  # SIGKILL on POSIX: no cleanup, no atexit, mid-write
        proc.wait(timeout=10)
        # Lines already printed before the kill were acknowledged too.
        acked += [
            int(line) for line in proc.stdout.read().splitlines(keepends=True) if line[-1:] == b"\n"
        ]
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()

    store = ProgressStore()
    assert said(store) is None  # an interrupted write is rolled back, not damage
    saved = {a.id for a in store.attempts()}
    assert set(acked) <= saved
    assert store.record_attempt("ex", "still works", []) > max(acked)


WRITER_CHILD = textwrap.dedent(
    """
    import sys
    from widgets.store import ProgressStore
    name = sys.argv[1]
    store = ProgressStore()
    sys.stdin.readline()  # wait for "go", so both writers really overlap
    for i in range(200):
        store.record_attempt(f"{name}-{i % 5}", f"{name} answer {i}", [], value="curiosity")
        if i % 50 == 0:
            store.attempts(f"{name}-0")
    print("done", flush=True)
    """
)


def test_two_kernels_writing_at_once_lose_nothing(course_home: Path) -> None:
    ProgressStore().record_attempt("warm-up", "creates the file", [])
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER_CHILD, name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(course_home),
            cwd=REPO,
        )
        for name in ("left", "right")
    ]
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write(b"go\n")
        proc.stdin.flush()
    results = [proc.communicate(timeout=60) for proc in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err.decode()
        assert out.strip() == b"done" and err == b""

    attempts = ProgressStore().attempts()
    assert len(attempts) == 401
    assert len({a.id for a in attempts}) == 401
    for name in ("left", "right"):
        mine = [a.response for a in attempts if a.exercise_id.startswith(name)]
        assert mine == [f"{name} answer {i}" for i in range(200)]


def test_first_save_from_two_kernels_at_once(course_home: Path) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER_CHILD, name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(course_home),
            cwd=REPO,
        )
        for name in ("p", "q")
    ]
    results = [proc.communicate(b"go\n", timeout=60) for proc in procs]
    assert [p.returncode for p in procs] == [0, 0], [err.decode() for _, err in results]
    store = ProgressStore()
    assert said(store) is None and len(store.attempts()) == 400
    assert sidecars(store.path) == []


def test_threads_share_one_store(store: ProgressStore) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(25):
                store.record_attempt(f"t{n}", f"{n}-{i}", [])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(store.attempts()) == 100


# --------------------------------------------------------------------------- the package


def test_the_store_says_notices_as_text_keys_and_never_imports_the_words() -> None:
    """Words for the learner live in data/text; the store names them, the widgets say them."""
    from widgets.store import notices

    for module in (REPO / "widgets" / "store").glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "widgets.core":
                assert "text" not in {alias.name for alias in node.names}, module
            elif isinstance(node, ast.ImportFrom | ast.Import):
                names = [node.module] if isinstance(node, ast.ImportFrom) else []
                names += [alias.name for alias in node.names]
                assert "widgets.core.text" not in names, module
    fields = {"aside": "/a", "path": "/p", "error": "Permission denied", "env": PEER_HOME, "n": "2"}
    for name in notices.__all__:
        key = getattr(notices, name)
        for one in key.values() if isinstance(key, dict) else [key]:
            if isinstance(one, str):
                assert t(one, **fields), one  # the key is in data/text/en.yaml
    for key in (
        notices.MOVED_ASIDE,
        notices.CANNOT_MOVE,
        notices.READ_ONLY,
        notices.READ_ONLY_ERASE,
    ):
        notice = Notice(key, fields)
        assert notices.english(notice) == t(key, **fields)  # an error says what the notice says


def test_open_store_gives_the_file_store_and_the_memory_store_is_not_one() -> None:
    from widgets.store import MemoryProgressStore, StoreBase, open_store

    store = open_store()
    assert type(store) is ProgressStore and store.path == get_store().path
    assert type(get_store()) is ProgressStore
    memory = MemoryProgressStore()
    assert isinstance(memory, StoreBase) and not isinstance(memory, ProgressStore)
    assert not issubclass(MemoryProgressStore, ProgressStore)
    assert repr(store) == f"ProgressStore({str(store.path)!r})"
