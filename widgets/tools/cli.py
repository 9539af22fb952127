"""Command line for trainers and researchers: ``python -m widgets COMMAND``.

score "text"              feedback on one response (--json for JSON)
score --jsonl < file      one response a line in, one JSON object a line out (labels and cues)
validate [PATH]           check a scenario bank (--json for a summary)
validate-roleplay [FILE]  check role-play files
new-notebook "Title"      write a paired notebook with the standard sections
handouts                  HTML (and PDF) handouts of the notebooks, for participants or facilitators
bench                     precision/recall and speed of the scorer
flags-to-labelled F.csv   learners' shared feedback flags -> rows for data/labelled/ (--out)
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys


def score_command(argv: list[str]) -> int:
    """Score text given as an argument, or one response per line with --jsonl."""
    from widgets.scoring import analyze
    from widgets.scoring.feedback import feedback_json, feedback_text

    parser = argparse.ArgumentParser(
        prog="python -m widgets score", description=score_command.__doc__
    )
    parser.add_argument("text", nargs="*", help="the response to score")
    parser.add_argument("--json", action="store_true", help="print the full feedback as JSON")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="read one response per line from stdin; write JSON lines",
    )
    args = parser.parse_args(argv)
    if args.jsonl:
        stdin = sys.stdin
        out = sys.stdout
        for line in stdin:
            text = line.rstrip("\r\n")
            record = {"text": text} | feedback_json(analyze(text), full=False)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return 0
    text = " ".join(args.text) if args.text else sys.stdin.read()
    analysis = analyze(text)
    if args.json:
        print(json.dumps({"text": text} | feedback_json(analysis), ensure_ascii=False, indent=2))
    else:
        print(feedback_text(analysis))
    return 0


def _lazy(module: str, name: str):
    """Import a command's module only when it runs, so each command starts fast."""

    def run(argv: list[str]) -> int:
        return getattr(importlib.import_module(module), name)(argv)

    return run


#: Every command, by name. Each one has a line in the module docstring, which is the --help text.
COMMANDS = {
    "score": score_command,
    "validate": _lazy("widgets.tools.validate", "validate_command"),
    "validate-roleplay": _lazy("widgets.tools.validate", "roleplay_command"),
    "bench": _lazy("widgets.tools.bench", "main"),
    "new-notebook": _lazy("widgets.tools.authoring", "new_notebook_command"),
    "handouts": _lazy("widgets.tools.handouts", "handouts_command"),
    "flags-to-labelled": _lazy("widgets.tools.flags", "flags_command"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help") or argv[0] not in COMMANDS:
        print(__doc__)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    return COMMANDS[argv[0]](argv[1:])
