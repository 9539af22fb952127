"""Checking the scenario bank: every file, every entry, every problem at once.

A trainer fixes a whole file in one sitting, so nothing stops at the first mistake: each file is
read with the shared YAML reader, its top level checked here, and each entry by
:class:`_EntryChecker` (field shapes in scenario_fields.py, meanings and per-type rules in
scenario_rules.py). Only entries with no problem become :class:`Scenario` objects.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from widgets.content.model import SCHEMA_VERSION, ModelAnswer
from widgets.content.scenario_fields import kind_of
from widgets.content.scenario_rules import AnswerRules, EntryMeanings, TypeRules
from widgets.content.scenarios import (
    TOP_LEVEL_KEYS,
    BankCheck,
    EntryTopics,
    Option,
    Scenario,
    SortCategory,
    SortItem,
    Spot,
    Voice,
    norm_topic,
)
from widgets.core.datafiles import (
    DataFileError,
    Problem,
    did_you_mean,
    mapping_nodes,
    node_line,
    read_yaml,
    sequence_nodes,
    shown,
)
from widgets.core.paths import display_path
from widgets.scoring import LABELS, REQUIRED_LABELS

__all__ = ["check_files"]


def _label_names() -> frozenset[str]:
    """The scorer's labels (its required ones when a trainer's draft lexicon cannot be read)."""
    try:
        return frozenset(LABELS)
    except DataFileError:
        return frozenset(REQUIRED_LABELS)


def _yaml_files(path: Path, problems: list[Problem]) -> list[Path]:
    """The bank's files: one .yaml file, or every *.yaml in a folder (a stray .yml is named)."""
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


def check_files(root: Path) -> BankCheck:
    """Check every file under ``root``; an id used twice, even in two files, is a problem."""
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
        result.entry_topics.extend(checker.entry_topics)
        for sid, row, line in checker.ids:
            if sid in first_seen:
                other_file, other_row, other_line = first_seen[sid]
                where = "this file" if other_file == checker.name else other_file
                result.problems.append(
                    Problem(
                        checker.name,
                        row,
                        "id",
                        f"duplicate id {shown(sid)} (line {line}): also used in {where}, row "
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
        self.entry_topics: list[EntryTopics] = []

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
                f"top level is {kind_of(data)}, not a mapping (line {node_line(node)}): the file "
                "must start with 'schema_version: 1' and then 'scenarios:'.",
            )
            return
        nodes = mapping_nodes(node)
        self.check_top_keys(node, data, nodes)
        self.check_version(data, nodes)
        self.check_entries(data, nodes)

    def check_top_keys(self, node: yaml.Node, data: dict, nodes: dict) -> None:
        """Only schema_version and scenarios, each once (a repeat would hide everything above)."""
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
                    f"top-level key {shown(key)} appears twice (lines {first} and {again}): YAML "
                    "keeps only the last one, so everything before it is lost. Merge them.",
                )
        for key in data:
            if key not in TOP_LEVEL_KEYS:
                line = node_line(nodes[key][0]) if key in nodes else None
                self.add(
                    None,
                    str(key),
                    f"unknown top-level key {shown(key)} (line {line})"
                    f"{did_you_mean(key, TOP_LEVEL_KEYS)} The top level holds only "
                    "'schema_version' and 'scenarios'; check the "
                    "indentation of the lines below it.",
                )

    def check_version(self, data: dict, nodes: dict) -> None:
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
                f"unknown schema_version {shown(data['schema_version'])} (line {line}): this "
                f"course reads version {SCHEMA_VERSION}; write 'schema_version: {SCHEMA_VERSION}'.",
            )

    def check_entries(self, data: dict, nodes: dict) -> None:
        """The 'scenarios' list, then each entry in it."""
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
                f"'scenarios' should be a list, not {kind_of(entries)} "
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
            checker = _EntryChecker(self.name, self.labels, row, entry, entry_node, self.problems)
            checker.run()
            self.collect(checker)

    def collect(self, entry: _EntryChecker) -> None:
        """What one checked entry adds to the file: its count, id, main value and scenario."""
        if entry.counted:
            self.entries += 1
            self.entry_topics.append(entry.topic_summary())
        if entry.id_at is not None:
            self.ids.append(entry.id_at)
        if entry.main_value is not None:
            self.entry_values.append(entry.main_value)
        if entry.scenario is not None:
            self.scenarios.append(entry.scenario)


class _EntryChecker(EntryMeanings, TypeRules, AnswerRules):
    """Checks one scenario entry (a 'row'); builds the Scenario only when nothing is wrong."""

    counted = False  # a mapping, so an entry (even with problems)
    id_at: tuple[str, int, int | None] | None = None  # (id, row, line) of a well-formed id
    main_value: str | None = None
    scenario: Scenario | None = None

    def run(self) -> None:
        if not isinstance(self.entry, dict):
            self.add(
                None,
                f"entry is {kind_of(self.entry)}, not a mapping (line {self.line()}): each "
                "scenario is a set of 'field: value' lines, the first starting with '- ' "
                "and the rest indented to line up under it.",
            )
            return
        self.counted = True
        self.check_shapes()
        self.id_at = self.check_id()
        values = self.check_values()
        if values:
            self.main_value = values[0]
        kind = self.check_type()
        self.check_labels()
        self.check_topics()
        if kind is not None:
            self.check_type_rules(kind)
        self.check_model_answers()
        if self.n_problems == 0:
            self.scenario = self.build()

    def topic_summary(self) -> EntryTopics:
        """Its topics and content note, for `validate --json` (kept even when it has problems)."""
        sid = self.clean.get("id")
        return EntryTopics(
            file=self.file_name,
            row=self.row,
            id=sid if isinstance(sid, str) else None,
            topics=tuple(dict.fromkeys(norm_topic(t) for t in self.clean.get("topics", ()))),
            has_content_note=bool(self.clean.get("content_note")),
        )

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
                Option(
                    o["text"], bool(o.get("best", False)), o.get("why") or "", o.get("key") or ""
                )
                for o in c.get("options", [])
            ),
            categories=tuple(SortCategory(k["key"], k["title"]) for k in c.get("categories", [])),
            items=tuple(SortItem(i["text"], i["category"], i["why"]) for i in c.get("items", [])),
            spots=tuple(Spot(s["phrase"], s["label"], s["why"]) for s in c.get("spots", [])),
            reframe_kind=c.get("reframe_kind"),
            voices=tuple(Voice(v["name"], v["leans"], v["why"]) for v in c.get("voices", [])),
            weighs=c.get("weighs", ()),
            supervision_question=c.get("supervision_question"),
            source=self.file_name,
            line=self.line() or 0,
        )
