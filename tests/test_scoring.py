"""The scoring module: every label, the hard cases learners type, honest cues, kind feedback."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from contextlib import contextmanager
from html import escape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets import scoring
from widgets.core.datafiles import DATA_DIR, DataFileError
from widgets.core.text import t
from widgets.core.values import VALUES
from widgets.scoring import LABELS, REQUIRED_LABELS, analyze, load_lexicon
from widgets.scoring.analyzer import default_analyzer
from widgets.scoring.feedback import feedback_html, feedback_json, feedback_text, highlight_html
from widgets.scoring.sentences import (
    negated,
    negated_in_long_clause,
    negation_tables,
    split_sentences,
)
from widgets.tools import bench

LABELLED = [row for path in bench.labelled_files(None) for row in bench.read_labelled(path)]
COUNTS = bench.score_labelled(LABELLED)
#: Floors per label on our own labelled set: regressions below these fail the suite.
F1_FLOOR = 0.45
PRECISION_FLOOR = 0.6


def test_labels_cover_the_required_set_and_map_to_values():
    assert set(REQUIRED_LABELS) <= set(LABELS)
    for info in LABELS.values():
        assert info.polarity in scoring.POLARITIES
        assert info.values and set(info.values) <= set(VALUES)


def test_labelled_set_is_large_and_covers_every_label():
    assert len(LABELLED) >= 300
    for label in REQUIRED_LABELS:
        positives = sum(label in gold for _, gold in LABELLED)
        assert positives >= 10, label


@pytest.mark.parametrize("label", REQUIRED_LABELS)
def test_each_label_is_found_on_our_labelled_set(label):
    tp, fp, fn = COUNTS[label]
    precision, recall, f1 = bench.prf(tp, fp, fn)
    assert precision >= PRECISION_FLOOR, f"{label}: precision {precision:.2f}"
    assert f1 >= F1_FLOOR, f"{label}: F1 {f1:.2f} (P {precision:.2f}, R {recall:.2f})"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Have you tried yoga? It really helped me.", {"advice", "question"}, {"open_question"}),
        ("What tends to be on your mind at night?", {"open_question", "question"}, {"advice"}),
        ("what helps you most when things get hard", {"open_question"}, set()),
        ("Do you want to talk about it?", {"closed_question", "question"}, {"open_question"}),
        ("Don't you think you should call her?", {"leading_question", "advice"}, set()),
        ("Why did you do that?", {"why_question", "question"}, set()),
        ("How are you? What happened? Who was there?", {"stacked_questions"}, set()),
        ("What medication are you on?", {"invasive_question"}, set()),
        ("If I were you, I'd leave him.", {"advice"}, set()),
        ("Leave it to me, I'll call the landlord for you.", {"fixing"}, set()),
        ("It's completely your call, whatever you decide.", {"choice"}, {"advice"}),
        ("It sounds like you're exhausted.", {"reflection"}, set()),
        ("At least you still have your job.", {"minimizing"}, set()),
        ("Everything happens for a reason.", {"minimizing"}, set()),
        ("Thank you for trusting me with this.", {"affirmation"}, set()),
        ("You've survived so much already.", {"strength"}, set()),
        ("He's non-compliant and lacks insight.", {"deficit"}, set()),
        ("The addict in room 4 is at it again.", {"stigmatizing"}, set()),
        ("She's just attention seeking.", {"negative_assumption"}, set()),
        ("Maybe they were overwhelmed and didn't mean it.", {"generous_assumption"}, set()),
        ("You're not alone in this.", {"belonging"}, set()),
        ("Healing is possible, even if it's slow.", {"hope"}, set()),
        ("I've been there myself.", {"self_disclosure"}, set()),
        ("Trust me, I know what's best for you.", {"expert_stance"}, set()),
        # known gaps, now closed
        ("What do you make of that?", {"open_question"}, {"invasive_question"}),
        ("How much were you earning?", {"invasive_question"}, set()),
        ("He's broken.", {"deficit"}, set()),
        ("she's hopeless", {"deficit"}, set()),
        ("She's not hopeless.", set(), {"deficit"}),
        ("You're tired, aren't you?", {"leading_question", "question"}, set()),
        ("You'd rather stay, right?", {"leading_question"}, set()),
        ("Is it on the left or the right?", {"closed_question"}, {"leading_question"}),
        # gaps from a learner's read-through, now closed
        (
            "Maybe the same story matters so much to him because nobody really listened.",
            {"generous_assumption"},
            set(),
        ),
        (
            "Perhaps Tegan posts at 3 a.m. because the nights feel longest for her then.",
            {"generous_assumption"},
            set(),
        ),
        (
            "I wonder if those dads work shifts, or don't feel the group is meant for them.",
            {"generous_assumption"},
            set(),
        ),
        (
            "It could be that Ruth hasn't seen your message yet, or is going through something.",
            {"generous_assumption"},
            set(),
        ),
        ("Maybe you should call her.", {"advice"}, {"generous_assumption"}),
        ("I wonder if you could try calling her.", {"advice"}, {"generous_assumption"}),
        ("Maybe Ali can bring the cake or some biscuits.", set(), {"generous_assumption"}),
        ("Maybe you're tired because of the night shift.", set(), {"generous_assumption"}),
        ("Marcus is funny, loyal to his friends and shows up every week.", {"strength"}, set()),
        ("Ana knows the kids' routines inside out.", {"strength"}, set()),
        ("She keeps the whole family going on very little sleep.", {"strength"}, set()),
        ("He's good at calming people down and cares about everyone.", {"strength"}, set()),
        ("Depression is tough to deal with.", set(), {"strength"}),
        ("It's kind of funny how the bus never comes.", set(), {"strength"}),
        ("He turned up drunk again.", set(), {"strength"}),
        (
            "Something that helped me was walking, but everyone's different.",
            {"self_disclosure"},
            set(),
        ),
        ("It always works for me.", {"self_disclosure"}, set()),
        ("Tuesday works for me.", set(), {"self_disclosure"}),
        ("That really helps me understand, thanks.", set(), {"self_disclosure"}),
        (
            "So part of you wants to go, and part of you is scared of what that would mean.",
            {"reflection"},
            set(),
        ),
        (
            "On the one hand you love the job, and on the other it wears you out.",
            {"reflection"},
            set(),
        ),
        ("It's like you're always the one holding it together.", {"reflection"}, set()),
        ("Is that part of your routine?", set(), {"reflection"}),
        ("Just remember not to rush it.", {"advice"}, set()),
        ("Keep in touch with your old friends.", {"advice"}, set()),
        ("You could tell she was nervous.", set(), {"advice"}),
    ],
)
def test_examples_of_each_label(text, present, absent):
    labels = analyze(text).labels
    assert present <= labels, (text, sorted(labels))
    assert not (absent & labels), (text, sorted(labels))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # negation: saying you won't advise is not advice
        ("I'm not going to tell you what you should do.", "advice"),
        ("You are not lazy.", "negative_assumption"),
        # reported or quoted speech: someone else's words, not the learner's
        ("My doctor said you should rest more.", "advice"),
        ('They keep telling me "everything happens for a reason".', "minimizing"),
        # near misses
        ("At least three people came to the group.", "minimizing"),
        ("When I was your age I loved football.", "question"),
        ("What a day it's been.", "question"),
        ("Take care, see you next week!", "advice"),
    ],
)
def test_hard_negatives(text, absent):
    assert absent not in analyze(text).labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("YOU SHOULD TRY YOGA", "advice"),  # all caps
        ("u shud try yoga", "advice"),  # texting and typos
        ("you shoudl go for a walk", "advice"),
        ("dont you think its time", "leading_question"),  # no apostrophes, no question mark
        ("It sounds like you’re tired 😔", "reflection"),  # curly apostrophe and emoji
        ("What would you like to do next 🙂", "open_question"),
        ("I hear you. It's been a lot. What matters most to you right now?", "choice"),
    ],
)
def test_how_people_really_type(text, label):
    assert label in analyze(text).labels


def test_cues_point_at_the_words_that_caused_them():
    text = "Have you tried yoga? It really helped me."
    analysis = analyze(text)
    advice = analysis.cues_for("advice")
    assert [c.text for c in advice] == ["Have you tried"]
    assert all(c.message for c in analysis.cues)


def test_every_label_gives_feedback_to_a_value():
    analysis = analyze("You should rest. It sounds like you're exhausted.")
    assert "acknowledgement" in analysis.per_value
    assert analysis.per_value["acknowledgement"].did_well
    assert analysis.per_value["mutuality"].next_step
    assert analysis.strengths and analysis.suggestions


def test_generous_reading_points_from_the_hedge_to_the_reason():
    text = "It could be that Ruth hasn't seen your message yet."
    [cue] = analyze(text).cues_for("generous_assumption")
    assert cue.text == "It could be that Ruth hasn't seen"
    assert cue.message == default_analyzer().lexicon.rules["generous_reading"][1]


def test_third_person_strength_points_at_the_person_and_the_quality():
    [cue] = analyze("Marcus is so patient with newcomers.").cues_for("strength")
    assert cue.text == "Marcus is so patient"


def test_a_dotted_abbreviation_does_not_end_the_sentence():
    sentences = split_sentences([t.norm for t in scoring.tokenize("Come at 3 p.m. because")])
    assert len(sentences) == 1
    sentences = split_sentences([t.norm for t in scoring.tokenize("At 3 p.m. What then?")])
    assert len(sentences) == 2


def test_long_paste_and_empty_input():
    text = "It sounds hard. Have you tried yoga? " * 6000  # ~220 KB
    analysis = analyze(text)
    assert {"advice", "reflection", "stacked_questions"} <= analysis.labels
    assert analyze("").labels == frozenset()
    assert analyze("   \n\t ").cues == ()


def test_cue_dense_and_unpunctuated_pastes_keep_every_cue():
    # Many cues of one label, and one endless clause (these once grew quadratically; their
    # speed is printed by `python -m widgets.tools.bench`, under "Growth").
    advice = analyze("you should " * 2000)
    assert sum(c.label == "advice" for c in advice.cues) == 2000
    assert all(c.text.lower() == "you should" for c in advice.cues)
    why = analyze("why? " * 4000)
    assert "why_question" in why.labels and "stacked_questions" in why.labels
    assert analyze("I am not going to say " * 1000).labels.isdisjoint({"advice"})


def test_long_clause_negation_matches_the_short_clause_reading():
    words = ["not", "never", "you", "i", "tell", "going", "say", "x", "y", ",", "no", "he"]
    rng = random.Random(7)
    for _ in range(2000):
        norms = [rng.choice(words) for _ in range(rng.randint(2, 20))]
        tables = negation_tables(norms)
        for i in range(1, len(norms)):
            for start in range(i + 1):
                expected = negated(norms, i, start)
                assert negated_in_long_clause(tables, i, start) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_analysed_and_every_cue_is_honest(text):
    analysis = analyze(text)
    assert analysis.labels <= set(LABELS)
    assert analysis.labels == {c.label for c in analysis.cues}
    for cue in analysis.cues:
        assert 0 <= cue.start < cue.end <= len(analysis.text)
        assert cue.text == analysis.text[cue.start : cue.end]
    assert analyze(text) == analysis  # deterministic


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["you", "should", "try", "at", "least", "what", "why", "not", "?", ".", ",", '"',
             "I've", "been", "there", "don't", "it", "sounds", "like", "\n", "😔", "İ", "ß"]
        ),
        max_size=40,
    )
)  # fmt: skip
def test_word_salad_from_cue_words_never_breaks_spans(words):
    text = " ".join(words)
    for cue in analyze(text).cues:
        assert cue.text == text[cue.start : cue.end]


def test_feedback_escapes_hostile_text_and_names_strengths_first():
    hostile = "<img src=x onerror=alert(1)> What matters most to you? You should <b>rest</b>."
    analysis = analyze(hostile)
    html = feedback_html(analysis) + highlight_html(hostile, analysis.cues)
    assert "<img" not in html and "<b>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert html.index("What you did well") < html.index("Next steps") < html.index("Noticed:")
    assert "wrong" not in html.lower()


def test_highlight_names_each_cue_in_words():
    analysis = analyze("You should rest, at least you tried.")
    html = highlight_html(analysis.text, analysis.cues)
    assert "<mark" in html and "[Advice]" in html and "[Minimising]" in html


def test_text_and_json_feedback():
    analysis = analyze("You should rest.")
    assert "Advice" in feedback_text(analysis)
    data = feedback_json(analysis)
    assert data["labels"] == ["advice"]
    assert data["cues"][0]["text"] == "You should"
    assert json.dumps(data)


def _copy_lexicon(tmp_path: Path) -> Path:
    folder = tmp_path / "lexicon"
    shutil.copytree(DATA_DIR / "lexicon", folder)
    return folder


def _append(folder: Path, name: str, rows: str) -> None:
    """Add rows to one file of a trainer's lexicon copy, as a trainer would."""
    with (folder / name).open("a", encoding="utf-8") as f:
        f.write(rows)


@contextmanager
def _using(folder: Path):
    """Analyse with a trainer's lexicon folder, then back to the course's, whatever happens."""
    try:
        scoring.use_lexicon(folder)
        yield
    finally:
        scoring.use_lexicon(None)


@pytest.mark.parametrize(
    ("file", "line", "column"),
    [
        ("cues.csv", "advice,you should (really,any,\n", "phrase"),
        ("cues.csv", "advise,you should,any,\n", "label"),
        ("cues.csv", "advice,you should,sometimes,\n", "context"),
        ("cues.csv", "advice,(maybe),any,\n", "phrase"),
        ("labels.csv", "kindness,strength,warmth,Kindness,x,y,\n", "values"),
        ("labels.csv", "kindness,great,curiosity,Kindness,x,y,\n", "polarity"),
        ("rules.csv", "tag_questions,leading_question,A tag.\n", "rule"),
        ("rules.csv", "tag_question,leading_question,Said twice.\n", "rule"),
        ("rules.csv", "named_quality,strength,Bad \x07 bell.\n", "message"),
        ("words.csv", "qualities,kind,\n", "list"),
        ("words.csv", "quality,kind,\n", "word"),  # already in the list
        ("words.csv", "quality,KIND,\n", "word"),  # capitals are ignored, so also twice
        ("words.csv", "quality,hard-working,\n", "word"),
        ("words.csv", "quality,good natured,\n", "word"),
        ("words.csv", "state,,\n", "word"),
        ("words.csv", "state,lost,caf\ufffd\n", "note"),
    ],
)
def test_lexicon_mistakes_name_file_row_and_column(tmp_path, file, line, column):
    folder = _copy_lexicon(tmp_path)
    path = folder / file
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    with path.open("a", encoding="utf-8") as f:
        f.write(line)
    with pytest.raises(DataFileError) as err:
        load_lexicon(folder)
    problem = err.value.problems[0]
    assert problem.file.endswith(file)
    assert problem.row == n_lines + 1
    assert problem.column == column


@pytest.mark.parametrize(
    ("file", "row_start", "new_row", "column"),
    [
        ("rules.csv", "named_quality,", "named_quality,strenght,Kind words.", "label"),
        ("rules.csv", "named_quality,", "named_quality,strength,", "message"),
        ("rules.csv", "named_quality,", None, "rule"),  # the rule's row is gone
        ("words.csv", "tag,", None, "list"),  # the list's only word is gone
    ],
)
def test_rule_and_word_file_mistakes_name_file_row_and_column(
    tmp_path, file, row_start, new_row, column
):
    folder = _copy_lexicon(tmp_path)
    path = folder / file
    lines = path.read_text(encoding="utf-8").splitlines()
    [row] = [n for n, line in enumerate(lines, 1) if line.startswith(row_start)]
    lines[row - 1 : row] = [] if new_row is None else [new_row]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_lexicon(folder)
    [problem] = err.value.problems
    assert problem.file.endswith(file)
    assert problem.column == column
    if new_row is None:  # a missing rule or list: no row to point at, but its name is given
        assert problem.row is None
        assert f"'{row_start.rstrip(',')}'" in problem.message
    else:
        assert problem.row == row


def test_lexicon_not_utf8_or_missing(tmp_path):
    folder = _copy_lexicon(tmp_path)
    (folder / "spelling.csv").write_bytes(b"variant,standard\n\xff\xfe,x\n")
    (folder / "cues.csv").unlink()
    with pytest.raises(DataFileError) as err:
        load_lexicon(folder)
    messages = " ".join(str(p) for p in err.value.problems)
    assert "UTF-8" in messages and "missing" in messages


def test_a_trainer_lexicon_changes_the_feedback(tmp_path):
    folder = _copy_lexicon(tmp_path)
    _append(
        folder, "cues.csv", 'advice,hot water bottle,any,"Suggesting a remedy is still advice."\n'
    )
    with _using(folder):
        assert "advice" in analyze("A hot water bottle is lovely.").labels
    assert "advice" not in analyze("A hot water bottle is lovely.").labels


def test_a_trainer_word_or_rule_message_changes_the_feedback(tmp_path):
    folder = _copy_lexicon(tmp_path)
    sentence = "Marcus is unflappable."
    _append(folder, "words.csv", "quality,Unflappable,calm when others panic\n")
    rules = folder / "rules.csv"
    lines = rules.read_text(encoding="utf-8").splitlines()
    [row] = [n for n, line in enumerate(lines) if line.startswith("named_quality,")]
    lines[row] = "named_quality,strength,You named a strength of theirs."
    rules.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "strength" not in analyze(sentence).labels
    with _using(folder):
        [cue] = analyze(sentence).cues_for("strength")
        assert cue.text == "Marcus is unflappable"
        assert cue.message == "You named a strength of theirs."
        [cue] = analyze("She's so patient.").cues_for("strength")
        assert cue.message == "You named a strength of theirs."
    assert "strength" not in analyze(sentence).labels
    [cue] = analyze("She's so patient.").cues_for("strength")
    assert cue.message != "You named a strength of theirs."


def test_a_trainer_can_add_a_tag_word_and_a_state(tmp_path):
    folder = _copy_lexicon(tmp_path)
    tag = "You'd rather stay, innit?"
    reading = "Perhaps Tegan was heartbroken."
    assert "leading_question" not in analyze(tag).labels
    assert "generous_assumption" not in analyze(reading).labels
    _append(folder, "words.csv", "tag,innit,\nstate,heartbroken,\n")
    with _using(folder):
        assert "leading_question" in analyze(tag).labels
        assert "generous_assumption" in analyze(reading).labels


def test_every_cue_message_comes_from_the_lexicon_files():
    lexicon = default_analyzer().lexicon
    messages = {info.description for info in lexicon.labels.values()}
    messages |= {message for _, message in lexicon.rules.values()}
    for phrases in (*lexicon.by_first.values(), *lexicon.by_pair.values(), lexicon.loose):
        messages |= {p.message for p in phrases}
    for phrases in lexicon.by_prefix.values():
        messages |= {p.message for p in phrases}
    # The learned reading's cues (learned.py) take their words from data/text/en.yaml.
    before, _, after = t("feedback.learned_cue", label="\x00", words="\x00").split("\x00")
    learned = 0
    for text, _ in LABELLED:
        analysis = analyze(text)
        for cue in analysis.cues:
            if cue.label in analysis.learned and cue.message not in messages:
                assert cue.message.startswith(before) and cue.message.endswith(after), cue
                learned += 1
            else:
                assert cue.message in messages, (text, cue)
    assert learned  # the learned reading gives some labels on the course's own sets


def test_score_command_line():
    run = [sys.executable, "-m", "widgets", "score"]
    out = subprocess.run(run + ["You should rest."], capture_output=True, text=True, check=True)
    assert "Advice" in out.stdout
    lines = "You should rest.\nWhat helps you most?\n\n<script>x</script>\n"
    out = subprocess.run(run + ["--jsonl"], input=lines, capture_output=True, text=True, check=True)
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(records) == 4
    assert records[0]["labels"] == ["advice"]
    assert "open_question" in records[1]["labels"]
    assert records[2]["labels"] == []


# ----------------------------------------------------------------------------- real language


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("What's been the hardest part?", "open"),
        ("Is it work?", "closed"),
        ("You felt isolated?", "closed"),  # a statement said as a question: yes or no
        ("How many drinks a day?", "closed"),  # a number
        ("Who was there?", "closed"),  # one fact
        ("Who could help you with this?", "open"),  # imagining, not a fact
        ("Why did you leave?", "open"),  # MITI: why is open (it has its own next step too)
        ("Anything else?", "open"),
        ("Can you tell me more about that?", "open"),
        ("Do you have any thoughts about what might help?", "open"),
        ("On a scale of 0 to 10, how confident are you?", "closed"),
        ("What kind of dog?", "closed"),
        ("Acting out would be what?", "open"),
        ("Wh-what do you think about that?", "open"),  # a stutter does not hide the opener
        ("So, um, how have things been since then?", "open"),
    ],
)
def test_every_question_is_open_or_closed(text, kind):
    """MITI 4.2.1: closed asks yes/no, a fact or a number; open invites a story. Never neither."""
    labels = analyze(text).labels
    assert "question" in labels, text
    assert (kind == "open") == ("open_question" in labels), (text, sorted(labels))
    assert ("open_question" in labels) != ("closed_question" in labels), (text, sorted(labels))


@pytest.mark.parametrize(
    "text",
    [
        "What I mean is, it matters.",
        "How you feel matters.",
        "When you're ready, we can talk.",
        "What happened next was awful.",
        "Why I'm asking is that I care.",
    ],
)
def test_a_statement_that_starts_with_a_question_word_is_no_question(text):
    assert "question" not in analyze(text).labels, text


@pytest.mark.parametrize(
    "text",
    [
        "So you're trying to cut back.",
        "You've taken time off work to be here.",
        "So you'd like a bit more support.",
        "It's really tough.",
        "So it's back to the money thing again.",
        "Your mum is really important to you.",
        "So you'd like to give up those cigarettes?",
    ],
)
def test_reflections_said_plainly(text):
    assert "reflection" in analyze(text).labels, text


@pytest.mark.parametrize(
    "text",
    [
        "You should try yoga.",
        "You'll be fine.",
        "You take care now.",
        "You could tell she was nervous.",
        "You need to call them today.",
    ],
)
def test_you_statements_that_are_not_reflections(text):
    assert "reflection" not in analyze(text).labels, text


@pytest.mark.parametrize(
    ("text", "strength", "slip"),
    [
        ("That sounds really lonely, but you'll be fine.", "reflection", "minimizing"),
        ("It's your choice, but honestly you should take the flat.", "choice", "advice"),
        ("That sounds so hard. But at least you still have your job.", "reflection", "minimizing"),
    ],
)
def test_a_strength_taken_back_is_named_and_not_praised(text, strength, slip):
    analysis = analyze(text)
    assert strength in analysis.labels and slip in analysis.labels
    assert [(u.strength.label, u.slip.label) for u in analysis.undone] == [(strength, slip)]
    assert not analysis.shows(strength)
    assert strength not in {note.label for note in analysis.strengths}
    html = feedback_html(analysis)
    taken = analysis.undone[0]
    assert "Taken back" in html
    assert escape(taken.strength.text) in html and escape(taken.slip.text) in html


def test_a_reflection_then_a_question_is_not_taken_back():
    analysis = analyze("That sounds lonely. What would help, if anything?")
    assert analysis.shows("reflection") and not analysis.undone


@pytest.mark.parametrize(
    "text",
    [
        "Are you thinking about suicide?",
        "When you say you can't go on, do you mean you're thinking of ending your life?",
        "Are you safe right now?",
        "What's keeping you safe tonight?",
        "Are the voices telling you to hurt yourself right now?",
    ],
)
def test_a_direct_caring_question_about_safety_is_recognised_as_good_practice(text):
    analysis = analyze(text)
    assert analysis.shows("safety_check"), (text, sorted(analysis.labels))
    assert "safety_check" in {note.label for note in analysis.strengths}
    assert "why_question" not in analysis.labels


@pytest.mark.parametrize(
    "text",
    [
        "You're not thinking of killing yourself, are you?",
        "You wouldn't hurt yourself, would you?",
    ],
)
def test_a_leading_question_about_safety_is_not_praised(text):
    labels = analyze(text).labels
    assert "leading_question" in labels and "safety_check" not in labels, (text, sorted(labels))


@pytest.mark.parametrize(
    "text",
    [
        "Je suis vraiment désolé que tu traverses ça.",
        "¿Qué tal? ¿Cómo te sientes hoy?",
        "Wie geht es dir heute? Ich bin da.",
        "你好吗？我很难过",
        "Как ты себя чувствуешь сегодня?",
    ],
)
def test_text_that_is_not_english_is_not_read_as_if_it_were(text):
    analysis = analyze(text)
    assert not analysis.readable and not analysis.labels and not analysis.cues
    assert "only read English" in feedback_text(analysis)
    assert "only read English" in feedback_html(analysis)
    assert feedback_json(analysis)["language"] == "other"


def test_english_with_a_name_or_a_word_of_another_language_is_read():
    for text in ("Hola Maria, what happened?", "Ana knows the kids' routines inside out."):
        assert analyze(text).readable, text


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"])
def test_invisible_characters_inside_words_do_not_hide_cues(mark):
    text = f"You sh{mark}ould just go to the gym."
    analysis = analyze(text)
    assert "advice" in analysis.labels
    cue = next(c for c in analysis.cues if c.label == "advice")
    assert cue.text == text[cue.start : cue.end] and mark in cue.text


def test_nothing_noticed_is_said_as_nothing_noticed_not_as_next_steps_below():
    analysis = analyze("Okay.")
    assert not analysis.labels
    assert "did not notice anything" in feedback_text(analysis)
    assert "next steps below" not in feedback_text(analysis).lower()


def test_a_trainer_can_rule_out_the_word_before_a_phrase_and_match_word_endings(tmp_path):
    """'!i' opening a phrase looks at the word before it; '*ing' matches any word ending so."""
    folder = _copy_lexicon(tmp_path)
    _append(folder, "cues.csv", "fixing,!i !we sort the *ing,any,\n")
    with _using(folder):
        assert "fixing" in analyze("They'll sort the cooking.").labels
        assert "fixing" in analyze("Sort the ironing.").labels
        # the word before is "i" or "we": ruled out, wherever the phrase stands
        assert "fixing" not in analyze("I sort the cooking.").labels
        assert "fixing" not in analyze("Then we sort the washing.").labels
        # "*ing" needs more than the ending itself, and the ending
        assert "fixing" not in analyze("They'll sort the ing.").labels
        assert "fixing" not in analyze("They'll sort the cooker.").labels


@pytest.mark.parametrize(
    ("text", "label", "present"),
    [
        # a learner's good words must not be read as slips
        ("I'm so glad I could help you with the form.", "advice", False),
        ("Counselling could help you with that.", "advice", True),
        ("Have you talked to her about seeing a mental health worker?", "stigmatizing", False),
        ("She's a bit mental.", "stigmatizing", True),
        ("Sure, you can tell me anything.", "invasive_question", False),
        ("Sure, you can tell me anything.", "question", False),
        ("So what happened that night? Come on, you can tell me.", "invasive_question", True),
        ("Can you give me an example?", "advice", False),
        ("You should be proud of yourself.", "advice", False),
        ("You should be proud of yourself.", "affirmation", True),
        ("You should be careful with him.", "advice", True),
        ("Maybe you've been looking for people who get it?", "advice", False),
        # fresh wording of the slip families
        ("It's your call, but I'd be handing my notice in.", "advice", True),
        ("I really don't think going back to him is a good idea.", "advice", True),
        ("On the plus side, you've got more time now.", "minimizing", True),
        ("It's just your anxiety talking.", "minimizing", True),
        ("He's probably just busy, I wouldn't read too much into it.", "minimizing", True),
        ("Maybe you took it the wrong way?", "minimizing", True),
        ("Maybe you took it the wrong way?", "reflection", False),
        ("Let me write the letter for you.", "fixing", True),
        ("What exactly did he do to you?", "invasive_question", True),
        ("You don't look like you'd have a mental illness.", "microaggression", True),
        ("You're not thinking of hurting yourself, surely?", "leading_question", True),
        ("You're not thinking of hurting yourself, surely?", "reflection", False),
        ("Have you thought about blocking her number?", "advice", True),
        ("Have you thought about what you want?", "advice", False),
    ],
)
def test_fresh_wording_and_false_alarms(text, label, present):
    labels = analyze(text).labels
    assert (label in labels) is present, (text, sorted(labels))


def test_a_long_story_with_only_a_nod_back_takes_the_conversation_over():
    long_one = (
        "That happened to me too! When I was in hospital I had the worst time, the nurses were "
        "awful and I didn't sleep for weeks and my family never visited. Anyway, how are you?"
    )
    [cue] = analyze(long_one).cues_for("taking_over")
    assert cue.text.startswith("That happened to me") and "how are you" not in cue.text
    # a story of the same length that hands back with a real question about them does not
    handed_back = (
        "I went through something a bit like that when I lost my job. It took me a long time to "
        "feel I was worth anything again, and I still have wobbly days. What's been the hardest "
        "part for you?"
    )
    assert "taking_over" not in analyze(handed_back).labels
    # nor does a short one with a short question
    assert "taking_over" not in analyze("I've been there too. How about you?").labels


def _undone(text):
    return {(u.strength.label, u.slip.label) for u in analyze(text).undone}


def test_minimising_or_advice_later_in_the_reply_takes_the_strength_back():
    """No contrast word is needed: the reply as a whole has not stayed with them."""
    assert ("reflection", "minimizing") in _undone(
        "You adore her and you're shattered. In a year you'll look back on this and laugh."
    )
    assert ("choice", "advice") in _undone(
        "Whatever you decide is fine. The sooner you stop the better."
    )
    # a reflection followed by advice was a run-up to the answer: keep the first part
    assert _undone("That sounds hard. Have you tried yoga?") == {("reflection", "advice")}
    # unless they were asked leave first: the advice was invited
    asked = "That sounds hard. Can I share one thing that helped me? Try writing it down."
    assert ("reflection", "advice") not in _undone(asked)
    assert "advice" in analyze(asked).labels  # still named
    # a slip before the strength does not take it back
    assert _undone("The sooner you stop the better. Whatever you decide is fine.") == set()


def test_a_tag_question_is_found_past_a_word_naming_the_person():
    assert "leading_question" in analyze("You're okay really, aren't you love?").labels
    assert "leading_question" in analyze("You'll be fine, won't you, hun?").labels


def test_a_safety_question_over_two_sentences_counts_only_when_asked():
    asked = (
        "Sometimes when people feel this low they think about ending their life. "
        "Is that something you're thinking about?"
    )
    [cue] = analyze(asked).cues_for("safety_check")
    assert "ending their life" in cue.text
    # the statement alone asks nothing, and is not credited as a safety question
    assert "safety_check" not in analyze("Sometimes people think about ending their life.").labels
    # nor is it when the only question that follows is not put to them
    told = "Some people think about ending their life. Isn't that awful?"
    assert "safety_check" not in analyze(told).labels


def test_a_long_story_told_in_the_past_takes_over_but_talking_to_yourself_does_not():
    story = (
        "Omg same! When I got discharged I felt like an alien, I stayed indoors a whole month, "
        "my partner had to do everything, it was the worst time and I still think about it."
    )
    assert "taking_over" in analyze(story).labels
    self_talk = (
        "I've had a setback, not a failure. I know more about recovery than I did five years "
        "ago, and there is hope for me too. I'll ask my supervisor for time this week."
    )
    assert "taking_over" not in analyze(self_talk).labels


def test_a_one_word_check_in_question_points_at_its_word():
    """ "K?" (texting for "okay?") once gave a cue with no words at all."""
    [cue] = analyze("K?").cues_for("closed_question")
    assert cue.text == "K"


def test_an_offer_or_consent_question_is_not_nudged_open():
    """ "Would you like me to just listen?" is meant to be answered yes or no."""
    offer = analyze("Would you like me to just listen for a bit?")
    assert "choice" in offer.labels
    assert "closed_question" not in {n.label for n in offer.suggestions}
    plain = analyze("Did you sleep last night?")
    assert "closed_question" in {n.label for n in plain.suggestions}


def test_a_named_thing_and_a_check_are_not_stacked_questions():
    for text in (
        "What you said about friends - where do you reckon that idea came from?",
        "How about the group on Saturdays, would that work?",
    ):
        assert "stacked_questions" not in analyze(text).labels, text
    assert "stacked_questions" in analyze("What happened, and how did that feel?").labels


def test_a_strength_inside_a_leading_question_is_not_praised():
    undone = _undone("You've kept a record of every time you told him, haven't you?")
    assert ("strength", "leading_question") in undone
