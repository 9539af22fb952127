"""The bias mirror: one version of a moment as a reply box, and every reply side by side at the end.

``mirror(variant_id)`` shows one version of a moment from data/bias_mirror.yaml as a short
free-text reply, scored and explained exactly like a rewrite exercise. The reply is saved as a
private journal entry (``mirror-<variant id>``), never as an attempt: the journal is never
exported, and the "this feedback seems wrong" flag (which can be shared) is not offered here.

``mirror_review()`` shows, for each moment, the learner's first reply to every version side by
side, with what the scorer notices in each, the differences in words, which notebooks hold the
versions not yet answered, and a private reflection (``mirror-review``). Everything is read from
the learner's own store; nothing leaves their computer, and a notebook saved with this cell's
output holds no reply: the saved text is only the title and how to start.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

import ipywidgets as ipw

from widgets.content.bias_mirror import (
    REPLY_PREFIX,
    REVIEW_PROMPT_ID,
    Contrast,
    MirrorBank,
    MirrorMoment,
    MirrorVariant,
    Reply,
    default_mirror,
    differences,
    replies,
)
from widgets.core.datafiles import DataFileError
from widgets.core.text import t
from widgets.core.values import NOTEBOOKS, value_title
from widgets.scoring import LABELS, label_title
from widgets.scoring.feedback import NEUTRAL_MARK, NEXT_STEP_MARK, STRENGTH_MARK
from widgets.store import Attempt
from widgets.ui.a11y import style_widget
from widgets.ui.base import ExerciseBox, StoreBacked, message_box, problems_box
from widgets.ui.controls import answer_box, button_row, make_button
from widgets.ui.exercise_types import RewriteExercise
from widgets.ui.journal import earlier_html, save_entry
from widgets.ui.markup import esc, fallback_bundle, html_list, kind_box, para

__all__ = ["MirrorExercise", "MirrorReview", "mirror", "mirror_review", "review_html"]

_MARKS = {"strength": STRENGTH_MARK, "slip": NEXT_STEP_MARK}
_CELL = "vertical-align:top;text-align:left;padding:0.3em 0.5em;border-top:1px solid #ccc"


def _where_saved(owner: StoreBacked) -> str:
    path = owner.read(lambda store: getattr(store, "path", None), None)
    return str(path) if path else t("reflect.unknown_place")


def notebook_name(stem: str) -> str:
    """A notebook as a learner reads it: "04 · Strength-based" (its stem when not a value's)."""
    values = {nb: key for key, nb in NOTEBOOKS.items()}
    number = stem.split("_", 1)[0]
    title = value_title(values[stem]) if stem in values else stem
    return t("bias_mirror.notebook", name=f"{number} · {title}" if stem in values else title)


def _joined(items: Sequence[str], key: str = "bias_mirror.list_and", comma: str = ", ") -> str:
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return t(key, rest=comma.join(items[:-1]), last=items[-1])


# --- one version: a reply box scored like a rewrite ----------------------------------------------


class MirrorExercise(RewriteExercise):
    """One version of a moment. Saved as a private journal entry, never as an attempt."""

    # No kind: the class is not registered as a scenario type, and flags are not offered.
    kind = ""

    def __init__(self, moment: MirrorMoment, variant: MirrorVariant, store: Any | None = None):
        self.moment = moment
        self.variant = variant
        super().__init__(moment.scenario(variant), store)

    def header_html(self) -> ipw.HTML:
        moment, n = self.moment, self.variant.number
        meta = [
            t("bias_mirror.kind"),
            t("bias_mirror.version", n=n, total=len(moment.variants)),
            t("common.values", values=", ".join(value_title(v) for v in moment.values)),
        ]
        if moment.minutes:
            meta.append(t("common.minutes", minutes=moment.minutes))
        privacy = t("bias_mirror.privacy", path=_where_saved(self))
        return ipw.HTML(
            f"<h3>{esc(moment.title)}</h3><p><em>{esc(' · '.join(meta))}</em></p>"
            + kind_box(para(t("bias_mirror.intro")) + para(privacy), role="note")
        )

    def _record(self, response: str, labels: Any, *, skipped: bool = False) -> None:
        """Keep the reply in the private journal (a skip keeps nothing): never an attempt."""
        if skipped or not response:
            return
        saved, message = self.save(
            lambda store: store.save_journal(self.variant.prompt_id, response)
        )
        note = t("bias_mirror.saved") if saved else message
        self.status.value = self.status.value + kind_box(esc(note))

    def last_attempt(self) -> Any | None:
        """The last reply to this version, from the private journal (where replies are kept)."""
        entries = self.read(lambda store: store.journal(self.variant.prompt_id), [])
        if not entries:
            return None
        last = entries[-1]
        return Attempt(0, self.s.id, None, last.text, (), False, last.created_at)

    def model_html(self, skip: Any = ()) -> str:
        return super().model_html(skip) + para(t("bias_mirror.model_note"))

    def fallback(self) -> tuple[str, str]:
        lines = [
            (t("common.content_note_label"), self.moment.content_note or ""),
            (t("common.setting_label"), self.variant.setting),
            (t("common.peer_says_label"), self.moment.peer_says),
            (t("common.task_label"), self.moment.prompt),
            (t("reflect.private_label"), t("bias_mirror.private_short")),
        ]
        return fallback_bundle(self.moment.title, lines, "bias_mirror.run_cell")


# --- the review: every reply side by side --------------------------------------------------------


def _labels_html(reply: Reply) -> str:
    if reply.text is None:
        return ""
    if not reply.labels:
        return esc(t("bias_mirror.nothing_noticed"))
    items = []
    for name in reply.labels:
        mark = _MARKS.get(getattr(LABELS.get(name), "polarity", ""), NEUTRAL_MARK)
        items.append(f"<li>{mark} {esc(label_title(name))}</li>")
    # A list for screen readers; its marks are in the words, so no bullets are drawn as well.
    return f"<ul style='list-style-type:none;padding-left:0;margin:0'>{''.join(items)}</ul>"


def _reply_html(reply: Reply) -> str:
    if reply.text is None:
        return f"<em>{esc(t('bias_mirror.not_answered'))}</em>"
    words = esc(reply.text).replace("\n", "<br>")
    more = f"<br><small>{esc(t('bias_mirror.first_of', n=reply.tries))}</small>"
    return words + (more if reply.tries > 1 else "")


def _length(reply: Reply) -> str:
    if reply.text is None:
        return ""
    n = len(reply.text.split())
    return t("bias_mirror.one_word") if n == 1 else t("bias_mirror.words", n=n)


def table_html(moment: MirrorMoment, found: Sequence[Reply]) -> str:
    """The replies side by side: one column per version, its detail as the heading."""
    head = "".join(f"<th scope='col' style='{_CELL}'>{esc(r.variant.detail)}</th>" for r in found)
    rows = [
        ("row_notebook", [esc(notebook_name(r.variant.notebook)) for r in found]),
        ("row_reply", [_reply_html(r) for r in found]),
        ("row_noticed", [_labels_html(r) for r in found]),
        ("row_length", [esc(_length(r)) for r in found]),
    ]
    body = "".join(
        f"<tr><th scope='row' style='{_CELL}'>{esc(t(f'bias_mirror.{key}'))}</th>"
        + "".join(f"<td style='{_CELL}'>{cell}</td>" for cell in cells)
        + "</tr>"
        for key, cells in rows
    )
    caption = esc(t("bias_mirror.caption", title=moment.title))
    return (
        "<div style='overflow-x:auto'><table style='border-collapse:collapse;width:100%'>"
        f"<caption style='text-align:left'>{caption}</caption>"
        f"<thead><tr><td style='{_CELL}'></td>{head}</tr></thead><tbody>{body}</tbody>"
        "</table></div>"
    )


def _quoted(labels: Sequence[str], key: str) -> str:
    return _joined([f"“{label_title(name)}”" for name in labels], key)


def contrast_words(contrast: Contrast) -> str:
    """One contrast in words: what the feedback noticed only in some replies, or all but them."""
    wheres = [v.where for v in contrast.variants]
    where = _joined(wheres, "bias_mirror.where_join", t("bias_mirror.where_comma"))
    number = "one" if len(contrast.variants) == 1 else "many"
    more = _quoted(contrast.more, "bias_mirror.list_and")
    fewer = _quoted(contrast.fewer, "bias_mirror.list_or")
    shape = "both" if more and fewer else ("more" if more else "fewer")
    return t(f"bias_mirror.{shape}_{number}", where=where, more=more, fewer=fewer)


def moment_html(moment: MirrorMoment, found: Sequence[Reply]) -> str:
    """One moment: what the person says, what is still to come, the table and the differences."""
    parts = [f"<h4>{esc(moment.title)}</h4><blockquote>{esc(moment.peer_says)}</blockquote>"]
    waiting = [r.variant for r in found if r.text is None]
    places = _joined([notebook_name(v.notebook) for v in waiting])
    if len(waiting) == len(found):
        return "".join(parts) + para(t("bias_mirror.none_yet", notebooks=places))
    if len(waiting) == 1:
        parts.append(para(t("bias_mirror.still_to_meet_one", notebooks=places)))
    elif waiting:
        parts.append(para(t("bias_mirror.still_to_meet_many", n=len(waiting), notebooks=places)))
    parts.append(table_html(moment, found))
    parts.append(f"<p><strong>{esc(t('bias_mirror.differences_heading'))}</strong></p>")
    answered = [r for r in found if r.text is not None]
    changes = differences(answered)
    if len(answered) < 2:
        parts.append(para(t("bias_mirror.too_few")))
    elif not changes:
        parts.append(para(t("bias_mirror.same_everywhere")))
    else:
        parts.append(html_list(esc(contrast_words(c)) for c in changes))
    return "".join(parts)


def review_html(bank: MirrorBank, journal: dict[str, list[str]]) -> str:
    """Every moment side by side, from ``journal`` (prompt id -> the texts saved, oldest first)."""
    return "".join(moment_html(m, replies(m, journal)) for m in bank.moments)


class MirrorReview(StoreBacked):
    """The replies side by side (refreshable), then a private reflection on what changed."""

    def __init__(self, bank: MirrorBank, store: Any | None = None):
        self.bank = bank
        self._store = store
        self.table = ipw.HTML()
        self.refresh_button = make_button("refresh", icon="refresh")
        self.refresh_button.on_click(self.refresh)
        self.entry = answer_box(
            t("bias_mirror.reflect_label"), t("bias_mirror.reflect_placeholder"), rows=5
        )
        self.save_button = make_button("save_privately", icon="save", style="primary")
        self.skip_button = make_button("skip", icon="forward")
        self.save_button.on_click(self.on_save)
        self.skip_button.on_click(self.on_skip)
        self.status = ipw.HTML()
        self.earlier = ipw.HTML(earlier_html(self, REVIEW_PROMPT_ID))
        top = self.notice_widgets()
        self.refresh()
        text, page = fallback_bundle(
            t("bias_mirror.heading"),
            [(t("reflect.private_label"), t("bias_mirror.private_short"))],
            "bias_mirror.review_run",
        )
        self.widget = ExerciseBox(
            [
                *top,
                ipw.HTML(self.intro_html()),
                self.table,
                self.refresh_button,
                ipw.HTML(
                    f"<h4>{esc(t('bias_mirror.reflect_heading'))}</h4>"
                    + para(t("bias_mirror.reflect_prompt"))
                ),
                self.entry,
                button_row([self.save_button, self.skip_button]),
                self.status,
                self.earlier,
                style_widget(),  # hidden; widgets/ui/a11y.py says why
            ],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.review = self

    def intro_html(self) -> str:
        privacy = t("bias_mirror.review_privacy", path=_where_saved(self))
        return (
            f"<h3>{esc(t('bias_mirror.heading'))}</h3>{para(t('bias_mirror.review_intro'))}"
            + kind_box(para(t("bias_mirror.not_proof")) + para(privacy), role="note")
        )

    def journal(self) -> dict[str, list[str]]:
        """The learner's mirror replies, prompt id -> texts, oldest first ({} when unreadable)."""
        entries = self.read(lambda store: list(store.journal()), [])
        found: dict[str, list[str]] = {}
        for entry in entries:
            prompt = str(getattr(entry, "prompt_id", ""))
            if prompt.startswith(REPLY_PREFIX) and prompt != REVIEW_PROMPT_ID:
                found.setdefault(prompt, []).append(str(getattr(entry, "text", "")))
        return found

    def refresh(self, _button: Any = None) -> None:
        self.table.value = review_html(self.bank, self.journal())

    def on_save(self, _button: Any = None) -> None:
        saved, message = save_entry(self, REVIEW_PROMPT_ID, self.entry)
        self.status.value = kind_box(esc(message))
        if saved:
            self.earlier.value = earlier_html(self, REVIEW_PROMPT_ID)

    def on_skip(self, _button: Any = None) -> None:
        self.status.value = kind_box(esc(t("bias_mirror.reflect_skipped")))


# --- the front door's two calls ------------------------------------------------------------------


def _bank() -> MirrorBank | ExerciseBox:
    try:
        return default_mirror()
    except DataFileError as error:
        return problems_box(error)


def mirror(variant_id: str, *, store: Any | None = None) -> ExerciseBox:
    """One version of a bias-mirror moment: a short reply, scored like a rewrite, kept private."""
    bank = _bank()
    if isinstance(bank, ExerciseBox):
        return bank
    found = bank.find(str(variant_id))
    if found is None:
        close = difflib.get_close_matches(str(variant_id), bank.variant_ids(), n=3)
        body = para(t("errors.unknown_id", id=variant_id))
        if close:
            body += para(t("errors.did_you_mean"))
            body += html_list(f"<code>{esc(c)}</code>" for c in close)
        return message_box(t("errors.unknown_heading"), body, str(variant_id))
    return MirrorExercise(*found, store).widget


def mirror_review(*, store: Any | None = None) -> ExerciseBox:
    """The learner's replies to every version side by side, privately, with a reflection."""
    bank = _bank()
    if isinstance(bank, ExerciseBox):
        return bank
    return MirrorReview(bank, store).widget
