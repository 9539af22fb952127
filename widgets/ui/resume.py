"""Coming back to an exercise, and keeping the learner where they are on the page.

* :func:`resume`: an exercise built again (a notebook re-opened, a kernel restarted) shows the
  learner's last answer in its inputs and its feedback, saying "Your last answer, from <date>";
  a skip says so. Nothing is saved again: it is read from the store.
* :func:`focus_span`: something the kernel can move the page to. ipywidgets gives a widget
  ``tabbable=False`` (``tabindex="-1"``: it can take the focus, yet Tab never stops on it) and
  ``focus()``, and a browser scrolls an element that takes the focus into view. Boxes ignore
  ``tabbable``, so the element is an empty Label laid over its box (``a11y.STYLE``): as tall as
  the box, at most most of the screen, so the browser brings the start of the box into view
  with as much of it as fits. Its words (not shown) are what a screen reader says on landing
  there: after a check, the one-line summary. No JavaScript of the course's own: it works the
  same in JupyterLab and in app mode.
* :func:`summary_html`: the one line beside the check button.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import ipywidgets as ipw

from widgets.core.text import t
from widgets.ui.markup import esc, kind_box

__all__ = [
    "ANSWER_AREA_CLASS",
    "FOCUS_HOST_CLASS",
    "FOCUS_SPAN_CLASS",
    "SUMMARY_CLASS",
    "focus_span",
    "friendly_date",
    "resume",
    "summary_html",
]

#: The empty label laid over a box that the page can move to, and that box.
FOCUS_SPAN_CLASS = "psv-focus-span"
FOCUS_HOST_CLASS = "psv-focus-host"
#: The buttons, the summary and the feedback (moved into view after a check).
ANSWER_AREA_CLASS = "psv-answer-area"
#: The one-line summary beside the check button.
SUMMARY_CLASS = "psv-summary"


def focus_span(host: ipw.Box, words: str) -> ipw.Label:
    """A label over ``host`` that can take the focus (never a Tab stop); it is added as
    ``host``'s first child, so the next Tab from it reaches ``host``'s first control (the check
    button), and its place on screen comes from the style.
    ``words`` are not shown (font size 0) but are what a screen reader says when the page moves
    there ("Your answer and its feedback")."""
    span = ipw.Label(value=words, tabbable=False)
    span.add_class(FOCUS_SPAN_CLASS)
    host.add_class(FOCUS_HOST_CLASS)
    host.children = (span, *host.children)
    return span


def summary_html(summary: str) -> str:
    """The one-line summary (escaped; empty when there is none)."""
    if not summary:
        return ""
    return f"<p><strong>{esc(summary)}</strong> {esc(t('flow.summary_see_below'))}</p>"


def friendly_date(created_at: str) -> str:
    """An ISO time in UTC as the learner's own calendar day: "30 November 2025"."""
    try:
        when = datetime.fromisoformat(str(created_at)).astimezone()
    except (TypeError, ValueError):
        return str(created_at)[:10]
    months = t("flow.months").split()
    month = months[when.month - 1] if len(months) == 12 else str(when.month)
    return t("flow.date", day=when.day, month=month, year=when.year)


def resume(exercise: Any) -> None:
    """Show ``exercise``'s last saved answer and its feedback, or its skip (from the store).

    The answer goes back in the inputs (``restore_inputs``), the feedback is worked out again
    from it (what the course says today), and nothing is recorded. A store that cannot be read,
    or an answer that no longer fits the exercise (a trainer changed its options), leaves the
    exercise as new.
    """
    attempt = exercise.last_attempt()
    if attempt is None:
        return
    when = friendly_date(getattr(attempt, "created_at", ""))
    if getattr(attempt, "skipped", False):
        exercise.skipped = True
        exercise.model_button.disabled = False
        exercise.status.value = kind_box(esc(t("flow.last_skip", date=when)), role="note")
        exercise.resumed_skip()
        return
    response = getattr(attempt, "response", "") or ""
    if not response or not exercise.restore_inputs(response):
        return
    result = exercise.evaluate()
    if result.response is None:
        return
    exercise.mark_tried()
    exercise.status.value = kind_box(esc(t("flow.last_answer", date=when)), role="note")
    exercise.show_result(result)
    exercise.checked(result)
