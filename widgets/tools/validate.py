"""Check a trainer's data files from the command line: scenarios and role-plays.

python -m widgets validate [PATH] [--json]      the scenario bank (data/scenarios)
python -m widgets validate-roleplay [FILE ...]   role-play files (data/roleplays)
"""

from __future__ import annotations

import argparse
import json
import sys

from widgets.content.roleplay import ROLEPLAY_DIR, check_roleplay, load_roleplay
from widgets.content.scenarios import check_bank
from widgets.core.values import VALUES


def validate_command(argv: list[str] | None = None) -> int:
    """`python -m widgets validate [PATH] [--json]`: 0 when the bank is clean, 1 otherwise."""
    parser = argparse.ArgumentParser(
        prog="python -m widgets validate",
        description="Check the scenario bank (data/scenarios) and list every problem found.",
    )
    parser.add_argument(
        "path",
        nargs="?",
        default=None,
        help="a folder of scenario *.yaml files, or one file (default: data/scenarios)",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON report instead")
    args = parser.parse_args(argv)

    result = check_bank(args.path)
    per_value = {key: 0 for key in VALUES}
    for value in result.entry_values:
        per_value[value] += 1
    if args.json:
        report = {
            "scenarios": result.entries,
            "per_value": per_value,
            "problems": [p.as_dict() for p in result.problems],
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
    elif result.problems:
        for problem in result.problems:
            print(problem)
        n = len(result.problems)
        print(
            f"{n} problem{'s' if n != 1 else ''} found; see data/scenarios/SCHEMA.md.",
            file=sys.stderr,
        )
    else:
        counts = ", ".join(f"{k} {n}" for k, n in per_value.items())
        n_files = len(result.files)
        print(
            f"OK: {result.entries} scenarios in {n_files} file{'s' if n_files != 1 else ''}"
            f" ({counts})"
        )
    return 1 if result.problems else 0


def roleplay_command(argv: list[str] | None = None) -> int:
    """`python -m widgets validate-roleplay [FILE ...]`: every problem, or an OK line per file."""
    names = list(sys.argv[1:] if argv is None else argv) or sorted(
        str(p) for p in ROLEPLAY_DIR.glob("*.yaml")
    )
    status = 0
    for name in names:
        problems = check_roleplay(name)
        if problems:
            status = 1
            print(f"{len(problems)} problem(s):")
            for problem in problems:
                print(f"  - {problem}")
        else:
            script = load_roleplay(name)
            print(f"OK: {script.file}: {len(script.nodes)} nodes, {len(script.endings())} endings.")
    return status
