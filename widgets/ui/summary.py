"""The personal summary: a private note to self at the end of the course, with a starting text.

"Start from my role-play" fills the box from the learner's last finished role-play (any of those
in data/roleplays; the status line names it). That play-through is rebuilt from the learner's own
progress store, not remembered in the kernel: each turn was saved as an attempt
``roleplay-<id>-<node>`` (the words, the labels, whether it was skipped), and replaying those
attempts through the RolePlay engine gives the same summary, also after a kernel restart or in
another notebook. A view can instead be handed a play explicitly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import ipywidgets as ipw

from widgets.content.roleplay import (
    ROLEPLAY_DIR,
    SUMMARY_PROMPT_ID,
    Node,
    RolePlay,
    RolePlayError,
    Script,
    load_roleplay,
)
from widgets.core.datafiles import DataFileError
from widgets.core.text import t
from widgets.ui.a11y import style_widget
from widgets.ui.base import ExerciseBox, StoreBacked
from widgets.ui.controls import answer_box, button_row, make_button, text_button
from widgets.ui.journal import earlier_html, privacy_text, save_entry
from widgets.ui.markup import esc, html_list, kind_box, para

__all__ = ["PersonalSummary", "last_finished_play", "personal_summary", "replay"]

# --- the last finished play-through, rebuilt from saved turns ---------------------------------


def _choice_index(node: Node, attempt: Any) -> int | None:
    """Which reply a saved choice was: same words and labels (else same words), or None."""
    same_words = [i for i, c in enumerate(node.choices) if c.text == attempt.response]
    for i in same_words:
        if tuple(sorted(set(node.choices[i].labels))) == tuple(attempt.labels):
            return i
    return same_words[0] if same_words else None


def _take_turn(play: RolePlay, node: Node, attempt: Any) -> bool:
    """Take one saved turn again; False when it no longer fits the script (edited since)."""
    try:
        if attempt.skipped:
            play.skip()
        elif node.kind == "choice":
            index = _choice_index(node, attempt)
            if index is None:
                return False
            play.choose(index)
        else:
            play.reply(attempt.response)
    except RolePlayError:
        return False
    return True


def replay(script: Script, attempts: Sequence[Any]) -> tuple[int, RolePlay] | None:
    """The last play-through of ``script`` that reached an end, and its last attempt's position.

    ``attempts`` are the store's attempts, oldest first. A turn at the first node after an ending
    (or after Start again) begins a new play-through; a turn that does not follow on (a save that
    failed, a script edited since) is passed over until the play starts again.
    """
    prefix = f"roleplay-{script.id}-"
    play, found = RolePlay(script), None
    for at, attempt in enumerate(attempts):
        node_id = str(attempt.exercise_id).removeprefix(prefix)
        if node_id == attempt.exercise_id or node_id not in script:
            continue
        if play.finished or node_id != play.current:
            play = RolePlay(script)
            if node_id != play.current:
                continue
        if not _take_turn(play, script[node_id], attempt):
            play = RolePlay(script)
        elif play.finished:
            found = (at, play)
    return found


def course_roleplays() -> list[Script]:
    """Every role-play in data/roleplays that loads (a broken file is shown where it is used)."""
    scripts = []
    for path in sorted(ROLEPLAY_DIR.glob("*.yaml")):
        try:
            scripts.append(load_roleplay(path))
        except DataFileError:
            continue
    return scripts


def last_finished_play(
    attempts: Sequence[Any], scripts: Iterable[Script] | None = None
) -> RolePlay | None:
    """The role-play finished last in ``attempts`` (of the course's role-plays by default)."""
    if not any(str(a.exercise_id).startswith("roleplay-") for a in attempts):
        return None
    found = [
        done
        for s in (course_roleplays() if scripts is None else scripts)
        if (done := replay(s, attempts))
    ]
    return max(found, key=lambda done: done[0])[1] if found else None


# --- the view ------------------------------------------------------------------------------------


@dataclass
class _SummaryParts:
    entry: ipw.Textarea
    status: ipw.HTML
    earlier: ipw.HTML
    buttons: dict[str, ipw.Button] = field(default_factory=dict)


class PersonalSummary(StoreBacked):
    """A private note to self at the end of the course, saved only in this computer's journal.

    ``play`` is the play-through to start from; None (usual) rebuilds the last finished one from
    the store when "Start from my role-play" is pressed.
    """

    def __init__(self, store: Any | None = None, play: RolePlay | None = None):
        self._store = store
        self.play = play
        entry = answer_box(t("roleplay.summary_label"), t("roleplay.summary_placeholder"), rows=8)
        self.parts = _SummaryParts(entry, ipw.HTML(), ipw.HTML(self.earlier_html()))
        save = make_button("save_privately", icon="save", style="primary")
        fill = text_button(
            t("roleplay.summary_fill"), t("roleplay.summary_fill_tooltip"), icon="clipboard"
        )
        skip = make_button("skip", icon="forward")
        save.on_click(self.on_save)
        fill.on_click(self.on_fill)
        skip.on_click(self.on_skip)
        self.parts.buttons = {"save": save, "fill": fill, "skip": skip}
        text, page = self.fallback()
        self.widget = ExerciseBox(
            [
                ipw.HTML(self.intro_html()),
                entry,
                button_row([save, fill, skip]),
                self.parts.status,
                self.parts.earlier,
                style_widget(),  # hidden; widgets/ui/a11y.py says why
            ],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.summary = self

    def intro_html(self) -> str:
        prompts = html_list(esc(p) for p in t("roleplay.summary_prompts").split("|"))
        title = esc(t("roleplay.summary_title"))
        return f"<h3>{title}</h3>{prompts}{para(self.privacy_text())}"

    def fallback(self) -> tuple[str, str]:
        """Plain text and HTML for a notebook saved without widget state."""
        title, run = t("roleplay.summary_title"), t("roleplay.summary_run")
        label, private = t("reflect.private_label"), t("reflect.private_short")
        text = f"{title}\n{label}: {private}\n{run}"
        page = (
            f"<div><h4>{esc(title)}</h4><p><strong>{esc(label)}:</strong> "
            f"{esc(private)}</p><p><em>{esc(run)}</em></p></div>"
        )
        return text, page

    def privacy_text(self) -> str:
        return privacy_text(self)

    def earlier_html(self) -> str:
        return earlier_html(self, SUMMARY_PROMPT_ID)

    def last_play(self) -> RolePlay | None:
        """The play-through to start from: the one given, else the last finished in the store."""
        if self.play is not None:
            return self.play
        attempts = self.read(lambda store: list(store.attempts()), [])
        return last_finished_play(attempts)

    def draft(self, play: RolePlay | None = None) -> str | None:
        """A starting text from ``play`` (default: the last finished role-play), or None if
        there is none yet."""
        play = play if play is not None else self.last_play()
        if play is None or not play.finished:
            return None
        summary = play.summary_per_value()
        keep = [s.title for s in summary.values() if s.shown]
        grow = [s.title for s in summary.values() if not s.shown or s.not_yet]
        return "\n".join(
            [
                f"{t('roleplay.draft_keep')} {', '.join(keep)}",
                f"{t('roleplay.draft_grow')} {', '.join(grow)}",
                f"{t('roleplay.draft_week')} ",
            ]
        )

    def on_fill(self, _button: Any = None) -> None:
        play = self.last_play()
        text = self.draft(play)
        if play is None or text is None:
            self.parts.status.value = kind_box(esc(t("roleplay.summary_no_play")))
            return
        self.parts.entry.value = text
        # The course has several role-plays: say which one the notes come from.
        which = t("roleplay.summary_from", title=play.script.title)
        self.parts.status.value = kind_box(esc(f"{t('roleplay.summary_filled')} {which}"))

    def on_save(self, _button: Any = None) -> None:
        saved, message = save_entry(self, SUMMARY_PROMPT_ID, self.parts.entry)
        self.parts.status.value = kind_box(esc(message))
        if saved:
            self.parts.earlier.value = self.earlier_html()

    def on_skip(self, _button: Any = None) -> None:
        self.parts.status.value = kind_box(esc(t("roleplay.summary_skipped")))


def personal_summary(*, store: Any | None = None) -> ExerciseBox:
    """A private end-of-course summary, saved with save_journal("personal-summary", text)."""
    return PersonalSummary(store).widget
