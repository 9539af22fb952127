"""The shared shape of every exercise: header, content note, hint, model answer, try again, skip.

Each scenario type is a small subclass (see widgets/ui/exercise_types.py) that only says how its
inputs look and how an answer is explained; everything a learner can always do lives here, so
every exercise behaves the same way and stays keyboard- and screen-reader-friendly. Also here: the
top-level box every view returns, the boxes shown instead of an exercise, the one-time store notice
and :class:`StoreBacked`, the one way a view reads and saves progress.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

import ipywidgets as ipw

from widgets.core.datafiles import DataFileError
from widgets.core.state import on_forget
from widgets.core.text import TextKeyError, fill, t
from widgets.core.values import value_title
from widgets.store import StoreError, get_store
from widgets.ui.a11y import BOX_CLASS, style_widget
from widgets.ui.controls import button_row, make_button
from widgets.ui.flags import FlagPanel
from widgets.ui.markup import esc, fallback_bundle, html_list, kind_box, para
from widgets.ui.resume import (
    ANSWER_AREA_CLASS,
    FOCUS_HOST_CLASS,
    FOCUS_SPAN_CLASS,
    SUMMARY_CLASS,
    focus_span,
    resume,
    summary_html,
)

T = TypeVar("T")

#: Exercise kinds whose answer is the learner's own words, scored by the scorer: their feedback
#: can be flagged as seeming wrong ("This feedback seems wrong", widgets/ui/flags.py).
FLAGGABLE_KINDS = frozenset({"rewrite", "reframe"})

#: What reading or saving progress can raise: a full disk or a folder that cannot be written
#: (OSError), a locked or damaged database (StoreError), or input the store refuses (ValueError).
STORE_ERRORS: tuple[type[Exception], ...] = (OSError, StoreError, ValueError)


def _plain(text: str) -> str:
    return " ".join(str(text).split()).casefold()


class ExerciseBox(ipw.VBox):
    """The top-level exercise widget; saved without widget state it still reads as text.

    The mime bundle keeps the live widget view and adds plain text and HTML describing the
    exercise, so a notebook opened without a kernel (or on GitHub) is still readable.
    """

    def __init__(self, *args: Any, fallback_text: str = "", fallback_html: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.add_class(BOX_CLASS)
        self.fallback_text = fallback_text
        self.fallback_html = fallback_html

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        data = super()._repr_mimebundle_(**kwargs) or {}
        if self.fallback_text:
            data["text/plain"] = self.fallback_text
        if self.fallback_html:
            data["text/html"] = self.fallback_html
        return data


# --- boxes in place of an exercise ------------------------------------------------------------


#: What the boxes below say when the words file itself cannot be read (so ``t`` cannot help):
#: plain English, naming no key, so a learner is never left with a traceback.
PLAIN_ENGLISH = {
    "errors.details": "Details",
    "errors.bank_heading": "This part of the course could not be shown",
    "errors.bank_intro": (
        "The course's words could not be read, so this is said in plain English. The course "
        "data has {n} problem(s) to fix; each line names the file and the line:"
    ),
    "errors.bank_fix": (
        "Please tell your facilitator or trainer; once the file is fixed, run this cell again. "
        "Nothing you saved has been lost."
    ),
}


def _words(key: str, **fields: object) -> str:
    """``t(key)``, or its plain English when the words file cannot be read or lacks the key."""
    try:
        return t(key, **fields)
    except (DataFileError, TextKeyError):
        return fill(PLAIN_ENGLISH[key], **fields)


def message_box(title: str, body_html: str, plain: str) -> ExerciseBox:
    """A box in place of an exercise that cannot be shown, saying why in plain words."""
    text, page = fallback_bundle(title, [(_words("errors.details"), plain)], None)
    panel = ipw.HTML(f"<h3>{esc(title)}</h3>" + kind_box(body_html, role="alert"))
    return ExerciseBox([panel], fallback_text=text, fallback_html=page)


def problems_box(error: Exception) -> ExerciseBox:
    """Every problem in the course data, one per line, so a trainer can fix them all at once.

    ``error`` is a DataFileError (its problems are listed), or any other error about the data
    (a TextKeyError: its message is the one line). Works even when the words file is broken."""
    problems = list(getattr(error, "problems", []) or [])
    items = html_list(esc(str(p)) for p in problems) if problems else para(str(error))
    n = len(problems) or 1
    body = f"<p>{esc(_words('errors.bank_intro', n=n))}</p>{items}"
    body += f"<p>{esc(_words('errors.bank_fix'))}</p>"
    plain = "; ".join(str(p) for p in problems) or str(error)
    return message_box(_words("errors.bank_heading"), body, plain)


# --- the one-time notice about a progress file that was moved aside -------------------------

_notice = {"shown": False}


@on_forget("notice")
def reset_notice() -> None:
    """Let the next exercise show the store notice again (tests, or a new store)."""
    _notice["shown"] = False


def take_notice(store: Any) -> ipw.HTML | None:
    """The store's notices as a kind message, only the first time any exercise asks for it."""
    notices = getattr(store, "notices", ())
    message = " ".join(filter(None, (t(n.key, **n.fields) for n in notices)))
    if not message or _notice["shown"]:
        return None
    _notice["shown"] = True
    body = f"<p><strong>{esc(t('notice.heading'))}</strong></p><p>{esc(message)}</p>"
    reassure = t(getattr(store, "reassure_key", None) or "notice.reassure")
    return ipw.HTML(kind_box(body + f"<p>{esc(reassure)}</p>", role="note"))


# --- reading and saving progress, kindly -----------------------------------------------------


class StoreBacked:
    """A view that keeps progress: the store it was given (tests), else the shared one.

    Every read and save goes through :meth:`read` or :meth:`save`, so a full disk, a locked
    database or a refused value is said kindly and the learner's words stay on screen.
    """

    _store: Any = None

    @property
    def store(self) -> Any:
        """The store given to this view, or the per-process store every widget shares."""
        return self._store if self._store is not None else get_store()

    def read(self, action: Callable[[Any], T], default: T) -> T:
        """``action(store)``, or ``default`` when the store cannot be opened or read."""
        try:
            return action(self.store)
        except STORE_ERRORS:
            return default

    def store_or_none(self) -> Any:
        """The store, or None when it cannot be opened (e.g. for the one-time notice)."""
        return self.read(lambda store: store, None)

    def save(
        self, action: Callable[[Any], object], *, failed: str = "common.save_failed"
    ) -> tuple[bool, str]:
        """Run ``action(store)``: (True, "") once saved, else (False, the kind words to show).

        ``failed`` is the text key of those words; it is given the error as ``{error}``.
        """
        try:
            action(self.store)
        except STORE_ERRORS as err:
            return False, t(failed, error=str(err))
        return True, ""

    def notice_widgets(self) -> list[ipw.Widget]:
        """The store's one-time notice as a list of zero or one widget, for the top of a box."""
        notice = take_notice(self.store_or_none())
        return [] if notice is None else [notice]


@dataclass
class Result:
    """What a check produced: the response to record (None = nothing to record yet), the HTML,
    and a one-line summary in plain words, shown beside the check button (empty = none)."""

    html: str
    response: str | None = None
    labels: tuple[str, ...] = field(default_factory=tuple)
    summary: str = ""


class Exercise(StoreBacked):
    """One scenario as an exercise; subclasses set ``kind`` and fill in the hooks below.

    Hooks: ``build_inputs`` (the controls), ``evaluate`` (explain an answer), ``reset_inputs``
    (for Try again) and ``model_html`` (what "Show a model answer" reveals).
    """

    kind: ClassVar[str] = ""
    #: buttons.<check_key> is the check button's wording ("Check my answer", "Check", ...).
    check_key: ClassVar[str] = "check"
    #: Reflections are never scored, so they have no check, model answer or try again.
    scored: ClassVar[bool] = True
    registry: ClassVar[dict[str, type[Exercise]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.kind:
            Exercise.registry[cls.kind] = cls

    def __init__(self, scenario: Any, store: Any | None = None):
        self.s = scenario
        self._store = store
        self.tried = False
        self.skipped = False
        self.hints_shown = 0
        self.status = ipw.HTML()
        self.hint_area = ipw.HTML()
        self.feedback = ipw.HTML()
        self.summary = ipw.HTML(layout=ipw.Layout(margin="0 0 0 0.5em"))
        self.summary.add_class(SUMMARY_CLASS)
        self.model_area = ipw.HTML()
        self.extra_area = ipw.HTML()
        self.check_button = make_button(self.check_key, icon="check", style="primary")
        self.hint_button = make_button("hint", icon="lightbulb-o")
        self.model_button = make_button("model", icon="eye", disabled=True)
        self.retry_button = make_button("retry", icon="repeat", disabled=True)
        self.skip_button = make_button("skip", icon="forward")
        self.check_button.on_click(self.on_check)
        self.hint_button.on_click(self.on_hint)
        self.model_button.on_click(self.on_model)
        self.retry_button.on_click(self.on_retry)
        self.skip_button.on_click(self.on_skip)
        if not self.hints:
            self.hint_button.disabled = True
            self.hint_button.description = t("buttons.no_hints")
        self.flag = FlagPanel(self) if self.scored and self.kind in FLAGGABLE_KINDS else None
        self.inputs = self.build_inputs()
        self.main = ipw.VBox([self.scenario_html(), *self.inputs, *self.panels()])
        self.widget = self.build_box()
        resume(self)

    # --- pieces ---------------------------------------------------------------------------

    @property
    def hints(self) -> tuple[str, ...]:
        return tuple(getattr(self.s, "hints", None) or ())

    @property
    def main_value(self) -> str | None:
        values = getattr(self.s, "values", None) or ()
        return values[0] if values else None

    def action_buttons(self) -> list[ipw.Button]:
        buttons = [self.check_button, self.hint_button]
        if self.scored:
            buttons += [self.model_button, self.retry_button]
        return [*buttons, self.skip_button]

    def panels(self) -> list[ipw.Widget]:
        """The buttons with the one-line summary beside them, then what they show, in one area
        that can take the focus: after a check it is moved into view (see :meth:`focus_feedback`).
        """
        row = button_row([*self.action_buttons(), self.summary])
        flag = [self.flag.widget] if self.flag else []
        self.answer_area = ipw.VBox(
            [row, self.status, self.hint_area, self.feedback, *flag, self.extra_area,
             self.model_area]
        )  # fmt: skip
        self.answer_area.add_class(ANSWER_AREA_CLASS)
        self.answer_focus = focus_span(self.answer_area, t("flow.feedback_area"))
        return [self.answer_area]

    def header_html(self) -> ipw.HTML:
        values = ", ".join(value_title(v) for v in getattr(self.s, "values", ()) or ())
        bits = [f"<h3>{esc(self.s.title)}</h3>"]
        meta = [t(f"kinds.{self.kind}")]
        if values:
            meta.append(t("common.values", values=values))
        minutes = getattr(self.s, "minutes", None)
        if minutes:
            meta.append(t("common.minutes", minutes=minutes))
        bits.append(f"<p><em>{esc(' · '.join(meta))}</em></p>")
        return ipw.HTML("".join(bits))

    def scenario_html(self) -> ipw.HTML:
        """Setting, the peer's words, the task and (where there is one) the draft response."""
        s = self.s
        parts = []
        if getattr(s, "setting", None):
            parts.append(f"<p><strong>{esc(t('common.setting'))}</strong> {esc(s.setting)}</p>")
        if getattr(s, "peer_says", None):
            parts.append(
                f"<p><strong>{esc(t('common.peer_says'))}</strong></p>"
                f"<blockquote>{esc(s.peer_says)}</blockquote>"
            )
        framing = self.framing()
        if framing:
            parts.append(f"<p>{esc(framing)}</p>")
        if getattr(s, "prompt", None):
            parts.append(f"<p><strong>{esc(t('common.task'))}</strong> {esc(s.prompt)}</p>")
        if getattr(s, "draft", None) and self.show_draft():
            parts.append(
                f"<p><strong>{esc(t('common.draft'))}</strong></p>"
                f"<blockquote>{esc(s.draft)}</blockquote>"
            )
        return ipw.HTML("".join(parts))

    def framing(self) -> str:
        """Extra words under the scenario for this kind of exercise (empty = none)."""
        return ""

    def show_draft(self) -> bool:
        return True

    def build_box(self) -> ExerciseBox:
        text, page = self.fallback()
        top: list[ipw.Widget] = self.notice_widgets()
        top.append(self.header_html())
        top.append(style_widget())  # hidden; widgets/ui/a11y.py says why
        # Laid over the whole exercise, it can take the focus: "Go to the first exercise not
        # done yet" moves the page here (widgets/ui/resume.py).
        self.anchor = ipw.Label(value=str(getattr(self.s, "title", "")), tabbable=False)
        top.append(self.anchor)
        if getattr(self.s, "content_note", None):
            self.gate = self.content_gate()
            children = [*top, self.gate]
        else:
            children = [*top, self.main]
        self._top = top
        box = ExerciseBox(children, fallback_text=text, fallback_html=page)
        box.add_class(FOCUS_HOST_CLASS)
        self.anchor.add_class(FOCUS_SPAN_CLASS)
        box.exercise = self
        return box

    def fallback(self) -> tuple[str, str]:
        s = self.s
        lines = [
            (t("common.content_note_label"), getattr(s, "content_note", None) or ""),
            (t("common.setting_label"), getattr(s, "setting", None) or ""),
            (t("common.peer_says_label"), getattr(s, "peer_says", None) or ""),
            (t("common.task_label"), getattr(s, "prompt", None) or ""),
        ]
        return fallback_bundle(s.title, lines)

    # --- content note ---------------------------------------------------------------------

    def content_gate(self) -> ipw.VBox:
        note = ipw.HTML(
            kind_box(
                f"<p><strong>{esc(t('content_note.heading'))}</strong></p>"
                f"<p>{esc(self.s.content_note)}</p>"
                f"<p>{esc(t('content_note.choice'))}</p>",
                role="note",
            )
        )
        self.continue_button = make_button("continue", icon="arrow-right")
        self.note_skip_button = make_button("skip_this_one", icon="forward")
        self.continue_button.on_click(self.on_continue)
        self.note_skip_button.on_click(self.on_note_skip)
        self.gate_status = ipw.HTML()
        row = ipw.HBox([self.continue_button, self.note_skip_button])
        return ipw.VBox([note, row, self.gate_status])

    def on_continue(self, _button: Any = None) -> None:
        self.widget.children = [*self._top, self.main]

    def on_note_skip(self, _button: Any = None) -> None:
        self.gate_status.value = kind_box(esc(t("content_note.skipped")))
        self.continue_button.description = t("buttons.show_anyway")
        self._record("", (), skipped=True)

    # --- actions --------------------------------------------------------------------------

    def on_check(self, _button: Any = None) -> None:
        result = self.evaluate()
        self.show_result(result)
        if result.response is None:
            self._hide_flag()
        else:
            self.status.value = ""
            self.mark_tried()
            self._record(result.response, result.labels)
            self._offer_flag(result)
        self.checked(result)
        self.focus_feedback()

    def show_result(self, result: Result) -> None:
        """The feedback, and its one-line summary beside the check button."""
        self.feedback.value = kind_box(result.html)
        self.summary.value = summary_html(result.summary)
        # What a screen reader says when the page moves to the feedback: the summary too.
        words = t("flow.feedback_area")
        self.answer_focus.value = f"{words}. {result.summary}" if result.summary else words

    def mark_tried(self) -> None:
        """After an answer was checked (now, or last time): the model answer and Try again."""
        self.tried = True
        self.model_button.disabled = False
        self.retry_button.disabled = False

    def checked(self, result: Result) -> None:
        """Hook: anything more to show once an answer is checked (the dilemma's voices)."""

    def focus_feedback(self) -> None:
        """Move the buttons, the summary and the feedback into view (the area takes the focus:
        the browser scrolls it into view, and the next Tab reaches the check button again)."""
        self.answer_focus.focus()

    def last_attempt(self) -> Any | None:
        """The learner's last saved attempt at this exercise (None: none, or unreadable)."""
        attempts = self.read(lambda store: store.attempts(self.s.id), [])
        return attempts[-1] if attempts else None

    def restore_inputs(self, response: str) -> bool:
        """Hook: put a saved ``response`` back in the inputs; False when it cannot be."""
        return False

    def resumed_skip(self) -> None:
        """Hook: what a skip saved last time also opens (the dilemma's voices)."""

    def on_hint(self, _button: Any = None) -> None:
        hints = self.hints
        if not hints:
            self.hint_area.value = kind_box(esc(t("hints.none")))
            return
        self.hints_shown = min(self.hints_shown + 1, len(hints))
        items = [
            f"<strong>{esc(t('hints.item', n=i + 1, total=len(hints)))}</strong> {esc(h)}"
            for i, h in enumerate(hints[: self.hints_shown])
        ]
        self.hint_area.value = kind_box(html_list(items))
        if self.hints_shown >= len(hints):
            self.hint_button.disabled = True
            self.hint_button.description = t("buttons.no_more_hints")
        else:
            self.hint_button.description = t(
                "buttons.next_hint", n=self.hints_shown + 1, total=len(hints)
            )

    def on_model(self, _button: Any = None) -> None:
        if not (self.tried or self.skipped):
            self.model_area.value = kind_box(esc(t("model.after_try")))
            return
        self.model_area.value = kind_box(self.model_html())

    def on_retry(self, _button: Any = None) -> None:
        self.feedback.value = ""
        self.summary.value = ""
        self.extra_area.value = ""
        self._hide_flag()
        self.reset_inputs()
        self.status.value = kind_box(esc(t("common.retry_message")))

    def on_skip(self, _button: Any = None) -> None:
        self.skipped = True
        self.model_button.disabled = False
        self.status.value = kind_box(esc(t("common.skipped")))
        self._record("", (), skipped=True)

    def _record(self, response: str, labels: Iterable[str], *, skipped: bool = False) -> None:
        """Save the attempt after the feedback is on screen; a failed save is said kindly."""
        saved, message = self.save(
            lambda store: store.record_attempt(
                self.s.id, response, sorted(labels), value=self.main_value, skipped=skipped
            )
        )
        if not saved:
            self.status.value = self.status.value + kind_box(esc(message))

    def _offer_flag(self, result: Result) -> None:
        """Under feedback on the learner's own words: "This feedback seems wrong"."""
        if self.flag is not None and result.response:
            self.flag.offer(self.s.id, result.response, result.labels)

    def _hide_flag(self) -> None:
        if self.flag is not None:
            self.flag.hide()

    # --- hooks for each kind --------------------------------------------------------------

    def build_inputs(self) -> list[ipw.Widget]:
        return []

    def evaluate(self) -> Result:
        raise NotImplementedError

    def reset_inputs(self) -> None:
        """Try again keeps what the learner wrote so they can improve it."""

    def model_html(self, skip: Iterable[str] = ()) -> str:
        """The model answers with their whys (leaving out texts already shown, in ``skip``)."""
        shown = {_plain(s) for s in skip}
        answers = [
            a for a in getattr(self.s, "model_answers", None) or () if _plain(a.text) not in shown
        ]
        if not answers:
            return esc(t("model.none"))
        items = [
            f"<blockquote>{esc(a.text)}</blockquote>"
            + (f"<p><strong>{esc(t('model.why'))}</strong> {esc(a.why)}</p>" if a.why else "")
            for a in answers
        ]
        heading = t("model.heading_many") if len(answers) > 1 else t("model.heading")
        return f"<p><strong>{esc(heading)}</strong></p>{html_list(items)}" + (
            f"<p>{esc(t('model.not_the_only_way'))}</p>"
        )
