#!/usr/bin/env bash
# Set everything up (first time only) and run every check: lint, format, notebook pairing, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff check"; ruff check .
echo "== ruff format --check"; ruff format --check .
echo "== tests"; python -m pytest "$@"
