"""Printable handouts of the course notebooks, for participants and for facilitators.

Participants get the teaching text and the saved outputs (examples, exercise descriptions) with
the code hidden and every cell tagged ``facilitator`` removed. Facilitators get everything,
including their notes and the code. Live widgets cannot work on paper or in a plain web page, so
each widget output is replaced by the readable text/HTML version the course saves beside it.

A handout asks no other computer for anything, so it looks the same opened offline: it has no
JavaScript at all (nbconvert's page would load require.js, MathJax and mermaid from a CDN; the
course needs none of them), its styles are inlined, and the notebook's own HTML and markdown are
sanitised (nbconvert's ``sanitize_html``, with the course's list of allowed tags): no script, no
event-handler attribute, no ``javascript:`` link, and no picture, frame or style fetched from
elsewhere (a picture the notebook carries inside itself, as data, still shows).

PDF is made where the machine can: first by printing the HTML handout with the machine's own
Chromium (``/usr/bin/chromium`` or ``PEER_COURSE_CHROMIUM``, driven by playwright, with every
network request blocked), then the same way with playwright's own Chromium if it is installed,
then LaTeX (xelatex). When none is available, a one-line reason is printed and the HTML handouts
are still written.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import functools
import os
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

import nbformat
from jinja2 import DictLoader
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor

from widgets.core.paths import COURSE_DIR
from widgets.tools.cli import ArgumentParser, fail
from widgets.tools.notebooks import (
    NotebookError,
    course_notebooks,
    read_notebook,
    strip_live_widgets,
)

__all__ = [
    "AUDIENCES",
    "COURSE_DIR",
    "clean_html",
    "course_notebooks",
    "handouts_command",
    "render_handouts",
]

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


#: nbconvert's lab page without its scripts: require.js, MathJax and mermaid came from a CDN, and
#: a widget's saved state needs a widget manager from one too. A handout is read, not run.
HANDOUT_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block data_javascript -%}{%- endblock data_javascript -%}
{%- block data_widget_view -%}{%- endblock data_widget_view -%}
"""

# --- sanitising: what of a notebook's own HTML may reach the handout -----------------------------

#: Tags a course notebook's markdown and saved outputs use, and markdown makes.
ALLOWED_TAGS = frozenset(
    "a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt "
    "em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small "
    "span strong sub summary sup table tbody td tfoot th thead time tr u ul var".split()
)
#: Attributes any allowed tag may keep (plus aria-*), and those of particular tags.
GLOBAL_ATTRIBUTES = frozenset({"class", "id", "title", "lang", "dir", "role", "style"})
TAG_ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "ol": {"start", "type"},
    "li": {"value"},
    "table": {"border"},
    "col": {"span"},
    "colgroup": {"span"},
    "details": {"open"},
    "time": {"datetime"},
}
#: Inline style the course uses; values that could fetch anything (url(), image-set(), @import)
#: or hide one (CSS escapes) are refused whole.
ALLOWED_CSS = frozenset(
    "text-align unicode-bidi direction color background-color font-weight font-style "
    "text-decoration vertical-align white-space margin margin-top margin-bottom margin-left "
    "margin-right padding padding-top padding-bottom padding-left padding-right border "
    "border-color border-style border-width width max-width height list-style-type".split()
)
_UNSAFE_CSS = re.compile(r"[\\@]|url|image|expression|import", re.IGNORECASE)
#: Elements whose content is code or data, not text: removed with what they hold.
_CODE_ELEMENTS = re.compile(
    r"<(script|style|template|iframe|object|embed|noscript|textarea|xmp|noembed|noframes)\b"
    r".*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
_DATA_IMAGE = re.compile(r"data:image/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=\s]*\Z")


def _local_url(value: str) -> bool:
    """A fragment or a path on the same site: no scheme, no host, nothing a browser would read as
    one (a backslash or a space can turn ``/\\host`` into another host)."""
    if not value or re.search(r"[\\\s\x00-\x1f]", value) or value.startswith("//"):
        return False
    parts = urlsplit(value)
    return not parts.scheme and not parts.netloc


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if name not in GLOBAL_ATTRIBUTES and name not in TAG_ATTRIBUTES.get(tag, ()):
        return name.startswith("aria-")
    if name == "href":  # a link the reader may follow; it is not fetched when the page opens
        return _local_url(value) or urlsplit(value.strip()).scheme in ("http", "https", "mailto")
    if name == "src":  # a picture is fetched: only one the notebook carries, or a local file
        return bool(_DATA_IMAGE.match(value)) or _local_url(value)
    if name == "style":
        return not _UNSAFE_CSS.search(value)
    return True


@functools.cache
def _cleaner():
    import bleach
    from bleach.css_sanitizer import CSSSanitizer

    return bleach.Cleaner(
        tags=ALLOWED_TAGS,
        attributes=_allowed_attribute,
        protocols={"http", "https", "mailto", "data"},
        strip=True,
        strip_comments=True,
        css_sanitizer=CSSSanitizer(allowed_css_properties=ALLOWED_CSS),
    )


def clean_html(html: str | bytes) -> str:
    """A notebook's HTML with only the tags and attributes above kept (nbconvert's ``clean_html``
    filter, with the course's allow-list: nbconvert's own would drop headings and paragraphs)."""
    html = html.decode("utf-8", "replace") if isinstance(html, bytes) else str(html)
    return _cleaner().clean(_CODE_ELEMENTS.sub("", html))


def _open_facilitator_notes(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Facilitator notes are folded (``<details>``) on screen so a learner meets the learning
    first; on a facilitator's printed page they are the point, so they print open."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and FACILITATOR_TAG in cell.get("metadata", {}).get(
            "tags", ()
        ):
            cell.source = re.sub(r"<details>", "<details open>", cell.source)
    return nb


def _drop_file_links(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Outputs show the data they carry, never a file or address named in their metadata, and a
    picture's size is kept only as a number (nbconvert writes it into the tag unquoted)."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            output.pop("svg_filename", None)
            metadata = output.get("metadata") or {}
            metadata.pop("filenames", None)
            for holder in (metadata, *(v for v in metadata.values() if isinstance(v, dict))):
                for key in ("width", "height"):
                    size = holder.get(key)
                    if size is not None and (isinstance(size, bool) or not isinstance(size, int)):
                        holder.pop(key)
    return nb


def handout_exporter(exporter_class=HTMLExporter):
    """An exporter that writes the offline, sanitised handout page."""
    return exporter_class(
        template_name="lab",
        template_file="handout.html.j2",
        extra_loaders=[DictLoader({"handout.html.j2": HANDOUT_TEMPLATE})],
        sanitize_html=True,
        filters={"clean_html": clean_html},
    )


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

    def __init__(self, executable: Path | None = None, *, own: bool = False) -> None:
        """The machine's Chromium (``executable``, default CHROMIUM), or with ``own`` the one
        playwright downloads; either way every request the page makes is refused."""
        executable = None if own else (executable or CHROMIUM)
        if executable is not None and not executable.exists():
            raise RuntimeError(f"no Chromium at {executable}")
        self._thread = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        try:
            self._playwright, self._browser = self._thread.submit(self._start, executable).result()
        except BaseException:
            self._thread.shutdown()
            raise

    @staticmethod
    def _start(executable: Path | None):
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
        try:
            browser = playwright.chromium.launch(
                executable_path=str(executable) if executable else None,
                headless=True,
                args=CHROMIUM_ARGS,
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


def _first_line(err: BaseException) -> str:
    return str(err).splitlines()[0] if str(err) else type(err).__name__


def _pdf(nb: nbformat.NotebookNode, target: Path, audience: str) -> str | None:
    """Write a PDF beside the HTML without the machine's Chromium: with playwright's own (the
    same offline handout, requests refused), else LaTeX. Return a one-line reason when neither
    can. (nbconvert's webpdf is not used: it opens its page with every request let through.)"""
    reasons = []
    try:
        body, _ = _configure(handout_exporter(), audience).from_notebook_node(nb)
        printer = ChromiumPrinter(own=True)
        try:
            printer.print(body, target)
        finally:
            printer.close()
        return None
    except Exception as err:  # missing playwright/chromium shows up as several error types
        reasons.append(f"playwright chromium: {_first_line(err)}")
    try:
        from nbconvert import PDFExporter

        exporter = _configure(PDFExporter(), audience)
        body, _ = exporter.from_notebook_node(nb)
        target.write_bytes(body)
        return None
    except Exception as err:
        reasons.append(f"latex: {_first_line(err)}")
    return "; ".join(reasons)


def render_handouts(
    out_dir: str | Path,
    audience: str = "participant",
    formats: Sequence[str] = ("html",),
    notebooks: Iterable[str | Path] | None = None,
) -> list[Path]:
    """Render each notebook to ``out_dir/<audience>/<name>.html`` (and ``.pdf`` if asked and
    possible); return the files written. Facilitator-tagged cells go only to facilitators.

    Every notebook is read before anything is written: one that cannot be read raises
    NotebookError (a ValueError) naming it, and no handout is made.
    """
    unknown = set(formats) - {"html", "pdf"}
    if unknown:
        raise ValueError(f"Formats can be html and pdf, not {', '.join(sorted(unknown))}.")
    exporter = _configure(handout_exporter(), audience)
    sources = [Path(p) for p in notebooks] if notebooks is not None else course_notebooks()
    books = [(source, read_notebook(source)) for source in sources]
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
        for source, nb in books:
            nb = _drop_file_links(strip_live_widgets(nb))
            if audience == "facilitator":
                nb = _open_facilitator_notes(nb)
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
    """Write HTML (and, with --pdf, PDF) handouts of the course notebooks.

    Returns 0, or 2 (one line on stderr, nothing written) for a notebook that cannot be read
    or an --out that is not a folder."""
    prog = "python -m widgets handouts"
    parser = ArgumentParser(prog=prog, description=handouts_command.__doc__.split("\n")[0])
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
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        return fail(prog, f"--out {out} is a file; give a folder to write the handouts into")
    for audience in audiences:
        try:
            paths = render_handouts(out, audience, formats, args.notebooks or None)
        except NotebookError as err:
            return fail(prog, str(err))
        except OSError as err:
            where = err.filename or out
            return fail(prog, f"cannot write to {where}: {(err.strerror or str(err)).lower()}")
        print(f"{audience}: {len(paths)} file(s) written to {out / audience}")
    return 0


if __name__ == "__main__":
    sys.exit(handouts_command(sys.argv[1:]))
