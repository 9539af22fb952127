"""Nothing is fetched from the network, and a notebook's HTML cannot run in a handout (security
review, issue 12, item 9).

A handout opened offline looks the same as online because it asks no other host for anything:
every src, href, @import and url() in it is parsed and none may be remote. A notebook whose
markdown, title and outputs carry script (``<img src=x onerror=...>``, ``javascript:`` links,
pictures and styles from another host) is rendered, and nothing of it may survive. PDFs are
printed with every request refused, also when the machine's Chromium is missing.

App mode's pages are checked in tests/test_app_mode.py, with :func:`remote_references` from here.
"""

from __future__ import annotations

import http.server
import re
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import nbformat
import pytest
from nbconvert import HTMLExporter
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output, new_raw_cell

from widgets.tools import handouts
from widgets.tools.handouts import AUDIENCES, course_notebooks, render_handouts

#: Attributes whose value is a URL a page may load (href: stylesheets, icons; links too).
URL_ATTRIBUTES = {
    "src",
    "href",
    "xlink:href",
    "srcset",
    "poster",
    "data",
    "action",
    "formaction",
    "background",
    "manifest",
    "ping",
}
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.IGNORECASE)
_EVIL = "evil.example"


def is_remote(url: str) -> bool:
    """A URL that names another host (http:, https:, //host, ftp: ...); data:, blob:, fragments
    and paths on the same site are not."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "mailto", "javascript"):
        return False
    return bool(parts.netloc or parts.scheme or url.startswith("//") or "\\" in url)


def _css_urls(css: str) -> list[str]:
    css = _CSS_COMMENT.sub("", css)
    return [m.group(2) if m.group(2) is not None else m.group(4) for m in _CSS_URL.finditer(css)]


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []  # (tag, attribute or "css", url)
        self.events: list[tuple[str, str, str]] = []  # (tag, attribute, value) of on* and js:
        self.scripts: list[str] = []
        self._style = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts.append(dict(attrs).get("src") or "(inline)")
        self._style = tag == "style"
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") or "javascript:" in value.lower().replace(" ", ""):
                self.events.append((tag, name, value))
            if name in URL_ATTRIBUTES:
                urls = [u.split()[0] for u in value.split(",") if u.strip()]
                self.found += [(tag, name, u) for u in (urls if name == "srcset" else [value])]
            if name == "style":
                self.found += [(tag, "style", u) for u in _css_urls(value)]
            if tag == "meta" and name == "content" and "url=" in value.lower():
                self.found.append((tag, "refresh", value.lower().split("url=", 1)[1]))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self._style = False

    def handle_endtag(self, tag):
        self._style = False

    def handle_data(self, data):
        if self._style:
            self.found += [("style", "css", u) for u in _css_urls(data)]


def parse(html: str) -> _References:
    parser = _References()
    parser.feed(html)
    parser.close()
    return parser


def remote_references(html: str, *, links_ok: bool = False) -> list[str]:
    """Every src/href/@import/url() in ``html`` that names another host. With ``links_ok``, an
    ``<a href>`` to a website is allowed: it is a link the reader may follow, not a request the
    page makes when it opens."""
    return [
        f"<{tag} {attribute}={url!r}>"
        for tag, attribute, url in parse(html).found
        if is_remote(url) and not (links_ok and tag == "a" and attribute == "href")
    ]


# --- the checker itself --------------------------------------------------------------------------


def test_the_checker_finds_every_kind_of_remote_reference():
    page = """<html><head><link rel=stylesheet href="https://cdn.example/a.css">
    <script src="//cdn.example/b.js"></script><style>/* https://in.a.comment */
    @import "https://cdn.example/c.css"; body { background: url( 'http://cdn.example/d.png' ) }
    </style><meta http-equiv="refresh" content="0; url=https://cdn.example/e"></head>
    <body><img srcset="a.png 1x, https://cdn.example/f.png 2x"><div style="background:url(//g)">
    <svg><image xlink:href="https://cdn.example/h.svg"/></svg><a href="https://site.example">x</a>
    <img src="data:image/png;base64,AAAA"><a href="#top">top</a><img src="local.png"></div>
    </body></html>"""
    found = remote_references(page)
    for name in "abcdefgh":
        assert any(f"/{name}" in ref for ref in found), (name, found)
    assert any("site.example" in ref for ref in found)
    assert not any("site.example" in ref for ref in remote_references(page, links_ok=True))
    assert not any("comment" in ref or "local" in ref or "data:" in ref for ref in found)


# --- the course's handouts -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def course_handouts(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("handouts")
    written = {}
    for audience in AUDIENCES:
        for path in render_handouts(folder, audience):
            written[f"{audience}/{path.name}"] = path
    assert len(written) == 2 * len(course_notebooks())
    return written


def test_course_handouts_ask_no_other_host_for_anything(course_handouts):
    for name, path in course_handouts.items():
        html = path.read_text(encoding="utf-8")
        assert remote_references(html) == [], name
        refs = parse(html)
        assert refs.scripts == [], f"{name}: a handout needs no JavaScript ({refs.scripts})"
        assert refs.events == [], name


class _Body(HTMLParser):
    """What a reader sees: the body's elements, attributes and text, without scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.seen: list[tuple] = []
        self._body = self._script = False

    def handle_starttag(self, tag, attrs):
        self._body = self._body or tag == "body"
        self._script = tag == "script"
        if self._body and not self._script:
            norm = [(k, re.sub(r";\s*", ";", (v or "").strip()).rstrip(";")) for k, v in attrs]
            self.seen.append(("<", tag, tuple(sorted(norm))))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = False
        elif self._body:
            self.seen.append((">", tag))

    def handle_data(self, data):
        if self._body and not self._script and data.strip():
            self.seen.append(("text", " ".join(data.split())))


def _body(html: str) -> list[tuple]:
    parser = _Body()
    parser.feed(html)
    return parser.seen


@pytest.mark.parametrize("audience", AUDIENCES)
def test_sanitising_leaves_the_course_handouts_as_they_were(course_handouts, audience):
    """Each course handout shows exactly what nbconvert's own, unsanitised page shows: the same
    elements, attributes and words (the sanitiser only ever removes what the course never has)."""
    plain = handouts._configure(HTMLExporter(template_name="lab"), audience)
    for source in course_notebooks():
        nb = handouts.strip_live_widgets(nbformat.read(source, as_version=4))
        if audience == "facilitator":  # their notes print open (folded on screen)
            nb = handouts._open_facilitator_notes(nb)
        expected, _ = plain.from_notebook_node(nb, resources={"metadata": {"name": source.stem}})
        got = course_handouts[f"{audience}/{source.stem}.html"].read_text(encoding="utf-8")
        assert _body(got) == _body(expected), source.name


# --- a notebook that attacks -----------------------------------------------------------------


def attack_notebook() -> nbformat.NotebookNode:
    """Script in every place a notebook can hold HTML, and pictures and styles from elsewhere."""
    nb = new_notebook()
    nb.metadata.title = '</title><img src=x onerror=alert("title")> " onload="alert(0)'
    markdown = f"""# Welcome <img src=x onerror=alert(1)>

Text <img src=x onerror=alert(2)> and <a href="javascript:alert(3)" onclick="alert(4)">a link</a>,
and <a href="https://www.example.org/help">a website</a>.

<script>alert(5)</script>

<svg onload=alert(6)><circle r=1 /></svg>

<div style="background:url(https://{_EVIL}/bg.png)">bg</div>
<img src="https://{_EVIL}/track.png"> <img src="//{_EVIL}/track2.png">
<img src="/\\{_EVIL}/track3.png"> <img srcset="https://{_EVIL}/s.png 2x">
<iframe src="https://{_EVIL}/"></iframe> <object data="https://{_EVIL}/o"></object>
<link rel=stylesheet href="https://{_EVIL}/x.css">
<style>@import url(https://{_EVIL}/y.css); body {{ background: url(//{_EVIL}/z.png) }}</style>
<form action="https://{_EVIL}/post"><button formaction="https://{_EVIL}/b">go</button></form>
<meta http-equiv="refresh" content="0; url=https://{_EVIL}/r">
"""
    outputs = [
        new_output(
            "display_data",
            data={
                "text/html": f'<b onmouseover="alert(9)">bold</b><script>alert(10)</script>'
                f'<img src="https://{_EVIL}/out.gif"><p style="color:red;background:'
                f'url(https://{_EVIL}/p.png)">styled</p>',
                "text/plain": "bold",
            },
        ),
        new_output("display_data", data={"text/markdown": "<img src=x onerror=alert(11)>"}),
        new_output(
            "display_data",
            data={"image/png": "iVBORw0KGgo="},
            metadata={"image/png": {"width": "1 onerror=alert(12)"}},
        ),
        new_output(
            "display_data",
            data={"image/png": "iVBORw0KGgo="},
            metadata={"filenames": {"image/png": f"https://{_EVIL}/f.png"}},
        ),
        new_output(
            "display_data",
            data={"application/javascript": "alert(13)", "text/plain": "js"},
        ),
    ]
    nb.cells = [
        new_markdown_cell(markdown),
        new_markdown_cell('## A title " onmouseover="alert(7)'),
        new_raw_cell("<img src=x onerror=alert(8)>", metadata={"raw_mimetype": "text/html"}),
        new_code_cell("show()", outputs=outputs, metadata={"tags": ['x" onclick="alert(14)']}),
    ]
    return nb


@pytest.fixture(scope="module")
def attack_handouts(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("attack")
    source = folder / "attack.ipynb"
    nbformat.write(attack_notebook(), source)
    return {
        audience: render_handouts(folder / "out", audience, notebooks=[source])[0].read_text(
            encoding="utf-8"
        )
        for audience in AUDIENCES
    }


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_script_survives_in_a_handout(attack_handouts, audience):
    html = attack_handouts[audience]
    refs = parse(html)
    assert refs.events == [], f"event handler or javascript: link survived: {refs.events}"
    assert refs.scripts == []
    content = _Tags()
    content.feed(html.split("<main>", 1)[1])
    active = {"script", "iframe", "object", "embed", "form", "button", "svg", "link", "meta"}
    assert content.tags & (active | {"style", "base"}) == set()


@pytest.mark.parametrize("audience", AUDIENCES)
def test_an_attacking_notebook_fetches_nothing_from_elsewhere(attack_handouts, audience):
    html = attack_handouts[audience]
    assert remote_references(html, links_ok=True) == []
    assert _EVIL not in html


def test_an_attacking_notebook_still_shows_its_words(attack_handouts):
    html = attack_handouts["participant"]
    for words in ("Welcome", "a link", "a website", "bold", "styled", "A title"):
        assert words in html, words
    assert 'href="https://www.example.org/help"' in html  # a link to a website stays a link


# --- PDF: printed offline, also without the machine's Chromium -----------------------------------


class _Counting(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        _Counting.hits.append(self.path)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture()
def local_server():
    """A server on this computer that counts the requests it gets (none should come)."""
    _Counting.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


needs_chromium = pytest.mark.skipif(
    not handouts.CHROMIUM.exists(),
    reason=f"PDF printing needs Chromium at {handouts.CHROMIUM} (apt-get install -y chromium)",
)


@needs_chromium
def test_the_pdf_printer_refuses_every_request(tmp_path, local_server):
    page = f"""<html><head><link rel=stylesheet href="{local_server}/a.css">
    <script src="{local_server}/b.js"></script></head><body><p>Hello</p>
    <img src="{local_server}/c.png"><iframe src="{local_server}/d"></iframe></body></html>"""
    printer = handouts.ChromiumPrinter()
    try:
        printer.print(page, tmp_path / "page.pdf")
    finally:
        printer.close()
    assert (tmp_path / "page.pdf").read_bytes().startswith(b"%PDF")
    assert _Counting.hits == []


@needs_chromium
def test_without_the_machines_chromium_the_pdf_is_still_printed_offline(
    tmp_path, local_server, monkeypatch
):
    """The fallback used to be nbconvert's webpdf, which opens its page (with require.js and
    MathJax from a CDN) letting every request through. Now it prints the same offline handout
    with playwright's own Chromium, requests refused; here the machine's Chromium stands in
    for playwright's, which this computer need not have."""
    import nbconvert

    real = handouts.CHROMIUM
    monkeypatch.setattr(handouts, "CHROMIUM", tmp_path / "no-chromium-here")
    opened = []

    class WebPDFExporter:  # the old fallback: it must not be used
        def __init__(self, *args, **kwargs):
            opened.append("webpdf")
            raise RuntimeError("webpdf was used")

    monkeypatch.setattr(nbconvert, "WebPDFExporter", WebPDFExporter)
    printer_class = handouts.ChromiumPrinter

    class StandIn(printer_class):
        def __init__(self, executable=None, *, own=False):
            opened.append("own" if own else str(executable or handouts.CHROMIUM))
            super().__init__(real if own else executable)

    monkeypatch.setattr(handouts, "ChromiumPrinter", StandIn)
    nb = new_notebook(cells=[new_markdown_cell(f'Hello <img src="{local_server}/x.png">')])
    source = tmp_path / "hello.ipynb"
    nbformat.write(nb, source)
    written = render_handouts(tmp_path / "out", formats=("pdf",), notebooks=[source])
    assert [p.suffix for p in written] == [".pdf"]
    assert written[0].read_bytes().startswith(b"%PDF")
    assert "webpdf" not in opened and "own" in opened
    assert _Counting.hits == []
