"""AnnoMI: expert-coded motivational-interviewing transcripts, read in place to measure the scorer.

The development half (the transcripts with an even ``transcript_id``) lies beside the project in
``../shared/benchmarks/annomi-dev/`` (or the folder ``ANNOMI_DEV`` names); it is never copied
into the project. Each therapist utterance is coded by an expert: is there a question (open or
closed), a reflection, and what kind of input (advice among them). The scorer's labels are read
as predictions of those codes, and precision, recall and F1 are printed beside the targets.
"""

from __future__ import annotations

import csv
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from widgets import scoring
from widgets.core.paths import REPO_ROOT

FILE_NAME = "AnnoMI-full-dev.csv"
#: Targets on AnnoMI dev (issue 11): F1 for question, reflection and advice; accuracy for
#: open vs closed on the questions both the experts and the scorer found.
TARGETS = {"question": 0.90, "open vs closed": 0.85, "reflection": 0.55, "advice": 0.40}


@dataclass(frozen=True)
class Turn:
    """One therapist utterance and what the expert coded in it."""

    text: str
    question: bool
    subtype: str  # "open", "closed" or "" (no question)
    reflection: bool
    advice: bool


def default_folder() -> Path | None:
    """Where AnnoMI dev lies: ANNOMI_DEV, else ../shared/benchmarks/annomi-dev beside the repo."""
    env = os.environ.get("ANNOMI_DEV")
    candidates = [Path(env)] if env else []
    candidates.append(REPO_ROOT.parent / "shared" / "benchmarks" / "annomi-dev")
    return next((c for c in candidates if (c / FILE_NAME).exists()), None)


def read_turns(folder: Path) -> list[Turn]:
    """Every therapist utterance of the file, in order (an utterance coded twice counts twice,
    as the dataset gives it)."""
    with (folder / FILE_NAME).open(encoding="utf-8", newline="") as handle:
        return [
            Turn(
                row["utterance_text"],
                row["question_exists"] == "True",
                row["question_subtype"] if row["question_subtype"] in ("open", "closed") else "",
                row["reflection_exists"] == "True",
                row["therapist_input_subtype"] == "advice",
            )
            for row in csv.DictReader(handle)
            if row["interlocutor"] == "therapist"
        ]


@dataclass
class Counts:
    """True positives, false positives and false negatives per code, and the open/closed tally."""

    codes: dict[str, list[int]]
    kinds: Counter  # (expert subtype, scorer's kind or "neither")


def count(turns: list[Turn]) -> Counts:
    codes = {name: [0, 0, 0] for name in ("question", "reflection", "advice")}
    kinds: Counter = Counter()
    for turn in turns:
        labels = scoring.analyze(turn.text).labels
        got = {
            "question": "question" in labels,
            "reflection": "reflection" in labels,
            "advice": "advice" in labels,
        }
        gold = {"question": turn.question, "reflection": turn.reflection, "advice": turn.advice}
        for name, tally in codes.items():
            if got[name] or gold[name]:
                tally[0 if got[name] and gold[name] else 1 if got[name] else 2] += 1
        if turn.subtype and got["question"]:
            kind = (
                "open"
                if "open_question" in labels
                else "closed"
                if "closed_question" in labels
                else "neither"
            )
            kinds[(turn.subtype, kind)] += 1
    return Counts(codes, kinds)


def open_closed_accuracy(kinds: Counter) -> float:
    total = sum(kinds.values())
    right = sum(n for (gold, got), n in kinds.items() if gold == got)
    return right / total if total else 0.0


def expert_agreement(folder: Path) -> dict[str, tuple[int, float]]:
    """How often two experts agreed where the dataset codes an utterance twice: per code,
    (utterances compared, share agreeing). A ceiling worth knowing beside the scorer's figures."""
    coded: dict[tuple[str, str], list[dict]] = {}
    with (folder / FILE_NAME).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["interlocutor"] == "therapist":
                coded.setdefault((row["transcript_id"], row["utterance_id"]), []).append(row)
    twice = [rows[:2] for rows in coded.values() if len(rows) > 1]
    columns = {
        "question": "question_exists",
        "reflection": "reflection_exists",
        "advice": "therapist_input_subtype",
    }
    out = {}
    for name, column in columns.items():
        same = sum(1 for a, b in twice if (a[column] == b[column]))
        out[name] = (len(twice), same / len(twice) if twice else 0.0)
    both = [
        (a, b)
        for a, b in twice
        if {a["question_subtype"], b["question_subtype"]} <= {"open", "closed"}
    ]
    same = sum(1 for a, b in both if a["question_subtype"] == b["question_subtype"])
    out["open vs closed"] = (len(both), same / len(both) if both else 0.0)
    return out
