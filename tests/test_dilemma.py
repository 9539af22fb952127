"""The dilemma exercise (issue 13, item 3): situations with no single right answer.

Headless: build the widget, choose, write, press, read the HTML. A dilemma is never scored and no
option is marked right or wrong; the voices appear only after the learner chooses or skips; the
feedback names the themes the learner's words touched (pointing at them) and never what they
missed; the reasoning is saved like an answer and left out of an anonymous export. The checker
names the file, row, field and line of every problem in a dilemma entry.
"""

from __future__ import annotations

import copy
import csv
import html
import re
from pathlib import Path

import ipywidgets as ipw
import pytest
import yaml

from widgets import exercises
from widgets.content import themes as theme_module
from widgets.content.scenarios import Option, Scenario, Voice, validate_bank
from widgets.core.datafiles import DataFileError
from widgets.core.paths import COURSE_DIR, REPO_DATA
from widgets.core.text import t
from widgets.core.values import NOTEBOOKS, VALUES, value_title
from widgets.exercises import build, get_bank, show
from widgets.store import MemoryProgressStore, ProgressStore, reset_store
from widgets.ui.dilemma import DilemmaExercise

HOSTILE = "<img src=x onerror=alert(1)>"


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


def plain(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def dilemma(**changes) -> Scenario:
    fields = dict(
        id="mutuality-dilemma-test",
        values=("mutuality", "self_determination"),
        type="dilemma",
        title="A thought you could offer",
        prompt="Which way do you lean? Choose one, then write why.",
        setting="A café. Marek, 47, a lorry driver, has talked for weeks about his evenings.",
        peer_says="Same again this week.",
        options=(
            Option("Wait for him to ask for ideas.", False, "", "wait"),
            Option("Ask whether he'd like to hear a thought.", False, "", "ask"),
            Option("Share your own story, then hand it back.", False, "", "story"),
        ),
        voices=(
            Voice("A peer worker in a crisis house", "wait", "It keeps the choice with him."),
            Voice("A peer worker in a men's project", "ask", "Asking keeps it mutual."),
            Voice("A peer tutor", "story", "A story is not a suggestion; honest sharing."),
        ),
        weighs=("self_determination", "mutuality", "honesty"),
        supervision_question="How do I make 'no' a real option?",
        hints=("Whose idea would it be?",),
    )
    fields.update(changes)
    return Scenario(**fields)


def exercise(scenario: Scenario | None = None, store=None) -> DilemmaExercise:
    box = build(scenario or dilemma(), store=store if store is not None else MemoryProgressStore())
    return box.exercise


def answer(ex: DilemmaExercise, option: int | None, reasoning: str = "") -> None:
    ex.choice.value = option
    ex.reasoning.value = reasoning
    ex.check_button.click()


def every_value(ex: DilemmaExercise) -> str:
    """All the HTML the exercise shows right now (every HTML widget, however deep)."""
    found: list[str] = []

    def walk(widget):
        if isinstance(widget, ipw.HTML):
            found.append(widget.value)
        for child in getattr(widget, "children", ()):
            walk(child)

    walk(ex.widget)
    return " ".join(found)


# --- rendering and controls -------------------------------------------------------------------


def test_the_type_is_registered_and_builds_from_the_bank():
    box = show("mutuality-dilemma-a-thought-to-offer")
    assert isinstance(box.exercise, DilemmaExercise)
    shown = plain(every_value(box.exercise))
    assert t("kinds.dilemma") in shown
    assert t("dilemma.framing") in shown
    assert "Marek" in shown


def test_controls_are_labelled_for_keyboard_and_screen_readers():
    ex = exercise()
    assert isinstance(ex.choice, ipw.RadioButtons)  # native radios: arrow keys and Tab work
    assert ex.choice.description == t("dilemma.label") == ex.choice.tooltip
    assert [label for label, _ in ex.choice.options] == [o.text for o in ex.s.options]
    assert ex.choice.value is None  # nothing chosen for the learner
    assert isinstance(ex.reasoning, ipw.Textarea)
    assert ex.reasoning.description == t("dilemma.reasoning_label") == ex.reasoning.tooltip
    buttons = ex.action_buttons()
    assert [b.description for b in buttons] == [
        t("dilemma.check"),
        t("buttons.hint"),
        t("buttons.skip"),
    ]
    assert all(b.tooltip for b in buttons)
    assert ex.check_button.tooltip == t("dilemma.check_tooltip")
    assert t("dilemma.privacy") in plain(every_value(ex))


def test_no_hint_button_without_hints():
    ex = exercise(dilemma(hints=()))
    assert ex.hint_button not in ex.action_buttons()


def test_voices_are_hidden_until_the_learner_chooses():
    ex = exercise()
    for voice in ex.s.voices:
        assert voice.why not in plain(every_value(ex))
    assert "How do I make" not in plain(every_value(ex))
    ex.check_button.click()  # nothing chosen yet
    assert t("dilemma.empty") in plain(ex.feedback.value)
    assert ex.extra_area.value == ""
    ex.reasoning.value = "I'd wait."  # words alone are not a choice
    ex.check_button.click()
    assert ex.extra_area.value == ""
    answer(ex, 0, "I'd wait.")
    shown = plain(ex.extra_area.value)
    for voice in ex.s.voices:
        assert voice.name in shown and voice.why in shown
    assert "How do I make 'no' a real option?" in shown


def test_voices_show_who_leans_which_way_and_none_is_marked_right():
    ex = exercise()
    answer(ex, 1, "Asking keeps his choice.")
    voices = re.findall(r"<li>(.*?)</li>", ex.extra_area.value, flags=re.DOTALL)
    assert len(voices) == 3
    for item, voice, option in zip(voices, ex.s.voices, ex.s.options, strict=True):
        text = plain(item)
        assert f"{t('dilemma.leans')} “{option.text}”" in text
        assert (t("dilemma.as_you_do") in text) == (voice.leans == "ask")
    page = plain(ex.feedback.value + ex.extra_area.value)
    for verdict in (t("choose.best"), t("choose.not_yet"), "✓", "↗", "wrong", "correct"):
        assert verdict not in page
    assert t("dilemma.no_right_answer") in page
    assert t("dilemma.supervision") in page


# --- what the feedback says about the learner's words -----------------------------------------


def test_feedback_names_the_themes_with_the_learners_own_words():
    ex = exercise()
    answer(ex, 1, "It's his Choice, and I'd be honest that I'm unsure. His DECISION.")
    page = plain(ex.feedback.value)
    assert f"{t('dilemma.you_lean')} {ex.s.options[1].text}" in page
    sd = value_title("self_determination")
    assert f"{sd} (“Choice”, “DECISION”)" in page  # the words as written, each once
    assert "Honesty (“honest”)" in page
    assert t("dilemma.also_weighed", themes=value_title("mutuality")) in page
    for claim in ("missed", "didn't mention", "forgot", "not yet", "wrong"):
        assert claim not in page.lower()


def test_every_theme_the_voices_weighed_touched():
    ex = exercise()
    answer(ex, 0, "Her choice, side by side, and honest.")
    page = plain(ex.feedback.value)
    assert t("dilemma.same_weighed") in page and "also weighed" not in page


def test_reasoning_with_no_theme_words_is_not_judged():
    ex = exercise()
    answer(ex, 2, "Hmm, I'd go with my gut on this one.")
    page = plain(ex.feedback.value)
    assert t("dilemma.no_match") in page
    assert "You wrote about" not in page
    titles = [value_title("self_determination"), value_title("mutuality"), "Honesty"]
    assert t("dilemma.weighed", themes=f"{titles[0]}, {titles[1]} and {titles[2]}") in page


def test_no_reasoning_is_fine_and_said_kindly():
    ex = exercise()
    answer(ex, 0, "")
    page = plain(ex.feedback.value)
    assert t("dilemma.no_reasoning") in page
    assert ex.extra_area.value  # the voices are there all the same


# --- saving, privacy, skipping ----------------------------------------------------------------


def test_choice_and_reasoning_are_saved_as_an_attempt():
    store = MemoryProgressStore()
    ex = exercise(store=store)
    answer(ex, 1, "Asking keeps his choice.")
    answer(ex, 2, "On reflection, my story is more honest.")  # a change of mind is saved too
    first, second = store.attempts()
    assert first.exercise_id == "mutuality-dilemma-test" and first.value == "mutuality"
    assert first.response == "Ask whether he'd like to hear a thought.\nAsking keeps his choice."
    assert first.labels == ("curiosity", "self_determination") and not first.skipped
    assert second.response.endswith("my story is more honest.")
    assert "honesty" in second.labels and "mutuality" in second.labels
    shown = plain(ex.extra_area.value)
    assert shown.count(t("dilemma.as_you_do")) == 1  # it follows the latest choice


def test_reasoning_never_reaches_an_anonymous_export(tmp_path):
    store = ProgressStore(tmp_path / "progress.sqlite3")
    ex = exercise(store=store)
    secret = "My own supervisor once told me something private about this."
    answer(ex, 0, secret)
    anonymous = tmp_path / "anonymous.csv"
    store.export(anonymous)
    text = anonymous.read_text(encoding="utf-8-sig")
    assert "supervisor" not in text and ex.s.options[0].text not in text
    rows = [r for r in csv.DictReader(text.splitlines()) if r["record_type"] == "attempt"]
    assert rows and rows[0]["exercise_id"] == "mutuality-dilemma-test"
    assert rows[0]["response"] == ""
    own = tmp_path / "mine.csv"
    store.export(own, anonymous=False)  # the learner's own full copy keeps their words
    assert "supervisor" in own.read_text(encoding="utf-8-sig")


def test_skip_saves_a_skip_and_then_shows_the_voices():
    store = MemoryProgressStore()
    ex = exercise(store=store)
    ex.skip_button.click()
    (attempt,) = store.attempts()
    assert attempt.skipped and attempt.response == ""
    assert t("dilemma.skipped") in plain(ex.status.value)
    shown = plain(ex.extra_area.value)
    assert all(v.why in shown for v in ex.s.voices)
    assert t("dilemma.as_you_do") not in shown


def test_content_note_comes_first_and_can_be_skipped():
    store = MemoryProgressStore()
    ex = exercise(dilemma(content_note="This one mentions a hard time."), store=store)
    assert ex.main not in ex.widget.children
    assert ex.s.voices[0].why not in plain(every_value(ex))
    ex.note_skip_button.click()
    assert store.attempts()[0].skipped
    ex.continue_button.click()
    assert ex.main in ex.widget.children


def test_a_failed_save_is_said_kindly_and_the_voices_still_show():
    class Full(MemoryProgressStore):
        def record_attempt(self, *args, **kwargs):
            raise OSError("disk full")

    ex = exercise(store=Full())
    answer(ex, 0, "Wait.")
    assert "disk full" in plain(ex.status.value)
    assert ex.extra_area.value


def test_trainer_and_learner_text_is_escaped():
    scenario = dilemma(
        title=HOSTILE,
        setting=HOSTILE,
        peer_says=HOSTILE,
        prompt=HOSTILE,
        options=(Option(HOSTILE, False, "", "a"), Option("Two", False, "", "b")),
        voices=(Voice(HOSTILE, "a", HOSTILE), Voice("Other", "b", "Choice.")),
        supervision_question=HOSTILE,
    )
    ex = exercise(scenario)
    answer(ex, 0, f"{HOSTILE} choice")
    page = every_value(ex) + ex.feedback.value + ex.extra_area.value
    assert "<img" not in page and "&lt;img" in page
    assert "<img" not in ex.widget.fallback_html


def test_saved_notebook_text_shows_the_options_but_not_the_voices():
    ex = exercise()
    text, page = ex.widget.fallback_text, ex.widget.fallback_html
    for option in ex.s.options:
        assert option.text in text
    for voice in ex.s.voices:
        assert voice.why not in text and voice.why not in page


# --- the word lists ---------------------------------------------------------------------------


def test_value_words_cover_every_value_and_match_whole_words():
    themes = theme_module.load_themes()
    assert set(VALUES) <= set(themes)
    assert {"safety", "honesty", "organisation", "privacy"} <= set(themes)
    keys = lambda text: [x.theme.key for x in theme_module.touched(text)]  # noqa: E731
    assert keys("We decided it side by side") == ["mutuality", "self_determination"]
    assert "safety" not in keys("a safer plan")  # 'safe' is a whole word, no star
    assert "safety" in keys("it felt unsafe")
    assert keys("hopeless?") == ["hope_and_wholeness"]  # a star: any ending (honestly said)
    assert keys("SIDE   BY\nside") == ["mutuality"]  # phrases match across any spacing
    assert theme_module.touched("") == []


def test_a_broken_word_list_names_file_row_and_column(tmp_path, monkeypatch):
    bad = tmp_path / "value_words.csv"
    bad.write_text(
        "# comment\ntheme,title,words\nsafety,,safe\nBad Key,X,x\nhonesty,Honesty,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(theme_module, "data_file", lambda *parts: bad)
    theme_module.load_themes.cache_clear()
    with pytest.raises(DataFileError) as caught:
        theme_module.load_themes()
    found = {(p.row, p.column) for p in caught.value.problems}
    assert found == {(3, "title"), (4, "theme"), (5, "words")}
    assert all(p.file.endswith("value_words.csv") for p in caught.value.problems)
    theme_module.load_themes.cache_clear()


# --- the checker --------------------------------------------------------------------------------

GOOD = {
    "id": "mutuality-dilemma-offer",
    "values": ["mutuality"],
    "type": "dilemma",
    "title": "A thought to offer",
    "setting": "A café. Marek has talked for weeks about his evenings.",
    "prompt": "Which way do you lean?",
    "options": [
        {"key": "wait", "text": "Wait for him to ask."},
        {"key": "ask", "text": "Ask if he'd like to hear a thought."},
    ],
    "voices": [
        {"name": "A peer worker", "leans": "wait", "why": "It leaves the choice with him."},
        {"name": "A peer tutor", "leans": "ask", "why": "Asking first is still mutual."},
    ],
    "weighs": ["self_determination", "mutuality"],
    "supervision_question": "How do I make 'no' a real option?",
}


class _Trainer(yaml.SafeDumper):
    """Lists indented under their key, and no anchors (course files refuse them)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)

    def ignore_aliases(self, data) -> bool:
        return True


def problems_for(tmp_path: Path, entry: dict) -> list:
    folder = tmp_path / "bank"
    folder.mkdir(exist_ok=True)
    doc = {"schema_version": 1, "scenarios": [GOOD, entry]}
    text = yaml.dump(doc, Dumper=_Trainer, sort_keys=False, allow_unicode=True)
    (folder / "dilemmas.yaml").write_text(text, encoding="utf-8")
    bank, problems = validate_bank(folder)
    assert (bank is None) == bool(problems)
    return problems


def changed(change) -> dict:
    entry = copy.deepcopy(GOOD)
    entry["id"] = "mutuality-dilemma-changed"
    change(entry)
    return entry


BROKEN = [
    ("no-voices", lambda e: e.pop("voices"), "voices", ["without voices", "2 or more"]),
    ("one-voice", lambda e: e["voices"].pop(), "voices", ["1 voice"]),
    (
        "unknown-lean",
        lambda e: e["voices"][1].update(leans="asks"),
        "voices",
        ["voice 2", "'asks'", "did you mean 'ask'", "Keys are: wait, ask"],
    ),
    (
        "all-agree",
        lambda e: e["voices"][1].update(leans="wait"),
        "voices",
        ["every voice leans towards 'wait'", "disagree"],
    ),
    ("voice-no-why", lambda e: e["voices"][0].pop("why"), "voices", ["voice 1", "has no 'why'"]),
    ("one-option", lambda e: e["options"].pop(), "options", ["1 option", "2 or more"]),
    (
        "best-option",
        lambda e: e["options"][0].update(best=True),
        "options",
        ["option 1", "has 'best'", "no best option"],
    ),
    (
        "option-with-why",
        lambda e: e["options"][1].update(why="Because."),
        "options",
        ["option 2", "has 'why'", "voices say why"],
    ),
    ("option-no-key", lambda e: e["options"][0].pop("key"), "options", ["option 1", "no 'key'"]),
    (
        "bad-key",
        lambda e: e["options"][0].update(key="Wait Here"),
        "options",
        ["'Wait Here'", "lowercase"],
    ),
    (
        "same-key",
        lambda e: e["options"][1].update(key="wait"),
        "options",
        ["option 2", "'wait' is used twice"],
    ),
    ("no-weighs", lambda e: e.pop("weighs"), "weighs", ["without weighs", "value_words.csv"]),
    (
        "unknown-theme",
        lambda e: e["weighs"].append("safty"),
        "weighs",
        ["unknown theme 'safty'", "did you mean 'safety'"],
    ),
    (
        "theme-not-in-voices",
        lambda e: e["weighs"].append("privacy"),
        "weighs",
        ["'privacy'", "no voice's 'why' uses its words", "privacy, private"],
    ),
    ("one-theme", lambda e: e["weighs"].pop(), "weighs", ["1 theme", "2 or more"]),
    (
        "no-question",
        lambda e: e.pop("supervision_question"),
        "supervision_question",
        ["without supervision_question"],
    ),
    ("no-setting", lambda e: e.pop("setting"), "setting", ["without setting"]),
    (
        "model-answers",
        lambda e: e.update(model_answers=[{"text": "x", "why": "y"}]),
        "model_answers",
        ["not used by dilemma scenarios"],
    ),
    (
        "hard-word-in-a-voice",
        lambda e: e["voices"][0].update(why="After the funeral, her choice."),
        "topics",
        ["'funeral'", "grief"],
    ),
]


@pytest.mark.parametrize(
    ("change", "column", "words"),
    [pytest.param(*case[1:], id=case[0]) for case in BROKEN],
)
def test_checker_names_file_row_field_and_line(tmp_path, change, column, words):
    problems = problems_for(tmp_path, changed(change))
    mine = [p for p in problems if p.row == 2 and p.column == column]
    assert mine, problems
    message = " | ".join(p.message for p in mine)
    for word in words:
        assert word in message
    for problem in problems:
        assert problem.file.endswith("dilemmas.yaml") and problem.row == 2
        assert re.search(r"\bline \d+", problem.message)


def test_dilemma_fields_belong_to_dilemmas_only(tmp_path):
    entry = {
        "id": "mutuality-reflect-x",
        "values": ["mutuality"],
        "type": "reflect",
        "title": "X",
        "prompt": "Y",
        "voices": GOOD["voices"],
        "weighs": GOOD["weighs"],
        "supervision_question": "Z?",
    }
    problems = problems_for(tmp_path, entry)
    assert {p.column for p in problems} == {"voices", "weighs", "supervision_question"}
    assert all("belongs to dilemma" in p.message for p in problems)


def test_a_choose_option_still_needs_its_why_and_no_key(tmp_path):
    entry = {
        "id": "mutuality-choose-x",
        "values": ["mutuality"],
        "type": "choose",
        "title": "X",
        "prompt": "Y",
        "options": [
            {"text": "A", "best": True, "why": "Good."},
            {"text": "B", "key": "b", "why": "Fine."},
            {"text": "C", "why": ""},
        ],
        "model_answers": [{"text": "A", "why": "Good."}],
        "hints": ["Look."],
    }
    messages = [p.message for p in problems_for(tmp_path, entry) if p.column == "options"]
    assert any("option 2" in m and "only dilemma options" in m for m in messages)
    assert any("option 3" in m and "has an empty 'why'" in m for m in messages)


# --- the bank and the notebooks ---------------------------------------------------------------


def bank_dilemmas() -> list[Scenario]:
    return [s for s in get_bank().values() if s.type == "dilemma"]


def test_every_value_has_at_least_two_dilemmas_whose_voices_disagree():
    dilemmas = bank_dilemmas()
    per_value = {v: [s for s in dilemmas if s.main_value == v] for v in VALUES}
    assert all(len(found) >= 2 for found in per_value.values()), per_value
    for s in dilemmas:
        assert s.source.endswith("dilemmas.yaml")
        assert len(s.voices) == 3, s.id
        assert len({v.leans for v in s.voices}) >= 2, s.id
        assert s.supervision_question and s.setting and len(s.weighs) >= 2
        if s.hard_topics:
            assert s.content_note


def test_each_value_notebook_shows_its_dilemmas_before_its_private_reflection():
    for value, notebook in NOTEBOOKS.items():
        source = (COURSE_DIR / f"{notebook}.py").read_text(encoding="utf-8")
        reflection = source.index("## A private reflection")
        for s in bank_dilemmas():
            if s.main_value != value:
                continue
            call = f'show("{s.id}")'
            assert source.count(call) == 1, (notebook, s.id)
            assert source.index(call) < reflection, (notebook, s.id)


def test_the_word_list_file_is_where_the_docs_say():
    assert (REPO_DATA / "lexicon" / "value_words.csv").is_file()
    schema = (REPO_DATA / "scenarios" / "SCHEMA.md").read_text(encoding="utf-8")
    assert "### dilemma:" in schema and "value_words.csv" in schema
