"""A dilemma: a situation with no single right answer, and voices that weigh it differently.

The learner chooses the way they lean (labelled radio buttons) and writes why in the course's
answer box. Pressing the button saves both as an attempt (the words are private like every
answer: never scored, and left out of an anonymous export) and shows:

* what they chose, and which themes their words touched, pointing at those words: a small keyword
  match against data/lexicon/value_words.csv (widgets/content/themes.py). It only says what it
  found ("You wrote about: ..."), never that something is missing: the rest is "the voices also
  weighed";
* how several experienced (fictional) peer workers weigh it: who each is, the option they lean
  towards and why, including where they disagree. No option is marked right or wrong;
* a question to take to supervision.

The voices appear only after the learner has chosen or skipped, so they think first.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as ipw

from widgets.content.themes import Touch, theme_title, touched
from widgets.core.datafiles import DataFileError
from widgets.core.text import t
from widgets.ui.base import Exercise, Result
from widgets.ui.controls import LABEL_STYLE, answer_box, full_width
from widgets.ui.markup import esc, fallback_bundle, html_list, kind_box

__all__ = ["DilemmaExercise"]


def _quoted(text: str) -> str:
    return f"“{esc(text)}”"


def _html(key: str, **fields: str) -> str:
    """The words for ``key``, escaped, with already-escaped HTML ``fields`` put in their place."""
    marks = {name: f"\x00{i}\x00" for i, name in enumerate(fields)}
    out = esc(t(key, **marks))
    for name, mark in marks.items():
        out = out.replace(mark, fields[name])
    return out


def _joined(parts: list[str]) -> str:
    """Already-escaped parts as one phrase: "a", "a and b", "a, b and c"."""
    if len(parts) < 2:
        return "".join(parts)
    return t("rewrite.list_and", rest=", ".join(parts[:-1]), last=parts[-1])


class DilemmaExercise(Exercise):
    """Lean one way, say why, then hear the voices; nothing is scored, nothing is "best"."""

    kind = "dilemma"
    scored = False

    def build_inputs(self) -> list[ipw.Widget]:
        self.check_button.description = t("dilemma.check")
        self.check_button.tooltip = t("dilemma.check_tooltip")
        self.choice = ipw.RadioButtons(
            options=[(o.text, i) for i, o in enumerate(self.s.options)],
            value=None,
            description=t("dilemma.label"),
            tooltip=t("dilemma.label"),
            style=LABEL_STYLE,
            layout=full_width(),
        )
        self.reasoning = answer_box(
            t("dilemma.reasoning_label"), t("dilemma.reasoning_placeholder"), rows=4
        )
        self.privacy = ipw.HTML(f"<p><em>{esc(t('dilemma.privacy'))}</em></p>")
        return [self.choice, self.reasoning, self.privacy]

    def framing(self) -> str:
        return t("dilemma.framing")

    def action_buttons(self) -> list[ipw.Button]:
        extra = [self.hint_button] if self.hints else []
        return [self.check_button, *extra, self.skip_button]

    # --- what the learner sees --------------------------------------------------------------

    def chosen(self) -> Any | None:
        """The option the learner leans towards, or None."""
        index = self.choice.value
        return None if index is None else self.s.options[index]

    def touches(self, text: str) -> list[Touch]:
        """The themes the words touch; none when the word list cannot be read (said nowhere
        else: the bank's checker reports a broken list to the trainer)."""
        try:
            return touched(text)
        except DataFileError:
            return []

    def weighed_html(self, found: list[Touch], reasoning: str) -> str:
        """What their words touched, pointing at the words, then what the voices also weighed."""
        parts = []
        if not reasoning:
            parts.append(esc(t("dilemma.no_reasoning")))
        elif not found:
            parts.append(esc(t("dilemma.no_match")))
        else:
            themes = [
                _html(
                    "dilemma.theme_words",
                    theme=esc(theme_title(x.theme.key)),
                    words=", ".join(_quoted(w) for w in x.found),
                )
                for x in found
            ]
            parts.append(_html("dilemma.wrote_about", themes=_joined(themes)))
        seen = {x.theme.key for x in found}
        weighs = list(self.s.weighs)
        rest = [esc(theme_title(k)) for k in weighs if k not in seen]
        if rest:
            key = "dilemma.also_weighed" if seen else "dilemma.weighed"
            parts.append(_html(key, themes=_joined(rest)))
        elif weighs:
            parts.append(esc(t("dilemma.same_weighed")))
        return "".join(f"<p>{p}</p>" for p in parts)

    def evaluate(self) -> Result:
        option = self.chosen()
        if option is None:
            return Result(esc(t("dilemma.empty")))
        reasoning = self.reasoning.value.strip()
        found = self.touches(reasoning) if reasoning else []
        body = (
            f"<p><strong>{esc(t('dilemma.you_lean'))}</strong></p>"
            f"<blockquote>{esc(option.text)}</blockquote>"
            + self.weighed_html(found, reasoning)
            + f"<p>{esc(t('dilemma.voices_below'))} {esc(t('dilemma.again'))}</p>"
        )
        response = f"{option.text}\n{reasoning}".strip()
        themes = tuple(sorted(x.theme.key for x in found))
        return Result(body, response, themes, t("flow.dilemma_saved"))

    def restore_inputs(self, response: str) -> bool:
        """The option (the answer's first line) and the reasoning (the rest) back in place."""
        first, _, reasoning = response.partition("\n")
        for index, option in enumerate(self.s.options):
            if option.text == first:
                self.choice.value = index
                self.reasoning.value = reasoning
                return True
        return False

    def voices_html(self) -> str:
        """Every voice: who, which way they lean (and whether the learner leans that way too),
        and why; then the closing words and the question for supervision."""
        keys = {o.key: o for o in self.s.options}
        mine = self.chosen()
        items = []
        for voice in self.s.voices:
            option = keys.get(voice.leans)
            lean = _quoted(option.text) if option else esc(voice.leans)
            same = (
                f" <em>{esc(t('dilemma.as_you_do'))}</em>"
                if mine is not None and option is mine
                else ""
            )
            items.append(
                f"<p><strong>{esc(voice.name)}</strong></p>"
                f"<p>{esc(t('dilemma.leans'))} {lean}{same}</p>"
                f"<p>{esc(voice.why)}</p>"
            )
        heading = t("dilemma.voices_heading", n=len(self.s.voices))
        closing = f"<p>{esc(t('dilemma.no_right_answer'))}</p>"
        if self.s.supervision_question:
            closing += (
                f"<p><strong>{esc(t('dilemma.supervision'))}</strong></p>"
                f"<blockquote>{esc(self.s.supervision_question)}</blockquote>"
                f"<p><em>{esc(t('dilemma.supervision_note'))}</em></p>"
            )
        return (
            f"<h4>{esc(heading)}</h4><p>{esc(t('dilemma.voices_intro'))}</p>"
            f"{html_list(items)}{closing}"
        )

    def show_voices(self) -> None:
        self.extra_area.value = self.voices_html()

    # --- actions ----------------------------------------------------------------------------

    def checked(self, result: Result) -> None:
        if self.chosen() is not None:
            self.show_voices()

    def resumed_skip(self) -> None:
        self.show_voices()

    def on_skip(self, _button: Any = None) -> None:
        self.skipped = True
        self.status.value = kind_box(esc(t("dilemma.skipped")))
        self._record("", (), skipped=True)
        self.show_voices()

    def fallback(self) -> tuple[str, str]:
        """A saved notebook or a handout shows the situation and the ways to lean (no voices)."""
        s = self.s
        ways = " / ".join(o.text for o in s.options)
        lines = [
            (t("common.content_note_label"), s.content_note or ""),
            (t("common.setting_label"), s.setting or ""),
            (t("common.peer_says_label"), s.peer_says or ""),
            (t("common.task_label"), s.prompt),
            (t("dilemma.options_label"), ways),
        ]
        return fallback_bundle(s.title, lines)
