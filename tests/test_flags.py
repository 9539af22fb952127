"""Feedback flags ("this feedback seems wrong"): the store, the button, my_flags() and the trainer
command, and the round trip from a learner's click to a row in a labelled CSV."""

from __future__ import annotations

import csv
import html
import os
import sqlite3

import ipywidgets as widgets
import pytest

from widgets import exercises
from widgets.content.scenarios import ModelAnswer, Option, Scenario
from widgets.core import text
from widgets.exercises import build, my_flags
from widgets.scoring import analyze
from widgets.store import MemoryProgressStore, ProgressStore, StoreError, reset_store, sqlite_file
from widgets.store.flags import FLAG_COLUMNS, FLAG_FILE_ABOUT, FLAG_TEXT_LIMIT
from widgets.store.records import Flag
from widgets.tools import bench
from widgets.tools.cli import main as cli_main
from widgets.tools.flags import read_shared

HOSTILE = "<img src=x onerror=alert(1)>"
ANSWER = "Have you tried yoga? You should go every morning."


@pytest.fixture(autouse=True)
def clean_home(tmp_path, monkeypatch):
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PEER_COURSE_LANG", raising=False)
    reset_store()
    exercises.reset()
    yield
    reset_store()
    exercises.reset()


@pytest.fixture(params=["file", "memory"])
def store(request, tmp_path):
    path = tmp_path / "store" / "progress.sqlite3"
    return ProgressStore(path) if request.param == "file" else MemoryProgressStore(path)


def rewrite_scenario(**changes) -> Scenario:
    fields = dict(
        id="curiosity-rewrite-flag",
        values=("curiosity",),
        type="rewrite",
        title="Can't switch off",
        prompt="Rewrite the response as one curious, open question.",
        peer_says="I just can't switch off at night.",
        draft="Have you tried yoga? It really helped me.",
        target_labels=("open_question",),
        avoid_labels=("advice",),
        model_answers=(ModelAnswer("What is on your mind at night?", "It invites a story."),),
        hints=("Start with 'what' or 'how'.",),
    )
    fields.update(changes)
    return Scenario(**fields)


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from walk(child)


def buttons(box) -> dict[str, widgets.Button]:
    return {b.description: b for b in walk(box) if isinstance(b, widgets.Button)}


def flag_button(box) -> widgets.Button | None:
    return buttons(box).get(text.t("flags.button"))


def note_box(box) -> widgets.Textarea:
    [note] = [
        w
        for w in walk(box)
        if isinstance(w, widgets.Textarea) and w.description == text.t("flags.note_label")
    ]
    return note


def shown_html(box) -> str:
    return "".join(w.value for w in walk(box) if isinstance(w, widgets.HTML))


def check(box, answer: str = ANSWER):
    exercise = box.exercise
    exercise.answer.value = answer
    exercise.check_button.click()
    return exercise


def flag_it(box, note: str) -> None:
    flag_button(box).click()
    note_box(box).value = note
    buttons(box)[text.t("flags.save")].click()


# --- the store ---------------------------------------------------------------------------------


def test_a_flag_is_kept_read_back_and_deleted(store):
    first = store.save_flag("ex-1", ANSWER, ["question", "advice", "advice"], "It was a question")
    second = store.save_flag("roleplay-closing-home", "What helps?", [], "")
    assert isinstance(first, int) and first != second
    flags = store.flags()
    assert [f.id for f in flags] == [first, second]
    assert flags[0] == Flag(
        first, "ex-1", ANSWER, ("advice", "question"), "It was a question", flags[0].created_at
    )
    assert flags[0].created_at.endswith("+00:00") and flags[1].note == ""
    with pytest.raises(AttributeError):
        flags[0].note = "changed"  # frozen
    assert store.delete_flags([first, 999]) == 1
    assert [f.id for f in store.flags()] == [second]
    assert store.delete_flags([]) == 0
    with pytest.raises(TypeError):
        store.delete_flags("1")


def test_flag_text_is_checked_like_the_journal(store):
    with pytest.raises(ValueError, match="no answer"):
        store.save_flag("ex", "   ", [], "")
    with pytest.raises(ValueError, match="too long"):
        store.save_flag("ex", "x" * (FLAG_TEXT_LIMIT + 1), [], "")
    with pytest.raises(ValueError, match="too long"):
        store.save_flag("ex", "fine", [], "n" * (FLAG_TEXT_LIMIT + 1))
    with pytest.raises(ValueError):
        store.save_flag("", "fine", [], "")
    with pytest.raises(TypeError):
        store.save_flag("ex", "fine", "advice", "")
    assert store.flags() == []
    store.save_flag("ex", "odd \ud800 words \ud83d\ude42", [], None)
    [flag] = store.flags()
    assert flag.response == "odd \ufffd words 🙂" and flag.note == ""


def test_erase_removes_flags(store):
    store.save_flag("ex", ANSWER, ["advice"], "a note")
    store.erase()
    assert store.flags() == []
    store.save_flag("ex", "again", [], "")  # still usable
    assert [f.response for f in store.flags()] == ["again"]


def test_exports_never_hold_flags_unless_the_learner_shares_them(store, tmp_path):
    secret = "MY-PRIVATE-WORDS"
    store.record_attempt("ex", "an answer", ["advice"])
    store.save_flag("ex", f"{secret} answer", ["advice"], f"{secret} note")
    for anonymous in (True, False):
        out = store.export(tmp_path / f"export-{anonymous}.csv", anonymous=anonymous)
        assert secret not in out.read_text(encoding="utf-8-sig")
    assert not list(tmp_path.glob("feedback-flags*"))  # nothing written without asking


def test_the_share_file_holds_only_the_chosen_flags_and_says_what_it_is(store, tmp_path):
    keep = store.save_flag("ex-1", "Shared answer, with a comma\nand a line", ["advice"], "n1")
    store.save_flag("ex-2", "Not shared", ["question"], "n2")
    folder = tmp_path / "share"
    folder.mkdir()
    path = store.export_flags(folder, [keep])
    assert path.parent == folder and path.name.startswith("feedback-flags-to-share-")
    content = path.read_text(encoding="utf-8-sig")
    assert content.splitlines()[: len(FLAG_FILE_ABOUT)] == list(FLAG_FILE_ABOUT)
    assert "NOT anonymous" in content and "Not shared" not in content
    [row] = list(csv.DictReader(line for line in content.splitlines(True) if line[0] != "#"))
    assert tuple(row) == FLAG_COLUMNS
    assert row["response"] == "Shared answer, with a comma\nand a line"
    assert (row["exercise_id"], row["labels"], row["note"]) == ("ex-1", "advice", "n1")
    assert len(row["flagged_on"]) == 10  # the day only
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0
    again = store.export_flags(folder, [keep])
    assert again != path and path.exists()  # an earlier share file is never overwritten
    with pytest.raises(ValueError, match="at least one"):
        store.export_flags(folder, [])
    with pytest.raises(ValueError, match="no flag 999"):
        store.export_flags(folder, [keep, 999])
    with pytest.raises(ValueError):
        store.export_flags(store.path, [keep])


def test_deleted_flag_words_are_overwritten_in_the_file(tmp_path):
    store = ProgressStore(tmp_path / "progress.sqlite3")
    store.record_attempt("ex", "kept", [])
    flag_id = store.save_flag("ex", "ZQXJ-UNIQUE-ANSWER", [], "ZQXJ-UNIQUE-NOTE")
    assert b"ZQXJ-UNIQUE" in store.path.read_bytes()
    store.delete_flags([flag_id])
    assert b"ZQXJ-UNIQUE" not in store.path.read_bytes()


def test_a_version_1_store_is_upgraded_and_keeps_everything(tmp_path):
    path = tmp_path / "progress.sqlite3"
    con = sqlite3.connect(path)
    for statement in sqlite_file._MIGRATIONS[1]:
        con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('export_id', 'abc')")
    con.execute(
        "INSERT INTO attempts (exercise_id, value, response, labels, skipped, created_at)"
        " VALUES ('ex', NULL, 'old answer', '[]', 0, '2024-01-01T00:00:00.000+00:00')"
    )
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    store = ProgressStore(path)
    assert store.notices == () and [a.response for a in store.attempts()] == ["old answer"]
    store.save_flag("ex", "new flag", [], "")
    assert [f.response for f in store.flags()] == ["new flag"]
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == sqlite_file.SCHEMA_VERSION == 2
    con.close()


# --- the button under the feedback -------------------------------------------------------------


def test_the_flag_button_comes_with_feedback_and_saves_privately(tmp_path):
    store = ProgressStore(tmp_path / "progress.sqlite3")
    box = build(rewrite_scenario(), store=store)
    assert flag_button(box) is None  # no feedback yet
    exercise = check(box, "")
    assert flag_button(box) is None  # a nudge to write something is not feedback
    exercise = check(box)
    button = flag_button(box)
    assert button is not None and button.tooltip and not button.disabled
    button.click()
    note = note_box(box)
    assert note.description == "What seems wrong? (optional)"
    assert html.escape(text.t("flags.no_labels")) not in shown_html(box)  # labels are named
    assert {text.t("flags.save"), text.t("flags.cancel")} <= set(buttons(box))
    note.value = "  It was a question, not advice.  "
    buttons(box)[text.t("flags.save")].click()
    [flag] = store.flags()
    attempt = store.attempts("curiosity-rewrite-flag")[-1]
    assert (flag.exercise_id, flag.response) == ("curiosity-rewrite-flag", ANSWER)
    assert flag.labels == attempt.labels == tuple(sorted(analyze(ANSWER).labels))
    assert flag.note == "It was a question, not advice."
    status = exercise.flag.status.value
    assert 'role="status"' in status
    assert str(store.path) in html.unescape(status) and "Nothing was sent" in status
    assert flag_button(box) is None and text.t("flags.save") not in buttons(box)


def test_cancel_keeps_nothing_and_try_again_takes_the_button_away():
    store = MemoryProgressStore()
    box = build(rewrite_scenario(), store=store)
    exercise = check(box)
    flag_button(box).click()
    note_box(box).value = "half a thought"
    buttons(box)[text.t("flags.cancel")].click()
    assert store.flags() == [] and flag_button(box) is not None
    flag_button(box).click()
    assert note_box(box).value == ""
    exercise.retry_button.click()
    assert flag_button(box) is None and not exercise.flag.offered
    check(box, "What is on your mind at night?")
    assert flag_button(box) is not None  # new feedback, a new chance to flag it
    flag_it(box, "")
    assert [f.response for f in store.flags()] == ["What is on your mind at night?"]


def test_reframe_has_the_button_and_choose_does_not():
    reframe = build(rewrite_scenario(type="reframe", id="hope-reframe-flag"))
    check(reframe)
    assert flag_button(reframe) is not None
    choose = build(
        Scenario(
            id="curiosity-choose-flag",
            values=("curiosity",),
            type="choose",
            title="New in town",
            prompt="Which response is most curious?",
            options=(
                Option("You should join a club.", False, "It jumps to advice."),
                Option("What has the move been like?", True, "It opens a story."),
            ),
        )
    )
    choose.exercise.choice.value = 0
    choose.exercise.check_button.click()
    assert choose.exercise.feedback.value and flag_button(choose) is None


class LockedStore(MemoryProgressStore):
    def save_flag(self, *args, **kwargs):
        raise StoreError("database is locked")


def test_a_failed_save_is_said_kindly_and_the_note_stays():
    box = build(rewrite_scenario(), store=LockedStore())
    exercise = check(box)
    flag_it(box, "my note")  # does not raise
    failed = html.escape(text.t("flags.save_failed", error="database is locked"))
    assert failed in exercise.flag.status.value
    assert note_box(box).value == "my note"


def test_hostile_text_is_escaped_in_the_flag_and_in_my_flags(tmp_path):
    store = ProgressStore(tmp_path / "progress.sqlite3")
    box = build(rewrite_scenario(), store=store)
    check(box, "You should " + HOSTILE)
    flag_it(box, HOSTILE)
    assert store.flags()[0].note == HOSTILE
    view = my_flags(store=store, folder=tmp_path)
    for shown in (shown_html(box), shown_html(view)):
        assert HOSTILE not in shown
    assert html.escape(HOSTILE) in shown_html(view)


def test_a_role_play_reply_in_own_words_can_be_flagged(tmp_path):
    store = ProgressStore(tmp_path / "progress.sqlite3")
    box = exercises.roleplay("closing", store=store)
    view = box.roleplay
    for _ in range(20):
        node = view.play.node
        if not view.started or (node.content_note and node.id not in view.opened):
            view.on_open()
        elif node.kind == "choice":
            view.on_choose(0)
            assert flag_button(box) is None  # feedback on a choice is not the scorer's
        elif node.kind == "free":
            break
    assert node.kind == "free"
    view.entry.value = "You should " + HOSTILE
    view.send_button.click()
    flag_it(box, "not advice")
    [flag] = store.flags()
    assert flag.exercise_id == f"roleplay-closing-{node.id}"
    assert flag.labels == store.attempts(flag.exercise_id)[-1].labels
    assert HOSTILE not in shown_html(box)
    view.on_restart()
    assert flag_button(box) is None


# --- my_flags() --------------------------------------------------------------------------------


def test_my_flags_lists_shares_the_ticked_ones_and_deletes_after_asking(tmp_path):
    store = ProgressStore(tmp_path / "progress.sqlite3")
    first = store.save_flag("ex-1", "First answer", ["advice"], "first note")
    store.save_flag("ex-2", "Second answer", [], "")
    box = my_flags(store=store, folder=tmp_path)
    page = html.unescape(shown_html(box))
    assert "First answer" in page and "first note" in page and text.t("flags.no_note") in page
    view = box.flags_view
    for widget in walk(box):
        if isinstance(widget, widgets.Button):
            assert widget.description.strip() and widget.tooltip
        elif isinstance(widget, widgets.Checkbox):
            assert widget.description.strip()
    view.share_button.click()
    assert text.t("flags.none_ticked") in html.unescape(view.status.value)
    view.ticks[first].value = True
    view.share_button.click()
    [shared] = tmp_path.glob("feedback-flags-to-share-*.csv")
    assert str(shared.absolute()) in html.unescape(view.status.value)
    assert "not anonymous" in html.unescape(view.status.value)
    assert [f.response for f in read_shared(shared)] == ["First answer"]
    view.delete_button.click()
    assert text.t("flags.keep") in buttons(box)
    buttons(box)[text.t("flags.keep")].click()
    assert len(store.flags()) == 2
    view.delete_button.click()
    buttons(box)[text.t("flags.confirm")].click()
    assert [f.response for f in store.flags()] == ["Second answer"]
    assert text.t("flags.deleted", n=1) in html.unescape(view.status.value)
    assert list(view.ticks) == [store.flags()[0].id]


def test_my_flags_with_none_says_so_kindly():
    box = my_flags(store=MemoryProgressStore())
    assert html.escape(text.t("flags.none")) in shown_html(box)
    assert box.flags_view.share_button.disabled and box.flags_view.delete_button.disabled
    assert "Run this cell" in box._repr_mimebundle_()["text/plain"]


# --- the trainer command, and the round trip ----------------------------------------------------


def run_cli(args, capsys) -> tuple[int, str, str]:
    code = cli_main(["flags-to-labelled", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_round_trip_from_the_button_to_a_labelled_row(tmp_path, capsys):
    store = ProgressStore(tmp_path / "progress.sqlite3")
    box = build(rewrite_scenario(), store=store)
    check(box, "Have you tried yoga?\nYou should go, it helped me.")
    flag_it(box, "It was a real question,\nnot advice")
    view = my_flags(store=store, folder=tmp_path).flags_view
    for tick in view.ticks.values():
        tick.value = True
    view.share_button.click()
    [shared] = tmp_path.glob("feedback-flags-to-share-*.csv")
    out = tmp_path / "labelled" / "from_learners.csv"

    code, said, err = run_cli([shared, "--out", out], capsys)
    assert code == 0 and not err
    assert "Added 1 row(s)" in said and "correct them by hand" in said and "bench" in said
    labels = frozenset(store.flags()[0].labels)
    assert labels and "advice" in labels
    expected_text = "Have you tried yoga? You should go, it helped me."
    assert bench.read_labelled(out) == [(expected_text, labels)]
    rows = [line for line in out.read_text(encoding="utf-8").splitlines() if line[0] != "#"]
    [row] = list(csv.DictReader(rows))
    note = "flagged: It was a real question, not advice (exercise curiosity-rewrite-flag)"
    assert row["note"] == note

    code, said, _ = run_cli([shared, "--out", out], capsys)  # again: nothing is duplicated
    assert code == 0 and "Added 0 row(s)" in said and "1 already there" in said
    assert len(bench.read_labelled(out)) == 1


def test_an_answer_starting_with_a_hash_is_not_read_as_a_comment(tmp_path, capsys):
    store = MemoryProgressStore(tmp_path / "progress.sqlite3")
    flag_id = store.save_flag("ex", "#hashtag what helps you?", ["open_question"], "")
    shared = store.export_flags(tmp_path, [flag_id])
    out = tmp_path / "out.csv"
    out.write_text("text,labels,note\nAn existing row,,kept", encoding="utf-8")  # no newline
    assert run_cli([shared, "--out", out], capsys)[0] == 0
    assert bench.read_labelled(out) == [
        ("An existing row", frozenset()),
        ("#hashtag what helps you?", frozenset({"open_question"})),
    ]


@pytest.mark.parametrize(
    "content, row",
    [
        (b"exercise_id,response,labels\nex,hi,\n", 1),  # wrong columns
        (b"# about\nexercise_id,response,labels,note,flagged_on\nex,caf\xe9,,,\n", 3),  # not UTF-8
        (b"exercise_id,response,labels,note,flagged_on\nex,hi,,,2024-01-01,extra\n", 2),
        (b"exercise_id,response,labels,note,flagged_on\nex,,,,2024-01-01\n", 2),  # no answer
        (b"exercise_id,response,labels,note,flagged_on\nex,hi,Not A Label,,\n", 2),
        (b'exercise_id,response,labels,note,flagged_on\nex,"hi,,,\n', 2),  # open quote
    ],
)
def test_a_bad_share_file_stops_with_one_line_naming_file_and_row(tmp_path, capsys, content, row):
    good = MemoryProgressStore(tmp_path / "p.sqlite3")
    good_file = good.export_flags(tmp_path, [good.save_flag("ex", "A good answer", [], "")])
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    out = tmp_path / "out.csv"
    code, said, err = run_cli([good_file, bad, "--out", out], capsys)
    assert code == 1 and not said and not out.exists()  # nothing written
    assert err.count("\n") == 1 and "bad.csv" in err and f"row {row}" in err, err


def test_a_huge_or_missing_share_file_is_one_line_too(tmp_path, capsys, monkeypatch):
    from widgets.tools import flags as tool

    monkeypatch.setattr(tool, "MAX_SHARE_BYTES", 100)
    huge = tmp_path / "huge.csv"
    huge.write_text("exercise_id,response,labels,note,flagged_on\n" + "ex,hi,,,\n" * 50)
    code, _, err = run_cli([huge], capsys)
    assert code == 1 and err.count("\n") == 1 and "huge.csv" in err and "too big" in err
    code, _, err = run_cli([tmp_path / "missing.csv"], capsys)
    assert code == 1 and "missing.csv" in err and "no such file" in err


def test_the_command_is_in_the_help(capsys):
    assert cli_main(["--help"]) == 0
    assert "flags-to-labelled" in capsys.readouterr().out
