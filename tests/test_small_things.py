"""Small things a learner met (issue 14): each fixed, and each held here.

* The self-check says "choose 1 to 5", and a 7 is said kindly, not quietly turned into a 5.
* A point that has a mark (✓ ↗ •) or its own number has no list bullet as well ("• ✓").
* Sort feedback keeps the phrases in the order they are shown.
* A choose exercise shows its options in a shuffled order, the same each time, so the best one is
  not always in one place.
* No label is both "What you did well" and a next step in one piece of feedback (the yoga rewrite
  said "Sharing your own experience" under both).
"""

from __future__ import annotations

import html
import re
from collections import Counter

import pytest
from ipywidgets import HTML

from widgets import exercises
from widgets.content.scenarios import Option, Scenario, SortCategory, SortItem
from widgets.core.text import t
from widgets.core.values import VALUES
from widgets.exercises import build, get_bank, self_check, show
from widgets.scoring import analyze
from widgets.scoring.feedback import MARKED_LIST, feedback_html, feedback_text
from widgets.store import get_store, reset_store
from widgets.tools import bench
from widgets.tools.handouts import clean_html
from widgets.ui.exercise_types import option_order

MARKS = ("✓", "↗", "•")


@pytest.fixture(autouse=True)
def clean_home(tmp_path, monkeypatch):
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "home"))
    reset_store()
    exercises.reset()
    yield
    reset_store()
    exercises.reset()


def plain(value: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", value))


def marked_items(page: str) -> list[str]:
    """The text of every item of every marked (bullet-less) list in ``page``."""
    items = []
    for body in re.findall(re.escape(MARKED_LIST) + r"(.*?)</ul>", page, flags=re.S):
        items += [plain(li).strip() for li in re.findall(r"<li>(.*?)</li>", body, flags=re.S)]
    return items


# --- the self-check ---------------------------------------------------------------------------


def test_self_check_asks_for_1_to_5_in_words():
    view = self_check("before").exercise
    page = plain("".join(w.value for w in view.widget.children if isinstance(w, HTML)))
    assert t("selfcheck.how") in page and "slider" not in page.lower()
    for key, box in view.sliders.items():
        assert box.description == t("selfcheck.slider_label", value=VALUES[key])


def test_a_number_off_the_scale_is_said_kindly_and_nothing_is_saved():
    view = self_check("before").exercise
    view.sliders["curiosity"].value = 7
    said = plain(view.status.value)
    assert VALUES["curiosity"] in said and "7" in said and "1 to 5" in said
    assert 'role="alert"' in view.status.value
    view.save_button.click()
    assert get_store().selfchecks() == {}  # not saved, and not quietly changed to 5
    assert view.sliders["curiosity"].value == 7
    view.sliders["mutuality"].value = 0
    assert t("selfcheck.list_and", rest=VALUES["mutuality"], last=VALUES["curiosity"]) in plain(
        view.status.value
    )
    view.sliders["curiosity"].value = 4
    view.sliders["mutuality"].value = 2
    assert view.status.value == ""  # the note goes once every number is on the scale
    view.save_button.click()
    saved = get_store().selfchecks()["before"]
    assert saved["curiosity"] == 4 and saved["mutuality"] == 2
    assert t("selfcheck.saved_before") in plain(view.status.value)


# --- marks, not double markers ----------------------------------------------------------------


def sort_scenario() -> Scenario:
    return Scenario(
        id="hope-sort-order-test",
        values=("hope_and_wholeness",),
        type="sort",
        title="Hope or bright side",
        prompt="Sort each phrase.",
        categories=(SortCategory("hope", "Hope"), SortCategory("bright", "Bright side only")),
        items=(
            SortItem("It could get better.", "hope", "It holds possibility."),
            SortItem("Look on the bright side!", "bright", "It skips the hard part."),
            SortItem("What keeps you going?", "hope", "It asks about their hope."),
            SortItem("At least it's sunny.", "bright", "It minimises."),
        ),
    )


def test_sort_feedback_keeps_the_order_the_phrases_are_shown_in():
    view = build(sort_scenario()).exercise
    view.dropdowns[0].value = "bright"  # a miss first
    view.dropdowns[1].value = "bright"
    view.dropdowns[3].value = "bright"
    view.check_button.click()
    items = marked_items(view.feedback.value)
    assert [item.split(".", 1)[0] for item in items] == ["1", "2", "3", "4"]
    assert "↗" in items[0] and "✓" in items[1] and "•" in items[2] and "✓" in items[3]
    assert t("sort.summary", matched=2, total=4) in plain(view.feedback.value)
    assert "<ul>" not in view.feedback.value  # no list with bullets of its own


def test_feedback_points_carry_one_mark_each():
    view = show("mutuality-rewrite-yoga").exercise
    view.answer.value = "It really helped me. What helps you?"
    view.check_button.click()
    items = marked_items(view.feedback.value)
    assert items and all(item.startswith(MARKS) for item in items)
    page = feedback_html(analyze("You should try yoga, it really helped me."))
    items = marked_items(page)
    assert items and all(item.startswith(MARKS) for item in items)


def test_spot_and_choose_lists_have_no_bullet_beside_their_marks():
    spot = show("hope-spot-dropped-out").exercise
    spot.toggles[0].value = True
    spot.check_button.click()
    items = marked_items(spot.feedback.value)
    assert items and all(item.startswith(MARKS) for item in items)
    choose = show("mutuality-choose-just-tell-me").exercise
    choose.skip_button.click()
    choose.reveal_button.click()
    items = marked_items(choose.extra_area.value)
    assert len(items) == len(choose.s.options) and all(i.startswith(MARKS) for i in items)
    assert "<ol>" not in choose.extra_area.value


def test_a_printed_handout_keeps_the_marked_lists_without_bullets():
    """Handouts are sanitised: the no-bullet style must be one the sanitiser keeps."""
    page = feedback_html(analyze("You should try yoga, it really helped me."))
    cleaned = clean_html(page)
    lists = re.findall(r'<ul class="psv-marks" style="([^"]*)"', cleaned)
    assert MARKED_LIST in page and len(lists) == page.count(MARKED_LIST) >= 1
    assert all("list-style-type:none" in style for style in lists), lists


# --- choose: the best option is not always in one place ----------------------------------------


def test_choose_options_are_shuffled_the_same_way_every_time():
    view = show("mutuality-choose-just-tell-me").exercise
    again = show("mutuality-choose-just-tell-me").exercise
    shown = [label for label, _ in view.choice.options]
    assert shown == [label for label, _ in again.choice.options]
    assert sorted(shown) == sorted(o.text for o in view.s.options)
    # each option keeps its own index, so the answer checked is the one chosen
    best = next(i for i, o in enumerate(view.s.options) if o.best)
    view.choice.value = best
    view.check_button.click()
    assert t("choose.best") in plain(view.feedback.value)
    assert get_store().attempts()[-1].response == view.s.options[best].text


def test_across_the_bank_the_best_option_is_spread_over_the_places():
    bank = get_bank()
    places = Counter()
    for sid in bank.ids():
        scenario = bank[sid]
        if scenario.type != "choose":
            continue
        order = option_order(sid, len(scenario.options))
        best = [order.index(i) for i, o in enumerate(scenario.options) if o.best]
        places[best[0]] += 1
    total = sum(places.values())
    assert total >= 10 and len(places) >= 3
    assert max(places.values()) <= 0.5 * total, places


def test_option_order_is_a_shuffle_not_the_file_order():
    orders = {tuple(option_order(f"scenario-{n}", 4)) for n in range(40)}
    assert len(orders) > 10 and all(sorted(o) == [0, 1, 2, 3] for o in orders)


def test_a_scenario_with_its_options_in_file_order_still_works():
    scenario = Scenario(
        id="curiosity-choose-order-test",
        values=("curiosity",),
        type="choose",
        title="New in town",
        prompt="Which response is most curious?",
        options=(
            Option("You should join a club.", False, "It jumps to advice."),
            Option("What has the move been like for you?", True, "It opens a story."),
        ),
    )
    view = build(scenario).exercise
    view.choice.value = 0
    view.check_button.click()
    assert "It jumps to advice." in view.feedback.value


# --- a label is said once: praised, or a next step ----------------------------------------------


def test_the_yoga_rewrite_no_longer_praises_and_asks_for_the_same_thing():
    view = show("mutuality-rewrite-yoga").exercise
    view.answer.value = "Yoga helped me when I couldn't sleep."
    view.check_button.click()
    page = view.feedback.value
    sharing = "Sharing your own experience"
    did_well = page.split(t("feedback.next_steps"))[0].split(t("feedback.did_well"))[1]
    steps = page.split(t("feedback.next_steps"))[1].split(t("feedback.the_words"))[0]
    assert sharing not in plain(did_well)
    assert plain(steps).count(sharing) == 1
    assert f"{t('feedback.build_on')} {sharing}" in plain(steps)  # not "Not yet: Sharing"


def test_no_label_is_both_a_strength_and_a_next_step_in_any_labelled_sentence():
    texts = [text for path in bench.labelled_files(None) for text, _ in bench.read_labelled(path)]
    bank = get_bank()
    texts += [a.text for sid in bank.ids() for a in (bank[sid].model_answers or ())]
    assert len(texts) > 300
    for text in texts:
        analysis = analyze(text)
        praised = {note.label for note in analysis.strengths}
        asked = {note.label for note in analysis.suggestions}
        assert not praised & asked, (text, praised & asked)


def test_sharing_then_handing_back_is_praised_only():
    analysis = analyze("It really helped me. What helps you?")
    assert "self_disclosure" in {n.label for n in analysis.strengths}
    assert "self_disclosure" not in {n.label for n in analysis.suggestions}
    assert "To build on" not in feedback_text(analysis)
