#!/usr/bin/env bash
# A workshop on a real JupyterHub on this computer, run as root:
#
#   sudo bash scripts/workshop-hub.sh add-user sam --facilitator   # once per person (prints a password)
#   sudo bash scripts/workshop-hub.sh add-user ana
#   sudo bash scripts/workshop-hub.sh start --workshop 2025-06-12  # until Ctrl+C
#
# The first start builds the shared course in /opt/peer-course (PEER_COURSE_HUB_PREFIX): the
# course, a Python environment made from the system Python (readable by every user) and
# configurable-http-proxy from npm. JupyterHub listens on http://127.0.0.1:8000; everyone logs
# in with their own Unix account and works in their own home. Ctrl+C stops the hub and every
# server (answers are saved at each Check). scripts/workshop_hub.py and docs/hosting.md say more.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ]; then
    echo "Please run this as root (sudo): it makes accounts and runs JupyterHub." >&2
    exit 1
fi
bash scripts/setup.sh --no-dev   # uv, to build the shared environment from uv.lock
exec .venv/bin/python scripts/workshop_hub.py "$@"
