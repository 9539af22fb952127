#!/usr/bin/env bash
# Build the course as a static JupyterLite site in _output/ (runs in a web browser, no install).
# The build works offline; learners' browsers fetch Pyodide from its CDN when they open it.
# See docs/hosting.md. Extra arguments go to scripts/build_lite.py (e.g. --output-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh   # jupyterlite-core and its Pyodide kernel are in the dev group
.venv/bin/python scripts/build_lite.py "$@"
