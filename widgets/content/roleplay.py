"""Branching role-play conversations: the data file, its checks, and the conversation itself.

``load_roleplay`` reads and checks data/roleplays/<name>.yaml (every problem named by file, node,
field and line); ``RolePlay`` is the state machine a view drives (choose, reply, skip) and sums up
across the eight values. Plain Python, so it is tested without a browser; the widget is
widgets/ui/roleplay_view.py. Trainers check a file with ``python -m widgets validate-roleplay``.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from widgets.core.datafiles import (
    DATA_DIR,
    ID_PATTERN,
    DataFileError,
    Problem,
    load_yaml_nodes,
    mapping_nodes,
    node_line,
    sequence_nodes,
)
from widgets.core.paths import display_path
from widgets.core.text import t
from widgets.core.values import NOTEBOOKS, VALUES, value_title
from widgets.scoring import LABELS, Analysis, analyze
from widgets.scoring.feedback import NEXT_STEP_MARK, STRENGTH_MARK

__all__ = [
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
SCHEMA_VERSION = 1
KINDS = ("choice", "free", "end")
MIN_CHOICES, MAX_CHOICES = 2, 4
LETTERS = "ABCD"
#: The journal prompt id the personal summary is saved under (private, never exported).
SUMMARY_PROMPT_ID = "personal-summary"

# --- words ---------------------------------------------------------------------------------------


def rt(key: str, **fmt: object) -> str:
    """A role-play UI word: ``roleplay.<key>`` in data/text/<lang>.yaml, ready to translate."""
    return t(f"roleplay.{key}", **fmt)


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
class ModelAnswer:
    """An example reply for a free-text turn, with why it works."""

    text: str
    why: str


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


# --- loading and checking -----------------------------------------------------------------------

_TOP_FIELDS = (
    "schema_version",
    "id",
    "title",
    "setting",
    "peer_name",
    "intro",
    "content_note",
    "start",
    "next_steps",
    "nodes",
)
_COMMON_FIELDS = ("id", "kind", "peer_says", "content_note")
_KIND_FIELDS = {
    "choice": ("values", "prompt", "choices", "skip_to"),
    "free": ("values", "prompt", "look_for", "avoid", "model_answer", "next"),
    "end": ("ending",),
}
_CHOICE_FIELDS = ("text", "labels", "why", "next")


def roleplay_path(name: str | Path) -> Path:
    """A role-play's file: a name ("closing") means data/roleplays/closing.yaml; paths stay."""
    text = str(name)
    if isinstance(name, Path) or text.endswith((".yaml", ".yml")) or "/" in text or "\\" in text:
        return Path(name)
    return ROLEPLAY_DIR / f"{text}.yaml"


def _suggest(word: object, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else "."


class _Checker:
    """Checks one role-play file and collects every problem (file, node, field, line)."""

    def __init__(self, path: Path):
        self.path = path
        self.name = display_path(path)
        self.problems: list[Problem] = []

    def add(
        self,
        message: str,
        *,
        row: int | None = None,
        column: str | None = None,
        node: str | None = None,
        line: int | None = None,
    ) -> None:
        where = f"node '{node}'" if node else (f"node {row}" if row else "")
        if line:
            where = f"{where} (line {line})" if where else f"line {line}"
        self.problems.append(
            Problem(self.name, row, column, f"{where}: {message}" if where else message)
        )

    # -- whole file

    def run(self) -> Script | None:
        if not self.path.is_file():
            self.add(
                "not found: give a role-play name (e.g. closing) or a path to a .yaml file in "
                "data/roleplays."
            )
            return None
        text = self.path.read_text(encoding="utf-8")
        try:
            tree, data = load_yaml_nodes(text)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            problem = getattr(err, "problem", None) or str(err)
            self.add(f"is not valid YAML ({problem}). Check indentation and quotes.", line=line)
            return None
        if not isinstance(data, dict):
            self.add("should be a set of named fields (schema_version, id, title, ..., nodes).")
            return None
        self.top = mapping_nodes(tree)
        return self.check_top(data)

    def top_line(self, key: str) -> int | None:
        pair = self.top.get(key)
        return node_line(pair[0]) if pair else None

    def text_field(self, data: dict, key: str, *, required: bool = True, **where: Any) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.add(
                    f"'{key}' is missing: add it as a short piece of text.", column=key, **where
                )
            return ""
        if not isinstance(value, str) or not value.strip():
            self.add(f"'{key}' should be a piece of text, not {value!r}.", column=key, **where)
            return ""
        return " ".join(value.split())

    def check_top(self, data: dict) -> Script | None:
        for key in data:
            if key not in _TOP_FIELDS:
                self.add(
                    f"unknown field '{key}'{_suggest(key, _TOP_FIELDS)}",
                    column=str(key),
                    line=self.top_line(str(key)),
                )
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            self.add(
                f"'schema_version' should be {SCHEMA_VERSION}, not {version!r}.",
                column="schema_version",
            )
        rid = self.text_field(data, "id")
        if rid and not ID_PATTERN.match(rid):
            self.add(
                f"'id' {rid!r} should use lowercase letters, digits and hyphens only.", column="id"
            )
        elif rid and rid != self.path.stem:
            self.add(
                f"'id' {rid!r} should match the file name '{self.path.stem}'.",
                column="id",
                line=self.top_line("id"),
            )
        title = self.text_field(data, "title")
        setting = self.text_field(data, "setting")
        peer = self.text_field(data, "peer_name")
        intro = self.text_field(data, "intro", required=False)
        note = self.text_field(data, "content_note", required=False) or None
        start = self.text_field(data, "start")
        steps = self.check_next_steps(data.get("next_steps"))
        nodes = self.check_nodes(data.get("nodes"))
        if nodes is not None:
            self.check_graph(nodes, start)
        if self.problems or nodes is None:
            return None
        return Script(
            id=rid,
            title=title,
            setting=setting,
            peer_name=peer,
            start=start,
            nodes=nodes,
            next_steps=steps,
            intro=intro,
            content_note=note,
            file=self.name,
        )

    def check_next_steps(self, steps: Any) -> dict[str, str]:
        line = self.top_line("next_steps")
        if not isinstance(steps, dict):
            self.add(
                "'next_steps' should list one practice suggestion for each of the eight values "
                f"({', '.join(VALUES)}).",
                column="next_steps",
                line=line,
            )
            return {}
        clean: dict[str, str] = {}
        for key, text in steps.items():
            if key not in VALUES:
                self.add(
                    f"'{key}' is not a course value{_suggest(key, VALUES)}",
                    column=f"next_steps.{key}",
                    line=line,
                )
            elif not isinstance(text, str) or not text.strip():
                self.add(
                    f"the next step for '{key}' should be a piece of text.",
                    column=f"next_steps.{key}",
                    line=line,
                )
            else:
                clean[key] = " ".join(text.split())
        for key in VALUES:
            if key not in steps:
                self.add(
                    f"no next step for '{key}': every value needs one.",
                    column=f"next_steps.{key}",
                    line=line,
                )
        return clean

    # -- nodes

    def check_nodes(self, raw: Any) -> dict[str, Node] | None:
        if not isinstance(raw, list) or not raw:
            self.add("'nodes' should be a list of one or more turns.", column="nodes")
            return None
        items = sequence_nodes(self.top.get("nodes", (None, None))[1])
        nodes: dict[str, Node] = {}
        self.node_lines: dict[str, int | None] = {}
        for row, entry in enumerate(raw, start=1):
            yaml_node = items[row - 1] if row - 1 < len(items) else None
            node = _NodeChecker(self, row, entry, yaml_node).run()
            if node is None:
                continue
            self.node_lines.setdefault(node.id, node_line(yaml_node))
            if node.id in nodes:
                self.add(
                    f"the id '{node.id}' is used by more than one node; rename one.",
                    row=row,
                    column="id",
                    node=node.id,
                    line=node_line(yaml_node),
                )
                continue
            nodes[node.id] = node
        return nodes

    def check_graph(self, nodes: dict[str, Node], start: str) -> None:
        """Every link goes somewhere, everything is reachable, and nothing loops."""
        rows = {nid: i for i, nid in enumerate(nodes, start=1)}
        broken = False
        for node in nodes.values():
            links = [(f"choices[{i}].next", c.next) for i, c in enumerate(node.choices, start=1)]
            links += [(name, getattr(node, name)) for name in ("next", "skip_to")]
            for column, target in links:
                if target and target not in nodes:
                    broken = True
                    self.add(
                        f"'{column}' points to '{target}', which is not a node in this file"
                        f"{_suggest(target, nodes)}",
                        row=rows[node.id],
                        column=column,
                        node=node.id,
                        line=self.node_lines.get(node.id),
                    )
        if start and start not in nodes:
            self.add(
                f"'start' points to '{start}', which is not a node in this file"
                f"{_suggest(start, nodes)}",
                column="start",
                line=self.top_line("start"),
            )
            return
        if broken or not start:
            return
        seen: set[str] = set()
        stack = [start]
        while stack:
            nid = stack.pop()
            if nid not in seen:
                seen.add(nid)
                stack.extend(nodes[nid].targets())
        for nid in nodes:
            if nid not in seen:
                self.add(
                    "can't be reached from the start: link to it from another node, or remove it.",
                    row=rows[nid],
                    column="id",
                    node=nid,
                    line=self.node_lines.get(nid),
                )
        loop = _find_loop(nodes, start)
        if loop:
            path = " -> ".join(loop)
            self.add(
                f"the conversation loops back on itself ({path}); every path must reach an end.",
                row=rows[loop[-2]],
                column="next",
                node=loop[-2],
                line=self.node_lines.get(loop[-2]),
            )


def _find_loop(nodes: Mapping[str, Node], start: str) -> list[str] | None:
    """A path that comes back to a node already on it (depth-first), or None."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    path: list[str] = []

    def visit(nid: str) -> list[str] | None:
        state[nid] = 1
        path.append(nid)
        for nxt in nodes[nid].targets():
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[nid] = 2
        return None

    return visit(start)


class _NodeChecker:
    """Checks one node (a 'row' of the nodes list)."""

    def __init__(self, file: _Checker, row: int, entry: Any, yaml_node: yaml.Node | None):
        self.file = file
        self.row = row
        self.entry = entry
        self.yaml_node = yaml_node
        self.fields = mapping_nodes(yaml_node)
        self.nid: str | None = None
        self.count = len(file.problems)

    def line(self, key: str | None = None) -> int | None:
        if key and key in self.fields:
            return node_line(self.fields[key][0])
        return node_line(self.yaml_node)

    def add(self, message: str, column: str | None = None, line: int | None = None) -> None:
        self.file.add(
            message,
            row=self.row,
            column=column,
            node=self.nid,
            line=line or self.line(column.split("[")[0].split(".")[0] if column else None),
        )

    def text(self, key: str, *, required: bool = True) -> str:
        value = self.entry.get(key)
        if value is None:
            if required:
                self.add(f"'{key}' is missing: add it as a piece of text.", key)
            return ""
        if not isinstance(value, str) or not value.strip():
            self.add(f"'{key}' should be a piece of text, not {value!r}.", key)
            return ""
        return " ".join(value.split())

    def names(self, key: str, known: Iterable[str], what: str, *, required: bool) -> tuple:
        raw = self.entry.get(key)
        if raw is None:
            if required:
                self.add(f"'{key}' is missing: list one or more {what}.", key)
            return ()
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list) or (required and not raw):
            self.add(f"'{key}' should be a list of {what}, e.g. [{next(iter(known))}].", key)
            return ()
        known = list(known)
        clean = []
        for item in raw:
            if item not in known:
                self.add(
                    f"'{item}' in '{key}' is not one of the {what}{_suggest(item, known)}", key
                )
            else:
                clean.append(item)
        return tuple(clean)

    def run(self) -> Node | None:
        if not isinstance(self.entry, dict):
            self.add("should be a set of named fields (id, kind, peer_says, ...).")
            return None
        nid = self.entry.get("id")
        if not isinstance(nid, str) or not ID_PATTERN.match(nid):
            self.add(
                f"'id' should use lowercase letters, digits and hyphens only, not {nid!r}.", "id"
            )
        else:
            self.nid = nid
        kind = self.entry.get("kind")
        if kind not in KINDS:
            self.add(
                f"'kind' should be one of {', '.join(KINDS)}, not {kind!r}{_suggest(kind, KINDS)}",
                "kind",
            )
        allowed = _COMMON_FIELDS + (_KIND_FIELDS.get(kind, ()) if kind in KINDS else ())
        every = set(_COMMON_FIELDS).union(*_KIND_FIELDS.values())
        for key in self.entry:
            if key in allowed or (kind not in KINDS and key in every):
                continue
            if kind in KINDS and key in every:
                owners = [k for k, fields in _KIND_FIELDS.items() if key in fields]
                self.add(
                    f"'{key}' belongs to {' or '.join(owners)} nodes, not {kind} nodes.", str(key)
                )
            else:
                self.add(f"unknown field '{key}'{_suggest(key, every)}", str(key))
        peer_says = self.text("peer_says")
        note = self.text("content_note", required=False) or None
        fields: dict[str, Any] = {}
        if kind in ("choice", "free"):
            fields["values"] = self.names("values", VALUES, "course values", required=True)
            fields["prompt"] = self.text("prompt", required=(kind == "free"))
        if kind == "choice":
            fields["choices"] = self.choices()
            fields["skip_to"] = self.text("skip_to", required=False) or None
        elif kind == "free":
            fields["look_for"] = self.names("look_for", LABELS, "feedback labels", required=True)
            fields["avoid"] = self.names("avoid", LABELS, "feedback labels", required=False)
            fields["model_answer"] = self.model_answer()
            fields["next"] = self.text("next") or None
        elif kind == "end":
            fields["ending"] = self.text("ending")
        if len(self.file.problems) > self.count or self.nid is None:
            return None
        return Node(id=self.nid, kind=kind, peer_says=peer_says, content_note=note, **fields)

    def choices(self) -> tuple[Choice, ...]:
        raw = self.entry.get("choices")
        if not isinstance(raw, list) or not MIN_CHOICES <= len(raw) <= MAX_CHOICES:
            self.add(
                f"'choices' should list {MIN_CHOICES} to {MAX_CHOICES} replies "
                f"(found {len(raw) if isinstance(raw, list) else 'none'}).",
                "choices",
            )
            return ()
        items = sequence_nodes(self.fields.get("choices", (None, None))[1])
        out = []
        for i, choice in enumerate(raw, start=1):
            line = node_line(items[i - 1]) if i - 1 < len(items) else self.line("choices")
            col = f"choices[{i}]"
            if not isinstance(choice, dict):
                self.add("should have text, labels, why and next.", col, line)
                continue
            for key in choice:
                if key not in _CHOICE_FIELDS:
                    self.add(
                        f"unknown field '{key}'{_suggest(key, _CHOICE_FIELDS)}",
                        f"{col}.{key}",
                        line,
                    )
            parts = {}
            for key in ("text", "why", "next"):
                value = choice.get(key)
                if not isinstance(value, str) or not value.strip():
                    self.add(f"'{key}' is missing or empty: add it as text.", f"{col}.{key}", line)
                parts[key] = " ".join(str(value or "").split())
            labels = choice.get("labels")
            if isinstance(labels, str):
                labels = [labels]
            if not isinstance(labels, list) or not labels:
                self.add(
                    "'labels' should list one or more feedback labels, e.g. [reflection].",
                    f"{col}.labels",
                    line,
                )
                labels = []
            for label in labels:
                if label not in LABELS:
                    self.add(
                        f"'{label}' is not a feedback label{_suggest(label, LABELS)}",
                        f"{col}.labels",
                        line,
                    )
            good = tuple(label for label in labels if label in LABELS)
            out.append(Choice(parts["text"], good, parts["why"], parts["next"]))
        return tuple(out)

    def model_answer(self) -> ModelAnswer | None:
        raw = self.entry.get("model_answer")
        if not isinstance(raw, dict):
            self.add("'model_answer' should have a text and a why.", "model_answer")
            return None
        parts = {}
        for key in ("text", "why"):
            value = raw.get(key)
            if not isinstance(value, str) or not value.strip():
                self.add(f"'{key}' is missing or empty: add it as text.", f"model_answer.{key}")
            parts[key] = " ".join(str(value or "").split())
        return ModelAnswer(**parts)


def check_roleplay(name: str | Path) -> list[Problem]:
    """Every problem in a role-play file (an empty list means it is ready to use)."""
    checker = _Checker(roleplay_path(name))
    checker.run()
    return checker.problems


def load_roleplay(name: str | Path = "closing") -> Script:
    """The checked role-play; raises DataFileError listing every problem (file, node, field)."""
    checker = _Checker(roleplay_path(name))
    script = checker.run()
    if script is None:
        raise DataFileError(checker.problems)
    return script


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
        analysis = analyze(text)
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
        """(value, evidence, is_strength) for every label in every answered turn."""
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
        lines = [rt("summary_heading")]
        shown = [s for s in summary.values() if s.shown]
        lines.append(rt("lived_heading"))
        if not shown:
            lines.append(f"  {rt('no_lived')}")
        for s in shown:
            labels = ", ".join(dict.fromkeys(_label_title(e.label) for e in s.lived))
            lines.append(f"  {STRENGTH_MARK} {s.title}: {labels}")
        lines.append(rt("not_yet_heading"))
        for s in summary.values():
            if s.next_step or s.not_yet:
                lines.append(f"  {NEXT_STEP_MARK} {s.title}: {s.next_step or ''}".rstrip())
        return "\n".join(lines)


def _label_title(label: str) -> str:
    info = LABELS.get(label)
    return info.title if info else label
