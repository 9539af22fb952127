#!/usr/bin/env bash
# Set everything up (first time only) and run every check: lint, format, notebook pairing, the unit
# and widget tests, nbval over every course notebook (with an empty temporary progress store), and
# the browser tests (JupyterLab and Voila driven by Debian's Chromium; see tests/browser/) and a
# real workshop hub (JupyterHub with real Unix accounts, as root; see tests/hub/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
CHROMIUM="${PEER_COURSE_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "== installing Chromium for the browser tests (apt-get install -y chromium)"
        export DEBIAN_FRONTEND=noninteractive
        if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-liberation; } \
            >/tmp/peer-course-apt.log 2>&1; then
            echo "Could not install Chromium; the browser tests need it. apt-get said:" >&2
            tail -20 /tmp/peer-course-apt.log >&2
            exit 1
        fi
    else
        echo "Note: no Chromium at $CHROMIUM, so the browser tests will be skipped." >&2
        echo "      Install it (Debian/Ubuntu: sudo apt-get install -y chromium) to run them." >&2
    fi
fi
# The workshop hub tests (tests/hub/) run JupyterHub with configurable-http-proxy, from npm.
if [ ! -x .hub-proxy/node_modules/.bin/configurable-http-proxy ]; then
    if ! command -v npm >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "== installing Node.js and npm for the hub tests (apt-get install -y nodejs npm)"
        export DEBIAN_FRONTEND=noninteractive
        { apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm; } \
            >/tmp/peer-course-apt-node.log 2>&1 || tail -5 /tmp/peer-course-apt-node.log >&2
    fi
    if command -v npm >/dev/null; then
        echo "== installing configurable-http-proxy for the hub tests (npm, into .hub-proxy/)"
        if ! npm install --prefix .hub-proxy --no-fund --no-audit configurable-http-proxy \
            >/tmp/peer-course-npm.log 2>&1; then
            echo "Note: could not install configurable-http-proxy, so the hub tests will be" >&2
            echo "      skipped. npm said:" >&2
            tail -5 /tmp/peer-course-npm.log >&2
        fi
    else
        echo "Note: no npm, so the hub tests (tests/hub/) will be skipped." >&2
        echo "      Install Node.js and npm (Debian/Ubuntu: apt-get install -y nodejs npm)." >&2
    fi
fi
export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff check"; ruff check .
echo "== ruff format --check"; ruff format --check .
echo "== notebook pairs (course/*.py is the source of truth)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp course/*.py course/*.ipynb facilitator/dashboard.py facilitator/dashboard.ipynb "$tmp"/
jupytext --quiet --to ipynb --update "$tmp"/*.py
for nb in course/*.ipynb facilitator/dashboard.ipynb; do
    if ! cmp -s "$nb" "$tmp/$(basename "$nb")"; then
        echo "Drift: $nb does not match its .py pair. Run: bash scripts/sync-notebooks.sh" >&2
        diff <(python -m json.tool "$nb") <(python -m json.tool "$tmp/$(basename "$nb")") | head -20 >&2
        exit 1
    fi
done
echo "== tests and notebooks"
python -m pytest tests course facilitator --nbval --nbval-current-env \
    --nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider "$@"
