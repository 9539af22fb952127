"""The learned reading (widgets/scoring/learned.py): a second opinion for slips and strengths in
wording no cue phrase knows, that always shows the words that weighed most and says it is a
learned reading, never a known phrase."""

from __future__ import annotations

import random

import pytest

from widgets.core.datafiles import DataFileError
from widgets.scoring import analyze
from widgets.scoring.analyzer import Analyzer
from widgets.scoring.feedback import feedback_json
from widgets.scoring.learned import (
    ASKED_AT_THRESHOLD,
    ASKED_THRESHOLD,
    BIAS,
    END,
    FUNCTION_WORDS,
    START,
    THRESHOLD,
    LearnedReading,
    features,
    load_reading,
)
from widgets.tools import train_reader

# Fresh wordings, written for this test, that no cue phrase knows (each is checked below to be
# given by the learned reading alone).
FRESH = [
    ("Babies bounce back, you will see, nothing to fret over.", "minimizing"),
    ("So sleeping in the car has left you scared and worn down.", "reflection"),
]


def test_the_shipped_weights_match_the_labelled_data():
    """Changing data/labelled/ without training again would leave the reading stale."""
    assert not train_reader.stale(), "run: python -m widgets train-reader"


@pytest.mark.parametrize(("text", "label"), FRESH)
def test_fresh_wording_is_read_and_pointed_at(text, label):
    analysis = analyze(text)
    assert label in analysis.labels and label in analysis.learned
    cue = next(c for c in analysis.cues if c.label == label)
    assert text[cue.start : cue.end] == cue.text and cue.text
    assert "learned reading" in cue.message and "weighed most" in cue.message
    # every word it shows as having weighed most is the learner's own
    shown = cue.message.split("weighed most:")[1].rstrip(".")
    assert any(w.strip(" “”").lower() not in FUNCTION_WORDS for w in shown.split(", "))
    for word in shown.split(", "):
        word = word.strip(" “”")
        assert word in text and word[-1].isalnum(), word  # their words, without a stray mark


def test_what_the_lexicon_found_is_not_read_again():
    analysis = analyze("You should try yoga, it always helps me.")
    assert "advice" in analysis.labels and "advice" not in analysis.learned
    assert not analysis.learned  # a sentence with a named slip is not read a second time


def test_plain_good_replies_get_no_learned_slip():
    for text in ("What has got you through hard winters before?", "Thank you for telling me."):
        assert not analyze(text).learned


def test_the_checklist_says_a_learned_slip_may_be_there():
    from widgets.ui.checklist import checklist

    text, label = FRESH[0]
    check = checklist(analyze(text), ["choice"], [label])
    assert check.noticed == (label,)
    assert "May still be in your words" in check.noticed_lines[0]
    assert "learned reading" in check.noticed_lines[0]


def test_a_strength_only_the_learned_reading_saw_is_a_maybe_in_the_summary():
    from widgets.ui.checklist import checklist, summary_line

    text, label = FRESH[1]
    check = checklist(analyze(text), [label], [])
    assert check.shown == (label,) and check.maybe == (label,)
    assert "You may have shown" in check.met[0]
    summary = summary_line(check)
    assert "may have shown" in summary and "You showed" not in summary
    assert "found what this exercise looks for" not in summary
    sure = checklist(analyze("That sounds really frightening."), [label], [])
    assert sure.maybe == () and "You showed" in summary_line(sure)


def _probability(text: str, label: str) -> float:
    """The learned reading's probability for a label on a one-sentence text."""
    import math

    from widgets.scoring.tokens import tokenize

    reading = load_reading()
    score = reading.scores([t.norm for t in tokenize(text)])[reading.labels.index(label)]
    return 1 / (1 + math.exp(-score))


# Written for this test: a reflection in words no phrase knows, that the learned reading finds
# likely but not likely enough to say so unprompted.
NEAR_REFLECTION = "Sixty forms and no answer, no wonder you're doubting yourself."


def test_an_exercise_listens_more_closely_for_what_it_asks_about():
    assert ASKED_THRESHOLD <= _probability(NEAR_REFLECTION, "reflection") < THRESHOLD
    assert "reflection" not in analyze(NEAR_REFLECTION).labels
    assert "reflection" not in analyze(NEAR_REFLECTION, ["advice"]).labels  # not asked about
    listened = analyze(NEAR_REFLECTION, ["reflection", "advice"])
    assert "reflection" in listened.learned  # given, and still said to be a learned reading
    cue = next(c for c in listened.cues if c.label == "reflection")
    assert "learned reading" in cue.message and cue.text in NEAR_REFLECTION


def test_the_rewrite_exercise_listens_for_its_own_labels():
    from widgets.content.scenarios import load_bank
    from widgets.exercises import build
    from widgets.store import MemoryProgressStore

    scenario = load_bank()["hope-rewrite-job-search"]  # looks for a reflection
    assert "reflection" in scenario.target_labels
    exercise = build(scenario, store=MemoryProgressStore()).exercise
    exercise.answer.value = NEAR_REFLECTION
    exercise.check_button.click()
    page = exercise.feedback.value
    assert "You may have shown: Reflection" in page and "You showed" not in page


def test_labels_for_a_person_are_not_listened_for_more_closely():
    """Clinical handover words ("shaky", "sweating") weigh towards it: at the lower threshold it
    was right on 1 of 12 good handovers, so it keeps the usual one even where asked about."""
    text = "Frank is shaky and sweating and shouting at staff, he's on the sauce again."
    assert "stigmatizing" in ASKED_AT_THRESHOLD
    assert ASKED_THRESHOLD <= _probability(text, "stigmatizing") < THRESHOLD
    assert "stigmatizing" not in analyze(text, ["stigmatizing"]).labels


def test_json_says_which_labels_were_learned():
    text, label = FRESH[0]
    data = feedback_json(analyze(text))
    assert label in data["learned"] and label in data["labels"]
    assert feedback_json(analyze("You should rest."))["learned"] == []


def test_packed_scores_equal_the_plain_sum_of_weights():
    """The packed integer sums (for speed) give exactly the sum of each feature's weights."""
    reading = load_reading()
    rng = random.Random(7)
    vocab = [*reading.words, *reading.pairs, "zzz-unknown", ".", "?"]
    for _ in range(300):
        norms = [rng.choice(vocab) for _ in range(rng.randint(0, 30))]
        expected = list(reading.bias)
        for w in norms:
            for k, v in reading.words.get(w, ()):
                expected[k] += v
        padded = [START, *norms, END]
        for a, b in zip(padded, padded[1:], strict=False):
            for k, v in reading.pairs.get(a, {}).get(b, ()):
                expected[k] += v
        assert reading.scores(norms) == pytest.approx(expected, abs=1e-6)


def test_the_same_text_always_gets_the_same_reading():
    text = FRESH[1][0]
    assert analyze(text) == Analyzer().analyze(text)


def test_training_learns_the_words_that_tell_labels_apart():
    rows = [("you should rest more", frozenset({"advice"}), frozenset())] * 3
    rows += [("that sounds exhausting", frozenset(), frozenset())] * 3
    model = train_reader.train(rows, labels=("advice",))
    weights = model["advice"]
    assert weights["rest"] > 0 and weights["you should"] > 0 and weights["sounds"] < 0
    assert BIAS in weights
    assert train_reader.train(rows, labels=("advice",)) == model  # deterministic


def test_an_exercise_setting_does_not_learn_to_stand_for_its_slip(tmp_path):
    """Most replies written for the bay-three handover carry a label; "bay three" must not learn
    to mean labelling, or a learner naming Frank's bed would be told they labelled him."""
    data = tmp_path / "replies.csv"
    data.write_text(
        "text,labels,note\n"
        + "the alcoholic in bay three again,stigmatizing,r; stigmatizing; ex-bay\n" * 4
        + "the drunk in bay three,stigmatizing,r; stigmatizing; ex-bay\n" * 4
        + "frank in bay three is shaky,,r; stigmatizing; ex-bay\n" * 2
        + "the alcoholic shouted,stigmatizing,other\n"
        + "frank is shaky and upset,,other\n",
        encoding="utf-8",
    )
    context = {"ex-bay": frozenset({"bay", "three", "frank"})}
    rows = train_reader.read_rows(data, context)
    assert rows[0][2] == context["ex-bay"] and rows[-1][2] == frozenset()
    weights = train_reader.train(rows, labels=("stigmatizing",))["stigmatizing"]
    assert "bay" not in weights and "bay three" not in weights and "three" not in weights
    assert weights["alcoholic"] > 0
    # without the setting left out, the bed's number would have learned to mean a label
    plain = [(text, gold, frozenset()) for text, gold, _ in rows]
    assert train_reader.train(plain, labels=("stigmatizing",))["stigmatizing"]["bay"] > 0


def test_each_exercise_setting_is_read_from_the_scenarios():
    context = train_reader.exercise_context()
    assert {"bay", "three", "frank"} <= context["respect-dignity-equity-reframe-bay-three"]
    assert "leila" in context["mutuality-rewrite-yoga"]


def test_features_are_content_words_and_every_pair():
    assert features(["you", "should", "rest", "."]) == [
        "rest", f"{START} you", "you should", "should rest", "rest .", f". {END}",
    ]  # fmt: skip


def test_a_written_weights_file_reads_back(tmp_path):
    model = {"advice": {BIAS: -1.0, "rest": 2.5, "you should": 1.0, 'say "no",': 0.5}}
    path = tmp_path / "weights.csv"
    assert train_reader.write_weights(path, model, []) == 4
    reading = LearnedReading(path)
    assert reading.labels == ("advice",)
    assert reading.scores(["you", "should", "rest"]) == pytest.approx([2.5])
    assert reading.pairs["say"]['"no",'] == ((0, 0.5),)  # quoted in the file, read back whole


def test_a_malformed_weights_file_names_the_file_and_row(tmp_path):
    path = tmp_path / "weights.csv"
    path.write_text("# a comment\nfeature,label,weight\nshould,advice,lots\nrest,advice\n")
    with pytest.raises(DataFileError) as err:
        LearnedReading(path)
    message = str(err.value)
    assert "weights.csv" in message and "row 3" in message and "lots" in message
    assert "row 4" in message


def test_no_weights_file_means_no_learned_reading(tmp_path):
    assert load_reading(tmp_path / "missing.csv") is None


def test_the_threshold_is_a_probability():
    assert 0.5 <= THRESHOLD < 1


def test_train_reader_check_command(capsys):
    assert train_reader.main(["--check"]) == 0
    assert "matches the training data" in capsys.readouterr().out
