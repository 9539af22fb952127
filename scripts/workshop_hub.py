"""A workshop on a real JupyterHub on this computer: ``sudo bash scripts/workshop-hub.sh``.

Commands (run as root; ``--help`` on each says more):

* ``start`` (the default): build or refresh the shared course, make the workshop's drop folder,
  and run JupyterHub until Ctrl+C, on ``http://127.0.0.1:8000`` unless told otherwise.
* ``add-user NAME [--facilitator]``: a Unix account for a learner (or a facilitator), in the
  course's group, with a private home; prints a new random password once.
* ``remove-user NAME``: the account and its home, gone (every process of it stopped first).
* ``update``: copy corrections from this folder into the shared course (see docs/hosting.md).
* ``check``: are the drop folder and the learners' homes private as they should be?

The layout (``PREFIX`` is ``/opt/peer-course``, or ``$PEER_COURSE_HUB_PREFIX``):

====================================  ======================================================
``PREFIX/src``                        the course (widgets/, data/, course/, facilitator/):
                                      root's, readable by all, the same for everyone
``PREFIX/venv``                       the shared Python environment, made from the SYSTEM
                                      Python (``/usr/bin/python3``, readable by every user)
``PREFIX/proxy``                      configurable-http-proxy, from npm
``PREFIX/hub``                        the hub's own state: root only (``0700``)
``PREFIX/workshops/NAME``             workshop NAME's drop folder: ``root:peer-facilitators``
                                      ``drwxrws-wt`` (widgets/tools/workshop.py says why)
``~NAME/peer-course``                 each person's copy of the notebooks (``0700``/``0600``)
``~NAME/.peer-course``                each person's progress store (``PEER_COURSE_HOME``)
====================================  ======================================================

Who may log in: members of the Unix groups ``peer-course`` (learners) and ``peer-facilitators``
(facilitators), with their Unix password (PAM). Each gets their own server, run as their own
Unix user by JupyterHub's LocalProcessSpawner. No one is a hub administrator: only root can see
others' files. The tests (``tests/hub/``) and ``scripts/hub_bench.py`` use :class:`Hub`.
"""

from __future__ import annotations

import argparse
import grp
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PREFIX = Path(os.environ.get("PEER_COURSE_HUB_PREFIX") or "/opt/peer-course")
SYSTEM_PYTHON = Path(os.environ.get("PEER_COURSE_HUB_PYTHON") or "/usr/bin/python3")
LEARNERS_GROUP = "peer-course"
FACILITATORS_GROUP = "peer-facilitators"
#: What the shared course copy holds (everything else in this folder stays out).
SOURCE_PARTS = (
    "widgets",
    "data",
    "course",
    "facilitator",
    "pyproject.toml",
    "uv.lock",
    "README.md",
)
#: JupyterLab settings for everyone: nothing fetched from the internet (news, update checks).
LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {
        "checkForUpdates": False,
        "fetchNews": "false",
    },
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
}
PROXY = "configurable-http-proxy"


def say(message: str) -> None:
    print(f"workshop-hub: {message}", flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, **kwargs)


# --- the shared course ---------------------------------------------------------------------------


def _ignored(name: str) -> bool:
    return name in ("__pycache__", ".ipynb_checkpoints") or name.endswith((".pyc", ".tmp"))


def sync_source(prefix: Path, repo: Path = REPO) -> list[str]:
    """Copy the course into ``prefix/src`` (new and changed files; gone files removed), owned by
    root and readable by all. Returns the changed paths, relative."""
    src = prefix / "src"
    changed: list[str] = []
    wanted: set[Path] = set()
    for part in SOURCE_PARTS:
        origin = repo / part
        files = (
            [origin] if origin.is_file() else sorted(p for p in origin.rglob("*") if p.is_file())
        )
        for path in files:
            rel = path.relative_to(repo)
            if any(_ignored(piece) for piece in rel.parts):
                continue
            wanted.add(rel)
            target = src / rel
            data = path.read_bytes()
            if target.is_file() and target.read_bytes() == data:
                continue
            target.parent.mkdir(mode=0o755, parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.tmp")
            tmp.write_bytes(data)
            os.chmod(tmp, 0o644)
            os.replace(tmp, target)  # a learner's kernel never reads half a file
            changed.append(str(rel))
    for part in SOURCE_PARTS:
        root = src / part
        if root.is_dir():
            for path in sorted(root.rglob("*"), reverse=True):
                rel = path.relative_to(src)
                if path.is_file() and rel not in wanted and not _ignored(path.name):
                    path.unlink()
                    changed.append(f"{rel} (removed)")
    return changed


def build_environment(prefix: Path) -> Path:
    """The shared environment in ``prefix/venv`` from the system Python, with the locked course
    dependencies and JupyterHub (``uv sync --no-dev --group hub``), readable by every user."""
    venv = prefix / "venv"
    uv = REPO / ".venv" / "bin" / "uv"
    if not uv.exists():
        run(["bash", str(REPO / "scripts" / "setup.sh"), "--no-dev"])
    env = dict(
        os.environ,
        UV_PROJECT_ENVIRONMENT=str(venv),
        UV_LINK_MODE="copy",  # no hard links into root's own cache
        UV_PYTHON_DOWNLOADS="never",
    )
    env.pop("VIRTUAL_ENV", None)
    run(
        [str(uv), "sync", "--frozen", "--no-dev", "--group", "hub", "--quiet",
         "--python", str(SYSTEM_PYTHON)],
        cwd=prefix / "src", env=env,
    )  # fmt: skip
    settings = venv / "share" / "jupyter" / "lab" / "settings"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "overrides.json").write_text(json.dumps(LAB_OVERRIDES, indent=1))
    # No language-server probing (it runs npm in every home): quicker starts, nothing fetched.
    server_config = venv / "etc" / "jupyter" / "jupyter_server_config.d"
    server_config.mkdir(parents=True, exist_ok=True)
    quiet = {"ServerApp": {"jpserver_extensions": {"jupyter_lsp": False}}}
    (server_config / "peer-course.json").write_text(json.dumps(quiet, indent=1))
    run(["chmod", "-R", "a+rX,go-w", str(venv), str(prefix / "src")])
    return venv


def find_proxy(prefix: Path) -> Path | None:
    """configurable-http-proxy: ``$PEER_COURSE_PROXY``, ``PREFIX/proxy``, ``.hub-proxy`` here
    (where ``scripts/test.sh`` puts it), or on the PATH."""
    candidates = [os.environ.get("PEER_COURSE_PROXY")]
    candidates += [
        str(p / "node_modules" / ".bin" / PROXY) for p in (prefix / "proxy", REPO / ".hub-proxy")
    ]
    candidates.append(shutil.which(PROXY))
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return Path(candidate)
    return None


def install_proxy(prefix: Path) -> Path:
    found = find_proxy(prefix)
    if found:
        return found
    if not shutil.which("npm"):
        raise SystemExit(
            "configurable-http-proxy is needed, and npm is not installed to fetch it "
            "(Debian/Ubuntu: apt-get install -y nodejs npm)."
        )
    say(f"installing {PROXY} with npm into {prefix / 'proxy'}")
    run(["npm", "install", "--prefix", str(prefix / "proxy"), "--no-fund", "--no-audit", PROXY],
        stdout=subprocess.DEVNULL)  # fmt: skip
    return prefix / "proxy" / "node_modules" / ".bin" / PROXY


# --- accounts ------------------------------------------------------------------------------------


def ensure_group(name: str) -> int:
    try:
        return grp.getgrnam(name).gr_gid
    except KeyError:
        run(["groupadd", "--system", name])
        return grp.getgrnam(name).gr_gid


def add_user(name: str, *, facilitator: bool = False, password: str | None = None) -> str:
    """A Unix account with a private home (0700) in the course's groups; returns its password."""
    groups = [LEARNERS_GROUP] + ([FACILITATORS_GROUP] if facilitator else [])
    for group in groups:
        ensure_group(group)
    run(["useradd", "--create-home", "--shell", "/bin/bash", "-K", "HOME_MODE=0700",
         "--groups", ",".join(groups), name])  # fmt: skip
    os.chmod(pwd.getpwnam(name).pw_dir, 0o700)
    password = password or secrets.token_urlsafe(12)
    run(["chpasswd"], input=f"{name}:{password}\n", text=True)
    return password


def pids_of(uid: int) -> list[int]:
    """The processes whose real user is ``uid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("Uid:"):
                    if int(line.split()[1]) == uid:
                        found.append(int(entry.name))
                    break
        except (OSError, ValueError):
            continue
    return found


def stop_processes_of(name: str) -> None:
    """SIGKILL every process of this one account, by id (their server, kernels, terminals)."""
    try:
        uid = pwd.getpwnam(name).pw_uid
    except KeyError:
        return
    if uid < 1000:
        raise ValueError(f"{name} is a system account; its processes are left alone")
    for _ in range(50):
        pids = pids_of(uid)
        if not pids:
            return
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.1)


def remove_user(name: str) -> None:
    stop_processes_of(name)
    subprocess.run(["userdel", "--remove", name], check=False, capture_output=True)


# --- the hub -----------------------------------------------------------------------------------

CONFIG = """\
# Written by scripts/workshop_hub.py at each start; edit that file, not this one.
import grp, json, pwd
S = json.loads({settings!r})
c = get_config()  # noqa: F821
c.JupyterHub.ip = S["ip"]
c.JupyterHub.port = S["port"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = S["hub_port"]
c.JupyterHub.db_url = "sqlite:///" + S["state"] + "/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = S["state"] + "/cookie_secret"
c.JupyterHub.pid_file = S["state"] + "/jupyterhub.pid"
c.ConfigurableHTTPProxy.command = [S["proxy"]]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:%d" % S["proxy_api_port"]
c.ConfigurableHTTPProxy.pid_file = S["state"] + "/proxy.pid"
c.JupyterHub.authenticator_class = "pam"
c.LocalAuthenticator.allowed_groups = set(S["groups"])  # only course members may log in
c.Authenticator.admin_users = set()  # nobody can open anyone else's server
c.JupyterHub.spawner_class = "localprocess"  # each server runs as its own Unix user
c.Spawner.cmd = [S["python"], "-m", "widgets.tools.workshop", "singleuser"]
c.Spawner.notebook_dir = "~/peer-course"
c.Spawner.env_keep = ["LANG", "LC_ALL"]
c.Spawner.poll_interval = S["poll_interval"]
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 90
c.JupyterHub.services = [{{"name": "workshop-admin", "api_token": S["admin_token"]}}]
c.JupyterHub.load_roles = [{{
    "name": "workshop-admin",
    "scopes": ["admin:users", "admin:servers", "tokens", "list:users", "read:users"],
    "services": ["workshop-admin"],
}}]


def is_facilitator(name):
    group = grp.getgrnam(S["facilitators"])
    return name in group.gr_mem or pwd.getpwnam(name).pw_gid == group.gr_gid


def per_person(spawner):
    name = spawner.user.name
    home = pwd.getpwnam(name).pw_dir
    facilitator = is_facilitator(name)
    spawner.environment.update(
        PATH=S["venv"] + "/bin:/usr/local/bin:/usr/bin:/bin",
        PEER_COURSE_HOME=home + "/.peer-course",
        PEER_COURSE_DROP=S["drop"],
        PEER_COURSE_SOURCE=S["src"],
        PEER_COURSE_ROLE="facilitator" if facilitator else "learner",
    )
    spawner.default_url = (
        "/lab/tree/facilitator/dashboard.ipynb" if facilitator
        else "/lab/tree/course/00_welcome.ipynb"
    )


c.Spawner.pre_spawn_hook = per_person
"""


@dataclass
class Hub:
    """One JupyterHub for one workshop, on this computer, as root."""

    prefix: Path = DEFAULT_PREFIX
    workshop: str = "workshop"
    ip: str = "127.0.0.1"
    port: int = 8000
    poll_interval: int = 30
    proxy: Path | None = None
    admin_token: str = field(default_factory=lambda: secrets.token_hex(32))
    proc: subprocess.Popen | None = None

    @property
    def state(self) -> Path:
        return self.prefix / "hub"

    @property
    def drop(self) -> Path:
        return self.prefix / "workshops" / self.workshop

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.ip in ("127.0.0.1", "0.0.0.0") else self.ip
        return f"http://{host}:{self.port}"

    @property
    def log(self) -> Path:
        return self.state / "hub.log"

    def build(self) -> None:
        """The shared course and environment, the proxy, the groups and the drop folder."""
        started = time.perf_counter()
        self.prefix.mkdir(parents=True, exist_ok=True)
        os.chmod(self.prefix, 0o755)
        changed = sync_source(self.prefix)
        venv = self.prefix / "venv"
        if changed or not (venv / "bin" / "jupyterhub-singleuser").exists():
            build_environment(self.prefix)
        self.proxy = self.proxy or install_proxy(self.prefix)
        ensure_group(LEARNERS_GROUP)
        ensure_group(FACILITATORS_GROUP)
        (self.prefix / "workshops").mkdir(mode=0o755, exist_ok=True)
        self.state.mkdir(mode=0o700, exist_ok=True)
        os.chmod(self.state, 0o700)
        self._python(
            "from widgets.tools.workshop import make_drop_folder as m; import sys; "
            "m(sys.argv[1], sys.argv[2])",
            str(self.drop),
            FACILITATORS_GROUP,
        )
        say(f"shared course ready in {self.prefix} ({time.perf_counter() - started:.0f} s)")

    def _python(self, code: str, *args: str) -> str:
        python = self.prefix / "venv" / "bin" / "python"
        done = run([str(python), "-c", code, *args], capture_output=True, text=True)
        return done.stdout

    def start(self, timeout: float = 60) -> None:
        """Start JupyterHub (and its proxy) in a process group of its own; wait until it answers."""
        settings = {
            "ip": self.ip,
            "port": self.port,
            "hub_port": free_port(),
            "proxy_api_port": free_port(),
            "state": str(self.state),
            "proxy": str(self.proxy or install_proxy(self.prefix)),
            "groups": [LEARNERS_GROUP, FACILITATORS_GROUP],
            "facilitators": FACILITATORS_GROUP,
            "python": str(self.prefix / "venv" / "bin" / "python"),
            "venv": str(self.prefix / "venv"),
            "src": str(self.prefix / "src"),
            "drop": str(self.drop),
            "poll_interval": self.poll_interval,
            "admin_token": self.admin_token,
        }
        config = self.state / "jupyterhub_config.py"
        fd = os.open(config, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(CONFIG.format(settings=json.dumps(settings)))
        env = dict(os.environ, CONFIGPROXY_AUTH_TOKEN=secrets.token_hex(32))
        hub = self.prefix / "venv" / "bin" / "jupyterhub"
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [str(hub), "-f", str(config)],
                cwd=self.state, env=env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterHub stopped while starting:\n{self.log_tail()}")
            try:
                self.api("GET", "/hub/api/")
                return
            except (OSError, urllib.error.URLError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"JupyterHub did not answer in {timeout:.0f} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def api(self, method: str, path: str, body: object = None, timeout: float = 30) -> object:
        """A call to the hub's REST API as the workshop's admin service; the JSON answer."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Authorization", f"token {self.admin_token}")
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read()
        return json.loads(text) if text.strip() else None

    def stop(self, timeout: float = 30) -> None:
        """SIGTERM the hub (it stops every server and its proxy), then SIGKILL what is left."""
        if self.proc is not None and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
            except ProcessLookupError:
                pass
        pid_file = self.state / "proxy.pid"
        try:
            os.kill(int(pid_file.read_text().strip()), signal.SIGKILL)
        except (OSError, ValueError):
            pass

    def check(self) -> list[str]:
        """What is not private as it should be: the drop folder and every member's home."""
        out = self._python(
            "from widgets.tools.workshop import drop_folder_problems as d; import sys; "
            "print('\\n'.join(d(sys.argv[1])))",
            str(self.drop),
        )
        problems = [line for line in out.splitlines() if line.strip()]
        for group in (LEARNERS_GROUP, FACILITATORS_GROUP):
            try:
                members = grp.getgrnam(group).gr_mem
            except KeyError:
                continue
            for name in members:
                home = Path(pwd.getpwnam(name).pw_dir)
                if home.exists() and os.stat(home).st_mode & 0o077:
                    problems.append(f"{home}: others can read it; run: chmod 700 {home}")
        return problems


# --- driving a person's server without a browser (tests, benchmark) ----------------------------


class UserSession:
    """One person's server, reached through the hub's proxy with a token the admin service made
    for them (as a browser would reach it after logging in)."""

    def __init__(self, hub: Hub, name: str) -> None:
        self.hub, self.name = hub, name
        try:  # someone who has not logged in yet is not known to the hub
            hub.api("POST", f"/hub/api/users/{name}")
        except urllib.error.HTTPError as err:
            if err.code != 409:  # 409: known already
                raise
        made = hub.api(
            "POST", f"/hub/api/users/{name}/tokens", {"note": "workshop-hub", "expires_in": 7200}
        )
        self.token = made["token"]

    def start_server(self, timeout: float = 120) -> None:
        """Start the server (if it is not running) and wait until it is ready."""
        try:
            self.hub.api("POST", f"/hub/api/users/{self.name}/server")
        except urllib.error.HTTPError as err:
            if err.code != 400:  # 400: already running
                raise
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            server = self.hub.api("GET", f"/hub/api/users/{self.name}")["servers"].get("")
            if server and server.get("ready"):
                return
            time.sleep(0.3)
        raise TimeoutError(f"{self.name}'s server was not ready after {timeout:.0f} s")

    def stop_server(self, timeout: float = 60) -> None:
        try:
            self.hub.api("DELETE", f"/hub/api/users/{self.name}/server")
        except urllib.error.HTTPError:
            pass
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.hub.api("GET", f"/hub/api/users/{self.name}")["servers"]:
                return
            time.sleep(0.3)
        raise TimeoutError(f"{self.name}'s server did not stop in {timeout:.0f} s")

    def request(self, method: str, path: str, body: object = None, timeout: float = 60):
        url = f"{self.hub.url}/user/{self.name}/{path.lstrip('/')}"
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Authorization", f"token {self.token}")
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read()
        return json.loads(text) if text.strip() else None

    def start_kernel(self) -> str:
        return self.request("POST", "api/kernels", {"name": "python3"})["id"]

    def connect(self, kernel: str, timeout: float = 120):
        """A websocket to the kernel, as a notebook page keeps one open."""
        import websocket

        ws_url = self.hub.url.replace("http", "ws", 1)
        return websocket.create_connection(
            f"{ws_url}/user/{self.name}/api/kernels/{kernel}/channels",
            header=[f"Authorization: token {self.token}"],
            timeout=timeout,
        )

    def execute(self, kernel: str, code: str, timeout: float = 120, on_output=None, ws=None) -> str:
        """Run ``code`` in the kernel; its printed output. ``on_output(text)`` sees each piece as
        it comes; ``ws`` is a connection to reuse (else one is opened for this call). Raises
        RuntimeError with the traceback when the code fails."""
        import uuid

        own = ws is None
        ws = self.connect(kernel, timeout) if own else ws
        msg_id = uuid.uuid4().hex
        header = {"msg_id": msg_id, "username": self.name, "session": uuid.uuid4().hex,
                  "msg_type": "execute_request", "version": "5.3",
                  "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}  # fmt: skip
        content = {"code": code, "silent": False, "store_history": False,
                   "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}  # fmt: skip
        message = {"header": header, "parent_header": {}, "metadata": {}, "content": content,
                   "channel": "shell", "buffers": []}  # fmt: skip
        out, error, replied, idle = [], None, False, False
        try:
            ws.send(json.dumps(message))
            while not (replied and idle):
                data = json.loads(ws.recv())
                if data.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind = data["header"]["msg_type"]
                if kind == "stream":
                    out.append(data["content"]["text"])
                    if on_output:
                        on_output(data["content"]["text"])
                elif kind == "error":
                    error = "\n".join(data["content"]["traceback"])
                elif kind == "execute_reply":
                    replied = True
                elif kind == "status" and data["content"]["execution_state"] == "idle":
                    idle = True
        finally:
            if own:
                ws.close()
        if error:
            raise RuntimeError(f"{self.name}'s kernel said:\n{error}")
        return "".join(out)


# --- the command line --------------------------------------------------------------------------


def _require_root() -> None:
    if os.geteuid() != 0:
        raise SystemExit("Please run this as root (sudo): it makes accounts and runs JupyterHub.")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="scripts/workshop-hub.sh", description=__doc__)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("--prefix", type=Path, default=DEFAULT_PREFIX, help="the shared course")
    commands = parser.add_subparsers(dest="command")
    start = commands.add_parser("start", help="run the hub until Ctrl+C (the default)")
    start.add_argument(
        "--workshop",
        default=time.strftime("%Y-%m-%d"),
        help="the workshop's name: a new name is a new drop folder, and new ids (today's date)",
    )
    start.add_argument("--ip", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    start.add_argument("--port", type=int, default=8000)
    add = commands.add_parser("add-user", help="a learner's (or facilitator's) account")
    add.add_argument("name")
    add.add_argument("--facilitator", action="store_true")
    remove = commands.add_parser("remove-user", help="remove an account and its home")
    remove.add_argument("name")
    commands.add_parser("update", help="copy corrections into the shared course")
    commands.add_parser("check", help="check that the drop folder and the homes are private")
    args = parser.parse_args(argv)
    _require_root()
    command = args.command or "start"
    if command == "add-user":
        password = add_user(args.name, facilitator=args.facilitator)
        role = "facilitator" if args.facilitator else "learner"
        say(f"{role} {args.name} added; password (shown once): {password}")
    elif command == "remove-user":
        remove_user(args.name)
        say(f"{args.name} removed, with their home folder")
    elif command == "update":
        update(args.prefix)
    elif command == "check":
        problems = Hub(prefix=args.prefix, workshop=_latest_workshop(args.prefix)).check()
        print("\n".join(problems) or "Everything checked is private as it should be.")
        raise SystemExit(1 if problems else 0)
    else:
        workshop = getattr(args, "workshop", None) or time.strftime("%Y-%m-%d")
        ip, port = getattr(args, "ip", "127.0.0.1"), getattr(args, "port", 8000)
        serve(Hub(prefix=args.prefix, workshop=workshop, ip=ip, port=port))


def update(prefix: Path) -> list[str]:
    """Corrections into the shared course; says what learners do to see them."""
    changed = sync_source(prefix)
    if any(c.startswith(("pyproject", "uv.lock")) for c in changed):
        build_environment(prefix)
    say(f"{len(changed)} file(s) updated in {prefix / 'src'}: " + ", ".join(changed[:10]))
    say(
        "corrected scenarios and words: learners restart the kernel (Kernel > Restart Kernel "
        "and Run All Cells); corrected notebooks arrive when their server next starts (File > "
        "Hub Control Panel > Stop My Server, then Start). Answers are never touched."
    )
    return changed


def _latest_workshop(prefix: Path) -> str:
    folders = sorted((prefix / "workshops").glob("*"), key=lambda p: p.stat().st_mtime)
    return folders[-1].name if folders else "workshop"


def serve(hub: Hub) -> None:
    hub.build()
    stop = {"now": False}

    def interrupt(signum, frame):
        stop["now"] = True

    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGINT, interrupt)
    hub.start()
    say(f"JupyterHub is running at {hub.url}/ for workshop {hub.workshop!r}")
    say(f"shared summaries land in {hub.drop} (only {FACILITATORS_GROUP} can read them)")
    say("add people with: sudo bash scripts/workshop-hub.sh add-user NAME [--facilitator]")
    say(f"log: {hub.log}. Stop with Ctrl+C.")
    try:
        while not stop["now"] and hub.proc.poll() is None:
            time.sleep(0.5)
    finally:
        say("stopping (every server is stopped; answers are already saved)...")
        hub.stop()
        say("stopped.")


if __name__ == "__main__":
    main()
