"""The bias mirror: one short moment met several times across the course, one detail changed.

The moments live in data/bias_mirror.yaml (its header describes the format), read with the one YAML
reader and checked here: every problem names the file, the moment (row), the field and the line,
all at once. The first version of a moment is the one the others are compared with, and each
other version's setting must differ from it in exactly one place, so the comparison stays fair.

This is the pure part: loading, checking, and reading a learner's replies back (the first reply
to each version, the labels the scorer gives it, and where the labels differ between versions).
The widgets are widgets/ui/bias_mirror.py. Replies are saved in the learner's private journal
under ``mirror-<variant id>`` and the closing reflection under ``mirror-review``: the journal is
never exported, so neither ever leaves the learner's computer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from widgets.content.model import ModelAnswer
from widgets.content.scenarios import Scenario
from widgets.core.datafiles import DataFileError, Problem
from widgets.core.paths import data_file
from widgets.core.state import on_forget
from widgets.scoring import LABELS, analyze
from widgets.scoring.model import QUESTION_FAMILY

__all__ = [
    "MIRROR_FILE",
    "REPLY_PREFIX",
    "REVIEW_PROMPT_ID",
    "Contrast",
    "MirrorBank",
    "MirrorMoment",
    "MirrorVariant",
    "Reply",
    "default_mirror",
    "differences",
    "load_mirror",
    "replies",
    "shown_labels",
]

MIRROR_FILE = "bias_mirror.yaml"
#: A reply to a version is a journal entry under this prefix and the version's id.
REPLY_PREFIX = "mirror-"
#: The closing reflection of the review, a journal entry too.
REVIEW_PROMPT_ID = "mirror-review"


# --- what a checked file holds --------------------------------------------------------------------


@dataclass(frozen=True)
class MirrorVariant:
    """One version of a moment: the notebook it is in and the one detail that differs."""

    id: str
    moment: str
    number: int  # 1 for the first version, the one the others are compared with
    notebook: str
    detail: str
    where: str
    setting: str

    @property
    def prompt_id(self) -> str:
        """The journal prompt id the learner's replies to this version are saved under."""
        return REPLY_PREFIX + self.id


@dataclass(frozen=True)
class MirrorMoment:
    """A moment, the same in every version except for each version's setting."""

    id: str
    title: str
    values: tuple[str, ...]
    peer_says: str
    prompt: str
    target_labels: tuple[str, ...]
    avoid_labels: tuple[str, ...]
    model_answers: tuple[ModelAnswer, ...]
    hints: tuple[str, ...]
    variants: tuple[MirrorVariant, ...]
    content_note: str | None = None
    minutes: float | None = None

    def scenario(self, variant: MirrorVariant) -> Scenario:
        """One version as a rewrite scenario (no draft), so it is scored like a rewrite."""
        return Scenario(
            id=variant.prompt_id,
            values=self.values,
            type="rewrite",
            title=self.title,
            prompt=self.prompt,
            setting=variant.setting,
            peer_says=self.peer_says,
            target_labels=self.target_labels,
            avoid_labels=self.avoid_labels,
            model_answers=self.model_answers,
            hints=self.hints,
            content_note=self.content_note,
            minutes=self.minutes,
            source=MIRROR_FILE,
        )


@dataclass(frozen=True)
class MirrorBank:
    """Every moment of the file, in file order."""

    moments: tuple[MirrorMoment, ...]

    def find(self, variant_id: str) -> tuple[MirrorMoment, MirrorVariant] | None:
        for moment in self.moments:
            for variant in moment.variants:
                if variant.id == variant_id:
                    return moment, variant
        return None

    def variant_ids(self) -> list[str]:
        return [v.id for m in self.moments for v in m.variants]


# --- reading the file once ------------------------------------------------------------------------


def check_mirror(path: str | Path | None = None) -> tuple[MirrorBank | None, list[Problem]]:
    """(the checked moments or None, every problem found) for ``path`` (default: the data file).

    The checks are widgets/content/bias_mirror_checks.py."""
    from widgets.content.bias_mirror_checks import check_file

    return check_file(Path(path) if path is not None else data_file(MIRROR_FILE))


def load_mirror(path: str | Path | None = None) -> MirrorBank:
    """Read and check the mirror file; raise DataFileError listing every problem found."""
    bank, problems = check_mirror(path)
    if bank is None or problems:
        raise DataFileError(problems)
    return bank


@lru_cache(maxsize=4)
def _cached(path: str) -> MirrorBank:
    return load_mirror(path)


@on_forget("bias_mirror")
def _forget() -> None:
    _cached.cache_clear()


def default_mirror() -> MirrorBank:
    """The mirror file from the data folder, read once per process."""
    return _cached(str(data_file(MIRROR_FILE)))


# --- the learner's replies, side by side ----------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """What the learner wrote to one version: the first reply (None = not yet) and its labels."""

    variant: MirrorVariant
    text: str | None
    tries: int
    labels: tuple[str, ...]


def shown_labels(labels: Iterable[str]) -> tuple[str, ...]:
    """The labels worth showing, strengths first, then neutral, then slips (each in lexicon
    order); plain "question" is left out when a more precise question label says it."""
    labels = set(labels)
    if labels & QUESTION_FAMILY:
        labels.discard("question")
    order = {"strength": 0, "neutral": 1, "slip": 2}
    ranked = [name for name in LABELS if name in labels]
    ranked.sort(key=lambda name: order.get(getattr(LABELS[name], "polarity", ""), 1))
    return tuple(ranked)


def replies(moment: MirrorMoment, journal: Mapping[str, Sequence[str]]) -> list[Reply]:
    """One Reply per version, from ``journal`` (prompt id -> texts saved, oldest first).

    The first reply is the one shown: first words show habits best; later tries are counted.
    Labels are what the scorer notices in those words (it is deterministic).
    """
    found = []
    for variant in moment.variants:
        texts = [x for x in journal.get(variant.prompt_id, ()) if x and x.strip()]
        first = texts[0] if texts else None
        labels = shown_labels(analyze(first).labels) if first else ()
        found.append(Reply(variant, first, len(texts), labels))
    return found


@dataclass(frozen=True)
class Contrast:
    """Where some replies differ from all the others, in the labels the scorer noticed.

    ``variants`` are the versions whose replies stand out (the smaller side); ``more`` are labels
    noticed only in those replies, ``fewer`` labels noticed in every other reply but not in them.
    """

    variants: tuple[MirrorVariant, ...]
    more: tuple[str, ...]
    fewer: tuple[str, ...]


def differences(found: Sequence[Reply]) -> list[Contrast]:
    """The labels noticed in some replies and not others, grouped by the replies that stand out
    (the smaller side; the replies with the label when both sides are as big), in the order of
    the versions. Only replies written count; fewer than two give nothing to compare."""
    answered = [r for r in found if r.text is not None]
    if len(answered) < 2:
        return []
    groups: dict[tuple[str, ...], tuple[list[MirrorVariant], list[str], list[str]]] = {}
    for label in shown_labels(label for r in answered for label in r.labels):
        present = [r.variant for r in answered if label in r.labels]
        absent = [r.variant for r in answered if label not in r.labels]
        if not present or not absent:
            continue
        side, more = (present, True) if len(present) <= len(absent) else (absent, False)
        key = tuple(v.id for v in side)
        group = groups.setdefault(key, (side, [], []))
        group[1 if more else 2].append(label)
    ordered = sorted(groups.values(), key=lambda g: [v.number for v in g[0]])
    return [Contrast(tuple(side), tuple(more), tuple(fewer)) for side, more, fewer in ordered]
