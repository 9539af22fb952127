"""The role-play: its data file is checked, every branch ends, replies are scored and summarised,
and the widget works headless (buttons clicked, text typed, escaped HTML read back)."""

from __future__ import annotations

import copy
import html
from pathlib import Path

import ipywidgets as widgets
import pytest
import yaml

from widgets.content import roleplay as rp
from widgets.content.roleplay import (
    RolePlay,
    RolePlayError,
    check_roleplay,
    load_roleplay,
)
from widgets.core.datafiles import DataFileError
from widgets.core.text import t
from widgets.core.values import VALUES
from widgets.exercises import personal_summary, roleplay
from widgets.scoring import LABELS, analyze
from widgets.store import get_store, reset_store
from widgets.tools.validate import roleplay_command
from widgets.ui.base import reset_notice

HOSTILE = "<img src=x onerror=alert(1)>"
GOOD_FILE = rp.ROLEPLAY_DIR / "closing.yaml"
PEERLIKE = "It sounds like the quiet is a lot. What has it been like for you?"


@pytest.fixture(autouse=True)
def clean_home(tmp_path, monkeypatch):
    """Each test gets its own progress file, a fresh shared store and no remembered role-play."""
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "home"))
    reset_store()
    reset_notice()
    yield
    reset_store()


@pytest.fixture(scope="module")
def script():
    return load_roleplay("closing")


@pytest.fixture
def raw():
    """The good file as plain data, to break one thing at a time."""
    return yaml.safe_load(GOOD_FILE.read_text(encoding="utf-8"))


def rt(key: str, **fields: object) -> str:
    """A role-play UI phrase: ``roleplay.<key>`` in data/text."""
    return t(f"roleplay.{key}", **fields)


def words(key: str) -> str:
    """A role-play UI phrase as it appears inside (escaped) HTML."""
    return html.escape(rt(key))


def write(tmp_path: Path, data: dict, name: str = "closing") -> Path:
    folder = tmp_path / "roleplays"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def node_of(data: dict, node_id: str) -> dict:
    return next(n for n in data["nodes"] if n["id"] == node_id)


def problems_for(path: Path) -> list[str]:
    problems = check_roleplay(path)
    with pytest.raises(DataFileError):
        load_roleplay(path)
    return [str(p) for p in problems]


def walk_all(script, *, reply: str = PEERLIKE):
    """Every path through the conversation: each choice, a typed reply, and a skip at each turn."""
    finished = []

    def go(actions: list):
        play = RolePlay(script)
        for kind, arg in actions:
            getattr(play, kind)(*arg)
        if play.finished:
            finished.append(play)
            return
        assert len(actions) < 30, f"no end after {play.path}"
        node = play.node
        if node.kind == "choice":
            for i in range(len(node.choices)):
                go([*actions, ("choose", (i,))])
        else:
            go([*actions, ("reply", (reply,))])
        go([*actions, ("skip", ())])

    go([])
    return finished


def all_html(widget) -> str:
    """Every piece of HTML and text a widget tree shows (values, descriptions, tooltips)."""
    parts = []
    if isinstance(widget, widgets.HTML):
        parts.append(widget.value)
    for attr in ("description", "tooltip", "placeholder"):
        value = getattr(widget, attr, None)
        if isinstance(value, str):
            parts.append(value)
    for child in getattr(widget, "children", ()):
        parts.append(all_html(child))
    return "\n".join(parts)


def buttons(widget) -> dict[str, widgets.Button]:
    found = {}
    if isinstance(widget, widgets.Button):
        found[widget.description] = widget
    for child in getattr(widget, "children", ()):
        found.update(buttons(child))
    return found


def textarea(widget) -> widgets.Textarea | None:
    if isinstance(widget, widgets.Textarea):
        return widget
    for child in getattr(widget, "children", ()):
        found = textarea(child)
        if found is not None:
            return found
    return None


# --- the data file ---------------------------------------------------------------------------


def test_good_file_loads_with_every_value_and_a_documented_schema(script):
    assert check_roleplay("closing") == []
    assert script.id == "closing" and script.start == "hello"
    assert set(script.next_steps) == set(VALUES)
    assert script.content_note and script.peer_name == "Dara"
    assert len(script.endings()) >= 2
    assert "Schema" in GOOD_FILE.read_text(encoding="utf-8")[:2000]
    kinds = {n.kind for n in script.nodes.values()}
    assert kinds == {"choice", "free", "end"}
    for node in script.nodes.values():
        if node.kind == "choice":
            assert 2 <= len(node.choices) <= 4
            assert all(c.why and c.labels for c in node.choices)
    practised = {v for n in script.nodes.values() for v in n.values}
    assert practised == set(VALUES)


def test_main_path_is_six_to_eight_turns(script):
    play = RolePlay(script)
    play.choose(0)
    play.reply(PEERLIKE)
    while not play.finished:
        if play.node.kind == "choice":
            play.choose(0)
        else:
            play.reply(PEERLIKE)
    assert 6 <= len(play.transcript) <= 8
    assert play.node.id == "end-together"


def test_declared_labels_are_what_the_scorer_finds(script):
    """The labels a choice shows are the ones the feedback would find in its words."""
    for node in script.nodes.values():
        for choice in node.choices:
            found = analyze(choice.text).labels
            assert set(choice.labels) <= found, (node.id, choice.text, found)


def test_model_answers_show_what_the_turn_looks_for(script):
    for node in script.nodes.values():
        if node.kind != "free":
            continue
        labels = analyze(node.model_answer.text).labels
        assert labels & set(node.look_for), node.id
        assert not labels & set(node.avoid), node.id


def test_hard_turns_have_a_content_note(script):
    assert script["strengths"].content_note


@pytest.mark.parametrize(
    "breakage, field, node",
    [
        (
            lambda d: node_of(d, "hello")["choices"][1].update(next="nowhere"),
            "choices[2].next",
            "hello",
        ),
        (
            lambda d: node_of(d, "sister")["choices"][0].update(labels=["advise"]),
            "choices[1].labels",
            "sister",
        ),
        (lambda d: node_of(d, "home").pop("model_answer"), "model_answer", "home"),
        (lambda d: node_of(d, "group").update(kind="chioce"), "kind", "group"),
        (lambda d: node_of(d, "pried")["choices"].pop(), "choices", "pried"),
        (lambda d: node_of(d, "closing").update(next="home"), "next", "closing"),
        (lambda d: node_of(d, "end-left").update(choices=[]), "choices", "end-left"),
        (lambda d: node_of(d, "home").update(values=["hope"]), "values", "home"),
        (lambda d: node_of(d, "leaving").update(peer_says=""), "peer_says", "leaving"),
        (lambda d: node_of(d, "home").update(look_for=[]), "look_for", "home"),
    ],
)
def test_broken_files_name_file_node_and_field(tmp_path, raw, breakage, field, node):
    data = copy.deepcopy(raw)
    breakage(data)
    path = write(tmp_path, data)
    problems = check_roleplay(path)
    assert problems, "the break went unnoticed"
    match = [p for p in problems if p.column == field]
    assert match, [str(p) for p in problems]
    text = str(match[0])
    assert "closing.yaml" in text and f"node '{node}'" in text and field in text
    assert match[0].row is not None and "line " in text
    with pytest.raises(DataFileError):
        load_roleplay(path)


def test_loop_and_unreachable_nodes_are_reported(tmp_path, raw):
    data = copy.deepcopy(raw)
    node_of(data, "closing")["next"] = "home"
    loops = problems_for(write(tmp_path, data))
    assert any("loops back" in p and "home" in p for p in loops)
    data = copy.deepcopy(raw)
    node_of(data, "pried")["choices"][0]["next"] = "end-together"
    node_of(data, "pried")["choices"][1]["next"] = "end-together"
    node_of(data, "group")["choices"][2]["next"] = "closing"
    node_of(data, "group")["choices"][3]["next"] = "closing"
    orphan = problems_for(write(tmp_path, data))
    assert any("node 'pried'" in p and "can't be reached" in p for p in orphan)


def test_every_problem_is_listed_at_once(tmp_path, raw):
    data = copy.deepcopy(raw)
    data["next_steps"].pop("curiosity")
    data["nodes"].append(copy.deepcopy(node_of(data, "end-left")))
    data["start"] = "helo"
    data["colour"] = "blue"
    problems = [str(p) for p in problems_for(write(tmp_path, data))]
    assert any("next_steps.curiosity" in p for p in problems)
    assert any("used by more than one node" in p and "end-left" in p for p in problems)
    assert any("'start'" in p and "did you mean 'hello'" in p for p in problems)
    assert any("unknown field 'colour'" in p for p in problems)


def test_broken_yaml_missing_file_and_wrong_id(tmp_path, raw):
    folder = tmp_path / "roleplays"
    folder.mkdir()
    bad = folder / "bad.yaml"
    bad.write_text("schema_version: 1\nnodes:\n  - id: a\n   kind: [\n", encoding="utf-8")
    (problem,) = check_roleplay(bad)
    assert (
        "bad.yaml" in problem.file and "not valid YAML" in str(problem) and "line" in str(problem)
    )
    (missing,) = check_roleplay(folder / "nope.yaml")
    assert "not found" in str(missing)
    renamed = write(tmp_path, raw, name="other")
    assert any(p.column == "id" and "file name" in str(p) for p in check_roleplay(renamed))


# --- the conversation ------------------------------------------------------------------------


def test_every_branch_reaches_an_end(script):
    finished = walk_all(script)
    endings = {play.node.id for play in finished}
    assert endings == set(script.endings())
    visited = {nid for play in finished for nid in play.path}
    assert visited == set(script.nodes)
    for play in finished:
        assert play.finished and len(play.transcript) <= 12
        summary = play.summary_per_value()
        assert list(summary) and set(summary) == set(VALUES)


def test_steps_a_turn_does_not_allow_are_refused(script):
    play = RolePlay(script)
    with pytest.raises(RolePlayError):
        play.reply("hello")
    with pytest.raises(RolePlayError):
        play.choose(9)
    play.choose(0)
    with pytest.raises(RolePlayError):
        play.choose(0)
    with pytest.raises(RolePlayError):
        play.reply("   ")
    assert play.node.id == "home"


def test_free_text_is_scored_and_kept_in_the_transcript(script):
    seen = []
    play = RolePlay(script, on_turn=lambda turn, node: seen.append((turn, node.id)))
    play.choose(1)
    assert play.node.id == "more-shoulds"
    play.choose(0)
    text = "You should just get a routine going. Trust me."
    analysis = play.reply(text)
    assert analysis == analyze(text)
    assert {"advice", "expert_stance"} <= analysis.labels
    turn = play.transcript[-1]
    assert turn.kind == "free" and turn.response == text
    assert set(turn.labels) == set(analysis.labels)
    assert [nid for _, nid in seen] == ["hello", "more-shoulds", "home"]
    assert play.node.id == "sister"


def test_summary_puts_strengths_first_and_names_next_steps(script):
    play = RolePlay(script)
    play.choose(0)  # reflection, open question, belonging
    play.reply(PEERLIKE)
    play.choose(3)  # generous assumption, choice
    play.reply("That shows you know how to ask for help. That took courage.")
    play.choose(0)  # a direct, caring question about suicide
    play.choose(0)
    play.reply("I'm glad you reached out. You're not alone, and it's your call.")
    assert play.node.id == "end-together"
    summary = play.summary_per_value()
    order = list(summary.values())
    shown = [s.shown for s in order]
    assert shown == sorted(shown, reverse=True), "values lived come first"
    for value in ("acknowledgement", "curiosity", "respect_dignity_equity", "strength_based"):
        assert summary[value].shown and summary[value].next_step is None
    typed = [e for e in summary["strength_based"].lived if e.typed]
    assert typed and typed[0].node_id == "strengths"
    text = play.summary_text()
    assert text.index(rt("lived_heading")) < text.index(rt("not_yet_heading"))


def test_summary_of_slips_gives_kind_next_steps(script):
    play = RolePlay(script)
    play.choose(1)  # advice + expert stance
    play.choose(2)  # more advice
    play.choose(1)  # leaves
    assert play.node.id == "end-left"
    summary = play.summary_per_value()
    mutuality = summary["mutuality"]
    assert {e.label for e in mutuality.not_yet} >= {"advice", "expert_stance"}
    assert mutuality.next_step == script.next_steps["mutuality"]
    assert all(e.message for e in mutuality.not_yet)
    assert "wrong" not in play.summary_text().lower()


def test_skipping_everything_still_ends_with_every_next_step(script):
    play = RolePlay(script)
    while not play.finished:
        play.skip()
    assert all(t.skipped for t in play.transcript)
    summary = play.summary_per_value()
    assert not any(s.shown for s in summary.values())
    assert all(s.next_step == script.next_steps[v] for v, s in summary.items())
    with pytest.raises(RolePlayError):
        play.skip()
    play.restart()
    assert play.node.id == "hello" and play.transcript == ()


def test_every_label_used_is_known(script):
    for node in script.nodes.values():
        for label in (*node.look_for, *node.avoid, *(x for c in node.choices for x in c.labels)):
            assert label in LABELS


# --- the widget, headless ---------------------------------------------------------------------


def start(box):
    view = box.roleplay
    buttons(box)[rt("start")].click()
    return view


def test_widget_plays_through_and_records_every_turn():
    box = roleplay("closing")
    bundle = box._repr_mimebundle_()
    assert "Run this cell" in bundle["text/plain"] and "Run this cell" in bundle["text/html"]
    assert "Content note" in all_html(box)
    view = start(box)
    shown = all_html(box)
    assert "Dara says:" in shown and "What should I do?" in shown
    stale = buttons(box)["Reply A"]
    stale.click()
    stale.click()  # a second click on the old turn's button changes nothing
    assert view.play.path == ("hello", "home")
    assert "Lives the values:" in view.feedback.value and "Why:" in view.feedback.value
    area = textarea(box)
    assert area is not None and area.description == "Your reply to Dara:"
    area.value = PEERLIKE
    buttons(box)["Send"].click()
    assert "What you did well" in view.feedback.value
    assert "A model answer" in view.feedback.value
    buttons(box)["Reply D"].click()
    # the strengths turn has a content note first
    assert "no details" in all_html(box).lower()
    buttons(box)[rt("continue")].click()
    textarea(box).value = ""
    buttons(box)["Send"].click()
    assert words("empty") in view.status.value
    buttons(box)[rt("skip_turn")].click()
    assert words("turn_skipped") in view.feedback.value
    assert "One way you could have replied" in view.feedback.value
    # the flat-nights turn has its own content note, then the direct safety question
    assert "wonder what the point is" in all_html(box)
    buttons(box)[rt("continue")].click()
    buttons(box)["Reply A"].click()
    assert "safety_check" in get_store().attempts()[-1].labels
    buttons(box)["Reply B"].click()
    textarea(box).value = "I'm glad you reached out. You're not alone."
    buttons(box)["Send"].click()
    assert view.play.finished
    assert words("summary_heading") in view.summary.value
    assert words("not_yet_heading") in view.summary.value
    assert "Strength-based" in view.summary.value  # skipped, so a next step
    attempts = get_store().attempts()
    ids = [a.exercise_id for a in attempts]
    assert ids == [
        "roleplay-closing-hello",
        "roleplay-closing-home",
        "roleplay-closing-sister",
        "roleplay-closing-strengths",
        "roleplay-closing-flat-nights",
        "roleplay-closing-group",
        "roleplay-closing-closing",
    ]
    assert attempts[0].value == "mutuality" and "reflection" in attempts[0].labels
    assert attempts[1].response == PEERLIKE
    assert attempts[3].skipped
    buttons(box)[rt("restart")].click()
    assert view.play.node.id == "hello" and view.feedback.value == ""
    assert "Reply A" in buttons(box)


def test_buttons_carry_words_and_every_choice_is_listed():
    box = roleplay()
    start(box)
    found = buttons(box)
    for name in ("Reply A", "Reply B", "Reply C", "Reply D", "Skip this turn", "Start again"):
        assert name in found and found[name].tooltip
    assert found["Reply B"].tooltip.endswith("Trust me, it works.")


def test_skipping_the_whole_role_play_is_recorded():
    box = roleplay()
    buttons(box)[rt("skip_all")].click()
    assert words("skipped_all") in box.roleplay.status.value
    (attempt,) = get_store().attempts()
    assert attempt.exercise_id == "roleplay-closing" and attempt.skipped


def test_hostile_text_is_escaped_everywhere(tmp_path, raw):
    data = copy.deepcopy(raw)
    node_of(data, "hello")["peer_says"] = HOSTILE
    node_of(data, "hello")["choices"][0]["why"] = HOSTILE
    data["title"] = HOSTILE
    box = roleplay(str(write(tmp_path, data)))
    start(box)
    buttons(box)["Reply A"].click()
    textarea(box).value = HOSTILE
    buttons(box)["Send"].click()
    shown = all_html(box)
    assert HOSTILE not in shown
    assert shown.count(html.escape(HOSTILE)) >= 4  # title, peer's line, why, the typed reply
    assert HOSTILE not in box._repr_mimebundle_()["text/html"]


def test_a_broken_file_shows_every_problem_instead_of_a_traceback(tmp_path, raw):
    data = copy.deepcopy(raw)
    node_of(data, "hello")["choices"][0]["next"] = "nowhere"
    box = roleplay(str(write(tmp_path, data)))
    text = all_html(box)
    assert "nowhere" in text and "hello" in text and "choices[1].next" in text
    assert "could not be loaded" in box._repr_mimebundle_()["text/plain"]


# --- personal summary and the command line ----------------------------------------------------


def test_personal_summary_saves_privately_and_starts_from_the_role_play(script):
    box = personal_summary()
    view = box.summary
    found = buttons(box)
    found[rt("summary_fill")].click()
    assert words("summary_no_play") in view.parts.status.value
    found["Save privately"].click()
    assert "Write something first" in view.parts.status.value
    play = RolePlay(script)
    play.choose(0)
    while not play.finished:
        play.skip()
    view.play = play
    found[rt("summary_fill")].click()
    assert "Acknowledgement" in view.parts.entry.value
    view.parts.entry.value = HOSTILE
    found["Save privately"].click()
    (entry,) = get_store().journal("personal-summary")
    assert entry.text == HOSTILE
    assert get_store().attempts() == []
    again = personal_summary()
    assert html.escape(HOSTILE) in again.summary.parts.earlier.value
    assert HOSTILE not in all_html(again)
    assert rt("summary_run") in again._repr_mimebundle_()["text/plain"]


def test_personal_summary_save_failure_is_kind_and_keeps_the_words():
    class FullDisk:
        path = None

        def journal(self, prompt_id):
            raise OSError("disk full")

        def save_journal(self, prompt_id, text):
            raise OSError("disk full")

    box = personal_summary(store=FullDisk())
    view = box.summary
    assert view.parts.earlier.value == ""
    assert "your course folder" in view.privacy_text()
    view.parts.entry.value = "my words"
    buttons(box)["Save privately"].click()
    assert "disk full" in view.parts.status.value and 'role="status"' in view.parts.status.value
    assert view.parts.entry.value == "my words"
    assert view.parts.entry.description == rt("summary_label")
    assert view.parts.entry.tooltip == rt("summary_label")


def test_command_line_checks_files(tmp_path, raw, capsys):
    assert roleplay_command([str(GOOD_FILE)]) == 0
    assert "OK" in capsys.readouterr().out
    data = copy.deepcopy(raw)
    node_of(data, "home")["next"] = "nowhere"
    assert roleplay_command([str(write(tmp_path, data))]) == 1
    assert "node 'home'" in capsys.readouterr().out
