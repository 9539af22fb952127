"""What the scorer gives back, and the label names the course relies on.

Plain frozen data, so the course, its tests and the command line can read an analysis without
knowing how it was made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The three kinds of label.
POLARITIES = ("strength", "slip", "neutral")
#: Where a cue phrase may match (closed: only inside a question that is not an open one;
#: rising: only in a statement said as a question).
CONTEXTS = ("any", "question", "statement", "start", "closed", "rising")
#: Labels for the question family; any of them implies "question".
QUESTION_FAMILY = frozenset(
    {"open_question", "closed_question", "leading_question", "why_question",
     "stacked_questions", "invasive_question"}
)  # fmt: skip
#: The labels every scorer must offer (the course and its tests rely on them).
REQUIRED_LABELS = (
    "question", "open_question", "closed_question", "leading_question", "why_question",
    "stacked_questions", "invasive_question", "advice", "fixing", "choice", "reflection",
    "minimizing", "affirmation", "strength", "deficit", "stigmatizing", "negative_assumption",
    "generous_assumption", "belonging", "hope", "self_disclosure", "expert_stance",
    "safety_check", "microaggression", "taking_over",
)  # fmt: skip
#: The grammar rules whose cues take their label and message from rules.csv (each needs a row).
RULES = ("tag_question", "generous_reading", "named_quality", "you_statement", "long_story")
#: The word lists in words.csv the rules read (each needs at least one word):
#: quality, skill and intensifier for named_quality; state and not_yet for generous_reading;
#: tag for tag_question; common_english and other_language for telling English from another
#: language.
WORD_LISTS = (
    "quality", "skill", "intensifier", "state", "not_yet", "tag", "common_english",
    "other_language",
)  # fmt: skip
#: ``Analysis.language`` for a text the scorer can read, and for one it cannot.
ENGLISH, OTHER_LANGUAGE = "en", "other"
#: Stands for "no per-value feedback given" in ``Analysis()``, which then makes a new dict.
_EMPTY: Any = object()


@dataclass(frozen=True)
class LabelInfo:
    """What a label means for the course: which values it serves or strains, and its words."""

    name: str
    polarity: str
    values: tuple[str, ...]
    title: str
    description: str
    did_well: str
    next_step: str
    #: For a slip: a question that asks the learner to check their own words for it, used where
    #: the scorer did not notice the slip (it reads words, not intent, so it never says "absent").
    check: str = ""


@dataclass(frozen=True)
class Cue:
    """One judgement, pointing at the words that caused it: ``text == original[start:end]``."""

    label: str
    start: int
    end: int
    text: str
    message: str

    def __init__(self, label: str, start: int, end: int, text: str, message: str) -> None:
        # The __init__ dataclass would write, filling the instance dict directly: for a frozen
        # class it sets each field through object.__setattr__, which cost as much as reading
        # a few words.
        fields = self.__dict__
        fields["label"] = label
        fields["start"] = start
        fields["end"] = end
        fields["text"] = text
        fields["message"] = message


@dataclass(frozen=True)
class Undone:
    """A strength the same sentence takes back: "That sounds lonely, but you'll be fine" (the
    reflection is undone by the minimising after "but"), or advice inside a question."""

    strength: Cue
    slip: Cue


@dataclass(frozen=True)
class Note:
    """A line of feedback about one value: something done well, or a next step."""

    label: str
    value: str
    message: str


@dataclass(frozen=True)
class ValueFeedback:
    """Per value: what the learner did well and, if anything, one next step."""

    did_well: tuple[str, ...] = ()
    next_step: str | None = None


@dataclass(frozen=True)
class Analysis:
    """Everything ``analyze`` found in one response."""

    text: str
    labels: frozenset[str]
    cues: tuple[Cue, ...]
    strengths: tuple[Note, ...] = ()
    suggestions: tuple[Note, ...] = ()
    per_value: dict[str, ValueFeedback] = field(default_factory=dict)
    #: Strengths taken back by a slip in the same sentence: found, but not praised.
    undone: tuple[Undone, ...] = ()
    #: ENGLISH, or OTHER_LANGUAGE for a text that does not read as English (then nothing is
    #: labelled: the scorer says it can only read English instead of guessing).
    language: str = ENGLISH
    #: Labels only the learned reading gave (learned.py): their cues show the words that weighed
    #: most, and the feedback says it is a learned reading, to check, not a known phrase.
    learned: frozenset[str] = frozenset()

    def __init__(
        self,
        text: str,
        labels: frozenset[str],
        cues: tuple[Cue, ...],
        strengths: tuple[Note, ...] = (),
        suggestions: tuple[Note, ...] = (),
        per_value: dict[str, ValueFeedback] = _EMPTY,
        undone: tuple[Undone, ...] = (),
        language: str = ENGLISH,
        learned: frozenset[str] = frozenset(),
    ) -> None:
        # As for Cue: one analysis per text, its instance dict filled directly.
        fields = self.__dict__
        fields["text"] = text
        fields["labels"] = labels
        fields["cues"] = cues
        fields["strengths"] = strengths
        fields["suggestions"] = suggestions
        fields["per_value"] = {} if per_value is _EMPTY else per_value  # new, as its factory
        fields["undone"] = undone
        fields["language"] = language
        fields["learned"] = learned

    def cues_for(self, label: str) -> tuple[Cue, ...]:
        """The cues that gave one label."""
        return tuple(c for c in self.cues if c.label == label)

    @property
    def readable(self) -> bool:
        """Could the scorer read this text (is it English)?"""
        return self.language == ENGLISH

    def shows(self, label: str) -> bool:
        """Is the label here and, for a strength, not every cue of it taken back by a slip?"""
        if label not in self.labels:
            return False
        undone = {id(u.strength) for u in self.undone}
        return any(id(c) not in undone for c in self.cues if c.label == label) or not any(
            c.label == label for c in self.cues
        )

    def undone_for(self, label: str) -> tuple[Undone, ...]:
        """The places where a strength of this label was taken back."""
        return tuple(u for u in self.undone if u.strength.label == label)
