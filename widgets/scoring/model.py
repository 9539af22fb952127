"""What the scorer gives back, and the label names the course relies on.

Plain frozen data, so the course, its tests and the command line can read an analysis without
knowing how it was made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: The three kinds of label.
POLARITIES = ("strength", "slip", "neutral")
#: Where a cue phrase may match.
CONTEXTS = ("any", "question", "statement", "start")
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
)  # fmt: skip
#: The grammar rules whose cues take their label and message from rules.csv (each needs a row).
RULES = ("tag_question", "generous_reading", "named_quality")
#: The word lists in words.csv the rules read (each needs at least one word):
#: quality, skill and intensifier for named_quality; state and not_yet for generous_reading;
#: tag for tag_question.
WORD_LISTS = ("quality", "skill", "intensifier", "state", "not_yet", "tag")


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


@dataclass(frozen=True)
class Cue:
    """One judgement, pointing at the words that caused it: ``text == original[start:end]``."""

    label: str
    start: int
    end: int
    text: str
    message: str


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

    def cues_for(self, label: str) -> tuple[Cue, ...]:
        """The cues that gave one label."""
        return tuple(c for c in self.cues if c.label == label)
