"""Handouts: participants never see facilitator notes or code; facilitators see both."""

import re

import nbformat
import pytest

from widgets.tools import handouts
from widgets.tools.handouts import course_notebooks, handouts_command, render_handouts


@pytest.fixture(scope="module")
def notebook():
    tagged = [p for p in course_notebooks() if '"facilitator"' in p.read_text(encoding="utf-8")]
    assert tagged, "a course notebook with facilitator-tagged cells is needed"
    return tagged[0]


def _facilitator_phrases(path) -> list[str]:
    """Plain-word runs from facilitator-tagged cells (markdown markup never splits them)."""
    nb = nbformat.read(path, as_version=4)
    cells = [c for c in nb.cells if "facilitator" in c.metadata.get("tags", [])]
    return [re.findall(r"[A-Za-z][A-Za-z ]{30,}", c.source)[0].strip() for c in cells]


def test_participant_and_facilitator_handouts(tmp_path, notebook):
    (participant,) = render_handouts(tmp_path, "participant", notebooks=[notebook])
    (facilitator,) = render_handouts(tmp_path, "facilitator", notebooks=[notebook])
    p_html = participant.read_text(encoding="utf-8")
    f_html = facilitator.read_text(encoding="utf-8")
    phrases = _facilitator_phrases(notebook)
    assert phrases
    for phrase in phrases:
        assert phrase in f_html
        assert phrase not in p_html
    assert "celltag_facilitator" not in p_html
    # Code input hidden for participants, outputs kept (the exercise text still shows).
    assert p_html.count("jp-InputArea-editor") < f_html.count("jp-InputArea-editor")
    assert "application/vnd.jupyter.widget-view+json" not in p_html
    assert participant.parent.name == "participant" and participant.suffix == ".html"
    # Folded on screen, the facilitator notes print open for facilitators.
    assert "<details>" in notebook.read_text(encoding="utf-8")
    assert "<details open" in f_html and "<details>" not in f_html


def test_command_writes_html_even_when_pdf_is_unavailable(tmp_path, notebook, capsys):
    code = handouts_command(["--audience", "both", "--out", str(tmp_path), "--pdf", str(notebook)])
    assert code == 0
    for audience in ("participant", "facilitator"):
        assert (tmp_path / audience / f"{notebook.stem}.html").is_file()
    out = capsys.readouterr().out
    pdf_made = (tmp_path / "participant" / f"{notebook.stem}.pdf").is_file()
    assert pdf_made or "PDF handouts skipped" in out


@pytest.mark.skipif(
    not handouts.CHROMIUM.exists(),
    reason=f"PDF printing needs Chromium at {handouts.CHROMIUM} (apt-get install -y chromium)",
)
def test_pdf_handouts_are_printed_offline_with_the_machines_chromium(tmp_path, notebook):
    written = render_handouts(tmp_path, "participant", formats=("pdf",), notebooks=[notebook])
    pdf = tmp_path / "participant" / f"{notebook.stem}.pdf"
    assert written == [pdf]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page") >= 2


def test_without_chromium_pdf_falls_back_and_html_is_still_written(
    tmp_path, notebook, monkeypatch, capsys
):
    monkeypatch.setattr(handouts, "CHROMIUM", tmp_path / "no-chromium-here")
    monkeypatch.setattr(handouts, "_pdf", lambda nb, target, audience: "latex: not installed")
    code = handouts_command(["--out", str(tmp_path), "--pdf", str(notebook)])
    assert code == 0
    assert (tmp_path / "participant" / f"{notebook.stem}.html").is_file()
    assert not (tmp_path / "participant" / f"{notebook.stem}.pdf").exists()
    out = capsys.readouterr().out
    assert "PDF handouts skipped" in out and "no Chromium at" in out and "latex" in out


def test_unknown_audience_is_refused(tmp_path, notebook):
    with pytest.raises(ValueError):
        render_handouts(tmp_path, "everyone", notebooks=[notebook])
