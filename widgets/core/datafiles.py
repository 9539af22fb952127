"""Trainer-edited data files: the one way each kind is read, and how their problems are reported.

Every loader reports a problem the same way, naming the file, the row (or entry/line) and the
column (or field), so a trainer can go straight to the mistake without reading code. YAML is read
by one reader (:func:`read_yaml`) that keeps line numbers, refuses anchors and aliases (a few
lines of aliases can expand to gigabytes), very deep nesting, numbers too long to be meant and
files far larger than any course file, and turns every kind of broken file into a kind message;
CSV by one reader (:func:`read_csv`) that skips ``#`` comment lines. A message quotes a trainer's
value with :func:`shown`, which never prints more than a line of it, whatever the value is.
"""

from __future__ import annotations

import csv
import difflib
import math
import re
import reprlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from widgets.core.paths import DATA_DIR, display_path

__all__ = [
    "DATA_DIR",
    "ID_PATTERN",
    "MAX_BYTES",
    "MAX_DEPTH",
    "DataFileError",
    "Problem",
    "YamlDoc",
    "did_you_mean",
    "duplicate_keys",
    "load_yaml_nodes",
    "mapping_nodes",
    "node_line",
    "read_csv",
    "read_yaml",
    "sequence_nodes",
    "short",
    "shown",
]

#: Ids of scenarios, role-plays, their turns and rubric lines: lowercase words joined by hyphens.
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: How deeply YAML may nest: far more than any course file needs, far less than a stack overflow.
MAX_DEPTH = 64
#: How many characters of a trainer's value a message quotes before it shortens it.
SHOWN_CHARS = 80
#: The largest data file read: many times the largest course file, far less than a memory problem.
MAX_BYTES = 5_000_000
#: The longest number a YAML file may hold (in characters): longer ones are refused, not computed.
MAX_NUMBER_CHARS = 40
#: The longest message a Problem keeps (its middle is cut): one screen line or two, not a page.
MAX_MESSAGE_CHARS = 1000
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


@dataclass(frozen=True)
class Problem:
    """One mistake in a data file, located precisely enough to fix by hand.

    The column and the message are kept to one short line each (a line break becomes a space, and
    the middle of anything very long is cut), whatever a trainer's file held.
    """

    file: str
    row: int | None
    column: str | None
    message: str

    def __post_init__(self) -> None:
        if self.column is not None:
            object.__setattr__(self, "column", short(str(self.column), SHOWN_CHARS))
        object.__setattr__(self, "message", short(str(self.message), MAX_MESSAGE_CHARS))

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


def short(text: str, most: int = SHOWN_CHARS) -> str:
    """Plain text on one line (line breaks and control characters become a space), its middle
    cut when long."""
    if len(text) > most:
        half = (most - 5) // 2
        text = f"{text[:half]} ... {text[-half:]}"
    return _CONTROL.sub(" ", text)


class _ShortRepr(reprlib.Repr):
    """``repr`` that looks at only the first few items of a list or mapping, and never turns a
    huge number into its thousands of digits (which Python refuses, and which nobody reads)."""

    def __init__(self, most: int):
        super().__init__()
        self.maxlevel = 3
        self.maxlist = self.maxtuple = self.maxset = self.maxfrozenset = self.maxdict = 6
        self.maxstring = self.maxother = self.maxlong = most * 2

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() > self.maxlong * 3:
            digits = int(x.bit_length() * math.log10(2)) + 1
            return f"<a number about {digits} digits long>"
        return super().repr_int(x, level)


def shown(value: object, most: int = SHOWN_CHARS) -> str:
    """A trainer's value as a message quotes it: its repr, on one line, shortened in the middle
    when long. Cheap for any value: only the start of a long list or text is ever looked at."""
    text = repr(value[: most * 2]) if isinstance(value, str) else _ShortRepr(most).repr(value)
    if len(text) <= most:
        return text
    half = (most - 5) // 2
    return f"{text[:half]} ... {text[-half:]}"


def did_you_mean(word: object, choices: Iterable[str]) -> str:
    """'; did you mean X?' for a likely typo, else '.' (so messages read on either way).

    Only a short word (text or a number) is compared: a list, a mapping or a page of text
    is no typo, and comparing it would be slow."""
    if isinstance(word, bool) or not isinstance(word, str | int | float):
        return "."
    if len(str(word)) > SHOWN_CHARS:
        return "."
    choices = list(choices)
    close = difflib.get_close_matches(str(word), choices, n=1, cutoff=0.6)
    if not close and len(str(word)) >= 3:  # a shortened key, e.g. 'hope' for hope_and_wholeness
        close = [c for c in choices if c.startswith(str(word).lower())][:1]
    return f"; did you mean {close[0]!r}?" if close else "."


# --- YAML with line numbers ----------------------------------------------------------------------
# Loaders keep the node tree beside the data so a problem can name the YAML line it is on.


class _RefusedYaml(yaml.YAMLError):
    """YAML the course will not read (an alias, nesting too deep, a value that is not what it
    looks like), with where it is."""

    def __init__(self, problem: str, mark: yaml.Mark | None):
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


#: What a YAML tag reads as, for a message about a value that looks like one but is not.
_TAG_WORDS = {
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:timestamp": "a date",
    "tag:yaml.org,2002:binary": "binary data",
}


class _CourseLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` without anchors and aliases, with a limit on nesting, and with values
    that cannot be read (a date with month 13, a number thousands of digits long) said kindly."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _RefusedYaml(
                "it uses an anchor or alias (& or *), which course files do not allow; "
                "write the text out in full",
                event.start_mark,
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _RefusedYaml(
                    f"it is nested more than {MAX_DEPTH} levels deep; check the indentation",
                    event.start_mark,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def fetch_flow_collection_start(self, token_class: Any) -> None:
        # Refused while scanning: the scanner's work grows with the square of the depth of
        # unclosed [ and { on a line, so 20,000 of them would take a while to reach the composer.
        if self.flow_level >= MAX_DEPTH:
            raise _RefusedYaml(
                f"it is nested more than {MAX_DEPTH} levels deep; check the brackets",
                self.get_mark(),
            )
        super().fetch_flow_collection_start(token_class)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if (
            isinstance(node, yaml.ScalarNode)
            and node.tag == "tag:yaml.org,2002:int"
            and len(node.value) > MAX_NUMBER_CHARS
        ):
            raise _RefusedYaml(
                f"a number {len(node.value)} characters long is more than a course file needs; "
                "put it in quotes if it is meant as text",
                node.start_mark,
            )
        try:
            return super().construct_object(node, deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, OverflowError, ArithmeticError) as err:
            what = _TAG_WORDS.get(node.tag, "a value")
            value = shown(node.value) if isinstance(node, yaml.ScalarNode) else "this value"
            raise _RefusedYaml(
                f"{value} looks like {what} but is not one ({short(str(err))}); "
                "put it in quotes if it is meant as text",
                node.start_mark,
            ) from None


def load_yaml_nodes(text: str) -> tuple[yaml.Node | None, Any]:
    """Safe-load one YAML document and keep its node tree: ``(root node, data)``.

    An empty document gives ``(None, None)``. Raises ``yaml.YAMLError`` for broken YAML (its
    ``problem_mark`` says where), for anchors and aliases, and for nesting deeper than
    MAX_DEPTH. Otherwise the data is exactly what ``yaml.safe_load`` would return.
    """
    loader = _CourseLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except RecursionError:
        raise _RefusedYaml("it is nested too deeply; check the indentation", None) from None
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


def duplicate_keys(node: yaml.Node | None) -> Iterator[tuple[str, int, int]]:
    """(key, first line, repeated line) for every key repeated in any mapping under node."""
    stack, seen_nodes = ([node] if node is not None else []), set()
    while stack:
        current = stack.pop()
        if id(current) in seen_nodes:
            continue
        seen_nodes.add(id(current))
        if isinstance(current, yaml.MappingNode):
            first: dict[str, int] = {}
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode) and key.value != "<<":
                    if key.value in first:
                        yield key.value, first[key.value], node_line(key)
                    else:
                        first[key.value] = node_line(key)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


@dataclass(frozen=True)
class YamlDoc:
    """A YAML file that could be read: its text, node tree and data (None for an empty one)."""

    text: str
    node: yaml.Node | None
    data: Any


def _read_text(path: Path, name: str, problems: list[Problem]) -> str | None:
    """A data file's text (UTF-8, a byte-order mark allowed); a missing, unreadable, huge or
    not-UTF-8 file is added to ``problems`` instead, with the line of a bad byte."""
    try:
        with Path(path).open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        problems.append(Problem(name, None, None, "the file is missing"))
        return None
    except OSError as err:
        problems.append(
            Problem(
                name,
                None,
                None,
                f"could not be read ({err.strerror}): check it is a file you can open.",
            )
        )
        return None
    if len(raw) > MAX_BYTES:
        problems.append(
            Problem(
                name,
                None,
                None,
                f"is larger than {MAX_BYTES // 1_000_000} MB, far larger than a course file: "
                "check it is the file you meant (a course data file is plain text).",
            )
        )
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        problems.append(
            Problem(
                name,
                line,
                None,
                f"not UTF-8 text (line {line}, byte {err.start + 1}): re-save the file with "
                "UTF-8 encoding (most editors offer it under 'Save as' or 'Encoding').",
            )
        )
        return None


def _yaml_problem(name: str, text: str, err: yaml.YAMLError) -> Problem:
    """A YAML error as a trainer reads it: the line and column, what is wrong, what to do."""
    if isinstance(err, yaml.reader.ReaderError):  # a character YAML does not allow
        line = text.count("\n", 0, err.position) + 1
        column = err.position - text.rfind("\n", 0, err.position)
        code = err.character if isinstance(err.character, int) else 0
        return Problem(
            name,
            line,
            None,
            f"not valid YAML (line {line}, column {column}): it holds a character YAML does not "
            f"allow (U+{code:04X}); delete it (it often comes with text pasted from elsewhere).",
        )
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
    what = short(getattr(err, "problem", None) or str(err), 300)
    context, context_mark = getattr(err, "context", None), getattr(err, "context_mark", None)
    if context and context_mark is not None and mark is not None and context_mark.line != mark.line:
        # e.g. a quote or a bracket opened on one line and never closed: say where it opened
        what = f"{what} ({short(context, 60)} that starts on line {context_mark.line + 1})"
    advice = (
        ""
        if isinstance(err, _RefusedYaml)
        else ". Check the indentation there, and put text containing ': ', ' #', or "
        "starting with a quote or [ in double quotes"
    )
    line = mark.line + 1 if mark else None
    return Problem(name, line, None, f"not valid YAML{where}: {what}{advice}.")


def read_yaml(
    path: Path, problems: list[Problem], *, name: str | None = None, duplicates: bool = True
) -> YamlDoc | None:
    """Read one YAML file; on any problem add it to ``problems`` (file, line, what to do) and
    return None. ``duplicates`` also reports a key repeated in a mapping (YAML would silently
    keep the last); a checker with its own, more precise message for that turns it off.

    Every course YAML file is read here, and nothing a file holds makes this raise, run long or
    use much memory: aliases, deep nesting, huge numbers and huge files are refused."""
    name = name or display_path(path)
    text = _read_text(path, name, problems)
    if text is None:
        return None
    try:
        node, data = load_yaml_nodes(text)
    except yaml.YAMLError as err:
        problems.append(_yaml_problem(name, text, err))
        return None
    if duplicates:
        for key, first, again in duplicate_keys(node):
            problems.append(
                Problem(
                    name,
                    again,
                    key,
                    f"{shown(key)} appears twice (lines {first} and {again}): YAML keeps only "
                    "the last one. Remove or merge the other.",
                )
            )
    return YamlDoc(text, node, data)


# --- CSV with comment lines -----------------------------------------------------------------------


def read_csv(path: Path, columns: tuple[str, ...], problems: list[Problem]) -> list[tuple]:
    """Rows of a commented CSV file as (line number, {column: cell}); '#' lines are comments.

    A missing file, a missing column or a row with too many cells is added to ``problems``.
    """
    name = display_path(path)
    raw = _read_text(path, name, problems)
    if raw is None:
        return []
    numbered = [(n, line) for n, line in enumerate(raw.splitlines(), 1) if not line.startswith("#")]
    if not numbered or not any(line.strip() for _, line in numbered):
        problems.append(Problem(name, None, None, "the file has no header row"))
        return []
    reader = csv.reader([line for _, line in numbered])
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as exc:
        problems.append(Problem(name, numbered[0][0], None, f"unreadable header: {exc}"))
        return []
    missing = [c for c in columns if c not in header]
    if missing:
        problems.append(
            Problem(name, numbered[0][0], missing[0], f"the header needs the columns {columns}")
        )
        return []
    rows: list[tuple] = []
    lines = iter(numbered[1:])
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # e.g. a cell longer than the csv module allows
            line_no = next(lines, (numbered[-1][0], ""))[0]
            problems.append(
                Problem(
                    name,
                    line_no,
                    None,
                    f"could not be read from here on ({short(str(exc))}): check for a quote "
                    "that is opened and never closed, or text pasted in by mistake.",
                )
            )
            break
        line_no = next(lines, (numbered[-1][0], ""))[0]
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            problems.append(
                Problem(
                    name,
                    line_no,
                    None,
                    f"{len(row)} cells but the header has {len(header)}; "
                    'put text containing commas in "double quotes"',
                )
            )
            continue
        rows.append(
            (line_no, {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)})
        )
    return rows
