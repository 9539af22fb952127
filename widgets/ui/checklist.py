"""The honest checklist behind exercise and role-play feedback: what was noticed, in the words.

The scorer reads words, not intent. It can say what it noticed, pointing at the words; it can never
say that a slip is absent. So, for an analysis and what an exercise looks for:

* each label to show is **shown** (✓, with the words that show it), **taken back** by a slip in
  the same sentence (↗, naming both sets of words: "That sounds lonely, but you'll be fine" is not
  a clean reflection), or **not yet** there (↗, with what the label means);
* each slip to avoid is **still in the words** (↗, with the words and a next step) or, when the
  feedback did not notice it, a question for the learner to **check for themselves** (•, the
  label's ``check`` words from labels.csv): never a ✓, never "avoided".

Plain strings (escaped HTML), no widgets. Rewrite and reframe exercises (ui/exercise_types.py)
and the role-play's free turns (ui/roleplay_html.py) share it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from widgets.core.text import t
from widgets.scoring import LABELS, Analysis, Cue, label_description, label_title
from widgets.scoring.analyzer import learned_reading
from widgets.scoring.feedback import (
    NEUTRAL_MARK,
    NEXT_STEP_MARK,
    STRENGTH_MARK,
    found_in,
    taken_back_words,
)
from widgets.scoring.model import QUESTION_FAMILY
from widgets.scoring.takeback import TURNABLE, unread_turn
from widgets.scoring.tokens import tokenize
from widgets.ui.markup import esc, marked_list

__all__ = ["Checklist", "checklist", "checks_html", "line", "short_summary", "summary_line"]


def line(mark: str, lead: str, rest: str = "") -> str:
    """One explained point: a symbol AND words, so meaning never rests on colour or icon alone.

    ``lead`` is plain text (escaped here); ``rest`` is already-escaped HTML.
    """
    tail = f" {rest}" if rest else ""
    return f"{mark} <strong>{esc(lead)}</strong>{tail}"


@dataclass(frozen=True)
class Checklist:
    """What an answer showed of what an exercise looks for, as lines of escaped HTML.

    ``met`` opens "What you did well"; ``taken`` and ``missing`` are the labels to show that are
    not yet clean (with their lines in ``taken_lines`` / ``missing_lines``); ``noticed_lines``
    are the slips to avoid that are still in the words; ``checks`` ask the learner to check for
    the slips the feedback did not notice. ``covered`` is what ``feedback_html`` should not
    repeat (its next step or taken-back line is already here).
    """

    shown: tuple[str, ...] = ()
    taken: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    noticed: tuple[str, ...] = ()
    unnoticed: tuple[str, ...] = ()
    met: tuple[str, ...] = ()
    taken_lines: tuple[str, ...] = ()
    missing_lines: tuple[str, ...] = ()
    noticed_lines: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()
    covered: frozenset[str] = frozenset()
    #: Labels shown only by the learned reading: the summary says "may have", never "showed".
    maybe: tuple[str, ...] = ()
    #: Strengths the reply turns on afterwards ("..., but ...") with nothing credited after the
    #: turn: found, but not vouched for (see takeback.unread_turn); asked about, not ticked.
    unsure: tuple[str, ...] = ()

    @property
    def not_yet(self) -> list[str]:
        """The "Next steps" lines, in order: what to show, then the slips still in the words."""
        return [*self.taken_lines, *self.missing_lines, *self.noticed_lines]


def _widened(analysis: Analysis, cue: Cue) -> Cue:
    """A question label's cue as the whole question it opens ("What" -> "What helps at night?")."""
    if cue.label not in QUESTION_FAMILY or cue.label == "question":
        return cue
    around = [
        c
        for c in analysis.cues
        if c.label == "question" and c.start <= cue.start and cue.end <= c.end
    ]
    if not around:
        return cue
    whole = min(around, key=lambda c: c.end - c.start)
    return replace(cue, start=whole.start, end=whole.end, text=whole.text)


def _clip(text: str, most: int = 80) -> str:
    """Words quoted back, cut at a word boundary with "…" when long."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    return text[:most].rsplit(" ", 1)[0] + "…"


def _clean_words(analysis: Analysis, label: str) -> str:
    """Where a label shows up, leaving out the places a slip took it back ("" if none)."""
    taken = {id(u.strength) for u in analysis.undone}
    clean = tuple(
        _widened(analysis, c) for c in analysis.cues if c.label == label and id(c) not in taken
    )
    return found_in(replace(analysis, cues=clean), label)


def _taken_words(analysis: Analysis, label: str) -> str:
    """Every place a slip took this label back, naming both sets of words."""
    return " ".join(dict.fromkeys(taken_back_words(u) for u in analysis.undone_for(label)))


def checklist(analysis: Analysis, targets: Sequence[str], avoids: Sequence[str]) -> Checklist:
    """The checklist for one readable answer: labels to show, then slips to avoid."""
    advice = {note.label: note.message for note in analysis.suggestions}
    shown, taken, missing, noticed, unnoticed = [], [], [], [], []
    met, taken_lines, missing_lines, noticed_lines, checks = [], [], [], [], []
    unsure: list[str] = []
    tokens = None
    for name in dict.fromkeys(targets):
        title = label_title(name)
        turn = None
        if analysis.shows(name) and name in TURNABLE:
            if tokens is None:
                tokens = tokenize(analysis.text)
            turn = unread_turn(analysis, name, tokens, learned_reading())
        if turn is not None:
            unsure.append(name)
            found, turned = _clean_words(analysis, name), _clip(turn.text).rstrip(" .!?")
            words = t("rewrite.turn_words", found=found, turn=turned)
            taken_lines.append(line(NEXT_STEP_MARK, t("rewrite.unsure", label=title), esc(words)))
        elif analysis.shows(name):
            shown.append(name)
            words = _clean_words(analysis, name)
            key = "rewrite.shown_learned" if name in analysis.learned else "rewrite.shown"
            met.append(line(STRENGTH_MARK, t(key, label=title), esc(words)))
        elif analysis.undone_for(name):
            taken.append(name)
            words = _taken_words(analysis, name)
            lead = t("rewrite.not_yet_shown", label=title)
            taken_lines.append(line(NEXT_STEP_MARK, lead, esc(words)))
        else:
            missing.append(name)
            lead = t("rewrite.not_yet_shown", label=title)
            missing_lines.append(line(NEXT_STEP_MARK, lead, esc(label_description(name))))
    for name in dict.fromkeys(avoids):
        title = label_title(name)
        if name in analysis.labels:
            noticed.append(name)
            step = advice.get(name) or label_description(name)
            where = f"{found_in(analysis, name)} {step}".strip()
            key = "rewrite.maybe_still_there" if name in analysis.learned else "rewrite.still_there"
            lead = t(key, label=title)
            noticed_lines.append(line(NEXT_STEP_MARK, lead, esc(where)))
        else:
            unnoticed.append(name)
            info = LABELS.get(name)
            ask = (info.check if info is not None else "") or label_description(name)
            checks.append(line(NEUTRAL_MARK, t("rewrite.check_label", label=title), esc(ask)))
    return Checklist(
        shown=tuple(shown),
        taken=tuple(taken),
        missing=tuple(missing),
        noticed=tuple(noticed),
        unnoticed=tuple(unnoticed),
        met=tuple(met),
        taken_lines=tuple(taken_lines),
        missing_lines=tuple(missing_lines),
        noticed_lines=tuple(noticed_lines),
        checks=tuple(checks),
        covered=frozenset(taken) | frozenset(noticed),
        maybe=tuple(name for name in shown if name in analysis.learned),
        unsure=tuple(unsure),
    )


#: Slips that live inside a question. When an exercise asks about one the feedback did not
#: notice, it cannot vouch for the question: "You asked rather than told" is not said, nor is a
#: closed question nudged open (an invasive question opened up is no better).
QUESTION_SLIPS = frozenset({"invasive_question", "leading_question", "microaggression"})
#: Slips often put as a closed question: where one went unnoticed, a closed question is not
#: praised as asking (see withheld_praise).
CLOSED_QUESTION_SLIPS = frozenset({"advice", "minimizing"})


#: Slips that make a question a vehicle for them: a question carrying one is not praised as
#: "asking rather than telling" ("At least you've got your partner, though?").
CARRIED_BY_A_QUESTION = frozenset(
    {"advice", "minimizing", "fixing", "invasive_question", "leading_question",
     "microaggression", "negative_assumption"}
)  # fmt: skip


def every_question_carries_a_slip(analysis: Analysis) -> bool:
    """Does each question in the answer carry a slip the feedback noticed in its own words?"""
    questions = analysis.cues_for("question")
    slips = [c for c in analysis.cues if c.label in CARRIED_BY_A_QUESTION]
    return bool(questions and slips) and all(
        any(s.start < q.end and q.start < s.end for s in slips) for q in questions
    )


def withheld_praise(
    check: Checklist, analysis: Analysis | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    """(strengths not to praise, suggestions not to make) for this exercise's answer.

    Where the exercise asks about advice or minimising the feedback did not notice, a closed
    question is not praised as "asking rather than telling" either: both are often put as one
    ("Have you tried...?", "Are you sure it was about that?"), so the feedback cannot vouch for it
    (unless it leaves the choice with them: "Is there anything you'd like to talk about?").
    """
    unsure = frozenset(check.unsure)  # found, then a turn it cannot read: not praised
    if not QUESTION_SLIPS.isdisjoint(check.unnoticed):
        return frozenset({"question"}) | unsure, frozenset({"closed_question"})
    if analysis is not None and (
        "why_question" in analysis.labels or every_question_carries_a_slip(analysis)
    ):
        # "Why did you...?" has its own next step, and a question carrying a named slip is
        # its vehicle: "You asked rather than told" would praise the words to change.
        return frozenset({"question"}) | unsure, frozenset()
    if (
        analysis is not None
        and not CLOSED_QUESTION_SLIPS.isdisjoint(check.unnoticed)
        and "question" in analysis.labels
        and "open_question" not in analysis.labels
        and not analysis.shows("choice")  # an offer or a consent question leaves it with them
    ):
        return frozenset({"question"}) | unsure, frozenset()
    return unsure, frozenset()


def checks_html(checks: Sequence[str]) -> str:
    """The "Check for yourself" section: the slips the feedback did not notice, as questions."""
    if not checks:
        return ""
    return (
        f"<h4>{esc(t('rewrite.check_heading'))}</h4><p>{esc(t('rewrite.check_intro'))}</p>"
        f"{marked_list(checks)}"
    )


def _titles(names: Sequence[str], joiner: str, *, in_sentence: bool = False) -> str:
    """Label titles as a list in words: "Advice", "Advice or Minimising", "A, B and C"."""
    titles = [label_title(n) for n in names]
    if in_sentence:  # inside an English sentence: "did not notice advice or minimising"
        titles = [x[:1].lower() + x[1:] for x in titles]
    if len(titles) < 2:
        return "".join(titles)
    return t(f"rewrite.list_{joiner}", rest=", ".join(titles[:-1]), last=titles[-1])


def summary_line(check: Checklist) -> str:
    """One honest sentence: what the answer showed of what the exercise looks for, and what else.

    It never says a slip is absent, nor that the answer is complete: when every label was shown
    and no slip to avoid was noticed, it says exactly that, and asks the learner to check.
    """
    total = len(check.shown) + len(check.taken) + len(check.missing) + len(check.unsure)
    sure = [name for name in check.shown if name not in check.maybe]
    every = bool(total) and len(sure) == total
    if every and check.unnoticed and not check.noticed:
        return t("rewrite.summary_clear", slips=_titles(check.unnoticed, "or", in_sentence=True))
    if not (total or check.noticed or check.unnoticed):
        return t("rewrite.no_targets")
    parts = []
    if every and total == 1:
        parts.append(t("rewrite.summary_all_one", label=label_title(check.shown[0])))
    elif every:
        key = "rewrite.summary_all_both" if total == 2 else "rewrite.summary_all_many"
        parts.append(t(key, total=total))
    elif sure:
        parts.append(t("rewrite.summary_some", shown=len(sure), total=total))
    elif check.taken or check.missing:
        not_yet = _titles([*check.taken, *check.missing], "and")
        parts.append(t("rewrite.summary_none", labels=not_yet))
    if check.unsure:  # found, then a turn the feedback cannot read: asked, not ticked
        unsure = _titles(check.unsure, "and", in_sentence=True)
        parts.append(t("rewrite.summary_unsure", labels=unsure))
    if check.maybe:  # only the learned reading saw these: said as a maybe, to check
        maybe = _titles(check.maybe, "and", in_sentence=True)
        parts.append(t("rewrite.summary_maybe", labels=maybe))
    if check.noticed:
        slips = _titles(check.noticed, "and", in_sentence=True)
        parts.append(t("rewrite.summary_noticed", slips=slips))
    elif check.unnoticed:
        slips = _titles(check.unnoticed, "or", in_sentence=True)
        parts.append(t("rewrite.summary_unnoticed", slips=slips))
    if total and not check.shown:
        parts.append(t("rewrite.summary_keep_going"))
    return " ".join(parts)


def short_summary(check: Checklist) -> str:
    """The checklist in one short line for beside the check button, each part with its mark and
    words: "✓ What it looks for: 1 of 2 · ↗ Next steps: 1 · • Check yourself: 1" (parts with
    nothing to count are left out; the full sentences are in the feedback below)."""
    total = len(check.shown) + len(check.taken) + len(check.missing)
    steps = len(check.taken) + len(check.missing) + len(check.noticed) + len(check.unsure)
    parts = []
    if check.shown:  # a ✓ only for something shown; what is not yet is a next step
        parts.append(f"{STRENGTH_MARK} {t('flow.looks_for', shown=len(check.shown), total=total)}")
    if steps:
        parts.append(f"{NEXT_STEP_MARK} {t('flow.next_steps', n=steps)}")
    if check.unnoticed:
        parts.append(f"{NEUTRAL_MARK} {t('flow.to_check', n=len(check.unnoticed))}")
    return " · ".join(parts) or summary_line(check)
