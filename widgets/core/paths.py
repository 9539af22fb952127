"""Where the course's folders are, and how a path is shown to a trainer.

One place for the repository root and the data folder, so no module works them out for itself.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The repository (or installed source) root: the folder holding widgets/, data/ and course/.
REPO_ROOT = Path(__file__).resolve().parents[2]
#: The course's own data folder.
REPO_DATA = REPO_ROOT / "data"
#: The data folder in use; PEER_COURSE_DATA points elsewhere (e.g. a trainer's own copy).
DATA_DIR = Path(os.environ.get("PEER_COURSE_DATA") or REPO_DATA)
#: The course notebooks.
COURSE_DIR = REPO_ROOT / "course"


def data_file(*parts: str) -> Path:
    """A data file from the trainer's data folder when it has one, else the course's own.

    The course's path is returned when neither exists, so a message can name where it belongs.
    """
    for folder in (DATA_DIR, REPO_DATA):
        path = folder.joinpath(*parts)
        if path.is_file():
            return path
    return DATA_DIR.joinpath(*parts)


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as a trainer sees it: ``data/scenarios/x.yaml`` inside a data folder, else relative
    to the working folder when it is under it, else as given (always with forward slashes)."""
    path = Path(path)
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        return path.as_posix()
    for base in (DATA_DIR.resolve().parent, REPO_ROOT, Path.cwd().resolve()):
        try:
            return resolved.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.as_posix()
