"""What the scenario bank says, not only its shape: whose lives it shows, names, model answers
that state only what a scenario gives and pass the course's own feedback, harm reduction, and
the checker's `validate --json` summary of topics and content notes."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from widgets.content.scenarios import HARD_TOPICS, load_bank, norm_topic, validate_bank
from widgets.core.paths import REPO_DATA
from widgets.tools.validate import validate_command

REPO = REPO_DATA.parent
COURSE = REPO / "course"
BANK = load_bank()

#: Every one of these lives must be in the bank, with a `topics` tag spelt this way.
REQUIRED_TOPICS = (
    "depression", "anxiety", "substance_use", "alcohol", "hearing_voices", "self_harm",
    "domestic_abuse", "veterans", "deaf", "learning_disability", "dementia", "grief",
    "psychosis", "eating_disorders", "gambling", "lgbtq", "racism", "disability",
    "older_adults", "young_people", "rural",
)  # fmt: skip
#: A person introduced as "Name, age" (Mr/Mrs/Ms included): the way the bank names people.
NAMED = re.compile(
    r"\b((?:Mr|Mrs|Ms|Miss|Dr) [A-Z][a-z]+|[A-Z][a-zà-ÿ]+(?:[- ][A-Z][a-z]+)?), (\d{1,3})\b"
)


# --- the checker: model answers read by the course's own feedback --------------------------------


def bank_file(folder: Path, entries: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "01_test.yaml"
    doc = {"schema_version": 1, "scenarios": entries}
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def rewrite(sid: str = "mutuality-rewrite-test", answers=("What has helped before?",), **more):
    entry = {
        "id": sid,
        "values": ["mutuality"],
        "type": "rewrite",
        "title": "A test",
        "prompt": "Rewrite it as one open question.",
        "draft": "You should try yoga.",
        "target_labels": ["open_question"],
        "avoid_labels": ["advice"],
        "model_answers": [{"text": a, "why": "Because."} for a in answers],
        "hints": ["Start with 'what'."],
    }
    entry.update(more)
    return entry


def model_answer_problems(tmp_path: Path, entry: dict) -> list:
    bank_file(tmp_path, [entry])
    _, problems = validate_bank(tmp_path)
    return [p for p in problems if p.column == "model_answers"]


def test_a_model_answer_without_a_target_label_is_named(tmp_path):
    problems = model_answer_problems(
        tmp_path, rewrite(answers=("What has helped before?", "That sounds hard."))
    )
    assert len(problems) == 1
    problem = problems[0]
    assert problem.file.endswith("01_test.yaml") and problem.row == 1
    message = problem.message
    assert message.startswith("model answer 2 (line ")
    assert "does not show open question ('open_question'), a target label" in message
    assert "widgets score" in message and "target_labels" in message
    assert "wrong" not in message.lower()


def test_a_model_answer_with_a_slip_to_avoid_is_named_with_its_words(tmp_path):
    problems = model_answer_problems(
        tmp_path, rewrite(answers=("What has helped? You should rest more.",))
    )
    assert len(problems) == 1
    message = problems[0].message
    assert "model answer 1" in message and "advice ('advice')" in message
    assert '"You should"' in message and "a label to avoid" in message


def test_a_target_label_taken_back_in_the_same_sentence_is_named(tmp_path):
    entry = rewrite(
        target_labels=["reflection"],
        avoid_labels=["advice"],
        answers=("That sounds really lonely, but everyone goes through this, so you're fine.",),
    )
    (problem,) = model_answer_problems(tmp_path, entry)
    assert "takes it back" in problem.message and "reflection" in problem.message


def test_scenarios_without_target_or_avoid_labels_are_not_read(tmp_path):
    entry = {
        "id": "curiosity-choose-test",
        "values": ["curiosity"],
        "type": "choose",
        "title": "A test",
        "prompt": "Which one?",
        "options": [
            {"text": "What helps?", "best": True, "why": "Open."},
            {"text": "You should rest.", "why": "Advice."},
            {"text": "At least it's Friday.", "why": "Minimising."},
        ],
        "model_answers": [{"text": "You should rest.", "why": "Not checked: no labels."}],
        "hints": ["Which is open?"],
    }
    assert model_answer_problems(tmp_path, entry) == []


def test_every_model_answer_in_the_bank_passes_its_own_exercise():
    _, problems = validate_bank()
    assert [str(p) for p in problems] == []


# --- validate --json: topics and content notes ---------------------------------------------------


def test_validate_json_counts_topics_and_content_notes(tmp_path, capsys):
    noted = rewrite(
        "mutuality-rewrite-noted",
        topics=["Substance use", "alcohol"],
        content_note="This mentions drinking. Skip it if today isn't the day.",
    )
    unnoted = rewrite("mutuality-rewrite-unnoted", topics=["grief", "older-adults"])
    plain = rewrite("mutuality-rewrite-plain", topics=["alcohol"])
    bank_file(tmp_path, [noted, unnoted, plain])
    assert validate_command([str(tmp_path), "--json"]) == 1  # the missing note is a problem
    report = json.loads(capsys.readouterr().out)
    assert report["topics"] == {"alcohol": 2, "grief": 1, "older_adults": 1, "substance_use": 1}
    notes = report["content_notes"]
    assert notes["count"] == 1 and notes["hard_topic_scenarios"] == 2
    assert notes["missing"] == [
        {
            "file": str(tmp_path / "01_test.yaml"),
            "row": 2,
            "id": "mutuality-rewrite-unnoted",
            "hard_topics": ["grief"],
        }
    ]
    assert [p["column"] for p in report["problems"]] == ["content_note"]


def test_validate_json_on_the_real_bank(capsys):
    assert validate_command(["--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["content_notes"]["missing"] == []
    assert report["content_notes"]["count"] >= report["content_notes"]["hard_topic_scenarios"]
    assert list(report["topics"]) == sorted(report["topics"])
    assert sum(report["per_value"].values()) == report["scenarios"] == len(BANK)


# --- whose lives --------------------------------------------------------------------------------


def topic_ids() -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for scenario in BANK.values():
        for topic in {norm_topic(t) for t in scenario.topics}:
            found[topic].append(scenario.id)
    return found


@pytest.mark.parametrize("topic", REQUIRED_TOPICS)
def test_the_bank_shows_this_life(topic):
    assert topic_ids().get(topic), f"no scenario lists the topic {topic!r}"


def test_the_value_files_hold_mental_health_and_substance_use_as_lived():
    topics = topic_ids()
    lived = {
        sid
        for topic in (
            "depression",
            "anxiety",
            "psychosis",
            "hearing_voices",
            "eating_disorders",
            "self_harm",
            "substance_use",
            "alcohol",
            "gambling",
        )  # fmt: skip
        for sid in topics.get(topic, ())
    }
    assert len(lived) >= 20
    assert len(topics["work"]) <= len(BANK) // 6 and len(topics["housing"]) <= len(BANK) // 8


def test_every_hard_topic_has_a_content_note():
    for scenario in BANK.values():
        if set(map(norm_topic, scenario.topics)) & set(HARD_TOPICS):
            assert scenario.content_note, scenario.id


def test_black_characters_appear_in_ordinary_moments_too():
    black = [s for s in BANK.values() if re.search(r"\bBlack\b", s.setting or "")]
    ordinary = [
        s for s in black if "racism" not in map(norm_topic, s.topics) and "faith" not in s.topics
    ]
    assert len(ordinary) >= 3, [s.id for s in black]


def test_rural_lives_include_women_and_young_people():
    rural = [s for s in BANK.values() if "rural" in s.topics]
    assert any("women" in s.topics for s in rural)
    assert any("young_people" in s.topics and "women" in s.topics for s in rural)


# --- names --------------------------------------------------------------------------------------


def roleplay_texts() -> list[tuple[str, str]]:
    return [
        (p.stem, p.read_text(encoding="utf-8")) for p in (REPO_DATA / "roleplays").glob("*.yaml")
    ]


def scenario_text(scenario) -> str:
    parts = [scenario.setting, scenario.peer_says, scenario.prompt, scenario.draft]
    parts += [m.text for m in scenario.model_answers] + [o.text for o in scenario.options]
    return " ".join(p for p in parts if p)


def test_every_person_has_a_name_of_their_own():
    """A name used for two people makes learners think they are one; role-plays count too."""
    people: dict[str, set[str]] = defaultdict(set)
    for scenario in BANK.values():
        for text in (scenario.setting or "", scenario.peer_says or ""):
            for found in NAMED.finditer(text):
                people[found.group(1)].add(scenario.id)
    for name, text in roleplay_texts():
        for found in NAMED.finditer(text):
            people[found.group(1)].add(f"roleplay:{name}")
    reused = {name: sorted(where) for name, where in people.items() if len(where) > 1}
    assert not reused, reused
    assert len(people) >= 100
    for scenario in BANK.values():  # nor as somebody else in another scenario
        words = set(re.findall(r"[A-Z][a-zà-ÿ]+", scenario_text(scenario)))
        for name, where in people.items():
            if " " not in name and name in words:
                assert where == {scenario.id}, (name, where, scenario.id)


# --- model answers ------------------------------------------------------------------------------


def free_text_answers() -> list[str]:
    return [
        m.text for s in BANK.values() if s.type in ("rewrite", "reframe") for m in s.model_answers
    ]


def all_answers() -> list[str]:
    return [m.text for s in BANK.values() for m in s.model_answers]


def test_model_answers_vary_in_form():
    answers = free_text_answers()
    template = [a for a in answers if re.match(r"(?i)it sounds like\b", a)]
    without_question = [a for a in answers if "?" not in a]
    assert len(template) <= len(answers) // 6, template
    assert len(without_question) >= len(answers) // 5  # a reflection, an affirmation, a silence
    assert any(re.search(r"(?i)would you like .+, or ", a) for a in all_answers())


@pytest.mark.parametrize(
    "invented",
    [
        "got through tight weeks before",  # Jess never said so
        "has come through a lot",  # nobody told us
        "kept showing up for your patients",
        "got them somewhere safe",
        "better than anyone",
    ],
)
def test_no_model_answer_invents_these_facts(invented):
    assert not [a for a in all_answers() if invented in a]


def test_the_relapse_answer_says_the_safety_facts_without_judgement():
    answers = " ".join(m.text for m in BANK["hope-rewrite-eight-months"].model_answers).lower()
    assert "overdose" in answers and "tolerance" in answers
    assert "not to use alone" in answers and "naloxone" in answers
    assert "naloxone" in (BANK["hope-rewrite-eight-months"].setting or "").lower()


def test_harm_reduction_wherever_drugs_are_used():
    for sid in (
        "self-determination-rewrite-clean-kit",
        "respect-dignity-equity-sort-harm-reduction",
    ):
        scenario = BANK[sid]
        text = scenario_text(scenario).lower() + " ".join(i.text for i in scenario.items).lower()
        assert "naloxone" in text, sid


# --- the notebooks ------------------------------------------------------------------------------


def notebook(name: str) -> str:
    return next(COURSE.glob(f"{name}*.py")).read_text(encoding="utf-8")


def test_every_scenario_is_shown_in_a_notebook():
    shown = set()
    for path in COURSE.glob("*.py"):
        shown |= set(re.findall(r'show\("([^"]+)"\)', path.read_text(encoding="utf-8")))
    assert not [sid for sid in BANK if sid not in shown]


def test_the_acknowledgement_quote_keeps_to_know():
    for path in COURSE.glob("*.py"):
        text = re.sub(r"\s*\n#\s*", " ", path.read_text(encoding="utf-8"))
        assert "long to be seen" not in text, path.name
    assert "All human beings long to know and be known" in re.sub(
        r"\s*\n#\s*", " ", notebook("12_")
    )


def test_the_core_values_document_is_named_not_called_seed_text():
    for path in COURSE.glob("*.py"):
        assert "seed text" not in path.read_text(encoding="utf-8").lower(), path.name


def test_trauma_informed_practice_uses_the_six_principles():
    text = notebook("06_")
    for principle in (
        "Trustworthiness and transparency",
        "Peer support",
        "Collaboration and mutuality",
        "Empowerment, voice and choice",
        "Cultural, historical and gender issues",
    ):
        assert f"**{principle}**" in text
    sort = BANK["respect-dignity-equity-sort-trauma-informed"]
    assert len(sort.categories) == 6
    assert "five ideas" not in text.replace("names five ideas: safety", "")


def test_self_care_teaches_vicarious_trauma_and_supervision():
    text = notebook("07_")
    assert "Vicarious trauma" in text and "supervision" in text.lower()
    assert 'show("belonging-and-community-choose-other-peoples-stories")' in text


def test_the_british_glossary_is_there_and_linked_from_the_welcome():
    glossary = (REPO / "docs" / "glossary.md").read_text(encoding="utf-8")
    for term in ("GP", "Council", "£", "A&E", "Naloxone", "Allotment"):
        assert term in glossary
    assert "(../docs/glossary.md)" in notebook("00_")
