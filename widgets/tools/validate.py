"""Check a trainer's data files from the command line: scenarios and role-plays.

python -m widgets validate [PATH] [--json]      the scenario bank (data/scenarios)
python -m widgets validate-roleplay [FILE ...]   role-play files (data/roleplays)

Both exit with 0 when everything is ready, 1 when problems were found (a file that is not
UTF-8 or not YAML is one of them: it is the thing being checked), and 2 when a file or folder
named does not exist, or for a usage mistake (the codes of every command, in widgets/tools/cli.py).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from widgets.content.roleplay import ROLEPLAY_DIR, check_roleplay, load_roleplay, roleplay_path
from widgets.content.scenarios import BankCheck, check_bank
from widgets.core.values import VALUES
from widgets.tools.cli import EXIT_OK, EXIT_PROBLEMS, ArgumentParser, fail, to_json


def validate_command(argv: list[str] | None = None) -> int:
    """`python -m widgets validate [PATH] [--json]`: 0 when the bank is clean, 1 when problems
    were found, 2 when PATH does not exist."""
    parser = ArgumentParser(
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
    if args.path is not None and not Path(args.path).exists():
        return fail(
            parser.prog,
            f"{args.path}: not found: give a folder of scenario *.yaml files or one .yaml file",
        )

    result = check_bank(args.path)
    per_value = {key: 0 for key in VALUES}
    for value in result.entry_values:
        per_value[value] += 1
    if args.json:
        report = {
            "scenarios": result.entries,
            "per_value": per_value,
            "topics": topic_counts(result),
            "content_notes": content_notes(result),
            "problems": [p.as_dict() for p in result.problems],
        }
        print(to_json(report, indent=2))
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
    return EXIT_PROBLEMS if result.problems else EXIT_OK


def topic_counts(result: BankCheck) -> dict[str, int]:
    """Topic -> how many scenarios list it (spelt as norm_topic spells it), by name: whose
    lives and which moments the bank shows, at a glance."""
    counts = Counter(t for entry in result.entry_topics for t in entry.topics)
    return dict(sorted(counts.items()))


def content_notes(result: BankCheck) -> dict:
    """How many scenarios carry a content note, and which with a hard topic lack one."""
    missing = [
        {"file": e.file, "row": e.row, "id": e.id, "hard_topics": list(e.hard_topics)}
        for e in result.entry_topics
        if e.hard_topics and not e.has_content_note
    ]
    return {
        "count": sum(e.has_content_note for e in result.entry_topics),
        "hard_topic_scenarios": sum(bool(e.hard_topics) for e in result.entry_topics),
        "missing": missing,
    }


def roleplay_command(argv: list[str] | None = None) -> int:
    """`python -m widgets validate-roleplay [FILE ...]`: every problem, or an OK line per file.
    0 when all are ready, 1 when problems were found, 2 when a file named does not exist."""
    parser = ArgumentParser(
        prog="python -m widgets validate-roleplay",
        description="Check role-play files (default: every one in data/roleplays).",
    )
    parser.add_argument(
        "files", nargs="*", help="role-play names (e.g. closing) or paths to .yaml files"
    )
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    names = args.files or sorted(str(p) for p in ROLEPLAY_DIR.glob("*.yaml"))
    status = EXIT_OK
    for name in names:
        if not roleplay_path(name).is_file():
            status = fail(parser.prog, f"{name}: {_not_a_roleplay(roleplay_path(name))}")
            continue
        problems = check_roleplay(name)
        if problems:
            status = max(status, EXIT_PROBLEMS)
            print(f"{len(problems)} problem(s):")
            for problem in problems:
                print(f"  - {problem}")
        else:
            script = load_roleplay(name)
            print(f"OK: {script.file}: {len(script.nodes)} nodes, {len(script.endings())} endings.")
    return status


def _not_a_roleplay(path: Path) -> str:
    if path.is_dir():
        return "is a folder; give a role-play .yaml file"
    if path.exists():
        return "is not a file; give a role-play .yaml file"
    return "not found: give a role-play name (e.g. closing) or the path to a .yaml file"
