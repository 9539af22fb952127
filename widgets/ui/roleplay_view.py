"""The role-play widget: a thin ipywidgets layer over the RolePlay conversation.

Built from the same pieces as the exercises (widgets/ui/base.py, controls.py), so a role-play looks,
sounds to a screen reader and saves progress the same way. The conversation itself is
widgets/content/roleplay.py; what it says is widgets/ui/roleplay_html.py. Every turn is saved as
an attempt ``roleplay-<id>-<node>``, which is how the personal summary (widgets/ui/summary.py)
finds the play-through later, even after a restart of the kernel.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ipywidgets as ipw

from widgets.content.roleplay import LETTERS, Node, RolePlay, Script, Turn, load_roleplay
from widgets.core.datafiles import DataFileError
from widgets.core.text import t
from widgets.scoring import label_title
from widgets.ui import roleplay_html as say
from widgets.ui.a11y import style_widget
from widgets.ui.base import ExerciseBox, StoreBacked, problems_box
from widgets.ui.controls import answer_box, button_row, text_button
from widgets.ui.flags import FlagPanel
from widgets.ui.markup import esc, html_list, kind_box, para

__all__ = ["RolePlayView", "roleplay"]


def _button(key: str, *, icon: str = "", style: str = "") -> ipw.Button:
    """A button with role-play words: roleplay.<key> says it, roleplay.<key>_tooltip explains."""
    return text_button(t(f"roleplay.{key}"), t(f"roleplay.{key}_tooltip"), icon=icon, style=style)


class RolePlayView(StoreBacked):
    """A thin widget over RolePlay: buttons for choices, a labelled box for own words, feedback.

    Every turn is saved as exercise ``roleplay-<id>-<node>`` via the progress store.
    """

    def __init__(self, script: Script, store: Any | None = None):
        self.script = script
        self._store = store
        self.play = RolePlay(script, on_turn=self._record)
        self.started = not script.content_note
        self.opened: set[str] = set()
        self.header = ipw.HTML(say.header_html(script))
        self.transcript = ipw.HTML()
        self.turn_area = ipw.VBox()
        self.feedback = ipw.HTML()
        self.flag = FlagPanel(self)  # "This feedback seems wrong", under feedback on own words
        self.status = ipw.HTML()
        self.summary = ipw.HTML()
        self.restart_button = _button("restart", icon="repeat")
        self.restart_button.on_click(self.on_restart)
        self.skip_button = _button("skip_turn", icon="forward")
        self.skip_button.on_click(self.on_skip)
        self.entry = answer_box(
            t("roleplay.entry_label", peer=script.peer_name), t("roleplay.entry_placeholder")
        )
        self.send_button = _button("send", icon="paper-plane", style="primary")
        self.send_button.on_click(self.on_send)
        self.choice_buttons: list[ipw.Button] = []
        top = self.notice_widgets()
        text, page = say.fallback(script)
        self.widget = ExerciseBox(
            [
                *top,
                self.header,
                self.transcript,
                self.feedback,
                self.flag.widget,
                self.turn_area,
                self.summary,
                self.status,
                button_row([self.restart_button]),
                style_widget(),  # hidden; widgets/ui/a11y.py says why
            ],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.roleplay = self
        self.render()

    # -- what the turn area shows

    def render(self) -> None:
        """Show the current turn (or the content note before it, or the ending and summary)."""
        node = self.play.node
        self.transcript.value = say.transcript_html(self.script, self.play.transcript)
        self.choice_buttons = []
        self.summary.value = ""
        if not self.started:
            self.turn_area.children = self.note_gate(self.script.content_note, "start", "skip_all")
        elif node.content_note and node.id not in self.opened and not node.is_end:
            self.turn_area.children = self.note_gate(node.content_note, "continue", "skip_turn")
        elif node.is_end:
            self.turn_area.children = [ipw.HTML(say.peer_html(self.script, node))]
            self.summary.value = say.ending_html(self.play)
        elif node.kind == "choice":
            self.turn_area.children = [*self.turn_heading(node), *self.choice_controls(node)]
        else:
            self.turn_area.children = [*self.turn_heading(node), *self.free_controls(node)]

    def note_gate(self, note: str, go: str, skip: str) -> list[ipw.Widget]:
        """A content note and the choice to go on or skip, before the turn (or the play)."""
        box = ipw.HTML(
            kind_box(
                f"<p><strong>{esc(t('content_note.heading'))}</strong></p>{para(note)}"
                f"{para(t('content_note.choice'))}",
                role="note",
            )
        )
        go_button = _button(go, icon="arrow-right")
        skip_button = _button(skip, icon="forward")
        go_button.on_click(self.on_open)
        skip_button.on_click(self.on_skip_all if skip == "skip_all" else self.on_skip)
        self.gate_buttons = (go_button, skip_button)
        return [box, button_row([go_button, skip_button])]

    def turn_heading(self, node: Node) -> list[ipw.Widget]:
        """The turn's number and the peer's line, then the task (if the turn has one)."""
        number = t("roleplay.turn", n=len(self.play.transcript) + 1)
        heading = ipw.HTML(f"<h4>{esc(number)}</h4>" + say.peer_html(self.script, node))
        task = ipw.HTML(
            f"<p><strong>{esc(t('roleplay.task'))}</strong> {esc(node.prompt)}</p>"
            if node.prompt
            else ""
        )
        return [heading, task]

    def choice_controls(self, node: Node) -> list[ipw.Widget]:
        """Every reply listed in words, then one button per reply (A, B, ...) and Skip."""
        options = [
            f"<strong>{esc(t('roleplay.reply_button', letter=LETTERS[i]))}:</strong> {esc(c.text)}"
            for i, c in enumerate(node.choices)
        ]
        listing = ipw.HTML(
            f"<p><strong>{esc(t('roleplay.options_heading'))}</strong></p>{html_list(options)}"
        )
        for i, choice in enumerate(node.choices):
            button = ipw.Button(
                description=t("roleplay.reply_button", letter=LETTERS[i]),
                tooltip=t("roleplay.reply_tooltip", letter=LETTERS[i], text=choice.text),
                layout=ipw.Layout(width="auto"),
            )
            button.on_click(lambda _b, i=i, nid=node.id: self.on_choose(i, nid))
            self.choice_buttons.append(button)
        return [listing, button_row([*self.choice_buttons, self.skip_button])]

    def free_controls(self, node: Node) -> list[ipw.Widget]:
        """What to look for, an empty answer box, Send and Skip."""
        looks = ", ".join(label_title(label) for label in node.look_for)
        hint = ipw.HTML(para(t("roleplay.look_for", labels=looks)))
        self.entry.value = ""
        self.entry.description = t("roleplay.entry_label", peer=self.script.peer_name)
        return [hint, self.entry, button_row([self.send_button, self.skip_button])]

    # -- actions

    def on_open(self, _button: Any = None) -> None:
        if not self.started:
            self.started = True
        else:
            self.opened.add(self.play.current)
        self.status.value = ""
        self.render()

    def on_skip_all(self, _button: Any = None) -> None:
        self.status.value = kind_box(esc(t("roleplay.skipped_all")))
        self._save(f"roleplay-{self.script.id}", "", (), None, skipped=True)

    def on_choose(self, index: int, node_id: str | None = None) -> None:
        """Send reply ``index``; a click from an earlier turn's button (``node_id``) is ignored."""
        node = self.play.node
        if node.kind != "choice" or (node_id is not None and node_id != node.id):
            return
        self.status.value = ""
        self.play.choose(index)
        self.feedback.value = say.choice_feedback(node, index)
        self.flag.hide()
        self.render()

    def on_send(self, _button: Any = None) -> None:
        node = self.play.node
        if node.kind != "free":
            return
        text = self.entry.value
        if not text.strip():
            self.status.value = kind_box(esc(t("roleplay.empty")))
            return
        self.status.value = ""
        analysis = self.play.reply(text)
        self.feedback.value = say.free_feedback(node, analysis)
        self.flag.offer(f"roleplay-{self.script.id}-{node.id}", text, analysis.labels)
        self.render()

    def on_skip(self, _button: Any = None) -> None:
        node = self.play.node
        if node.is_end:
            return
        self.status.value = ""
        self.play.skip()
        body = para(t("roleplay.turn_skipped"))
        if node.kind == "free":
            body += say.model_html(node, t("roleplay.model_after_skip"))
        self.feedback.value = kind_box(body)
        self.flag.hide()
        self.render()

    def on_restart(self, _button: Any = None) -> None:
        self.play.restart()
        self.opened.clear()
        self.feedback.value = ""
        self.flag.hide()
        self.status.value = kind_box(esc(t("roleplay.restarted")))
        self.render()

    # -- saving

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
        saved, message = self.save(
            lambda store: store.record_attempt(
                exercise_id, response, sorted(labels), value=value, skipped=skipped
            )
        )
        if not saved:
            self.status.value += kind_box(esc(message))


def roleplay(name: str = "closing", *, store: Any | None = None) -> ExerciseBox:
    """The role-play widget for data/roleplays/<name>.yaml (problems shown as a readable list)."""
    try:
        script = load_roleplay(name)
    except DataFileError as error:
        return problems_box(error)
    return RolePlayView(script, store).widget
