"""Facilitator dashboard: reads real exports, reports bad files, and never exposes a person."""

import shutil

import pandas as pd
import pytest
from matplotlib.figure import Figure

from widgets.store import ProgressStore, reset_store
from widgets.tools.dashboard import charts, figure_html, load_exports, make_demo_exports, summarise

SECRET = "My name is Zebulon and I live on Quince Street"


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path / "home"))
    reset_store()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    paths = make_demo_exports(folder, n=8, seed=0)
    return folder, paths


def _person(folder, name, exercise, value, tries, before=None, anonymous=True):
    store = ProgressStore(folder.parent / f"{name}-home" / "progress.sqlite3")
    for text, labels in tries:
        store.record_attempt(exercise, text, labels, value=value)
    if before:
        store.record_selfcheck("before", before)
    return store.export(folder / f"{name}.csv", anonymous=anonymous)


def _all_text(summary) -> str:
    return "\n".join(df.to_csv() for df in summary.values())


def test_demo_exports_are_real_and_deterministic(demo, tmp_path):
    folder, paths = demo
    assert len(paths) == 8
    df, problems = load_exports(folder)
    assert problems == []
    assert df["export_id"].nunique() == 8
    again = tmp_path / "again"
    make_demo_exports(again, n=8, seed=0)
    first = summarise(df)
    second = summarise(load_exports(again)[0])
    for key in first:
        pd.testing.assert_frame_equal(first[key], second[key])
    by_value = first["by_value"].set_index(["value", "stage"])
    advice = by_value["advice_%"].unstack()
    assert (advice["first"] >= advice["later"]).mean() > 0.5


def test_bad_and_duplicate_files_are_reported_per_file(demo, tmp_path):
    folder = tmp_path / "mixed"
    shutil.copytree(demo[0], folder)
    first = sorted(folder.glob("*.csv"))[0]
    shutil.copy(first, folder / "same-content.csv")
    # Same person exporting twice: same export_id, different content.
    text = first.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    (folder / "same-person.csv").write_text(text, encoding="utf-8")
    (folder / "notes.txt").write_text("not an export", encoding="utf-8")
    (folder / "empty.csv").write_bytes(b"")
    (folder / "header-only.csv").write_text(
        "record_type,export_id,exercise_id,value,attempt_number,labels,skipped,phase,"
        "rating_value,rating\n",
        encoding="utf-8",
    )
    (folder / "wrong.csv").write_text("name,score\nsomeone,3\n", encoding="utf-8")
    (folder / "latin1.csv").write_bytes("record_type\ncaf\xe9\n".encode("latin-1"))
    (folder / ".hidden.csv.tmp").write_text("half written", encoding="utf-8")
    df, problems = load_exports(folder)
    joined = "\n".join(problems)
    for name, words in [
        ("same-content.csv", "identical"),
        ("same-person.csv", "same export_id"),
        ("notes.txt", "not a CSV"),
        ("empty.csv", "empty"),
        ("header-only.csv", "no rows"),
        ("wrong.csv", "missing the column"),
        ("latin1.csv", "UTF-8"),
    ]:
        line = next((p for p in problems if p.startswith(name) or f" {name}" in p), "")
        assert words in line, (name, joined)
    assert ".hidden" not in joined
    assert df["export_id"].nunique() == 8


def test_bad_rows_are_dropped_and_counted(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    path = _person(folder, "a", "ex-1", "curiosity", [("What helps?", ["open_question"])])
    text = path.read_text(encoding="utf-8-sig")
    header, row = text.splitlines()[:2]
    bad = row.replace(",1,", ",lots,", 1)
    path.write_text("\n".join([header, row, bad]) + "\n", encoding="utf-8")
    df, problems = load_exports(folder)
    assert len(df) == 1
    assert len(problems) == 1 and "row" in problems[0] and "3" in problems[0]


def test_small_groups_are_hidden_and_free_text_never_appears(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    ratings = {"curiosity": 2, "mutuality": 3}
    for i in range(3):
        _person(
            folder,
            f"big{i}",
            "big-exercise",
            "mutuality",
            [("Have you tried yoga?", ["advice"]), ("What helps you?", ["open_question"])],
            before=ratings,
        )
    for i in range(2):  # a group of two: must be hidden everywhere
        _person(
            folder,
            f"small{i}",
            "small-exercise",
            "curiosity",
            [(SECRET, ["reflection"])],
            anonymous=False,  # even a non-anonymous export's free text must be dropped
        )
    df, problems = load_exports(folder)
    assert problems == []
    assert "response" not in df.columns
    assert not df.astype(str).apply(lambda c: c.str.contains("Zebulon")).any().any()
    summary = summarise(df, min_group=3)
    assert "small-exercise" not in set(summary["by_exercise"]["exercise_id"])
    assert "curiosity" not in set(summary["by_value"]["value"])
    assert "big-exercise" in set(summary["by_exercise"]["exercise_id"])
    first = summary["by_value"].set_index("stage").loc["first"]
    assert first["people"] == 3 and first["advice_%"] == 100
    later = summary["by_value"].set_index("stage").loc["later"]
    assert later["open_question_%"] == 100 and later["advice_%"] == 0
    check = summary["selfcheck"].set_index("value")
    assert check.loc["curiosity", "before_mean"] == 2.0
    assert pd.isna(check.loc["curiosity", "after_mean"])
    overview = summary["overview"].set_index("measure")["count"]
    assert overview["groups hidden (too few people)"] >= 2
    text = _all_text(summary)
    assert "Zebulon" not in text and "small" not in text and "export_id" not in text
    # With a threshold of 2 the small group shows (the threshold is configurable).
    assert "small-exercise" in set(summarise(df, min_group=2)["by_exercise"]["exercise_id"])
    figures = charts(summary)
    assert len(figures) == 2 and all(isinstance(f, Figure) for f in figures)
    labels = [t.get_text() for ax in figures[0].axes for t in ax.texts]
    assert "100%" in labels
    assert 'alt="A chart"' in figure_html(figures[1], "A chart")


def test_empty_or_missing_folder(tmp_path):
    df, problems = load_exports(tmp_path / "nowhere")
    assert df.empty and "no such folder" in problems[0]
    (tmp_path / "empty").mkdir()
    df, problems = load_exports(tmp_path / "empty")
    assert df.empty and problems
    summary = summarise(df)
    assert summary["by_value"].empty and summary["selfcheck"].empty
    figures = charts(summary)
    assert len(figures) == 2
