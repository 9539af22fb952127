#!/usr/bin/env bash
# Create .venv in the repo root (once) and install the locked dependencies into it.
# Safe and quick to run again: every step is skipped or a no-op when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    echo "Creating .venv with $("$PYTHON" --version)..."
    "$PYTHON" -m venv .venv
fi
if [ ! -x .venv/bin/uv ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check uv
fi
# --inexact keeps uv itself (and anything else a learner added) in place.
UV_PROJECT_ENVIRONMENT=.venv .venv/bin/uv sync --frozen --inexact --quiet "$@"
