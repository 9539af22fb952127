"""My data, the completion record and the course home, as a learner uses them (no browser).

``my_data()``: what is kept and where, every record listed (escaped), an anonymous and a full copy
as download links (nothing written beside the course, nothing sent), erase asked twice and said
kindly when it cannot happen. ``completion_record()``: modules, dates, time as an estimate, the
self-check, and no free text but the learner's own name and note for the record. ``course_home()``:
every page in order with its title, link and progress, and where to carry on.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import re
from datetime import UTC, datetime, timedelta

import ipywidgets as widgets
import pytest

from widgets import exercises
from widgets.content.course_map import course_modules, done_keys, module_of
from widgets.core.text import t
from widgets.exercises import completion_record, course_home, my_data
from widgets.store import EXPORT_COLUMNS, MemoryProgressStore, StoreUnavailable, reset_store
from widgets.ui.completion import BREAK_MINUTES, estimate_minutes, gather, record_html, record_page
from widgets.ui.course_home import next_page
from widgets.ui.downloads import FULL_COLUMNS
from widgets.ui.my_data import data_buttons

HOSTILE = "<img src=x onerror=alert(1)>"
FORMULA = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture(autouse=True)
def clean_home(tmp_path, monkeypatch):
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PEER_COURSE_APP_SHARED", raising=False)
    monkeypatch.delenv("PEER_COURSE_APP_MODE", raising=False)
    reset_store()
    exercises.reset()
    yield
    reset_store()
    exercises.reset()


def plain(value: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", value))


def filled_store() -> MemoryProgressStore:
    store = MemoryProgressStore()
    store.record_attempt(
        "mutuality-rewrite-yoga", "What helps you " + HOSTILE, ["open_question"], value="mutuality"
    )
    store.record_attempt("mutuality-choose-just-tell-me", FORMULA, [], value="mutuality")
    store.record_attempt("hope-rewrite-job-search", "", [], skipped=True)
    store.save_journal("hope-reflect-whole-self", "my private note " + HOSTILE)
    store.record_selfcheck("before", {"curiosity": 2, "mutuality": 3})
    store.save_flag("mutuality-rewrite-yoga", "What helps you?", ["open_question"], "a note")
    return store


def linked_file(value: str) -> tuple[str, bytes]:
    """The file name and bytes behind the download link in ``value``."""
    found = re.search(
        r'download="([^"]+)" href="data:[^;]+(?:;charset=utf-8)?;base64,([^"]+)"', value
    )
    assert found, f"no download link in {value[:300]}"
    return html.unescape(found.group(1)), base64.b64decode(found.group(2))


def rows_of(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


# --- my data: see ------------------------------------------------------------------------------


def test_my_data_says_what_is_kept_and_where_in_words():
    store = filled_store()
    view = my_data(store=store).exercise
    said = plain(view.summary.value)
    for line in (
        t("my_data.attempts", n=2),
        t("my_data.skips", n=1),
        t("my_data.journal", n=1),
        t("my_data.selfchecks", phases=t("my_data.phase_before")),
        t("my_data.flags", n=1),
        t("my_data.where_memory"),
    ):
        assert line in said
    assert t("my_data.shared") not in said


def test_a_file_store_names_its_file(tmp_path):
    from widgets.store import ProgressStore

    store = ProgressStore(tmp_path / "p.sqlite3")
    view = my_data(store=store).exercise
    assert str(tmp_path / "p.sqlite3") in plain(view.summary.value)
    assert t("my_data.nothing") in plain(view.summary.value)


def test_everything_kept_is_listed_on_request_and_escaped():
    view = my_data(store=filled_store()).exercise
    assert view.listing.value == ""
    view.see_button.click()
    listed = view.listing.value
    assert HOSTILE not in listed and html.escape(HOSTILE) in listed
    for words in ("What helps you", "my private note", "a note", "mutuality-rewrite-yoga"):
        assert words in html.unescape(listed)
    assert view.see_button.description == t("my_data.hide")
    view.see_button.click()
    assert view.listing.value == "" and view.see_button.description == t("my_data.see")


def test_shared_app_mode_says_everyone_shares_the_store(monkeypatch):
    monkeypatch.setenv("PEER_COURSE_APP_SHARED", "1")
    view = my_data(store=filled_store()).exercise
    assert t("my_data.shared") in plain(view.summary.value)
    view.erase_button.click()
    assert t("my_data.shared") in plain(view.confirm_area.children[0].value)


# --- my data: copies ---------------------------------------------------------------------------


def test_anonymous_copy_is_the_stores_export_without_any_words(tmp_path, monkeypatch):
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    store = filled_store()
    view = my_data(store=store).exercise
    view.anonymous_button.click()
    name, data = linked_file(view.download.value)
    assert name.startswith("peer-support-anonymous-") and name.endswith(".csv")
    rows = rows_of(data)
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    assert {r["record_type"] for r in rows} == {"attempt", "selfcheck"}
    text = data.decode("utf-8-sig")
    for private in ("What helps you", "my private note", "HYPERLINK", "a note"):
        assert private not in text
    assert t("my_data.ready") in plain(view.download.value)
    assert list(scratch.iterdir()) == []  # the export was read back and its folder removed


def test_full_copy_holds_everything_and_opens_as_words_in_a_spreadsheet():
    view = my_data(store=filled_store()).exercise
    view.full_button.click()
    name, data = linked_file(view.download.value)
    assert name.startswith("peer-support-my-data-") and name.endswith(".csv")
    rows = rows_of(data)
    assert list(rows[0]) == list(FULL_COLUMNS)
    kinds = [r["record_type"] for r in rows]
    assert kinds.count("attempt") == 3 and "journal" in kinds and "flag" in kinds
    assert kinds.count("selfcheck") == 2
    texts = {r["text"] for r in rows}
    assert "What helps you " + HOSTILE in texts and "my private note " + HOSTILE in texts
    assert "'" + FORMULA in texts  # a formula opens as the words typed
    assert any(r["note"] == "a note" for r in rows)
    assert t("my_data.ready_full") in plain(view.download.value)
    assert HOSTILE not in view.download.value.split("href=")[0]


def test_a_copy_that_cannot_be_made_is_said_kindly():
    class Broken(MemoryProgressStore):
        def export(self, path, anonymous=True):
            raise OSError("No space left on device")

    view = my_data(store=Broken()).exercise
    view.anonymous_button.click()
    assert view.download.value == ""
    said = plain(view.status.value)
    assert "No space left on device" in said and "Nothing has been changed" in said


# --- my data: erase ----------------------------------------------------------------------------


def test_erase_asks_first_listing_exactly_what_goes_then_erases(tmp_path):
    from widgets.store import ProgressStore

    store = ProgressStore(tmp_path / "p.sqlite3")
    store.record_attempt("mutuality-rewrite-yoga", "What helps?", ["open_question"])
    store.save_journal("hope-reflect-whole-self", "note")
    view = my_data(store=store).exercise
    view.erase_button.click()
    question = plain(view.confirm_area.children[0].value)
    assert t("my_data.attempts", n=1) in question and t("my_data.journal", n=1) in question
    assert str(tmp_path / "p.sqlite3") in question
    assert t("my_data.confirm_question") in question
    buttons = view.confirm_area.children[1].children
    assert [b.description for b in buttons] == [t("my_data.keep"), t("my_data.confirm")]
    assert store.attempts()  # nothing gone after the first step
    view.confirm_button.click()
    assert store.attempts() == [] and store.journal() == []
    assert not (tmp_path / "p.sqlite3").exists()
    assert t("my_data.erased") in plain(view.status.value)
    assert t("my_data.nothing") in plain(view.summary.value)
    assert view.confirm_area.children == ()


def test_keep_my_data_erases_nothing():
    store = filled_store()
    view = my_data(store=store).exercise
    view.erase_button.click()
    view.keep_button.click()
    assert len(store.attempts()) == 3 and store.journal()
    assert t("my_data.kept") in plain(view.status.value)
    assert view.confirm_area.children == ()


def test_a_store_that_cannot_be_erased_says_so_and_keeps_everything():
    class ReadOnly(MemoryProgressStore):
        def erase(self):
            raise StoreUnavailable("The progress file is read-only.")

    store = ReadOnly()
    store.record_attempt("mutuality-rewrite-yoga", "What helps?", [])
    view = my_data(store=store).exercise
    view.erase_button.click()
    view.confirm_button.click()
    said = plain(view.status.value)
    assert "read-only" in said and "Your data is as it was" in said
    assert store.attempts()


def test_data_buttons_open_and_close_my_data_and_the_record():
    box = data_buttons(store=filled_store())
    mine, record = box.buttons["my_data"], box.buttons["record"]
    assert mine.description == t("my_data.open") and record.description == t("record.open")
    mine.click()
    assert box.area.children and hasattr(box.area.children[0], "exercise")
    assert mine.description == t("my_data.close")
    record.click()
    assert "completion" in type(box.area.children[0].exercise).__name__.lower()
    assert mine.description == t("my_data.open") and record.description == t("record.close")
    record.click()
    assert box.area.children == ()


# --- the completion record ---------------------------------------------------------------------


def at(minutes: float, day: int = 0) -> datetime:
    return datetime(2025, 3, 3, 10, 0, tzinfo=UTC) + timedelta(days=day, minutes=minutes)


def test_time_is_first_to_last_without_breaks():
    assert estimate_minutes([]) is None and estimate_minutes([at(0)]) is None
    assert estimate_minutes([at(0), at(12), at(20)]) == 20
    # a break longer than BREAK_MINUTES (lunch, or the next day) is not time spent
    assert estimate_minutes([at(0), at(10), at(10 + BREAK_MINUTES + 1), at(50)]) == 10 + 9
    assert estimate_minutes([at(0), at(5), at(5, day=1)]) == 5


class Timed(MemoryProgressStore):
    """A memory store whose saved times are given (to test dates and time spent)."""

    def __init__(self, times):
        super().__init__()
        self.times = iter(times)

    def _add_attempt(self, exercise_id, value, response, labels, skipped, created_at):
        return super()._add_attempt(
            exercise_id, value, response, labels, skipped, next(self.times).isoformat()
        )


def test_record_lists_modules_dates_time_and_self_check_but_no_answers():
    store = Timed([at(0), at(10), at(25), at(0, day=2)])
    store.record_attempt("mutuality-rewrite-yoga", "What helps " + HOSTILE, ["open_question"])
    store.record_attempt("mutuality-choose-just-tell-me", "secret words", [])
    store.record_attempt("mutuality-sort-advice-or-curiosity", "", [], skipped=True)
    store.record_attempt("roleplay-closing-start", "", [], skipped=True)
    store.record_selfcheck("before", {"curiosity": 2})
    store.record_selfcheck("after", {"curiosity": 4})
    view = completion_record(store=store).exercise
    page = view.preview.value
    said = plain(page)
    assert "secret words" not in said and "What helps" not in said and "<img" not in page
    modules = course_modules()
    mutuality = next(m for m in modules if m.name == "02_mutuality")
    assert f"02 · {mutuality.title}" in said
    assert t("record.done_count_skipped", done=3, total=len(mutuality.keys), skipped=1) in said
    assert "2025-03-03" in said and t("record.minutes", n=25) in said
    assert t("record.status_started") in said and t("record.status_not") in said
    assert "up 2" in said  # the self-check's change, in words
    assert t("record.time_note", gap=BREAK_MINUTES) in said
    assert t("record.honest_note") in said
    rows = {r.module.name: r for r in gather(store, modules)}
    assert rows["12_putting_it_together"].done == 2  # the role-play (skipped) and "after"
    assert rows["00_welcome"].status == "done"  # its one activity: the "before" self-check


def test_name_and_note_go_into_the_record_only_escaped_and_never_saved():
    store = filled_store()
    view = completion_record(store=store).exercise
    assert t("record.name", name="Sam") not in plain(view.preview.value)
    view.name.value = "Sam " + HOSTILE
    view.note.value = "Line one\nLine two " + HOSTILE
    page = view.preview.value
    assert HOSTILE not in page and html.escape(HOSTILE) in page
    assert "Line one<br>Line two" in page
    before = (store.attempts(), store.journal())
    view.save_button.click()
    name, data = linked_file(view.download.value)
    assert name.startswith("course-record-") and name.endswith(".html")
    text = data.decode("utf-8")
    assert text.startswith("<!DOCTYPE html>") and "@page" in text and "Sam " in text
    assert HOSTILE not in text
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", text)  # offline page
    assert (store.attempts(), store.journal()) == before


def test_record_file_is_a_complete_printable_page():
    page = record_page(record_html([], {}, made_on="2025-03-03"))
    assert page.startswith('<!DOCTYPE html><html lang="en">') and "<title>" in page
    assert t("record.selfcheck_none") in page and "2025-03-03" in page


def test_record_says_so_kindly_when_progress_cannot_be_read():
    class Locked(MemoryProgressStore):
        def attempts(self, exercise_id=None):
            raise StoreUnavailable("The progress file is locked.")

    view = completion_record(store=Locked()).exercise
    assert t("record.unreadable") in plain(view.status.value)
    view.save_button.click()
    assert view.download.value == ""


# --- the course map and the course home ----------------------------------------------------------


def test_course_map_reads_every_notebook_in_order_with_titles_and_activities():
    modules = course_modules()
    assert [m.number for m in modules] == sorted(m.number for m in modules)
    assert modules[0].name == "00_welcome" and modules[0].keys == ("selfcheck-before",)
    titles = {m.name: m.title for m in modules}
    assert titles["02_mutuality"] == "Mutuality"
    mutuality = next(m for m in modules if m.name == "02_mutuality")
    assert "mutuality-rewrite-yoga" in mutuality.keys
    assert module_of("roleplay-closing-n3", modules).name == "12_putting_it_together"
    assert module_of("nowhere", modules) is None
    closing = modules[-1]
    assert done_keys(closing, {"roleplay-closing-start"}) == ("roleplay-closing",)


def test_course_home_lists_every_page_with_a_link_and_progress_in_words():
    store = filled_store()
    view = course_home(store=store).exercise
    page = view.table.value
    for module in course_modules():
        assert f'href="{module.file}"' in page
        assert f"{module.number} · {html.escape(module.title)}" in page
    said = plain(page)
    mutuality = next(m for m in course_modules() if m.name == "02_mutuality")
    assert t("home.progress", done=2, total=len(mutuality.keys)) in said
    assert "aria-hidden='true'" in page  # the bar is for sighted readers only
    hope = next(m for m in course_modules() if m.name == "01_hope_and_wholeness")
    assert t("home.continue", title=f"01 · {hope.title}") in said  # the journal: saved last


def test_a_new_learner_is_told_where_to_start():
    view = course_home(store=MemoryProgressStore()).exercise
    first = course_modules()[0]
    assert t("home.start", title=f"{first.number} · {first.title}") in plain(view.table.value)


def test_carry_on_where_last_worked_not_at_the_first_gap():
    store = Timed([at(0), at(5, day=1)])
    store.record_attempt("mutuality-rewrite-yoga", "x", [])  # 02, first
    store.record_attempt("curiosity-rewrite-long-road", "x", [])  # 08, last
    rows = gather(store, course_modules())
    assert next_page(rows).module.name == "08_curiosity"


def test_front_doors_are_boxes_with_readable_saved_text():
    for view in (my_data(), completion_record(), course_home()):
        bundle = view._repr_mimebundle_()
        assert "Shift+Enter" in bundle["text/plain"]
        assert isinstance(view, widgets.VBox)


def test_app_mode_words_replace_run_this_cell(monkeypatch):
    monkeypatch.setenv("PEER_COURSE_APP_MODE", "1")
    for view in (my_data(), completion_record(), course_home(), exercises.self_check("before")):
        bundle = view._repr_mimebundle_()
        assert "Shift" not in bundle["text/plain"] and "Shift" not in bundle["text/html"]
    assert t("fallback.run_cell") == t("app_mode.fallback.run_cell")
    monkeypatch.setenv("PEER_COURSE_APP_MODE", "0")
    assert "Shift+Enter" in t("fallback.run_cell")


def test_the_progress_view_offers_my_data_and_the_record():
    """Issue 14: see, save or erase my data from the progress view too, with no code typed."""
    view = exercises.progress_view().exercise
    assert view.data in view.widget.children
    view.data.buttons["my_data"].click()
    shown = view.data.area.children[0].exercise
    assert "mydata" in type(shown).__name__.lower().replace("_", "")
