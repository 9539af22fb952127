"""Shared helpers for trainer-edited data files: where they live and how problems are reported.

Every loader reports a problem the same way, naming the file, the row (or entry/line) and the
column (or field), so a trainer can go straight to the mistake without reading code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

#: The repository's data folder; PEER_COURSE_DATA points elsewhere (e.g. a trainer's own copy).
DATA_DIR = Path(
    os.environ.get("PEER_COURSE_DATA") or Path(__file__).resolve().parent.parent / "data"
)


@dataclass(frozen=True)
class Problem:
    """One mistake in a data file, located precisely enough to fix by hand."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.message}"

    def as_dict(self) -> dict:
        return {"file": self.file, "row": self.row, "column": self.column, "message": self.message}


class DataFileError(ValueError):
    """Raised when a data file has problems; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the course data:\n{lines}")


# --- YAML with line numbers ----------------------------------------------------------------------
# Loaders keep the node tree beside the data so a problem can name the YAML line it is on.


def load_yaml_nodes(text: str) -> tuple[yaml.Node | None, Any]:
    """Safe-load one YAML document and keep its node tree: ``(root node, data)``.

    An empty document gives ``(None, None)``. Raises ``yaml.YAMLError`` for broken YAML (its
    ``problem_mark`` says where). The data is exactly what ``yaml.safe_load`` would return.
    """
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data


def node_line(node: yaml.Node | None) -> int | None:
    """The 1-based line a YAML node starts on (None when there is no node)."""
    return node.start_mark.line + 1 if node is not None else None


def mapping_nodes(node: yaml.Node | None) -> dict[Any, tuple[yaml.Node, yaml.Node]]:
    """key -> (key node, value node) for a mapping node (last one wins, like YAML itself)."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def sequence_nodes(node: yaml.Node | None) -> list[yaml.Node]:
    """The item nodes of a sequence node (an empty list for anything else)."""
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []
