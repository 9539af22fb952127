"""The course notebooks as files: which they are, and their saved outputs without live widgets.

Shared by the handouts (``python -m widgets handouts``) and by ``scripts/sync_notebooks.py``,
which saves every notebook's outputs after running it. A live widget cannot show on paper, in a
plain web page or in a notebook opened without running it, so its saved view is dropped and the
readable text/HTML version every course widget saves beside it is what shows.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import nbformat

from widgets.core.paths import COURSE_DIR

__all__ = [
    "WIDGET_VIEW",
    "NotebookError",
    "course_notebooks",
    "read_notebook",
    "strip_live_widgets",
]

#: The output type of a live widget view (meaningless without a running kernel).
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def course_notebooks(suffix: str = ".ipynb", folder: Path | None = None) -> list[Path]:
    """The numbered course notebooks (``NN_name.ipynb``, or ``.py`` for the sources), in order."""
    return sorted((folder or COURSE_DIR).glob(f"[0-9][0-9]_*{suffix}"))


class NotebookError(ValueError):
    """A file that cannot be used as a notebook; the message names it and says why, in one line."""


def read_notebook(path: str | Path) -> nbformat.NotebookNode:
    """The notebook at ``path`` (as nbformat 4), checked against the notebook schema.

    Raises NotebookError for a missing file, a folder, a file that is not UTF-8 JSON or not a
    valid notebook: whatever the file holds, the reader gets one plain sentence, never a crash.
    """
    path = Path(path)
    if path.is_dir():
        raise NotebookError(f"{path}: is a folder, not a notebook (.ipynb)")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NotebookError(f"{path}: no such file") from None
    except OSError as err:
        why = (err.strerror or str(err)).lower()
        raise NotebookError(f"{path}: cannot be read ({why})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise NotebookError(
            f"{path}: not a notebook: not UTF-8 text (byte 0x{data[err.start]:02x} at position "
            f"{err.start})"
        ) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # an old notebook's missing cell ids are added quietly
            nb = nbformat.reads(text, as_version=4)
            nbformat.validate(nb)
    except Exception as err:  # not JSON, not a notebook, too deeply nested, invalid: all "not one"
        if isinstance(err, nbformat.reader.NotJSONError):
            why = "not JSON"
        else:
            why = (getattr(err, "message", None) or str(err) or type(err).__name__).splitlines()[0]
        raise NotebookError(f"{path}: not a notebook ({why[:200]})") from None
    return nb


def strip_live_widgets(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop widget views and saved widget state from ``nb`` (in place; returned for chaining),
    keeping the text/HTML every exercise also offers. An output left empty is removed."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            data = output.get("data")
            if data is not None and WIDGET_VIEW in data:
                data.pop(WIDGET_VIEW)
                if not data:
                    continue
            kept.append(output)
        cell.outputs = kept
    return nb
