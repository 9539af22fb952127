"""Crisis and safety (issue 13, item 1): the crisis contacts file and box, and notebook 09's bank.

The contacts file ships empty on purpose: the box must then say so plainly and give only the
generic "call your local emergency number" line, never a number nobody wrote. A malformed file
names the file, row and column of every mistake and still shows the generic line. Everything a
trainer writes is escaped. Every scenario in 09 has a content note, and the model answers of the
safety rewrites are recognised as a direct, caring safety question.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from widgets import exercises
from widgets.content import crisis
from widgets.content.scenarios import load_bank
from widgets.core.datafiles import DataFileError
from widgets.core.paths import COURSE_DIR, REPO_DATA
from widgets.core.text import t
from widgets.exercises import crisis_contacts
from widgets.scoring import analyze

SCENARIO_FILE = REPO_DATA / "scenarios" / "09_crisis_and_safety.yaml"
NOTEBOOK = COURSE_DIR / "09_crisis_and_safety.py"
GENERIC = "If someone's life is in danger right now, call your local emergency number."

GOOD = """\
schema_version: 1
area: "Testshire & <Vale>"
checked: "May 2025"
emergency: "999"
policy: "Ring the duty manager <script>alert('x')</script>"
contacts:
  - name: "Night <b>Line</b> & friends"
    phone: "0800 000 0001"
    hours: "24 hours"
    who: "anyone"
    note: "<img src=x onerror=alert(1)>"
  - name: Text only
    text: "text HELLO to 00000"
  - name: Web only
    web: "javascript:alert(1).example"
"""


@pytest.fixture(autouse=True)
def _fresh():
    exercises.reset()
    yield
    exercises.reset()


def write(tmp_path: Path, text: str, name: str = "crisis_contacts.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def plain(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


# --- the file the course ships ------------------------------------------------------------------


def test_the_shipped_file_loads_validates_and_is_not_filled_in():
    contacts = crisis.load_contacts()
    assert not contacts.filled_in and contacts.contacts == () and contacts.emergency == ""
    assert contacts.source.endswith("crisis_contacts.yaml")
    assert crisis.main([]) == 0


def test_the_shipped_file_holds_no_phone_number():
    """It ships with none on purpose: a wrong or made-up number is worse than none."""
    text = (REPO_DATA / "crisis_contacts.yaml").read_text(encoding="utf-8")
    assert not re.search(r"\d[\d ]{4,}\d", text)


def test_the_shipped_box_says_plainly_that_nothing_is_filled_in():
    box = crisis_contacts()
    said = plain(box.data)
    assert GENERIC in said and t("crisis.not_filled") in said and t("crisis.ask") in said
    assert not re.search(r"\d{3}", said), said  # no number anywhere
    assert GENERIC in repr(box) and t("crisis.not_filled") in repr(box)


# --- a filled-in file ---------------------------------------------------------------------------


def test_a_filled_in_file_is_read_in_order(tmp_path):
    contacts = crisis.load_contacts(write(tmp_path, GOOD))
    assert contacts.filled_in and contacts.emergency == "999"
    assert [c.name for c in contacts.contacts] == [
        "Night <b>Line</b> & friends",
        "Text only",
        "Web only",
    ]
    first = contacts.contacts[0]
    assert (first.phone, first.hours, first.who) == ("0800 000 0001", "24 hours", "anyone")


def test_trainer_text_is_escaped_in_the_box_and_nothing_becomes_a_link(tmp_path):
    box = crisis_contacts(write(tmp_path, GOOD))
    page = box.data
    for raw in ("<b>Line</b>", "<script>", "<img", "<Vale>"):
        assert raw not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<a " not in page and "href" not in page  # a web address stays plain text
    said = plain(page)
    assert "call 999." in said and GENERIC not in said
    assert "0800 000 0001" in said and "javascript:alert(1).example" in said
    assert t("crisis.intro_area", area="Testshire & <Vale>") in said
    assert t("crisis.checked", checked="May 2025") in said
    assert t("crisis.not_filled") not in said


def test_the_box_is_an_accessible_region_that_does_not_rely_on_colour(tmp_path):
    page = crisis_contacts(write(tmp_path, GOOD)).data
    assert page.startswith("<div") and 'role="region"' in page
    assert f'aria-label="{t("crisis.region")}"' in page
    assert "<h3>" in page and "border:" in page
    assert page.count("<li>") == 3  # one list item per contact: read out as a list


# --- an empty or missing file -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "# only comments\n# here\n", "schema_version: 1\ncontacts: []\n"],
    ids=["empty", "blank lines", "comments", "no contacts"],
)
def test_an_empty_file_shows_the_generic_line(tmp_path, text):
    path = write(tmp_path, text)
    contacts, problems = crisis.read_contacts(path)
    assert problems == [] and not contacts.filled_in
    said = plain(crisis_contacts(path).data)
    assert GENERIC in said and t("crisis.not_filled") in said


def test_a_missing_file_shows_the_generic_line(tmp_path):
    said = plain(crisis_contacts(tmp_path / "nowhere.yaml").data)
    assert GENERIC in said and t("crisis.not_filled") in said


# --- a malformed file ---------------------------------------------------------------------------

MALFORMED = [
    ("emergncy: '999'\n", None, "emergncy", "did you mean 'emergency'"),
    ("schema_version: 2\n", None, "schema_version", "should be 1"),
    ("contacts: {name: A}\n", None, "contacts", "should be a list"),
    ("emergency: 999\n", None, "emergency", 'as it is dialled: emergency: "999"'),
    ("emergency: 'ring 999'\n", None, "emergency", "not a number to dial"),
    ("area: [a, b]\n", None, "area", "should be text"),
    ("policy: yes\n", None, "policy", "yes/no"),
    ("contacts:\n  - name: A\n", 1, "phone", "at least one way to reach it"),
    ("contacts:\n  - phone: '0800'\n", 1, "name", "needs a name"),
    ("contacts:\n  - name: A\n    phone: 0101\n", 1, "phone", "here it became 65"),
    ("contacts:\n  - name: A\n    phone: 'any time'\n", 1, "phone", "not a number to dial"),
    ("contacts:\n  - name: A\n    web: 'not a site'\n", 1, "web", "does not look like a web"),
    ("contacts:\n  - name: A\n    phone: '1'\n  - name: B\n    fone: '2'\n", 2, "fone", "phone"),
    ("contacts:\n  - name: A\n    phone: '1'\n  - just words\n", 2, None, "should be a contact"),
]


@pytest.mark.parametrize(("text", "row", "column", "words"), MALFORMED)
def test_a_malformed_file_names_file_row_and_column(tmp_path, text, row, column, words):
    path = write(tmp_path, "schema_version: 1\n" + text if "schema_version" not in text else text)
    with pytest.raises(DataFileError) as caught:
        crisis.load_contacts(path)
    problems = caught.value.problems
    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.file.endswith("crisis_contacts.yaml")
    assert (problem.row, problem.column) == (row, column)
    assert words in problem.message and "(line " in problem.message


def test_every_problem_is_listed_at_once_with_its_line(tmp_path):
    path = write(
        tmp_path,
        "schema_version: 1\n"  # line 1
        "emergncy: '999'\n"  # line 2
        "contacts:\n"  # line 3
        "  - name: Good line\n"  # line 4
        "    phone: '0800 000 0001'\n"  # line 5
        "  - name: B\n"  # line 6
        "    colour: red\n",  # line 7
    )
    contacts, problems = crisis.read_contacts(path)
    assert [(p.row, p.column) for p in problems] == [(None, "emergncy"), (2, "colour")]
    assert "(line 2)" in problems[0].message and "(line 7)" in problems[1].message
    assert not contacts.filled_in  # nothing half-shown from a file with mistakes


def test_broken_yaml_names_the_line(tmp_path):
    path = write(tmp_path, "contacts:\n  - name: [unclosed\n")
    _, problems = crisis.read_contacts(path)
    assert len(problems) == 1 and problems[0].row is not None
    assert "not valid YAML" in problems[0].message


def test_a_malformed_file_still_shows_the_generic_line_and_the_problems(tmp_path):
    path = write(
        tmp_path,
        "schema_version: 1\nemergency: '112'\ncontacts:\n"
        "  - name: Good line\n    phone: '0800 000 0001'\n  - name: <b>Bad</b>\n",
    )
    box = crisis_contacts(path)
    said = plain(box.data)
    assert GENERIC in said
    assert "0800 000 0001" not in said and "call 112" not in said  # no half-read numbers
    assert t("crisis.problems", n=1) in said and "row 2" in said and "column 'phone'" in said
    assert "<b>Bad</b>" not in box.data
    assert GENERIC in repr(box) and "row 2" in repr(box)


def test_a_fixed_file_shows_without_a_restart_and_a_good_one_is_read_once(tmp_path):
    path = write(tmp_path, "schema_version: 1\ncontacts:\n  - name: A\n")
    assert "row 1" in plain(crisis_contacts(path).data)
    path.write_text("schema_version: 1\ncontacts:\n  - name: A\n    phone: '123'\n", "utf-8")
    assert "Phone: 123" in plain(crisis_contacts(path).data)
    path.write_text("schema_version: 1\ncontacts:\n  - name: A\n    phone: '456'\n", "utf-8")
    assert "Phone: 123" in plain(crisis_contacts(path).data)  # read once per process
    exercises.reset()
    assert "Phone: 456" in plain(crisis_contacts(path).data)


def test_the_checker_command_says_ok_or_lists_problems(tmp_path, capsys):
    assert crisis.main([str(write(tmp_path, GOOD))]) == 0
    assert capsys.readouterr().out.startswith("OK: ")
    assert crisis.main([str(write(tmp_path, "schema_version: 1\nfoo: bar\n", "bad.yaml"))]) == 1
    assert "column 'foo'" in capsys.readouterr().out


# --- the notebook's scenarios -------------------------------------------------------------------


def crisis_scenarios():
    bank = load_bank()
    found = [s for s in bank.values() if Path(s.source).name == SCENARIO_FILE.name]
    assert found, "no scenarios from 09_crisis_and_safety.yaml"
    return found


def test_the_module_has_enough_scenarios_of_every_kind():
    scenarios = crisis_scenarios()
    assert len(scenarios) >= 12
    assert {"rewrite", "choose", "sort", "spot", "reflect"} <= {s.type for s in scenarios}
    assert all(s.id.startswith("crisis-") for s in scenarios)


def test_every_scenario_in_09_has_a_content_note_and_topics():
    for s in crisis_scenarios():
        assert s.content_note and s.content_note.strip(), s.id
        assert "skip" in s.content_note.lower(), s.id
        assert s.topics, s.id


def test_the_topics_the_issue_asks_for_are_covered():
    topics = {topic for s in crisis_scenarios() for topic in s.topics}
    wanted = {"suicide", "self_harm", "hearing_voices", "hospital", "involuntary_care"}
    assert wanted | {"substance_use", "abuse"} <= topics


def safety_rewrites():
    return [s for s in crisis_scenarios() if "safety_check" in s.target_labels]


def test_there_are_safety_rewrites_turning_slips_into_a_direct_question():
    rewrites = safety_rewrites()
    assert len(rewrites) >= 4
    for s in rewrites:
        assert s.type == "rewrite"
        assert set(s.avoid_labels) & {"minimizing", "leading_question", "advice"}, s.id


@pytest.mark.parametrize("scenario", safety_rewrites(), ids=lambda s: s.id)
def test_the_model_answers_of_the_safety_rewrites_are_recognised_as_safety_checks(scenario):
    for model in scenario.model_answers:
        analysis = analyze(model.text)
        assert analysis.shows("safety_check"), model.text
        assert not set(scenario.avoid_labels) & set(analysis.labels), model.text
    assert not analyze(scenario.draft).shows("safety_check"), scenario.draft


def test_each_person_has_a_name_of_their_own_across_the_bank():
    """Every person in a 09 scenario is named once in 09 and nowhere else in the bank."""
    names = []
    for s in crisis_scenarios():
        found = re.findall(r"\b([A-Z][a-z]+), \d+\b", s.setting or "")
        names += found
    assert len(names) == len(set(names)) >= 12, names
    others = [p for p in SCENARIO_FILE.parent.glob("*.yaml") if p != SCENARIO_FILE]
    for path in others:
        text = path.read_text(encoding="utf-8")
        clash = [n for n in names if re.search(rf"\b{n}\b", text)]
        assert not clash, f"{path.name} also names {clash}"


#: Words that would name a method of suicide or self-harm: never in this module, in any form.
METHOD_WORDS = re.compile(
    r"\b(overdos\w*|pills?|tablets?|ligature\w*|hang(s|ed|ing)?|noose|razor\w*|blades?"
    r"|cut(s|ting)?|poison\w*|jump(s|ed|ing)?|bridge|firearms?|guns?|rope)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("path", [SCENARIO_FILE, NOTEBOOK], ids=lambda p: p.name)
def test_the_module_never_names_a_method(path):
    found = sorted({m.group(0).lower() for m in METHOD_WORDS.finditer(path.read_text("utf-8"))})
    assert not found, f"{path.name} names {found}"


def test_the_notebook_shows_the_contacts_near_the_top_and_at_the_end():
    source = NOTEBOOK.read_text(encoding="utf-8")
    code = [c for c in source.split("# %%")[1:] if not c.lstrip().startswith("[markdown]")]
    assert 'start("09_crisis_and_safety")' in code[0]  # the first cell: how to start
    assert "crisis_contacts()" in code[1]
    assert any("crisis_contacts()" in c for c in code[-2:])
    shown = re.findall(r'show\("([a-z0-9-]+)"\)', source)
    assert sorted(shown) == sorted(s.id for s in crisis_scenarios())
