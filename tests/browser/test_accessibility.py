"""Accessibility of the rendered exercises: axe, names for every control, the keyboard alone.

axe is scoped to the notebook output areas (where the course's widgets and feedback live).
JupyterLab's own chrome is left out because its violations are JupyterLab's, not the course's:
with JupyterLab 4.6 axe reports, outside the outputs, toolbar <jp-button>s with aria-pressed
(aria-allowed-attr), CodeMirror editors without a name (aria-input-field-name), the cell list
role=feed without role=article children (aria-required-children), the unnamed heading-collapse
buttons (button-name) and the unnamed kernel <select> in the status bar (select-name).
"""

from __future__ import annotations

import re

import pytest
from browser_support import OUTPUTS, cell_output, exercise, serious_violations, write
from playwright.sync_api import expect

from widgets.content.scenarios import load_bank
from widgets.core.text import t

BANK = load_bank()
#: The mutuality exercises, one or more of each type, as shown in 02_mutuality.
MUTUALITY = [
    "mutuality-rewrite-yoga",
    "mutuality-reframe-not-taking-advice",
    "mutuality-choose-shared-boundaries",
    "mutuality-sort-advice-or-curiosity",
    "mutuality-spot-from-above",
    "mutuality-reflect-unasked-advice",
]
INTERACTIVE = "button|textbox|combobox|radio|checkbox|slider|spinbutton|switch|link|listbox"
CONTROL_LINE = re.compile(rf"^\s*- ({INTERACTIVE})\b(?: \"((?:[^\"\\]|\\.)*)\")?")
#: Icon-font glyphs live in Unicode's private use area; a screen reader reads them as noise.
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def button(box, words: str):
    return box.get_by_role("button", name=re.compile(rf"(^|\s){re.escape(words)}$"))


def test_axe_reports_no_serious_problems_in_the_exercises(mutuality, welcome):
    # Open some feedback, a hint and a model answer first, so they are checked too.
    box = exercise(mutuality, "mutuality-rewrite-trust-me")
    write(box.get_by_role("textbox", name=t("rewrite.label")), "What has this been like for you?")
    button(box, t("buttons.check_answer")).click()
    expect(box.get_by_text(t("rewrite.your_words"))).to_be_visible()
    button(box, t("buttons.hint")).click()
    button(box, t("buttons.model")).click()
    expect(box.get_by_text(t("model.not_the_only_way"))).to_be_visible()
    problems = serious_violations(mutuality, OUTPUTS) + serious_violations(welcome, OUTPUTS)
    assert not problems, "\n".join(problems)


def control_names(box) -> list[tuple[str, str | None]]:
    """(role, accessible name) for every interactive control, from the accessibility tree."""
    controls = []
    for line in box.aria_snapshot().splitlines():
        match = CONTROL_LINE.match(line)
        if match:
            controls.append((match.group(1), match.group(2)))
    return controls


def every_exercise(mutuality, welcome):
    boxes = [(sid, exercise(mutuality, sid)) for sid in MUTUALITY]
    boxes.append(("self_check", cell_output(welcome, 'self_check("before")')))
    boxes.append(("progress_view", cell_output(mutuality, "progress_view()")))
    return boxes


def test_every_control_has_an_accessible_name(mutuality, welcome):
    unnamed = []
    for where, box in every_exercise(mutuality, welcome):
        controls = control_names(box)
        assert controls, f"{where}: no controls found in the accessibility tree"
        for role, name in controls:
            if not name or not PRIVATE_USE.sub("", name).strip():
                unnamed.append(f"{where}: a {role} has no accessible name")
    assert not unnamed, "\n".join(unnamed)


def test_icons_do_not_leak_into_control_names(mutuality, welcome):
    noisy = sorted(
        {
            f"{where}: {role} {name!r}"
            for where, box in every_exercise(mutuality, welcome)
            for role, name in control_names(box)
            if name and PRIVATE_USE.search(name)
        }
    )
    assert not noisy, "icon glyphs read out as part of the name:\n" + "\n".join(noisy)


TAG_CONTROLS = """(root) => {
    const selector = 'button:not([disabled]), textarea, input:not([disabled]), select, ' +
        '[role=slider][tabindex]';
    const controls = [...root.querySelectorAll(selector)];
    const wanted = new Set();
    controls.forEach((el, i) => {
        // A named radio group is one Tab stop (arrow keys move inside it); ipywidgets' radios
        // have no name, so each is its own Tab stop.
        const key = el.type === 'radio' && el.name ? 'radio:' + el.name : 'c' + i;
        el.dataset.kbd = key;
        wanted.add(key);
    });
    return [...wanted];
}"""


@pytest.mark.parametrize(
    "where", [*MUTUALITY, "self_check"], ids=lambda w: w.removeprefix("mutuality-")
)
def test_every_control_is_reachable_with_tab(mutuality, welcome, where):
    if where == "self_check":
        page, box = welcome, cell_output(welcome, 'self_check("before")')
    else:
        page, box = mutuality, exercise(mutuality, where)
    wanted = set(box.evaluate(TAG_CONTROLS))
    assert wanted, f"{where}: no controls"
    box.locator("[data-kbd]").first.focus()
    seen = set()
    for _ in range(3 * len(box.locator("[data-kbd]").all()) + 5):
        key = page.evaluate("() => document.activeElement && document.activeElement.dataset.kbd")
        if key:
            seen.add(key)
        if seen >= wanted:
            break
        page.keyboard.press("Tab")
    assert seen >= wanted, f"{where}: not reachable by Tab: {sorted(wanted - seen)}"


def test_rewrite_works_with_the_keyboard_alone(mutuality):
    page = mutuality
    box = exercise(page, "mutuality-rewrite-dressed-as-question")
    box.get_by_role("textbox", name=t("rewrite.label")).focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("What options are you weighing up now?")
    page.keyboard.press("Tab")
    check = button(box, t("buttons.check_answer"))
    expect(check).to_be_focused()
    page.keyboard.press("Enter")
    expect(box.get_by_text(t("rewrite.shown", label="Open question"))).to_be_visible()
    # The focus moves to the answer area (so the feedback scrolls into view; a screen reader
    # reads the one-line summary); the next Tab is the check button again, then Hint.
    area = box.locator(".psv-answer-area > .psv-focus-span")
    expect(area).to_be_focused()
    expect(area).to_contain_text(t("flow.feedback_area"))
    page.keyboard.press("Tab")
    expect(check).to_be_focused()
    page.keyboard.press("Tab")
    expect(button(box, t("buttons.hint"))).to_be_focused()
    page.keyboard.press("Space")
    hints = len(BANK["mutuality-rewrite-dressed-as-question"].hints)
    expect(box.get_by_text(t("hints.item", n=1, total=hints))).to_be_visible()


def test_choose_sort_and_spot_work_with_the_keyboard_alone(mutuality):
    page = mutuality
    choose = exercise(page, "mutuality-choose-shared-boundaries")
    choose.get_by_role("radio").first.focus()
    page.keyboard.press("Space")
    expect(choose.get_by_role("radio").first).to_be_checked()
    # ipywidgets' radios are not a named group: each is its own Tab stop, chosen with Space.
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    expect(choose.get_by_role("radio").nth(1)).to_be_checked()
    button(choose, t("buttons.check")).focus()
    page.keyboard.press("Enter")
    expect(
        choose.get_by_text(t("choose.best")).or_(choose.get_by_text(t("choose.not_yet"))).first
    ).to_be_visible()

    sort = exercise(page, "mutuality-sort-advice-or-curiosity")
    if sort.get_by_role("combobox").count():
        first = sort.get_by_role("combobox").first
        first.focus()
        # Arrow keys must change a focused select (no letters here: in JupyterLab's command mode
        # letters are notebook shortcuts, e.g. "r" turns the cell into a raw cell).
        page.keyboard.press("ArrowDown")
        expect(first).to_be_focused()
        expect(first.locator("option:checked")).to_have_count(1)
    else:  # one radio group per phrase: Tab to a category, Space to choose it
        first = sort.get_by_role("radio").first
        first.focus()
        page.keyboard.press("Space")
        expect(first).to_be_checked()
    button(sort, t("buttons.check")).focus()
    page.keyboard.press("Space")
    total = len(BANK["mutuality-sort-advice-or-curiosity"].items)
    expect(sort.get_by_text(re.compile(rf"of {total} phrases match"))).to_be_visible()

    spot = exercise(page, "mutuality-spot-from-above")
    word = spot.locator(".widget-toggle-button").first
    word.focus()
    page.keyboard.press("Space")
    expect(word).to_have_class(re.compile(r"\bmod-active\b"))
    page.keyboard.press("Space")
    expect(word).not_to_have_class(re.compile(r"\bmod-active\b"))
