"""App mode serves every notebook as a page of a course: links between pages, app-mode words.

Checked on every course notebook as it is now, without starting Voilà (tests/test_app_mode.py
checks the same on a served page): a notebook changed later that tells learners to press
Shift + Enter in a new way is left without that sentence in app mode, and this test says which.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
import pytest

from widgets.content.course_map import HOME_NOTEBOOK, course_modules
from widgets.core.paths import COURSE_DIR
from widgets.core.text import t
from widgets.tools.app_pages import app_mode_words, nav_html, prepare_page

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import app_mode  # noqa: E402

MODULES = course_modules()
#: Words that tell a learner to run code: none may reach an app-mode page.
RUN_WORDS = re.compile(r"Shift\s*\+\s*Enter|[Rr]un\s+(?:the|this)\s+cell|code\s+cell|Run\s+All")


def served(name: str):
    notebook = nbformat.read(COURSE_DIR / f"{name}.ipynb", as_version=4)
    return prepare_page(notebook, name, MODULES)


@pytest.mark.parametrize("name", [m.name for m in MODULES] + [HOME_NOTEBOOK])
def test_no_page_tells_a_learner_to_run_a_cell(name):
    page = served(name)
    for cell in page.cells:
        if cell.cell_type == "markdown":
            found = RUN_WORDS.search(cell.source)
            assert not found, f"{name}: {cell.source[max(0, found.start() - 80) : found.end()]}"


def test_instructions_become_app_mode_words():
    page = served("02_mutuality")
    text = "\n".join(c.source for c in page.cells if c.cell_type == "markdown")
    assert t("app_mode.page.run_to_see") in text
    # Older notebooks (and trainers' own) still say "Run the cell below first": app-mode words.
    older = (
        "Intro.\nRun the cell below first (click it and press **Shift +\nEnter**). "
        "It loads the exercises."
    )
    assert app_mode_words(older) == f"Intro.\n{t('app_mode.page.run_first')}"
    welcome = "\n".join(c.source for c in served("00_welcome").cells if c.cell_type == "markdown")
    assert t("app_mode.page.how_to_run") in welcome and t("app_mode.page.reload") in welcome
    # a sentence split over lines is still found; an unknown one naming Shift + Enter goes
    wrapped = "Here is one.\nRun the cell to see\nwhat the feedback helper notices. Then more."
    assert app_mode_words(wrapped) == f"Here is one.\n{t('app_mode.page.run_to_see')} Then more."
    assert app_mode_words("Keep this. Now press Shift+Enter twice. And this.") == (
        "Keep this. And this."
    )


def test_each_page_links_home_previous_and_next_at_top_and_bottom():
    for at, module in enumerate(MODULES):
        page = served(module.name)
        top, bottom = page.cells[0].source, page.cells[-1].source
        for nav in (top, bottom):
            assert nav.startswith('<nav class="psv-pages"') and 'href="index.ipynb"' in nav
            assert 'aria-label="' in nav and "text-decoration:underline" in nav
            if at > 0:
                previous = MODULES[at - 1]
                assert f'href="{previous.file}"' in nav
                assert t("home.nav_previous", title=f"{previous.number} · {previous.title}") in nav
        if at + 1 < len(MODULES):
            assert f'href="{MODULES[at + 1].file}"' in top
        else:
            assert "Next:" not in top


def test_a_next_link_the_notebook_already_has_is_not_repeated():
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("**Next:** [03](03_acknowledgement.ipynb)")]
    page = prepare_page(notebook, "02_mutuality", MODULES)
    assert "03_acknowledgement.ipynb" in page.cells[0].source
    assert "03_acknowledgement.ipynb" not in page.cells[-1].source


def test_the_home_page_has_no_page_links_of_its_own():
    page = served(HOME_NOTEBOOK)
    assert not any("psv-pages" in c.source for c in page.cells)


def test_titles_in_links_are_escaped():
    from widgets.content.course_map import Module

    odd = (Module("01_a", "01", "<b>Bold</b> & co", ()), Module("02_b", "02", "B", ()))
    nav = nav_html("02_b", odd)
    assert "<b>" not in nav and "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in nav


def test_kernels_are_told_app_mode_and_whether_the_store_is_shared():
    assert app_mode.app_mode_environment("127.0.0.1") == {
        "PEER_COURSE_APP_MODE": "1",
        "PEER_COURSE_APP_SHARED": "",
    }
    assert app_mode.app_mode_environment("192.168.1.20")["PEER_COURSE_APP_SHARED"] == "1"


def test_the_course_home_notebook_is_paired_and_in_the_course_folder():
    assert (COURSE_DIR / "index.py").is_file() and (COURSE_DIR / "index.ipynb").is_file()
    assert app_mode.HOME == f"{HOME_NOTEBOOK}.ipynb"
    source = (COURSE_DIR / "index.py").read_text(encoding="utf-8")
    assert "course_home()" in source and "my_data()" in source
