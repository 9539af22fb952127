"""Honest exercise feedback (issue 11, item 1): say what was noticed, pointing at the words.

The scorer reads words, not intent, so the feedback never claims that a slip is absent: a slip it
did not notice is asked about ("Check for yourself"), never ticked or "avoided". A strength that a
slip takes back is never praised. The summary says what was noticed. The same holds in the
role-play's free turns and in the worked examples (``demo``).

Real answers carry slips in many forms, so every exercise is run with its model answers, its
draft, an empty answer, answers in other languages and a set of slip-carrying answers written the
way learners write (tests/data/slip_answers.csv): every slip the exercise asks to avoid must be
named, with its words.
"""

from __future__ import annotations

import csv
import html
import re
from functools import cache
from pathlib import Path

import pytest

from widgets import exercises
from widgets.content.roleplay import RolePlay, load_roleplay
from widgets.core.paths import REPO_DATA
from widgets.core.text import t
from widgets.exercises import build, demo, demo_html, get_bank
from widgets.scoring import LABELS, analyze, label_title
from widgets.scoring.feedback import NEUTRAL_MARK, NEXT_STEP_MARK, STRENGTH_MARK
from widgets.store import MemoryProgressStore, reset_store
from widgets.ui import roleplay_html as say
from widgets.ui.checklist import checklist, summary_line

HERE = Path(__file__).resolve().parent
SLIP_FILE = HERE / "data" / "slip_answers.csv"
#: The words that claim a slip is absent or an answer complete: never in the feedback.
ABSENCE_CLAIMS = re.compile(r"avoided|does everything", re.IGNORECASE)
#: Answers the scorer cannot read: it must say so, and nothing else.
NOT_ENGLISH = (
    "Lo siento mucho. ¿Qué te ayudaría ahora mismo?",
    "Das klingt wirklich schwer. Was brauchst du gerade?",
    "Je suis désolée, qu'est-ce qui t'aiderait?",
)
#: The issue's example of a reflection taken back by minimising.
UNDONE = "That sounds really lonely, but everyone goes through this, so you're fine."
MIN_PER_LABEL = 8


@pytest.fixture(autouse=True)
def clean_home(tmp_path, monkeypatch):
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PEER_COURSE_LANG", raising=False)
    reset_store()
    yield
    reset_store()


def slip_answers() -> list[tuple[str, str]]:
    """(label, text) for every row of tests/data/slip_answers.csv ('#' lines are comments)."""
    lines = [x for x in SLIP_FILE.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    rows = list(csv.DictReader(lines))
    return [(row["label"].strip(), row["text"].strip()) for row in rows if row["text"].strip()]


SLIPS = slip_answers()


def free_text_scenarios() -> list:
    exercises.reset()
    return [s for s in get_bank().values() if s.type in ("rewrite", "reframe")]


SCENARIOS = free_text_scenarios()


@cache
def exercise_for(scenario_id: str):
    """One exercise per scenario, kept for the module (answers are saved to memory only)."""
    scenario = next(s for s in SCENARIOS if s.id == scenario_id)
    return build(scenario, store=MemoryProgressStore()).exercise


def feedback(scenario_id: str, text: str) -> str:
    """The HTML a learner reads after typing ``text`` and pressing Check."""
    exercise = exercise_for(scenario_id)
    exercise.answer.value = text
    exercise.check_button.click()
    return exercise.feedback.value


def items(page: str) -> list[str]:
    """Every list item in a page of feedback, as HTML (the feedback's lists are not nested)."""
    return re.findall(r"<li>(.*?)</li>", page, flags=re.DOTALL)


def plain(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def lead(item: str) -> str:
    """The words in bold that open a line (its verdict), as plain text."""
    found = re.search(r"<strong>(.*?)</strong>", item, flags=re.DOTALL)
    return plain(found.group(1)) if found else ""


def ticked(page: str) -> list[str]:
    """The verdicts of the lines marked ✓."""
    return [lead(i) for i in items(page) if plain(i).lstrip().startswith(STRENGTH_MARK)]


def assert_honest(page: str, avoids, where: str) -> None:
    """No absence claim, and no ✓ line naming a slip the exercise asks to avoid."""
    said = plain(page)
    assert not ABSENCE_CLAIMS.search(said), f"{where}: {said}"
    for verdict in ticked(page):
        for name in avoids:
            assert label_title(name) not in verdict, f"{where}: ✓ {verdict}"


def named_with_words(page: str, name: str) -> bool:
    """Is the slip named in a "Still in your words" line that quotes the words?"""
    still = t("rewrite.still_there", label=label_title(name))
    return any(
        lead(i) == still and plain(i).lstrip().startswith(NEXT_STEP_MARK) and "“" in plain(i)
        for i in items(page)
    )


# --- the data the tests run on ------------------------------------------------------------------


def test_the_slip_answers_cover_every_avoid_label_in_the_bank():
    per_label: dict[str, int] = {}
    for label, _ in SLIPS:
        assert label in LABELS and LABELS[label].polarity == "slip", label
        per_label[label] = per_label.get(label, 0) + 1
    used = {name for s in SCENARIOS for name in s.avoid_labels}
    thin = {name: per_label.get(name, 0) for name in used if per_label.get(name, 0) < MIN_PER_LABEL}
    assert not thin, f"fewer than {MIN_PER_LABEL} slip answers for {thin}"


def test_the_slip_answers_include_the_forms_that_fooled_the_old_feedback():
    texts = {label: [x.lower() for l2, x in SLIPS if l2 == label] for label, _ in SLIPS}
    advice = texts["advice"]
    assert any(x.startswith(("have you", "have u")) and x.rstrip().endswith("?") for x in advice)
    assert any(x.startswith("some people find") for x in advice)
    assert any("your choice, but" in x and "should" in x for x in advice)
    assert any(" but " in x and "you'll be fine" in x for x in texts["minimizing"])
    assert any(re.search(r"\bu\b|\bur\b|tbh", x) for x in advice)


def test_no_file_in_data_or_widgets_claims_a_slip_is_absent():
    root = REPO_DATA.parent
    for folder in ("data", "widgets"):
        for path in (root / folder).rglob("*"):
            if path.is_file() and path.suffix in {".py", ".yaml", ".csv", ".md", ".txt"}:
                text = path.read_text(encoding="utf-8")
                assert not re.search(r"you avoided|does everything", text, re.I), path


# --- a: no absence claims, whatever the answer ----------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_no_absence_claims_in_any_exercise(scenario):
    answers = [m.text for m in scenario.model_answers]
    answers += [scenario.draft or "", "", "   ", *NOT_ENGLISH, *(text for _, text in SLIPS)]
    for text in answers:
        page = feedback(scenario.id, text)
        assert_honest(page, scenario.avoid_labels, f"{scenario.id} with {text!r}")


# --- b: the slip is named, with its words ---------------------------------------------------------


@pytest.mark.parametrize(("label", "text"), SLIPS, ids=[f"{a}:{b[:40]}" for a, b in SLIPS])
def test_every_exercise_names_the_slip_in_a_slip_answer(label, text):
    asking = [s for s in SCENARIOS if label in s.avoid_labels]
    if not asking:
        return  # a label no exercise asks to avoid (kept for when one does)
    missed = [s.id for s in asking if not named_with_words(feedback(s.id, text), label)]
    found = sorted(analyze(text).labels)
    assert not missed, f"{label} not named in {text!r} (the scorer found {found}) in {missed}"


# --- c: the model answers -------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_model_answers_show_the_targets_and_no_slip_to_avoid(scenario):
    for model in scenario.model_answers:
        analysis = analyze(model.text)
        missing = [x for x in scenario.target_labels if not analysis.shows(x)]
        noticed = [x for x in scenario.avoid_labels if x in analysis.labels]
        assert not missing and not noticed, (scenario.id, model.text, missing, noticed)
        page = feedback(scenario.id, model.text)
        verdicts = ticked(page)
        for name in scenario.target_labels:
            assert t("rewrite.shown", label=label_title(name)) in verdicts
        slips = [label_title(x) for x in scenario.avoid_labels]
        for title in slips:  # asked about, never ticked
            check = [i for i in items(page) if lead(i) == t("rewrite.check_label", label=title)]
            assert check and plain(check[0]).lstrip().startswith(NEUTRAL_MARK)
        assert html.escape(t("rewrite.check_heading")) in page


# --- d: a strength a slip takes back is never praised ---------------------------------------------


@pytest.mark.parametrize(
    "scenario_id", ["acknowledgement-rewrite-car-at-night", "hope-rewrite-snapped-at-peer"]
)
def test_a_reflection_undone_by_but_is_not_praised(scenario_id):
    page = feedback(scenario_id, UNDONE)
    assert not [v for v in ticked(page) if label_title("reflection") in v]
    taken = [i for i in items(page) if "“That sounds really lonely”" in plain(i)]
    assert taken and "“everyone goes through”" in plain(taken[0])
    assert plain(taken[0]).lstrip().startswith(NEXT_STEP_MARK)
    summary = plain(page.split("</p>")[0])
    assert summary.startswith(t("rewrite.summary_none", labels=label_title("reflection")))


def test_choice_taken_back_by_should_is_not_praised():
    scenario = next(s for s in SCENARIOS if s.id == "self-determination-rewrite-apprenticeship")
    page = feedback(scenario.id, "It's your choice, but honestly you should stay in college.")
    assert not [v for v in ticked(page) if label_title("choice") in v]
    assert named_with_words(page, "advice")


# --- e: words the scorer cannot read --------------------------------------------------------------


@pytest.mark.parametrize("text", NOT_ENGLISH)
def test_another_language_gets_the_plain_note_and_nothing_that_pretends(text):
    page = feedback("mutuality-rewrite-yoga", text)
    assert html.escape(t("feedback.other_language")) in page
    said = plain(page)
    for mark in (STRENGTH_MARK, NEXT_STEP_MARK, NEUTRAL_MARK):
        assert mark not in said
    for key in ("feedback.did_well", "rewrite.check_heading", "rewrite.your_words"):
        assert t(key) not in said
    assert "You showed" not in said and "Not yet" not in said and "did not notice" not in said
    node = load_roleplay("closing")["home"]
    turn = plain(say.free_feedback(node, analyze(text)))
    assert t("feedback.other_language") in turn
    assert STRENGTH_MARK not in turn and NEXT_STEP_MARK not in turn and NEUTRAL_MARK not in turn
    assert html.escape(t("feedback.other_language")) in demo(text).data
    assert t("demo.noticed") not in demo(text).data
    assert t("feedback.other_language") in repr(demo(text))


# --- the summary line -----------------------------------------------------------------------------


def summary(targets, avoids, text) -> str:
    return summary_line(checklist(analyze(text), targets, avoids))


def test_summary_says_what_was_noticed_and_asks_to_check():
    both = ("reflection", "open_question")
    clear = summary(both, ("advice",), "It sounds exhausting. What helps on nights like this?")
    assert clear == t("rewrite.summary_clear", slips="advice")
    assert "check" in clear.lower()
    two = summary(both, ("advice", "minimizing"), "It sounds exhausting. What helps?")
    assert "advice or minimising" in two
    some = summary(both, ("advice",), "What helps on nights like this?")
    assert some.startswith(t("rewrite.summary_some", shown=1, total=2))
    assert t("rewrite.summary_unnoticed", slips="advice") in some
    noticed = summary(both, ("advice",), "It sounds exhausting. Have you tried a warm bath?")
    assert t("rewrite.summary_noticed", slips="advice") in noticed
    none = summary(both, ("advice",), "You should try a warm bath.")
    assert none.startswith(t("rewrite.summary_none", labels="Reflection and Open question"))
    assert none.endswith(t("rewrite.summary_keep_going"))
    one = summary(("open_question",), ("advice",), "What helps? Have you tried yoga?")
    assert one.startswith(t("rewrite.summary_all_one", label=label_title("open_question")))
    assert t("rewrite.summary_noticed", slips="advice") in one
    assert summary((), (), "Hello.") == t("rewrite.no_targets")


def test_shown_lines_point_at_the_words():
    page = feedback("mutuality-rewrite-yoga", "What tends to be on your mind at night?")
    shown = [i for i in items(page) if lead(i) == t("rewrite.shown", label="Open question")]
    assert shown and "“What tends to be on your mind at night?”" in plain(shown[0])


# --- the role-play's free turns and its summary ---------------------------------------------------


def test_role_play_free_turn_is_honest():
    script = load_roleplay("closing")
    node = script["home"]
    clean = say.free_feedback(node, analyze("It sounds like the quiet is a lot. What is it like?"))
    assert_honest(clean, node.avoid, "role-play")
    assert html.escape(t("rewrite.check_heading")) in clean
    for name in node.avoid:
        assert html.escape(LABELS[name].check) in clean
    undone = say.free_feedback(node, analyze(UNDONE))
    assert_honest(undone, node.avoid, "role-play")
    assert not [v for v in ticked(undone) if "Reflection" in v]
    assert "“That sounds really lonely”" in plain(undone)
    assert named_with_words(undone, "minimizing")
    assert html.escape(t("roleplay.none_shown", labels="Reflection, Open question")) in undone


def test_role_play_summary_does_not_count_an_undone_strength_as_lived():
    script = load_roleplay("closing")
    play = RolePlay(script)
    play.choose(0)
    assert play.node.id == "home" and "reflection" in play.node.look_for
    play.reply(UNDONE)
    summary = play.summary_per_value().values()
    lived = [e for s in summary for e in s.lived if e.turn == 2]
    assert not [e for e in lived if e.label == "reflection"]
    assert any(e.label == "minimizing" for s in summary for e in s.not_yet if e.turn == 2)
    assert "reflection" in analyze(UNDONE).labels  # found, and still not counted as lived


# --- worked examples (demo) -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [UNDONE, "It's your choice, but honestly you should call her."])
def test_demo_never_praises_what_a_slip_takes_back(text):
    page = demo_html(text)
    taken = {u.strength.label for u in analyze(text).undone}
    assert taken
    assert not ABSENCE_CLAIMS.search(plain(page))
    for verdict in ticked(page):
        assert all(label_title(x) != verdict for x in taken), verdict
    words = repr(demo(text))
    assert not ABSENCE_CLAIMS.search(words)
    for name in taken:
        assert f"{STRENGTH_MARK} {label_title(name)} " not in words
    assert "Taken back" in words or "taken back" in words.lower()


def test_a_question_is_not_praised_where_the_exercise_asks_about_a_slip_it_did_not_see():
    """From the held-out review: "Did you lose anyone on the way?" was ticked "You asked rather
    than told" and nudged to open up. Where the exercise asks about invasive questions and the
    feedback did not notice one, it cannot vouch for the question: the learner is asked to check
    instead, and a closed question is not pushed open. (The scorer reads that one now; this
    question is one it still does not.)"""
    question = "Did the men on the boat hurt you?"
    assert "invasive_question" not in analyze(question).labels  # else pick another unread one
    page = feedback("curiosity-rewrite-long-road", question)
    assert LABELS["question"].did_well not in plain(page)
    assert "try opening with" not in plain(page)
    assert LABELS["invasive_question"].check in plain(page)
    # Where the exercise asks about no question slip, asking is still praised.
    other = feedback("mutuality-rewrite-yoga", "Is there anything you'd like to talk about?")
    assert LABELS["question"].did_well in plain(other)


def test_a_closed_question_is_not_praised_as_asking_where_advice_went_unnoticed():
    """Advice is most often put as a closed question; where the exercise asks about advice and
    the feedback did not notice any, "You asked rather than told" would vouch for it."""
    from widgets.ui.checklist import withheld_praise

    closed = analyze("Is there a chance you'd fancy trying it one evening?")
    assert "question" in closed.labels and "advice" not in closed.labels
    assert withheld_praise(checklist(closed, ["open_question"], ["advice"]), closed)[0] == {
        "question"
    }
    opened = analyze("What has helped you with the pain before?")
    assert withheld_praise(checklist(opened, ["open_question"], ["advice"]), opened) == (
        frozenset(),
        frozenset(),
    )
    # where the exercise does not ask about advice, a closed question keeps its praise
    assert withheld_praise(checklist(closed, ["open_question"], []), closed)[0] == frozenset()


def test_a_strength_the_reply_turns_on_is_asked_about_not_ticked():
    """Reviews 6 and 7: most disagreements were a choice or reflection ticked "found" before a
    "But..." or "Actually..." that took it back in words the feedback does not know. It cannot
    vouch for the strength then: it names the turn and asks, and never sums up "found"."""
    reply = "Totally your call mate. Actually tho the only proper fix is going in somewhere."
    analysis = analyze(reply)
    assert analysis.shows("choice") and "advice" not in analysis.labels  # the turn is unread
    check = checklist(analysis, ["choice"], ["advice"])
    assert check.unsure == ("choice",) and check.shown == () and check.met == ()
    assert "Actually tho the only proper fix is going in somewhere" in check.not_yet[0]
    summary = summary_line(check)
    assert "cannot tell" in summary and "found what this exercise looks for" not in summary
    page = plain(feedback("self-determination-rewrite-clean-kit", reply))
    assert LABELS["choice"].did_well not in page  # not praised below the checklist either


@pytest.mark.parametrize("turn", ["Still,", "Either way,"])
def test_still_and_either_way_are_turns_too(turn):
    reply = f"It's totally up to you. {turn} proper detox is the only thing that ever really works."
    analysis = analyze(reply)
    assert analysis.labels == {"choice"}  # the turn is not read: the check must ask about it
    assert checklist(analysis, ["choice"], ["advice"]).unsure == ("choice",)


@pytest.mark.parametrize(
    "reply",
    [
        "It's your call. But you've always known your own mind about this.",  # turns to a strength
        "It's your call, but yeah.",  # too short to take anything back
        "It's your call, and I'm here whatever you decide.",  # no turn
    ],
)
def test_a_turn_that_takes_nothing_back_leaves_the_strength_ticked(reply):
    check = checklist(analyze(reply), ["choice"], ["advice"])
    assert check.unsure == () and check.shown == ("choice",)


def test_a_turn_to_more_of_the_same_in_plain_words_is_not_asked_about():
    """No phrase credits what follows this "but", but the learned reading reads it as a
    reflection and as no slip: the turn leads to more of the same, so the tick stays."""
    from widgets.scoring.analyzer import learned_reading
    from widgets.scoring.takeback import unread_turn
    from widgets.scoring.tokens import tokenize

    reply = "You love her to bits, but you are so exhausted that some nights it all spills out."
    analysis = analyze(reply)
    tokens = tokenize(reply)
    assert unread_turn(analysis, "reflection", tokens) is not None  # the words alone: asked
    assert unread_turn(analysis, "reflection", tokens, learned_reading()) is None
    check = checklist(analysis, ["reflection"], ["minimizing"])
    assert check.unsure == () and check.shown == ("reflection",)
    # a turn to minimising is still asked about, or named
    turned = checklist(analyze("You love her to bits, but honestly crying won't fix a thing."),
                       ["reflection"], ["minimizing"])  # fmt: skip
    assert turned.shown == ()


def test_a_why_question_is_not_praised_as_asking_rather_than_telling():
    page = feedback("hope-rewrite-eight-months", "why do you think you used again on friday?")
    assert "Why" in page  # the why question is named, with its own next step
    assert "You asked rather than told" not in page
    plain = feedback("hope-rewrite-eight-months", "What's been on your mind since Friday?")
    assert "You asked rather than told" in plain


def test_a_question_that_carries_a_noticed_slip_is_not_praised_as_asking():
    """Review 12: "✓ Question" was ticked on a minimising question the feedback had named."""
    page = feedback("acknowledgement-rewrite-car-at-night", "At least you've got a car though?")
    assert "Minimising" in page
    assert "You asked rather than told" not in page
    plain = feedback("acknowledgement-rewrite-car-at-night", "What is it like, those nights?")
    assert "You asked rather than told" in plain


def test_a_reflection_used_as_a_run_up_to_advice_is_a_next_step_not_a_tick():
    """The reflection is quoted as the part to keep; the advice after it is named."""
    page = feedback(
        "mutuality-rewrite-yoga",
        "Your head won't stop, that sounds exhausting. Have you tried a bath?",
    )
    assert "Keep the first part and leave out the rest" in page
    assert "✓ You showed: Reflection" not in page
    asked = feedback(
        "mutuality-rewrite-yoga",
        "Your head won't stop, that sounds exhausting. Can I share what helped me? You could try a bath.",
    )
    assert "Still in your words: Advice" in asked  # named, but it was asked leave for
    assert "Taken back" not in asked
