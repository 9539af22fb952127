"""Start the course in app mode (Voilà) so that only people given its link can open it.

``scripts/app-mode.sh`` sets the course up, then runs this. It starts Voilà on ``course/`` with:

* a **new random token at every start**, made here and handed to Voilà in memory: it is not on
  the command line (which every user of the computer can list) nor in the environment (which
  the kernels inherit). Requests without it are sent to a login page (pages) or refused with
  403 (the API and the kernels' websockets). The link with the token is printed once, here,
  when Voilà is listening; Voilà's own log shows ``?token=...`` and its request log hides
  tokens. A token given in Voilà options or config is refused, so the printed link is always
  the one that works.
* on the loopback address (the default, ``127.0.0.1``): **only requests whose Host is a
  loopback address or ``localhost``** (jupyter_server's check, ``allow_remote_access=False``,
  which Voilà turns off by default). A web page that points its own name at 127.0.0.1 (DNS
  rebinding) is refused even before the token is asked for.
* **Cross-site requests refused**: no CORS allowances (``allow_origin`` empty), so a websocket
  or a POST from another site's page is refused by jupyter_server's origin checks, and nothing
  may be opened without signing in (``allow_unauthenticated_access=False``).

**Nothing is fetched from another host.** Voilà's page templates link Font Awesome's stylesheets
on a CDN (by version range, with no integrity check) and nbconvert's name mermaid's and MathJax's
scripts there. App mode serves its pages without those links (:func:`offline_templates`), and
lets no notebook or link choose another template. Nothing shows differently: Voilà's own bundle,
served from this computer, carries Font Awesome's styles and fonts (the buttons' icons still
show, beside their words), and the course has no diagrams or formulas.

**A course, not a folder.** ``/`` (the printed link) opens the course home,
``course/index.ipynb``: the pages in order, with titles, the learner's progress and their data.
Each page is served with links to the home, the previous and the next page, and with its
instructions in app-mode words (``widgets/tools/app_pages.py``: no "press Shift + Enter"). The
kernels are told they run in app mode (``PEER_COURSE_APP_MODE=1``, and
``PEER_COURSE_APP_SHARED=1`` when served to a network, where everyone shares one store), so the
widgets use app-mode words too. None of this changes a notebook file.

``COURSE_APP_IP`` and ``COURSE_APP_PORT`` choose the address and port (127.0.0.1:8866). With any
other address, as for JupyterLab, the Host check is off (visitors use that address) and the
token is what keeps others out; docs/hosting.md says what that means. ``COURSE_APP_HOSTNAMES``
adds names the Host may be besides ``localhost`` (a reverse proxy's, which passes its own on).
Other arguments go to Voilà, before the folder. Runs as root as well: Voilà has no root check.
"""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
import shutil
import socket
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COURSE = ROOT / "course"
DEFAULT_IP = "127.0.0.1"
DEFAULT_PORT = "8866"
#: The course home page (a notebook in course/), where ``/`` leads.
HOME = "index.ipynb"


#: A stylesheet or script tag that loads a file from another host (http:, https: or //host).
REMOTE_TAG = re.compile(
    r"""<(?:link|script)\b[^>]*?\b(?:href|src)\s*=\s*["']?(?:https?:)?//[^>]*>(?:\s*</script>)?""",
    re.IGNORECASE,
)
#: Macros that would write a <script> from a CDN (MathJax, mermaid): same names, writing nothing.
SILENT_MACROS = {
    "mathjax.html.j2": "{%- macro mathjax(url='') -%}{%- endmacro %}\n",
    "mermaidjs.html.j2": "{%- macro mermaid_js(url='', elk_url='') -%}{%- endmacro %}\n",
}


def _template_names(template_paths: list[str]) -> dict[str, Path]:
    """Every name a page template of this template's hierarchy may be asked for by (``page.html``,
    ``lab/page.html``, ``voila/templates/base/page.html``), and the file Jinja finds for it: the
    first of ``template_paths`` that has it."""
    names: set[str] = set()
    for entry in map(Path, template_paths):
        if entry.parent.name != "templates":  # a root (share/jupyter): its templates are below
            continue
        for file in entry.rglob("*"):
            rel = file.relative_to(entry)
            if file.suffix not in (".html", ".j2") or "static" in rel.parts:
                continue
            app = entry.parent.parent.name  # voila or nbconvert
            names |= {rel.as_posix(), f"{entry.name}/{rel.as_posix()}"}
            names.add(f"{app}/templates/{entry.name}/{rel.as_posix()}")
    found = {}
    for name in sorted(names):
        for entry in template_paths:
            if (Path(entry) / name).is_file():
                found[name] = Path(entry) / name
                break
    return found


def offline_templates(template_paths: list[str], folder: Path) -> list[str]:
    """``template_paths`` with ``folder`` first, holding a copy of every template that loads a
    stylesheet or script from another host, without those tags, under the name Jinja looks for
    (so each copy replaces its original, and extends what it extended)."""
    for name, text in SILENT_MACROS.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, source in _template_names(template_paths).items():
        text = source.read_text(encoding="utf-8")
        offline = REMOTE_TAG.sub("", text)
        if offline != text and name not in SILENT_MACROS:
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(offline, encoding="utf-8")
    return [str(folder), *template_paths]


def is_loopback(ip: str) -> bool:
    """True for a loopback address (127.x.x.x, ::1) or the name ``localhost``."""
    if ip.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(ip.strip("[]")).is_loopback
    except ValueError:
        return False


def security_settings(ip: str, hostnames: list[str] | tuple[str, ...] = ()) -> dict:
    """The Tornado settings that keep foreign hosts and other sites out (read by jupyter_server's
    handlers). Voilà applies ``Voila.tornado_settings`` after its own, so these win.

    ``hostnames``: names besides ``localhost`` a loopback app mode answers to, for a reverse
    proxy that passes its own name on (``COURSE_APP_HOSTNAMES``).
    """
    from jupyter_server.log import log_request  # logs requests with ?token=[secret]

    return {
        # Voilà sets True; False makes jupyter_server refuse a Host that is not loopback.
        "allow_remote_access": not is_loopback(ip),
        "local_hostnames": ["localhost", *hostnames],
        "allow_origin": "",
        "allow_origin_pat": "",
        "allow_unauthenticated_access": False,
        "disable_check_xsrf": False,
        "log_function": log_request,
    }


def link(ip: str, port: int, token: str) -> str:
    """The address to open, with the token, as JupyterLab prints it."""
    if ip in ("", "0.0.0.0", "::"):
        ip = socket.gethostname()
    elif ":" in ip and not ip.startswith("["):
        ip = f"[{ip}]"
    return f"http://{ip}:{port}/?token={token}"


def store_path() -> str:
    """Where every visitor's answers are saved (the store of the account running app mode)."""
    try:
        from widgets.store import default_path

        return str(default_path())
    except Exception:  # the course package is being changed: say it in words instead
        return "the progress store of the account running app mode (see docs/hosting.md)"


def banner(ip: str, port: int, token: str) -> str:
    """What the terminal shows once Voilà is listening."""
    if is_loopback(ip):
        who = "Only this computer can reach it, and only with this link."
    else:
        who = (
            f"Anyone who can reach {ip} on the network and has this link can open it.\n"
            "Every visitor's answers and journal entries go into the one store below,\n"
            "and each page shows the journal entries already in it, whoever wrote them."
        )
    return (
        "\nApp mode is running. Open this link in a web browser (it holds a secret key;\n"
        "it changes each time app mode starts):\n\n"
        f"    {link(ip, port, token)}\n\n"
        f"{who}\nAnswers and journal entries are saved in: {store_path()}\n"
        "To stop app mode, press Ctrl+C here.\n"
    )


def app_mode_environment(ip: str) -> dict[str, str]:
    """What the kernels are told: app mode, and whether everyone on a network shares it."""
    return {
        "PEER_COURSE_APP_MODE": "1",
        "PEER_COURSE_APP_SHARED": "" if is_loopback(ip) else "1",
    }


def home_handlers(server_url: str) -> list[tuple]:
    """``/`` and the bare folder list lead to the course home (signed in: the token in the link
    is checked, and its cookie set, before the redirect; the Host check still applies)."""
    from jupyter_server.base.handlers import JupyterHandler
    from jupyter_server.utils import url_path_join
    from tornado import web

    class CourseHome(JupyterHandler):
        @web.authenticated
        def get(self) -> None:
            self.redirect(url_path_join(self.base_url, "voila/render", HOME))

    return [
        (server_url, CourseHome),
        (url_path_join(server_url, "voila/tree/?"), CourseHome),
    ]


def course_pages(app) -> None:
    """Serve ``course/`` as a course: the home page at ``/``, page links, app-mode words."""
    if not (COURSE / HOME).is_file():  # a copy without the home page: the folder list, as before
        return
    serve = app.init_handlers
    app.init_handlers = lambda: [*home_handlers(app.server_url), *serve()]
    try:
        from widgets.tools.app_pages import prelaunch_hook
    except Exception as error:  # the course package is being changed: plain pages still work
        print(f"app mode: pages are served without their links ({error})", file=sys.stderr)
        return
    if not app.voila_configuration.preheat_kernel:  # Voilà refuses a hook with preheating
        app.voila_configuration.prelaunch_hook = prelaunch_hook


def main(argv: list[str] | None = None) -> int:
    from tornado.ioloop import IOLoop
    from voila.app import Voila

    argv = list(sys.argv[1:] if argv is None else argv)
    ip = os.environ.get("COURSE_APP_IP") or DEFAULT_IP
    port = os.environ.get("COURSE_APP_PORT") or DEFAULT_PORT
    app = Voila.instance()
    app.initialize(
        [
            "--no-browser",
            f"--Voila.ip={ip}",
            f"--port={port}",
            # The printed link must be the port in use: fail rather than move to another one.
            "--Voila.port_retries=0",
            # The offline pages below are the only ones: no ?template= or notebook may choose
            # another (reveal, classic), which would load Font Awesome from a CDN again.
            "--VoilaConfiguration.allow_template_override=NO",
            *argv,
            str(COURSE),
        ]
    )
    if app.config.Voila.get("token") is not None:
        print(
            "app mode: leave out --token / Voila.token (in options or a voila.json): app mode "
            "makes a new token each time it starts and prints the link to open.",
            file=sys.stderr,
        )
        return 2
    app.token = secrets.token_urlsafe(24)
    os.environ.update(app_mode_environment(app.ip))  # the kernels inherit it
    course_pages(app)
    hostnames = os.environ.get("COURSE_APP_HOSTNAMES", "").replace(",", " ").split()
    app.tornado_settings = {**app.tornado_settings, **security_settings(app.ip, hostnames)}
    templates = Path(tempfile.mkdtemp(prefix="course-app-mode-templates-"))
    try:
        app.template_paths = offline_templates(app.template_paths, templates)
        # Voilà's start() listens, then runs this loop: the callback runs only once it listens.
        IOLoop.current().add_callback(
            lambda: print(banner(app.ip, app.port, app.token), flush=True)
        )
        app.start()
    finally:
        shutil.rmtree(templates, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
