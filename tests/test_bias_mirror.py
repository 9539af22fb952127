"""The bias mirror: its data file, private replies, the side-by-side review, and a learner's path.

One moment (data/bias_mirror.yaml) meets the learner several times across the course with one
detail changed; ``mirror(id)`` scores a reply like a rewrite and keeps it in the private journal;
``mirror_review()`` shows the replies side by side. Replies must never reach an export.
"""

from __future__ import annotations

import copy
import csv
import html
import re
from pathlib import Path

import ipywidgets as widgets
import pytest
import yaml

from widgets import exercises
from widgets.content import bias_mirror as bm
from widgets.content.bias_mirror import REVIEW_PROMPT_ID, load_mirror, replies
from widgets.core import text
from widgets.core.datafiles import DataFileError
from widgets.core.paths import COURSE_DIR, REPO_DATA
from widgets.exercises import mirror, mirror_review
from widgets.scoring import analyze, label_title
from widgets.store import MemoryProgressStore, ProgressStore, StoreError, get_store, reset_store
from widgets.ui import bias_mirror as view
from widgets.ui.base import Exercise
from widgets.ui.exercise_types import RewriteExercise

HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\""
MIRROR_FILE = REPO_DATA / "bias_mirror.yaml"


@pytest.fixture(autouse=True)
def clean_home(tmp_path, monkeypatch):
    """Each test its own progress file and shared store (the scorer's lexicon stays loaded)."""
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PEER_COURSE_LANG", raising=False)
    reset_store()
    yield
    reset_store()


def test_reset_forgets_the_mirror_file_so_an_edit_is_read_again():
    first = bm.default_mirror()
    assert bm.default_mirror() is first
    exercises.reset()
    assert bm.default_mirror() is not first


def shipped() -> dict:
    return yaml.safe_load(MIRROR_FILE.read_text(encoding="utf-8"))


def plain(markup: str) -> str:
    """What a reader hears: the words of some HTML, tags gone, entities read, spaces joined."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def answer(variant_id: str, words: str, store=None):
    """Reply to one version as a learner would: type, then press Check my answer."""
    exercise = mirror(variant_id, store=store).exercise
    exercise.answer.value = words
    exercise.check_button.click()
    return exercise


# --- the data file ------------------------------------------------------------------------------


def test_the_shipped_moments_load_with_four_to_six_versions_each():
    bank = load_mirror()
    assert bank.moments
    for moment in bank.moments:
        assert 4 <= len(moment.variants) <= 6
        assert len({v.notebook for v in moment.variants}) == len(moment.variants)
        first = moment.variants[0].setting
        for variant in moment.variants[1:]:
            assert len(bm_checks().changed_places(first, variant.setting)) == 1, variant.id


def bm_checks():
    from widgets.content import bias_mirror_checks

    return bias_mirror_checks


def test_model_answers_show_every_target_and_no_avoid_label_and_vary_in_form():
    for moment in load_mirror().moments:
        openings = set()
        for model in moment.model_answers:
            labels = analyze(model.text).labels
            assert set(moment.target_labels) <= labels, model.text
            assert not set(moment.avoid_labels) & labels, model.text
            openings.add(model.text.split()[0])
        assert len(openings) == len(moment.model_answers)  # not all "It sounds like..."


def test_model_answers_name_nobody_so_they_fit_every_version():
    for moment in load_mirror().moments:
        names = {m.group(1) for v in moment.variants for m in NAME.finditer(v.setting)}
        assert names
        for model in moment.model_answers:
            assert not any(re.search(rf"\b{name}\b", model.text) for name in names)


NAME = re.compile(r"\b([A-Z][a-z]+), \d+,")


def test_every_name_in_the_mirror_is_used_nowhere_else_in_the_course_data():
    names = {m.group(1) for m in NAME.finditer(MIRROR_FILE.read_text(encoding="utf-8"))}
    assert len(names) >= 2  # the first version's name, and the one the name version uses
    others = [*(REPO_DATA / "scenarios").glob("*.yaml"), *(REPO_DATA / "roleplays").glob("*.yaml")]
    for path in others:
        words = path.read_text(encoding="utf-8")
        for name in names:
            assert not re.search(rf"\b{name}\b", words), f"{name} is also in {path.name}"


def test_every_version_appears_once_in_its_notebook_and_the_review_in_notebook_12():
    sources = {p.stem: p.read_text(encoding="utf-8") for p in COURSE_DIR.glob("[0-9][0-9]_*.py")}
    for moment in load_mirror().moments:
        for variant in moment.variants:
            call = f'mirror("{variant.id}")'
            holders = [stem for stem, source in sources.items() if call in source]
            assert holders == [variant.notebook], (variant.id, holders)
    assert "mirror_review()" in sources["12_putting_it_together"]


def write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "bias_mirror.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, width=200), encoding="utf-8")
    return path


def _set(path: str, value):
    """A change to the first moment: 'field' or 'variants.N.field' (N counted from 0)."""

    def change(data: dict) -> None:
        target = data["moments"][0]
        *parents, last = path.split(".")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is DELETE:
            del target[last]
        elif callable(value):
            target[last] = value(target[last])
        else:
            target[last] = value

    return change


DELETE = object()

BAD = {
    "unknown field": (_set("valuez", [1]), "valuez", "did you mean 'values'"),
    "missing field": (_set("prompt", DELETE), "prompt", "'prompt' is missing"),
    "label typo": (
        _set("target_labels", ["open_questions"]),
        "target_labels",
        "did you mean 'open_question'",
    ),
    "label in both lists": (_set("avoid_labels", ["open_question"]), "avoid_labels", "also a"),
    "model answer with a slip": (
        _set("model_answers", [{"text": "You should come next week. What helps?", "why": "x"}]),
        "model_answers",
        "answer 1 shows advice",
    ),
    "model answer without the target": (
        _set("model_answers", [{"text": "That sounds heavy.", "why": "x"}]),
        "model_answers",
        "answer 1 does not show open_question",
    ),
    "hard topic without a note": (
        _set("peer_says", "I couldn't face it after the funeral."),
        "content_note",
        "'funeral', a hard topic (grief)",
    ),
    "two details changed": (
        _set("variants.2.setting", lambda s: s.replace("34", "40").replace("Tuesdays", "Mondays")),
        "variants",
        "differs from the first version's in 2 places",
    ),
    "no detail changed": (
        _set("variants.1.setting", lambda s: shipped()["moments"][0]["variants"][0]["setting"]),
        "variants",
        "is the same as the first version's",
    ),
    "unknown notebook": (
        _set("variants.1.notebook", "03_acknowledgment"),
        "variants",
        "did you mean '03_acknowledgement'",
    ),
    "two versions in one notebook": (
        _set("variants.2.notebook", "03_acknowledgement"),
        "variants",
        "are both in 03_acknowledgement",
    ),
    "repeated id": (
        _set("variants.3.id", "missed-sessions-first"),
        "variants",
        "version 4: id 'missed-sessions-first' is already used",
    ),
    "reserved id": (_set("variants.3.id", "review"), "variants", "kept for the closing"),
    "unknown version field": (
        _set("variants.1.colour", "x"),
        "variants",
        "version 2: 'colour' is not a field of a version",
    ),
    "one version only": (_set("variants", lambda v: v[:1]), "variants", "2 to 6 versions"),
    "empty detail": (_set("variants.1.detail", ""), "variants", "version 2: 'detail' should"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_data_is_reported_with_file_row_field_and_line(tmp_path, case):
    change, column, words = BAD[case]
    data = copy.deepcopy(shipped())
    change(data)
    with pytest.raises(DataFileError) as err:
        load_mirror(write(tmp_path, data))
    found = [p for p in err.value.problems if p.column == column and words in p.message]
    assert found, [str(p) for p in err.value.problems]
    problem = found[0]
    assert problem.file.endswith("bias_mirror.yaml") and problem.row == 1
    assert re.search(r"\(line \d+\)$", problem.message), problem.message


def test_a_broken_file_names_its_line_and_the_exercise_shows_every_problem(tmp_path, monkeypatch):
    broken = tmp_path / "bias_mirror.yaml"
    broken.write_text("schema_version: 1\nmoments: [\n  - : :\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_mirror(broken)
    assert err.value.problems[0].row is not None and "not valid YAML" in str(err.value)
    data = copy.deepcopy(shipped())
    BAD["label typo"][0](data)
    bad = write(tmp_path, data)
    monkeypatch.setattr(view, "default_mirror", lambda: load_mirror(bad))
    for box in (mirror("missed-sessions-first"), mirror_review()):
        words = plain(box.children[0].value)
        assert "open_questions" in words and "row 1" in words and "target_labels" in words


def test_an_unknown_id_suggests_close_ones():
    box = mirror("missed-session-age")
    assert "missed-sessions-age" in box.children[0].value


# --- replies are private ------------------------------------------------------------------------


def test_a_reply_is_scored_like_a_rewrite_and_kept_only_in_the_private_journal(tmp_path):
    store = ProgressStore(tmp_path / "progress.sqlite3")
    words = "You should sort out the council flat first. " + HOSTILE
    exercise = answer("missed-sessions-hostel", words, store)
    feedback = html.unescape(exercise.feedback.value)
    assert label_title("advice") in feedback and "You should" in feedback
    assert HOSTILE not in exercise.feedback.value  # the learner's words are escaped
    assert text.t("bias_mirror.saved") in html.unescape(exercise.status.value)
    assert exercise.flag is None  # a flag can be shared; a mirror reply never is
    assert store.attempts() == [] and store.completed() == set()
    entries = store.journal("mirror-missed-sessions-hostel")
    assert [e.text for e in entries] == [words.strip()]
    for anonymous in (True, False):
        target = store.export(tmp_path / f"export-{anonymous}.csv", anonymous=anonymous)
        exported = target.read_text(encoding="utf-8-sig")
        assert "council flat" not in exported and "mirror" not in exported
        assert list(csv.DictReader(exported.splitlines())) == []
    exercise.model_button.click()
    assert text.t("bias_mirror.model_note") in html.unescape(exercise.model_area.value)


def test_the_reflection_at_the_end_is_private_too(tmp_path):
    store = ProgressStore(tmp_path / "progress.sqlite3")
    review = mirror_review(store=store).review
    review.entry.value = "I noticed I offered advice once. " + HOSTILE
    review.save_button.click()
    assert [e.text for e in store.journal(REVIEW_PROMPT_ID)][0].startswith("I noticed")
    assert HOSTILE not in review.earlier.value and html.escape(HOSTILE) in review.earlier.value
    exported = store.export(tmp_path / "all.csv", anonymous=False).read_text(encoding="utf-8-sig")
    assert "advice once" not in exported and "mirror" not in exported


def test_skipping_keeps_nothing_and_the_privacy_is_said_before_any_reply():
    box = mirror("missed-sessions-first")
    exercise = box.exercise
    intro = html.unescape(box.children[1].value)  # under the store's one-time notice
    if text.t("bias_mirror.kind") not in intro:
        intro = html.unescape(box.children[0].value)
    assert text.t("bias_mirror.intro") in intro and "notebook 12" in intro
    assert str(get_store().path) in intro
    exercise.skip_button.click()
    assert get_store().journal() == [] and get_store().attempts() == []
    exercise.check_button.click()  # an empty answer: a kind nudge, nothing kept
    assert get_store().journal() == []


def test_the_mirror_is_not_a_scenario_type():
    assert Exercise.registry["rewrite"] is RewriteExercise
    assert view.MirrorExercise not in Exercise.registry.values()


class LockedStore(MemoryProgressStore):
    def save_journal(self, prompt_id, text):
        raise StoreError("database is locked")


def test_a_failed_save_is_said_kindly_and_the_feedback_stays():
    exercise = answer("missed-sessions-age", "What would help?", LockedStore())
    assert exercise.feedback.value
    failed = text.t("common.save_failed", error="database is locked")
    assert failed in html.unescape(exercise.status.value)


def test_a_saved_notebook_holds_no_reply():
    store = MemoryProgressStore()
    answer("missed-sessions-first", "My private words " + HOSTILE, store)
    for box in (mirror("missed-sessions-first", store=store), mirror_review(store=store)):
        bundle = box._repr_mimebundle_()
        assert "My private words" not in bundle["text/plain"] + bundle["text/html"]


# --- the review -------------------------------------------------------------------------------


def test_the_review_shows_replies_side_by_side_with_labels_in_words_and_escaped():
    store = MemoryProgressStore()
    answer("missed-sessions-first", "That sounds heavy. How are you doing today?", store)
    answer("missed-sessions-hostel", "You should get the housing sorted first. " + HOSTILE, store)
    answer("missed-sessions-name", "What would help you feel ready to come back?", store)
    review = mirror_review(store=store).review
    table = review.table.value
    assert HOSTILE not in table and html.escape(HOSTILE) in table
    headings = re.findall(r"<th scope='col'[^>]*>(.*?)</th>", table)
    assert [html.unescape(h) for h in headings] == [
        v.detail for v in load_mirror().moments[0].variants
    ]
    words = plain(table)
    for label in ("open_question", "reflection", "advice"):
        assert label_title(label) in words
    assert "“Advice”" in words and "where she was living in a hostel" in words
    assert "“Open question”" in words  # in the others it asked an open question
    assert words.count(text.t("bias_mirror.not_answered")) == 2


def test_missing_versions_are_named_by_their_notebooks():
    store = MemoryProgressStore()
    review = mirror_review(store=store).review
    words = plain(review.table.value)
    variants = load_mirror().moments[0].variants
    assert text.t("bias_mirror.none_yet", notebooks="x").split("x")[0].strip() in words
    for variant in variants:
        assert view.notebook_name(variant.notebook) in words
    answer(variants[0].id, "What would help?", store)
    answer(variants[1].id, "How are you doing today?", store)
    review.refresh_button.click()
    words = plain(review.table.value)
    assert f"{len(variants) - 2} versions are still to come" in words
    assert "notebook 05 · Self-determination" in words
    assert "notebook 01 · Hope" not in words.split("still to come")[1].split(".")[0]


def test_one_reply_is_not_compared_and_identical_labels_say_so():
    store = MemoryProgressStore()
    answer("missed-sessions-first", "What would help?", store)
    review = mirror_review(store=store).review
    assert text.t("bias_mirror.too_few") in html.unescape(review.table.value)
    answer("missed-sessions-age", "What might help?", store)
    review.refresh()
    assert text.t("bias_mirror.same_everywhere") in html.unescape(review.table.value)


def test_the_first_reply_is_the_one_compared_and_later_tries_are_counted():
    moment = load_mirror().moments[0]
    first = moment.variants[0]
    journal = {first.prompt_id: ["What would help?", "", "Second go."]}
    found = replies(moment, journal)
    assert found[0].text == "What would help?" and found[0].tries == 2
    assert all(r.text is None for r in found[1:])
    assert "question" not in found[0].labels and "open_question" in found[0].labels


def test_differences_name_the_replies_that_stand_out():
    moment = load_mirror().moments[0]
    v = moment.variants
    journal = {
        v[0].prompt_id: ["What would help?"],
        v[1].prompt_id: ["You should sort your housing out."],
        v[2].prompt_id: ["How are you doing?"],
    }
    (contrast,) = bm.differences(replies(moment, journal))
    assert contrast.variants == (v[1],)
    assert "advice" in contrast.more and "open_question" in contrast.fewer
    words = view.contrast_words(contrast)
    assert words.startswith("In your reply to the version where she was living in a hostel")
    assert "“Advice”" in words and "“Open question”" in words


# --- a learner's whole path, headless ------------------------------------------------------------


def test_end_to_end_every_version_answered_then_the_review_opened():
    moment = load_mirror().moments[0]
    for n, variant in enumerate(moment.variants):
        box = mirror(variant.id)
        buttons = {b.description: b for b in walk(box) if isinstance(b, widgets.Button)}
        area = next(w for w in walk(box) if isinstance(w, widgets.Textarea))
        area.value = f"Reply {n}: what would help you this week?"
        buttons[text.t("buttons.check_answer")].click()
    box = mirror_review()
    words = plain(box.review.table.value)
    for n in range(len(moment.variants)):
        assert f"Reply {n}: what would help you this week?" in words
    assert text.t("bias_mirror.not_answered") not in words
    assert "still to come" not in words
    assert text.t("bias_mirror.same_everywhere") in words
    assert get_store().attempts() == []
    assert len(get_store().journal()) == len(moment.variants)
