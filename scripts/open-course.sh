#!/usr/bin/env bash
# Set everything up (first time only) and open the course in JupyterLab, at the welcome notebook.
#
# The notebooks open from your own copy of them (made on the first start and brought up to date
# at each start without overwriting your work: widgets/tools/learner_copy.py), never from the
# course/ folder, so this folder stays as it came and a course update never clashes with your
# work. Every link JupyterLab prints, and the bare address with its token, lands on the welcome
# notebook. Runs as root too (containers, some classroom computers). Any arguments go to
# jupyter lab, for example: ./scripts/open-course.sh --no-browser --port=8890
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --no-dev
folder=$(.venv/bin/python -m widgets learner-copy --print-folder)
# The course's JupyterLab defaults (scripts/jupyter-config/labconfig): no pop-up asking about
# Jupyter news, no news fetched, no update check. A learner's own settings still win.
export JUPYTER_CONFIG_PATH="$PWD/scripts/jupyter-config${JUPYTER_CONFIG_PATH:+:$JUPYTER_CONFIG_PATH}"
welcome=/lab/tree/00_welcome.ipynb
args=(
    "--ServerApp.root_dir=$folder"
    "--ServerApp.default_url=$welcome"
    "--LabApp.default_url=$welcome"
    # Only what a learner needs to read: the links, warnings and errors.
    --ServerApp.log_level=WARN
    --LabApp.log_level=WARN
    # Nothing leaves this computer: no news feed (nor its pop-up question), no update check
    # and no extension search on PyPI.
    --LabApp.news_url=None
    --LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate
    --LabApp.extension_manager=readonly
    # The learner's view (jupyter_config/jupyter_server_config.py): no code shown in hidden
    # cells, no .py twins in the file browser, room for the notebooks' names.
    "--config=$PWD/jupyter_config/jupyter_server_config.py"
)
if [ "$(id -u)" = 0 ]; then
    echo "You are running this as root (the administrator), as containers and some classroom" \
        "computers do. JupyterLab refuses root unless told otherwise, so it starts with" \
        "--allow-root: fine on a computer or container of your own; on a shared computer," \
        "run the course as your own user instead."
    args+=(--allow-root)
fi
cat <<'TEXT'

The course is starting. Your web browser opens the welcome notebook; if it does not, copy the
link below that starts with http://127.0.0.1 into it (the link holds a secret key, new each time).
Your answers are saved when you press Check; save a notebook with Ctrl+S.
To stop the course: come back to this window and press Ctrl+C, then Ctrl+C again.

TEXT
exec .venv/bin/jupyter lab "${args[@]}" "$@"
