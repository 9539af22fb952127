"""The learner's own copy of the course notebooks: made on first start, updated without loss.

``scripts/open-course.sh`` and ``scripts/app-mode.sh`` open the course from this copy, never
from the repository's ``course/`` folder, so working in the course leaves the repository as it
came (``git status`` stays clean) and a course update never clashes with a learner's work.

Where: ``notebooks/`` in the course's user data folder, beside the progress file
(``~/.local/share/peer-support-course/notebooks/`` on Linux; in ``$PEER_COURSE_HOME`` when that
is set); ``$PEER_COURSE_NOTEBOOKS`` names another folder. Each notebook is written from its
py:percent source with the outputs of its saved pair, without the pairing, so saving it in
JupyterLab writes that one ``.ipynb`` and no ``.py``. ``widgets`` (installed in ``.venv``) and
``data/`` are used from the repository, not copied.

The update rules, each time the course starts (like nbgitpuller's, file by file, and simpler):

* a file new in the course is **added**;
* a file the learner never changed is **updated** to the course's new version (running a
  notebook changes its outputs, not what it says, so a notebook only run counts as unchanged:
  the learner's answers are in the progress file, not in the notebook);
* a file the learner changed (a cell's text added, edited or removed) is **kept as it is**,
  and the course's new version is put **beside it** as ``NAME (course update YYYY-MM-DD).ipynb``;
* a course file missing from the copy is **put back**;
* **nothing is ever deleted**, and a file the course does not know is never touched.

What was written is remembered in ``.peer-course-copy.json`` (hidden) in the copy: a file whose
content (for a notebook: the text of its cells) is not what was written there is the
learner's. Notebooks changed in the repository's own ``course/`` folder before this copy existed
(the course used to open from there) are copied with those changes and counted as the learner's
from the start, so no update replaces them.

``python -m widgets learner-copy`` makes or updates the copy and says what it did.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from widgets.core.paths import COURSE_DIR

__all__ = [
    "ENV_FOLDER",
    "FOLDER_NAME",
    "MANIFEST",
    "Report",
    "copy_folder",
    "course_files",
    "learner_copy_command",
    "sync",
]

#: Names another folder for the copy (a trainer's choice, or a visible folder in the home).
ENV_FOLDER = "PEER_COURSE_NOTEBOOKS"
#: The copy's folder name inside the course's user data folder.
FOLDER_NAME = "notebooks"
#: What the course last wrote to each file of the copy (hidden from JupyterLab's file browser).
MANIFEST = ".peer-course-copy.json"
#: Folders of the course never copied.
SKIPPED_FOLDERS = {"__pycache__", ".ipynb_checkpoints"}


def copy_folder() -> Path:
    """Where the learner's copy lives: ``$PEER_COURSE_NOTEBOOKS``, else ``notebooks/`` beside
    the progress store (the user data folder, or ``$PEER_COURSE_HOME``)."""
    chosen = os.environ.get(ENV_FOLDER, "").strip()
    if chosen:
        return Path(chosen).expanduser().absolute()
    from widgets.store.location import default_path

    return default_path().parent / FOLDER_NAME


@dataclass(frozen=True)
class CourseFile:
    """One file of the copy as the course has it: a name, a fingerprint of its sources, and
    how to make its content (only called when the content is needed)."""

    name: str
    source_hash: str
    render: Callable[[], bytes]
    #: fingerprints of the course's own file as it is in course/ (a plain copy of it, made
    #: before this module kept a record, is the course's version, not the learner's)
    as_shipped: frozenset[str] = frozenset()


def _fingerprint(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _is_jupytext_source(py: Path) -> bool:
    """A py:percent notebook (the course's sources), not a plain Python file."""
    try:
        head = py.read_text(encoding="utf-8")[:4000]
    except (OSError, UnicodeDecodeError):
        return False
    return head.startswith("# ---\n# jupyter:") or "\n# %%" in head or head.startswith("# %%")


def _notebook_bytes(py: Path | None, ipynb: Path | None) -> bytes:
    """The notebook for the copy: inputs from the py:percent source, outputs from the saved
    pair, and no pairing (so a save in the copy writes the .ipynb alone)."""
    import jupytext
    import nbformat
    from jupytext.combine import combine_inputs_with_outputs

    saved = None
    if ipynb is not None and ipynb.is_file():
        try:
            saved = nbformat.read(ipynb, as_version=4)
        except Exception:  # an unreadable pair: the source alone still makes the notebook
            saved = None
    if py is not None:
        nb = jupytext.read(py)
        if saved is not None:
            nb = combine_inputs_with_outputs(nb, saved, fmt="py:percent")
    else:
        nb = saved if saved is not None else nbformat.read(ipynb, as_version=4)
    nb.metadata.pop("jupytext", None)
    _match_this_kernel(nb.metadata)
    return (jupytext.writes(nb, fmt="ipynb").rstrip("\n") + "\n").encode("utf-8")


def _match_this_kernel(metadata: dict) -> None:
    """Name the kernel and Python of this .venv (the ones that run the copy), as JupyterLab
    would when it opens the notebook: otherwise merely opening it marks it changed, and its
    autosave would make it count as the learner's."""
    spec = metadata.get("kernelspec")
    if not isinstance(spec, dict) or spec.get("language", "python") != "python":
        return
    try:
        from ipykernel.kernelspec import KERNEL_NAME, get_kernel_dict
    except ImportError:  # no ipykernel here: leave the course's names
        return
    if spec.get("name") == KERNEL_NAME:
        spec["display_name"] = get_kernel_dict()["display_name"]
    info = metadata.get("language_info")
    if isinstance(info, dict) and info.get("name") == "python":
        info["version"] = platform.python_version()


def course_files(course_dir: Path = COURSE_DIR) -> dict[str, CourseFile]:
    """Every file the copy holds, by its name in the copy (``NN_name.ipynb``, other files as
    they are). A py:percent source and its .ipynb pair become one notebook."""
    found: dict[str, CourseFile] = {}
    files = sorted(
        path
        for path in course_dir.rglob("*")
        if path.is_file()
        and not any(
            part.startswith(".") or part in SKIPPED_FOLDERS
            for part in path.relative_to(course_dir).parts
        )
    )
    paired = set()
    for py in (p for p in files if p.suffix == ".py" and _is_jupytext_source(p)):
        ipynb = py.with_suffix(".ipynb")
        sources = (py, ipynb) if ipynb.is_file() else (py,)
        paired.update(sources)
        name = ipynb.relative_to(course_dir).as_posix()
        found[name] = CourseFile(
            name,
            _fingerprint(*sources),
            lambda py=py, ipynb=ipynb: _notebook_bytes(py, ipynb),
            _shipped(ipynb) if ipynb.is_file() else frozenset(),
        )
    for path in files:
        if path in paired:
            continue
        name = path.relative_to(course_dir).as_posix()
        if path.suffix == ".ipynb":
            render = lambda path=path: _notebook_bytes(None, path)  # noqa: E731
        else:
            render = path.read_bytes
        found[name] = CourseFile(name, _fingerprint(path), render, _shipped(path))
    return found


@dataclass
class Report:
    """What one update of the copy did, to tell the learner in plain words."""

    folder: Path
    created: bool = False
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    #: (the learner's file, kept; the course's new version, written beside it)
    kept: list[tuple[str, str]] = field(default_factory=list)
    #: files that hold changes made in the repository's course/ folder before the copy existed
    adopted: list[str] = field(default_factory=list)
    #: (a course file that could not be copied, why): the others are copied all the same
    problems: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        if self.created:
            lines = [
                f"Made your own copy of the course notebooks in {self.folder}",
                "You work there; the course folder itself is never changed.",
            ]
        else:
            lines = [f"Your own copy of the course notebooks: {self.folder}"]
            if self.added:
                lines.append(f"New from the course: {', '.join(self.added)}.")
        if self.updated:
            lines.append(
                f"Updated from the course (you had not written in them): {', '.join(self.updated)}."
            )
        if self.restored:
            lines.append(
                f"Put back from the course (they were missing): {', '.join(self.restored)}."
            )
        for name, beside in self.kept:
            lines.append(
                f"You had changed {name}, so it is kept as it is; the course's new version is "
                f'beside it: "{beside}".'
            )
        for name in self.adopted:
            lines.append(
                f"{name} keeps the changes you made in the course folder before; it is yours now."
            )
        for name, why in self.problems:
            lines.append(f"Not copied from the course: {name} ({why}). Everything else is ready.")
        return lines


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _text_sha(data: bytes) -> str | None:
    """A fingerprint of what a notebook says (each cell's kind and text), leaving out what
    running it changes (outputs, execution counts, metadata); None for other files."""
    try:
        cells = json.loads(data)["cells"]
        text = [[cell.get("cell_type"), "".join(cell.get("source", ""))] for cell in cells]
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return "text:" + _sha(json.dumps(text, ensure_ascii=False).encode())


def _shipped(path: Path) -> frozenset[str]:
    """The fingerprints of a course file as it is in course/: its bytes and, for a notebook,
    its text (a plain copy of it, made before this module kept a record, is the course's)."""
    data = path.read_bytes()
    return frozenset(f for f in (_sha(data), _text_sha(data)) if f)


def _entry(source: str, written: bytes | None) -> dict:
    """The record of one file of the copy: the course version it came from, and what was
    written (None: the file is the learner's from the start)."""
    if written is None:
        return {"source": source, "written": None, "text": None}
    return {"source": source, "written": _sha(written), "text": _text_sha(written)}


def _file_sha(path: Path) -> str | None:
    try:
        return _sha(path.read_bytes())
    except OSError:
        return None


def _write(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all (a temporary file beside it, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


def _read_manifest(folder: Path) -> dict[str, dict]:
    """What was written last time; empty when missing or unreadable (every file then counts as
    the learner's, so nothing is replaced)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files = data["files"]
        return {str(k): dict(v) for k, v in files.items() if isinstance(v, dict)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _beside_name(name: str, today: str, folder: Path, data: bytes) -> tuple[str, bool]:
    """A free name for the course's new version beside the learner's file, and whether it must
    be written (False when the same version is already there)."""
    path = Path(name)
    for number in range(1, 1000):
        extra = "" if number == 1 else f" {number}"
        candidate = path.with_name(f"{path.stem} (course update {today}{extra}){path.suffix}")
        target = folder / candidate
        if not target.exists():
            return candidate.as_posix(), True
        if _file_sha(target) == _sha(data):
            return candidate.as_posix(), False
    raise OSError(f"{folder / path.parent}: too many course updates beside {path.name}")


def committed_text(course_dir: Path, name: str) -> str | None:
    """The text fingerprint (:func:`_text_sha`) of ``name`` as last committed in the checkout
    holding ``course_dir``; None when git cannot say."""
    try:
        done = subprocess.run(
            ["git", "show", f"HEAD:./{name}"], cwd=course_dir, capture_output=True, timeout=20
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return _text_sha(done.stdout) if done.returncode == 0 else None


def changed_in_checkout(course_dir: Path) -> set[str]:
    """Files of ``course_dir`` changed from the last commit (the learner's work from when the
    course opened from there); empty when it is not a git checkout or git is not installed."""
    try:
        done = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--no-renames", "--", "."],
            cwd=course_dir,
            capture_output=True,
            text=True,
            timeout=20,
        )
        top = subprocess.run(
            ["git", "rev-parse", "--show-prefix"],
            cwd=course_dir,
            capture_output=True,
            text=True,
            timeout=20,
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    if done.returncode or top.returncode:
        return set()
    prefix = top.stdout.strip()
    names = set()
    for line in done.stdout.splitlines():
        path = line[3:].strip().strip('"')
        if path.startswith(prefix):
            names.add(path[len(prefix) :])
    return names


def sync(
    course_dir: Path = COURSE_DIR,
    folder: Path | None = None,
    today: dt.date | None = None,
) -> Report:
    """Make the learner's copy in ``folder`` (default :func:`copy_folder`) or bring it up to
    date with ``course_dir``, by the rules in this module's docstring."""
    folder = Path(folder) if folder is not None else copy_folder()
    today_text = (today or dt.date.today()).isoformat()
    report = Report(folder, created=not (folder / MANIFEST).exists())
    folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.mkdir(exist_ok=True, mode=0o700)
    manifest = _read_manifest(folder)
    changed = changed_in_checkout(course_dir) if report.created else set()

    def edited_before(name: str, data: bytes) -> bool:
        """Written in, in course/ itself, before the copy existed (not only run there)."""
        if not {name, str(Path(name).with_suffix(".py"))} & changed:
            return False
        return _text_sha(data) is None or committed_text(course_dir, name) != _text_sha(data)

    try:
        for course in course_files(course_dir).values():
            try:
                _sync_one(course, folder, manifest, report, today_text, edited_before)
            except Exception as err:  # one unreadable course file must not keep the course shut
                why = str(err).splitlines()[0] if str(err) else type(err).__name__
                report.problems.append((course.name, why[:200]))
    finally:
        state = {"format": 1, "course": str(course_dir), "files": manifest}
        _write(folder / MANIFEST, (json.dumps(state, indent=1, sort_keys=True) + "\n").encode())
    return report


def _sync_one(
    course: CourseFile,
    folder: Path,
    manifest: dict[str, dict],
    report: Report,
    today: str,
    edited_before: Callable[[str, bytes], bool],
) -> None:
    name, target = course.name, folder / course.name
    entry = manifest.get(name)
    if entry is not None and entry.get("source") == course.source_hash and target.exists():
        return  # the course has not changed it since it was last written: nothing to do
    data = course.render()
    if not target.exists():
        _write(target, data)
        learners = edited_before(name, data)
        manifest[name] = _entry(course.source_hash, None if learners else data)
        if learners:
            report.adopted.append(name)
        elif entry is None:
            report.added.append(name)
        else:
            report.restored.append(name)
        return
    try:
        current = target.read_bytes()
    except OSError:
        current = None
    if current == data:  # already the course's version
        manifest[name] = _entry(course.source_hash, data)
        return
    # Never changed by the learner: as written (or as shipped), or only run (same text).
    if current is None:
        mine = set()
    else:
        mine = {_sha(current), _text_sha(current)} - {None}
    if entry is None:
        known = set(course.as_shipped)
    else:
        known = {entry.get("written"), entry.get("text")} - {None}
    if mine & known:
        _write(target, data)
        manifest[name] = _entry(course.source_hash, data)
        report.updated.append(name)
        return
    beside, write = _beside_name(name, today, folder, data)
    if write:
        _write(folder / beside, data)
        report.kept.append((name, beside))
    kept = dict(entry) if entry else _entry(course.source_hash, None)
    manifest[name] = {**kept, "source": course.source_hash}


def learner_copy_command(argv: list[str]) -> int:
    """Make or update your own copy of the course notebooks (the one the course opens)."""
    from widgets.tools.cli import ArgumentParser

    parser = ArgumentParser(
        prog="python -m widgets learner-copy",
        description=learner_copy_command.__doc__
        + " New files are added, files you never changed are updated, files you changed are "
        "kept with the new version beside them, and nothing is deleted.",
    )
    parser.add_argument(
        "--folder",
        help=f"where the copy is (default: ${ENV_FOLDER}, else notebooks/ in the course's "
        "user data folder, beside your progress)",
    )
    parser.add_argument(
        "--print-folder",
        action="store_true",
        help="print only the folder on stdout (what was done goes to stderr): for scripts",
    )
    args = parser.parse_args(argv)
    report = sync(folder=Path(args.folder).expanduser().absolute() if args.folder else None)
    said = sys.stderr if args.print_folder else sys.stdout
    for line in report.lines():
        print(line, file=said)
    if args.print_folder:
        print(report.folder)
    return 0
