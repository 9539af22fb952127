"""Every exercise type, used in a real browser the way a learner would: type, click, read.

Each test also saves a screenshot of its exercise to _output/screenshots/<type>.png; the README
shows copies kept in docs/screenshots/.
"""

from __future__ import annotations

import re

from browser_support import cell_output, exercise, write
from playwright.sync_api import expect

from widgets.content.scenarios import load_bank
from widgets.core.text import t
from widgets.scoring import LABELS

BANK = load_bank()


def label(name: str) -> str:
    return LABELS[name].title


def button(box, words: str):
    """A button by its words (its name may also carry an icon glyph before the words)."""
    return box.get_by_role("button", name=re.compile(rf"(^|\s){re.escape(words)}$"))


def check(box, key: str = "check") -> None:
    button(box, t(f"buttons.{key}")).click()


def test_rewrite_names_advice_and_marks_the_words(mutuality, dialogs):
    box = exercise(mutuality, "mutuality-rewrite-yoga")
    write(
        box.get_by_role("textbox", name=t("rewrite.label")),
        "You should try yoga, it really helped me",
    )
    check(box, "check_answer")
    expect(box.get_by_text(t("rewrite.still_there", label=label("advice")))).to_be_visible()
    marked = box.locator(f"mark[title='{label('advice')}']", has_text="You should")
    expect(marked).to_be_visible()
    expect(marked).to_have_attribute("title", label("advice"))
    # The label is also in words beside the marked text, not only a colour.
    expect(box.locator(".psv-tag", has_text=f"[{label('advice')}]")).to_be_visible()
    assert dialogs == []


def test_rewrite_recognises_a_curious_open_question(mutuality, screenshot):
    box = exercise(mutuality, "mutuality-rewrite-yoga")
    answer = box.get_by_role("textbox", name=t("rewrite.label"))
    write(answer, "What tends to be on your mind when you can't switch off?")
    check(box, "check_answer")
    expect(box.get_by_text(t("rewrite.shown", label=label("open_question")))).to_be_visible()
    # Advice was not noticed: the summary says so and asks the learner to check (never "avoided").
    expect(box.get_by_text(t("rewrite.summary_clear", slips="advice"))).to_be_visible()
    expect(box.get_by_role("heading", name=t("rewrite.check_heading"))).to_be_visible()
    screenshot(box, "rewrite")


def test_reframe_towards_a_generous_assumption(mutuality, screenshot):
    box = exercise(mutuality, "mutuality-reframe-not-taking-advice")
    expect(box.get_by_text(t("reframe.negative_to_generous"))).to_be_visible()
    write(
        box.get_by_role("textbox", name=t("rewrite.label")),
        "Marcus hasn't taken up my suggestions. Maybe he has his own ideas about what would "
        "help, and I haven't asked him about them yet.",
    )
    check(box, "check_answer")
    shown = t("rewrite.shown", label=label("generous_assumption"))
    expect(box.get_by_text(shown)).to_be_visible()
    clear = t("rewrite.summary_clear", slips="negative assumption")
    expect(box.get_by_text(clear)).to_be_visible()
    screenshot(box, "reframe")


def test_choose_explains_the_choice_and_every_option(mutuality, screenshot):
    scenario = BANK["mutuality-choose-just-tell-me"]
    best = next(o for o in scenario.options if o.best)
    box = exercise(mutuality, scenario.id)
    # A click on the words of a long option must select that option (not a neighbour).
    box.get_by_role("radio", name=best.text).check()
    check(box)
    expect(box.get_by_text(t("choose.best"))).to_be_visible()
    button(box, t("buttons.reveal_all")).click()
    expect(box.get_by_text(t("choose.all_heading"))).to_be_visible()
    for option in scenario.options:
        expect(box.get_by_text(option.why, exact=False).first).to_be_visible()
    screenshot(box, "choose")


def test_sort_every_phrase_and_see_each_explained(mutuality, screenshot):
    scenario = BANK["mutuality-sort-advice-or-curiosity"]
    titles = {c.key: c.title for c in scenario.categories}
    box = exercise(mutuality, scenario.id)
    dropdowns = box.get_by_role("combobox")
    for n, item in enumerate(scenario.items, start=1):
        if dropdowns.count():
            dropdown = box.get_by_role("combobox", name=t("sort.item_label", n=n))
            dropdown.select_option(label=titles[item.category])
        else:  # one radio group per phrase
            group = box.locator(".widget-radio-box").nth(n - 1)
            group.get_by_role("radio", name=titles[item.category], exact=True).check()
    check(box)
    total = len(scenario.items)
    expect(box.get_by_text(t("sort.summary", matched=total, total=total))).to_be_visible()
    screenshot(box, "sort")


def test_spot_the_words_that_strain_the_value(mutuality, screenshot):
    scenario = BANK["mutuality-spot-from-above"]
    box = exercise(mutuality, scenario.id)
    starts = [m.start() for m in re.finditer(r"\S+", scenario.draft)]
    words = box.locator(".widget-toggle-button")
    for spot in scenario.spots:
        words.nth(starts.index(scenario.draft.index(spot.phrase))).click()
    check(box)
    found = len(scenario.spots)
    expect(box.get_by_text(t("spot.summary", found=found, total=found))).to_be_visible()
    expect(box.get_by_text(re.compile(re.escape(label("expert_stance")))).first).to_be_visible()
    screenshot(box, "spot")


def test_reflect_saves_privately_and_lists_the_entry(mutuality, screenshot):
    box = exercise(mutuality, "mutuality-reflect-unasked-advice")
    note = "A browser-test note: someone told me to cheer up once."
    write(box.get_by_role("textbox", name=t("reflect.label")), note)
    check(box, "save_privately")
    expect(box.get_by_text(t("reflect.saved"))).to_be_visible()
    expect(box.locator("details li", has_text=note)).to_have_count(1)  # listed (folded away)
    box.locator("details").evaluate("d => { d.open = true; }")  # show the earlier entries
    expect(box.get_by_text(note)).to_be_visible()
    # Never scored: no model answer or "try again" for a private note.
    expect(button(box, t("buttons.model"))).to_have_count(0)
    screenshot(box, "reflect")


def test_self_check_ratings_change_by_keyboard_and_save(welcome, screenshot):
    box = cell_output(welcome, 'self_check("before")').locator(".widget-vbox").first
    sliders = box.get_by_role("slider")
    if sliders.count():
        sliders.first.focus()
        welcome.keyboard.press("ArrowRight")
        expect(sliders.first).to_have_attribute("aria-valuenow", re.compile(r"^4"))
    else:  # a number box (spinbutton) rating works the same way with the arrow keys
        rating = box.get_by_role("spinbutton").first
        rating.focus()
        welcome.keyboard.press("ArrowUp")
        expect(rating).to_have_value("4")
    button(box, t("buttons.save_selfcheck")).click()
    expect(box.get_by_text(t("selfcheck.saved_before"))).to_be_visible()
    screenshot(box, "self_check")


def test_progress_view_lists_what_was_done(mutuality, screenshot):
    yoga = exercise(mutuality, "mutuality-rewrite-yoga")
    write(yoga.get_by_role("textbox", name=t("rewrite.label")), "What helps you unwind?")
    check(yoga, "check_answer")
    expect(yoga.get_by_text(t("rewrite.your_words"))).to_be_visible()
    box = cell_output(mutuality, "progress_view()").locator(".widget-vbox").first
    button(box, t("buttons.refresh")).click()
    # Each notebook by its title, as a link; the exercises done by their titles, never ids.
    row = box.locator("tr", has=mutuality.get_by_role("link", name="02 · Mutuality"))
    row.locator("summary").click()  # "Which 1? (click to see)"
    expect(row.get_by_text(BANK["mutuality-rewrite-yoga"].title)).to_be_visible()
    expect(box.get_by_text("mutuality-rewrite-yoga")).to_have_count(0)
    screenshot(box, "progress_view")
