"""The scenario bank: trainer-written practice scenarios, their shapes, and the bank they form.

Trainers edit data/scenarios/*.yaml by hand, so every mistake is reported in plain words with the
file, the entry number (row), the field (column) and the YAML line, all at once, never as a
traceback. The schema is documented for trainers in data/scenarios/SCHEMA.md. This module holds
what a checked scenario is; how a file is checked is widgets/content/scenario_checks.py.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from widgets.content.model import SCHEMA_VERSION, ModelAnswer
from widgets.core.datafiles import DATA_DIR, DataFileError, Problem, did_you_mean, shown
from widgets.core.values import VALUES

__all__ = [
    "FIELDS",
    "HARD_TOPICS",
    "REFRAME_KINDS",
    "SCHEMA_VERSION",
    "TYPES",
    "Bank",
    "BankCheck",
    "BankError",
    "EntryTopics",
    "ModelAnswer",
    "Option",
    "Scenario",
    "SortCategory",
    "SortItem",
    "Spot",
    "Voice",
    "check_bank",
    "load_bank",
    "norm_topic",
    "validate_bank",
]

TYPES: tuple[str, ...] = ("rewrite", "choose", "sort", "spot", "reframe", "reflect", "dilemma")
REFRAME_KINDS: tuple[str, ...] = (
    "deficit_to_strength",
    "label_to_person_first",
    "negative_to_generous",
)

#: Topics that need a content note shown before the scenario, so nobody meets them unprepared.
HARD_TOPICS: tuple[str, ...] = (
    "self_harm",
    "suicide",
    "grief",
    "substance_use",
    "discrimination",
    "violence",
    "abuse",
)

TOP_LEVEL_KEYS = ("schema_version", "scenarios")
REQUIRED_FIELDS = ("id", "values", "type", "title", "prompt")
TEXT_FIELDS = (
    "id",
    "type",
    "title",
    "setting",
    "peer_says",
    "prompt",
    "draft",
    "content_note",
    "reframe_kind",
    "supervision_question",
)
TEXT_LIST_FIELDS = ("values", "target_labels", "avoid_labels", "hints", "topics", "weighs")
#: Fields holding a list of small mappings: sub-field -> required?
MAPPING_LIST_FIELDS: dict[str, dict[str, bool]] = {
    "model_answers": {"text": True, "why": True},
    # a choose option needs a why; a dilemma option a key instead (scenario_rules.TypeRules)
    "options": {"text": True, "best": False, "why": False, "key": False},
    "categories": {"key": True, "title": True},
    "items": {"text": True, "category": True, "why": True},
    "spots": {"phrase": True, "label": True, "why": True},
    "voices": {"name": True, "leans": True, "why": True},
}
FIELDS: tuple[str, ...] = (
    *TEXT_FIELDS,
    *TEXT_LIST_FIELDS,
    *MAPPING_LIST_FIELDS,
    "minutes",
)
#: Fields that only make sense for some types (a wrong type usually means a copy-paste slip).
TYPE_ONLY_FIELDS: dict[str, tuple[str, ...]] = {
    "options": ("choose", "dilemma"),
    "voices": ("dilemma",),
    "weighs": ("dilemma",),
    "supervision_question": ("dilemma",),
    "categories": ("sort",),
    "items": ("sort",),
    "spots": ("spot",),
    "reframe_kind": ("reframe",),
    "draft": ("rewrite", "choose", "sort", "spot", "reframe"),
    "target_labels": ("rewrite", "choose", "sort", "spot", "reframe"),
    "avoid_labels": ("rewrite", "choose", "sort", "spot", "reframe"),
    "model_answers": ("rewrite", "choose", "sort", "spot", "reframe"),
}


# ----------------------------------------------------------------------------- data classes


@dataclass(frozen=True)
class Option:
    """One answer in a `choose` scenario (`why` is shown after the learner picks it), or one way
    to lean in a `dilemma` (its `key` is what the voices lean towards; no best, no why)."""

    text: str
    best: bool
    why: str
    key: str = ""


@dataclass(frozen=True)
class Voice:
    """An experienced peer worker's view of a `dilemma`: who they are (a fictional role), the
    option key they lean towards and why, in a few sentences."""

    name: str
    leans: str
    why: str


@dataclass(frozen=True)
class SortCategory:
    """One bin in a `sort` scenario."""

    key: str
    title: str


@dataclass(frozen=True)
class SortItem:
    """One phrase to sort; `category` is the key of the bin it belongs in."""

    text: str
    category: str
    why: str


@dataclass(frozen=True)
class Spot:
    """A phrase in the draft that the learner should notice, and what it is (a LABELS name)."""

    phrase: str
    label: str
    why: str


@dataclass(frozen=True)
class Scenario:
    """One practice scenario; see data/scenarios/SCHEMA.md for what each field means."""

    id: str
    values: tuple[str, ...]
    type: str
    title: str
    prompt: str
    setting: str | None = None
    peer_says: str | None = None
    draft: str | None = None
    target_labels: tuple[str, ...] = ()
    avoid_labels: tuple[str, ...] = ()
    model_answers: tuple[ModelAnswer, ...] = ()
    hints: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    content_note: str | None = None
    minutes: float | None = None
    options: tuple[Option, ...] = ()
    categories: tuple[SortCategory, ...] = ()
    items: tuple[SortItem, ...] = ()
    spots: tuple[Spot, ...] = ()
    reframe_kind: str | None = None
    voices: tuple[Voice, ...] = ()
    weighs: tuple[str, ...] = ()
    supervision_question: str | None = None
    source: str = ""
    line: int = 0

    @property
    def main_value(self) -> str:
        """The value this scenario mainly teaches (the first in `values`)."""
        return self.values[0]

    @property
    def scored(self) -> bool:
        """Reflect scenarios are a private journal, and a dilemma has no right answer: neither
        is scored."""
        return self.type not in ("reflect", "dilemma")

    @property
    def has_content_note(self) -> bool:
        return bool(self.content_note)

    @property
    def hard_topics(self) -> tuple[str, ...]:
        """The hard topics this scenario is tagged with (why it carries a content note)."""
        return tuple(t for t in map(norm_topic, self.topics) if t in HARD_TOPICS)


class BankError(DataFileError):
    """The scenario bank has problems; `.problems` lists every one found."""


class Bank(Mapping):
    """Read-only mapping id -> Scenario, in file order (files sorted by name)."""

    def __init__(self, scenarios: Iterable[Scenario], files: Iterable[Path] = ()):
        self._by_id: dict[str, Scenario] = {s.id: s for s in scenarios}
        self._files = tuple(files)

    def __getitem__(self, key: str) -> Scenario:
        try:
            return self._by_id[key]
        except KeyError:
            close = difflib.get_close_matches(str(key), list(self._by_id), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise KeyError(f"no scenario with id {shown(key)} in the bank{hint}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def __repr__(self) -> str:
        return f"<Bank: {len(self)} scenarios in {len(self._files)} files>"

    @property
    def files(self) -> tuple[Path, ...]:
        """The YAML files the bank was read from."""
        return self._files

    def ids(self) -> list[str]:
        return list(self._by_id)

    def by_value(self, value: str) -> list[Scenario]:
        """Scenarios whose values include `value`, in file order; unknown keys are a KeyError."""
        if value not in VALUES:
            raise KeyError(f"unknown value key {shown(value)}{did_you_mean(value, VALUES)}")
        return [s for s in self._by_id.values() if value in s.values]

    def to_frame(self):
        """One row per scenario (pandas DataFrame), for summaries and facilitator overviews."""
        import pandas as pd

        columns = ["id", "value", "values", "type", "title", "minutes", "has_content_note", "file"]
        rows = [
            {
                "id": s.id,
                "value": s.main_value,
                "values": s.values,
                "type": s.type,
                "title": s.title,
                "minutes": s.minutes,
                "has_content_note": s.has_content_note,
                "file": s.source,
            }
            for s in self._by_id.values()
        ]
        return pd.DataFrame(rows, columns=columns)


# ----------------------------------------------------------------------------- public API


def load_bank(path: str | Path | None = None) -> Bank:
    """Load and check the bank (a folder of *.yaml files or one file); BankError lists problems."""
    bank, problems = validate_bank(path)
    if problems or bank is None:
        raise BankError(problems)
    return bank


def validate_bank(path: str | Path | None = None) -> tuple[Bank | None, list[Problem]]:
    """Check the bank without raising: (the bank, []) when clean, else (None, every problem)."""
    result = check_bank(path)
    if result.problems:
        return None, result.problems
    return Bank(result.scenarios, result.files), []


# ----------------------------------------------------------------------------- checking


@dataclass(frozen=True)
class EntryTopics:
    """One entry's topics and whether it has a content note, even when it has problems."""

    file: str
    row: int
    id: str | None
    topics: tuple[str, ...]  # as norm_topic spells them
    has_content_note: bool

    @property
    def hard_topics(self) -> tuple[str, ...]:
        return tuple(t for t in self.topics if t in HARD_TOPICS)


@dataclass
class BankCheck:
    """What checking a bank found: sound scenarios, files read, problems, entry counts."""

    scenarios: list[Scenario]
    files: list[Path]
    problems: list[Problem]
    entries: int  # entries that are mappings, even ones with problems
    entry_values: list[str]  # the main value of each entry whose first value is a known key
    entry_topics: list[EntryTopics] = field(default_factory=list)  # every entry that is a mapping


def check_bank(path: str | Path | None) -> BankCheck:
    """Check the bank without stopping at the first problem: what the validate command reports."""
    # The checker builds this module's Scenarios, so it is imported here rather than at the top.
    from widgets.content.scenario_checks import check_files

    return check_files(Path(path) if path is not None else DATA_DIR / "scenarios")


def norm_topic(topic: str) -> str:
    """A topic as the hard-topic list spells it: 'Substance use' -> 'substance_use'."""
    return re.sub(r"[\s\-]+", "_", topic.strip().lower())
