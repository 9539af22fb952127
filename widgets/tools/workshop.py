"""A workshop on a course hub: the drop folder, and each learner's own copy of the course.

Used by ``scripts/workshop-hub.sh`` (``scripts/workshop_hub.py``), which starts JupyterHub for
a workshop, and by every learner's server when it starts (:func:`singleuser`).

**The drop folder** (:func:`make_drop_folder`) is where learners' anonymous summaries land
(:mod:`widgets.store.workshop` writes them). Its permissions do the work, as in nbgrader's
exchange, but stricter: owned by root, group the facilitators' group, mode ``drwxrws-wt``
(:data:`DROP_MODE`):

* others (the learners) have ``-wx``: they can create a file, and open one whose name they
  know, but cannot list the folder; each file is ``-rw-r-----``, so nobody else can read it;
* the sticky bit: only a file's owner (or root) can rename, replace or delete it;
* set-group-id: every new file gets the facilitators' group, whoever makes it, so the
  facilitators (and nobody else) can read it, and list the folder;
* a random per-workshop salt (``.workshop-salt``, readable by all) makes each learner's id
  different in every workshop.

:func:`drop_folder_problems` checks a folder against all of that, in words.

**Each learner's copy** (:func:`prepare_home`): the course notebooks, the share notebook and, for
a facilitator, the dashboard, copied into ``~/peer-course`` (folders ``0700``, files ``0600``)
when their server starts. A notebook is copied when it is missing; a corrected notebook
replaces the learner's copy only when they have not changed its cells (running them does not
count); otherwise the corrected one is put beside theirs. Answers live in the progress store,
never in the notebooks, so no copy or correction touches them.
"""

from __future__ import annotations

import argparse
import grp
import hashlib
import json
import os
import secrets
import stat
import sys
import tempfile
from pathlib import Path

__all__ = [
    "DROP_MODE",
    "SALT_FILE",
    "drop_folder_problems",
    "make_drop_folder",
    "prepare_home",
    "singleuser",
]

#: drwxrws-wt: set-group-id and sticky; facilitators rwx, learners -wx (no listing, no reading).
DROP_MODE = 0o3773
#: The per-workshop salt in the drop folder (the same name widgets.store.workshop reads).
SALT_FILE = ".workshop-salt"
#: The learner's folder in their home, and the record of what was copied into it.
LEARNER_FOLDER = "peer-course"
MANIFEST = ".course-copy.json"
SHARE_TEMPLATE = Path("data") / "templates" / "share_with_facilitator.py"
SHARE_NOTEBOOK = "share_with_facilitator.ipynb"


# --- the drop folder ---------------------------------------------------------------------------


def make_drop_folder(folder: str | os.PathLike[str], group: str | int, *, owner: int = 0) -> Path:
    """Make (or repair) a workshop's drop folder and its salt; run as root.

    ``group`` is the facilitators' Unix group. An existing salt is kept, so ids stay the same
    for the whole workshop; a new folder (a new workshop) gets a new one.
    """
    folder = Path(folder)
    gid = grp.getgrnam(group).gr_gid if isinstance(group, str) else int(group)
    folder.mkdir(parents=True, exist_ok=True)
    os.chown(folder, owner, gid)
    os.chmod(folder, DROP_MODE)
    salt = folder / SALT_FILE
    if not salt.exists():
        fd, tmp = tempfile.mkstemp(prefix=".salt-", dir=folder)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secrets.token_hex(16) + "\n")
        os.chown(tmp, owner, gid)
        os.chmod(tmp, 0o644)
        os.replace(tmp, salt)
    return folder


def drop_folder_problems(folder: str | os.PathLike[str]) -> list[str]:
    """What is wrong with a drop folder's permissions, in words (empty: it is safe to use)."""
    folder = Path(folder)
    try:
        info = os.lstat(folder)
    except OSError as err:
        return [f"{folder}: cannot be looked at ({err.strerror})."]
    if not stat.S_ISDIR(info.st_mode):
        return [f"{folder}: is not a folder (a link is not accepted either)."]
    mode = info.st_mode
    problems = []
    if mode & stat.S_IROTH:
        problems.append("anyone can list the folder (others have read permission)")
    if not mode & stat.S_ISVTX:
        problems.append("the sticky bit is off, so a learner could delete someone else's file")
    if not mode & stat.S_ISGID:
        problems.append("set-group-id is off, so shared files would not be readable by the group")
    if (mode & (stat.S_IWOTH | stat.S_IXOTH)) != (stat.S_IWOTH | stat.S_IXOTH):
        problems.append("learners cannot write into it (others need write and search)")
    if (mode & (stat.S_IRGRP | stat.S_IXGRP)) != (stat.S_IRGRP | stat.S_IXGRP):
        problems.append("the facilitators' group cannot list it (group needs read and search)")
    try:
        salt = os.lstat(folder / SALT_FILE)
        if not stat.S_ISREG(salt.st_mode) or salt.st_mode & stat.S_IWOTH:
            problems.append(f"{SALT_FILE} is not an ordinary file only its owner can change")
    except OSError:
        problems.append(f"{SALT_FILE} is missing (make the folder with make_drop_folder)")
    return [f"{folder}: {p}." for p in problems]


# --- each learner's copy of the course ---------------------------------------------------------


def cells_digest(data: bytes) -> str | None:
    """A digest of a notebook's cells (type and source only; outputs and run counts ignored),
    or None when it is not a notebook."""
    try:
        cells = json.loads(data.decode("utf-8"))["cells"]
        parts = [
            [c["cell_type"], "".join(c["source"]) if isinstance(c["source"], list) else c["source"]]
            for c in cells
        ]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _share_notebook(source: Path) -> bytes:
    import jupytext  # only when the course copy needs it

    notebook = jupytext.read(source / SHARE_TEMPLATE)
    return jupytext.writes(notebook, fmt="ipynb").encode("utf-8")


def _wanted(source: Path, facilitator: bool) -> dict[str, bytes]:
    """What belongs in a learner's folder: relative path -> the current version's bytes."""
    wanted = {f"course/{nb.name}": nb.read_bytes() for nb in sorted(source.glob("course/*.ipynb"))}
    if (source / SHARE_TEMPLATE).exists():
        wanted[SHARE_NOTEBOOK] = _share_notebook(source)
    if facilitator:
        for nb in sorted(source.glob("facilitator/*.ipynb")):
            wanted[f"facilitator/{nb.name}"] = nb.read_bytes()
    return wanted


def prepare_home(
    source: str | os.PathLike[str], home: str | os.PathLike[str], *, facilitator: bool = False
) -> dict[str, list[str]]:
    """Copy the course into ``home/peer-course``: missing notebooks, and corrected ones the
    learner has not changed; a corrected one they did change goes beside theirs, as
    ``NAME (corrected).ipynb``. Returns what was ``copied``, ``updated`` and put ``beside``."""
    source, folder = Path(source), Path(home) / LEARNER_FOLDER
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    manifest_path = folder / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        manifest = manifest if isinstance(manifest, dict) else {}
    except (OSError, ValueError):
        manifest = {}
    done: dict[str, list[str]] = {"copied": [], "updated": [], "beside": []}
    for rel, data in _wanted(source, facilitator).items():
        new = cells_digest(data)
        target = folder / rel
        try:
            current = cells_digest(target.read_bytes())
        except FileNotFoundError:
            _write_private(target, data)
            done["copied"].append(rel)
        except OSError:
            continue  # a file the learner made unreadable: leave it alone
        else:
            if current == new:
                pass
            elif current is not None and current == manifest.get(rel):
                _write_private(target, data)
                done["updated"].append(rel)
            else:
                beside = target.with_name(f"{target.stem} (corrected){target.suffix}")
                if cells_digest(beside.read_bytes() if beside.exists() else b"") != new:
                    _write_private(beside, data)
                    done["beside"].append(str(Path(rel).with_name(beside.name)))
                continue  # the learner's own version stays what the manifest knows
        manifest[rel] = new
    _write_private(manifest_path, json.dumps(manifest, indent=1, sort_keys=True).encode())
    return done


def singleuser(argv: list[str]) -> None:
    """A learner's server on the hub: private files from the start, the course copied, then
    ``jupyterhub-singleuser`` in this process (``argv`` are its arguments)."""
    os.umask(0o077)
    home = Path(os.environ.get("HOME") or Path("~").expanduser())
    store_home = os.environ.get("PEER_COURSE_HOME")
    if store_home:
        Path(store_home).mkdir(mode=0o700, parents=True, exist_ok=True)
    source = Path(os.environ.get("PEER_COURSE_SOURCE") or Path(__file__).resolve().parents[2])
    facilitator = os.environ.get("PEER_COURSE_ROLE") == "facilitator"
    done = prepare_home(source, home, facilitator=facilitator)
    for what, names in done.items():
        if names:
            print(f"peer-course: {what}: {', '.join(names)}", file=sys.stderr, flush=True)
    server = Path(sys.executable).with_name("jupyterhub-singleuser")
    os.execv(server, [str(server), *argv])


def main(argv: list[str] | None = None) -> None:
    """``singleuser [SERVER ARGS...]`` (the hub's command for each learner's server),
    ``check-drop FOLDER`` (are its permissions safe?) or ``make-drop FOLDER [--group G]`` (make
    or repair it, then check it; as root)."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["singleuser"]:
        singleuser(argv[1:])  # everything after it is the server's, untouched
    parser = argparse.ArgumentParser(prog="python -m widgets.tools.workshop")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("singleuser", help="prepare the learner's folder, start their server")
    check = commands.add_parser("check-drop", help="check a drop folder's permissions")
    check.add_argument("folder")
    make = commands.add_parser("make-drop", help="make (or repair) a drop folder, as root")
    make.add_argument("folder")
    make.add_argument("--group", default="peer-facilitators", help="the facilitators' group")
    args = parser.parse_args(argv)
    if args.command == "make-drop":
        make_drop_folder(args.folder, args.group)
    problems = drop_folder_problems(args.folder)
    print("\n".join(problems) or f"{args.folder}: safe to use as a drop folder.")
    raise SystemExit(1 if problems else 0)


if __name__ == "__main__":
    main()
