"""The notebooks' one front door: everything a course notebook calls comes from here.

``show`` (an exercise), ``demo`` (worked feedback), ``rubric``, ``self_check``, ``progress_view``,
``roleplay``, ``personal_summary``, ``pair_rubric`` and ``my_flags`` (the feedback a learner
flagged as seeming wrong); ``mirror`` (one version of a bias-mirror moment) and ``mirror_review``
(the learner's own replies side by side, privately); ``reset`` forgets every cached file.

Every call returns something that displays as the last expression of a cell. The scenario bank is
read once per process, so a click never waits on the disk; problems in the bank are shown as a
readable list (file, row, column) instead of a traceback. So is a data file any call needs that
cannot be read (the words in data/text, the rubric, a role-play, the lexicon): every call here
is :func:`kindly`, and the box speaks plain English when the words file itself is what is broken.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from IPython.display import HTML

from widgets.content.scenarios import load_bank
from widgets.core.datafiles import DataFileError
from widgets.core.state import forget_all, on_forget
from widgets.core.text import TextKeyError, t
from widgets.core.values import VALUES, value_title
from widgets.scoring import LABELS, analyze
from widgets.scoring.feedback import feedback_html, feedback_text, highlight_html
from widgets.store import PHASES
from widgets.ui import exercise_types  # noqa: F401  (registers one Exercise class per scenario type)
from widgets.ui.base import Exercise, ExerciseBox, message_box, problems_box
from widgets.ui.bias_mirror import mirror, mirror_review
from widgets.ui.dilemma import DilemmaExercise  # noqa: F401  (registers the dilemma type)
from widgets.ui.flags_view import my_flags
from widgets.ui.markup import esc, html_list
from widgets.ui.pair_practice import pair_rubric as _pair_rubric
from widgets.ui.progress_view import ProgressView
from widgets.ui.roleplay_view import roleplay as _roleplay
from widgets.ui.self_check import SelfCheck
from widgets.ui.summary import personal_summary as _personal_summary

__all__ = [
    "show",
    "self_check",
    "progress_view",
    "demo",
    "demo_html",
    "rubric",
    "roleplay",
    "personal_summary",
    "pair_rubric",
    "my_flags",
    "mirror",
    "mirror_review",
    "get_bank",
    "set_bank_path",
    "reset",
]

_bank: dict[str, Any] = {"path": None, "bank": None}

F = TypeVar("F", bound=Callable[..., Any])


def kindly(view: F) -> F:
    """A front-door call that shows a box listing the problems (file, line, what to fix) when a
    data file it needs cannot be read (DataFileError) or lacks its words (TextKeyError), instead
    of leaving the learner a traceback in every cell."""

    @functools.wraps(view)
    def front_door(*args: Any, **kwargs: Any) -> Any:
        try:
            return view(*args, **kwargs)
        except (DataFileError, TextKeyError) as error:
            return problems_box(error)

    return front_door  # type: ignore[return-value]


roleplay = kindly(_roleplay)
personal_summary = kindly(_personal_summary)
pair_rubric = kindly(_pair_rubric)


def set_bank_path(path: str | Path | None) -> None:
    """Read scenarios from ``path`` (a folder or one YAML file) from now on; None = the default."""
    _bank["path"] = path
    _bank["bank"] = None


def get_bank() -> Any:
    """The scenario bank, loaded once per process (a bank with problems is re-read next time)."""
    if _bank["bank"] is None:
        _bank["bank"] = load_bank(_bank["path"])
    return _bank["bank"]


@on_forget("bank")
def _forget_bank() -> None:
    _bank["bank"] = None


def reset() -> None:
    """Forget every cached file (bank, lexicon, words, rubric), the shared store and the notice
    already shown (tests, or after a trainer edits a data file while the kernel runs)."""
    forget_all()


@kindly
def show(scenario_id: str, *, store: Any | None = None) -> ExerciseBox:
    """The exercise widget for one scenario of any type (reflect = a private journal)."""
    bank = get_bank()
    if scenario_id not in bank:
        close = difflib.get_close_matches(str(scenario_id), bank.ids(), n=3)
        body = f"<p>{esc(t('errors.unknown_id', id=scenario_id))}</p>"
        if close:
            body += f"<p>{esc(t('errors.did_you_mean'))}</p>" + html_list(
                f"<code>{esc(c)}</code>" for c in close
            )
        return message_box(t("errors.unknown_heading"), body, str(scenario_id))
    return build(bank[scenario_id], store=store)


def build(scenario: Any, *, store: Any | None = None) -> ExerciseBox:
    """The exercise widget for a Scenario object (tests and previews build from objects)."""
    kind = getattr(scenario, "type", None)
    cls = Exercise.registry.get(kind)
    if cls is None:
        body = f"<p>{esc(t('errors.unknown_type', type=kind))}</p>"
        return message_box(t("errors.unknown_heading"), body, str(kind))
    return cls(scenario, store).widget


@kindly
def self_check(phase: str = "before", *, store: Any | None = None) -> ExerciseBox:
    """Confidence per value on 1-5 sliders, saved; "after" shows a chart beside "before"."""
    if phase not in PHASES:
        body = f"<p>{esc(t('errors.bad_phase', phase=phase))}</p>"
        return message_box(t("errors.unknown_heading"), body, str(phase))
    return SelfCheck(phase, store).widget


@kindly
def progress_view(*, store: Any | None = None) -> ExerciseBox:
    """Course-wide progress: per value, how many exercises are done and which ones."""
    return ProgressView(get_bank(), store).widget


def demo_html(text: str) -> str:
    """The feedback a response gets, as fixed HTML: same text in, same HTML out.

    It is the scorer's own feedback, so it is as honest: what was noticed, with the words; a
    strength a slip takes back is named with both, never praised; no slip is called absent.
    """
    analysis = analyze(text)
    noticed = (
        f"<p><strong>{esc(t('demo.noticed'))}</strong></p>"
        f"{highlight_html(analysis.text, analysis.cues)}"
        if analysis.readable  # words it cannot read: its note, and nothing that pretends
        else ""
    )
    return (
        '<div class="peer-demo">'
        f"<p><strong>{esc(t('demo.response'))}</strong></p><blockquote>{esc(text)}</blockquote>"
        f"{feedback_html(analysis)}{noticed}"
        "</div>"
    )


class Demo(HTML):
    """An HTML display whose plain-text form is the same feedback in words (not an object repr)."""

    def __init__(self, html: str, plain: str):
        super().__init__(html)
        self.plain = plain

    def __repr__(self) -> str:
        return self.plain


@kindly
def demo(text: str) -> Demo:
    """A worked example for teaching: deterministic (no ids, no times), so nbval can compare it."""
    plain = f"{t('demo.response')} {text}\n{feedback_text(analyze(text))}"
    return Demo(demo_html(text), plain)


@kindly
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
