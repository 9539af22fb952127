"""How JupyterLab is set up for the course: the learner's view, not the author's.

The course's own start scripts pass this file to JupyterLab with
``--config=jupyter_config/jupyter_server_config.py`` (a path from the repository root; any
folder works, it finds its neighbours itself). Without it the course works the same, with the
author's view: the ``.py`` files listed, the first line of each hidden cell's code shown.

* The file browser lists each notebook once: the ``NN_name.py`` twin of every course notebook
  (Jupytext's source of truth, for authors) is hidden. It can still be opened by its address;
  authors can start JupyterLab without this file to see it.
* The file browser has room for the notebooks' names (no "last modified" column), and
  JupyterLab neither checks for updates nor offers news: nothing leaves the learner's computer
  (``lab_settings/overrides.json``, JupyterLab's defaults for the course).
* Cells whose code is hidden show no code at all, only JupyterLab's "…" to open it again
  (``custom/custom.css``, loaded because ``LabApp.custom_css`` is on).
"""

from pathlib import Path

c = get_config()  # noqa: F821  (JupyterLab runs this file with get_config defined)

HERE = Path(__file__).resolve().parent

c.ContentsManager.hide_globs = [
    # jupyter_server's own defaults, kept
    "__pycache__",
    "*.pyc",
    "*.pyo",
    ".DS_Store",
    "*~",
    # the course notebooks' Jupytext twins (course/NN_name.py)
    "[0-9][0-9]_*.py",
    "index.py",  # the app-mode home page's twin
]
c.LabApp.app_settings_dir = str(HERE / "lab_settings")
c.LabApp.custom_css = True
c.ServerApp.tornado_settings = {"static_custom_path": [str(HERE / "custom")]}
