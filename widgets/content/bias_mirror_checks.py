"""Checking the bias mirror file: every problem at once, named by moment, field and line.

A moment's versions are compared with its first version: each other version's setting must differ
from it in exactly one place (one word, or a few words together), so what the learner sees side by
side at the end differs in the one detail the file names. Model answers are tried with the scorer:
each must show every target label and no avoid label, as the course's feedback would read it. The
file is read with the shared YAML reader (widgets/core/datafiles.py).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

from widgets.content.bias_mirror import (
    REPLY_PREFIX,
    REVIEW_PROMPT_ID,
    MirrorBank,
    MirrorMoment,
    MirrorVariant,
)
from widgets.content.model import SCHEMA_VERSION, ModelAnswer
from widgets.content.scenario_rules import HARD_TOPIC_WORDS
from widgets.core.datafiles import (
    ID_PATTERN,
    Problem,
    did_you_mean,
    mapping_nodes,
    node_line,
    read_yaml,
    sequence_nodes,
    shown,
)
from widgets.core.paths import COURSE_DIR, display_path
from widgets.core.values import VALUES
from widgets.scoring import LABELS, analyze

__all__ = ["changed_places", "check_file"]

MIN_VARIANTS, MAX_VARIANTS = 2, 6
NOTEBOOK_PATTERN = re.compile(r"^\d\d_[a-z0-9_]+$")
_HARD_WORDS = {t: re.compile(rf"\b(?:{p})", re.IGNORECASE) for t, p in HARD_TOPIC_WORDS.items()}

TOP_KEYS = ("schema_version", "moments")
#: Each field of a moment, and whether it is required.
MOMENT_FIELDS: dict[str, bool] = {
    "id": True,
    "title": True,
    "values": True,
    "peer_says": True,
    "prompt": True,
    "target_labels": True,
    "avoid_labels": True,
    "model_answers": True,
    "hints": True,
    "content_note": False,
    "minutes": False,
    "variants": True,
}
VARIANT_FIELDS = ("id", "notebook", "detail", "where", "setting")


def _words(text: str) -> list[str]:
    return text.split()


def changed_places(first: str, other: str) -> list[str]:
    """Where ``other`` differs from ``first``, word by word: one short description per place."""
    a, b = _words(first), _words(other)
    places = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        was, now = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        places.append(f"{shown(was, 40)} -> {shown(now, 40)}" if was else f"adds {shown(now, 40)}")
    return places


class _Checker:
    """Checks one mirror file; every problem names the moment (row), the field and the line."""

    def __init__(self, path: Path):
        self.path = path
        self.name = display_path(path)
        self.problems: list[Problem] = []
        self.ids: dict[str, int | None] = {}  # every id in the file -> its line

    def add(self, row: int | None, column: str | None, message: str, line: int | None) -> None:
        if line:
            message = f"{message.rstrip('.')} (line {line})"
        self.problems.append(Problem(self.name, row, column, message))

    def run(self) -> MirrorBank | None:
        doc = read_yaml(self.path, self.problems, name=self.name)
        if doc is None:
            return None
        if not isinstance(doc.data, dict):
            self.add(None, None, "should hold schema_version and moments", None)
            return None
        top = mapping_nodes(doc.node)
        for key in doc.data:
            if key not in TOP_KEYS:
                line = node_line(top[key][0]) if key in top else None
                self.add(
                    None,
                    str(key),
                    f"is not a section of this file{did_you_mean(key, TOP_KEYS)}",
                    line,
                )
        if doc.data.get("schema_version") != SCHEMA_VERSION:
            line = node_line(top["schema_version"][0]) if "schema_version" in top else None
            self.add(None, "schema_version", f"should be {SCHEMA_VERSION}", line)
        raw = doc.data.get("moments")
        if not isinstance(raw, list) or not raw:
            self.add(None, "moments", "should be a list of one or more moments", None)
            return None
        nodes = sequence_nodes(top["moments"][1]) if "moments" in top else []
        moments = []
        for row, entry in enumerate(raw, start=1):
            node = nodes[row - 1] if row - 1 < len(nodes) else None
            moment = _MomentChecker(self, row, entry, node).run()
            if moment is not None:
                moments.append(moment)
        if self.problems:
            return None
        return MirrorBank(tuple(moments))

    def claim_id(
        self, value: Any, row: int, column: str, line: int | None, prefix: str = ""
    ) -> str | None:
        """A well-formed id not used before in this file, else None (and the problem said)."""
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            message = f"{prefix}id {shown(value)} should be lowercase letters, digits and hyphens"
            self.add(row, column, message, line)
            return None
        if value in self.ids:
            first = self.ids[value]
            message = f"{prefix}id {value!r} is already used (line {first}); rename one"
            self.add(row, column, message, line)
            return None
        self.ids[value] = line
        return value


class _MomentChecker:
    """The fields of one moment and its versions."""

    def __init__(self, file: _Checker, row: int, entry: Any, node: yaml.Node | None):
        self.file, self.row, self.entry = file, row, entry
        self.nodes = mapping_nodes(node)
        self.line = node_line(node)
        self.bad = False

    def add(self, column: str | None, message: str, line: int | None = None) -> None:
        self.bad = True
        self.file.add(self.row, column, message, line or self.field_line(column))

    def field_line(self, field: str | None) -> int | None:
        pair = self.nodes.get(field) if field else None
        return node_line(pair[0]) if pair else self.line

    def run(self) -> MirrorMoment | None:
        e = self.entry
        if not isinstance(e, dict):
            self.add(None, "should be a moment with id, title, peer_says, ... and variants")
            return None
        for key in e:
            if key not in MOMENT_FIELDS:
                self.add(str(key), f"is not a field of a moment{did_you_mean(key, MOMENT_FIELDS)}")
        for key, required in MOMENT_FIELDS.items():
            if required and e.get(key) is None:
                self.add(key, f"'{key}' is missing", self.line)
        moment_id = self.file.claim_id(e.get("id"), self.row, "id", self.field_line("id"))
        texts = {k: self.text(k) for k in ("title", "peer_says", "prompt")}
        note = self.text("content_note")
        values = self.words("values", VALUES, "value key")
        targets = self.words("target_labels", LABELS, "feedback label")
        avoid = self.words("avoid_labels", LABELS, "feedback label")
        for label in sorted(set(targets) & set(avoid)):
            self.add("avoid_labels", f"{label!r} is also a target label; keep it in one list")
        hints = self.hints()
        answers = self.model_answers(targets, avoid)
        minutes = self.minutes()
        variants = self.variants(moment_id or "")
        self.hard_topics(note, [*texts.values(), *(v.setting for v in variants)], answers)
        if self.bad or moment_id is None:
            return None
        return MirrorMoment(
            moment_id,
            texts["title"],
            values,
            texts["peer_says"],
            texts["prompt"],
            targets,
            avoid,
            answers,
            hints,
            variants,
            note or None,
            minutes,
        )

    # -- single fields

    def text(self, key: str) -> str:
        """A text field of the moment ("" when missing: a required one is said once, in run())."""
        return self.clean_text(self.entry.get(key), key)

    def clean_text(self, value: Any, column: str, prefix: str = "", line: int | None = None) -> str:
        if value is None:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.add(column, f"{prefix}should be a piece of text, not {shown(value)}", line)
            return ""
        return " ".join(value.split())

    def words(self, key: str, known: Iterable[str], kind: str) -> tuple[str, ...]:
        value = self.entry.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not value:
            self.add(key, f"should be a list of one or more, e.g. [{next(iter(known))}]")
            return ()
        known = list(known)
        good = []
        for item in value:
            if item not in known:
                self.add(key, f"{shown(item)} is not a {kind}{did_you_mean(item, known)}")
            else:
                good.append(item)
        return tuple(good)

    def hints(self) -> tuple[str, ...]:
        value = self.entry.get("hints")
        if value is None:
            return ()
        if not isinstance(value, list) or not value:
            self.add("hints", "should be a list of one or more short hints")
            return ()
        if not all(isinstance(h, str) and h.strip() for h in value):
            self.add("hints", "every hint should be a piece of text")
            return ()
        return tuple(" ".join(h.split()) for h in value)

    def minutes(self) -> float | None:
        value = self.entry.get("minutes")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            self.add("minutes", f"should be a positive number such as 3, not {shown(value)}")
            return None
        return value

    def model_answers(
        self, targets: Sequence[str], avoid: Sequence[str]
    ) -> tuple[ModelAnswer, ...]:
        value = self.entry.get("model_answers")
        if value is None:
            return ()
        if not isinstance(value, list) or not value:
            self.add("model_answers", "should be a list of one or more answers with text and why")
            return ()
        answers = []
        for n, item in enumerate(value, start=1):
            if not isinstance(item, dict) or set(item) != {"text", "why"}:
                self.add("model_answers", f"answer {n} should have exactly text and why")
                continue
            text, why = item["text"], item["why"]
            if not all(isinstance(x, str) and x.strip() for x in (text, why)):
                self.add("model_answers", f"answer {n}: text and why should both be text")
                continue
            labels = analyze(text).labels
            missing = [x for x in targets if x not in labels]
            slips = [x for x in avoid if x in labels]
            if missing:
                self.add(
                    "model_answers",
                    f"answer {n} does not show {', '.join(missing)} "
                    "(the feedback would call it 'not yet'); reword it",
                )
            if slips:
                self.add(
                    "model_answers",
                    f"answer {n} shows {', '.join(slips)}, which this "
                    "moment asks to avoid; reword it",
                )
            answers.append(ModelAnswer(" ".join(text.split()), " ".join(why.split())))
        return tuple(answers)

    def hard_topics(self, note: str, texts: list[str], answers: Sequence[ModelAnswer]) -> None:
        if note:
            return
        every = " ".join([*texts, *(a.text for a in answers)])
        for topic, pattern in _HARD_WORDS.items():
            found = pattern.search(every)
            if found:
                self.add(
                    "content_note",
                    f"the moment mentions {found.group(0)!r}, a hard topic "
                    f"({topic}): add a short, kind content_note",
                )

    # -- the versions

    def variants(self, moment_id: str) -> tuple[MirrorVariant, ...]:
        raw = self.entry.get("variants")
        if raw is None:
            return ()
        if not isinstance(raw, list) or not MIN_VARIANTS <= len(raw) <= MAX_VARIANTS:
            self.add(
                "variants",
                f"should be a list of {MIN_VARIANTS} to {MAX_VARIANTS} versions "
                "(a mirror needs two to compare; more than six is too wide to read)",
            )
            if not isinstance(raw, list):
                return ()
        nodes = sequence_nodes(self.nodes["variants"][1]) if "variants" in self.nodes else []
        found: list[MirrorVariant] = []
        lines: dict[int, int | None] = {}
        notebooks: dict[str, str] = {}
        for n, item in enumerate(raw, start=1):
            line = node_line(nodes[n - 1]) if n - 1 < len(nodes) else self.field_line("variants")
            variant = self.variant(moment_id, n, item, line)
            if variant is None:
                continue
            if variant.notebook in notebooks:
                self.add(
                    "variants",
                    f"versions {notebooks[variant.notebook]!r} and {variant.id!r} "
                    f"are both in {variant.notebook}: give each version its own notebook, so "
                    "they are met apart",
                    line,
                )
            notebooks.setdefault(variant.notebook, variant.id)
            found.append(variant)
            lines[n] = line
        if found and found[0].number == 1:
            for variant in found[1:]:
                self.one_detail(found[0], variant, lines[variant.number])
        return tuple(found)

    def variant(self, moment_id: str, n: int, item: Any, line: int | None) -> MirrorVariant | None:
        label = f"version {n}"
        if not isinstance(item, dict):
            self.add("variants", f"{label} should have {', '.join(VARIANT_FIELDS)}", line)
            return None
        bad = self.bad
        self.bad = False
        for key in item:
            if key not in VARIANT_FIELDS:
                self.add(
                    "variants",
                    f"{label}: {str(key)!r} is not a field of a version"
                    f"{did_you_mean(key, VARIANT_FIELDS)}",
                    line,
                )
        for key in VARIANT_FIELDS:
            if item.get(key) is None:
                self.add("variants", f"{label}: '{key}' is missing", line)
        variant_id = self.file.claim_id(item.get("id"), self.row, "variants", line, f"{label}: ")
        if variant_id == REVIEW_PROMPT_ID.removeprefix(REPLY_PREFIX):
            self.add(
                "variants", f"{label}: the id 'review' is kept for the closing reflection", line
            )
        notebook = item.get("notebook")
        if notebook is not None:
            notebook = self.notebook(label, notebook, line)
        texts = {
            key: self.clean_text(item.get(key), "variants", f"{label}: '{key}' ", line)
            for key in ("detail", "where", "setting")
        }
        ok = not self.bad and variant_id is not None and notebook
        self.bad = self.bad or bad
        if not ok:
            return None
        return MirrorVariant(variant_id, moment_id, n, notebook, **texts)

    def notebook(self, label: str, value: Any, line: int | None) -> str | None:
        stem = str(value).removesuffix(".ipynb").removesuffix(".py")
        if not isinstance(value, str) or not NOTEBOOK_PATTERN.match(stem):
            self.add(
                "variants",
                f"{label}: notebook {shown(value)} should be a course notebook's "
                "name, e.g. 03_acknowledgement",
                line,
            )
            return None
        if COURSE_DIR.is_dir():
            known = sorted({p.stem for p in COURSE_DIR.glob("[0-9][0-9]_*.*")})
            if known and stem not in known:
                self.add(
                    "variants",
                    f"{label}: there is no notebook {stem!r} in course/{did_you_mean(stem, known)}",
                    line,
                )
                return None
        return stem

    def one_detail(self, first: MirrorVariant, other: MirrorVariant, line: int | None) -> None:
        places = changed_places(first.setting, other.setting)
        if len(places) == 1:
            return
        if not places:
            message = "is the same as the first version's: change one detail"
        else:
            message = (
                f"differs from the first version's in {len(places)} places "
                f"({'; '.join(places)}): change one detail only, so the comparison stays fair"
            )
        self.add("variants", f"version {other.number} ({other.id!r}): its setting {message}", line)


def check_file(path: Path) -> tuple[MirrorBank | None, list[Problem]]:
    """(the checked moments, or None when there is any problem; every problem found)."""
    checker = _Checker(path)
    bank = checker.run()
    return bank, checker.problems
