#!/usr/bin/env bash
# Set everything up (first time only) and run every check: lint, format, notebook pairing, the unit
# and widget tests, and nbval over every course notebook (with an empty temporary progress store).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
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
