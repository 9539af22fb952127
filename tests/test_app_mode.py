"""App mode asks for its token and refuses other sites' pages (security review, issue 12, item 1).

The review's attack: a script (or a DNS-rebinding web page) sends the ``Host`` and ``Origin`` of
another site, opens a course page, connects to its kernel's websocket and asks every widget for
its state, which includes a saved private journal entry. These tests start app mode exactly as
a facilitator does (``bash scripts/app-mode.sh``, on a free port, with an empty progress store
holding one journal entry), try that attack and its variants, and check that the learner, with
the printed link, still gets the page, and with it their own journal.
"""

from __future__ import annotations

import html
import http.client
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = "02_mutuality"
PAGE = f"/voila/render/{NOTEBOOK}.ipynb"
#: The course home, where the printed link (``/``) leads.
HOME = "/voila/render/index.ipynb"
EVIL = "evil.example"
#: The name a reverse proxy in front of app mode passes on as Host (docs/hosting.md).
PROXY = "course.example.test"
START_TIMEOUT_S = 90
RENDER_TIMEOUT_S = 120

if not (ROOT / ".venv" / "bin" / "voila").exists():
    pytest.skip(
        "Voilà is not installed in .venv (run scripts/setup.sh); app mode needs it",
        allow_module_level=True,
    )
websocket = pytest.importorskip("websocket", reason="websocket-client comes with jupyter_server")


@dataclass
class App:
    """One app mode server: its process group, printed link and log."""

    proc: subprocess.Popen
    host: str
    port: int
    link: str
    token: str | None
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _reflection_ids() -> list[str]:
    """The private reflection prompts the notebook shows (their earlier entries are on the page)."""
    source = (ROOT / "course" / f"{NOTEBOOK}.py").read_text(encoding="utf-8")
    ids = sorted(set(re.findall(r"""["']([a-z0-9-]+-reflect-[a-z0-9-]+)["']""", source)))
    assert ids, f"{NOTEBOOK} has no private reflection to save a journal entry for"
    return ids


def _save_journal(home: Path, secret: str) -> None:
    from widgets.store import FILE_NAME, ProgressStore

    store = ProgressStore(home / FILE_NAME)
    for prompt_id in _reflection_ids():
        store.save_journal(prompt_id, secret)


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM the group (app mode shuts its kernels down), then SIGKILL whatever is left.

    Kernels run in sessions of their own, so they are found (and killed if need be) by pid.
    """
    try:
        import psutil

        family = psutil.Process(proc.pid).children(recursive=True)
    except Exception:  # psutil missing or the server already gone
        family = []
    for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        if proc.poll() is not None:
            break
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            break
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
    for child in family:
        try:
            child.wait(timeout=5)
        except Exception:
            try:
                child.kill()
            except Exception:
                pass


def _launch(request, home: Path, ip: str | None = None) -> Callable[[], App]:
    """Start ``bash scripts/app-mode.sh`` on a free port, stopped by a finalizer (also when a test
    fails); returns a function that waits until it listens and gives the :class:`App`."""
    port = _free_port()
    env = dict(os.environ, PEER_COURSE_HOME=str(home), COURSE_APP_PORT=str(port))
    env.pop("COURSE_APP_IP", None)
    env["COURSE_APP_HOSTNAMES"] = PROXY
    if ip:
        env["COURSE_APP_IP"] = ip
    host = ip or "127.0.0.1"
    log = home / f"app-mode-{port}.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            ["bash", str(ROOT / "scripts" / "app-mode.sh")],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    request.addfinalizer(lambda: _stop(proc))
    return lambda: _ready(proc, host, port, log)


def _ready(proc: subprocess.Popen, host: str, port: int, log: Path) -> App:
    # The link to open: with a real token (Voilà's own log line shows "?token=..."), or none.
    printed = re.compile(rf"http://{re.escape(host)}:{port}/(\?token=[\w-]{{16,}})?(?=\s)")
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"app mode exited early:\n{log.read_text(errors='replace')}"
        links = sorted(printed.finditer(log.read_text(errors="replace")), key=lambda m: bool(m[1]))
        if links and _answers(host, port):
            token = links[-1][1]
            return App(proc, host, port, links[-1][0], token and token.split("=", 1)[1], log)
        time.sleep(0.25)
    raise AssertionError(f"app mode did not start:\n{log.read_text(errors='replace')}")


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def _get(app: App, path: str, *, host: str | None = None, headers: dict | None = None):
    """GET without following redirects: (status, headers, body)."""
    return _request(app, "GET", path, host=host, headers=headers)


def _request(app: App, method: str, path: str, *, host=None, headers=None, body=None):
    conn = http.client.HTTPConnection(app.host, app.port, timeout=RENDER_TIMEOUT_S)
    try:
        conn.request(
            method,
            path,
            body=body,
            headers={"Host": host or f"{app.host}:{app.port}", **(headers or {})},
        )
        response = conn.getresponse()
        return response.status, response.headers, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def _with_token(path: str, token: str | None) -> str:
    return f"{path}{'&' if '?' in path else '?'}token={token}" if token else path


# --- the server, the secret and the learner's own page ------------------------------------------


@pytest.fixture(scope="module")
def secret() -> str:
    return f"private-journal-{secrets.token_hex(8)}"


@pytest.fixture(scope="module")
def room(request, tmp_path_factory) -> Callable[[], App] | None:
    """App mode on this computer's network address (None when it has none), started before
    ``app`` and alongside it, so that the two slow starts overlap."""
    address = _room_address()
    if not address:
        return None
    return _launch(request, tmp_path_factory.mktemp("app-mode-room"), ip=address)


@pytest.fixture(scope="module")
def app(request, tmp_path_factory, secret, room) -> App:
    home = tmp_path_factory.mktemp("app-mode-home")
    _save_journal(home, secret)
    return _launch(request, home)()


@dataclass
class Learner:
    kernel: str
    cookies: str


@pytest.fixture(scope="module")
def learner(app) -> Learner:
    """The learner's browser: the printed link (leading to the course home) gives it its
    cookies, then the notebook's page opens with them. Its kernel is the one the attacks go for."""
    status, headers, _ = _get(app, _with_token("/", app.token))
    assert status == 302 and headers["Location"] == HOME, (
        f"the printed link did not open ({status})"
    )
    cookies = "; ".join(c.split(";", 1)[0] for c in headers.get_all("Set-Cookie") or [])
    status, _, body = _get(app, PAGE, headers={"Cookie": cookies})
    assert status == 200, f"the learner's page did not open ({status}):\n{app.log_text()[-3000:]}"
    kernel = re.search(r'"kernelId": "([0-9a-f-]{36})"', body)
    assert kernel, "the page names no kernel"
    return Learner(kernel.group(1), cookies)


# --- the learner, with the printed link ----------------------------------------------------------


def test_link_with_a_token_is_printed(app):
    assert app.token, f"app mode printed no token in its link: {app.link}"
    assert len(app.token) >= 24
    status, headers, _ = _get(app, _with_token("/", app.token))
    assert status == 302 and headers["Location"] == HOME  # signed in, then to the course home


def test_reverse_proxy_name_is_let_in_with_the_token(app, learner):
    """A proxy named in COURSE_APP_HOSTNAMES passes its own name on as Host, and the browser
    sends the proxy's HTTPS address as Origin: pages and the kernel's websocket work."""
    assert _get(app, "/", host=PROXY)[0] == 302
    status, headers, _ = _get(app, _with_token("/", app.token), host=PROXY)
    assert status == 302 and headers["Location"] == HOME
    cookies = "; ".join(c.split(";", 1)[0] for c in headers.get_all("Set-Cookie") or [])
    ws = websocket.create_connection(
        _channels(app, learner.kernel, None),
        host=PROXY,
        origin=f"https://{PROXY}",
        cookie=cookies,
        timeout=30,
    )
    ws.close()


def test_learner_page_opens_with_the_link(app, learner):
    assert learner.kernel and "username-" in learner.cookies


def test_learner_reads_own_journal_over_the_websocket(app, learner, secret):
    """The attack below, done with the token: it works, so a refusal below is the server's."""
    ws = websocket.create_connection(
        _channels(app, learner.kernel, app.token), timeout=30, host=f"127.0.0.1:{app.port}"
    )
    try:
        assert _widget_states_contain(ws, secret)
    finally:
        ws.close()


# --- the attacks --------------------------------------------------------------------------------

HTTP_ATTACKS = {
    # Any other user of this computer, or any program, without the link.
    "tree page without token": ("/", None, False),
    "notebook page without token": (PAGE, None, False),
    "contents API without token": ("/voila/api/contents", None, False),
    # A DNS-rebinding page: the browser sends the attacker's own name as Host and Origin.
    "foreign Host and Origin": (PAGE, EVIL, False),
    "foreign Host with the token": (PAGE, EVIL, True),
}


@pytest.mark.parametrize("name", HTTP_ATTACKS)
def test_http_attack_is_refused(app, secret, name):
    path, foreign, with_token = HTTP_ATTACKS[name]
    headers = {}
    host = None
    if foreign:
        host = f"{foreign}:{app.port}"
        headers["Origin"] = f"http://{host}"
    if with_token:
        assert app.token, "no token was printed"
        path = _with_token(path, app.token)
    status, response, body = _get(app, path, host=host, headers=headers)
    assert secret not in body
    if status == 302:
        assert response["Location"].split("?")[0].endswith("/login"), response["Location"]
    else:
        assert status == 403, f"{name}: {status}, {body[:300]!r}"


WEBSOCKET_ATTACKS = {
    # A DNS-rebinding page, with or without the link: the Host is not this computer.
    "foreign Host and Origin": dict(foreign_host=True, origin=True),
    "foreign Host with the token": dict(foreign_host=True, origin=True, token=True),
    # Another site's page in the learner's browser, which sends the learner's cookie.
    "foreign Origin with the learner's cookie": dict(origin=True, cookie=True),
    # Any other user of this computer, without the link.
    "script without token": dict(),
}


@pytest.mark.parametrize("name", WEBSOCKET_ATTACKS)
def test_websocket_attack_is_refused(app, learner, secret, name):
    attack = WEBSOCKET_ATTACKS[name]
    host = f"{EVIL}:{app.port}" if attack.get("foreign_host") else f"127.0.0.1:{app.port}"
    options = {"host": host, "timeout": 30}
    if attack.get("origin"):
        options["origin"] = f"http://{EVIL}:{app.port}"
    else:
        options["suppress_origin"] = True
    if attack.get("cookie"):
        options["cookie"] = learner.cookies
    url = _channels(app, learner.kernel, app.token if attack.get("token") else None)
    try:
        ws = websocket.create_connection(url, **options)
    except websocket.WebSocketBadStatusException as refused:
        assert refused.status_code in (403, 404), refused
        return
    try:
        leaked = _widget_states_contain(ws, secret)
    finally:
        ws.close()
    pytest.fail(f"{name}: the kernel's websocket opened (journal read: {leaked})")


def test_cross_site_post_is_refused(app, learner):
    """Another site's form, posted from the learner's browser with the learner's cookies (even the
    XSRF one), may not shut the learner's kernel down."""
    xsrf = re.search(r"(?:^|; )_xsrf=([^;]+)", learner.cookies)
    status, _, _ = _request(
        app,
        "POST",
        f"/voila/api/shutdown/{learner.kernel}",
        headers={
            "Origin": f"http://{EVIL}",
            "Cookie": learner.cookies,
            "Content-Type": "application/x-www-form-urlencoded",
        },
        body=f"_xsrf={xsrf.group(1) if xsrf else ''}",
    )
    assert status in (403, 404), status
    assert _get(app, _with_token(f"/api/kernels/{learner.kernel}", app.token))[0] == 200


def test_token_is_shown_once_and_is_on_no_command_line(app, learner):
    """Run after the attacks, which sent the token in refused requests too. Other users of the
    computer can list every process's command line, and kernels inherit the environment: no
    token in either, in app mode or its kernels."""
    psutil = pytest.importorskip("psutil")
    assert app.token, f"app mode printed no token in its link: {app.link}"
    assert app.log_text().count(app.token) == 1, "the token is logged besides the link"
    family = [psutil.Process(app.proc.pid), *psutil.Process(app.proc.pid).children(recursive=True)]
    assert len(family) > 1, "the learner's kernel should be running"
    for process in family:
        assert app.token not in " ".join(process.cmdline())
        assert app.token not in " ".join(f"{k}={v}" for k, v in process.environ().items())


# --- a room: another address still needs the token ----------------------------------------------


def _room_address() -> str | None:
    """An address of this computer that is not loopback (None when it has none)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.connect(("192.0.2.1", 9))  # TEST-NET: nothing is sent
            address = sock.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_room_address_still_needs_the_token(room):
    if room is None:
        pytest.skip("this computer has no non-loopback address to open app mode on")
    room = room()
    assert room.token, f"app mode printed no token in its link: {room.link}"
    status, response, _ = _get(room, "/")
    assert status == 302 and response["Location"].split("?")[0].endswith("/login")
    assert _get(room, "/voila/api/contents")[0] == 403
    assert _get(room, _with_token("/", room.token))[0] == 302  # signed in: to the course home


# --- the kernel protocol, as the page's widget manager speaks it --------------------------------


def _channels(app: App, kernel: str, token: str | None) -> str:
    query = f"session_id={uuid.uuid4().hex}" + (f"&token={token}" if token else "")
    return f"ws://127.0.0.1:{app.port}/api/kernels/{kernel}/channels?{query}"


def _message(msg_type: str, content: dict) -> str:
    header = {
        "msg_id": uuid.uuid4().hex,
        "msg_type": msg_type,
        "username": "",
        "session": uuid.uuid4().hex,
        "date": "",
        "version": "5.3",
    }
    return json.dumps(
        {
            "header": header,
            "parent_header": {},
            "metadata": {},
            "content": content,
            "channel": "shell",
            "buffers": [],
        }
    )


def _widget_states_contain(ws, secret: str, timeout: float = 30) -> bool:
    """Ask the kernel for every widget and every widget for its state: is ``secret`` there?"""
    ws.send(_message("comm_info_request", {"target_name": "jupyter.widget"}))
    deadline = time.monotonic() + timeout
    comms = None
    while comms is None and time.monotonic() < deadline:
        reply = json.loads(ws.recv())
        if reply.get("msg_type") == "comm_info_reply":
            comms = reply["content"]["comms"]
    for comm_id in comms or {}:
        ws.send(_message("comm_msg", {"comm_id": comm_id, "data": {"method": "request_state"}}))
    ws.settimeout(5)
    try:
        while time.monotonic() < deadline:
            if secret in ws.recv():
                return True
    except websocket.WebSocketTimeoutException:
        pass
    return False


def _widget_values(ws, timeout: float = 20) -> list[str]:
    """Every widget's text value (HTML widgets: what the page shows), asked of the kernel."""
    ws.send(_message("comm_info_request", {"target_name": "jupyter.widget"}))
    deadline = time.monotonic() + timeout
    comms = None
    while comms is None and time.monotonic() < deadline:
        reply = json.loads(ws.recv())
        if reply.get("msg_type") == "comm_info_reply":
            comms = reply["content"]["comms"]
    for comm_id in comms or {}:
        ws.send(_message("comm_msg", {"comm_id": comm_id, "data": {"method": "request_state"}}))
    ws.settimeout(5)
    values = []
    try:
        while time.monotonic() < deadline:
            reply = json.loads(ws.recv())
            state = reply.get("content", {}).get("data", {}).get("state", {})
            if isinstance(state.get("value"), str):
                values.append(state["value"])
    except websocket.WebSocketTimeoutException:
        pass
    return values


# --- a course, not a folder (issue 14: app mode) -------------------------------------------------


def test_the_course_home_lists_the_pages_in_order_with_titles(app, learner):
    from widgets.content.course_map import course_modules

    status, _, body = _get(app, HOME, headers={"Cookie": learner.cookies})
    assert status == 200, status
    assert "Select items to open" not in body
    kernel = re.search(r'"kernelId": "([0-9a-f-]{36})"', body)
    assert kernel, "the course home names no kernel"
    ws = websocket.create_connection(
        _channels(app, kernel.group(1), app.token), timeout=30, host=f"127.0.0.1:{app.port}"
    )
    try:
        shown = [v for v in _widget_values(ws) if "<table" in v]
    finally:
        ws.close()
    home = next((v for v in shown if 'href="02_mutuality.ipynb"' in v), "")
    said = html.unescape(home[home.find("<table") :])
    places = [said.find(f"{m.number} · {m.title}") for m in course_modules()]
    assert -1 not in places and places == sorted(places), "every page, in order, with its title"


def test_pages_link_to_each_other_and_never_say_shift_enter(app, learner):
    """Each page has links to the course home, the previous and the next page; instructions and
    the widgets' own words are said for app mode (the kernel is told it runs in app mode)."""
    status, _, body = _get(app, PAGE, headers={"Cookie": learner.cookies})
    assert status == 200
    navs = re.findall(r'<nav class="psv-pages".*?</nav>', body, flags=re.S)
    assert len(navs) == 2
    for nav in navs:
        assert 'href="index.ipynb"' in nav and 'href="01_hope_and_wholeness.ipynb"' in nav
    assert 'href="03_acknowledgement.ipynb"' in navs[0]
    said = html.unescape(body)
    assert not re.search(r"Shift\s*\+\s*Enter", said), "app mode says press Shift + Enter"
    assert "Run the cell below first" not in said
    from widgets.core.text import t

    assert t("app_mode.page.run_to_see") in said  # "Run the cell to see...", in app-mode words
    assert t("app_mode.fallback.run_cell") in said  # the widgets' saved words, from the kernel


# --- nothing is fetched from another host (security review, issue 12, item 9) -------------------


def test_served_pages_load_nothing_from_another_host(app, learner):
    """Voilà's templates link Font Awesome on a CDN (by version range, with no integrity check);
    app mode serves every page without it, whatever template a link asks for."""
    from test_offline import remote_references

    cookie = {"Cookie": learner.cookies}
    pages = {
        "the course home": _get(app, HOME, headers=cookie),
        "a notebook's page": _get(app, PAGE, headers=cookie),
        "a page asking for another template": _get(app, f"{PAGE}?template=reveal", headers=cookie),
        "a page that is not there": _get(app, "/voila/render/no-such-page.ipynb", headers=cookie),
    }
    for name, (status, _, body) in pages.items():
        assert status in (200, 404), (name, status)
        assert remote_references(body) == [], name
    assert "jp-Notebook" in pages["the course home"][2]
    assert "jp-Notebook" in pages["a notebook's page"][2]
    # jupyter_server's sign-in page: its one website address is a link to read, not a fetch.
    status, _, body = _get(app, "/login")
    assert status == 200 and remote_references(body, links_ok=True) == []


def test_a_browser_opening_app_mode_asks_no_other_host(app):
    """The learner's browser, recording every request while the page and its widgets load: all
    go to app mode itself, and the buttons' icons still show (Voilà's own bundle has the font)."""
    pytest.importorskip("playwright.sync_api")
    chromium = Path(os.environ.get("PEER_COURSE_CHROMIUM", "/usr/bin/chromium"))
    if not chromium.exists():
        pytest.skip(f"no Chromium at {chromium} (apt-get install -y chromium)")
    base = f"http://{app.host}:{app.port}"
    # In a child process: pytest may already be running an asyncio loop (other tests start
    # servers), and Playwright's sync API refuses to run inside one.
    script = f"""
import json
from playwright.sync_api import sync_playwright
requests = []
with sync_playwright() as playwright:
    browser = playwright.chromium.launch(
        executable_path={str(chromium)!r}, headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    )
    try:
        page = browser.new_page()
        page.on("request", lambda request: requests.append(request.url))
        page.goto({_with_token(f"{base}/", app.token)!r})
        page.goto({f"{base}{PAGE}"!r})
        page.wait_for_selector("button i.fa", timeout={RENDER_TIMEOUT_S * 1000})
        page.wait_for_timeout(1500)
        fonts = page.evaluate(
            "() => [...document.fonts].filter(f => f.family.includes('Font Awesome')"
            " && f.status === 'loaded').map(f => f.family)"
        )
    finally:
        browser.close()
print(json.dumps({{"requests": requests, "fonts": fonts}}))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    requests, icon_fonts = seen["requests"], seen["fonts"]
    elsewhere = [
        url
        for url in requests
        if not url.startswith((f"{base}/", f"ws://{app.host}:{app.port}/", "data:", "blob:"))
    ]
    assert elsewhere == [], elsewhere
    assert len(requests) > 10, "the page should have loaded its scripts and styles"
    assert icon_fonts, "Font Awesome should come from Voilà's own bundle"
