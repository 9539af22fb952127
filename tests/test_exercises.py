"""Headless tests of the exercise widgets: build each type, press its buttons, read the feedback."""

from __future__ import annotations

import html
import re

import ipywidgets as widgets
import pytest

from widgets import exercises
from widgets.content.scenarios import (
    ModelAnswer,
    Option,
    Scenario,
    SortCategory,
    SortItem,
    Spot,
)
from widgets.core import text
from widgets.core.paths import REPO_DATA
from widgets.core.values import VALUES
from widgets.exercises import build, demo, progress_view, rubric, self_check, show
from widgets.scoring import LABELS
from widgets.store import MemoryProgressStore, ProgressStore, StoreError, get_store, reset_store
from widgets.ui.pair_practice import PairRubricView
from widgets.ui.summary import PersonalSummary

HOSTILE = "<img src=x onerror=alert(1)>"

TINY_BANK = """\
schema_version: 1
scenarios:
  - id: curiosity-rewrite-sleep
    values: [curiosity, mutuality]
    type: rewrite
    title: Can't switch off
    setting: An online group for new parents, evening session.
    peer_says: "I just can't switch off at night."
    prompt: Rewrite the response as one curious, open question.
    draft: "Have you tried yoga? It really helped me."
    target_labels: [open_question]
    avoid_labels: [advice]
    model_answers:
      - text: "What tends to be on your mind when you can't switch off?"
        why: It invites their own story.
    hints: ["Start with 'what' or 'how'."]
    topics: [sleep]
  - id: curiosity-choose-new-town
    values: [curiosity]
    type: choose
    title: New in town
    peer_says: "I moved here last month and I don't know anyone."
    prompt: Which response is most curious?
    options:
      - {text: "You should join a club.", best: false, why: It jumps to advice.}
      - {text: "What has the move been like for you?", best: true, why: It opens a story.}
      - {text: "At least you have a job.", best: false, why: It minimizes the feeling.}
    model_answers:
      - {text: "What has the move been like for you?", why: It opens a story.}
    hints: ["Which one asks and then listens?"]
  - id: curiosity-reflect-wonder
    values: [curiosity]
    type: reflect
    title: When someone was curious about you
    prompt: Think of a time someone was truly curious about you. What did it feel like?
"""


@pytest.fixture(autouse=True)
def clean_home(tmp_path, monkeypatch):
    """Every test gets its own progress file, a fresh shared store and fresh caches."""
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PEER_COURSE_LANG", raising=False)
    reset_store()
    exercises.reset()
    yield
    reset_store()
    exercises.set_bank_path(None)
    exercises.reset()


@pytest.fixture
def tiny_bank(tmp_path):
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "08_curiosity.yaml").write_text(TINY_BANK, encoding="utf-8")
    exercises.set_bank_path(folder)
    return folder


def rewrite_scenario(**changes) -> Scenario:
    fields = dict(
        id="curiosity-rewrite-test",
        values=("curiosity",),
        type="rewrite",
        title="Can't switch off",
        prompt="Rewrite the response as one curious, open question.",
        setting="An online peer support group, evening session.",
        peer_says="I just can't switch off at night.",
        draft="Have you tried yoga? It really helped me.",
        target_labels=("open_question",),
        avoid_labels=("advice",),
        model_answers=(ModelAnswer("What is on your mind at night?", "It invites a story."),),
        hints=("Start with 'what' or 'how'.", "Leave the solution out."),
    )
    fields.update(changes)
    return Scenario(**fields)


def choose_scenario() -> Scenario:
    return Scenario(
        id="curiosity-choose-test",
        values=("curiosity",),
        type="choose",
        title="New in town",
        prompt="Which response is most curious?",
        peer_says="I don't know anyone here.",
        options=(
            Option("You should join a club.", False, "It jumps to advice."),
            Option("What has the move been like for you?", True, "It opens a story."),
            Option("At least you have a job.", False, "It minimizes the feeling."),
        ),
        model_answers=(ModelAnswer("What has the move been like?", "It opens a story."),),
        hints=("Which one listens?",),
    )


def sort_scenario() -> Scenario:
    return Scenario(
        id="hope-sort-test",
        values=("hope_and_wholeness",),
        type="sort",
        title="Hope or bright side?",
        prompt="Sort each phrase.",
        categories=(SortCategory("hope", "Hope"), SortCategory("bright", "Bright side only")),
        items=(
            SortItem("Things can change.", "hope", "It holds possibility."),
            SortItem("Look on the bright side!", "bright", "It skips the hard part."),
            SortItem("Healing is possible.", "hope", "It holds possibility."),
            SortItem("It could be worse.", "bright", "It shrinks the feeling."),
        ),
        model_answers=(ModelAnswer("Things can change.", "Hope."),),
        hints=("Hope makes room for the hard part.",),
    )


def spot_scenario() -> Scenario:
    return Scenario(
        id="curiosity-spot-test",
        values=("curiosity",),
        type="spot",
        title="Spot the slips",
        prompt="Mark the words that strain curiosity.",
        draft="Honestly, you should try yoga. Why did you stop going?",
        spots=(
            Spot("you should", "advice", "It tells them what to do."),
            Spot("Why did you", "why_question", "It can sound like a judgement."),
        ),
        model_answers=(ModelAnswer("What was going on when you stopped?", "Open."),),
        hints=("Look for a 'should'.",),
    )


def reflect_scenario() -> Scenario:
    return Scenario(
        id="curiosity-reflect-test",
        values=("curiosity",),
        type="reflect",
        title="Curious about you",
        prompt="When was someone truly curious about you?",
    )


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from walk(child)


# --- rewrite / reframe ------------------------------------------------------------------------


def test_advice_in_a_rewrite_is_named_and_highlighted():
    exercise = build(rewrite_scenario()).exercise
    exercise.answer.value = "You should try yoga, it really helps."
    exercise.check_button.click()
    shown = exercise.feedback.value
    assert LABELS["advice"].title in shown
    assert "<mark" in shown and "You should" in shown
    assert "Not yet" in shown and "wrong" not in shown.lower()
    attempt = get_store().attempts("curiosity-rewrite-test")[-1]
    assert "advice" in attempt.labels
    assert attempt.value == "curiosity" and not attempt.skipped


def test_open_question_is_recognised_and_strengths_come_first():
    exercise = build(rewrite_scenario()).exercise
    exercise.answer.value = "What tends to be on your mind when you can't switch off?"
    exercise.check_button.click()
    shown = html.unescape(exercise.feedback.value)
    assert f"You showed: {LABELS['open_question'].title}." in shown
    assert "It shows up in “What tends to be on your mind when you can't switch off?”" in shown
    # Advice was not noticed: the learner is asked to check, never told it was avoided.
    assert "avoided" not in shown.lower()
    assert text.t("rewrite.summary_clear", slips="advice") in shown
    checks = shown.index(text.t("rewrite.check_heading"))
    assert shown.index(text.t("feedback.did_well")) < checks
    words = re.sub(r"<[^>]+>", "", shown[checks:])
    assert f"• {LABELS['advice'].title}: {LABELS['advice'].check}" in words
    assert f"✓ {LABELS['advice'].title}" not in shown
    assert "open_question" in get_store().attempts()[-1].labels


def test_empty_answer_is_a_kind_nudge_and_not_recorded():
    exercise = build(rewrite_scenario()).exercise
    exercise.check_button.click()
    assert html.escape(text.t("rewrite.empty")) in exercise.feedback.value
    assert get_store().attempts() == []
    assert exercise.model_button.disabled


def test_mixed_answer_lists_every_strength_before_any_next_step():
    exercise = build(rewrite_scenario()).exercise
    exercise.answer.value = "You should try yoga. What helps you at night?"
    exercise.check_button.click()
    shown = html.unescape(exercise.feedback.value)
    did_well, next_steps = (
        shown.index(text.t("feedback.did_well")),
        shown.index(text.t("feedback.next_steps")),
    )
    showed = shown.index(f"You showed: {LABELS['open_question'].title}")
    # (the summary line above the feedback may name the slip too; the checklist is below it)
    still = shown.index(text.t("rewrite.still_there", label=LABELS["advice"].title), did_well)
    assert did_well < showed < next_steps < still
    # The advice is named once as a next step, with its words and what to try instead.
    assert f"{text.t('feedback.not_yet')} {LABELS['advice'].title}" not in shown
    assert LABELS["advice"].next_step in shown[still:]
    assert "“You should”" in shown[still:]


def test_reframe_has_its_own_framing():
    scenario = rewrite_scenario(
        id="strength-reframe-test",
        type="reframe",
        values=("strength_based",),
        reframe_kind="deficit_to_strength",
        draft="You're failing at everything.",
        target_labels=("strength",),
        avoid_labels=("deficit",),
    )
    box = build(scenario)
    page = html.unescape("".join(w.value for w in walk(box) if isinstance(w, widgets.HTML)))
    assert text.t("reframe.deficit_to_strength") in page
    box.exercise.answer.value = "You've kept going through so much."
    box.exercise.check_button.click()
    assert box.exercise.feedback.value


# --- shared buttons ---------------------------------------------------------------------------


def test_skip_is_recorded_and_kind():
    exercise = build(rewrite_scenario()).exercise
    exercise.skip_button.click()
    attempt = get_store().attempts("curiosity-rewrite-test")[-1]
    assert attempt.skipped
    assert "fine" in exercise.status.value
    assert not exercise.model_button.disabled


def test_hints_one_by_one_and_model_answer_only_after_a_try():
    exercise = build(rewrite_scenario()).exercise
    assert exercise.model_button.disabled
    exercise.hint_button.click()
    assert "Start with" in html.unescape(exercise.hint_area.value)
    assert "Leave the solution out" not in exercise.hint_area.value
    exercise.hint_button.click()
    assert "Leave the solution out" in exercise.hint_area.value
    assert exercise.hint_button.disabled
    exercise.on_model()
    assert "What is on your mind" not in exercise.model_area.value
    exercise.answer.value = "How are nights for you?"
    exercise.check_button.click()
    exercise.model_button.click()
    assert "What is on your mind at night?" in exercise.model_area.value
    assert "It invites a story." in exercise.model_area.value


def test_try_again_clears_feedback_and_keeps_words():
    exercise = build(rewrite_scenario()).exercise
    exercise.answer.value = "You should rest."
    exercise.check_button.click()
    exercise.retry_button.click()
    assert exercise.feedback.value == ""
    assert exercise.answer.value == "You should rest."


def test_content_note_comes_before_the_scenario():
    box = build(rewrite_scenario(content_note="This one mentions a loss.", topics=("grief",)))
    exercise = box.exercise
    before = "".join(w.value for w in walk(box) if isinstance(w, widgets.HTML))
    assert "This one mentions a loss." in before
    assert "switch off at night" not in before
    exercise.note_skip_button.click()
    assert get_store().attempts()[-1].skipped
    exercise.continue_button.click()
    after = "".join(w.value for w in walk(box) if isinstance(w, widgets.HTML))
    assert "switch off at night" in after


# --- choose, sort, spot -----------------------------------------------------------------------


def test_choose_explains_the_choice_and_reveals_every_why_after_a_try():
    exercise = build(choose_scenario()).exercise
    assert exercise.reveal_button.disabled
    exercise.choice.value = 0
    exercise.check_button.click()
    assert "It jumps to advice." in exercise.feedback.value
    assert "Not yet" in exercise.feedback.value
    exercise.reveal_button.click()
    for why in ("It jumps to advice.", "It opens a story.", "It minimizes the feeling."):
        assert why in exercise.extra_area.value
    exercise.retry_button.click()
    exercise.choice.value = 1
    exercise.check_button.click()
    assert "A strong choice" in exercise.feedback.value
    exercise.model_button.click()
    assert exercise.model_area.value.count("What has the move been like") == 2  # best + model
    assert [a.response for a in get_store().attempts()] == [
        "You should join a club.",
        "What has the move been like for you?",
    ]


def test_sort_reports_each_item_with_why():
    exercise = build(sort_scenario()).exercise
    exercise.dropdowns[0].value = "hope"
    exercise.dropdowns[1].value = "hope"
    exercise.check_button.click()
    shown = html.unescape(exercise.feedback.value)
    assert "1 of 4 phrases match" in shown
    assert "Matches: Hope." in shown and "It holds possibility." in shown
    assert "it fits best under Bright side only" in shown and "It skips the hard part." in shown
    assert "not chosen yet" in shown
    assert shown.index("Matches") < shown.index("Not yet")
    assert get_store().attempts()[-1].value == "hope_and_wholeness"


def test_spot_compares_marked_words_with_the_spots():
    exercise = build(spot_scenario()).exercise
    words = [toggle.description for toggle in exercise.toggles]
    assert words[:3] == ["Honestly,", "you", "should"]
    assert all(toggle.tooltip for toggle in exercise.toggles)
    exercise.toggles[0].value = True  # "Honestly," is not a spot
    exercise.toggles[2].value = True  # "should" is inside "you should"
    exercise.check_button.click()
    shown = html.unescape(exercise.feedback.value)
    assert "You found 1 of 2." in shown
    assert "Found:" in shown and "It tells them what to do." in shown
    assert "Not yet found:" in shown and "Why did you" in shown
    assert "Also marked:" in shown and "Honestly," in shown
    assert get_store().attempts()[-1].labels == ("advice",)
    exercise.model_button.click()
    assert "<mark" in exercise.model_area.value


# --- reflect, self-check, progress ------------------------------------------------------------


def test_journal_is_saved_privately_and_never_scored():
    box = build(reflect_scenario())
    exercise = box.exercise
    assert "never leaves this machine" in exercise.privacy.value
    assert str(get_store().path) in html.unescape(exercise.privacy.value)
    exercise.entry.value = "Someone asked about my garden " + HOSTILE
    exercise.check_button.click()
    entries = get_store().journal("curiosity-reflect-test")
    assert [e.text for e in entries] == ["Someone asked about my garden " + HOSTILE]
    assert get_store().attempts() == []
    assert HOSTILE not in exercise.earlier.value
    assert html.escape(HOSTILE) in exercise.earlier.value
    again = build(reflect_scenario()).exercise
    assert "garden" in again.earlier.value


def test_selfcheck_saves_and_after_compares_with_before():
    before = self_check("before").exercise
    before.sliders["curiosity"].value = 2
    before.save_button.click()
    after = self_check("after").exercise
    after.sliders["curiosity"].value = 4
    after.save_button.click()
    saved = get_store().selfchecks()
    assert saved["before"]["curiosity"] == 2 and saved["after"]["curiosity"] == 4
    chart = after.chart.value
    assert "<img" in chart and 'alt="' in chart and "<table>" in chart
    assert "up 2" in chart


def test_selfcheck_sliders_are_labelled_with_value_titles():
    box = self_check("before")
    sliders = [w for w in walk(box) if isinstance(w, widgets.IntText)]
    assert len(sliders) == len(VALUES)
    for slider, title in zip(sliders, VALUES.values(), strict=True):
        assert title in slider.description and "1 to 5" in slider.description
    page = "".join(w.value for w in walk(box) if isinstance(w, widgets.HTML))
    assert "1 = not yet confident" in page and "5 = very confident" in page


def test_progress_view_counts_done_exercises(tiny_bank):
    show("curiosity-choose-new-town").exercise.skip_button.click()
    reflect = show("curiosity-reflect-wonder").exercise
    reflect.entry.value = "A note."
    reflect.check_button.click()
    box = progress_view()
    page = box.exercise.table.value
    assert "2 of 3" in page
    # Exercises by their titles (never their ids); the tiny bank's are in no notebook.
    assert "New in town" in page and "When someone was curious about you" in page
    assert "curiosity-choose-new-town" not in page and "Other exercises" in page
    assert '<a href="08_curiosity.ipynb">08 · Curiosity</a>' in page


def test_show_builds_from_the_bank_and_caches_it(tiny_bank):
    first = show("curiosity-rewrite-sleep")
    (tiny_bank / "08_curiosity.yaml").write_text("broken: [", encoding="utf-8")
    second = show("curiosity-rewrite-sleep")  # the bank is read once per process
    assert first.exercise.s == second.exercise.s


def test_show_lists_bank_problems_instead_of_a_traceback(tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "08_curiosity.yaml").write_text(
        TINY_BANK.replace("type: choose", "type: chose"), encoding="utf-8"
    )
    exercises.set_bank_path(folder)
    box = show("curiosity-choose-new-town")
    page = html.unescape(box.children[0].value)
    assert "08_curiosity.yaml" in page and "row 2" in page and "column 'type'" in page
    assert "could not be loaded" in box._repr_mimebundle_()["text/plain"]


def test_unknown_id_suggests_close_ids(tiny_bank):
    box = show("curiosity-choose-new-twn")
    assert "curiosity-choose-new-town" in box.children[0].value


def test_store_notice_shown_once_at_the_top(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "progress.sqlite3").write_bytes(b"this is not a database")
    reset_store()
    first = build(rewrite_scenario())
    second = build(rewrite_scenario())
    notice = " ".join(text.t(n.key, **n.fields) for n in get_store().notices)
    assert notice
    assert html.escape(notice) in first.children[0].value
    assert all(notice not in getattr(w, "value", "") for w in walk(second))


class LockedStore(MemoryProgressStore):
    """A store whose database is locked: every save raises the store's own error."""

    def record_attempt(self, *args, **kwargs):
        raise StoreError("database is locked")

    def save_journal(self, prompt_id, text):
        raise StoreError("database is locked")


def test_a_locked_store_is_said_kindly_by_pair_practice_and_the_journal():
    failed = html.escape(text.t("common.save_failed", error="database is locked"))
    view = PairRubricView(store=LockedStore())
    first = view.rubric.lines[0].id
    view.self_inputs[first].value = 2
    view.on_compare()
    view.on_save()  # does not raise
    said = html.unescape(view.status.value)
    assert text.t("pair_practice.save_failed", error="database is locked") in said
    assert "role='status'" in view.status.value and "<pre" in view.table.value
    exercise = build(reflect_scenario(), store=LockedStore()).exercise
    exercise.entry.value = "My words stay."
    exercise.check_button.click()  # does not raise
    assert failed in exercise.feedback.value and 'role="status"' in exercise.feedback.value
    assert exercise.entry.value == "My words stay."
    rewrite = build(rewrite_scenario(), store=LockedStore()).exercise
    rewrite.answer.value = "What helps you at night?"
    rewrite.check_button.click()  # the feedback still shows; the failed save is said kindly
    assert rewrite.feedback.value and failed in rewrite.status.value


def _play_to_an_end(box) -> None:
    """Play a role-play by its buttons: go on past notes, pick the first reply, answer in words."""
    for _ in range(40):
        found = {b.description: b for b in walk(box) if isinstance(b, widgets.Button)}
        areas = [w for w in walk(box) if isinstance(w, widgets.Textarea)]
        go = found.get(text.t("roleplay.start")) or found.get(text.t("roleplay.continue"))
        if go is not None:
            go.click()
        elif text.t("roleplay.reply_button", letter="A") in found:
            found[text.t("roleplay.reply_button", letter="A")].click()
        elif areas and text.t("roleplay.send") in found:
            areas[0].value = "It sounds like a lot. What has it been like for you?"
            found[text.t("roleplay.send")].click()
        else:
            return


def test_personal_summary_starts_from_the_role_play_saved_in_the_store(tmp_path):
    store = ProgressStore(tmp_path / "progress.sqlite3")
    box = exercises.roleplay("closing", store=store)
    _play_to_an_end(box)
    play = box.roleplay.play
    assert play.finished
    expected = PersonalSummary(store, play=play).draft()
    exercises.reset()  # forgets every cache: nothing about the play is left in the kernel
    for same in (store, ProgressStore(tmp_path / "progress.sqlite3")):  # also after a restart
        summary = exercises.personal_summary(store=same)
        fill = next(
            b
            for b in walk(summary)
            if isinstance(b, widgets.Button) and b.description == text.t("roleplay.summary_fill")
        )
        fill.click()
        assert summary.summary.parts.entry.value == expected
        assert text.t("roleplay.draft_keep") in expected
        assert html.escape(text.t("roleplay.summary_filled")) in summary.summary.parts.status.value


def test_the_replayed_play_is_the_last_one_that_reached_an_end(tmp_path):
    from widgets.content.roleplay import load_roleplay
    from widgets.ui.summary import last_finished_play

    store = ProgressStore(tmp_path / "progress.sqlite3")
    box = exercises.roleplay("closing", store=store)
    view = box.roleplay
    assert last_finished_play(store.attempts()) is None
    view.on_open()
    view.on_choose(1)
    view.on_restart()  # half a play, then Start again
    _play_to_an_end(box)
    finished = [t.node_id for t in view.play.transcript]
    view.on_restart()
    view.on_skip()  # a new play begun but not finished: the finished one still counts
    replayed = last_finished_play(store.attempts(), [load_roleplay("closing")])
    assert replayed is not None and replayed.finished
    assert [t.node_id for t in replayed.transcript] == finished


# --- safety, accessibility, display ------------------------------------------------------------


def test_hostile_text_is_escaped_everywhere():
    box = build(rewrite_scenario(peer_says=HOSTILE, title="Title " + HOSTILE))
    exercise = box.exercise
    exercise.answer.value = "You should " + HOSTILE
    exercise.check_button.click()
    for widget in walk(box):
        if isinstance(widget, widgets.HTML):
            assert HOSTILE not in widget.value
    assert html.escape(HOSTILE) in exercise.feedback.value
    assert HOSTILE not in box._repr_mimebundle_()["text/html"]
    assert HOSTILE not in demo(HOSTILE).data
    assert html.escape(HOSTILE) in demo(HOSTILE).data


def test_every_control_is_labelled():
    boxes = [
        build(rewrite_scenario(content_note="A note.")),
        build(choose_scenario()),
        build(sort_scenario()),
        build(spot_scenario()),
        build(reflect_scenario()),
        self_check("before"),
    ]
    boxes[0].exercise.continue_button.click()
    for box in boxes:
        for widget in walk(box):
            if isinstance(widget, widgets.Button | widgets.ToggleButton):
                assert widget.description.strip() and widget.tooltip, widget
            elif isinstance(widget, widgets.Label):  # named by its words (the page moves there)
                assert widget.value.strip() and widget.tabbable is False, widget
            elif isinstance(widget, widgets.ValueWidget) and not isinstance(widget, widgets.HTML):
                assert widget.description.strip(), widget


def test_saved_notebook_fallback_is_readable_text():
    bundle = build(rewrite_scenario())._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    for mime in ("text/plain", "text/html"):
        shown = html.unescape(bundle[mime])
        assert "Can't switch off" in shown
        assert "I just can't switch off at night." in shown
        assert "Run this cell (Shift+Enter) to start this exercise." in shown


def test_demo_is_deterministic():
    first = demo("Have you tried yoga? It helped me.").data
    assert first == demo("Have you tried yoga? It helped me.").data
    assert "model_id" not in first and "Have you tried yoga?" in first
    assert repr(demo("Have you tried yoga?")).startswith("Example response: Have you tried yoga?")


def test_rubric_lists_labels_in_words():
    page = rubric("curiosity").data
    assert LABELS["open_question"].title in page
    assert "Lives the values" in page or "Worth noticing" in page


def test_real_bank_builds_every_exercise():
    """Every scenario in data/scenarios builds into a widget (skipped until the bank is clean)."""
    from widgets.content.scenarios import validate_bank

    bank, problems = validate_bank()
    assert bank is not None and not problems, [str(p) for p in problems]
    for sid in bank.ids():
        box = build(bank[sid])
        assert box.exercise.s.id == sid


# --- UI words ---------------------------------------------------------------------------------


def test_missing_text_key_names_file_and_key():
    with pytest.raises(text.TextKeyError) as info:
        text.t("buttons.no_such_button")
    assert "buttons.no_such_button" in str(info.value) and "en.yaml" in str(info.value)


def test_another_language_falls_back_to_english(tmp_path, monkeypatch):
    folder = tmp_path / "text"
    folder.mkdir()
    english = REPO_DATA / "text" / "en.yaml"
    (folder / "en.yaml").write_text(english.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "fr.yaml").write_text('buttons:\n  skip: "Passer"\n', encoding="utf-8")
    monkeypatch.setattr(text, "DATA_DIR", tmp_path)
    monkeypatch.setenv("PEER_COURSE_LANG", "fr")
    text.clear_cache()
    assert text.t("buttons.skip") == "Passer"
    assert text.t("buttons.hint") == "Hint"


def test_a_huge_paste_gets_short_readable_feedback_and_is_saved_whole():
    exercise = build(rewrite_scenario()).exercise
    paste = "It sounds hard. Have you tried yoga? " * 6000  # ~220 KB
    exercise.answer.value = paste
    exercise.check_button.click()
    shown = html.unescape(exercise.feedback.value)
    assert len(shown) < 60_000  # a page a browser can show, not megabytes of marks
    assert text.t("feedback.times", n="6,000") in shown  # repeats are counted, not listed
    assert "221,999" in shown  # says the answer was cut for display only
    assert "“Have you tried” “Have you tried”" not in shown
    assert get_store().attempts("curiosity-rewrite-test")[-1].response == paste.strip()


def test_odd_unicode_is_escaped_isolated_and_kept():
    exercise = build(rewrite_scenario()).exercise
    odd = "What helps you when the nights are long? \u202egnorw\u202c 🙂 زن 家 e\u0301 <b>x</b>"
    exercise.answer.value = odd
    exercise.check_button.click()
    shown = exercise.feedback.value
    assert 'dir="auto"' in shown and "unicode-bidi:isolate" in shown
    assert "<b>x</b>" not in shown and "&lt;b&gt;x&lt;/b&gt;" in shown
    assert get_store().attempts("curiosity-rewrite-test")[-1].response == odd
    # Words the feedback cannot read: its plain note, no markup, and the words are still saved.
    other = "Lo siento mucho. ¿Qué te ayudaría ahora mismo? <b>x</b> \u202egnorw\u202c"
    exercise.answer.value = other
    exercise.check_button.click()
    shown = exercise.feedback.value
    assert html.escape(text.t("feedback.other_language")) in shown and "<b>x</b>" not in shown
    assert get_store().attempts("curiosity-rewrite-test")[-1].response == other
