"""The closing role-play (12_putting_it_together) played in the browser with the keyboard alone.

It is the course's biggest widget: branching turns, free replies scored like a rewrite, and a
summary across all eight values. A learner must be able to reach the end without a mouse, read
their own words back as plain text, and meet no serious accessibility problem on the way.
"""

from __future__ import annotations

import re

from browser_support import (
    OUTPUTS,
    cell_output,
    open_notebook,
    run_all,
    serious_violations,
    shut_down_kernels,
)
from playwright.sync_api import expect

from widgets.core.text import t

HOSTILE = "<img src=x onerror=alert(1)>"
REPLY = f"It sounds like a lot to carry. What matters most to you right now? {HOSTILE}"
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def rt(key: str, **fields: object) -> str:
    """A role-play word as the learner reads it."""
    return t(f"roleplay.{key}", **fields)


def test_roleplay_reaches_the_summary_by_keyboard(lab, new_page, dialogs):
    page = new_page()
    open_notebook(page, lab, "12_putting_it_together.ipynb")
    run_all(page, lab)
    box = cell_output(page, 'roleplay("closing")')
    # A content note comes first, and starting is the learner's choice.
    start = box.get_by_role("button", name=rt("start"))
    start.focus()
    page.keyboard.press("Enter")
    replies = typed = 0
    summary = box.get_by_text(rt("summary_heading"))
    n = 1
    for _step in range(30):
        heading = box.get_by_text(rt("turn", n=n), exact=True)
        gate = box.get_by_role("button", name=rt("continue"))  # a turn's own content note
        expect(heading.or_(gate).or_(summary).first).to_be_visible()
        if summary.count():
            break
        if gate.count():
            gate.focus()
            page.keyboard.press("Enter")
            expect(gate).to_have_count(0)
            continue
        first_reply = box.get_by_role("button", name=rt("reply_button", letter="A"))
        if first_reply.count():
            first_reply.focus()
            page.keyboard.press("Enter")
            replies += 1
        else:
            box.get_by_role("textbox", name=rt("entry_label", peer="Dara")).focus()
            page.keyboard.type(REPLY)
            page.keyboard.press("Tab")
            expect(box.get_by_role("button", name=rt("send"))).to_be_focused()
            page.keyboard.press("Enter")
            # The learner's own words come back as text, never as markup.
            reply = box.locator("blockquote").filter(has_text=HOSTILE).last
            expect(reply).to_be_visible()
            expect(box.locator("img")).to_have_count(0)
            typed += 1
        expect(heading).to_have_count(0)  # the next turn (or the end) has replaced it
        n += 1
    expect(summary).to_be_visible()
    assert replies and typed, f"took {replies} choice turn(s) and {typed} typed turn(s)"
    expect(box.locator("img")).to_have_count(0)
    assert dialogs == []

    names = [line for line in box.aria_snapshot().splitlines() if "- button" in line]
    assert names and not any(PRIVATE_USE.search(line) for line in names), names
    serious = serious_violations(page, OUTPUTS)
    assert not serious, "\n".join(serious)
    shut_down_kernels(lab, "12_putting_it_together")
