"""Measure the scorer: precision, recall and F1 per label, and speed against VADER.

    python -m widgets bench                      # our labelled sets, ESConv dev, AnnoMI dev, speed
    python -m widgets bench --labelled my.csv    # a trainer's own labelled sentences
    python -m widgets bench --lexicon my_lexicon # the effect of a draft lexicon folder

Figures are printed, never asserted: this is a measuring tool, not a test. Each set says whether
the lexicon was tuned on it: figures on a set we tuned on are optimistic.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from widgets import scoring
from widgets.core.datafiles import DataFileError, Problem, read_csv
from widgets.core.paths import DATA_DIR, REPO_ROOT
from widgets.tools import annomi

#: ESConv strategies and how the scorer's labels are read as a prediction of each.
ESCONV_STRATEGIES = {
    "Questions": lambda labels: (
        "question" in labels and "advice" not in labels and "reflection" not in labels
    ),
    "Providing Suggestions": lambda labels: "advice" in labels,
    "Self-disclosure": lambda labels: "self_disclosure" in labels,
    "Reflection of feelings": lambda labels: "reflection" in labels,
    "Affirmation and Reassurance": lambda labels: bool({"affirmation", "hope"} & labels),
}
#: The targets on ESConv dev (F1; issue 11 raised the foundation issue's).
ESCONV_TARGETS = {"Questions": 0.72, "Providing Suggestions": 0.60, "Self-disclosure": 0.65}
_ESCONV_TURN = re.compile(r"^\S+ \d \d+ \[([^\]]+)\] (.*)$")
#: Which sets the lexicon and grammar rules were tuned on (their misses were read and fixed).
TUNED_ON = {
    "own labelled sets (data/labelled/*.csv)": "yes: written for the course and tuned on",
    "ESConv dev": "yes: earlier lexicon work read its misses",
    "AnnoMI dev (even transcripts)": "yes: the question, reflection and advice rules were tuned "
    "on it; the odd transcripts are held out and checked apart",
    "the learned reading (data/learned/weights.csv)": "trained on the own labelled sets and the "
    "held-out sets tuned on since their review (review2-13). Its threshold was chosen on AnnoMI "
    "and ESConv dev, after review5.csv's overall figures were looked at to decide to build it; "
    "the lower threshold inside an exercise, on readings of review2-8 by weights trained "
    "without the set read",
    "held-out sets (data/heldout/*.csv)": "trainers' replies, each set labelled before any of it "
    "ran. review2.csv to review4.csv: their misses were read and fixed after their reviews "
    "(docs/feedback-review-2.md to -4.md). review5.csv to review8.csv: the learned reading is "
    "trained on them since their reviews (-5.md to -8.md); the lexicon was not tuned on them. "
    "review9.csv to review13.csv: their misses and false alarms were read to fix the lexicon, "
    "and the learned reading is trained on them (-9.md to -13.md). Sets whose header has no "
    "'# TUNED ON' line were never tuned on",
}


def default_esconv() -> Path | None:
    """Where the ESConv dev split lies beside the project (never inside it: research licence)."""
    env = os.environ.get("ESCONV_DEV")
    candidates = [Path(env)] if env else []
    candidates.append(REPO_ROOT.parent / "shared" / "benchmarks" / "esconv-dev")
    for c in candidates:
        if (c / "devWithStrategy_short.tsv").exists():
            return c
    return None


def heldout_sets(folder: Path | None = None) -> list[Path]:
    """The held-out sets in data/heldout/, in the order they were written (review2 ... review10,
    not review10 before review2)."""

    def order(path: Path) -> tuple:
        return tuple(int(x) if x.isdigit() else x for x in re.split(r"(\d+)", path.stem))

    return sorted((folder or DATA_DIR / "heldout").glob("*.csv"), key=order)


def tuned_on_since(path: Path) -> bool:
    """Has a held-out set been read and tuned on since its review? Its header says so, in a
    comment line beginning "# TUNED ON" (added when its misses were first read)."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                return False
            if line.upper().startswith("# TUNED ON"):
                return True
    return False


def read_labelled_notes(path: Path) -> list[tuple[str, frozenset[str], str]]:
    """(text, gold labels, note) rows from a labelled CSV with columns text,labels and an
    optional note ('#' lines are comments). Raises DataFileError naming the file and row for a
    file that cannot be read."""
    problems: list[Problem] = []
    rows = read_csv(path, ("text", "labels"), problems)
    if problems:
        raise DataFileError(problems)
    return [
        (
            row["text"],
            frozenset(x.strip() for x in row["labels"].split(";") if x.strip()),
            row.get("note") or "",
        )
        for _, row in rows
    ]


def read_labelled(path: Path) -> list[tuple[str, frozenset[str]]]:
    """(text, gold labels) rows from a labelled CSV (see read_labelled_notes)."""
    return [(text, gold) for text, gold, _ in read_labelled_notes(path)]


def read_esconv(folder: Path) -> list[tuple[str, str]]:
    """(supporter turn, strategy) pairs: the last turn of each dev row, deduplicated."""
    seen: set[tuple[str, str]] = set()
    pairs = []
    with (folder / "devWithStrategy_short.tsv").open(encoding="utf-8") as f:
        for line in f:
            m = _ESCONV_TURN.match(line.rstrip("\n").split(" EOS ")[-1].strip())
            if m and (m.group(2), m.group(1)) not in seen:
                seen.add((m.group(2), m.group(1)))
                pairs.append((m.group(2).strip(), m.group(1)))
    return pairs


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_labelled(rows: list[tuple[str, frozenset[str]]]) -> dict[str, tuple[int, int, int]]:
    counts: dict[str, list[int]] = {name: [0, 0, 0] for name in scoring.LABELS}
    for text, gold in rows:
        got = scoring.analyze(text).labels
        for name, c in counts.items():
            if name in got and name in gold:
                c[0] += 1
            elif name in got:
                c[1] += 1
            elif name in gold:
                c[2] += 1
    return {k: tuple(v) for k, v in counts.items()}


def print_table(title: str, counts: dict[str, tuple[int, int, int]], targets=None) -> None:
    print(f"\n{title}")
    print(f"{'label':<30}{'support':>8}{'P':>7}{'R':>7}{'F1':>7}  target")
    f1s = []
    for name, (tp, fp, fn) in counts.items():
        p, r, f1 = prf(tp, fp, fn)
        if tp + fn:
            f1s.append(f1)
        target = (targets or {}).get(name)
        mark = "" if target is None else _against(f1, target)
        print(f"{name:<30}{tp + fn:>8}{p:>7.2f}{r:>7.2f}{f1:>7.2f}  {mark}")
    if f1s:
        macro = statistics.mean(f1s)
        print(f"{'macro F1 (labels with support)':<30}{'':>22}{macro:>7.2f}")


def esconv_counts(pairs: list[tuple[str, str]]) -> dict[str, tuple[int, int, int]]:
    counts = {s: [0, 0, 0] for s in ESCONV_STRATEGIES}
    for text, strategy in pairs:
        labels = scoring.analyze(text).labels
        for s, predict in ESCONV_STRATEGIES.items():
            got, gold = predict(labels), strategy == s
            counts[s][0 if got and gold else 1 if got else 2] += got or gold
    return {k: tuple(v) for k, v in counts.items()}


def time_per_call(fn, texts: list[str], repeat: int = 3, rival=None) -> list[float] | tuple:
    """Best-of-`repeat` seconds per call for each text.

    With a `rival`, both are timed on each text in turn (theirs right after ours), so a busy
    machine slows both alike and the ratio stays fair; then (ours, theirs) is returned.
    """
    fns = (fn,) if rival is None else (fn, rival)
    out: list[list[float]] = [[] for _ in fns]
    clock = time.perf_counter
    for t in texts:
        for f, times in zip(fns, out, strict=True):
            best = float("inf")
            for _ in range(repeat):
                t0 = clock()
                f(t)
                best = min(best, clock() - t0)
            times.append(best)
    return out[0] if rival is None else (out[0], out[1])


def _speed_line(texts: list[str], vader) -> None:
    """analyze against VADER's polarity_scores, timed in turn on each text (best of 3)."""
    if vader is None:
        mine = time_per_call(scoring.analyze, texts)
    else:
        mine, theirs = time_per_call(scoring.analyze, texts, rival=vader.polarity_scores)
    print(
        f"  analyze:               median {statistics.median(mine) * 1e6:7.1f} µs, "
        f"mean {statistics.mean(mine) * 1e6:7.1f} µs, max {max(mine) * 1e6:7.1f} µs"
    )
    if vader is None:
        print("  VADER: not installed (pip install vaderSentiment) — comparison skipped")
        return
    ratio = statistics.median(mine) / statistics.median(theirs)
    mean_ratio = statistics.mean(mine) / statistics.mean(theirs)
    print(
        f"  VADER polarity_scores: median {statistics.median(theirs) * 1e6:7.1f} µs, "
        f"mean {statistics.mean(theirs) * 1e6:7.1f} µs  "
        f"(analyze/VADER = {ratio:.2f} median, {mean_ratio:.2f} mean)"
    )


def speed_report(texts: list[str], sets: dict[str, list[str]] | None = None) -> None:
    """Per utterance against VADER on each set (long utterances too), then growth with size."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        vader = None
    else:
        vader = SentimentIntensityAnalyzer()
        vader.polarity_scores("warm up")
    scoring.analyze("warm up")
    for name, chosen in (sets or {"the labelled sentences": texts}).items():
        mean_chars = statistics.mean(len(x) for x in chosen)
        print(
            f"\nSpeed per utterance: {name} ({len(chosen)}, {mean_chars:.0f} characters on average)"
        )
        _speed_line(chosen, vader)
    print("\nGrowth with input size (a long paste)")
    texts = texts or ["Have you tried yoga? It sounds hard."]
    base = " ".join(texts)[:2000] or "Have you tried yoga? It sounds hard. "
    prev = None
    for kb in (1, 10, 50, 100, 200):
        text = (base * (kb * 1024 // len(base) + 1))[: kb * 1024]
        t0 = time.perf_counter()
        scoring.analyze(text)
        took = time.perf_counter() - t0
        per_kb = took / kb * 1e3
        trend = "" if prev is None else f"  (x{per_kb / prev:.2f} per KB vs previous)"
        print(f"  {kb:>4} KB: {took * 1e3:8.1f} ms  = {per_kb:6.2f} ms/KB{trend}")
        prev = per_kb
    print("  Dense pastes (many cues of one label, one endless clause):")
    for unit, times in (
        ("you should ", 20000),
        ("why? ", 40000),
        ("I am not going to say ", 10000),
    ):
        text = unit * times
        t0 = time.perf_counter()
        scoring.analyze(text)
        took = time.perf_counter() - t0
        print(f"    {unit.strip()!r} x {times}: {len(text) // 1024:4d} KB in {took * 1e3:7.1f} ms")


def annomi_report(turns: list[annomi.Turn], folder: Path | None = None) -> None:
    counts = annomi.count(turns)
    print(
        f"\nAnnoMI dev (expert-coded MI transcripts, read in place): {len(turns)} therapist turns"
    )
    print(f"{'code':<30}{'support':>8}{'P':>7}{'R':>7}{'F1':>7}  target")
    for name, (tp, fp, fn) in counts.codes.items():
        p, r, f1 = prf(tp, fp, fn)
        target = annomi.TARGETS[name]
        print(f"{name:<30}{tp + fn:>8}{p:>7.2f}{r:>7.2f}{f1:>7.2f}  {_against(f1, target)}")
    accuracy = annomi.open_closed_accuracy(counts.kinds)
    total = sum(counts.kinds.values())
    target = annomi.TARGETS["open vs closed"]
    print(f"{'open vs closed (accuracy)':<30}{total:>8}{'':>14}{accuracy:>7.2f}  ", end="")
    print(_against(accuracy, target))
    tally = ", ".join(f"{g}->{k}: {n}" for (g, k), n in sorted(counts.kinds.items()))
    print(f"  expert -> scorer: {tally}")
    if folder is not None:
        agreement = annomi.expert_agreement(folder)
        said = ", ".join(f"{name} {share:.2f} (n={n})" for name, (n, share) in agreement.items())
        print(f"  two experts agreed, where an utterance is coded twice: {said}")


def _against(figure: float, target: float) -> str:
    if figure >= target:
        return f"{target:.2f} met"
    # A figure just under its target rounds up to it at two places: show a third, so the
    # line never reads "0.60 0.60 NOT MET".
    return f"{target:.2f} NOT MET ({figure:.3f})"


def labelled_files(paths: list[Path] | None) -> list[Path]:
    """The labelled sets to read: those given, else every CSV in data/labelled."""
    return paths or sorted((DATA_DIR / "labelled").glob("*.csv"))


def main(argv: list[str] | None = None) -> int:
    """Exit codes as for every command (widgets/tools/cli.py): 2, in one line, for a file or
    folder that is missing or cannot be read."""
    from widgets.tools.cli import ArgumentParser

    parser = ArgumentParser(prog="python -m widgets bench", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--labelled",
        type=Path,
        action="append",
        help="a labelled CSV (text,labels); repeat for more (default: every CSV in data/labelled)",
    )
    parser.add_argument("--esconv", type=Path, default=None, help="folder of the ESConv dev split")
    parser.add_argument("--annomi", type=Path, default=None, help="folder of AnnoMI dev")
    parser.add_argument("--lexicon", type=Path, default=None, help="a lexicon folder to try")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(argv)
    for option, path, wanted, kind in (
        *(("--labelled", path, path, "a CSV file") for path in args.labelled or ()),
        ("--esconv", args.esconv, args.esconv and args.esconv / "devWithStrategy_short.tsv",
         "a folder holding devWithStrategy_short.tsv"),
        ("--annomi", args.annomi, args.annomi and args.annomi / annomi.FILE_NAME,
         f"a folder holding {annomi.FILE_NAME}"),
        ("--lexicon", args.lexicon, args.lexicon and args.lexicon / "labels.csv",
         "a lexicon folder (with labels.csv)"),
    ):  # fmt: skip
        if path is not None and not wanted.is_file():
            parser.error(f"{option} {path}: {'not ' + kind if path.exists() else 'not found'}")
    # A file that is there but cannot be read (not UTF-8, wrong columns) raises DataFileError
    # or OSError: the command line says it in a line per problem, with exit code 2.
    if args.lexicon:
        scoring.use_lexicon(args.lexicon)
    print("Tuned on (figures on these are optimistic):")
    for name, answer in TUNED_ON.items():
        print(f"  {name}: {answer}")
    files = labelled_files(args.labelled)
    rows = [row for path in files for row in read_labelled(path)]
    names = ", ".join(p.name for p in files)
    print_table(f"Labelled sets: {names} ({len(rows)} sentences)", score_labelled(rows))
    held_out = [] if args.labelled else heldout_sets()
    for path in held_out:  # one table each: they were written, and used, at different times
        kept = read_labelled(path)
        since = "; tuned on since its review" if tuned_on_since(path) else "; never tuned on"
        print_table(f"Held out: {path.name} ({len(kept)} replies{since})", score_labelled(kept))
    esconv = args.esconv or default_esconv()
    texts = [t for t, _ in rows]
    speed_sets = {}
    if esconv:
        pairs = read_esconv(esconv)
        dist = Counter(s for _, s in pairs)
        print_table(
            f"ESConv dev (research-only licence, read in place): {len(pairs)} supporter turns "
            f"{dict(dist)}",
            esconv_counts(pairs),
            ESCONV_TARGETS,
        )
        texts = [t for t, _ in pairs]
        speed_sets["ESConv dev supporter turns"] = texts
    else:
        print("\nESConv dev not found (set ESCONV_DEV=folder); skipped.")
    folder = args.annomi or annomi.default_folder()
    if folder:
        turns = annomi.read_turns(folder)
        annomi_report(turns, folder)
        long = sorted({t.text for t in turns}, key=len)
        speed_sets["AnnoMI dev therapist turns"] = long
        speed_sets["AnnoMI dev, the longest fifth"] = long[len(long) * 4 // 5 :]
    else:
        print("\nAnnoMI dev not found (set ANNOMI_DEV=folder); skipped.")
    if not args.no_speed:
        speed_report(texts, speed_sets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
