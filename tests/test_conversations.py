"""Notebook 11's role-plays: whole conversations, checked as data and played headless.

Every role-play file validates and every path through it ends; the five conversations of
notebook 11 have more free-text turns than choice turns, model answers that show what their
turn looks for, honest labels on every choice, content notes where the topic is hard, names
found nowhere else in the course, and a widget that plays to an end with the learner's words
escaped. Several role-plays share one notebook and one progress store, and the personal
summary (notebook 12) still starts from the closing role-play.
"""

from __future__ import annotations

import html
import re

import ipywidgets as widgets
import jupytext
import pytest

from widgets.content.roleplay import ROLEPLAY_DIR, RolePlay, Script, check_roleplay, load_roleplay
from widgets.content.scenario_rules import HARD_TOPIC_WORDS
from widgets.core.datafiles import DATA_DIR
from widgets.core.paths import REPO_ROOT
from widgets.core.text import t
from widgets.core.values import VALUES, value_title
from widgets.exercises import personal_summary, roleplay
from widgets.scoring import analyze
from widgets.store import ProgressStore
from widgets.tools.validate import roleplay_command
from widgets.ui.summary import PersonalSummary, last_finished_play

#: Notebook 11's conversations, and the people in each (names unique across the course).
CONVERSATIONS = {
    "rupture-repair": ("Terry",),
    "crisis-night": ("Imogen", "Bea"),
    "last-session": ("Agnieszka",),
    "group-clash": ("Malcolm", "Shirin"),
    "text-line": ("Kit",),
}
ALL_FILES = sorted(p.stem for p in ROLEPLAY_DIR.glob("*.yaml"))
NOTEBOOK = REPO_ROOT / "course" / "11_conversations.py"
HOSTILE = "<img src=x onerror=alert(1)>"
PEERLIKE = "It sounds like a lot. What has it been like for you?"
#: Never in any course text: no detail of any method of suicide or self-harm.
METHOD_WORDS = re.compile(
    r"\b(hang(?:ing|ed|s)?\b(?! up)|rope|noose|overdos\w*|poison\w*|razors?|knife|knives"
    r"|blades?|guns?|ledge|bridge|railway line|train tracks?|pills?|paracetamol|ligature)\b",
    re.IGNORECASE,
)


@pytest.fixture(autouse=True)
def clean_home(tmp_path, monkeypatch):
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "home"))


@pytest.fixture(scope="module")
def scripts() -> dict[str, Script]:
    return {name: load_roleplay(name) for name in ALL_FILES}


def all_text(script: Script) -> str:
    """Every word of a role-play a learner can read."""
    parts = [script.title, script.setting, script.intro, script.content_note or ""]
    for node in script.nodes.values():
        parts += [node.peer_says, node.prompt, node.content_note or "", node.ending]
        parts += [x for c in node.choices for x in (c.text, c.why)]
        if node.model_answer is not None:
            parts += [node.model_answer.text, node.model_answer.why]
    parts += list(script.next_steps.values())
    return "\n".join(parts)


def paths(script: Script) -> list[tuple[str, ...]]:
    """Every path from the start (each choice, and Skip where it goes elsewhere) to a leaf."""
    found = []

    def go(path: tuple[str, ...]) -> None:
        node = script[path[-1]]
        targets = node.targets() + ((node.skip_target,) if node.skip_target else ())
        targets = tuple(dict.fromkeys(targets))
        if not targets:
            found.append(path)
        for nxt in targets:
            assert nxt not in path, f"{script.id} loops: {path + (nxt,)}"
            go(path + (nxt,))

    go((script.start,))
    return found


def main_path(script: Script) -> RolePlay:
    """A learner who always picks Reply A and writes a peer-like reply."""
    play = RolePlay(script)
    while not play.finished:
        if play.node.kind == "choice":
            play.choose(0)
        else:
            play.reply(PEERLIKE)
    return play


def kinds(nodes) -> tuple[int, int]:
    """(free turns, choice turns)."""
    kinds = [getattr(n, "kind", n) for n in nodes]
    return kinds.count("free"), kinds.count("choice")


# --- the files ----------------------------------------------------------------------------------


def test_every_role_play_file_validates_and_notebook_11_has_its_five():
    assert set(CONVERSATIONS) <= set(ALL_FILES)
    for name in ALL_FILES:
        assert check_roleplay(name) == [], name
    assert roleplay_command([]) == 0


@pytest.mark.parametrize("name", ALL_FILES)
def test_every_path_ends_and_the_endings_differ_with_the_path(scripts, name):
    script = scripts[name]
    found = paths(script)
    for path in found:
        assert script[path[-1]].is_end, f"{name}: {path} stops before an end"
        assert len(path) <= 14, f"{name}: {path} is very long"
    assert {path[-1] for path in found} == set(script.endings())
    assert {nid for path in found for nid in path} == set(script.nodes)
    assert len(script.endings()) >= 2


@pytest.mark.parametrize("name", CONVERSATIONS)
def test_more_free_turns_than_choice_turns(scripts, name):
    script = scripts[name]
    free, choice = kinds(script.nodes.values())
    assert free > choice, f"{name}: {free} free, {choice} choice"
    play = main_path(script)
    free, choice = kinds(turn.kind for turn in play.transcript)
    assert free > choice, f"{name}, main path {play.path}: {free} free, {choice} choice"
    assert 6 <= len(play.transcript) <= 12


@pytest.mark.parametrize("name", ALL_FILES)
def test_model_answers_show_what_their_turn_looks_for(scripts, name):
    for node in scripts[name].nodes.values():
        if node.kind != "free":
            continue
        analysis = analyze(node.model_answer.text)
        shown = {label for label in node.look_for if analysis.shows(label)}
        assert shown, f"{name}/{node.id}: none of {node.look_for} in {analysis.labels}"
        assert not analysis.labels & set(node.avoid), f"{name}/{node.id}: {analysis.labels}"


@pytest.mark.parametrize("name", CONVERSATIONS)
def test_every_choice_shows_the_labels_it_claims(scripts, name):
    """The feedback after a choice names its labels; the scorer must find each in its words."""
    for node in scripts[name].nodes.values():
        for choice in node.choices:
            analysis = analyze(choice.text)
            for label in choice.labels:
                assert analysis.shows(label), (name, node.id, label, choice.text)
            assert choice.why.strip() and "wrong" not in choice.why.lower()


@pytest.mark.parametrize("name", CONVERSATIONS)
def test_values_next_steps_and_kind_words(scripts, name):
    script = scripts[name]
    assert set(script.next_steps) == set(VALUES)
    practised = {v for node in script.nodes.values() for v in node.values}
    assert len(practised) >= 5, f"{name} practises only {practised}"
    words = all_text(script).lower()
    assert not re.search(r"\bwrong answer\b|\bincorrect\b|\bfail(ed)? the\b", words)


@pytest.mark.parametrize("name", ALL_FILES)
def test_hard_topics_have_a_content_note_and_no_method_detail(scripts, name):
    script = scripts[name]
    text = all_text(script)
    assert not METHOD_WORDS.search(text), METHOD_WORDS.search(text)
    for topic, pattern in HARD_TOPIC_WORDS.items():
        if re.search(rf"\b(?:{pattern})", text, re.IGNORECASE):
            assert script.content_note, f"{name} touches {topic} with no content note"
            if topic == "suicide":
                assert "suicide" in script.content_note.lower()


def test_the_turn_where_suicide_comes_up_has_its_own_note(scripts):
    for name, node_id in (("crisis-night", "not-here"), ("text-line", "pointless")):
        note = scripts[name][node_id].content_note
        assert note and "no details" in note.lower(), (name, node_id)
    assert "116 123" in scripts["crisis-night"].content_note  # Samaritans, free, day or night
    assert "suicide" in scripts["text-line"].content_note


@pytest.mark.parametrize("name", CONVERSATIONS)
def test_silence_and_pacing_are_practised(scripts, name):
    """Each conversation has a turn where the best reply is brief, or is to wait first."""
    nodes = scripts[name].nodes.values()
    brief = [n.id for n in nodes if n.kind == "free" and len(n.model_answer.text.split()) <= 20]
    waits = [n.id for n in nodes for c in n.choices if c.text.startswith("(You")]
    assert brief or waits, name


def test_text_line_replies_fit_a_phone_screen(scripts):
    for node in scripts["text-line"].nodes.values():
        if node.model_answer is not None:
            assert len(node.model_answer.text.split()) <= 20, node.id
        if node.choices:
            assert min(len(c.text.split()) for c in node.choices) <= 20, node.id
    peer = [n.peer_says for n in scripts["text-line"].nodes.values()]
    assert "ya" in peer and any("..." in line for line in peer)


def test_names_are_unique_across_the_course(scripts):
    """Each person in these conversations appears in no scenario and no other role-play."""
    files = {p: p.read_text(encoding="utf-8") for p in (DATA_DIR / "scenarios").glob("*.yaml")}
    files |= {p: p.read_text(encoding="utf-8") for p in ROLEPLAY_DIR.glob("*.yaml")}
    for name, people in CONVERSATIONS.items():
        own = ROLEPLAY_DIR / f"{name}.yaml"
        for person in people:
            word = re.compile(rf"\b{person}\b")
            assert word.search(files[own]), (name, person)
            elsewhere = [p.name for p, text in files.items() if p != own and word.search(text)]
            assert not elsewhere, f"{person} ({name}) also appears in {elsewhere}"
        assert scripts[name].peer_name in people or name == "group-clash"


# --- the widget, headless -------------------------------------------------------------------


def all_html(widget) -> str:
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


def play_to_an_end(box, *, pick: int = 0, typed: str = PEERLIKE, skip_turn: int | None = None):
    """Click through a role-play widget: the notes, reply ``pick`` (else A), ``typed`` words,
    and Skip at turn number ``skip_turn``."""
    view = box.roleplay
    letter = "ABCD"
    for _ in range(40):
        found = buttons(box)
        go = found.get(t("roleplay.start")) or found.get(t("roleplay.continue"))
        if view.play.finished:
            return view
        if go is not None:
            go.click()
        elif len(view.play.transcript) + 1 == skip_turn:
            found[t("roleplay.skip_turn")].click()
        elif view.play.node.kind == "choice":
            count = len(view.play.node.choices)
            found[t("roleplay.reply_button", letter=letter[min(pick, count - 1)])].click()
        else:
            textarea(box).value = typed
            found[t("roleplay.send")].click()
    raise AssertionError(f"no end after {view.play.path}")


@pytest.mark.parametrize("name", CONVERSATIONS)
def test_the_widget_plays_each_conversation_to_an_end(tmp_path, scripts, name):
    store = ProgressStore(tmp_path / "progress.sqlite3")
    script = scripts[name]
    box = roleplay(name, store=store)
    shown = all_html(box)
    assert html.escape(script.title) in shown
    if script.content_note:
        assert html.escape(script.content_note) in shown
    view = play_to_an_end(box, typed=f"{PEERLIKE} {HOSTILE}", skip_turn=3)
    assert view.play.finished
    summary = view.summary.value
    assert html.escape(view.play.node.ending) in summary
    assert html.escape(t("roleplay.summary_heading")) in summary
    for value in VALUES:
        assert html.escape(value_title(value)) in summary
    page = all_html(box)
    assert HOSTILE not in page and HOSTILE not in box._repr_mimebundle_()["text/html"]
    assert html.escape(HOSTILE) in view.transcript.value
    attempts = store.attempts()
    node_ids = [a.exercise_id.removeprefix(f"roleplay-{name}-") for a in attempts]
    assert node_ids == list(view.play.path[:-1])
    assert attempts[2].skipped and not attempts[0].skipped
    pairs = zip(attempts, node_ids, strict=True)
    typed = [a for a, n in pairs if script[n].kind == "free" and not a.skipped]
    assert typed and all(HOSTILE in a.response for a in typed)


@pytest.mark.parametrize("name", CONVERSATIONS)
def test_every_reply_leads_somewhere_in_the_widget(tmp_path, name):
    """Playing with the last reply at every choice reaches an end too (often a different one)."""
    box = roleplay(name, store=ProgressStore(tmp_path / "progress.sqlite3"))
    first = play_to_an_end(box).play.node.id
    box.roleplay.on_restart()
    last = play_to_an_end(box, pick=3).play.node.id
    assert box.roleplay.play.finished
    assert first != last, f"{name}: the first and the last replies end the same way"


def test_several_role_plays_share_one_notebook_and_one_store(tmp_path, scripts):
    """Six widgets in one kernel, one store: saved ids stay apart, and the personal summary
    (notebook 12) starts from the role-play finished last, and says which one it is."""
    store = ProgressStore(tmp_path / "progress.sqlite3")
    boxes = {name: roleplay(name, store=store) for name in ALL_FILES}
    assert len({id(b.roleplay.play) for b in boxes.values()}) == len(boxes)
    play_to_an_end(boxes["text-line"])
    play_to_an_end(boxes["rupture-repair"], pick=1)
    boxes["crisis-night"].roleplay.on_open()
    boxes["crisis-night"].roleplay.on_choose(0)  # begun, not finished
    ids = [a.exercise_id for a in store.attempts()]
    for name in ("text-line", "rupture-repair", "crisis-night"):
        mine = [i for i in ids if i.startswith(f"roleplay-{name}-")]
        assert mine and all(i.removeprefix(f"roleplay-{name}-") in scripts[name] for i in mine)
    last = last_finished_play(store.attempts())
    assert last is not None and last.script.id == "rupture-repair"
    # then the closing role-play of notebook 12 is finished: the summary starts from it
    closing = play_to_an_end(boxes["closing"]).play
    box = personal_summary(store=store)
    buttons(box)[t("roleplay.summary_fill")].click()
    view = box.summary
    assert view.parts.entry.value == PersonalSummary(store, play=closing).draft()
    status = view.parts.status.value
    assert html.escape(t("roleplay.summary_filled")) in status
    assert html.escape(t("roleplay.summary_from", title=scripts["closing"].title)) in status
    # a conversation finished after it becomes the starting point instead, and is named
    play_to_an_end(boxes["group-clash"])
    buttons(box)[t("roleplay.summary_fill")].click()
    assert html.escape(scripts["group-clash"].title) in view.parts.status.value


# --- the notebook ---------------------------------------------------------------------------


def test_notebook_11_presents_each_conversation_with_values_and_pair_practice():
    nb = jupytext.read(NOTEBOOK)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    shown = [m for src in code for m in re.findall(r'roleplay\("([a-z0-9-]+)"\)', src)]
    assert shown == list(CONVERSATIONS)
    # The first cell (hidden) imports the front door and starts the page; the rest only call it.
    assert code[0] == (
        "from widgets.exercises import pair_rubric, progress_view, roleplay, start\n\n"
        'start("11_conversations")'
    )
    front_door = r'roleplay\("[a-z0-9-]+"\)|pair_rubric\(\)|progress_view\(\)'
    assert all(re.fullmatch(front_door, src) for src in code[1:]), code
    assert "pair_rubric()" in code and code[-1] == "progress_view()"
    cells = nb.cells
    for i, cell in enumerate(cells):
        if cell.cell_type == "code" and cell.source.startswith("roleplay("):
            after = cells[i + 1].source
            assert "Across the values" in after, cell.source
            rows = [line for line in after.splitlines() if line.startswith("| ")]
            assert len(rows) == 1 + len(VALUES), cell.source  # a header, then one per value
    facilitator = [c for c in cells if "facilitator" in c.metadata.get("tags", [])]
    assert len(facilitator) >= 4
    text = NOTEBOOK.read_text(encoding="utf-8")
    for heading in ("Pacing", "Silence", "Rupture and repair", "Endings", "Groups", "Text-based"):
        assert f"## {heading}" in text
    assert "**Content note:**" in text and "Swap roles" in text and "differences" in text
