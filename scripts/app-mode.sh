#!/usr/bin/env bash
# Open the course in "app mode" with Voila: each notebook becomes a page of exercises, with the
# code hidden. It listens on this computer only (127.0.0.1:8866) by default and asks for a token
# made anew at every start: open the link it prints (with ?token=...). Before opening it to a
# room, read docs/hosting.md. Choose the address and port with COURSE_APP_IP and
# COURSE_APP_PORT; any other arguments go to voila. scripts/app_mode.py says how it is secured.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --no-dev
# Pair the notebooks with their .py files again only when a .py changed since the last time
# (jupytext takes seconds even when nothing changed). The stamp lives in .venv, per checkout.
stamp=.venv/.app-mode-notebooks-paired
for py in course/*.py; do
    if [ "$py" -nt "$stamp" ] || [ ! -e "${py%.py}.ipynb" ]; then
        if .venv/bin/jupytext --to ipynb --update --quiet course/*.py 2>/dev/null; then
            touch "$stamp"
        fi
        break
    fi
done
exec .venv/bin/python scripts/app_mode.py "$@"
