"""Checking one scenario entry, part one: is every field there, and of the right shape?

A trainer's slip usually shows up here first: a missing field, text where a list belongs, a bare
``yes`` that YAML reads as true. Each message names the field and its YAML line. What the fields
mean (known labels, per-type rules) is checked on top of this by widgets/content/scenario_rules.py.
"""

from __future__ import annotations

from typing import Any

import yaml

from widgets.content.scenarios import (
    FIELDS,
    MAPPING_LIST_FIELDS,
    REQUIRED_FIELDS,
    TEXT_FIELDS,
    TEXT_LIST_FIELDS,
)
from widgets.core.datafiles import (
    Problem,
    did_you_mean,
    duplicate_keys,
    mapping_nodes,
    node_line,
    sequence_nodes,
    short,
    shown,
)

__all__ = ["EntryFields", "kind_of", "quote_tip"]


def kind_of(value: object) -> str:
    """How a YAML value reads in plain words, for 'wrong type' messages."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({shown(value)})"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping (key: value pairs)"
    return type(value).__name__


def quote_tip(value: object) -> str:
    """The usual fix when YAML read a trainer's text as something else."""
    if isinstance(value, bool):
        return " Put it in quotes: YAML reads a bare yes/no/true/false/on/off as true/false."
    if isinstance(value, int | float):
        return " Put it in quotes if it is meant as text."
    if isinstance(value, dict):
        return " Text containing ': ' must be in quotes."
    return ""


def _end_line(node: yaml.Node) -> int:
    return node.end_mark.line + 1


class EntryFields:
    """One scenario entry (a 'row'): where its fields are, and whether each has the right shape.

    Problems go straight into the file's list; ``clean`` keeps each field that passed (trimmed),
    and ``bad`` the fields with a problem, so later checks do not repeat a complaint.
    """

    def __init__(
        self,
        file_name: str,
        labels: frozenset[str],
        row: int,
        entry: Any,
        node: yaml.Node,
        problems: list[Problem],
    ):
        self.file_name = file_name
        self.labels = labels
        self.row = row
        self.entry = entry
        self.node = node
        self.nodes = mapping_nodes(node)
        self.problems = problems
        self.clean: dict[str, Any] = {}
        self.bad: set[str] = set()
        self.n_problems = 0

    # -- where things are

    def line(self, field: str | None = None, index: int | None = None) -> int | None:
        """The YAML line of a field (or of item `index` in a list field), else of the entry."""
        if field is None or field not in self.nodes:
            return node_line(self.node)
        key_node, value_node = self.nodes[field]
        if index is not None:
            items = sequence_nodes(value_node)
            if index < len(items):
                return node_line(items[index])
        return node_line(value_node) if index is not None else node_line(key_node)

    def item_line(self, field: str, item: str) -> int | None:
        """The line of the first list item equal to `item` (after trimming) in a text list."""
        raw = self.entry.get(field)
        for i, value in enumerate(raw if isinstance(raw, list) else []):
            if isinstance(value, str) and value.strip() == item:
                return self.line(field, i)
        return self.line(field)

    def add(self, field: str | None, message: str) -> None:
        self.n_problems += 1
        if field:
            self.bad.add(field)
        self.problems.append(Problem(self.file_name, self.row, field, message))

    def present(self, field: str) -> bool:
        return self.entry.get(field) is not None

    # -- the shapes, in the order a trainer reads them

    def check_shapes(self) -> None:
        """Every field's shape: repeated keys, unknown and missing fields, text, lists, minutes."""
        self.check_repeated_keys()
        self.check_field_names()
        for field in TEXT_FIELDS:
            self.check_text(field)
        for field in TEXT_LIST_FIELDS:
            self.check_text_list(field)
        for field, subfields in MAPPING_LIST_FIELDS.items():
            self.check_mapping_list(field, subfields)
        self.check_minutes()

    def check_repeated_keys(self) -> None:
        for key, first, again in duplicate_keys(self.node):
            # name the scenario field the repeated key sits in (e.g. a 'why' inside 'options')
            field = next(
                (
                    k.value
                    for k, v in self.node.value
                    if isinstance(k, yaml.ScalarNode) and node_line(k) <= again <= _end_line(v)
                ),
                key,
            )
            where = "" if field == key else f" inside {shown(field)}"
            self.add(
                field,
                f"{shown(key)} appears twice{where} (lines {first} and {again}): YAML keeps only "
                "the last one. Remove or merge the other (or fix a copy-paste that ran together).",
            )

    def check_field_names(self) -> None:
        for key in self.entry:
            if key not in FIELDS:
                self.add(
                    str(key),
                    f"unknown field {shown(key)} (line {self.line(key)}){did_you_mean(key, FIELDS)}"
                    " Fields are listed in data/scenarios/SCHEMA.md.",
                )
        for field in REQUIRED_FIELDS:
            if field not in self.entry:
                self.add(
                    field,
                    f"missing required field {field!r} (entry starts at line {self.line()}): "
                    f"add a '{field}:' line to this scenario.",
                )

    def check_text(self, field: str) -> None:
        if field not in self.entry:
            return
        value = self.entry[field]
        line = self.line(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            if field in REQUIRED_FIELDS:
                self.add(field, f"{field!r} is empty (line {line}): write it in.")
            elif value is not None:
                self.add(
                    field,
                    f"{field!r} is empty text (line {line}): write it in, or remove the line.",
                )
            return
        if not isinstance(value, str):
            self.add(
                field,
                f"{field!r} should be text, not {kind_of(value)} (line {line}).{quote_tip(value)}",
            )
            return
        self.clean[field] = value.strip()

    def check_text_list(self, field: str) -> None:
        if not self.present(field):
            if field in self.entry and field in REQUIRED_FIELDS:
                self.add(field, f"{field!r} is empty (line {self.line(field)}): list 1 or more.")
            return
        value = self.entry[field]
        if not isinstance(value, list):
            example = f" Write it as [{short(value)}]." if isinstance(value, str) else ""
            self.add(
                field,
                f"{field!r} should be a list, not {kind_of(value)} (line {self.line(field)})."
                f"{example}",
            )
            return
        cleaned = []
        for i, item in enumerate(value):
            line = self.line(field, i)
            if not isinstance(item, str):
                self.add(
                    field,
                    f"item {i + 1} of {field!r} should be text, not {kind_of(item)} (line {line})."
                    f"{quote_tip(item)}",
                )
            elif not item.strip():
                self.add(field, f"item {i + 1} of {field!r} is empty text (line {line}).")
            else:
                cleaned.append(item.strip())
        if field != "hints":
            seen = set()
            for item in cleaned:
                if item in seen:
                    self.add(
                        field,
                        f"{shown(item)} is listed twice in {field!r} (line {self.line(field)}): "
                        "keep one.",
                    )
                seen.add(item)
        # keep the good items even when some are wrong, so their own mistakes show up too
        self.clean[field] = tuple(cleaned)

    def check_mapping_list(self, field: str, subfields: dict[str, bool]) -> None:
        if not self.present(field):
            return
        value = self.entry[field]
        if not isinstance(value, list):
            self.add(
                field,
                f"{field!r} should be a list, not {kind_of(value)} (line {self.line(field)}): "
                "start each item with '- '.",
            )
            return
        singular = field.rstrip("s").replace("_", " ")
        if field == "categories":
            singular = "category"
        cleaned = []
        for i, item in enumerate(value):
            label = f"{singular} {i + 1} (line {self.line(field, i)})"
            if not isinstance(item, dict):
                self.add(
                    field,
                    f"{label} should be a mapping like "
                    f"{{{', '.join(f'{k}: ...' for k in subfields)}}}, not {kind_of(item)}.",
                )
            elif self.check_mapping_item(field, label, item, subfields):
                cleaned.append(
                    {k: (v.strip() if isinstance(v, str) else v) for k, v in item.items()}
                )
        if field not in self.bad:
            self.clean[field] = cleaned

    def check_mapping_item(
        self, field: str, label: str, item: dict, subfields: dict[str, bool]
    ) -> bool:
        """One item of a list of mappings (an option, a spot, ...); True when it is sound."""
        ok = True
        for key in item:
            if key not in subfields:
                ok = False
                self.add(
                    field,
                    f"{label} has an unknown key {shown(key)}{did_you_mean(key, subfields)} "
                    f"Its keys are: {', '.join(subfields)}.",
                )
        for key, required in subfields.items():
            sub = item.get(key)
            if key == "best":
                if key in item and not isinstance(sub, bool):
                    ok = False
                    self.add(
                        field,
                        f"{label}: 'best' should be true or false, not {kind_of(sub)}.",
                    )
                continue
            if sub is None or (isinstance(sub, str) and not sub.strip()):
                if required:
                    ok = False
                    state = "has no" if key not in item else "has an empty"
                    self.add(
                        field,
                        f"{label} {state} {shown(key)}: add '{key}: ...' "
                        + (
                            "saying why, in a kind sentence the learner will read."
                            if key == "why"
                            else "to it."
                        ),
                    )
            elif not isinstance(sub, str):
                ok = False
                self.add(
                    field,
                    f"{label}: {shown(key)} should be text, not {kind_of(sub)}.{quote_tip(sub)}",
                )
        return ok

    def check_minutes(self) -> None:
        if not self.present("minutes"):
            return
        value = self.entry["minutes"]
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            self.add(
                "minutes",
                f"'minutes' should be a positive number, not {kind_of(value)} "
                f"(line {self.line('minutes')}): write e.g. 'minutes: 4', or remove the line.",
            )
            return
        self.clean["minutes"] = value
