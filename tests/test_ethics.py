"""The ethics, confidentiality and boundaries module (issue 13, item 2).

Its scenarios validate; each case note the learner rewrites is one the scorer really flags for
the slips it asks to avoid, and each model answer is clean (it shows the targets and carries no
slip to avoid); every scenario is shown in the notebook; and the people in it are named nowhere
else in the bank.
"""

from __future__ import annotations

import re

import pytest

from widgets.content.scenarios import load_bank, validate_bank
from widgets.core.paths import REPO_DATA
from widgets.scoring import analyze

SCENARIOS = REPO_DATA / "scenarios"
FILE = SCENARIOS / "10_ethics_and_boundaries.yaml"
NOTEBOOK = REPO_DATA.parent / "course" / "10_ethics_and_boundaries.py"
BANK = load_bank(FILE)
FREE_TEXT = [s for s in BANK.values() if s.type in ("rewrite", "reframe")]
CASE_NOTES = [s for s in FREE_TEXT if "case_notes" in s.topics]
#: A person in a setting: "Teodor, 52, ..." (a name, then an age).
PERSON = re.compile(r"\b([A-Z][a-z]+), \d{1,2}\b")


def test_the_file_and_the_whole_bank_validate():
    for path in (FILE, SCENARIOS):
        _, problems = validate_bank(path)
        assert problems == [], "\n".join(map(str, problems))


def test_the_module_has_every_kind_of_practice_it_promises():
    kinds = [s.type for s in BANK.values()]
    assert len(kinds) >= 12
    assert {"rewrite", "choose", "sort", "spot", "reflect"} <= set(kinds)
    assert len([s for s in CASE_NOTES if s.type == "rewrite"]) >= 3
    topics = {t for s in BANK.values() for t in s.topics}
    for topic in ("confidentiality", "case_notes", "team_meetings", "social_media"):
        assert topic in topics, topic
    for topic in ("dual_relationships", "gifts", "money", "peer_worker", "boundaries"):
        assert topic in topics, topic


@pytest.mark.parametrize("scenario", CASE_NOTES, ids=lambda s: s.id)
def test_the_scorer_flags_every_case_note_draft_for_its_slips(scenario):
    found = analyze(scenario.draft).labels
    missed = [name for name in scenario.avoid_labels if name not in found]
    assert not missed, f"{scenario.id}: the draft is not flagged for {missed} (found {found})"


@pytest.mark.parametrize("scenario", FREE_TEXT, ids=lambda s: s.id)
def test_every_model_answer_shows_the_targets_and_no_slip(scenario):
    assert len(scenario.model_answers) >= 2, "give more than one form of a good answer"
    for model in scenario.model_answers:
        analysis = analyze(model.text)
        missing = [name for name in scenario.target_labels if not analysis.shows(name)]
        slips = [name for name in scenario.avoid_labels if name in analysis.labels]
        assert not missing and not slips, (scenario.id, model.text, missing, slips)


@pytest.mark.parametrize("scenario", FREE_TEXT, ids=lambda s: s.id)
def test_every_draft_carries_a_slip_the_scorer_names(scenario):
    found = analyze(scenario.draft).labels
    assert set(scenario.avoid_labels) & found, (scenario.id, found)


def test_every_case_note_model_answer_uses_the_persons_name():
    for scenario in CASE_NOTES:
        (name,) = PERSON.findall(scenario.setting)
        for model in scenario.model_answers:
            assert name in model.text, (scenario.id, model.text)
            assert not re.search(r"\b(client|service user|pt|patient)\b", model.text, re.I)


def test_the_notebook_shows_every_scenario_once():
    shown = re.findall(r"""^show\(["']([a-z0-9-]+)["']\)""", NOTEBOOK.read_text("utf-8"), re.M)
    assert sorted(shown) == sorted(BANK), set(shown) ^ set(BANK)


def test_the_people_are_named_nowhere_else_in_the_bank():
    names = {n for s in BANK.values() for n in PERSON.findall(s.setting or "")}
    assert len(names) >= 12
    for path in sorted(SCENARIOS.glob("*.yaml")):
        if path == FILE:
            continue
        text = path.read_text(encoding="utf-8")
        clash = sorted(n for n in names if re.search(rf"\b{n}\b", text))
        assert not clash, f"{path.name} also names {clash}"
