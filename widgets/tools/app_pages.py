"""App mode as a course: page links, and instructions in app-mode words (scripts/app_mode.py).

In app mode (Voilà) every cell runs by itself and no code shows, so a notebook's "Run the cell
below first (click it and press Shift + Enter)" has no meaning there, and the pages did not link
to each other. :func:`prelaunch_hook` is given to Voilà (``VoilaConfiguration.prelaunch_hook``):
it changes each notebook *as it is served*, never the file:

* a row of links at the top and the bottom of each page: the course home, the previous page and
  the next one, with their titles (relative links, so they work behind any address);
* each instruction sentence about running cells replaced with its app-mode words from
  ``data/text/<lang>.yaml`` (``app_mode.page.*``); any other sentence that still names Shift +
  Enter is left out, so app mode never tells a learner to press it.

The course home itself (``course/index.ipynb``) is where ``/`` leads (scripts/app_mode.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from widgets.content.course_map import HOME_NOTEBOOK, Module, course_modules
from widgets.core.text import t
from widgets.ui.markup import esc

__all__ = ["APP_MODE_RULES", "app_mode_words", "nav_html", "prelaunch_hook", "prepare_page"]

#: Links are underlined: they never differ from the words around them by colour alone.
LINK_STYLE = "text-decoration:underline"
_ = r"\s+"  # any run of spaces or line breaks between words (the text is wrapped)
#: (pattern, text key) for each instruction in the notebooks, most specific first.
APP_MODE_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (
            rf"Run{_}the{_}cell{_}below{_}first{_}\(click{_}it{_}and{_}press{_}\*\*Shift{_}\+"
            rf"{_}Enter\*\*\)\.{_}It{_}loads{_}the{_}exercises{_}and{_}shows{_}the{_}crisis"
            rf"{_}contacts{_}for{_}your{_}area,{_}if{_}your{_}trainer{_}has{_}added{_}them\.",
            "app_mode.page.run_first_crisis",
        ),
        (
            rf"Run{_}the{_}cell{_}below{_}first{_}\(click{_}it{_}and{_}press{_}\*\*Shift{_}\+"
            rf"{_}Enter\*\*\)\.{_}It{_}loads{_}the{_}role-plays\.",
            "app_mode.page.run_first_roleplays",
        ),
        (
            rf"Run{_}the{_}cell{_}below{_}first{_}\(click{_}it{_}and{_}press{_}\*\*Shift{_}\+"
            rf"{_}Enter\*\*\)\.{_}It{_}loads{_}the{_}exercises\.",
            "app_mode.page.run_first",
        ),
        (
            rf"To{_}run{_}a{_}cell,{_}click{_}on{_}it{_}and{_}press{_}\*\*Shift{_}\+{_}Enter\*\*\."
            rf"{_}Go{_}through{_}the{_}cells{_}in{_}order,{_}from{_}top{_}to{_}bottom\.",
            "app_mode.page.how_to_run",
        ),
        (
            rf"To{_}start{_}a{_}notebook,{_}open{_}the{_}\*\*Run\*\*{_}menu{_}at{_}the{_}top{_}and"
            rf"{_}choose{_}\*\*Run{_}All{_}Cells\*\*\.{_}Every{_}exercise{_}comes{_}alive,{_}and"
            rf"{_}the{_}page{_}takes{_}you{_}back{_}to{_}the{_}top{_}\(or{_}to{_}the{_}first"
            rf"{_}exercise{_}you{_}have{_}not{_}done{_}yet\)\.{_}Then{_}read{_}from{_}top{_}to"
            rf"{_}bottom\.",
            "app_mode.page.how_to_run",
        ),
        (
            rf"If{_}something{_}looks{_}strange,{_}choose{_}\*\*Run{_}All{_}Cells\*\*{_}again:"
            rf"{_}your{_}answers{_}are{_}kept\.",
            "app_mode.page.reload",
        ),
        (
            rf"If{_}something{_}looks{_}strange,{_}try{_}running{_}the{_}cells{_}again{_}from"
            rf"{_}the{_}top\.",
            "app_mode.page.reload",
        ),
        (
            rf"Run{_}the{_}cell{_}to{_}see{_}what{_}the{_}feedback{_}helper{_}notices\.",
            "app_mode.page.run_to_see",
        ),
        (rf"Run{_}the{_}cell{_}below{_}to{_}start\.", "app_mode.page.run_below"),
        (
            rf"Run{_}the{_}rubric{_}cell{_}again{_}\(Shift{_}\+{_}Enter\){_}for{_}a{_}fresh,"
            rf"{_}empty{_}rubric",
            "app_mode.page.run_again_rubric",
        ),
    )
)
#: A sentence (up to its full stop) that still names Shift + Enter: left out in app mode.
_SHIFT_ENTER = re.compile(r"[ \t]*[^.!?\s][^.!?\n]*\bShift\s*\+\s*Enter\b[^.!?\n]*[.!?]?", re.I)


def app_mode_words(markdown: str) -> str:
    """``markdown`` with every instruction about running cells in app-mode words."""
    for pattern, key in APP_MODE_RULES:
        if pattern.search(markdown):
            markdown = pattern.sub(lambda _m, key=key: t(key), markdown)
    return _SHIFT_ENTER.sub("", markdown)


def _page_link(module: Module, key: str) -> str:
    words = t(key, title=f"{module.number} · {module.title}")
    return f'<a href="{esc(module.file)}" style="{LINK_STYLE}">{esc(words)}</a>'


def nav_html(name: str, modules: tuple[Module, ...], *, skip_next: bool = False) -> str:
    """The links at the top and bottom of a page: the course home, previous and next."""
    names = [m.name for m in modules]
    home = esc(t("home.nav_home"))
    links = [f'<a href="{esc(HOME_NOTEBOOK)}.ipynb" style="{LINK_STYLE}">{home}</a>']
    if name in names:
        at = names.index(name)
        if at > 0:
            links.append(_page_link(modules[at - 1], "home.nav_previous"))
        if at + 1 < len(modules) and not skip_next:
            links.append(_page_link(modules[at + 1], "home.nav_next"))
    return (
        f'<nav class="psv-pages" aria-label="{esc(t("home.nav_label"))}" '
        'style="margin:0.6em 0;padding:0.4em 0;border-top:1px solid #999;'
        'border-bottom:1px solid #999">'
        + ' <span aria-hidden="true">·</span> '.join(links)
        + "</nav>"
    )


def _markdown_cell(source: str) -> Any:
    import nbformat

    cell = nbformat.v4.new_markdown_cell(source)
    cell.metadata["tags"] = ["app-mode-navigation"]
    return cell


def prepare_page(notebook: Any, name: str, modules: tuple[Module, ...]) -> Any:
    """The notebook as app mode serves it (changed in place and returned): app-mode words, and
    page links at the top and the bottom (none on the course home, which lists every page)."""
    for cell in notebook.cells:
        if cell.get("cell_type") == "markdown":
            source = cell.source if isinstance(cell.source, str) else "".join(cell.source)
            cell.source = app_mode_words(source)
    if name == HOME_NOTEBOOK:
        return notebook
    names = [m.name for m in modules]
    at = names.index(name) if name in names else -1
    tail = "".join(str(c.source) for c in notebook.cells[-3:] if c.get("cell_type") == "markdown")
    linked = at >= 0 and at + 1 < len(modules) and modules[at + 1].file in tail
    notebook.cells.insert(0, _markdown_cell(nav_html(name, modules)))
    notebook.cells.append(_markdown_cell(nav_html(name, modules, skip_next=linked)))
    return notebook


def prelaunch_hook(handler: Any, notebook: Any, cwd: str) -> Any:
    """Voilà's hook, run for each page before its kernel starts (see the module docstring)."""
    path = unquote(getattr(getattr(handler, "request", None), "path", "") or "")
    name = Path(path).stem
    return prepare_page(notebook, name, course_modules(cwd))
