#!/usr/bin/env bash
# For authors: re-pair every course/*.py with its .ipynb and re-execute it (empty progress store).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python scripts/sync_notebooks.py "$@"
