"""What the course notebooks call: show, self_check, progress_view, demo and rubric.

Every call returns something that displays as the last expression of a cell. The scenario bank is
read once per process, so a click never waits on the disk; problems in the bank are shown as a
readable list (file, row, column) instead of a traceback.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import ipywidgets as widgets
from IPython.display import HTML

from widgets import ex_types  # noqa: F401  (registers one Exercise class per scenario type)
from widgets.datafiles import DataFileError
from widgets.ex_base import (
    Exercise,
    ExerciseBox,
    esc,
    fallback_bundle,
    html_list,
    kind_box,
    reset_notice,
)
from widgets.ex_progress import ProgressView, SelfCheck
from widgets.feedback import feedback_html, feedback_text, highlight_html
from widgets.progress import PHASES
from widgets.scenarios import load_bank
from widgets.scoring import LABELS, analyze
from widgets.text import clear_cache, t
from widgets.values import VALUES, value_title

__all__ = [
    "show",
    "self_check",
    "progress_view",
    "demo",
    "demo_html",
    "rubric",
    "get_bank",
    "set_bank_path",
    "reset",
]

_bank: dict[str, Any] = {"path": None, "bank": None}


def set_bank_path(path: str | Path | None) -> None:
    """Read scenarios from ``path`` (a folder or one YAML file) from now on; None = the default."""
    _bank["path"] = path
    _bank["bank"] = None


def get_bank() -> Any:
    """The scenario bank, loaded once per process (a bank with problems is re-read next time)."""
    if _bank["bank"] is None:
        _bank["bank"] = load_bank(_bank["path"])
    return _bank["bank"]


def reset() -> None:
    """Forget the cached bank, UI words and the shown notice (tests, or after editing data)."""
    _bank["bank"] = None
    clear_cache()
    reset_notice()


def _message_box(title: str, body_html: str, plain: str) -> ExerciseBox:
    text, page = fallback_bundle(title, [(t("errors.details"), plain)], None)
    panel = widgets.HTML(f"<h3>{esc(title)}</h3>" + kind_box(body_html, role="alert"))
    return ExerciseBox([panel], fallback_text=text, fallback_html=page)


def problems_box(error: DataFileError) -> ExerciseBox:
    """Every problem in the course data, one per line, so a trainer can fix them all at once."""
    problems = list(getattr(error, "problems", []) or [])
    items = html_list(esc(str(p)) for p in problems) if problems else esc(str(error))
    body = f"<p>{esc(t('errors.bank_intro', n=len(problems)))}</p>{items}"
    body += f"<p>{esc(t('errors.bank_fix'))}</p>"
    plain = "; ".join(str(p) for p in problems) or str(error)
    return _message_box(t("errors.bank_heading"), body, plain)


def show(scenario_id: str, *, store: Any | None = None) -> ExerciseBox:
    """The exercise widget for one scenario of any type (reflect = a private journal)."""
    try:
        bank = get_bank()
    except DataFileError as error:
        return problems_box(error)
    if scenario_id not in bank:
        close = difflib.get_close_matches(str(scenario_id), bank.ids(), n=3)
        body = f"<p>{esc(t('errors.unknown_id', id=scenario_id))}</p>"
        if close:
            body += f"<p>{esc(t('errors.did_you_mean'))}</p>" + html_list(
                f"<code>{esc(c)}</code>" for c in close
            )
        return _message_box(t("errors.unknown_heading"), body, str(scenario_id))
    return build(bank[scenario_id], store=store)


def build(scenario: Any, *, store: Any | None = None) -> ExerciseBox:
    """The exercise widget for a Scenario object (tests and previews build from objects)."""
    kind = getattr(scenario, "type", None)
    cls = Exercise.registry.get(kind)
    if cls is None:
        body = f"<p>{esc(t('errors.unknown_type', type=kind))}</p>"
        return _message_box(t("errors.unknown_heading"), body, str(kind))
    return cls(scenario, store).widget


def self_check(phase: str = "before", *, store: Any | None = None) -> ExerciseBox:
    """Confidence per value on 1-5 sliders, saved; "after" shows a chart beside "before"."""
    if phase not in PHASES:
        body = f"<p>{esc(t('errors.bad_phase', phase=phase))}</p>"
        return _message_box(t("errors.unknown_heading"), body, str(phase))
    return SelfCheck(phase, store).widget


def progress_view(*, store: Any | None = None) -> ExerciseBox:
    """Course-wide progress: per value, how many exercises are done and which ones."""
    try:
        bank = get_bank()
    except DataFileError as error:
        return problems_box(error)
    return ProgressView(bank, store).widget


def demo_html(text: str) -> str:
    """The feedback a response gets, as fixed HTML: same text in, same HTML out."""
    analysis = analyze(text)
    return (
        '<div class="peer-demo">'
        f"<p><strong>{esc(t('demo.response'))}</strong></p><blockquote>{esc(text)}</blockquote>"
        f"{feedback_html(analysis)}"
        f"<p><strong>{esc(t('demo.noticed'))}</strong></p>"
        f"{highlight_html(analysis.text, analysis.cues)}"
        "</div>"
    )


class Demo(HTML):
    """An HTML display whose plain-text form is the same feedback in words (not an object repr)."""

    def __init__(self, html: str, plain: str):
        super().__init__(html)
        self.plain = plain

    def __repr__(self) -> str:
        return self.plain


def demo(text: str) -> Demo:
    """A worked example for teaching: deterministic (no ids, no times), so nbval can compare it."""
    plain = f"{t('demo.response')} {text}\n{feedback_text(analyze(text))}"
    return Demo(demo_html(text), plain)


def rubric(value: str | None = None) -> HTML:
    """What the feedback looks for (for one value, or all): each label in words, and its meaning."""
    if value is not None and value not in VALUES:
        return HTML(f"<p>{esc(t('errors.unknown_value', value=value))}</p>")
    polarity_words = {
        "strength": t("rubric.strength"),
        "slip": t("rubric.slip"),
        "neutral": t("rubric.neutral"),
    }
    rows = []
    for name, info in LABELS.items():
        label_values = tuple(getattr(info, "values", ()) or ())
        if value is not None and value not in label_values:
            continue
        polarity = polarity_words.get(getattr(info, "polarity", ""), "")
        serves = ", ".join(value_title(v) for v in label_values)
        rows.append(
            f"<tr><th scope='row'>{esc(getattr(info, 'title', name))}</th>"
            f"<td>{esc(polarity)}</td><td>{esc(getattr(info, 'description', ''))}</td>"
            f"<td>{esc(serves)}</td></tr>"
        )
    heading = t("rubric.heading_value", value=value_title(value)) if value else t("rubric.heading")
    head = "".join(
        f"<th scope='col'>{esc(t(k))}</th>"
        for k in ("rubric.col_label", "rubric.col_kind", "rubric.col_meaning", "rubric.col_values")
    )
    return HTML(
        f"<h4>{esc(heading)}</h4><p>{esc(t('rubric.intro'))}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
