"""Checking a role-play file: every problem at once, each named by node, field and line.

A role-play is a small graph a trainer writes by hand, so besides each turn's fields the checks
follow the links: every ``next`` goes to a node that exists, every node can be reached, and no path
loops for ever. The file is read with the shared YAML reader (widgets/core/datafiles.py), so a
broken file gets the same kind message as any other course file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from widgets.content.model import SCHEMA_VERSION, ModelAnswer
from widgets.content.roleplay import KINDS, MAX_CHOICES, MIN_CHOICES, Choice, Node, Script
from widgets.core.datafiles import (
    ID_PATTERN,
    Problem,
    did_you_mean,
    duplicate_keys,
    mapping_nodes,
    node_line,
    read_yaml,
    sequence_nodes,
    shown,
)
from widgets.core.paths import display_path
from widgets.core.values import VALUES
from widgets.scoring import LABELS

__all__ = ["check_file"]

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
#: Every field a node may have, in a fixed order (so a suggestion never depends on a hash).
_ALL_FIELDS = tuple(dict.fromkeys(_COMMON_FIELDS + sum(_KIND_FIELDS.values(), ())))
_CHOICE_FIELDS = ("text", "labels", "why", "next")


def _twice(key: str, field: str | None, first: int | None, again: int | None) -> str:
    """The message for a key given twice (``field`` is where it sits, when that is not itself)."""
    where = "" if field in (None, key) else f" inside {shown(field)}"
    return (
        f"{shown(key)} appears twice{where} (lines {first} and {again}): YAML keeps only the last "
        "one. Remove or merge the other."
    )


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
        doc = read_yaml(self.path, self.problems, name=self.name, duplicates=False)
        if doc is None:
            return None
        if not isinstance(doc.data, dict):
            self.add("should be a set of named fields (schema_version, id, title, ..., nodes).")
            return None
        self.top = mapping_nodes(doc.node)
        self.check_repeated_keys(doc.node)
        return self.check_top(doc.data)

    def check_repeated_keys(self, tree: yaml.MappingNode) -> None:
        """Keys given twice outside the nodes (each node checks its own): YAML keeps the last."""
        nodes_list = self.top.get("nodes", (None, None))[1]
        first: dict[str, int | None] = {}
        for key_node, value in tree.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is not None and key != "<<":
                again = node_line(key_node)
                if key in first:
                    self.add(_twice(key, key, first[key], again), column=key, line=again)
                else:
                    first[key] = again
            if value is nodes_list and isinstance(value, yaml.SequenceNode):
                continue
            for inner, was, again in duplicate_keys(value):
                self.add(_twice(inner, key, was, again), column=key, line=again)

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
            self.add(f"'{key}' should be a piece of text, not {shown(value)}.", column=key, **where)
            return ""
        return " ".join(value.split())

    def check_top(self, data: dict) -> Script | None:
        for key in data:
            if key not in _TOP_FIELDS:
                self.add(
                    f"unknown field {shown(key)}{did_you_mean(key, _TOP_FIELDS)}",
                    column=str(key),
                    line=self.top_line(str(key)),
                )
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            self.add(
                f"'schema_version' should be {SCHEMA_VERSION}, not {shown(version)}.",
                column="schema_version",
            )
        rid = self.text_field(data, "id")
        if rid and not ID_PATTERN.match(rid):
            self.add(
                f"'id' {shown(rid)} should use lowercase letters, digits and hyphens only.",
                column="id",
            )
        elif rid and rid != self.path.stem:
            self.add(
                f"'id' {shown(rid)} should match the file name '{self.path.stem}'.",
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
                    f"{shown(key)} is not a course value{did_you_mean(key, VALUES)}",
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
                        f"'{column}' points to {shown(target)}, which is not a node in this file"
                        f"{did_you_mean(target, nodes)}",
                        row=rows[node.id],
                        column=column,
                        node=node.id,
                        line=self.node_lines.get(node.id),
                    )
        if start and start not in nodes:
            self.add(
                f"'start' points to {shown(start)}, which is not a node in this file"
                f"{did_you_mean(start, nodes)}",
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
            shown_loop = loop if len(loop) <= 8 else [*loop[:3], "...", *loop[-3:]]
            path = " -> ".join(shown_loop)
            self.add(
                f"the conversation loops back on itself ({path}); every path must reach an end.",
                row=rows[loop[-2]],
                column="next",
                node=loop[-2],
                line=self.node_lines.get(loop[-2]),
            )


def _find_loop(nodes: Mapping[str, Node], start: str) -> list[str] | None:
    """A path that comes back to a node already on it (depth-first), or None.

    Walks with its own stack, so a conversation thousands of turns long is checked like a short
    one (no recursion limit)."""
    state: dict[str, int] = {start: 1}  # 1 = on the current path, 2 = finished
    path: list[str] = [start]
    todo: list[Iterator[str]] = [iter(nodes[start].targets())]
    while todo:
        nxt = next(todo[-1], None)
        if nxt is None:
            todo.pop()
            state[path.pop()] = 2
        elif state.get(nxt) == 1:
            return path[path.index(nxt) :] + [nxt]
        elif nxt not in state:
            state[nxt] = 1
            path.append(nxt)
            todo.append(iter(nodes[nxt].targets()))
    return None


class _NodeChecker:
    """Checks one node (a 'row' of the nodes list)."""

    def __init__(self, file: _Checker, row: int, entry: Any, yaml_node: yaml.Node | None):
        self.file = file
        self.row = row
        self.entry = entry
        self.yaml_node = yaml_node
        self.fields = mapping_nodes(yaml_node)
        self.nid: str | None = None
        self.count = len(file.problems)  # problems before this node: more means it is not built

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
            self.add(f"'{key}' should be a piece of text, not {shown(value)}.", key)
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
                    f"{shown(item)} in '{key}' is not one of the {what}{did_you_mean(item, known)}",
                    key,
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
                f"'id' should use lowercase letters, digits and hyphens only, not {shown(nid)}.",
                "id",
            )
        else:
            self.nid = nid
        # a repeated key is reported but does not drop the node (links to it still count)
        self.count += self.check_repeated_keys()
        kind = self.entry.get("kind")
        if kind not in KINDS:
            self.add(
                f"'kind' should be one of {', '.join(KINDS)}, not {shown(kind)}"
                f"{did_you_mean(kind, KINDS)}",
                "kind",
            )
        self.check_field_names(kind)
        peer_says = self.text("peer_says")
        note = self.text("content_note", required=False) or None
        fields = self.kind_fields(kind)
        if len(self.file.problems) > self.count or self.nid is None:
            return None
        return Node(id=self.nid, kind=kind, peer_says=peer_says, content_note=note, **fields)

    def check_repeated_keys(self) -> int:
        """A key given twice in this node (YAML keeps the last), named with the field it is in;
        returns how many were reported."""
        if not isinstance(self.yaml_node, yaml.MappingNode):
            return 0
        starts = [
            (node_line(key), key.value)
            for key, _ in self.yaml_node.value
            if isinstance(key, yaml.ScalarNode)
        ]
        repeats = list(duplicate_keys(self.yaml_node))
        for key, first, again in repeats:
            field = next((name for at, name in reversed(starts) if at <= again), key)
            self.add(_twice(key, field, first, again), str(field), again)
        return len(repeats)

    def check_field_names(self, kind: Any) -> None:
        """Every field is known, and belongs to this kind of node."""
        allowed = _COMMON_FIELDS + (_KIND_FIELDS.get(kind, ()) if kind in KINDS else ())
        for key in self.entry:
            if key in allowed or (kind not in KINDS and key in _ALL_FIELDS):
                continue
            if kind in KINDS and key in _ALL_FIELDS:
                owners = [k for k, fields in _KIND_FIELDS.items() if key in fields]
                self.add(
                    f"{shown(key)} belongs to {' or '.join(owners)} nodes, not {kind} nodes.",
                    str(key),
                )
            else:
                self.add(f"unknown field {shown(key)}{did_you_mean(key, _ALL_FIELDS)}", str(key))

    def kind_fields(self, kind: Any) -> dict[str, Any]:
        """The fields only this kind of node has, checked."""
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
        return fields

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
            out.append(self.choice(choice, col, line))
        return tuple(out)

    def choice(self, choice: dict, col: str, line: int | None) -> Choice:
        """One reply: its fields, and labels the scorer knows."""
        for key in choice:
            if key not in _CHOICE_FIELDS:
                self.add(
                    f"unknown field {shown(key)}{did_you_mean(key, _CHOICE_FIELDS)}",
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
        known = [label for label in labels if isinstance(label, str) and label in LABELS]
        for label in labels:
            if label not in known:
                self.add(
                    f"{shown(label)} is not a feedback label{did_you_mean(label, LABELS)}",
                    f"{col}.labels",
                    line,
                )
        return Choice(parts["text"], tuple(known), parts["why"], parts["next"])

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


def check_file(path: Path) -> tuple[Script | None, list[Problem]]:
    """The checked script (None when anything is wrong) and every problem found."""
    checker = _Checker(path)
    script = checker.run()
    return script, checker.problems
