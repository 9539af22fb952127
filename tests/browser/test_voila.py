"""The same notebook served by Voilà works the same: type advice, read the feedback."""

from __future__ import annotations

import re

import pytest
from browser_support import BROKEN_WIDGET, serious_violations, start_voila, write
from playwright.sync_api import expect

from widgets.core.text import t
from widgets.scoring import LABELS


@pytest.fixture(scope="module")
def voila(request, workspace):
    server = start_voila(workspace, "02_mutuality.ipynb")
    request.addfinalizer(server.stop)
    return server


def test_voila_rewrite_gives_feedback(voila, new_page, dialogs):
    page = new_page()
    page.goto(voila.url(""))
    title = page.locator("h3", has_text="When yoga helped you")
    box = page.locator(".widget-vbox").filter(has=title).first
    box.wait_for(timeout=90_000)
    write(
        box.get_by_role("textbox", name=t("rewrite.label")),
        "You should try yoga, it really helped me",
    )
    words = re.escape(t("buttons.check_answer"))
    box.get_by_role("button", name=re.compile(rf"(^|\s){words}$")).click()
    advice = LABELS["advice"].title
    expect(box.get_by_text(t("rewrite.still_there", label=advice))).to_be_visible()
    expect(box.locator(f"mark[title='{advice}']", has_text="You should")).to_be_visible()
    assert not BROKEN_WIDGET.search(page.locator("body").inner_text())
    assert dialogs == []


def test_voila_page_has_no_serious_accessibility_problems(voila, new_page):
    """In app mode the whole page is the course (no JupyterLab around it): axe checks it all."""
    page = new_page()
    page.goto(voila.url(""))
    page.locator(".widget-vbox").filter(has=page.locator("h3")).first.wait_for(timeout=90_000)
    page.wait_for_load_state("networkidle")
    serious = serious_violations(page)
    assert not serious, "\n".join(serious)
