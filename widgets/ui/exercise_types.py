"""One small class per scenario type; the shared behaviour lives in widgets/ui/base.py.

Each class says only what is different about its type: its inputs and how an answer is explained.
Explanations put what went well first and call anything else "not yet", never "wrong"; every point
starts with a mark from the scorer's feedback (✓ a strength, ↗ a next step, • neither) AND words.
"""

from __future__ import annotations

import hashlib
import random
import re
from typing import Any

import ipywidgets as ipw

from widgets.core.text import t
from widgets.scoring import Cue, analyze, label_title
from widgets.scoring.feedback import (
    NEUTRAL_MARK,
    NEXT_STEP_MARK,
    STRENGTH_MARK,
    feedback_html,
    highlight_html,
)
from widgets.ui.base import Exercise, Result
from widgets.ui.checklist import (
    Checklist,
    checklist,
    checks_html,
    line,
    short_summary,
    summary_line,
    withheld_praise,
)
from widgets.ui.controls import LABEL_STYLE, answer_box, full_width, make_button
from widgets.ui.journal import earlier_html, privacy_text, save_entry
from widgets.ui.markup import esc, fallback_bundle, html_list, marked_list


def quote(text: str) -> str:
    return f"“{esc(text)}”"


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text.lower()))


def option_order(scenario_id: str, n: int) -> list[int]:
    """The order a choose exercise shows its ``n`` options in: shuffled, the same every time for
    the same scenario, so the best option is not always in the place the file puts it."""
    seed = int.from_bytes(hashlib.sha256(scenario_id.encode("utf-8")).digest()[:8], "big")
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return order


# --- free-text types --------------------------------------------------------------------------


class RewriteExercise(Exercise):
    """Rewrite a draft response; scored instantly by the explainable scorer."""

    kind = "rewrite"
    check_key = "check_answer"

    def build_inputs(self) -> list[ipw.Widget]:
        self.answer = answer_box(t("rewrite.label"), t("rewrite.placeholder"), rows=4)
        return [self.answer]

    def evaluate(self) -> Result:
        text = self.answer.value.strip()
        if not text:
            return Result(esc(t("rewrite.empty")))
        # The learned reading listens more closely for what this exercise asks about.
        analysis = analyze(text, (*self.s.target_labels, *self.s.avoid_labels))
        if not analysis.readable:
            # Not English: no checklist and no summary, as nothing was read; the note says so.
            return Result(feedback_html(analysis), text, ())
        check = self.targets(analysis)
        parts = [f"<p><strong>{esc(summary_line(check))}</strong></p>"]
        draft = getattr(self.s, "draft", None)
        if draft and _norm(text) == _norm(draft):
            parts.append(f"<p>{NEUTRAL_MARK} {esc(t('rewrite.same_as_draft'))}</p>")
        withheld, quiet_steps = withheld_praise(check, analysis)
        parts.append(
            feedback_html(
                analysis,
                met=check.met,
                not_yet=check.not_yet,
                covered=check.covered | quiet_steps,
                withheld=withheld,
            )
        )
        parts.append(checks_html(check.checks))
        parts.append(
            f"<p><strong>{esc(t('rewrite.your_words'))}</strong></p>"
            + highlight_html(analysis.text, analysis.cues)
        )
        return Result("".join(parts), text, tuple(sorted(analysis.labels)), short_summary(check))

    def restore_inputs(self, response: str) -> bool:
        self.answer.value = response
        return True

    def targets(self, analysis: Any) -> Checklist:
        """What the answer showed of this scenario's target labels, and which of its avoid labels
        were noticed in the words (the others are asked about: the feedback never says a slip is
        absent). See widgets/ui/checklist.py."""
        return checklist(analysis, tuple(self.s.target_labels), tuple(self.s.avoid_labels))


class ReframeExercise(RewriteExercise):
    """Same flow as a rewrite, framed by the kind of reframe asked for."""

    kind = "reframe"

    def framing(self) -> str:
        kind = getattr(self.s, "reframe_kind", None) or "general"
        try:
            return t(f"reframe.{kind}")
        except KeyError:
            return t("reframe.general")


# --- choose ------------------------------------------------------------------------------------


class ChooseExercise(Exercise):
    """Pick the response that best lives the value; every option's why can be revealed."""

    kind = "choose"

    def build_inputs(self) -> list[ipw.Widget]:
        # Shown in a shuffled order (the same each time); each option keeps its file index.
        self.order = option_order(str(self.s.id), len(self.s.options))
        self.choice = ipw.RadioButtons(
            options=[(self.s.options[i].text, i) for i in self.order],
            value=None,
            description=t("choose.label"),
            tooltip=t("choose.label"),
            style=LABEL_STYLE,
            layout=full_width(),
        )
        self.reveal_button = make_button("reveal_all", icon="list", disabled=True)
        self.reveal_button.on_click(self.on_reveal)
        return [self.choice]

    def action_buttons(self) -> list[ipw.Button]:
        buttons = super().action_buttons()
        return [*buttons[:-1], self.reveal_button, buttons[-1]]

    def option_html(self, index: int) -> str:
        option = self.s.options[index]
        if option.best:
            verdict = line(STRENGTH_MARK, t("choose.best"))
        else:
            verdict = line(NEXT_STEP_MARK, t("choose.not_yet"))
        return (
            f"<p>{verdict}</p><blockquote>{esc(option.text)}</blockquote><p>{esc(option.why)}</p>"
        )

    def evaluate(self) -> Result:
        if self.choice.value is None:
            return Result(esc(t("choose.empty")))
        index = self.choice.value
        option = self.s.options[index]
        body = self.option_html(index)
        if not option.best:
            body += f"<p>{esc(t('choose.try_other'))}</p>"
        self.reveal_button.disabled = False
        if option.best:
            mark, verdict = STRENGTH_MARK, t("flow.choose_best")
        else:
            mark, verdict = NEXT_STEP_MARK, t("flow.choose_not_yet")
        labels = tuple(sorted(analyze(option.text).labels))
        return Result(body, option.text, labels, f"{mark} {verdict}")

    def restore_inputs(self, response: str) -> bool:
        for index, option in enumerate(self.s.options):
            if option.text == response:
                self.choice.value = index
                return True
        return False

    def resumed_skip(self) -> None:
        self.reveal_button.disabled = False

    def on_reveal(self, _button: Any = None) -> None:
        if not (self.tried or self.skipped):
            self.extra_area.value = esc(t("choose.reveal_after_try"))
            return
        items = [self.option_html(i) for i in self.order]  # as they are shown, each with its mark
        heading = f"<p><strong>{esc(t('choose.all_heading'))}</strong></p>"
        self.extra_area.value = heading + marked_list(items)

    def on_skip(self, _button: Any = None) -> None:
        super().on_skip(_button)
        self.reveal_button.disabled = False

    def reset_inputs(self) -> None:
        self.choice.value = None

    def model_html(self) -> str:
        best = [o for o in self.s.options if o.best]
        parts = [f"<p><strong>{esc(t('choose.best_heading'))}</strong></p>"]
        parts.append(
            html_list(f"<blockquote>{esc(o.text)}</blockquote><p>{esc(o.why)}</p>" for o in best)
        )
        others = super().model_html(skip=[o.text for o in best])
        if others != esc(t("model.none")):
            parts.append(others)
        return "".join(parts)


# --- sort --------------------------------------------------------------------------------------


class SortExercise(Exercise):
    """Put each phrase in a category with a labelled dropdown; each item is explained."""

    kind = "sort"

    def build_inputs(self) -> list[ipw.Widget]:
        self.dropdowns: list[ipw.RadioButtons] = []
        rows: list[ipw.Widget] = [ipw.HTML(f"<p>{esc(t('sort.instructions'))}</p>")]
        for n, item in enumerate(self.s.items, start=1):
            # Radio buttons, not a Dropdown: in JupyterLab, command-mode shortcuts take the arrow
            # and letter keys from a focused <select>, so a dropdown can't be used by keyboard.
            dropdown = ipw.RadioButtons(
                options=[(c.title, c.key) for c in self.s.categories],
                value=None,
                description=t("sort.item_label", n=n),
                tooltip=t("sort.item_tooltip", n=n, text=item.text),
                style=LABEL_STYLE,
                layout=ipw.Layout(width="auto"),
            )
            self.dropdowns.append(dropdown)
            rows.append(
                ipw.VBox([ipw.HTML(f"<p><strong>{n}.</strong> {quote(item.text)}</p>"), dropdown])
            )
        return rows

    def category_title(self, key: str | None) -> str:
        for category in self.s.categories:
            if category.key == key:
                return category.title
        return str(key)

    def evaluate(self) -> Result:
        chosen = [d.value for d in self.dropdowns]
        if all(c is None for c in chosen):
            return Result(esc(t("sort.empty")))
        lines, matched = [], 0
        for n, (item, pick) in enumerate(zip(self.s.items, chosen, strict=True), start=1):
            # In the order the phrases are shown, each with its mark and words.
            head = f"{n}. {quote(item.text)}"
            if pick is None:
                lines.append(f"{head} {line(NEUTRAL_MARK, t('sort.not_chosen'))}")
            elif pick == item.category:
                matched += 1
                lead = t("sort.matched", category=self.category_title(pick))
                lines.append(f"{head} {line(STRENGTH_MARK, lead, esc(item.why))}")
            else:
                lead = t(
                    "sort.not_yet",
                    chosen=self.category_title(pick),
                    category=self.category_title(item.category),
                )
                lines.append(f"{head} {line(NEXT_STEP_MARK, lead, esc(item.why))}")
        summary = t("sort.summary", matched=matched, total=len(self.s.items))
        body = f"<p><strong>{esc(summary)}</strong></p>" + marked_list(lines)
        response = "; ".join(f"{n}={c or '-'}" for n, c in enumerate(chosen, start=1))
        short = t("flow.sort_matched", matched=matched, total=len(self.s.items))
        return Result(body, response, (), f"{STRENGTH_MARK if matched else NEUTRAL_MARK} {short}")

    def restore_inputs(self, response: str) -> bool:
        """``"1=advice; 2=-; ..."`` back in the radio buttons (a category since removed: none)."""
        keys = {c.key for c in self.s.categories}
        picks: dict[int, str] = {}
        for part in response.split(";"):
            number, _, key = part.strip().partition("=")
            if number.isdigit() and key in keys:
                picks[int(number)] = key
        if not picks:
            return False
        for n, dropdown in enumerate(self.dropdowns, start=1):
            dropdown.value = picks.get(n)
        return True

    def model_html(self) -> str:
        items = [
            f"{quote(i.text)} → <strong>{esc(self.category_title(i.category))}</strong>: "
            f"{esc(i.why)}"
            for i in self.s.items
        ]
        parts = [f"<p><strong>{esc(t('sort.model_heading'))}</strong></p>", html_list(items)]
        if self.s.model_answers:
            parts.append(super().model_html())
        return "".join(parts)


# --- spot --------------------------------------------------------------------------------------

_WORD = re.compile(r"\S+")
#: Put before a marked word on its button (the tick means "marked", in the words themselves).
_MARKED = f"{STRENGTH_MARK} "


class SpotExercise(Exercise):
    """Mark the words in a draft that strain a value; each spot's label and why is explained."""

    kind = "spot"

    def show_draft(self) -> bool:
        return False

    def build_inputs(self) -> list[ipw.Widget]:
        draft = self.s.draft or ""
        self.tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(draft)]
        total = len(self.tokens)
        self.toggles = [
            ipw.ToggleButton(
                value=False,
                description=word,
                tooltip=t("spot.tooltip", word=word, n=n, total=total),
                layout=ipw.Layout(width="auto"),
            )
            for n, (_, _, word) in enumerate(self.tokens, start=1)
        ]
        for toggle in self.toggles:
            toggle.observe(self._on_toggle, names="value")
        words = ipw.Box(self.toggles, layout=ipw.Layout(flex_flow="row wrap", width="100%"))
        intro = ipw.HTML(
            f"<p><strong>{esc(t('common.draft'))}</strong> {esc(t('spot.instructions'))}</p>"
        )
        return [intro, words]

    def _on_toggle(self, change: dict) -> None:
        toggle = change["owner"]
        word = toggle.description.removeprefix(_MARKED)
        # The mark is in the words (a screen reader hears "✓ word"): ToggleButton has no
        # aria-pressed, and an icon glyph would be read out as noise.
        toggle.description = f"{_MARKED}{word}" if change["new"] else word

    def spot_spans(self) -> list[tuple[int, int]]:
        draft = self.s.draft or ""
        spans = []
        for spot in self.s.spots:
            at = draft.find(spot.phrase)
            if at < 0:
                at = draft.lower().find(spot.phrase.lower())
            spans.append((at, at + len(spot.phrase)) if at >= 0 else (-1, -1))
        return spans

    def evaluate(self) -> Result:
        marked = {i for i, toggle in enumerate(self.toggles) if toggle.value}
        if not marked:
            return Result(esc(t("spot.empty")))
        spans = self.spot_spans()
        covered: set[int] = set()
        found, missed = [], []
        for spot, (start, end) in zip(self.s.spots, spans, strict=True):
            inside = {i for i, (a, b, _) in enumerate(self.tokens) if a < end and b > start}
            covered |= inside
            detail = f"{quote(spot.phrase)} — {esc(label_title(spot.label))}: {esc(spot.why)}"
            if inside & marked:
                found.append((spot, f"{line(STRENGTH_MARK, t('spot.found'))} {detail}"))
            else:
                missed.append(f"{line(NEXT_STEP_MARK, t('spot.missed'))} {detail}")
        extra = [
            f"{NEUTRAL_MARK} <strong>{esc(t('spot.extra'))}</strong> {quote(self.tokens[i][2])} — "
            f"{esc(t('spot.extra_why'))}"
            for i in sorted(marked - covered)
        ]
        summary = t("spot.summary", found=len(found), total=len(self.s.spots))
        body = f"<p><strong>{esc(summary)}</strong></p>" + marked_list(
            [h for _, h in found] + missed + extra
        )
        response = " | ".join(self.tokens[i][2] for i in sorted(marked))
        labels = tuple(sorted({spot.label for spot, _ in found}))
        short = t("flow.spot_found", found=len(found), total=len(self.s.spots))
        return Result(body, response, labels, f"{STRENGTH_MARK if found else NEUTRAL_MARK} {short}")

    def restore_inputs(self, response: str) -> bool:
        """The marked words back, in order: each saved word marks the next draft word that
        matches it (a word the draft says twice is taken where it first fits)."""
        wanted = response.split(" | ")
        words = [word for _, _, word in self.tokens]
        marked, start = [], 0
        for word in wanted:
            at = next((i for i in range(start, len(words)) if words[i] == word), None)
            if at is None:
                return False
            marked.append(at)
            start = at + 1
        for i, toggle in enumerate(self.toggles):
            toggle.value = i in marked
        return bool(marked)

    def reset_inputs(self) -> None:
        for toggle in self.toggles:
            toggle.value = False

    def model_html(self) -> str:
        draft = self.s.draft or ""
        cues = []
        for spot, (start, end) in zip(self.s.spots, self.spot_spans(), strict=True):
            if start >= 0:
                cues.append(Cue(spot.label, start, end, draft[start:end], spot.why))
        cues.sort(key=lambda c: (c.start, c.end))
        parts = [
            f"<p><strong>{esc(t('spot.model_heading'))}</strong></p>",
            highlight_html(draft, tuple(cues)),
        ]
        if self.s.model_answers:
            parts.append(super().model_html())
        return "".join(parts)


# --- reflect -----------------------------------------------------------------------------------


class ReflectExercise(Exercise):
    """A private journal: saved on this computer only, never scored, earlier entries shown."""

    kind = "reflect"
    check_key = "save_privately"
    scored = False

    def build_inputs(self) -> list[ipw.Widget]:
        self.entry = answer_box(t("reflect.label"), t("reflect.placeholder"), rows=6)
        self.privacy = ipw.HTML(f"<p>{esc(privacy_text(self))}</p>")
        self.earlier = ipw.HTML(earlier_html(self, self.s.id))
        return [self.privacy, self.entry]

    def action_buttons(self) -> list[ipw.Button]:
        extra = [self.hint_button] if self.hints else []
        return [self.check_button, *extra, self.skip_button]

    def panels(self) -> list[ipw.Widget]:
        return [*super().panels(), self.earlier]

    def on_check(self, _button: Any = None) -> None:
        """Saving is not an attempt: the journal text never goes into the attempts table."""
        saved, message = save_entry(self, self.s.id, self.entry)
        if saved:
            self.earlier.value = earlier_html(self, self.s.id)
        self.show_result(Result(esc(message)))  # right under the button: no summary needed
        self.tried = True
        self.focus_feedback()

    def fallback(self) -> tuple[str, str]:
        lines = [
            (t("common.content_note_label"), self.s.content_note or ""),
            (t("reflect.prompt_label"), self.s.prompt),
            (t("reflect.private_label"), t("reflect.private_short")),
        ]
        return fallback_bundle(self.s.title, lines)
