"""A hostile answer is shown as plain text: no markup runs and no dialog ever opens."""

from __future__ import annotations

import re
import secrets

from browser_support import exercise, write
from playwright.sync_api import expect

from widgets.core.text import t

HOSTILE = "<img src=x onerror=alert(1)>"


def button(box, words: str):
    return box.get_by_role("button", name=re.compile(rf"(^|\s){re.escape(words)}$"))


def test_hostile_answer_is_plain_text_and_opens_no_dialog(mutuality, dialogs):
    box = exercise(mutuality, "mutuality-rewrite-get-out-more")
    write(box.get_by_role("textbox", name=t("rewrite.label")), HOSTILE)
    button(box, t("buttons.check_answer")).click()
    expect(box.get_by_text(t("rewrite.your_words"))).to_be_visible()
    expect(box.get_by_text(HOSTILE).first).to_be_visible()
    expect(box.locator("img")).to_have_count(0)
    mutuality.wait_for_timeout(500)  # give an injected handler time to fire, if one existed
    assert dialogs == []


def test_hostile_journal_entry_is_plain_text(mutuality, dialogs):
    box = exercise(mutuality, "mutuality-reflect-unasked-advice")
    entry = f"{HOSTILE} journal {secrets.token_hex(3)}"
    write(box.get_by_role("textbox", name=t("reflect.label")), entry)
    button(box, t("buttons.save_privately")).click()
    expect(box.get_by_text(t("reflect.saved"))).to_be_visible()
    expect(box.locator("details li", has_text=entry)).to_have_count(1)  # listed (folded away)
    box.locator("details").evaluate("d => { d.open = true; }")  # show the earlier entries
    expect(box.get_by_text(entry)).to_be_visible()
    expect(box.locator("img")).to_have_count(0)
    mutuality.wait_for_timeout(500)
    assert dialogs == []
