"""Command line for trainers and researchers: ``python -m widgets COMMAND``.

score "text"              feedback on one response (--json for JSON)
score --jsonl < file      one response a line in, one JSON object a line out (labels and cues)
validate [PATH]           check a scenario bank (--json for a summary)
validate-roleplay [FILE]  check role-play files
new-notebook "Title"      write a paired notebook with the standard sections
handouts                  HTML (and PDF) handouts of the notebooks, for participants or facilitators
bench                     precision/recall and speed of the scorer
train-reader              train the scorer's learned reading on data/labelled/ (--check: stale?)
flags-to-labelled F.csv   learners' shared feedback flags -> rows for data/labelled/ (--out)
learner-copy              make or update your own copy of the notebooks (the one the course opens)

python -m widgets COMMAND --help says more about each command.

Exit codes, the same for every command:
  0    done; nothing wrong
  1    done, and problems were found (validate and validate-roleplay list them)
  2    not done, or not all of it: a usage mistake, an input that cannot be read (a missing
       file, one that is not UTF-8 text or not a notebook) or an output that cannot be written
       (--out naming a file). One plain line on stderr says what. score --jsonl still answers
       every line it can read, and writes {"line": N, "error": "..."} for each one it cannot.
  130  interrupted (Ctrl+C)
A reader that stops early (| head) ends a command quietly, with 0.

Text is read as UTF-8 whatever the locale. Where the terminal cannot show a character it is
replaced by "?", and JSON is written with \\u escapes instead, so no JSON is ever lost.
"""

from __future__ import annotations

import argparse
import codecs
import importlib
import json
import os
import re
import sys
from collections.abc import Iterator

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
#: Undecodable bytes of a command-line argument (Python keeps them as lone surrogates).
_SURROGATE = re.compile("[\ud800-\udfff]")


class ArgumentParser(argparse.ArgumentParser):
    """argparse, with a usage mistake said in one line (exit code 2)."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def fail(prog: str, message: str) -> int:
    """Say what went wrong in one plain line on stderr; return the exit code for it (2)."""
    print(f"{prog}: {message}", file=sys.stderr)
    return EXIT_USAGE


def stdout_is_utf8() -> bool:
    try:
        return codecs.lookup(sys.stdout.encoding or "ascii").name == "utf-8"
    except (AttributeError, LookupError):
        return False


def to_json(data, ascii_only: bool | None = None, **options) -> str:
    """JSON for stdout: readable UTF-8 where the terminal takes it, \\u escapes elsewhere."""
    ascii_only = not stdout_is_utf8() if ascii_only is None else ascii_only
    return json.dumps(data, ensure_ascii=ascii_only, **options)


def not_utf8(data: bytes, err: UnicodeDecodeError) -> str:
    return f"not UTF-8 text (byte 0x{data[err.start]:02x} at position {err.start})"


def stdin_lines() -> Iterator[tuple[int, str | None, str]]:
    """(line number, text, "") for each line of stdin, or (number, None, reason) for a line that
    is not UTF-8: one bad line never stops the others from being read."""
    if sys.stdin is None:
        return
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream handed in by a caller (already decoded)
        for number, line in enumerate(sys.stdin, 1):
            yield number, line.rstrip("\r\n"), ""
        return
    for number, raw in enumerate(stream, 1):
        raw = raw.rstrip(b"\r\n")
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            yield number, raw.decode("utf-8"), ""
        except UnicodeDecodeError as err:
            yield number, None, f"{not_utf8(raw, err)}; save the file as UTF-8"


def _read_text(args_text: list[str]) -> str:
    """The text to score: the arguments, or all of stdin. Raises ValueError when not UTF-8."""
    if args_text:
        text = " ".join(args_text)
        if _SURROGATE.search(text):
            raw = os.fsencode(text)
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as err:
                raise ValueError(f"the text given is {not_utf8(raw, err)}") from None
        return text
    if sys.stdin is None:
        raise ValueError("nothing to score: give the text, or pipe it in")
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        return sys.stdin.read()
    raw = stream.read().removeprefix(codecs.BOM_UTF8)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValueError(f"stdin is {not_utf8(raw, err)}; save the file as UTF-8") from None


def score_command(argv: list[str]) -> int:
    """Score text given as an argument, or one response per line with --jsonl."""
    prog = "python -m widgets score"
    parser = ArgumentParser(prog=prog, description=score_command.__doc__)
    parser.add_argument("text", nargs="*", help="the response to score")
    parser.add_argument("--json", action="store_true", help="print the full feedback as JSON")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="read one response per line from stdin; write one JSON object per line "
        '({"line": N, "error": ...} for a line that cannot be read)',
    )
    args = parser.parse_args(argv)
    if args.jsonl and args.text:
        parser.error("--jsonl reads stdin: give no text with it")
    if args.jsonl:
        return _score_lines(prog)
    from widgets.scoring import analyze
    from widgets.scoring.feedback import feedback_json, feedback_text

    try:
        text = _read_text(args.text)
    except ValueError as err:
        return fail(prog, str(err))
    analysis = analyze(text)
    if args.json:
        print(to_json({"text": text} | feedback_json(analysis), indent=2))
    else:
        print(feedback_text(analysis))
    return EXIT_OK


def _score_lines(prog: str) -> int:
    """score --jsonl: every line answered on its own line, in order; unreadable lines said."""
    from widgets.scoring import analyze
    from widgets.scoring.feedback import feedback_json

    out, ascii_only = sys.stdout, not stdout_is_utf8()
    unanswered: list[int] = []
    for number, text, reason in stdin_lines():
        if text is not None:
            try:
                record = {"text": text} | feedback_json(analyze(text), full=False)
            except Exception as err:  # a scorer fault on one line must not lose the others
                reason = f"could not be scored ({type(err).__name__}: {err})"
        if reason:
            record = {"line": number, "error": reason}
            unanswered.append(number)
        out.write(to_json(record, ascii_only) + "\n")
    if not unanswered:
        return EXIT_OK
    shown = ", ".join(map(str, unanswered[:10])) + (", ..." if len(unanswered) > 10 else "")
    many = len(unanswered) != 1
    return fail(
        prog,
        f"{len(unanswered)} line{'s' if many else ''} could not be read or scored "
        f"(line{'s' if many else ''} {shown}); {'their' if many else 'its'} JSON line"
        f'{"s hold" if many else " holds"} an "error" instead of feedback.',
    )


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
    "train-reader": _lazy("widgets.tools.train_reader", "main"),
    "new-notebook": _lazy("widgets.tools.authoring", "new_notebook_command"),
    "handouts": _lazy("widgets.tools.handouts", "handouts_command"),
    "flags-to-labelled": _lazy("widgets.tools.flags", "flags_command"),
    "learner-copy": _lazy("widgets.tools.learner_copy", "learner_copy_command"),
}


def _plain_errors(err: BaseException) -> list[str] | None:
    """What a trainer needs to read about an input or output the command could not use, or
    None for a fault in the course's own code (which keeps its traceback, to be reported)."""
    from widgets.core.datafiles import DataFileError

    if isinstance(err, DataFileError):
        return [str(problem) for problem in err.problems]
    if isinstance(err, UnicodeDecodeError):
        return [f"a file is not UTF-8 text ({err.reason} at byte {err.start}); save it as UTF-8"]
    if isinstance(err, OSError) and err.strerror:
        where = f"{err.filename}: " if err.filename else ""
        return [f"{where}{err.strerror.lower()}"]
    return None


def _quiet_stdout() -> None:
    """The reader went away: send what is left to /dev/null, so exiting says nothing either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return EXIT_OK if argv else EXIT_USAGE
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        return fail(
            "python -m widgets",
            f"no command {name!r}; the commands are {', '.join(COMMANDS)} "
            "(see python -m widgets --help)",
        )
    prog = f"python -m widgets {name}"
    try:
        code = COMMANDS[name](rest)
        sys.stdout.flush()  # here, so that a reader gone away is noticed here too
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as err:
        lines = _plain_errors(err)
        if lines is None:
            raise
        for line in lines:
            fail(prog, line)
        return EXIT_USAGE
