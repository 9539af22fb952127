"""Pair practice rubric: the data file, the comparison logic and the widget, without a browser."""

import json

import pytest

from widgets.content import pair_rubric as pp
from widgets.core.datafiles import DataFileError
from widgets.core.values import VALUES
from widgets.store import reset_store
from widgets.ui.pair_practice import PairRubricView, pair_rubric


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PEER_COURSE_HOME", str(tmp_path))
    reset_store()
    yield
    reset_store()


def test_rubric_has_one_contrast_line_per_value():
    rubric = pp.load_rubric()
    assert sorted(line.value for line in rubric.lines) == sorted(VALUES)
    assert all("rather than" in line.text for line in rubric.lines)
    assert set(rubric.scale) == {1, 2, 3, 4}


def test_bad_rubric_names_file_row_and_column(tmp_path):
    bad = tmp_path / "pair_rubric.yaml"
    bad.write_text(
        "schema_version: 1\n"
        "scale: {1: a, 2: b, 3: c}\n"
        "lines:\n"
        "  - {id: Hope!, value: hope_and_wholeness, text: x}\n"
        "  - {id: ok, value: kindness, text: ''}\n"
        "pair_practice: {}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as err:
        pp.load_rubric(bad)
    found = {(p.row, p.column) for p in err.value.problems}
    assert {(None, "scale"), (1, "id"), (2, "value"), (2, "text"), (None, "pair_practice")} <= found
    assert all(p.file.endswith("pair_rubric.yaml") for p in err.value.problems)


def test_broken_yaml_reports_its_line(tmp_path):
    bad = tmp_path / "pair_rubric.yaml"
    bad.write_text("lines: [\n  - : :\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        pp.load_rubric(bad)
    assert err.value.problems[0].row is not None


def test_compare_puts_differences_in_words():
    rubric = pp.load_rubric()
    first, second, third = (line.id for line in rubric.lines[:3])
    result = pp.compare({first: 2, second: 3, third: 4}, {first: 4, second: 3}, rubric)
    by_id = {c.line.id: c for c in result}
    assert by_id[first].difference == 2 and "partner" in by_id[first].words.lower()
    assert by_id[second].difference == 0 and "same" in by_id[second].words
    assert by_id[third].difference is None and "only one" in by_id[third].words.lower()
    table = pp.comparison_table(result, rubric)
    assert "2 " + rubric.scale[2] in table and "4 " + rubric.scale[4] in table
    assert len(table.splitlines()) == len(rubric.lines) + 2


def test_compare_rejects_unknown_lines_and_ratings():
    with pytest.raises(ValueError):
        pp.compare({"no-such-line": 2}, {})
    line = pp.load_rubric().lines[0].id
    with pytest.raises(ValueError):
        pp.compare({line: 5}, {})
    with pytest.raises(ValueError):
        pp.compare({line: True}, {})


def test_widget_compares_escapes_and_saves_privately():
    from widgets.store import get_store

    view = pair_rubric()
    view.on_compare()
    assert view.save_button.disabled
    first = view.rubric.lines[0].id
    view.self_inputs[first].value = 1
    view.partner_inputs[first].value = 3
    view.on_compare()
    assert "<pre" in view.table.value and "2 steps" in view.table.value
    assert not view.save_button.disabled
    view.on_save()
    entries = get_store().journal("pair-rubric")
    assert len(entries) == 1
    saved = json.loads(entries[0].text)
    assert saved["lines"][0] == {
        "id": first,
        "value": view.rubric.lines[0].value,
        "speaker": 1,
        "partner": 3,
    }
    assert "Saved" in view.status.value
    # Trainer-written words are escaped, never run as HTML.
    rubric = pp.load_rubric()
    line = rubric.lines[0]
    tricky = pp.PairRubric(
        (pp.RubricLine(line.id, line.value, "<script>alert(1)</script>"),), rubric.scale
    )
    html_view = PairRubricView(tricky)
    assert "<script>" not in html_view.children[1].value
    assert "&lt;script&gt;" in html_view.children[1].value
