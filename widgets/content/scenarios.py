"""The scenario bank: trainer-written practice scenarios, loaded from YAML and checked thoroughly.

Trainers edit data/scenarios/*.yaml by hand, so every mistake is reported in plain words with the
file, the entry number (row), the field (column) and the YAML line, all at once, never as a
traceback. The schema is documented for trainers in data/scenarios/SCHEMA.md.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from widgets.core.datafiles import (
    DATA_DIR,
    ID_PATTERN,
    DataFileError,
    Problem,
    did_you_mean,
    duplicate_keys,
    mapping_nodes,
    node_line,
    read_yaml,
    sequence_nodes,
)
from widgets.core.paths import display_path
from widgets.core.values import VALUES
from widgets.scoring import LABELS, REQUIRED_LABELS

SCHEMA_VERSION = 1

TYPES: tuple[str, ...] = ("rewrite", "choose", "sort", "spot", "reframe", "reflect")
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

#: Words that mean a scenario touches a hard topic even if its `topics` forgot to say so.
HARD_TOPIC_WORDS: dict[str, str] = {
    "suicide": r"suicid\w*|kill(?:ing)? myself|end(?:ing)? my (?:own )?life|take my own life"
    r"|ending it all",
    "self_harm": r"self[- ]?harm\w*|cutting myself|hurt(?:ing)? myself on purpose",
    "substance_use": r"overdos\w*|addict\w*|addiction|heroin|cocaine|alcoholi\w*|sobriety"
    r"|rehab|drinking again|using again",
    "grief": r"grief|griev\w*|bereave\w*|passed away|funeral|lost my (?:mum|mom|dad|mother"
    r"|father|wife|husband|partner|son|daughter|brother|sister|baby|child|best friend)",
    "violence": r"violen\w*|assault\w*|stabb\w*|beat (?:me|her|him|them) up",
    "abuse": r"(?<!substance )abus(?:e|ed|er|ers|ive)\b|molest\w*|raped?\b",
    "discrimination": r"racis\w*|homophob\w*|transphob\w*|discriminat\w*|slurs?\b",
}
_HARD_WORD_RES = {t: re.compile(rf"\b(?:{p})", re.IGNORECASE) for t, p in HARD_TOPIC_WORDS.items()}

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
)
TEXT_LIST_FIELDS = ("values", "target_labels", "avoid_labels", "hints", "topics")
#: Fields holding a list of small mappings: sub-field -> required?
MAPPING_LIST_FIELDS: dict[str, dict[str, bool]] = {
    "model_answers": {"text": True, "why": True},
    "options": {"text": True, "best": False, "why": True},
    "categories": {"key": True, "title": True},
    "items": {"text": True, "category": True, "why": True},
    "spots": {"phrase": True, "label": True, "why": True},
}
FIELDS: tuple[str, ...] = (
    *TEXT_FIELDS,
    *TEXT_LIST_FIELDS,
    *MAPPING_LIST_FIELDS,
    "minutes",
)
#: Fields that only make sense for some types (a wrong type usually means a copy-paste slip).
TYPE_ONLY_FIELDS: dict[str, tuple[str, ...]] = {
    "options": ("choose",),
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
    """One answer in a `choose` scenario; `why` is shown after the learner picks it."""

    text: str
    best: bool
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
class ModelAnswer:
    """One good answer, with why it is good, shown after the learner has tried."""

    text: str
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
    source: str = ""
    line: int = 0

    @property
    def main_value(self) -> str:
        """The value this scenario mainly teaches (the first in `values`)."""
        return self.values[0]

    @property
    def scored(self) -> bool:
        """Reflect scenarios are a private journal: never scored."""
        return self.type != "reflect"

    @property
    def has_content_note(self) -> bool:
        return bool(self.content_note)

    @property
    def hard_topics(self) -> tuple[str, ...]:
        """The hard topics this scenario is tagged with (why it carries a content note)."""
        return tuple(t for t in map(_norm_topic, self.topics) if t in HARD_TOPICS)


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
            raise KeyError(f"no scenario with id {key!r} in the bank{hint}") from None

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
            raise KeyError(f"unknown value key {value!r}{did_you_mean(value, VALUES)}")
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


@dataclass
class BankCheck:
    """What checking a bank found: sound scenarios, files read, problems, entry counts."""

    scenarios: list[Scenario]
    files: list[Path]
    problems: list[Problem]
    entries: int  # entries that are mappings, even ones with problems
    entry_values: list[str]  # the main value of each entry whose first value is a known key


def _label_names() -> frozenset[str]:
    """The scorer's labels (its required ones when a trainer's draft lexicon cannot be read)."""
    try:
        return frozenset(LABELS)
    except DataFileError:
        return frozenset(REQUIRED_LABELS)


def _kind(value: object) -> str:
    """How a YAML value reads in plain words, for 'wrong type' messages."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping (key: value pairs)"
    return type(value).__name__


def _quote_tip(value: object) -> str:
    if isinstance(value, bool):
        return " Put it in quotes: YAML reads a bare yes/no/true/false/on/off as true/false."
    if isinstance(value, int | float):
        return " Put it in quotes if it is meant as text."
    if isinstance(value, dict):
        return " Text containing ': ' must be in quotes."
    return ""


def _norm_topic(topic: str) -> str:
    return re.sub(r"[\s\-]+", "_", topic.strip().lower())


def _end_line(node: yaml.Node) -> int:
    return node.end_mark.line + 1


def _yaml_files(path: Path, problems: list[Problem]) -> list[Path]:
    if not path.exists():
        problems.append(
            Problem(
                display_path(path),
                None,
                None,
                "not found: give a folder of scenario *.yaml files or one .yaml file.",
            )
        )
        return []
    if path.is_file():
        return [path]
    files = sorted(p for p in path.glob("*.yaml") if not p.name.startswith("."))
    for stray in sorted(path.glob("*.yml")):
        problems.append(
            Problem(
                display_path(stray),
                None,
                None,
                "ignored because it ends in .yml: rename it to end in .yaml so it is loaded.",
            )
        )
    if not files and not problems:
        problems.append(
            Problem(
                display_path(path),
                None,
                None,
                "no scenario files: the folder has no *.yaml files.",
            )
        )
    return files


def check_bank(path: str | Path | None) -> BankCheck:
    root = Path(path) if path is not None else DATA_DIR / "scenarios"
    result = BankCheck([], [], [], 0, [])
    result.files = _yaml_files(root, result.problems)
    labels = _label_names()
    first_seen: dict[str, tuple[str, int, int | None]] = {}  # id -> (file, row, line)
    for file in result.files:
        checker = _FileChecker(file, labels)
        checker.run()
        result.problems.extend(checker.problems)
        result.entries += checker.entries
        result.entry_values.extend(checker.entry_values)
        for sid, row, line in checker.ids:
            if sid in first_seen:
                other_file, other_row, other_line = first_seen[sid]
                where = "this file" if other_file == checker.name else other_file
                result.problems.append(
                    Problem(
                        checker.name,
                        row,
                        "id",
                        f"duplicate id {sid!r} (line {line}): also used in {where}, row "
                        f"{other_row} (line {other_line}). Every id must be unique; rename one.",
                    )
                )
            else:
                first_seen[sid] = (checker.name, row, line)
        result.scenarios.extend(checker.scenarios)
    return result


class _FileChecker:
    """Checks one YAML file, collecting every problem and the scenarios that are sound."""

    def __init__(self, file: Path, labels: frozenset[str]):
        self.file = file
        self.name = display_path(file)
        self.labels = labels
        self.problems: list[Problem] = []
        self.scenarios: list[Scenario] = []
        self.ids: list[tuple[str, int, int | None]] = []
        self.entries = 0
        self.entry_values: list[str] = []

    def add(self, row: int | None, column: str | None, message: str) -> None:
        self.problems.append(Problem(self.name, row, column, message))

    def run(self) -> None:
        doc = read_yaml(self.file, self.problems, name=self.name, duplicates=False)
        if doc is None:
            return
        if not doc.text.strip():
            self.add(
                None,
                None,
                "file is empty: start it with 'schema_version: 1' and a 'scenarios:' list "
                "(see data/scenarios/SCHEMA.md).",
            )
            return
        node, data = doc.node, doc.data
        if node is None and not self.problems:
            self.add(
                None,
                None,
                "file has only comments: add 'schema_version: 1' and a 'scenarios:' list.",
            )
            return
        if node is None:
            return
        if not isinstance(data, dict):
            self.add(
                None,
                None,
                f"top level is {_kind(data)}, not a mapping (line {node_line(node)}): the file "
                "must start with 'schema_version: 1' and then 'scenarios:'.",
            )
            return
        self.check_top(node, data)

    def check_top(self, node: yaml.Node, data: dict) -> None:
        nodes = mapping_nodes(node)
        first_line: dict[str, int | None] = {}
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in TOP_LEVEL_KEYS:
                continue
            if key not in first_line:
                first_line[key] = node_line(key_node)
            else:
                first, again = first_line[key], node_line(key_node)
                self.add(
                    None,
                    key,
                    f"top-level key {key!r} appears twice (lines {first} and {again}): YAML "
                    "keeps only the last one, so everything before it is lost. Merge them.",
                )
        for key in data:
            if key not in TOP_LEVEL_KEYS:
                line = node_line(nodes[key][0]) if key in nodes else None
                self.add(
                    None,
                    str(key),
                    f"unknown top-level key {key!r} (line {line})"
                    f"{did_you_mean(key, TOP_LEVEL_KEYS)} The top level holds only "
                    "'schema_version' and 'scenarios'; check the "
                    "indentation of the lines below it.",
                )
        if "schema_version" not in data:
            self.add(
                None,
                "schema_version",
                f"missing schema_version: add 'schema_version: {SCHEMA_VERSION}' as the first "
                "line.",
            )
        elif data["schema_version"] != SCHEMA_VERSION or isinstance(data["schema_version"], bool):
            line = node_line(nodes["schema_version"][1])
            self.add(
                None,
                "schema_version",
                f"unknown schema_version {data['schema_version']!r} (line {line}): this course "
                f"reads version {SCHEMA_VERSION}; write 'schema_version: {SCHEMA_VERSION}'.",
            )
        if "scenarios" not in data:
            self.add(
                None,
                "scenarios",
                "missing 'scenarios' list: add 'scenarios:' and under it one entry per "
                "scenario, each starting with '  - id: ...'.",
            )
            return
        entries, entries_node = data["scenarios"], nodes["scenarios"][1]
        if not isinstance(entries, list):
            self.add(
                None,
                "scenarios",
                f"'scenarios' should be a list, not {_kind(entries)} "
                f"(line {node_line(entries_node)}): start each scenario with '- ' (a dash and a "
                "space), e.g. '  - id: my-id'.",
            )
            return
        if not entries:
            self.add(
                None,
                "scenarios",
                f"'scenarios' list is empty (line {node_line(entries_node)}): add a scenario or "
                "remove this file.",
            )
            return
        for row, (entry, entry_node) in enumerate(
            zip(entries, sequence_nodes(entries_node), strict=False), start=1
        ):
            _EntryChecker(self, row, entry, entry_node).run()


class _EntryChecker:
    """Checks one scenario entry (a 'row'); builds the Scenario only when nothing is wrong."""

    def __init__(self, file: _FileChecker, row: int, entry: Any, node: yaml.Node):
        self.file = file
        self.row = row
        self.entry = entry
        self.node = node
        self.nodes = mapping_nodes(node)
        self.clean: dict[str, Any] = {}
        self.bad: set[str] = set()
        self.n_problems = 0

    # -- helpers

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
        self.file.add(self.row, field, message)

    # -- main

    def run(self) -> None:
        if not isinstance(self.entry, dict):
            self.add(
                None,
                f"entry is {_kind(self.entry)}, not a mapping (line {self.line()}): each "
                "scenario is a set of 'field: value' lines, the first starting with '- ' "
                "and the rest indented to line up under it.",
            )
            return
        self.file.entries += 1
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
            where = "" if field == key else f" inside {field!r}"
            self.add(
                field,
                f"{key!r} appears twice{where} (lines {first} and {again}): YAML keeps only the "
                "last one. Remove or merge the other (or fix a copy-paste that ran together).",
            )
        for key in self.entry:
            if key not in FIELDS:
                self.add(
                    str(key),
                    f"unknown field {key!r} (line {self.line(key)}){did_you_mean(key, FIELDS)}"
                    " Fields are listed in data/scenarios/SCHEMA.md.",
                )
        for field in REQUIRED_FIELDS:
            if field not in self.entry:
                self.add(
                    field,
                    f"missing required field {field!r} (entry starts at line {self.line()}): "
                    f"add a '{field}:' line to this scenario.",
                )
        for field in TEXT_FIELDS:
            self.check_text(field)
        for field in TEXT_LIST_FIELDS:
            self.check_text_list(field)
        for field, subfields in MAPPING_LIST_FIELDS.items():
            self.check_mapping_list(field, subfields)
        self.check_minutes()
        self.check_id()
        values = self.check_values()
        if values:
            self.file.entry_values.append(values[0])
        kind = self.check_type()
        self.check_labels()
        self.check_topics()
        if kind is not None:
            self.check_type_rules(kind)
        if self.n_problems == 0:
            self.file.scenarios.append(self.build())

    # -- field shapes

    def present(self, field: str) -> bool:
        return self.entry.get(field) is not None

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
                f"{field!r} should be text, not {_kind(value)} (line {line}).{_quote_tip(value)}",
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
            example = f" Write it as [{value}]." if isinstance(value, str) else ""
            self.add(
                field,
                f"{field!r} should be a list, not {_kind(value)} (line {self.line(field)})."
                f"{example}",
            )
            return
        cleaned = []
        for i, item in enumerate(value):
            line = self.line(field, i)
            if not isinstance(item, str):
                self.add(
                    field,
                    f"item {i + 1} of {field!r} should be text, not {_kind(item)} (line {line})."
                    f"{_quote_tip(item)}",
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
                        f"{item!r} is listed twice in {field!r} (line {self.line(field)}): "
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
                f"{field!r} should be a list, not {_kind(value)} (line {self.line(field)}): "
                "start each item with '- '.",
            )
            return
        singular = field.rstrip("s").replace("_", " ")
        if field == "categories":
            singular = "category"
        cleaned = []
        for i, item in enumerate(value):
            line = self.line(field, i)
            label = f"{singular} {i + 1} (line {line})"
            if not isinstance(item, dict):
                self.add(
                    field,
                    f"{label} should be a mapping like "
                    f"{{{', '.join(f'{k}: ...' for k in subfields)}}}, not {_kind(item)}.",
                )
                continue
            ok = True
            for key in item:
                if key not in subfields:
                    ok = False
                    self.add(
                        field,
                        f"{label} has an unknown key {key!r}{did_you_mean(key, subfields)} "
                        f"Its keys are: {', '.join(subfields)}.",
                    )
            for key, required in subfields.items():
                sub = item.get(key)
                if key == "best":
                    if key in item and not isinstance(sub, bool):
                        ok = False
                        self.add(
                            field,
                            f"{label}: 'best' should be true or false, not {_kind(sub)}.",
                        )
                    continue
                if sub is None or (isinstance(sub, str) and not sub.strip()):
                    if required:
                        ok = False
                        state = "has no" if key not in item else "has an empty"
                        self.add(
                            field,
                            f"{label} {state} {key!r}: add '{key}: ...' "
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
                        f"{label}: {key!r} should be text, not {_kind(sub)}.{_quote_tip(sub)}",
                    )
            if ok:
                cleaned.append(
                    {k: (v.strip() if isinstance(v, str) else v) for k, v in item.items()}
                )
        if field not in self.bad:
            self.clean[field] = cleaned

    def check_minutes(self) -> None:
        if not self.present("minutes"):
            return
        value = self.entry["minutes"]
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            self.add(
                "minutes",
                f"'minutes' should be a positive number, not {_kind(value)} "
                f"(line {self.line('minutes')}): write e.g. 'minutes: 4', or remove the line.",
            )
            return
        self.clean["minutes"] = value

    # -- field meanings

    def check_id(self) -> None:
        sid = self.clean.get("id")
        if sid is None:
            return
        if not ID_PATTERN.match(sid):
            suggestion = re.sub(r"[^a-z0-9]+", "-", sid.lower()).strip("-")
            self.add(
                "id",
                f"bad id format {sid!r} (line {self.line('id')}): use lowercase letters, digits "
                f"and single hyphens only, e.g. {suggestion!r}.",
            )
            return
        self.file.ids.append((sid, self.row, self.line("id")))

    def check_values(self) -> tuple[str, ...]:
        values = self.clean.get("values")
        if values is None:
            return ()
        if not values and "values" not in self.bad:
            self.add(
                "values",
                f"'values' is an empty list (line {self.line('values')}): list 1 or more value "
                "keys, the main value first.",
            )
        ok = True
        for value in values:
            if value not in VALUES:
                ok = False
                self.add(
                    "values",
                    f"unknown value key {value!r} (line {self.item_line('values', value)})"
                    f"{did_you_mean(value, VALUES)} Value keys are: {', '.join(VALUES)}.",
                )
        return values if ok else tuple(v for v in values[:1] if v in VALUES)

    def check_type(self) -> str | None:
        kind = self.clean.get("type")
        if kind is None:
            return None
        if kind not in TYPES:
            self.add(
                "type",
                f"unknown type {kind!r} (line {self.line('type')}){did_you_mean(kind, TYPES)} "
                f"Types are: {', '.join(TYPES)}.",
            )
            return None
        return kind

    def check_labels(self) -> None:
        names = sorted(self.file.labels)
        for field in ("target_labels", "avoid_labels"):
            for label in self.clean.get(field, ()):
                if label not in self.file.labels:
                    self.add(
                        field,
                        f"unknown label {label!r} (line {self.item_line(field, label)})"
                        f"{did_you_mean(label, names)} Labels are: {', '.join(names)}.",
                    )
        both = set(self.clean.get("target_labels", ())) & set(self.clean.get("avoid_labels", ()))
        for label in sorted(both):
            self.add(
                "avoid_labels",
                f"label {label!r} is in both target_labels and avoid_labels "
                f"(line {self.line('avoid_labels')}): a good answer cannot both show and avoid "
                "it; keep it in one list.",
            )
        for i, spot in enumerate(self.clean.get("spots", ())):
            if spot["label"] not in self.file.labels:
                self.add(
                    "spots",
                    f"spot {i + 1} (line {self.line('spots', i)}) has unknown label "
                    f"{spot['label']!r}{did_you_mean(spot['label'], names)} "
                    f"Labels are: {', '.join(names)}.",
                )

    def check_topics(self) -> None:
        topics = {_norm_topic(t) for t in self.clean.get("topics", ())}
        hard = sorted(topics & set(HARD_TOPICS))
        if hard and not self.clean.get("content_note") and "content_note" not in self.bad:
            self.add(
                "content_note",
                f"hard topic ({', '.join(hard)}) without a content_note "
                f"(line {self.line('topics')}): add 'content_note: ...', a short, kind note "
                "shown before the scenario saying what it touches on and that skipping is fine.",
            )
        if "topics" in self.bad:
            return
        mentioned: dict[str, str] = {}
        for text in self.all_text():
            for topic, pattern in _HARD_WORD_RES.items():
                found = pattern.search(text)
                if found and topic not in topics and topic not in mentioned:
                    mentioned[topic] = found.group(0)
        for topic, word in mentioned.items():
            self.add(
                "topics",
                f"mentions {word!r}, a hard topic ({topic}), but 'topics' does not list it "
                f"(entry starts at line {self.line()}): add {topic} to topics and make sure "
                "the content_note covers it.",
            )

    def all_text(self) -> Iterator[str]:
        for field in ("title", "setting", "peer_says", "prompt", "draft"):
            if field in self.clean:
                yield self.clean[field]
        for field in ("model_answers", "options", "items", "spots"):
            for item in self.clean.get(field, ()):
                yield from (v for k, v in item.items() if k in ("text", "phrase") and v)

    def check_type_rules(self, kind: str) -> None:
        for field, types in TYPE_ONLY_FIELDS.items():
            if self.present(field) and kind not in types:
                self.add(
                    field,
                    f"field {field!r} is not used by {kind} scenarios (line {self.line(field)}): "
                    f"it belongs to {', '.join(types)}. Remove it, or check 'type'.",
                )
        needs_draft = kind in ("rewrite", "reframe", "spot")
        if needs_draft and not self.present("draft") and "draft" not in self.bad:
            self.add(
                "draft",
                f"{kind} scenario without a draft (entry starts at line {self.line()}): add "
                "'draft: ...', the response the learner works on.",
            )
        if kind in ("rewrite", "reframe"):
            for field, meaning in (
                ("target_labels", "shows"),
                ("avoid_labels", "avoids"),
            ):
                if not self.present(field):
                    self.add(
                        field,
                        f"{kind} scenario without {field} (entry starts at line {self.line()}):"
                        f" list 1 or more labels a good answer {meaning}, e.g. "
                        f"'{field}: [{'open_question' if meaning == 'shows' else 'advice'}]'.",
                    )
        if kind == "reframe":
            rk = self.clean.get("reframe_kind")
            if not self.present("reframe_kind") and "reframe_kind" not in self.bad:
                self.add(
                    "reframe_kind",
                    f"reframe scenario without reframe_kind (entry starts at line {self.line()}):"
                    f" add 'reframe_kind: ...', one of {', '.join(REFRAME_KINDS)}.",
                )
            elif rk is not None and rk not in REFRAME_KINDS:
                self.add(
                    "reframe_kind",
                    f"bad reframe_kind {rk!r} (line {self.line('reframe_kind')})"
                    f"{did_you_mean(rk, REFRAME_KINDS)} Use one of: {', '.join(REFRAME_KINDS)}.",
                )
        if kind != "reflect":
            for field, what in (
                ("model_answers", "1 or more good answers, each with text and why"),
                ("hints", "1 or more short hints the learner can open when stuck"),
            ):
                if not self.entry.get(field) and field not in self.bad:
                    self.add(
                        field,
                        f"{kind} scenario without {field} (entry starts at line {self.line()}): "
                        f"add '{field}:' with {what}.",
                    )
        if kind == "choose":
            self.check_choose()
        elif kind == "sort":
            self.check_sort()
        elif kind == "spot":
            self.check_spot()

    def check_choose(self) -> None:
        if "options" in self.bad:
            return
        options = self.clean.get("options", [])
        if len(options) < 3:
            self.add(
                "options",
                f"choose scenario with {len(options)} option{'s' if len(options) != 1 else ''} "
                f"(line {self.line('options')}): give 3 or more, each with text, why and "
                "(for the best) 'best: true'.",
            )
        if options and not any(o.get("best") for o in options):
            self.add(
                "options",
                f"choose scenario has no best option (line {self.line('options')}): mark at "
                "least one option with 'best: true'.",
            )

    def check_sort(self) -> None:
        categories = self.clean.get("categories", [])
        items = self.clean.get("items", [])
        if "categories" not in self.bad:
            if len(categories) < 2:
                self.add(
                    "categories",
                    f"sort scenario with {len(categories)} categor"
                    f"{'y' if len(categories) == 1 else 'ies'} "
                    f"(line {self.line('categories')}): give 2 or more, each with key and title.",
                )
            keys = [c["key"] for c in categories]
            for key in sorted({k for k in keys if keys.count(k) > 1}):
                self.add(
                    "categories",
                    f"category key {key!r} is used twice (line {self.line('categories')}): "
                    "every category needs its own key.",
                )
        if "items" not in self.bad and len(items) < 4:
            self.add(
                "items",
                f"sort scenario with {len(items)} item{'s' if len(items) != 1 else ''} "
                f"(line {self.line('items')}): give 4 or more, each with text, category and why.",
            )
        if "categories" in self.bad or "items" in self.bad:
            return
        keys = [c["key"] for c in categories]
        for i, item in enumerate(items):
            if item["category"] not in keys:
                self.add(
                    "items",
                    f"item {i + 1} (line {self.line('items', i)}) has category "
                    f"{item['category']!r}, which is not a category key"
                    f"{did_you_mean(item['category'], keys)} Keys are: {', '.join(keys)}.",
                )
        used = {item["category"] for item in items}
        for category in categories:
            if items and category["key"] not in used:
                self.add(
                    "items",
                    f"category {category['key']!r} has no items (line {self.line('categories')})"
                    ": give it at least one item, or remove the category.",
                )

    def check_spot(self) -> None:
        if "spots" in self.bad:
            return
        spots = self.clean.get("spots", [])
        if not spots:
            self.add(
                "spots",
                f"spot scenario without spots (entry starts at line {self.line()}): add "
                "'spots:' with 1 or more phrases from the draft, each with label and why.",
            )
        draft = self.clean.get("draft")
        if draft is None:
            return
        for i, spot in enumerate(spots):
            phrase = spot["phrase"]
            if phrase in draft:
                continue
            line = self.line("spots", i)
            at = draft.lower().find(phrase.lower())
            if at >= 0:
                fix = f" The draft has {draft[at : at + len(phrase)]!r}: copy its capitals exactly."
            else:
                fix = " Copy the phrase from the draft exactly (same spelling and punctuation)."
            self.add(
                "spots",
                f"spot {i + 1} phrase {phrase!r} not found in the draft (line {line}).{fix}",
            )

    # -- building

    def build(self) -> Scenario:
        c = self.clean
        return Scenario(
            id=c["id"],
            values=c["values"],
            type=c["type"],
            title=c["title"],
            prompt=c["prompt"],
            setting=c.get("setting"),
            peer_says=c.get("peer_says"),
            draft=c.get("draft"),
            target_labels=c.get("target_labels", ()),
            avoid_labels=c.get("avoid_labels", ()),
            model_answers=tuple(
                ModelAnswer(a["text"], a["why"]) for a in c.get("model_answers", [])
            ),
            hints=c.get("hints", ()),
            topics=c.get("topics", ()),
            content_note=c.get("content_note"),
            minutes=c.get("minutes"),
            options=tuple(
                Option(o["text"], bool(o.get("best", False)), o["why"])
                for o in c.get("options", [])
            ),
            categories=tuple(SortCategory(k["key"], k["title"]) for k in c.get("categories", [])),
            items=tuple(SortItem(i["text"], i["category"], i["why"]) for i in c.get("items", [])),
            spots=tuple(Spot(s["phrase"], s["label"], s["why"]) for s in c.get("spots", [])),
            reframe_kind=c.get("reframe_kind"),
            source=self.file.name,
            line=self.line() or 0,
        )
