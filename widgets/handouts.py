"""Printable handouts of the course notebooks, for participants and for facilitators.

Participants get the teaching text and the saved outputs (examples, exercise descriptions) with
the code hidden and every cell tagged ``facilitator`` removed. Facilitators get everything,
including their notes and the code. Live widgets cannot work on paper or in a plain web page, so
each widget output is replaced by the readable text/HTML version the course saves beside it.

PDF is made where the machine can (nbconvert's ``webpdf`` needs playwright with chromium; the
LaTeX route needs xelatex). When neither is available, a one-line reason is printed and the
HTML handouts are still written.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor

__all__ = ["AUDIENCES", "COURSE_DIR", "handouts_command", "render_handouts"]

AUDIENCES = ("participant", "facilitator")
FACILITATOR_TAG = "facilitator"
COURSE_DIR = Path(__file__).resolve().parent.parent / "course"
_WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def course_notebooks() -> list[Path]:
    """The executed course notebooks, in course order."""
    return sorted(COURSE_DIR.glob("[0-9][0-9]_*.ipynb"))


def _static_outputs(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop live-widget views (and the widget state) so the saved text/HTML fallback shows."""
    nb = copy.deepcopy(nb)
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            data = output.get("data")
            if data is not None and _WIDGET_VIEW in data:
                data.pop(_WIDGET_VIEW)
                if not data:
                    continue
            kept.append(output)
        cell.outputs = kept
    return nb


def _configure(exporter, audience: str):
    """Participants: facilitator cells removed and code hidden (outputs kept)."""
    if audience not in AUDIENCES:
        raise ValueError(f"audience should be one of {', '.join(AUDIENCES)}, not {audience!r}.")
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    if audience == "participant":
        exporter.exclude_input = True
        remover = TagRemovePreprocessor(remove_cell_tags={FACILITATOR_TAG}, enabled=True)
        exporter.register_preprocessor(remover, enabled=True)
    return exporter


def _pdf(nb: nbformat.NotebookNode, target: Path, audience: str) -> str | None:
    """Write a PDF beside the HTML; return a one-line reason when this machine cannot."""
    reasons = []
    try:
        from nbconvert import WebPDFExporter

        exporter = _configure(WebPDFExporter(template_name="lab"), audience)
        body, _ = exporter.from_notebook_node(nb)
        target.write_bytes(body)
        return None
    except Exception as err:  # missing playwright/chromium shows up as several error types
        reasons.append(f"webpdf: {str(err).splitlines()[0] if str(err) else type(err).__name__}")
    try:
        from nbconvert import PDFExporter

        exporter = _configure(PDFExporter(), audience)
        body, _ = exporter.from_notebook_node(nb)
        target.write_bytes(body)
        return None
    except Exception as err:
        reasons.append(f"latex: {str(err).splitlines()[0] if str(err) else type(err).__name__}")
    return "; ".join(reasons)


def render_handouts(
    out_dir: str | Path,
    audience: str = "participant",
    formats: Sequence[str] = ("html",),
    notebooks: Iterable[str | Path] | None = None,
) -> list[Path]:
    """Render each notebook to ``out_dir/<audience>/<name>.html`` (and ``.pdf`` if asked and
    possible); return the files written. Facilitator-tagged cells go only to facilitators."""
    unknown = set(formats) - {"html", "pdf"}
    if unknown:
        raise ValueError(f"Formats can be html and pdf, not {', '.join(sorted(unknown))}.")
    exporter = _configure(HTMLExporter(template_name="lab"), audience)
    folder = Path(out_dir) / audience
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    pdf_reason: str | None = None
    for source in [Path(p) for p in notebooks] if notebooks is not None else course_notebooks():
        nb = _static_outputs(nbformat.read(source, as_version=4))
        if "html" in formats:
            body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": source.stem}})
            target = folder / f"{source.stem}.html"
            target.write_text(body, encoding="utf-8")
            written.append(target)
        if "pdf" in formats and pdf_reason is None:
            target = folder / f"{source.stem}.pdf"
            pdf_reason = _pdf(nb, target, audience)
            if pdf_reason is None:
                written.append(target)
            else:
                print(f"PDF handouts skipped (this machine can't make PDFs: {pdf_reason}).")
    return written


def handouts_command(argv: list[str]) -> int:
    """Write HTML (and, with --pdf, PDF) handouts of the course notebooks."""
    parser = argparse.ArgumentParser(
        prog="python -m widgets handouts", description=handouts_command.__doc__
    )
    parser.add_argument(
        "--audience",
        choices=[*AUDIENCES, "both"],
        default="participant",
        help="participant (no facilitator notes, no code), facilitator (everything), or both",
    )
    parser.add_argument(
        "--out", default="handouts", help="folder to write into (default: handouts)"
    )
    parser.add_argument("--pdf", action="store_true", help="also make PDFs where possible")
    parser.add_argument("notebooks", nargs="*", help="notebooks to render (default: all course)")
    args = parser.parse_args(argv)
    audiences = AUDIENCES if args.audience == "both" else (args.audience,)
    formats = ("html", "pdf") if args.pdf else ("html",)
    for audience in audiences:
        paths = render_handouts(args.out, audience, formats, args.notebooks or None)
        folder = Path(args.out) / audience
        print(f"{audience}: {len(paths)} file(s) written to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(handouts_command(sys.argv[1:]))
