#!/usr/bin/env bash
# Open the course in "app mode" with Voila: each notebook becomes a page of exercises, with the
# code hidden. It listens on this computer only (127.0.0.1:8866) by default and asks for a token
# made anew at every start: open the link it prints (with ?token=...). Before opening it to a
# room, read docs/hosting.md. Choose the address and port with COURSE_APP_IP and
# COURSE_APP_PORT; any other arguments go to voila. scripts/app_mode.py says how it is secured.
#
# It serves the same copy of the notebooks as ./scripts/open-course.sh (the learner's own,
# made or brought up to date here: widgets/tools/learner_copy.py), never the course/ folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --no-dev
folder=$(.venv/bin/python -m widgets learner-copy --print-folder)
# scripts/app_mode.py serves the folder named in its COURSE: the learner's copy.
exec .venv/bin/python -c '
import sys
from pathlib import Path

sys.path.insert(0, "scripts")
import app_mode

app_mode.COURSE = Path(sys.argv[1])
sys.exit(app_mode.main(sys.argv[2:]))
' "$folder" "$@"
