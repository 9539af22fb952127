"""Crisis contacts: the local lines a trainer fills in, read from data/crisis_contacts.yaml.

The course ships the file empty on purpose: numbers differ from place to place, and a number
that is wrong, or made up, is worse than none. Until a trainer fills it in, the box the notebooks
show (``widgets.exercises.crisis_contacts``) says so plainly and gives only the generic line
"call your local emergency number". This module is the pure part: reading and checking the file.
Every problem names the file, the row (the contact's place in the list) and the column (its
field), with the line, like every other course data file.

Check the file from the course folder with ``.venv/bin/python -m widgets.content.crisis``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

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
from widgets.core.paths import data_file, display_path
from widgets.core.state import on_forget

__all__ = [
    "CONTACTS_FILE",
    "CONTACT_FIELDS",
    "TOP_FIELDS",
    "CrisisContact",
    "CrisisContacts",
    "default_contacts",
    "load_contacts",
    "read_contacts",
]

CONTACTS_FILE = "crisis_contacts.yaml"
#: The top-level fields of the file (all optional; ``contacts`` is a list).
TOP_FIELDS = ("schema_version", "area", "checked", "emergency", "policy", "contacts")
#: The fields of one contact; ``name`` is required, and one way to reach it (phone, text, web).
CONTACT_FIELDS = ("name", "phone", "text", "web", "hours", "who", "note")
#: Ways to reach a service: a contact needs at least one.
REACH_FIELDS = ("phone", "text", "web")
#: Fields that hold a number someone dials: digits and the usual separators only.
NUMBER_FIELDS = ("emergency", "phone")
_NUMBER_RE = re.compile(r"^[0-9+()\-./ ]+$")
_DIGIT_RE = re.compile(r"[0-9]")
MAX_CHARS = 400


@dataclass(frozen=True)
class CrisisContact:
    """One service a learner can reach: its name and at least one way to reach it."""

    name: str
    phone: str = ""
    text: str = ""
    web: str = ""
    hours: str = ""
    who: str = ""
    note: str = ""


@dataclass(frozen=True)
class CrisisContacts:
    """What the file holds. Empty strings and no contacts mean "not filled in yet"."""

    contacts: tuple[CrisisContact, ...] = ()
    area: str = ""
    checked: str = ""
    emergency: str = ""
    policy: str = ""
    source: str = ""

    @property
    def filled_in(self) -> bool:
        """Has a trainer added a local number (a contact or the emergency number)?"""
        return bool(self.contacts or self.emergency)


def _raw(pair: tuple[yaml.Node, yaml.Node] | None) -> str | None:
    """The text of a value exactly as typed in the file (None when it is not a plain value)."""
    if pair is None or not isinstance(pair[1], yaml.ScalarNode):
        return None
    return pair[1].value


class _Checker:
    """Reads the file's data and collects every problem, each with row, column and line."""

    def __init__(self, name: str, problems: list[Problem]):
        self.name = name
        self.problems = problems

    def add(self, row: int | None, column: str | None, line: int | None, message: str) -> None:
        where = f" (line {line})" if line else ""
        self.problems.append(Problem(self.name, row, column, f"{message}{where}"))

    def text(
        self, value: Any, row: int | None, field: str, line: int | None, raw: str | None = None
    ) -> str:
        """A field's text, stripped; '' (and a problem) when it is not plain text. ``raw`` is
        the value as the trainer typed it (YAML may have read 0101 as the number 65)."""
        if value is None:
            return ""
        if isinstance(value, bool):
            self.add(row, field, line, f"reads as yes/no ({value!r}); put the text in quotes")
            return ""
        if isinstance(value, int | float):
            typed = raw if raw is not None else str(value)
            changed = f" (here it became {value})" if str(value) != typed else ""
            self.add(
                row,
                field,
                line,
                f"{typed} is read as a number, and YAML can change a number{changed}; write it "
                f'in double quotes exactly as it is dialled: {field}: "{typed}"',
            )
            return ""
        if not isinstance(value, str):
            self.add(row, field, line, f"should be text, not a list or a section ({shown(value)})")
            return ""
        words = " ".join(value.split())
        if len(words) > MAX_CHARS:
            self.add(row, field, line, f"is {len(words)} characters; keep it under {MAX_CHARS}")
            return ""
        if field in NUMBER_FIELDS and words:
            if not _NUMBER_RE.match(words) or not _DIGIT_RE.search(words):
                self.add(
                    row,
                    field,
                    line,
                    f"{shown(words)} is not a number to dial: use digits, spaces, + ( ) - only, "
                    "and put opening hours or notes in their own fields",
                )
                return ""
        if field == "web" and words and (" " in words or "." not in words):
            self.add(row, field, line, f"{shown(words)} does not look like a web address")
            return ""
        return words

    def unknown(self, key: Any, allowed: tuple[str, ...], row: int | None, line: int | None):
        hint = did_you_mean(key, allowed)
        self.add(
            row,
            str(key),
            line,
            f"is not a field here{hint} Fields are: {', '.join(allowed)}",
        )

    def contact(self, row: int, entry: Any, node: yaml.Node | None) -> CrisisContact | None:
        line = node_line(node)
        if not isinstance(entry, dict):
            self.add(row, None, line, "should be a contact with a name and a phone, text or web")
            return None
        before = len(self.problems)
        nodes = mapping_nodes(node)
        fields: dict[str, str] = {}
        for key, value in entry.items():
            key_line = node_line(nodes[key][0]) if key in nodes else line
            if key not in CONTACT_FIELDS:
                self.unknown(key, CONTACT_FIELDS, row, key_line)
                continue
            fields[key] = self.text(value, row, key, key_line, _raw(nodes.get(key)))
        if not fields.get("name") and "name" not in {p.column for p in self.problems[before:]}:
            self.add(row, "name", line, 'every contact needs a name, e.g. name: "..."')
        if not any(fields.get(k) for k in REACH_FIELDS) and len(self.problems) == before:
            self.add(row, "phone", line, "needs at least one way to reach it: phone, text or web")
        if len(self.problems) > before:
            return None
        return CrisisContact(**fields)

    def contacts(self, raw: Any, node: yaml.Node | None) -> tuple[CrisisContact, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            self.add(None, "contacts", node_line(node), "should be a list: each contact on a '- '")
            return ()
        items = sequence_nodes(node)
        found = []
        for row, entry in enumerate(raw, start=1):
            item = self.contact(row, entry, items[row - 1] if row - 1 < len(items) else None)
            if item is not None:
                found.append(item)
        return tuple(found)


def read_contacts(path: str | Path | None = None) -> tuple[CrisisContacts, list[Problem]]:
    """Read and check the file; never raises. A missing or empty file is "not filled in"."""
    file = Path(path) if path is not None else data_file(CONTACTS_FILE)
    name = display_path(file)
    empty = CrisisContacts(source=name)
    if not file.exists():
        return empty, []
    problems: list[Problem] = []
    doc = read_yaml(file, problems, name=name)
    if doc is None or doc.data is None:
        return empty, problems
    check = _Checker(name, problems)
    if not isinstance(doc.data, dict):
        check.add(None, None, node_line(doc.node), "should hold named fields such as contacts:")
        return empty, problems
    nodes = mapping_nodes(doc.node)
    line = lambda key: node_line(nodes[key][0]) if key in nodes else None  # noqa: E731
    for key in doc.data:
        if key not in TOP_FIELDS:
            check.unknown(key, TOP_FIELDS, None, line(key))
    if doc.data.get("schema_version", 1) != 1:
        check.add(None, "schema_version", line("schema_version"), "should be 1")
    top = {
        key: check.text(doc.data.get(key), None, key, line(key), _raw(nodes.get(key)))
        for key in ("area", "checked", "emergency", "policy")
    }
    found = check.contacts(doc.data.get("contacts"), nodes.get("contacts", (None, None))[1])
    if problems:
        return empty, problems
    return CrisisContacts(contacts=found, source=name, **top), []


def load_contacts(path: str | Path | None = None) -> CrisisContacts:
    """The checked contacts; raises DataFileError listing every problem in the file."""
    contacts, problems = read_contacts(path)
    if problems:
        raise DataFileError(problems)
    return contacts


_cache: dict[str, tuple[CrisisContacts, tuple[Problem, ...]]] = {}


@on_forget("crisis_contacts")
def _forget() -> None:
    _cache.clear()


def default_contacts(
    path: str | Path | None = None,
) -> tuple[CrisisContacts, tuple[Problem, ...]]:
    """The contacts and any problems, read once per process (``reset()`` forgets them).

    A file with problems is read again next time, so a trainer's fix shows on the next run.
    """
    key = str(Path(path) if path is not None else data_file(CONTACTS_FILE))
    if key not in _cache:
        contacts, problems = read_contacts(key)
        if problems:
            return contacts, tuple(problems)
        _cache[key] = (contacts, ())
    return _cache[key]


def main(argv: list[str] | None = None) -> int:
    """Check the file (or the one named): prints OK or one line per problem; 0 or 1."""
    args = sys.argv[1:] if argv is None else argv
    contacts, problems = read_contacts(args[0] if args else None)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    state = (
        f"{len(contacts.contacts)} contact(s)"
        + (f", emergency number {contacts.emergency}" if contacts.emergency else "")
        if contacts.filled_in
        else "not filled in yet (learners see the generic emergency line)"
    )
    print(f"OK: {contacts.source}: {state}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
