#!/usr/bin/env bash
# Open the course in "app mode" with Voila: each notebook becomes a page of exercises, with the
# code hidden. It listens on this computer only (127.0.0.1:8866) by default. Before opening it to
# a room, read docs/hosting.md. Choose the address and port with COURSE_APP_IP and
# COURSE_APP_PORT; any other arguments go to voila.
set -euo pipefail
cd "$(dirname "$0")/.."
ip="${COURSE_APP_IP:-127.0.0.1}"
port="${COURSE_APP_PORT:-8866}"
bash scripts/setup.sh --no-dev
.venv/bin/jupytext --to ipynb --update --quiet course/*.py 2>/dev/null || true
echo "App mode: open http://$ip:$port/ in a web browser (press Ctrl+C here to stop it)."
exec .venv/bin/voila --no-browser --Voila.ip="$ip" --port="$port" "$@" course/
