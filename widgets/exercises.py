"""The notebooks' one front door: everything a course notebook calls comes from here.

``start`` (a notebook's first cell: how to bring its exercises to life, and where the page
comes back to after Run All), ``show`` (an exercise), ``demo`` (worked feedback), ``rubric``,
``self_check``, ``progress_view``,
``roleplay``, ``personal_summary``, ``pair_rubric``, ``my_flags`` (the feedback a learner
flagged as seeming wrong), ``crisis_contacts`` (the local crisis lines a trainer fills in);
``mirror`` (one version of a bias-mirror moment) and ``mirror_review`` (the learner's own
replies side by side, privately); ``my_data`` (see, save a copy of, or erase what the course
keeps), ``completion_record`` (a record of the course to print or save as a PDF) and
``course_home`` (the pages in order with progress: app mode's first page); ``reset`` forgets
every cached file.

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

from widgets.content.crisis import CrisisContacts, default_contacts
from widgets.content.notebooks import find_notebook
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
from widgets.ui.completion import completion_record as _completion_record
from widgets.ui.course_home import course_home as _course_home
from widgets.ui.dilemma import DilemmaExercise  # noqa: F401  (registers the dilemma type)
from widgets.ui.flags_view import my_flags
from widgets.ui.markup import esc, html_list
from widgets.ui.my_data import my_data as _my_data
from widgets.ui.pair_practice import pair_rubric as _pair_rubric
from widgets.ui.progress_view import ProgressView
from widgets.ui.roleplay_view import roleplay as _roleplay
from widgets.ui.self_check import SelfCheck
from widgets.ui.share import share_with_facilitator as _share_with_facilitator
from widgets.ui.start import current_page, open_page
from widgets.ui.summary import personal_summary as _personal_summary

__all__ = [
    "start",
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
    "crisis_contacts",
    "my_data",
    "completion_record",
    "course_home",
    "share_with_facilitator",
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
#: See what the course keeps about you, save a copy (anonymous or full), or erase it.
my_data = kindly(_my_data)
#: A record of the course (modules, dates, time as an estimate, self-check) to print or save.
completion_record = kindly(_completion_record)
#: The course's pages in order, with links and progress (app mode's first page).
course_home = kindly(_course_home)
share_with_facilitator = kindly(_share_with_facilitator)


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
def start(notebook: str | None = None, *, store: Any | None = None) -> ExerciseBox:
    """A notebook's first cell: before it runs, how to bring every exercise to life (Run All);
    once run, how many of this notebook's exercises are done, a button to the first one not done
    yet, and, when Run All has finished, the page back at the top (or at that exercise).

    ``notebook`` is the notebook's name ("02_mutuality"); its exercises are read from its file.
    """
    found = find_notebook(notebook) if notebook else None
    return open_page(found, store).widget


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
    box = build(bank[scenario_id], store=store)
    page = current_page()
    if page is not None and getattr(box, "exercise", None) is not None:
        page.add(scenario_id, box.exercise)
    return box


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


# --- crisis contacts ------------------------------------------------------------------------------

#: The box's frame: a solid border and a heading, so it never relies on colour alone.
_CRISIS_STYLE = "border:3px solid #8a3b12;padding:0.4em 1em;margin:0.6em 0"


def _contact_lines(contacts: CrisisContacts) -> list[tuple[str, list[tuple[str, str]]]]:
    """(name, [(field label, text), ...]) per contact, in the file's order."""
    fields = ("phone", "text", "web", "hours", "who")
    return [
        (
            c.name,
            [(t(f"crisis.{f}"), getattr(c, f)) for f in fields if getattr(c, f)]
            + ([("", c.note)] if c.note else []),
        )
        for c in contacts.contacts
    ]


def crisis_contacts_parts(contacts: CrisisContacts, problems: tuple = ()) -> tuple[str, str]:
    """The crisis box as (HTML, plain text). Every trainer-written word is escaped; no links.

    Not filled in, or a file with mistakes: it says so plainly and gives only the generic
    emergency line, never a number the trainer did not write.
    """
    emergency = (
        t("crisis.emergency_number", number=contacts.emergency)
        if contacts.emergency and not problems
        else t("crisis.emergency_generic")
    )
    html_parts = [
        f"<h3>{esc(t('crisis.heading'))}</h3>",
        f"<p><strong>{esc(emergency)}</strong></p>",
    ]
    text_parts = [t("crisis.heading"), emergency]
    if problems:
        lead = t("crisis.problems", n=len(problems))
        html_parts += [f"<p>{esc(lead)}</p>", html_list(esc(str(p)) for p in problems)]
        text_parts += [lead, *(f"- {p}" for p in problems), t("crisis.ask")]
        html_parts.append(f"<p>{esc(t('crisis.ask'))}</p>")
    elif contacts.contacts:
        intro = t("crisis.intro_area", area=contacts.area) if contacts.area else t("crisis.intro")
        items, lines = [], []
        for name, details in _contact_lines(contacts):
            said = "; ".join(f"{label}: {value}" if label else value for label, value in details)
            items.append(f"<strong>{esc(name)}</strong>" + (f"<br>{esc(said)}" if said else ""))
            lines.append(f"- {name}" + (f": {said}" if said else ""))
        html_parts += [f"<p>{esc(intro)}</p>", html_list(items)]
        text_parts += [intro, *lines]
    else:
        for key in ("crisis.not_filled", "crisis.ask"):
            html_parts.append(f"<p>{esc(t(key))}</p>")
            text_parts.append(t(key))
    if not problems and contacts.checked and contacts.contacts:
        html_parts.append(f"<p>{esc(t('crisis.checked', checked=contacts.checked))}</p>")
        text_parts.append(t("crisis.checked", checked=contacts.checked))
    if not problems and contacts.policy:
        html_parts.append(f"<p>{esc(t('crisis.policy', policy=contacts.policy))}</p>")
        text_parts.append(t("crisis.policy", policy=contacts.policy))
    if problems or not contacts.filled_in:
        key = "crisis.fix" if problems else "crisis.for_trainers"
        trainers = t(key, file=contacts.source)
        html_parts.append(f"<p><small>{esc(trainers)}</small></p>")
        text_parts.append(trainers)
    html_parts.append(f"<p>{esc(t('crisis.not_a_service'))}</p>")
    text_parts.append(t("crisis.not_a_service"))
    # A labelled region (a landmark screen readers list), as a div: handouts keep divs only.
    page = (
        f'<div class="peer-crisis" role="region" aria-label="{esc(t("crisis.region"))}" '
        f'style="{_CRISIS_STYLE}">{"".join(html_parts)}</div>'
    )
    return page, "\n".join(text_parts)


class CrisisBox(Demo):
    """The crisis contacts box: HTML, and the same words as plain text (saved notebooks, CLI)."""


def crisis_contacts(path: str | Path | None = None) -> CrisisBox:
    """The local crisis contacts a trainer filled in (data/crisis_contacts.yaml), as a box.

    Read once per process (``reset()`` forgets it). When nothing is filled in, the box says so
    and gives the generic "call your local emergency number" line; when the file has mistakes,
    it gives the same line and lists them (file, row, column) for the trainer.
    """
    contacts, problems = default_contacts(path)
    page, plain = crisis_contacts_parts(contacts, problems)
    return CrisisBox(page, plain)
