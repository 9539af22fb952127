#!/usr/bin/env bash
# Set everything up (first time only) and open the course in JupyterLab.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --no-dev
.venv/bin/jupytext --to ipynb --update --quiet course/*.py 2>/dev/null || true
exec .venv/bin/jupyter lab --notebook-dir=course "$@" course/00_welcome.ipynb
