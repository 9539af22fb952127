#!/usr/bin/env bash
# Create .venv in the repo root (once) and install the locked dependencies into it.
# Safe and quick to run again: every step is skipped or a no-op when already done.
#
# A .venv that does not work here is found, said in one plain sentence, and made again: its
# Python does not start (another user's, "Permission denied"; its Python gone), it was made for
# another folder (moved or copied: its programs fail with "required file not found"), or it
# belongs to another user in your own folder (so it cannot be updated). A .venv of another user
# in a folder you cannot change (a shared install) is used as it is when it works.
# Before making one, it checks that Python can (Debian and Ubuntu need python3-venv for that).
#
# For the tests only: PEER_COURSE_SETUP_SKIP_INSTALL=1 does everything above but leaves out
# installing packages (pip install uv, uv sync); tests/test_open_course.py says where it does.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
here=$(pwd -P)

# True when both folders exist and are the same folder (whatever links lead there).
same_dir() {
    [ -d "$1" ] && [ -d "$2" ] && [ "$(cd "$1" && pwd -P)" = "$(cd "$2" && pwd -P)" ]
}

owner_of() {
    stat -c %U "$1" 2>/dev/null || stat -f %Su "$1" 2>/dev/null || echo "another user"
}

# Why .venv does not work here, in a few words; nothing when it does.
venv_problem() {
    local out line made_for bin script
    if [ ! -e .venv/bin/python ] && [ ! -L .venv/bin/python ]; then
        echo "it has no Python in it"
        return
    fi
    if ! out=$( { .venv/bin/python -c 'import sys'; } 2>&1); then
        out=$(printf '%s\n' "$out" | tail -n 1)
        echo "its Python does not start for you (${out##*: })"
        return
    fi
    # Python 3.11+ writes the folder a venv was made for into pyvenv.cfg.
    made_for=$(sed -n 's/^command = .* -m venv //p' .venv/pyvenv.cfg 2>/dev/null | head -n 1)
    while [[ "$made_for" == -* ]]; do made_for=${made_for#* }; done
    if [ -n "$made_for" ] && ! same_dir "$made_for" .venv; then
        echo "it was made for another folder ($made_for), so its programs cannot start here"
        return
    fi
    # Its programs start with the path of its Python (#!/.../.venv/bin/python).
    for script in .venv/bin/jupyter .venv/bin/pip; do
        [ -f "$script" ] || continue
        IFS= read -r line <"$script" || true
        line=${line%% *}
        case "$line" in
            '#!/'*python*)
                bin=$(dirname "${line#\#!}")
                if ! same_dir "$bin" .venv/bin; then
                    echo "its programs point at another folder ($bin), so they cannot start here"
                    return
                fi
                ;;
        esac
        break
    done
}

cannot_replace() {
    echo "It cannot be replaced, because you cannot change this folder ($here belongs to" \
        "$(owner_of .)). Ask its owner to run: bash scripts/setup.sh -- or use a copy of the" \
        "course of your own: git clone \"$here\" ~/peer-support-course" >&2
    exit 1
}

# Move the old .venv out of the way and delete it; what cannot be deleted is kept and said.
remove_venv() {
    local aside
    aside=".venv-old-$(date +%Y%m%d-%H%M%S)"
    mv .venv "$aside" 2>/dev/null || return 1
    if ! rm -rf "$aside" 2>/dev/null; then
        echo "The old one could not be deleted entirely (it belongs to $(owner_of "$aside")); it is" \
            "kept in $aside, and this deletes it: sudo rm -rf \"$here/$aside\""
    fi
}

python_can_make_venvs() {
    "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1
}

no_venv_module() {
    local version
    version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo 3)
    echo "Python ($PYTHON) cannot make the course's .venv: its venv and ensurepip parts are not" \
        "installed. On Debian or Ubuntu, install them with: sudo apt-get install python3-venv" \
        "(for Python $version the package is python$version-venv), then run this again." >&2
    if [ -n "${1:-}" ]; then
        printf 'Python said:\n%s\n' "$1" >&2
    fi
    exit 1
}

rebuilt=""
if [ -e .venv ] || [ -L .venv ]; then
    problem=$(venv_problem) || true
    if [ -z "$problem" ] && [ ! -O .venv ]; then
        if [ "$(id -u)" != 0 ] && [ -O . ]; then
            problem="it belongs to $(owner_of .venv), not to you, so it cannot be updated"
        elif .venv/bin/python -c 'import widgets, jupyterlab' >/dev/null 2>&1; then
            # A shared install, or root using a learner's .venv: use it, change nothing in it.
            echo "Using the .venv here as it is: it belongs to $(owner_of .venv), so it is not updated."
            exit 0
        else
            problem="it belongs to $(owner_of .venv) and is missing parts of the course"
        fi
    fi
    if [ -n "$problem" ]; then
        echo "The .venv folder here does not work: $problem. Making a new one..."
        if [ ! -w . ] || ! remove_venv; then
            cannot_replace
        fi
        rebuilt=yes
    fi
fi

if [ ! -e .venv/bin/python ]; then
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        echo "The course needs Python 3.11 or newer, and there is no $PYTHON here. Install" \
            "Python (Debian or Ubuntu: sudo apt-get install python3 python3-venv), then run" \
            "this again." >&2
        exit 1
    fi
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "The course needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1)." \
            "Install a newer one, or choose it with: PYTHON=python3.11 bash scripts/setup.sh" >&2
        exit 1
    fi
    python_can_make_venvs || no_venv_module
    echo "Creating .venv with $("$PYTHON" --version)..."
    if ! out=$("$PYTHON" -m venv .venv 2>&1) || ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
        rm -rf .venv
        no_venv_module "$out"
    fi
fi
if [ -n "${PEER_COURSE_SETUP_SKIP_INSTALL:-}" ]; then
    echo "PEER_COURSE_SETUP_SKIP_INSTALL is set (tests only): no packages installed."
else
    if [ ! -x .venv/bin/uv ]; then
        .venv/bin/python -m pip install --quiet --disable-pip-version-check uv
    fi
    # --inexact keeps uv itself (and anything else a learner added) in place.
    if ! UV_PROJECT_ENVIRONMENT=.venv .venv/bin/uv sync --frozen --inexact --quiet "$@"; then
        echo "Installing the course's packages into .venv did not work (see above). If it says" \
            "\"Permission denied\", part of .venv belongs to another user: delete it" \
            "(sudo rm -rf \"$here/.venv\") and run this again." >&2
        exit 1
    fi
fi
if [ -n "$rebuilt" ]; then
    echo "Made a new .venv: the course is ready."
fi
