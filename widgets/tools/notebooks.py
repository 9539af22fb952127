"""The course notebooks as files: which they are, and their saved outputs without live widgets.

Shared by the handouts (``python -m widgets handouts``) and by ``scripts/sync_notebooks.py``,
which saves every notebook's outputs after running it. A live widget cannot show on paper, in a
plain web page or in a notebook opened without running it, so its saved view is dropped and the
readable text/HTML version every course widget saves beside it is what shows.
"""

from __future__ import annotations

from pathlib import Path

import nbformat

from widgets.core.paths import COURSE_DIR

__all__ = ["WIDGET_VIEW", "course_notebooks", "strip_live_widgets"]

#: The output type of a live widget view (meaningless without a running kernel).
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def course_notebooks(suffix: str = ".ipynb", folder: Path | None = None) -> list[Path]:
    """The numbered course notebooks (``NN_name.ipynb``, or ``.py`` for the sources), in order."""
    return sorted((folder or COURSE_DIR).glob(f"[0-9][0-9]_*{suffix}"))


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
