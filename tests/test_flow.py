"""The flow of a notebook, headless: coming back to an answer, the start of a notebook, where the
page moves, the progress view's titles and links, and the notebooks' own shape (hidden code,
folded facilitator notes, a Next link), plus the JupyterLab settings the start scripts use."""

from __future__ import annotations

import ast
import asyncio
import html
import json
import re
import threading
from fnmatch import fnmatch
from pathlib import Path

import ipywidgets as widgets
import jupytext
import pytest

from widgets import exercises
from widgets.content.notebooks import course_notebooks, find_notebook, next_notebook
from widgets.core.paths import COURSE_DIR, REPO_ROOT
from widgets.core.text import t
from widgets.exercises import progress_view, show, start
from widgets.store import MemoryProgressStore, reset_store
from widgets.ui.a11y import STYLE
from widgets.ui.resume import friendly_date
from widgets.ui.start import AfterRunAll, current_page

HOSTILE = "<img src=x onerror=alert(1)>"
YOGA = "mutuality-rewrite-yoga"
CURIOUS = "What tends to be on your mind when you can't switch off?"


@pytest.fixture(autouse=True)
def clean_home(tmp_path, monkeypatch):
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PEER_COURSE_LANG", raising=False)
    reset_store()
    exercises.reset()
    yield
    reset_store()
    exercises.set_bank_path(None)
    exercises.reset()


@pytest.fixture
def store():
    return MemoryProgressStore()


@pytest.fixture
def focused(monkeypatch):
    """Every widget asked to take the focus, in order (ipywidgets' focus() sends a message the
    browser acts on; here it is recorded instead)."""
    calls: list[widgets.Widget] = []
    monkeypatch.setattr(widgets.DOMWidget, "focus", lambda self: calls.append(self))
    return calls


def plain(value: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", value))


def last_answer_words(store, exercise_id: str) -> str:
    when = friendly_date(store.attempts(exercise_id)[-1].created_at)
    return t("flow.last_answer", date=when)


# --- coming back to an exercise ----------------------------------------------------------------


def test_a_rewrite_comes_back_with_the_last_answer_and_its_feedback(store):
    store.record_attempt(YOGA, "You should try yoga.", ["advice"], value="mutuality")
    store.record_attempt(YOGA, CURIOUS, ["open_question"], value="mutuality")
    exercise = show(YOGA, store=store).exercise
    assert exercise.answer.value == CURIOUS  # the last one, not the first
    assert last_answer_words(store, YOGA) in plain(exercise.status.value)
    feedback = plain(exercise.feedback.value)
    assert t("rewrite.shown", label="Open question") in feedback
    assert plain(exercise.summary.value).strip()  # the one line beside the check button
    assert not exercise.model_button.disabled and not exercise.retry_button.disabled
    assert len(store.attempts(YOGA)) == 2  # shown again, never saved again


def test_a_new_exercise_starts_empty_and_says_nothing_about_last_time(store):
    exercise = show(YOGA, store=store).exercise
    assert exercise.answer.value == "" and exercise.feedback.value == ""
    assert exercise.status.value == "" and exercise.model_button.disabled


def test_choose_sort_spot_and_dilemma_answers_come_back(store):
    ids = {
        "choose": "mutuality-choose-just-tell-me",
        "sort": "mutuality-sort-advice-or-curiosity",
        "spot": "mutuality-spot-from-above",
        "dilemma": "mutuality-dilemma-the-numbers",
    }
    first = {kind: show(sid, store=store).exercise for kind, sid in ids.items()}
    first["choose"].choice.value = 1
    first["sort"].dropdowns[0].value = first["sort"].s.categories[-1].key
    first["sort"].dropdowns[2].value = first["sort"].s.categories[0].key
    first["spot"].toggles[1].value = True
    first["spot"].toggles[3].value = True
    first["dilemma"].choice.value = 0
    first["dilemma"].reasoning.value = "My reasons,\non two lines."
    for exercise in first.values():
        exercise.check_button.click()
    again = {kind: show(sid, store=store).exercise for kind, sid in ids.items()}
    assert again["choose"].choice.value == 1
    assert [d.value for d in again["sort"].dropdowns] == [d.value for d in first["sort"].dropdowns]
    assert [x.value for x in again["spot"].toggles] == [x.value for x in first["spot"].toggles]
    assert again["dilemma"].choice.value == 0
    assert again["dilemma"].reasoning.value == "My reasons,\non two lines."
    assert again["dilemma"].extra_area.value  # the voices are there again
    for kind, exercise in again.items():
        assert exercise.feedback.value == first[kind].feedback.value, kind
        assert last_answer_words(store, ids[kind]) in plain(exercise.status.value), kind
    assert len(store.attempts()) == 4


def test_a_skip_comes_back_as_a_skip(store):
    show("mutuality-choose-just-tell-me", store=store).exercise.skip_button.click()
    exercise = show("mutuality-choose-just-tell-me", store=store).exercise
    when = friendly_date(store.attempts()[-1].created_at)
    assert t("flow.last_skip", date=when) in plain(exercise.status.value)
    assert exercise.choice.value is None and exercise.feedback.value == ""
    assert not exercise.model_button.disabled and not exercise.reveal_button.disabled


def test_an_answer_that_no_longer_fits_leaves_the_exercise_new(store):
    store.record_attempt("mutuality-choose-just-tell-me", "An option a trainer has removed", [])
    store.record_attempt("mutuality-spot-from-above", "nosuchword | again", [])
    for sid in ("mutuality-choose-just-tell-me", "mutuality-spot-from-above"):
        exercise = show(sid, store=store).exercise
        assert exercise.feedback.value == "" and exercise.status.value == "", sid


def test_a_store_that_cannot_be_read_leaves_the_exercise_new():
    class Broken(MemoryProgressStore):
        def attempts(self, exercise_id=None):
            raise OSError("disk gone")

    exercise = show(YOGA, store=Broken()).exercise
    assert exercise.answer.value == "" and exercise.feedback.value == ""


def test_the_last_answer_is_escaped_and_never_in_the_saved_notebook_text(store):
    store.record_attempt(YOGA, HOSTILE, [])
    box = show(YOGA, store=store)
    assert box.exercise.answer.value == HOSTILE  # a text box holds text, not HTML
    assert HOSTILE not in box.exercise.feedback.value
    bundle = box._repr_mimebundle_()
    assert HOSTILE not in bundle["text/plain"] and HOSTILE not in bundle["text/html"]


def test_a_mirror_reply_comes_back_from_the_private_journal(store):
    box = exercises.mirror("missed-sessions-first", store=store)
    box.exercise.answer.value = CURIOUS
    box.exercise.check_button.click()
    again = exercises.mirror("missed-sessions-first", store=store).exercise
    assert again.answer.value == CURIOUS and again.feedback.value
    assert store.attempts() == []  # still only in the journal


def test_dates_are_said_as_a_calendar_day():
    assert friendly_date("2025-11-30T12:00:00.000+00:00") == "30 November 2025"
    assert friendly_date("not a date") == "not a date"


# --- checking: the one-line summary, and the page moves to the feedback -----------------------


def test_check_puts_a_short_summary_beside_the_button_and_moves_to_the_feedback(store, focused):
    exercise = show(YOGA, store=store).exercise
    exercise.answer.value = "You should try yoga."
    exercise.check_button.click()
    focus, row = exercise.answer_area.children[:2]  # the focus first: Tab goes on to Check
    assert focus is exercise.answer_focus
    assert exercise.check_button in row.children and exercise.summary in row.children
    summary = plain(exercise.summary.value)
    assert f"↗ {t('flow.next_steps', n=2)}" in summary  # a mark AND words: open question, advice
    assert len(summary) < 100  # one short line, the sentences are in the feedback
    assert focused == [exercise.answer_focus]
    assert exercise.answer_focus.tabbable is False  # it takes the focus, never a Tab stop
    assert t("flow.next_steps", n=2) in exercise.answer_focus.value  # what a screen reader says
    exercise.retry_button.click()
    assert exercise.summary.value == ""


def test_an_empty_check_moves_to_its_kind_words_too(store, focused):
    exercise = show("mutuality-choose-just-tell-me", store=store).exercise
    exercise.check_button.click()
    assert t("choose.empty") in plain(exercise.feedback.value)
    assert focused == [exercise.answer_focus] and store.attempts() == []


# --- the start of a notebook ---------------------------------------------------------------------


def test_start_says_how_to_begin_before_it_runs_and_what_is_done_once_it_runs(store):
    box = start("02_mutuality", store=store)
    saved = box._repr_mimebundle_()
    assert t("flow.start_item") in saved["text/plain"]
    assert "<strong>Run</strong>" in saved["text/html"]
    total = len(find_notebook("02_mutuality").exercise_ids)
    assert t("flow.none_done", total=total) in plain(box.exercise.counts.value)
    store.record_attempt(YOGA, CURIOUS, [])
    again = start("02_mutuality", store=store).exercise
    assert t("flow.some_done", done=1, total=total) in plain(again.counts.value)
    assert current_page() is again  # the newest first cell is the page


def test_go_moves_to_the_first_exercise_not_done_yet(store, focused):
    page = start("02_mutuality", store=store).exercise
    sort = show("mutuality-sort-advice-or-curiosity", store=store).exercise
    yoga = show(YOGA, store=store).exercise
    assert list(current_page().exercises) == ["mutuality-sort-advice-or-curiosity", YOGA]
    sort.skip_button.click()
    page.go_button.click()
    assert focused == [yoga.anchor]


def test_go_before_the_exercises_have_run_says_what_to_do(store, focused):
    page = start("02_mutuality", store=store).exercise
    page.go_button.click()
    assert focused == [] and t("flow.start_item") in plain(page.status.value)


def test_after_run_all_the_page_goes_to_the_top_or_to_the_first_exercise_not_done(store, focused):
    page = start("02_mutuality", store=store).exercise
    sort = show("mutuality-sort-advice-or-curiosity", store=store).exercise
    yoga = show(YOGA, store=store).exercise
    page.jump()
    assert focused == [page.top]  # nothing done yet: the top
    sort.skip_button.click()
    page.jump()
    assert focused[-1] is yoga.anchor  # some done: the first not done yet
    yoga.skip_button.click()
    page.jump()
    assert focused[-1] is page.top  # all shown are done: the top


def test_a_notebook_without_exercises_has_no_go_button(store):
    box = start("00_welcome", store=store)
    assert box.exercise.go_button not in box.children
    assert t("flow.no_exercises") in plain(box.exercise.counts.value)


class FakeEvents:
    def __init__(self):
        self.callbacks = {"post_run_cell": []}

    def register(self, name, callback):
        self.callbacks[name].append(callback)

    def unregister(self, name, callback):
        self.callbacks[name].remove(callback)

    def trigger(self, name):
        for callback in list(self.callbacks[name]):
            callback(None)


class FakeShell:
    def __init__(self):
        self.events = FakeEvents()


def test_the_page_moves_once_the_kernel_has_run_no_cell_for_a_moment():
    calls, shell = [], FakeShell()

    async def run_all_then_wait():
        loop = asyncio.get_running_loop()
        waiter = AfterRunAll(lambda: calls.append(loop.time()), 0.3)
        assert waiter.arm(shell)
        for _ in range(5):  # five cells, back to back: each puts the move off again
            shell.events.trigger("post_run_cell")
            await asyncio.sleep(0)  # the loop runs between cells, as in a kernel
        last_cell_ended = loop.time()
        assert calls == []
        await asyncio.sleep(1.0)
        assert len(calls) == 1 and calls[0] - last_cell_ended >= 0.25
        shell.events.trigger("post_run_cell")  # a later cell, run on its own: nothing
        await asyncio.sleep(0.5)

    in_a_thread_of_its_own(lambda: asyncio.run(run_all_then_wait()))
    assert len(calls) == 1
    assert shell.events.callbacks["post_run_cell"] == []


def test_outside_a_kernel_nothing_waits_for_run_all():
    assert AfterRunAll(lambda: None).arm(None) is False
    waiter, shell = AfterRunAll(lambda: None), FakeShell()
    waiter.arm(shell)
    # no event loop running: it lets go, quietly
    in_a_thread_of_its_own(lambda: shell.events.trigger("post_run_cell"))
    assert shell.events.callbacks["post_run_cell"] == []


def in_a_thread_of_its_own(work) -> None:
    """Run ``work`` where no event loop runs yet, as in a kernel or a plain script (the browser
    tests' Playwright keeps one running in this thread for the rest of the session)."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as error:  # handed back to the test below
            failed.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=30)
    if failed:
        raise failed[0]


# --- the progress view: titles and links ------------------------------------------------------


def test_progress_view_names_notebooks_and_exercises_by_title_with_links(store):
    store.record_attempt(YOGA, CURIOUS, [])
    page = progress_view(store=store).exercise.table.value
    for notebook in course_notebooks():
        link = f'<a href="{notebook.filename}">{html.escape(notebook.title)}</a>'
        assert link in page, notebook.stem
    assert html.escape(exercises.get_bank()[YOGA].title) in page
    assert YOGA not in page and "<code>" not in page  # no raw ids
    assert t("progress.count", done=1, total=len(find_notebook("02_mutuality").exercise_ids)) in (
        plain(page)
    )


def test_progress_view_escapes_titles(tmp_path, store):
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "08_curiosity.yaml").write_text(
        "schema_version: 1\nscenarios:\n"
        "  - id: curiosity-reflect-wonder\n    values: [curiosity]\n    type: reflect\n"
        f"    title: '{HOSTILE}'\n    prompt: When was someone truly curious about you?\n",
        encoding="utf-8",
    )
    exercises.set_bank_path(folder)
    store.save_journal("curiosity-reflect-wonder", "A note.")
    page = progress_view(store=store).exercise.table.value
    assert HOSTILE not in page and html.escape(HOSTILE) in page
    assert t("progress.others") in page  # in no notebook: listed after them, by its title


def test_notebooks_are_read_from_their_files(tmp_path):
    (tmp_path / "01_first.py").write_text(
        '# %% [markdown]\n# # 01 · First <one>\n\n# %%\nshow("a-b")\n\n# %%\nshow("c-d")\n',
        encoding="utf-8",
    )
    nb = jupytext.writes(jupytext.reads("# 02 · Second\n", fmt="md"), fmt="ipynb")
    (tmp_path / "02_second.ipynb").write_text(nb, encoding="utf-8")
    (tmp_path / "03_broken.ipynb").write_text("not json", encoding="utf-8")
    found = course_notebooks(tmp_path)
    assert [(n.stem, n.title, n.exercise_ids) for n in found] == [
        ("01_first", "01 · First <one>", ("a-b", "c-d")),
        ("02_second", "02 · Second", ()),
    ]
    assert next_notebook("01_first", tmp_path).stem == "02_second"
    assert next_notebook("02_second", tmp_path) is None


# --- the notebooks themselves -------------------------------------------------------------------

NOTEBOOKS = sorted(COURSE_DIR.glob("[0-9][0-9]_*.py"))
FRONT_DOOR = set(exercises.__all__)


def front_door_only(source: str) -> bool:
    """True for a cell that only imports from and calls the front door."""
    body = ast.parse(source).body
    return bool(body) and all(
        (isinstance(n, ast.ImportFrom) and n.module == "widgets.exercises")
        or (
            isinstance(n, ast.Expr)
            and isinstance(n.value, ast.Call)
            and isinstance(n.value.func, ast.Name)
            and n.value.func.id in FRONT_DOOR
        )
        for n in body
    )


@pytest.mark.parametrize("py", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_notebook_opens_with_its_start_and_hides_its_front_door_code(py: Path):
    nb = jupytext.read(py)
    first = nb.cells[0]
    assert first.cell_type == "code" and first.source.endswith(f'start("{py.stem}")')
    code = [c for c in nb.cells if c.cell_type == "code"]
    for cell in code:
        hidden = cell.metadata.get("jupyter", {}).get("source_hidden") is True
        assert hidden == front_door_only(cell.source), cell.source
        if hidden:  # one call a cell: what JupyterLab keeps of hidden code is its first line
            assert not cell.source.startswith("from ") or cell is first, cell.source
    # The executed pair carries the same metadata (what JupyterLab reads).
    pair = json.loads(py.with_suffix(".ipynb").read_text(encoding="utf-8"))
    hidden_in_pair = [
        c["metadata"].get("jupyter", {}).get("source_hidden", False)
        for c in pair["cells"]
        if c["cell_type"] == "code"
    ]
    assert hidden_in_pair == [
        c.metadata.get("jupyter", {}).get("source_hidden", False) for c in code
    ]


@pytest.mark.parametrize("py", NOTEBOOKS, ids=lambda p: p.stem)
def test_facilitator_notes_are_folded_away_behind_one_line(py: Path):
    notes = [c for c in jupytext.read(py).cells if "facilitator" in c.metadata.get("tags", [])]
    assert notes
    for cell in notes:
        lines = cell.source.splitlines()
        assert lines[0] == "<details>" and lines[-1] == "</details>", lines[:2]
        assert re.fullmatch(r"<summary>Facilitator notes: .+ \(click to open\)</summary>", lines[1])
        assert lines[2] == "" and lines[-2] == ""  # markdown inside renders as markdown


@pytest.mark.parametrize("py", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_notebook_ends_with_a_link_to_the_next(py: Path):
    last = jupytext.read(py).cells[-1]
    following = next_notebook(py.stem) or course_notebooks()[0]
    words = "Next" if next_notebook(py.stem) else "Back to the start"
    assert last.cell_type == "markdown"
    assert last.source == f"## [{words}: {following.title}]({following.filename})"
    assert (COURSE_DIR / following.filename).exists()


# --- the learner's JupyterLab: settings and style ----------------------------------------------


def load_config() -> object:
    from traitlets.config import Config

    config = Config()
    path = REPO_ROOT / "jupyter_config" / "jupyter_server_config.py"
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"),  # noqa: S102
         {"get_config": lambda: config, "__file__": str(path)})  # fmt: skip
    return config


def test_the_file_browser_lists_each_notebook_once():
    config = load_config()
    globs = config.ContentsManager.hide_globs
    names = [p.name for p in COURSE_DIR.iterdir()]
    hidden = {n for n in names if any(fnmatch(n, g) for g in globs)}
    assert {p.name for p in NOTEBOOKS} <= hidden
    assert not any(n.endswith(".ipynb") for n in hidden)
    assert {"__pycache__", "*.pyc"} <= set(globs)  # jupyter_server's own kept


def test_the_lab_settings_and_style_the_config_points_at_exist():
    config = load_config()
    assert config.LabApp.custom_css is True
    (custom,) = config.ServerApp.tornado_settings["static_custom_path"]
    assert ".jp-PlaceholderText" in (Path(custom) / "custom.css").read_text(encoding="utf-8")
    overrides = json.loads(
        (Path(config.LabApp.app_settings_dir) / "overrides.json").read_text(encoding="utf-8")
    )
    assert overrides["@jupyterlab/apputils-extension:notification"]["checkForUpdates"] is False


def test_answer_boxes_use_the_font_of_the_page_text():
    assert "textarea{font-family:var(--jp-content-font-family" in STYLE
