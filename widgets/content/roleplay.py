"""Branching role-play conversations: the data file's shapes and the conversation itself.

``load_roleplay`` reads and checks data/roleplays/<name>.yaml (every problem named by file, node,
field and line; the checks are widgets/content/roleplay_checks.py); ``RolePlay`` is the state
machine a view drives (choose, reply, skip) and sums up across the eight values. Plain Python, so
it is tested without a browser; the widget is widgets/ui/roleplay_view.py. Trainers check a file
with ``python -m widgets validate-roleplay``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from widgets.content.model import SCHEMA_VERSION, ModelAnswer
from widgets.core.datafiles import DATA_DIR, DataFileError, Problem
from widgets.core.text import t
from widgets.core.values import NOTEBOOKS, VALUES, value_title
from widgets.scoring import LABELS, Analysis, analyze, label_title
from widgets.scoring.feedback import NEXT_STEP_MARK, STRENGTH_MARK

__all__ = [
    "SCHEMA_VERSION",
    "Choice",
    "Evidence",
    "ModelAnswer",
    "Node",
    "RolePlay",
    "RolePlayError",
    "Script",
    "Turn",
    "ValueSummary",
    "check_roleplay",
    "load_roleplay",
]

#: Where role-play files live: data/roleplays/<name>.yaml.
ROLEPLAY_DIR = DATA_DIR / "roleplays"
KINDS = ("choice", "free", "end")
MIN_CHOICES, MAX_CHOICES = 2, 4
LETTERS = "ABCD"
#: The journal prompt id the personal summary is saved under (private, never exported).
SUMMARY_PROMPT_ID = "personal-summary"

# --- the data ------------------------------------------------------------------------------------


class RolePlayError(ValueError):
    """A step the current turn does not allow (e.g. choosing on a free-text turn)."""


@dataclass(frozen=True)
class Choice:
    """One reply the learner can pick, the labels it shows, why, and where it leads."""

    text: str
    labels: tuple[str, ...]
    why: str
    next: str


@dataclass(frozen=True)
class Node:
    """One turn: the peer's line and what the learner can do (choose, write, or nothing: end)."""

    id: str
    kind: str
    peer_says: str
    values: tuple[str, ...] = ()
    prompt: str = ""
    content_note: str | None = None
    choices: tuple[Choice, ...] = ()
    look_for: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    model_answer: ModelAnswer | None = None
    next: str | None = None
    skip_to: str | None = None
    ending: str = ""

    @property
    def is_end(self) -> bool:
        return self.kind == "end"

    @property
    def skip_target(self) -> str | None:
        """Where Skip goes: ``skip_to``, else the first choice's next, else ``next``."""
        if self.skip_to:
            return self.skip_to
        if self.choices:
            return self.choices[0].next
        return self.next

    def targets(self) -> tuple[str, ...]:
        """Every node this turn can lead to."""
        found = [c.next for c in self.choices]
        found += [n for n in (self.next, self.skip_to) if n]
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Script:
    """A whole role-play file, checked: look nodes up with ``script["node-id"]``."""

    id: str
    title: str
    setting: str
    peer_name: str
    start: str
    nodes: Mapping[str, Node]
    next_steps: Mapping[str, str]
    intro: str = ""
    content_note: str | None = None
    file: str = ""

    def __getitem__(self, node_id: str) -> Node:
        return self.nodes[node_id]

    def __contains__(self, node_id: object) -> bool:
        return node_id in self.nodes

    def endings(self) -> tuple[str, ...]:
        return tuple(n.id for n in self.nodes.values() if n.is_end)


# --- loading -------------------------------------------------------------------------------------


def roleplay_path(name: str | Path) -> Path:
    """A role-play's file: a name ("closing") means data/roleplays/closing.yaml; paths stay."""
    text = str(name)
    if isinstance(name, Path) or text.endswith((".yaml", ".yml")) or "/" in text or "\\" in text:
        return Path(name)
    return ROLEPLAY_DIR / f"{text}.yaml"


def check_roleplay(name: str | Path) -> list[Problem]:
    """Every problem in a role-play file (an empty list means it is ready to use)."""
    return _check(name)[1]


def load_roleplay(name: str | Path = "closing") -> Script:
    """The checked role-play; raises DataFileError listing every problem (file, node, field)."""
    script, problems = _check(name)
    if script is None:
        raise DataFileError(problems)
    return script


def _check(name: str | Path) -> tuple[Script | None, list[Problem]]:
    # The checker builds this module's Nodes and Script, so it is imported here, not at the top.
    from widgets.content.roleplay_checks import check_file

    return check_file(roleplay_path(name))


# --- the conversation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Turn:
    """One step the learner took: a choice, their own words, or a skip."""

    number: int
    node_id: str
    kind: str
    peer_says: str
    response: str = ""
    labels: tuple[str, ...] = ()
    choice: int | None = None
    analysis: Analysis | None = None
    skipped: bool = False


@dataclass(frozen=True)
class Evidence:
    """Why a value is named in the summary: the turn, the label and the message."""

    turn: int
    node_id: str
    label: str
    message: str
    typed: bool


@dataclass(frozen=True)
class ValueSummary:
    """One value across the whole conversation: what was lived, and what is not yet there."""

    value: str
    title: str
    notebook: str
    lived: tuple[Evidence, ...] = ()
    not_yet: tuple[Evidence, ...] = ()
    next_step: str | None = None

    @property
    def shown(self) -> bool:
        return bool(self.lived)


class RolePlay:
    """The conversation as a state machine: the current node, the learner's turns, the summary.

    ``on_turn(turn, node)`` runs after every turn (the view saves progress there), so this
    class itself never touches widgets or files.
    """

    def __init__(self, script: Script, on_turn: Callable[[Turn, Node], None] | None = None):
        self.script = script
        self.on_turn = on_turn
        self.restart()

    def restart(self) -> None:
        """Back to the first turn with an empty transcript."""
        self.current = self.script.start
        self._turns: list[Turn] = []
        self._path = [self.script.start]

    @property
    def node(self) -> Node:
        return self.script[self.current]

    @property
    def finished(self) -> bool:
        return self.node.is_end

    @property
    def transcript(self) -> tuple[Turn, ...]:
        return tuple(self._turns)

    @property
    def path(self) -> tuple[str, ...]:
        """Node ids visited so far, the current one last."""
        return tuple(self._path)

    def _expect(self, kind: str) -> Node:
        node = self.node
        if node.kind != kind:
            raise RolePlayError(
                f"Turn '{node.id}' is a {node.kind} turn; it can't take a {kind} reply."
            )
        return node

    def _advance(self, turn: Turn, node: Node, target: str | None) -> Turn:
        self._turns.append(turn)
        if target:
            self.current = target
            self._path.append(target)
        if self.on_turn is not None:
            self.on_turn(turn, node)
        return turn

    def choose(self, index: int) -> Turn:
        """Send the choice at ``index`` (0-based) and move to where it leads."""
        node = self._expect("choice")
        if not 0 <= index < len(node.choices):
            raise RolePlayError(
                f"Turn '{node.id}' has {len(node.choices)} replies, not {index + 1}."
            )
        choice = node.choices[index]
        turn = Turn(
            len(self._turns) + 1,
            node.id,
            "choice",
            node.peer_says,
            choice.text,
            tuple(sorted(choice.labels)),
            choice=index,
        )
        return self._advance(turn, node, choice.next)

    def reply(self, text: str) -> Analysis:
        """Send the learner's own words; they are scored with analyze() and the story moves on."""
        node = self._expect("free")
        if not isinstance(text, str) or not text.strip():
            raise RolePlayError("A reply needs some words; skipping is fine too.")
        analysis = analyze(text, (*node.look_for, *node.avoid))  # listening for what it asks
        turn = Turn(
            len(self._turns) + 1,
            node.id,
            "free",
            node.peer_says,
            text,
            tuple(sorted(analysis.labels)),
            analysis=analysis,
        )
        self._advance(turn, node, node.next)
        return analysis

    def skip(self) -> Turn:
        """Move on without answering (always allowed until the end)."""
        node = self.node
        if node.is_end:
            raise RolePlayError("The conversation has ended; start again to play it once more.")
        turn = Turn(len(self._turns) + 1, node.id, node.kind, node.peer_says, skipped=True)
        return self._advance(turn, node, node.skip_target)

    # -- summary

    def evidence(self) -> list[tuple[str, Evidence, bool]]:
        """(value, evidence, is_strength) for every label in every answered turn.

        A typed turn counts only the strengths it shows: one that a slip in the same sentence
        takes back ("That sounds lonely, but you'll be fine") is not lived (its slip is named).
        """
        found: list[tuple[str, Evidence, bool]] = []
        for turn in self._turns:
            if turn.skipped:
                continue
            if turn.analysis is not None:
                for notes, good in (
                    (turn.analysis.strengths, True),
                    (turn.analysis.suggestions, False),
                ):
                    for note in notes:
                        if good and not turn.analysis.shows(note.label):
                            continue  # a strength a slip took back is not lived
                        ev = Evidence(turn.number, turn.node_id, note.label, note.message, True)
                        found.append((note.value, ev, good))
                continue
            for label in turn.labels:
                info = LABELS.get(label)
                if info is None or info.polarity == "neutral":
                    continue
                good = info.polarity == "strength"
                message = info.did_well if good else info.next_step
                for value in info.values:
                    ev = Evidence(turn.number, turn.node_id, label, message, False)
                    found.append((value, ev, good))
        return found

    def summary_per_value(self) -> dict[str, ValueSummary]:
        """All eight values, the ones lived first; each with evidence and a next step if needed."""
        lived: dict[str, list[Evidence]] = {v: [] for v in VALUES}
        not_yet: dict[str, list[Evidence]] = {v: [] for v in VALUES}
        for value, ev, good in self.evidence():
            if value not in VALUES:
                continue
            bucket = lived if good else not_yet
            if all((e.turn, e.label) != (ev.turn, ev.label) for e in bucket[value]):
                bucket[value].append(ev)
        summaries = []
        for value in VALUES:
            needs_step = not lived[value] or bool(not_yet[value])
            summaries.append(
                ValueSummary(
                    value=value,
                    title=value_title(value),
                    notebook=NOTEBOOKS.get(value, ""),
                    lived=tuple(lived[value]),
                    not_yet=tuple(not_yet[value]),
                    next_step=self.script.next_steps.get(value) if needs_step else None,
                )
            )
        ordered = [s for s in summaries if s.shown] + [s for s in summaries if not s.shown]
        return {s.value: s for s in ordered}

    @property
    def skipped_count(self) -> int:
        return sum(1 for turn in self._turns if turn.skipped)

    def summary_text(self) -> str:
        """The summary in plain words (for the personal summary, the terminal and tests)."""
        summary = self.summary_per_value()
        lines = [t("roleplay.summary_heading")]
        shown = [s for s in summary.values() if s.shown]
        lines.append(t("roleplay.lived_heading"))
        if not shown:
            lines.append(f"  {t('roleplay.no_lived')}")
        for s in shown:
            labels = ", ".join(dict.fromkeys(label_title(e.label) for e in s.lived))
            lines.append(f"  {STRENGTH_MARK} {s.title}: {labels}")
        lines.append(t("roleplay.not_yet_heading"))
        for s in summary.values():
            if s.next_step or s.not_yet:
                lines.append(f"  {NEXT_STEP_MARK} {s.title}: {s.next_step or ''}".rstrip())
        return "\n".join(lines)
