"""Printable handouts of the course notebooks, for participants and for facilitators.

Participants get the teaching text and the saved outputs (examples, exercise descriptions) with
the code hidden and every cell tagged ``facilitator`` removed. Facilitators get everything,
including their notes and the code. Live widgets cannot work on paper or in a plain web page, so
each widget output is replaced by the readable text/HTML version the course saves beside it.

PDF is made where the machine can: first by printing the HTML handout with the machine's own
Chromium (``/usr/bin/chromium`` or ``PEER_COURSE_CHROMIUM``, driven by playwright, with every
network request blocked), then nbconvert's ``webpdf`` (playwright's own chromium), then LaTeX
(xelatex). When none is available, a one-line reason is printed and the HTML handouts are still
written.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor

from widgets.core.paths import COURSE_DIR
from widgets.tools.notebooks import course_notebooks, strip_live_widgets

__all__ = ["AUDIENCES", "COURSE_DIR", "course_notebooks", "handouts_command", "render_handouts"]

AUDIENCES = ("participant", "facilitator")
FACILITATOR_TAG = "facilitator"
#: The machine's own Chromium (Debian: apt-get install chromium); never a downloaded one. The
#: browser tests (tests/browser) use the same browser and flags.
CHROMIUM = Path(os.environ.get("PEER_COURSE_CHROMIUM", "/usr/bin/chromium"))
#: Headless and quiet: no GPU, no sandbox (containers, root), nothing fetched in the background.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


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


class ChromiumPrinter:
    """Print HTML handouts to A4 PDFs with the machine's Chromium, offline, one browser per run.

    Playwright runs in a thread of its own, so printing also works where an event loop is
    already running (a Jupyter kernel, or a test session that drives a browser itself).
    """

    def __init__(self) -> None:
        if not CHROMIUM.exists():
            raise RuntimeError(f"no Chromium at {CHROMIUM}")
        self._thread = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        try:
            self._playwright, self._browser = self._thread.submit(self._start).result()
        except BaseException:
            self._thread.shutdown()
            raise

    @staticmethod
    def _start():
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
        try:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
        except BaseException:
            playwright.stop()
            raise
        return playwright, browser

    def print(self, html: str, target: Path) -> None:
        self._thread.submit(self._print, html, target).result()

    def _print(self, html: str, target: Path) -> None:
        page = self._browser.new_page()
        try:
            # A handout is self-contained: nothing is fetched, so nothing leaves the machine.
            page.route("**/*", lambda route: route.abort())
            page.set_content(html, wait_until="domcontentloaded")
            page.emulate_media(media="print")
            margin = {side: "15mm" for side in ("top", "bottom", "left", "right")}
            page.pdf(path=str(target), format="A4", print_background=True, margin=margin)
        finally:
            page.close()

    def close(self) -> None:
        def stop():
            self._browser.close()
            self._playwright.stop()

        try:
            self._thread.submit(stop).result()
        finally:
            self._thread.shutdown()


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
    with contextlib.ExitStack() as stack:
        printer, chromium_reason = None, ""
        if "pdf" in formats:
            try:
                printer = ChromiumPrinter()
                stack.callback(printer.close)
            except Exception as err:  # no Chromium, no playwright, or it would not start
                chromium_reason = f"chromium: {str(err).splitlines()[0] if str(err) else err!r}"
        sources = [Path(p) for p in notebooks] if notebooks is not None else course_notebooks()
        for source in sources:
            nb = strip_live_widgets(nbformat.read(source, as_version=4))
            resources = {"metadata": {"name": source.stem}}
            body, _ = exporter.from_notebook_node(nb, resources=resources)
            if "html" in formats:
                target = folder / f"{source.stem}.html"
                target.write_text(body, encoding="utf-8")
                written.append(target)
            if "pdf" in formats and pdf_reason is None:
                target = folder / f"{source.stem}.pdf"
                if printer is not None:
                    printer.print(body, target)
                    written.append(target)
                    continue
                pdf_reason = _pdf(nb, target, audience)
                if pdf_reason is None:
                    written.append(target)
                else:
                    pdf_reason = "; ".join(filter(None, [chromium_reason, pdf_reason]))
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
