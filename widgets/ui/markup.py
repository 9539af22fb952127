"""HTML pieces every view shares: escaping, lists, the kind feedback box, saved-notebook text.

Plain strings only (no widgets), so each piece is easy to test and to read back. Anything a
learner or a trainer wrote is escaped with :func:`esc` before it goes into HTML.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from widgets.core.text import t
from widgets.scoring.feedback import MARKED_LIST


def esc(text: object) -> str:
    """HTML-escape anything learner- or trainer-written before it goes into an HTML widget."""
    return html.escape("" if text is None else str(text), quote=True)


def para(text: str) -> str:
    """One escaped paragraph."""
    return f"<p>{esc(text)}</p>"


def html_list(items: Iterable[str], *, ordered: bool = False) -> str:
    """Already-escaped HTML fragments as a list; empty input gives an empty string."""
    items = list(items)
    if not items:
        return ""
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def marked_list(items: Iterable[str]) -> str:
    """Already-escaped items that each start with a mark (✓ ↗ •) or their own number, as a list
    with no bullet of its own: a point never carries two markers ("• ✓")."""
    items = list(items)
    if not items:
        return ""
    return MARKED_LIST + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def kind_box(body_html: str, *, role: str = "status") -> str:
    """Wrap feedback so screen readers announce it; the border is decoration only."""
    return (
        f'<div role="{role}" style="border-left:4px solid #6b7fa8;padding:0.3em 0.8em;'
        f'margin:0.4em 0">{body_html}</div>'
    )


def fallback_bundle(
    title: str, lines: Iterable[tuple[str, str]], run_key: str | None = "fallback.run_cell"
) -> tuple[str, str]:
    """Plain text and HTML for a saved notebook: the title, labelled lines, how to start."""
    run = t(run_key) if run_key else ""
    lines = [(label, value) for label, value in lines if value]
    text = "\n".join(
        [title, *(f"{label}: {value}" for label, value in lines), *([run] if run else [])]
    )
    body = "".join(f"<p><strong>{esc(label)}:</strong> {esc(value)}</p>" for label, value in lines)
    ending = f"<p><em>{esc(run)}</em></p>" if run else ""
    page = f"<div><h4>{esc(title)}</h4>{body}{ending}</div>"
    return text, page
