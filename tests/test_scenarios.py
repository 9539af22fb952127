"""The scenario bank loader and validator: good banks load, every kind of mistake is reported
with file, row (entry) and column (field), and the real bank in data/scenarios is sound."""

from __future__ import annotations

import copy
import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from widgets.content.scenarios import (
    HARD_TOPICS,
    Bank,
    BankError,
    Option,
    Scenario,
    load_bank,
    validate_bank,
)
from widgets.core.datafiles import (
    DATA_DIR,
    DataFileError,
    load_yaml_nodes,
    mapping_nodes,
    node_line,
    sequence_nodes,
)
from widgets.core.values import VALUES
from widgets.tools.validate import validate_command

REPO = Path(__file__).resolve().parent.parent

REWRITE = {
    "id": "mutuality-rewrite-yoga",
    "values": ["mutuality", "curiosity"],
    "type": "rewrite",
    "title": "When yoga helped you",
    "setting": "An online peer support group for new parents, evening session.",
    "peer_says": "I just can't switch off at night. My head won't stop.",
    "prompt": "Rewrite the response below as one curious, open question.",
    "draft": "Have you tried yoga? It really helped me.",
    "target_labels": ["open_question"],
    "avoid_labels": ["advice"],
    "model_answers": [
        {
            "text": "What tends to be on your mind when you can't switch off?",
            "why": "It invites their own story and leaves the answers with them.",
        }
    ],
    "hints": ["Start with 'what' or 'how'."],
    "topics": ["sleep"],
    "content_note": None,
    "minutes": 4,
}
CHOOSE = {
    "id": "curiosity-choose-new-job",
    "values": ["curiosity"],
    "type": "choose",
    "title": "A new job",
    "peer_says": "I start a new job on Monday.",
    "prompt": "Which response is most curious without being invasive?",
    "options": [
        {"text": "What are you hoping for?", "best": True, "why": "Open, and theirs to answer."},
        {"text": "Have you told them your diagnosis?", "best": False, "why": "Invasive."},
        {"text": "You should prepare a lot.", "why": "Advice, not curiosity."},
    ],
    "model_answers": [{"text": "What are you hoping for?", "why": "It invites their story."}],
    "hints": ["Which one lets them choose what to share?"],
}
SORT = {
    "id": "hope-sort-phrases",
    "values": ["hope_and_wholeness"],
    "type": "sort",
    "title": "Hope or bright side?",
    "prompt": "Sort each phrase.",
    "categories": [{"key": "hope", "title": "Hope"}, {"key": "bright", "title": "Bright side"}],
    "items": [
        {"text": "Things can change.", "category": "hope", "why": "Honest hope."},
        {"text": "Healing is possible.", "category": "hope", "why": "Honest hope."},
        {"text": "Look on the bright side.", "category": "bright", "why": "Skips the pain."},
        {"text": "It could be worse.", "category": "bright", "why": "Minimizes."},
    ],
    "model_answers": [{"text": "Hope stays with the hard part.", "why": "The key difference."}],
    "hints": ["Does it skip past the hard part?"],
}
SPOT = {
    "id": "mutuality-spot-advice",
    "values": ["mutuality"],
    "type": "spot",
    "title": "Spot the advice",
    "peer_says": "I keep arguing with my sister.",
    "prompt": "Find the phrases that take over.",
    "draft": "You should call her today. Trust me, I know what's best.",
    "spots": [
        {"phrase": "You should", "label": "advice", "why": "It tells them what to do."},
        {"phrase": "Trust me, I know", "label": "expert_stance", "why": "It puts you above."},
    ],
    "model_answers": [{"text": "What would you like to happen?", "why": "It is their call."}],
    "hints": ["Look for 'should'."],
}
REFRAME = {
    "id": "respect-reframe-addict",
    "values": ["respect_dignity_equity", "strength_based"],
    "type": "reframe",
    "title": "Person first",
    "prompt": "Reframe the note in person-first language.",
    "draft": "The addict in room 4 missed group again.",
    "target_labels": ["strength"],
    "avoid_labels": ["stigmatizing"],
    "model_answers": [
        {
            "text": "Sam, who uses drugs, wasn't at group; Sam is great at welcoming new people.",
            "why": "Person first, and a strength.",
        }
    ],
    "hints": ["Start with the person's name."],
    "topics": ["substance_use"],
    "content_note": "This scenario mentions drug use.",
    "reframe_kind": "label_to_person_first",
    "minutes": 2.5,
}
REFLECT = {
    "id": "belonging-reflect-community",
    "values": ["belonging_and_community"],
    "type": "reflect",
    "title": "Where you belong",
    "prompt": "Where have you felt you belong? What made it feel that way?",
}
GOOD = [REWRITE, CHOOSE, SORT, SPOT, REFRAME, REFLECT]


class _TrainerStyle(yaml.SafeDumper):
    """Indents lists under their key, the way the real bank files are written."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)


def bank_text(entries: list, **top) -> str:
    doc = {"schema_version": 1, "scenarios": entries, **top}
    return yaml.dump(doc, Dumper=_TrainerStyle, sort_keys=False, allow_unicode=True)


def write(folder: Path, text: str | bytes, name: str = "01_test.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def entries(**changes) -> list[dict]:
    """A deep copy of the good bank, with entry n (1-based) changed: changes={'e3': fn}."""
    data = copy.deepcopy(GOOD)
    for key, change in changes.items():
        change(data[int(key[1:]) - 1])
    return data


@pytest.fixture
def good_bank(tmp_path: Path) -> Path:
    folder = tmp_path / "bank"
    write(folder, bank_text(GOOD[:3]), "01_first.yaml")
    write(folder, bank_text(GOOD[3:]), "02_second.yaml")
    return folder


# ----------------------------------------------------------------------------- a good bank


def test_good_bank_loads(good_bank: Path) -> None:
    bank = load_bank(good_bank)
    assert isinstance(bank, Bank)
    assert len(bank) == 6
    assert bank.ids() == [e["id"] for e in GOOD]
    assert [p.name for p in bank.files] == ["01_first.yaml", "02_second.yaml"]
    rewrite = bank["mutuality-rewrite-yoga"]
    assert isinstance(rewrite, Scenario)
    assert rewrite.values == ("mutuality", "curiosity")
    assert rewrite.main_value == "mutuality"
    assert rewrite.model_answers[0].why.startswith("It invites")
    assert rewrite.source.endswith("01_first.yaml") and rewrite.line == 3
    choose = bank["curiosity-choose-new-job"]
    assert choose.options[0] == Option("What are you hoping for?", True, choose.options[0].why)
    assert choose.options[2].best is False  # best is optional and defaults to false
    assert [c.key for c in bank["hope-sort-phrases"].categories] == ["hope", "bright"]
    assert bank["mutuality-spot-advice"].spots[1].label == "expert_stance"
    reframe = bank["respect-reframe-addict"]
    assert reframe.hard_topics == ("substance_use",) and reframe.has_content_note
    assert reframe.minutes == 2.5
    assert not bank["belonging-reflect-community"].scored


def test_bank_is_read_only_and_scenarios_frozen(good_bank: Path) -> None:
    bank = load_bank(good_bank)
    with pytest.raises(TypeError):
        bank["x"] = bank["mutuality-rewrite-yoga"]  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        bank["mutuality-rewrite-yoga"].title = "changed"  # type: ignore[misc]


def test_unknown_id_suggests_the_closest(good_bank: Path) -> None:
    with pytest.raises(KeyError, match="mutuality-rewrite-yoga"):
        load_bank(good_bank)["mutuality-rewrite-yog"]


def test_by_value_uses_every_value_in_file_order(good_bank: Path) -> None:
    bank = load_bank(good_bank)
    assert [s.id for s in bank.by_value("mutuality")] == [
        "mutuality-rewrite-yoga",
        "mutuality-spot-advice",
    ]
    assert [s.id for s in bank.by_value("curiosity")] == [
        "mutuality-rewrite-yoga",
        "curiosity-choose-new-job",
    ]
    assert bank.by_value("acknowledgement") == []
    with pytest.raises(KeyError, match="mutuality"):
        bank.by_value("mutualty")


def test_to_frame_has_one_row_per_scenario(good_bank: Path) -> None:
    frame = load_bank(good_bank).to_frame()
    assert len(frame) == 6
    for column in ["id", "value", "values", "type", "title", "minutes", "has_content_note"]:
        assert column in frame.columns
    row = frame.set_index("id").loc["respect-reframe-addict"]
    assert row["value"] == "respect_dignity_equity"
    assert bool(row["has_content_note"]) is True


def test_one_file_can_be_loaded(good_bank: Path) -> None:
    assert len(load_bank(good_bank / "02_second.yaml")) == 3


def test_validate_bank_returns_bank_and_no_problems(good_bank: Path) -> None:
    bank, problems = validate_bank(good_bank)
    assert problems == [] and bank is not None and len(bank) == 6


def test_block_text_is_trimmed(tmp_path: Path) -> None:
    text = """\
schema_version: 1
scenarios:
  - id: block-text
    values: [curiosity]
    type: reflect
    title: Block text
    prompt: |
      What are you curious about
      this week?
"""
    bank = load_bank(write(tmp_path, text))
    assert bank["block-text"].prompt == "What are you curious about\nthis week?"


# ----------------------------------------------------------------------------- broken entries


def _set(field, value):
    return lambda e: e.__setitem__(field, value)


def _drop(field):
    return lambda e: e.pop(field)


def _rename(old, new):
    return lambda e: e.__setitem__(new, e.pop(old))


def _sub(field, index, key, value):
    def change(e):
        if value is _DROP:
            e[field][index].pop(key)
        else:
            e[field][index][key] = value

    return change


_DROP = object()

# (case id, changes to the good bank, row, column, words the message must contain)
BROKEN_ENTRIES = [
    ("missing-field", {"e1": _drop("title")}, 1, "title", ["missing required field 'title'"]),
    (
        "unknown-field-typo",
        {"e1": _rename("model_answers", "modle_answers")},
        1,
        "modle_answers",
        ["unknown field", "did you mean 'model_answers'"],
    ),
    ("text-expected", {"e2": _set("title", 42)}, 2, "title", ["should be text", "number"]),
    ("yes-no-as-text", {"e2": _set("title", True)}, 2, "title", ["should be text", "quotes"]),
    (
        "list-expected",
        {"e1": _set("values", "mutuality")},
        1,
        "values",
        ["should be a list", "[mutuality]"],
    ),
    ("empty-text", {"e3": _set("prompt", "   ")}, 3, "prompt", ["'prompt' is empty"]),
    (
        "bad-id",
        {"e4": _set("id", "Mutuality_Spot")},
        4,
        "id",
        ["bad id format", "'mutuality-spot'"],
    ),
    (
        "duplicate-id",
        {"e5": _set("id", "mutuality-rewrite-yoga")},
        5,
        "id",
        ["duplicate id 'mutuality-rewrite-yoga'", "row 1"],
    ),
    (
        "unknown-value",
        {"e1": _set("values", ["mutualty"])},
        1,
        "values",
        ["unknown value key 'mutualty'", "did you mean 'mutuality'"],
    ),
    ("unknown-type", {"e2": _set("type", "chose")}, 2, "type", ["unknown type", "'choose'"]),
    (
        "unknown-target-label",
        {"e1": _set("target_labels", ["open_questoin"])},
        1,
        "target_labels",
        ["unknown label 'open_questoin'", "did you mean 'open_question'"],
    ),
    (
        "unknown-avoid-label",
        {"e1": _set("avoid_labels", ["advise"])},
        1,
        "avoid_labels",
        ["unknown label 'advise'", "'advice'"],
    ),
    (
        "unknown-spot-label",
        {"e4": _sub("spots", 0, "label", "advise")},
        4,
        "spots",
        ["spot 1", "unknown label 'advise'"],
    ),
    (
        "label-both-target-and-avoid",
        {"e1": _set("avoid_labels", ["advice", "open_question"])},
        1,
        "avoid_labels",
        ["in both target_labels and avoid_labels"],
    ),
    (
        "too-few-options",
        {"e2": lambda e: e["options"].pop()},
        2,
        "options",
        ["2 options", "3 or more"],
    ),
    (
        "no-best-option",
        {"e2": _sub("options", 0, "best", False)},
        2,
        "options",
        ["no best option", "best: true"],
    ),
    (
        "option-without-why",
        {"e2": _sub("options", 1, "why", _DROP)},
        2,
        "options",
        ["has no 'why'"],
    ),
    (
        "best-not-boolean",
        {"e2": _sub("options", 0, "best", "yes please")},
        2,
        "options",
        ["'best' should be true or false"],
    ),
    (
        "too-few-categories",
        {"e3": lambda e: (e["categories"].pop(), [i.update(category="hope") for i in e["items"]])},
        3,
        "categories",
        ["1 category", "2 or more"],
    ),
    ("too-few-items", {"e3": lambda e: e["items"].pop(0)}, 3, "items", ["3 items", "4 or more"]),
    (
        "item-category-not-a-key",
        {"e3": _sub("items", 2, "category", "brigth")},
        3,
        "items",
        ["item 3", "'brigth'", "did you mean 'bright'"],
    ),
    (
        "category-without-items",
        {"e3": lambda e: e["categories"].append({"key": "other", "title": "Other"})},
        3,
        "items",
        ["category 'other' has no items"],
    ),
    (
        "spot-phrase-not-in-draft",
        {"e4": _sub("spots", 0, "phrase", "You ought to")},
        4,
        "spots",
        ["'You ought to' not found in the draft"],
    ),
    (
        "spot-phrase-capitals",
        {"e4": _sub("spots", 1, "phrase", "trust me, I know")},
        4,
        "spots",
        ["not found in the draft", "'Trust me, I know'"],
    ),
    ("spot-without-draft", {"e4": _drop("draft")}, 4, "draft", ["spot scenario without a draft"]),
    (
        "rewrite-without-draft",
        {"e1": _drop("draft")},
        1,
        "draft",
        ["rewrite scenario without a draft"],
    ),
    (
        "reframe-without-target-labels",
        {"e5": _drop("target_labels")},
        5,
        "target_labels",
        ["reframe scenario without target_labels"],
    ),
    (
        "rewrite-without-avoid-labels",
        {"e1": _drop("avoid_labels")},
        1,
        "avoid_labels",
        ["rewrite scenario without avoid_labels"],
    ),
    (
        "no-model-answers",
        {"e2": _drop("model_answers")},
        2,
        "model_answers",
        ["choose scenario without model_answers"],
    ),
    ("no-hints", {"e3": _set("hints", [])}, 3, "hints", ["sort scenario without hints"]),
    (
        "model-answer-without-why",
        {"e1": _sub("model_answers", 0, "why", "")},
        1,
        "model_answers",
        ["model answer 1", "empty 'why'"],
    ),
    (
        "hard-topic-without-content-note",
        {"e5": _set("content_note", None)},
        5,
        "content_note",
        ["hard topic (substance_use) without a content_note"],
    ),
    (
        "hard-words-without-topic",
        {"e1": _set("peer_says", "Since my brother's funeral I can't switch off.")},
        1,
        "topics",
        ["'funeral'", "hard topic (grief)"],
    ),
    (
        "bad-reframe-kind",
        {"e5": _set("reframe_kind", "label_to_person")},
        5,
        "reframe_kind",
        ["bad reframe_kind", "did you mean 'label_to_person_first'"],
    ),
    (
        "reframe-without-kind",
        {"e5": _drop("reframe_kind")},
        5,
        "reframe_kind",
        ["without reframe_kind"],
    ),
    ("minutes-zero", {"e1": _set("minutes", 0)}, 1, "minutes", ["positive number"]),
    ("minutes-text", {"e1": _set("minutes", "five")}, 1, "minutes", ["positive number", "text"]),
    (
        "field-for-another-type",
        {"e1": _set("options", CHOOSE["options"])},
        1,
        "options",
        ["not used by rewrite scenarios", "choose"],
    ),
    ("reflect-with-draft", {"e6": _set("draft", "Hi")}, 6, "draft", ["not used by reflect"]),
    ("empty-values", {"e6": _set("values", [])}, 6, "values", ["empty list"]),
]


@pytest.mark.parametrize(
    ("changes", "row", "column", "words"),
    [pytest.param(*case[1:], id=case[0]) for case in BROKEN_ENTRIES],
)
def test_broken_entry_is_reported_precisely(tmp_path, changes, row, column, words) -> None:
    path = write(tmp_path / "bank", bank_text(entries(**changes)))
    bank, problems = validate_bank(path.parent)
    assert bank is None
    matching = [p for p in problems if p.row == row and p.column == column]
    assert matching, f"no problem at row {row}, column {column!r}: {problems}"
    message = " | ".join(p.message for p in matching)
    for word in words:
        assert word in message
    for problem in problems:
        assert problem.file.endswith("01_test.yaml")
        assert re.search(r"\bline \d+", problem.message)  # trainers can go straight to it
    with pytest.raises(BankError) as caught:
        load_bank(path.parent)
    assert isinstance(caught.value, DataFileError)
    assert caught.value.problems == problems


def test_entry_line_numbers_are_exact(tmp_path: Path) -> None:
    text = """\
schema_version: 1
scenarios:
  - id: first-one
    values: [curiosity]
    type: reflect
    title: First
    prompt: What are you curious about?
  - id: second-one
    values: [curiosty]
    type: reflect
    title: Second
    prompt: What do you notice?
"""
    _, problems = validate_bank(write(tmp_path, text))
    assert [str(p) for p in problems] == [
        f"{problems[0].file}, row 2, column 'values': unknown value key 'curiosty' (line 9); "
        "did you mean 'curiosity'? Value keys are: " + ", ".join(VALUES) + "."
    ]


def test_entry_not_a_mapping(tmp_path: Path) -> None:
    text = bank_text([REFLECT]) + "  - just a sentence\n"
    _, problems = validate_bank(write(tmp_path, text))
    assert len(problems) == 1
    assert problems[0].row == 2 and "not a mapping" in problems[0].message


def test_duplicate_field_in_entry(tmp_path: Path) -> None:
    text = bank_text([REFLECT]) + "    title: Again\n"
    _, problems = validate_bank(write(tmp_path, text))
    assert [(p.row, p.column) for p in problems] == [(1, "title")]
    assert "appears twice" in problems[0].message and "lines 7 and 9" in problems[0].message


def test_every_problem_is_collected(tmp_path: Path) -> None:
    broken = entries(
        e1=_drop("title"),
        e2=_set("type", "chose"),
        e3=_set("values", ["nope"]),
        e4=_sub("spots", 0, "phrase", "missing"),
        e6=_set("minutes", -1),
    )
    _, problems = validate_bank(write(tmp_path, bank_text(broken)))
    assert {p.row for p in problems} == {1, 2, 3, 4, 6}


def test_duplicate_id_across_files_names_both(tmp_path: Path) -> None:
    write(tmp_path, bank_text([REFLECT]), "01_a.yaml")
    write(tmp_path, bank_text([REWRITE, REFLECT]), "02_b.yaml")
    _, problems = validate_bank(tmp_path)
    assert len(problems) == 1
    assert problems[0].file.endswith("02_b.yaml") and problems[0].row == 2
    assert "01_a.yaml, row 1" in problems[0].message


# ----------------------------------------------------------------------------- broken files

BROKEN_FILES = [
    ("not-yaml", "schema_version: 1\nscenarios:\n  - id: x\n   title: [oops\n", ["not valid YAML"]),
    ("unclosed-quote", 'schema_version: 1\nscenarios:\n  - id: "x\n', ["not valid YAML", "line"]),
    ("empty-file", "", ["file is empty"]),
    ("only-comments", "# nothing here yet\n", ["only comments"]),
    ("top-level-list", "- id: x\n", ["top level is a list", "not a mapping"]),
    ("missing-schema-version", "scenarios:\n  - id: x\n", ["missing schema_version"]),
    ("unknown-schema-version", "schema_version: 2\nscenarios: []\n", ["unknown schema_version 2"]),
    ("missing-scenarios", "schema_version: 1\n", ["missing 'scenarios' list"]),
    ("scenarios-not-a-list", "schema_version: 1\nscenarios:\n  id: x\n", ["should be a list"]),
    ("scenarios-empty", "schema_version: 1\nscenarios: []\n", ["list is empty"]),
    (
        "unknown-top-level-key",
        "schema_version: 1\nscenario: []\n",
        ["unknown top-level key 'scenario'", "did you mean 'scenarios'"],
    ),
    (
        "two-documents",
        "schema_version: 1\nscenarios: []\n---\nschema_version: 1\n",
        ["not valid YAML"],
    ),
    ("not-utf8", "schema_version: 1\n# caf\xe9\n".encode("latin-1"), ["not UTF-8", "line 2"]),
]


@pytest.mark.parametrize(
    ("text", "words"), [pytest.param(*case[1:], id=case[0]) for case in BROKEN_FILES]
)
def test_broken_file_is_reported(tmp_path: Path, text, words) -> None:
    write(tmp_path, text)
    bank, problems = validate_bank(tmp_path)
    assert bank is None and problems
    message = " | ".join(p.message for p in problems)
    for word in words:
        assert word in message
    assert all(p.file.endswith("01_test.yaml") for p in problems)


def test_yaml_error_gives_line_and_column(tmp_path: Path) -> None:
    write(tmp_path, "schema_version: 1\nscenarios:\n  - id: a\n    title: Note: this breaks\n")
    _, problems = validate_bank(tmp_path)
    assert len(problems) == 1
    assert "(line 4, column 16)" in problems[0].message


def test_missing_path_and_empty_folder_and_yml(tmp_path: Path) -> None:
    _, problems = validate_bank(tmp_path / "nowhere")
    assert "not found" in problems[0].message
    (tmp_path / "empty").mkdir()
    _, problems = validate_bank(tmp_path / "empty")
    assert "no *.yaml files" in problems[0].message
    write(tmp_path / "yml", bank_text([REFLECT]), "01_a.yaml")
    write(tmp_path / "yml", bank_text([REWRITE]), "02_b.yml")
    _, problems = validate_bank(tmp_path / "yml")
    assert len(problems) == 1 and "rename it to end in .yaml" in problems[0].message


def test_problem_file_is_relative_to_cwd(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path / "bank", "")
    monkeypatch.chdir(tmp_path)
    _, problems = validate_bank(tmp_path / "bank")
    assert problems[0].file == "bank/01_test.yaml"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    field=st.sampled_from(sorted({k for e in GOOD for k in e} | {"options", "spots", "items"})),
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=6,
    ),
    index=st.integers(0, len(GOOD) - 1),
)
def test_any_value_in_any_field_never_crashes(tmp_path_factory, field, value, index) -> None:
    data = copy.deepcopy(GOOD)
    data[index][field] = value
    folder = tmp_path_factory.mktemp("fuzz")
    write(folder, bank_text(data))
    bank, problems = validate_bank(folder)
    assert (bank is None) == bool(problems)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab:-[]{}'\"#\n !&*|>%@`"))))
def test_any_text_never_crashes(tmp_path_factory, text) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    write(folder, text)
    bank, problems = validate_bank(folder)
    assert bank is None and problems


# ----------------------------------------------------------------------------- the command


def test_command_ok(good_bank: Path, capsys) -> None:
    assert validate_command([str(good_bank)]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("OK: 6 scenarios in 2 files (hope_and_wholeness 1, ")
    assert "mutuality 2" in out and "acknowledgement 0" in out
    assert len(out.splitlines()) == 1


def test_command_lists_problems(tmp_path: Path, capsys) -> None:
    write(tmp_path, bank_text(entries(e1=_drop("title"), e2=_set("type", "chose"))))
    assert validate_command([str(tmp_path)]) == 1
    captured = capsys.readouterr()
    _, problems = validate_bank(tmp_path)
    assert captured.out.splitlines() == [str(p) for p in problems]
    assert "2 problems found" in captured.err


def test_command_json(tmp_path: Path, capsys) -> None:
    write(tmp_path, bank_text(entries(e3=_set("type", "chose"))))
    assert validate_command([str(tmp_path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"scenarios", "per_value", "topics", "content_notes", "problems"}
    assert report["scenarios"] == 6
    assert list(report["per_value"]) == list(VALUES)
    assert report["per_value"]["mutuality"] == 2 and report["per_value"]["acknowledgement"] == 0
    assert report["problems"] == [
        {"file": str(tmp_path / "01_test.yaml"), "row": 3, "column": "type", "message": m}
        for m in [p["message"] for p in report["problems"]]
    ]


def test_command_json_when_clean(good_bank: Path, capsys) -> None:
    assert validate_command([str(good_bank), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["problems"] == [] and sum(report["per_value"].values()) == 6


def test_command_usage(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        validate_command(["--help"])
    assert caught.value.code == 0
    assert "python -m widgets validate" in capsys.readouterr().out
    with pytest.raises(SystemExit) as caught:
        validate_command(["--nope"])
    assert caught.value.code == 2


RUN = (
    "from widgets.tools.validate import validate_command; import sys; "
    "sys.exit(validate_command(sys.argv[1:]))"
)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", RUN, *args], cwd=REPO, capture_output=True, text=True, timeout=60
    )


def test_subprocess_exit_codes_and_no_traceback(good_bank: Path, tmp_path: Path) -> None:
    ok = _run(str(good_bank))
    assert ok.returncode == 0 and ok.stdout.startswith("OK: 6 scenarios")
    write(tmp_path / "bad", b"\xff\xfe not text")
    bad = _run(str(tmp_path / "bad"))
    assert bad.returncode == 1
    assert "not UTF-8" in bad.stdout and "Traceback" not in bad.stderr


# ----------------------------------------------------------------------------- labels and real bank


def test_required_labels_are_the_scorers() -> None:
    """The validator checks label names against the scorer, falling back to REQUIRED_LABELS."""
    from widgets.scoring import LABELS, REQUIRED_LABELS

    assert len(REQUIRED_LABELS) == len(set(REQUIRED_LABELS)) == 25
    assert set(REQUIRED_LABELS) <= set(LABELS)


def test_hard_topics_are_the_documented_seven() -> None:
    assert set(HARD_TOPICS) == {
        "self_harm",
        "suicide",
        "grief",
        "substance_use",
        "discrimination",
        "violence",
        "abuse",
    }


def test_real_bank_is_clean_and_covers_every_value() -> None:
    bank, problems = validate_bank(DATA_DIR / "scenarios")
    assert problems == [], "\n".join(map(str, problems))
    assert len(bank) >= 60
    counts = bank.to_frame()["value"].value_counts()
    thin = {v: int(counts.get(v, 0)) for v in VALUES if counts.get(v, 0) < 6}
    assert not thin, f"values with fewer than 6 scenarios: {thin}"
    for scenario in bank.values():
        if scenario.hard_topics:
            assert scenario.content_note


def test_schema_examples_are_valid(tmp_path: Path) -> None:
    """Every full example in SCHEMA.md must pass the checker, so the docs never drift."""
    schema = (REPO / "data" / "scenarios" / "SCHEMA.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(  - id: .*?)```", schema, flags=re.DOTALL)
    assert len(blocks) == 7
    text = "schema_version: 1\nscenarios:\n" + "".join(blocks)
    bank = load_bank(write(tmp_path, text))
    assert sorted(s.type for s in bank.values()) == sorted(
        ["rewrite", "choose", "sort", "spot", "reframe", "reflect", "dilemma"]
    )


def test_yaml_loader_keeps_lines_and_reads_like_safe_load():
    text = "# a comment\nschema_version: 1\nscenarios:\n  - id: a\n  - id: b\nwhen: 2024-01-02\n"
    node, data = load_yaml_nodes(text)
    assert data == yaml.safe_load(text)
    top = mapping_nodes(node)
    assert node_line(top["scenarios"][0]) == 3
    assert [node_line(item) for item in sequence_nodes(top["scenarios"][1])] == [4, 5]
    assert node_line(None) is None and mapping_nodes(None) == {} and sequence_nodes(node) == []
    assert load_yaml_nodes("# only a comment\n") == (None, None)
    with pytest.raises(yaml.YAMLError):
        load_yaml_nodes("a: [1, 2\n")
    with pytest.raises(yaml.YAMLError):
        load_yaml_nodes("!!python/object:os.system {}\n")  # safe: no arbitrary objects
