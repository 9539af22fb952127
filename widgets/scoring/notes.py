"""From labels to values: what the learner did well and one next step, per value of the course.

The notes depend only on the set of labels found (never on the text), so they can be worked out
once per set and kept.
"""

from __future__ import annotations

from widgets.core.values import VALUES
from widgets.scoring.model import LabelInfo, Note, ValueFeedback


def quiet_notes(labels: frozenset[str]) -> set[tuple[str, str]]:
    """Notes that would mislead in context, as (label, "did_well" | "next")."""
    quiet = set()
    if "advice" in labels and "open_question" not in labels:
        # "Have you tried yoga?" asks, but only to deliver advice: praise the asking would mislead,
        # and the advice note already says what to change.
        quiet |= {("question", "did_well"), ("closed_question", "next")}
    if labels & {"invasive_question", "leading_question", "microaggression"}:
        # Asking is not praised when the question carries the slip; nor is it nudged to open
        # up (an open invasive question is no better).
        quiet |= {("question", "did_well"), ("closed_question", "next")}
    if "taking_over" in labels:
        quiet.add(("self_disclosure", "did_well"))  # the story took the conversation over
    if labels & {"safety_check", "choice"}:
        # A direct question about suicide or safety is meant to be answerable yes or no; so is
        # an offer or a request for consent ("Would you like me to just listen for a bit?").
        quiet.add(("closed_question", "next"))
    if labels & {"question", "reflection", "choice"}:
        # Sharing followed by handing the conversation back is already what the next step asks.
        quiet.add(("self_disclosure", "next"))
    return quiet


def value_notes(labels: frozenset[str], info: dict[str, LabelInfo]) -> tuple:
    """Strengths, suggestions and per-value feedback for a set of labels."""
    strengths: list[Note] = []
    suggestions: list[Note] = []
    did_well: dict[str, list[str]] = {}
    next_step: dict[str, str] = {}
    quiet = quiet_notes(labels)
    for name, label in info.items():  # file order = priority order
        if name not in labels:
            continue
        # A neutral label (sharing your own experience) has words for both; one piece of
        # feedback says one of them, never both: its next step when that is not quieted by the
        # context (it says how to make the most of it), else its praise. So no label is both
        # "What you did well" and "Not yet".
        gives_next = (
            bool(label.next_step) and label.polarity != "strength" and (name, "next") not in quiet
        )
        gives_praise = (
            bool(label.did_well)
            and label.polarity != "slip"
            and (name, "did_well") not in quiet
            and not gives_next
        )
        for value in label.values:
            if gives_praise:
                strengths.append(Note(name, value, label.did_well))
                did_well.setdefault(value, []).append(label.did_well)
            if gives_next:
                suggestions.append(Note(name, value, label.next_step))
                next_step.setdefault(value, label.next_step)
    per_value = {
        v: ValueFeedback(tuple(did_well.get(v, ())), next_step.get(v))
        for v in VALUES
        if v in did_well or v in next_step
    }
    return tuple(strengths), tuple(suggestions), per_value
