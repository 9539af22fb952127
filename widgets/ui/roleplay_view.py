"""The role-play widget and the personal summary: thin ipywidgets layers over RolePlay.

Built from the same pieces as the exercises (widgets/ui/base.py), so a role-play looks, sounds to a
screen reader and saves progress the same way. The conversation itself is
widgets/content/roleplay.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ipywidgets as widgets

from widgets.content.roleplay import (
    LETTERS,
    SUMMARY_PROMPT_ID,
    Evidence,
    Node,
    RolePlay,
    Script,
    Turn,
    _label_title,
    load_roleplay,
    rt,
)
from widgets.core.datafiles import DataFileError
from widgets.core.state import on_forget
from widgets.core.text import t
from widgets.scoring import LABELS, Analysis
from widgets.scoring.feedback import NEXT_STEP_MARK, STRENGTH_MARK, feedback_html, found_in
from widgets.store import StoreError
from widgets.ui.a11y import style_widget
from widgets.ui.base import (
    LABEL_STYLE,
    ExerciseBox,
    esc,
    full_width,
    html_list,
    kind_box,
    make_button,
    problems_box,
    store_for,
    take_notice,
)
from widgets.ui.journal import earlier_html, journal_textarea, privacy_text, save_entry

__all__ = ["PersonalSummary", "RolePlayView", "personal_summary", "roleplay"]

# --- the view ------------------------------------------------------------------------------------

_last: dict[str, RolePlay | None] = {"play": None}


@on_forget("last_roleplay")
def _forget_last() -> None:
    _last["play"] = None


def _button(key: str, *, icon: str = "", style: str = "") -> widgets.Button:
    """A button with role-play words (the words carry the meaning; style is decoration)."""
    return widgets.Button(
        description=rt(key),
        tooltip=rt(f"{key}_tooltip"),
        icon=icon,
        button_style=style,
        layout=widgets.Layout(width="auto"),
    )


def _row(children: list[widgets.Widget]) -> widgets.HBox:
    return widgets.HBox(children, layout=widgets.Layout(flex_flow="row wrap"))


def _para(text: str) -> str:
    return f"<p>{esc(text)}</p>"


def _evidence_html(evidence: Iterable[Evidence]) -> list[str]:
    """Summary lines, one per label: the label in words, the turns it came up in, the message."""
    grouped: dict[str, list[Evidence]] = {}
    for ev in evidence:
        grouped.setdefault(ev.label, []).append(ev)
    lines = []
    for label, evs in grouped.items():
        turns = ", ".join(str(e.turn) for e in evs)
        where = rt("evidence_one" if len(evs) == 1 else "evidence_many", turns=turns)
        lines.append(
            f"{esc(_label_title(label))} <small>({esc(where)})</small>: {esc(evs[0].message)}"
        )
    return lines


class RolePlayView:
    """A thin widget over RolePlay: buttons for choices, a labelled box for own words, feedback.

    Every turn is saved as exercise ``roleplay-<id>-<node>`` via the progress store.
    """

    def __init__(self, script: Script, store: Any | None = None):
        self.script = script
        self._store = store
        self.play = RolePlay(script, on_turn=self._record)
        self.started = not script.content_note
        self.opened: set[str] = set()
        self.header = widgets.HTML(self.header_html())
        self.transcript = widgets.HTML()
        self.turn_area = widgets.VBox()
        self.feedback = widgets.HTML()
        self.status = widgets.HTML()
        self.summary = widgets.HTML()
        self.restart_button = _button("restart", icon="repeat")
        self.restart_button.on_click(self.on_restart)
        self.skip_button = _button("skip_turn", icon="forward")
        self.skip_button.on_click(self.on_skip)
        self.entry = widgets.Textarea(
            # Sync once, on leaving the box: typed-as-you-go updates can still be in flight when
            # a quick Tab + Enter presses the button, and the end of the answer would be lost.
            continuous_update=False,
            value="",
            placeholder=rt("entry_placeholder"),
            description=rt("entry_label", peer=script.peer_name),
            tooltip=rt("entry_label", peer=script.peer_name),
            style=LABEL_STYLE,
            rows=4,
            layout=full_width(),
        )
        self.send_button = _button("send", icon="paper-plane", style="primary")
        self.send_button.on_click(self.on_send)
        self.choice_buttons: list[widgets.Button] = []
        top: list[widgets.Widget] = []
        notice = take_notice(self._notice_store())
        if notice is not None:
            top.append(notice)
        text, page = self.fallback()
        self.widget = ExerciseBox(
            [
                *top,
                self.header,
                self.transcript,
                self.feedback,
                self.turn_area,
                self.summary,
                self.status,
                _row([self.restart_button]),
                style_widget(),  # hidden; widgets/a11y.py says why
            ],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.roleplay = self
        self.render()

    @property
    def store(self) -> Any:
        return store_for(self._store)

    def _notice_store(self) -> Any:
        try:
            return self.store
        except (OSError, StoreError):
            return None

    # -- pieces

    def header_html(self) -> str:
        s = self.script
        parts = [
            f"<h3>{esc(s.title)}</h3>",
            f"<p><em>{esc(rt('kind'))}</em></p>",
            f"<p><strong>{esc(rt('setting_label'))}:</strong> {esc(s.setting)}</p>",
        ]
        if s.intro:
            parts.append(_para(s.intro))
        return "".join(parts)

    def fallback(self) -> tuple[str, str]:
        s = self.script
        lines = [
            (rt("content_note_label"), s.content_note or ""),
            (rt("setting_label"), s.setting),
            (rt("first_line_label", peer=s.peer_name), s[s.start].peer_says),
        ]
        lines = [(label, value) for label, value in lines if value]
        run = rt("run_cell")
        text = "\n".join([s.title, *(f"{k}: {v}" for k, v in lines), run])
        body = "".join(f"<p><strong>{esc(k)}:</strong> {esc(v)}</p>" for k, v in lines)
        page = f"<div><h4>{esc(s.title)}</h4>{body}<p><em>{esc(run)}</em></p></div>"
        return text, page

    def peer_html(self, node: Node) -> str:
        who = rt("peer_says", peer=self.script.peer_name)
        return f"<p><strong>{esc(who)}</strong></p><blockquote>{esc(node.peer_says)}</blockquote>"

    def transcript_html(self) -> str:
        turns = self.play.transcript
        if not turns:
            return ""
        items = []
        for turn in turns:
            said = esc(rt("skipped_mark")) if turn.skipped else esc(turn.response)
            items.append(
                f"<p><strong>{esc(rt('turn', n=turn.number))}.</strong> "
                f"<strong>{esc(self.script.peer_name)}:</strong> {esc(turn.peer_says)}<br>"
                f"<strong>{esc(rt('you'))}:</strong> {said}</p>"
            )
        return (
            f"<details><summary>{esc(rt('transcript_heading'))}</summary>{''.join(items)}</details>"
        )

    def note_gate(self, note: str, go: str, skip: str) -> list[widgets.Widget]:
        box = widgets.HTML(
            kind_box(
                f"<p><strong>{esc(t('content_note.heading'))}</strong></p>{_para(note)}"
                f"{_para(t('content_note.choice'))}",
                role="note",
            )
        )
        go_button = _button(go, icon="arrow-right")
        skip_button = _button(skip, icon="forward")
        go_button.on_click(self.on_open)
        skip_button.on_click(self.on_skip_all if skip == "skip_all" else self.on_skip)
        self.gate_buttons = (go_button, skip_button)
        return [box, _row([go_button, skip_button])]

    def render(self) -> None:
        """Show the current turn (or the content note before it, or the ending and summary)."""
        play = self.play
        node = play.node
        self.transcript.value = self.transcript_html()
        self.choice_buttons = []
        self.summary.value = ""
        if not self.started:
            self.turn_area.children = self.note_gate(self.script.content_note, "start", "skip_all")
            return
        if node.content_note and node.id not in self.opened and not node.is_end:
            self.turn_area.children = self.note_gate(node.content_note, "continue", "skip_turn")
            return
        heading = widgets.HTML(
            f"<h4>{esc(rt('turn', n=len(play.transcript) + 1))}</h4>" + self.peer_html(node)
            if not node.is_end
            else self.peer_html(node)
        )
        if node.is_end:
            self.turn_area.children = [heading]
            self.summary.value = self.summary_html()
            _last["play"] = play
            return
        task = widgets.HTML(
            f"<p><strong>{esc(rt('task'))}</strong> {esc(node.prompt)}</p>" if node.prompt else ""
        )
        if node.kind == "choice":
            options = [
                f"<strong>{esc(rt('reply_button', letter=LETTERS[i]))}:</strong> {esc(c.text)}"
                for i, c in enumerate(node.choices)
            ]
            listing = widgets.HTML(
                f"<p><strong>{esc(rt('options_heading'))}</strong></p>{html_list(options)}"
            )
            for i, choice in enumerate(node.choices):
                button = widgets.Button(
                    description=rt("reply_button", letter=LETTERS[i]),
                    tooltip=rt("reply_tooltip", letter=LETTERS[i], text=choice.text),
                    layout=widgets.Layout(width="auto"),
                )
                button.on_click(lambda _b, i=i, nid=node.id: self.on_choose(i, nid))
                self.choice_buttons.append(button)
            self.turn_area.children = [
                heading,
                task,
                listing,
                _row([*self.choice_buttons, self.skip_button]),
            ]
        else:
            looks = ", ".join(_label_title(label) for label in node.look_for)
            hint = widgets.HTML(_para(rt("look_for", labels=looks)))
            self.entry.value = ""
            self.entry.description = rt("entry_label", peer=self.script.peer_name)
            self.turn_area.children = [
                heading,
                task,
                hint,
                self.entry,
                _row([self.send_button, self.skip_button]),
            ]

    # -- feedback

    def choice_feedback(self, node: Node, index: int) -> str:
        choice = node.choices[index]
        good = [_label_title(x) for x in choice.labels if LABELS[x].polarity == "strength"]
        slips = [_label_title(x) for x in choice.labels if LABELS[x].polarity == "slip"]
        parts = [
            f"<p><strong>{esc(rt('you_replied'))}</strong></p><blockquote>{esc(choice.text)}</blockquote>"
        ]
        if good:
            parts.append(
                f"<p>{STRENGTH_MARK} <strong>{esc(rt('lives'))}</strong> {esc(', '.join(good))}</p>"
            )
        if slips:
            parts.append(
                f"<p>{NEXT_STEP_MARK} <strong>{esc(rt('not_yet'))}</strong> "
                f"{esc(', '.join(slips))}</p>"
            )
        parts.append(f"<p><strong>{esc(rt('why'))}</strong> {esc(choice.why)}</p>")
        return kind_box("".join(parts))

    def free_feedback(self, node: Node, analysis: Analysis) -> str:
        """The learner's reply, then strengths first (this turn's own checks, then the scorer's)."""
        labels = analysis.labels
        advice = {note.label: note.message for note in analysis.suggestions}
        met = [
            f"{STRENGTH_MARK} {esc(t('rewrite.shown', label=_label_title(name)))}"
            for name in node.look_for
            if name in labels
        ]
        not_yet = []
        if not met:
            looks = ", ".join(_label_title(x) for x in node.look_for)
            not_yet.append(f"{NEXT_STEP_MARK} {esc(rt('none_shown', labels=looks))}")
        covered = set()
        for name in node.avoid:
            if name in labels:
                step = advice.get(name, "")
                not_yet.append(
                    f"{NEXT_STEP_MARK} <strong>"
                    f"{esc(t('rewrite.still_there', label=_label_title(name)))}</strong> "
                    f"{esc(found_in(analysis, name))} {esc(step)}".rstrip()
                )
                covered.add(name)
        body = (
            f"<p><strong>{esc(rt('you_replied'))}</strong></p>"
            f"<blockquote>{esc(analysis.text)}</blockquote>"
            f"{feedback_html(analysis, met=met, not_yet=not_yet, covered=covered)}"
            f"{self.model_html(node)}"
        )
        return kind_box(body)

    def model_html(self, node: Node, heading: str | None = None) -> str:
        model = node.model_answer
        if model is None:
            return ""
        return (
            f"<p><strong>{esc(heading or t('model.heading'))}</strong></p>"
            f"<blockquote>{esc(model.text)}</blockquote>"
            f"<p><strong>{esc(t('model.why'))}</strong> {esc(model.why)}</p>"
        )

    def summary_html(self) -> str:
        play = self.play
        node = play.node
        summary = play.summary_per_value()
        parts = [
            f"<h4>{esc(rt('end_heading'))}</h4>{_para(node.ending)}",
            f"<h4>{esc(rt('summary_heading'))}</h4>{_para(rt('summary_intro'))}",
            f"<h5>{esc(rt('lived_heading'))}</h5>",
        ]
        lived = [s for s in summary.values() if s.shown]
        if lived:
            items = []
            for s in lived:
                bits = _evidence_html(s.lived)
                items.append(f"{STRENGTH_MARK} <strong>{esc(s.title)}</strong>{html_list(bits)}")
            parts.append(html_list(items))
        else:
            parts.append(_para(rt("no_lived")))
        parts.append(f"<h5>{esc(rt('not_yet_heading'))}</h5>")
        steps = []
        for s in summary.values():
            if not (s.next_step or s.not_yet):
                continue
            bits = _evidence_html(s.not_yet)
            if s.next_step:
                bits.append(f"<strong>{esc(rt('practice'))}</strong> {esc(s.next_step)}")
            steps.append(
                f"{NEXT_STEP_MARK} <strong>{esc(rt('not_yet'))} {esc(s.title)}</strong> "
                f"<small>({esc(rt('notebook', notebook=s.notebook))})</small>{html_list(bits)}"
            )
        parts.append(html_list(steps))
        if play.skipped_count:
            parts.append(_para(rt("skipped_count", n=play.skipped_count)))
        parts.append(_para(rt("again")))
        return kind_box("".join(parts))

    # -- actions

    def on_open(self, _button: Any = None) -> None:
        if not self.started:
            self.started = True
        else:
            self.opened.add(self.play.current)
        self.status.value = ""
        self.render()

    def on_skip_all(self, _button: Any = None) -> None:
        self.status.value = kind_box(esc(rt("skipped_all")))
        self._save(f"roleplay-{self.script.id}", "", (), None, skipped=True)

    def on_choose(self, index: int, node_id: str | None = None) -> None:
        """Send reply ``index``; a click from an earlier turn's button (``node_id``) is ignored."""
        node = self.play.node
        if node.kind != "choice" or (node_id is not None and node_id != node.id):
            return
        self.status.value = ""
        self.play.choose(index)
        self.feedback.value = self.choice_feedback(node, index)
        self.render()

    def on_send(self, _button: Any = None) -> None:
        node = self.play.node
        if node.kind != "free":
            return
        text = self.entry.value
        if not text.strip():
            self.status.value = kind_box(esc(rt("empty")))
            return
        self.status.value = ""
        analysis = self.play.reply(text)
        self.feedback.value = self.free_feedback(node, analysis)
        self.render()

    def on_skip(self, _button: Any = None) -> None:
        node = self.play.node
        if node.is_end:
            return
        self.status.value = ""
        self.play.skip()
        body = _para(rt("turn_skipped"))
        if node.kind == "free":
            body += self.model_html(node, rt("model_after_skip"))
        self.feedback.value = kind_box(body)
        self.render()

    def on_restart(self, _button: Any = None) -> None:
        self.play.restart()
        self.opened.clear()
        self.feedback.value = ""
        self.status.value = kind_box(esc(rt("restarted")))
        self.render()

    def _record(self, turn: Turn, node: Node) -> None:
        value = node.values[0] if node.values else None
        self._save(
            f"roleplay-{self.script.id}-{turn.node_id}",
            turn.response,
            turn.labels,
            value,
            skipped=turn.skipped,
        )

    def _save(
        self,
        exercise_id: str,
        response: str,
        labels: Iterable[str],
        value: str | None,
        *,
        skipped: bool,
    ) -> None:
        """Save after the feedback is shown; a failed save is said kindly and nothing stops."""
        try:
            self.store.record_attempt(
                exercise_id, response, sorted(labels), value=value, skipped=skipped
            )
        except (OSError, StoreError, ValueError) as err:
            self.status.value += kind_box(esc(t("common.save_failed", error=str(err))))


def roleplay(name: str = "closing", *, store: Any | None = None) -> ExerciseBox:
    """The role-play widget for data/roleplays/<name>.yaml (problems shown as a readable list)."""
    try:
        script = load_roleplay(name)
    except DataFileError as error:
        return problems_box(error)
    return RolePlayView(script, store).widget


# --- the personal summary -----------------------------------------------------------------------


@dataclass
class _SummaryParts:
    entry: widgets.Textarea
    status: widgets.HTML
    earlier: widgets.HTML
    buttons: dict[str, widgets.Button] = field(default_factory=dict)


class PersonalSummary:
    """A private note to self at the end of the course, saved only in this computer's journal."""

    def __init__(self, store: Any | None = None):
        self._store = store
        entry = journal_textarea(rt("summary_label"), rt("summary_placeholder"), rows=8)
        self.parts = _SummaryParts(entry, widgets.HTML(), widgets.HTML(self.earlier_html()))
        save = make_button("save_privately", icon="save", style="primary")
        fill = _button("summary_fill", icon="clipboard")
        skip = make_button("skip", icon="forward")
        save.on_click(self.on_save)
        fill.on_click(self.on_fill)
        skip.on_click(self.on_skip)
        self.parts.buttons = {"save": save, "fill": fill, "skip": skip}
        prompts = html_list(esc(p) for p in rt("summary_prompts").split("|"))
        intro = widgets.HTML(
            f"<h3>{esc(rt('summary_title'))}</h3>{prompts}{_para(self.privacy_text())}"
        )
        title = rt("summary_title")
        private = t("reflect.private_short")
        run = rt("summary_run")
        text = f"{title}\n{t('reflect.private_label')}: {private}\n{run}"
        page = (
            f"<div><h4>{esc(title)}</h4><p><strong>{esc(t('reflect.private_label'))}:</strong> "
            f"{esc(private)}</p><p><em>{esc(run)}</em></p></div>"
        )
        self.widget = ExerciseBox(
            [
                intro,
                entry,
                _row([save, fill, skip]),
                self.parts.status,
                self.parts.earlier,
                style_widget(),
            ],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.summary = self

    @property
    def store(self) -> Any:
        return store_for(self._store)

    def privacy_text(self) -> str:
        return privacy_text(lambda: self.store)

    def earlier_html(self) -> str:
        return earlier_html(lambda: self.store, SUMMARY_PROMPT_ID)

    def draft(self) -> str | None:
        """A starting text from the last finished role-play, or None if there is none yet."""
        play = _last["play"]
        if play is None or not play.finished:
            return None
        summary = play.summary_per_value()
        keep = [s.title for s in summary.values() if s.shown]
        grow = [s.title for s in summary.values() if not s.shown or s.not_yet]
        return "\n".join(
            [
                f"{rt('draft_keep')} {', '.join(keep)}",
                f"{rt('draft_grow')} {', '.join(grow)}",
                f"{rt('draft_week')} ",
            ]
        )

    def on_fill(self, _button: Any = None) -> None:
        text = self.draft()
        if text is None:
            self.parts.status.value = kind_box(esc(rt("summary_no_play")))
            return
        self.parts.entry.value = text
        self.parts.status.value = kind_box(esc(rt("summary_filled")))

    def on_save(self, _button: Any = None) -> None:
        saved, message = save_entry(lambda: self.store, SUMMARY_PROMPT_ID, self.parts.entry)
        self.parts.status.value = kind_box(esc(message))
        if saved:
            self.parts.earlier.value = self.earlier_html()

    def on_skip(self, _button: Any = None) -> None:
        self.parts.status.value = kind_box(esc(rt("summary_skipped")))


def personal_summary(*, store: Any | None = None) -> ExerciseBox:
    """A private end-of-course summary, saved with save_journal("personal-summary", text)."""
    return PersonalSummary(store).widget
