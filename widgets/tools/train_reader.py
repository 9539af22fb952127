"""Train the scorer's learned reading: ``python -m widgets train-reader``.

The lexicon knows the phrases it has seen; trainers' fresh wording of the same slips often slips
past it (docs/feedback-review-5.md). The learned reading is a small logistic regression per label
over words and word pairs, trained on the course's own labelled replies: every file in
``data/labelled/`` and each held-out set whose header says ``# TUNED ON`` (sets still held out are
never trained on). Everything it learns is a weight on a word or a word pair, written to
``data/learned/weights.csv``, so the words that weighed most can be shown beside every judgement
(widgets/scoring/learned.py reads the file; this module is the only place numpy is needed).

Each review set holds ten replies per exercise, most of them carrying that exercise's slip, so the
words of an exercise's setting ("Frank in bay three") would learn to stand for its slip, and a
learner who named Frank's bed would be told they labelled him. So a reply written for an exercise
(its note ends with the exercise id) is read for the slips without the words of that exercise's
title and setting (``exercise_context``): what it learns is how the reply is said, not who it is
about. Strengths keep them: "you speak three languages" names a strength in the setting's words.

Training is deterministic: the same data gives the same file. The file's header records a digest
of the training data, and a test fails when the labelled data changed and the weights were not
trained again.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from widgets.core.datafiles import read_yaml
from widgets.core.paths import REPO_DATA, display_path
from widgets.scoring.learned import (
    BIAS,
    LEARNED_LABELS,
    LEARNED_STRENGTHS,
    WEIGHTS_FILE,
    features,
    read_header_digest,
)
from widgets.scoring.tokens import tokenize
from widgets.tools.bench import heldout_sets, read_labelled_notes, tuned_on_since

#: A training row: the reply, its gold labels, and the words to read it without (its
#: exercise's setting; see exercise_context).
Row = tuple[str, frozenset[str], frozenset[str]]

#: A word or word pair must occur in this many training replies to get a weight.
MIN_REPLIES = 2
#: How strongly weights are pulled towards zero (L2), so rare words cannot decide alone.
L2 = 1.0
#: Full-batch gradient steps, and their size: enough to settle, the same every run.
STEPS = 300
STEP_SIZE = 2.5
#: Weights smaller than this are left out of the file (they never change a judgement).
KEEP_ABOVE = 0.02


def norms_of(text: str) -> list[str]:
    """A text's words as the scorer reads them (contractions and spellings worked out)."""
    return [token.norm for token in tokenize(text)]


def training_files(data: Path = REPO_DATA) -> list[Path]:
    """The labelled files trained on: data/labelled/*.csv, and held-out sets tuned on since."""
    held = heldout_sets(data / "heldout")
    return sorted((data / "labelled").glob("*.csv")) + [p for p in held if tuned_on_since(p)]


def exercise_context(folder: Path = REPO_DATA / "scenarios") -> dict[str, frozenset[str]]:
    """Per exercise id, the words of its title and setting (names, places, circumstances) that
    any reply to it may echo, slip or strength alike. Files that cannot be read are skipped
    here: the course's own bank check names their problems."""
    context: dict[str, frozenset[str]] = {}
    for path in sorted(folder.glob("*.yaml")):
        doc = read_yaml(path, [])
        data = doc.data if doc is not None else None
        entries = data.get("scenarios") if isinstance(data, dict) else None
        for entry in entries if isinstance(entries, list) else ():
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                continue
            said = " ".join(str(entry.get(key) or "") for key in ("title", "setting"))
            context[entry["id"]] = frozenset(norms_of(said))
    return context


def read_rows(path: Path, context: dict[str, frozenset[str]] | None = None) -> list[Row]:
    """(text, gold labels, words to leave out) rows from a labelled CSV, whose note's last ';'
    part may name the exercise a reply was written for."""
    context = {} if context is None else context
    return [
        (text, gold, context.get(note.rsplit(";", 1)[-1].strip(), frozenset()))
        for text, gold, note in read_labelled_notes(path)
    ]


def data_digest(files: list[Path]) -> str:
    """A digest of the training data (file names and contents), to tell stale weights."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _without(found: list[str], leave_out: frozenset[str]) -> list[str]:
    """The features that use none of the words to leave out (a pair goes if either word does)."""
    if not leave_out:
        return found
    return [f for f in found if leave_out.isdisjoint(f.split(" "))]


def train(rows: list[Row], labels=LEARNED_LABELS) -> dict[str, dict[str, float]]:
    """label -> {feature: weight} (BIAS for the intercept), by gradient descent on the log loss."""
    import numpy as np

    plain = [features(norms_of(text)) for text, _, _ in rows]
    counts: dict[str, int] = {}
    for found in plain:
        for f in set(found):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= MIN_REPLIES)
    column = {f: j for j, f in enumerate(vocab)}

    def matrix(feats: list[list[str]]):
        x = np.zeros((len(rows), len(vocab)))
        for i, found in enumerate(feats):
            for f in found:
                j = column.get(f)
                if j is not None:
                    x[i, j] += 1.0
        return x

    x_plain = matrix(plain)
    # A slip is read without the words of the reply's exercise setting; a strength keeps them
    # ("You speak three languages" names the strength in the setting's own words).
    x_slips = matrix([_without(f, leave) for f, (_, _, leave) in zip(plain, rows, strict=True)])
    n = len(rows)
    model = {}
    for label in labels:
        x = x_plain if label in LEARNED_STRENGTHS else x_slips
        y = np.array([label in gold for _, gold, _ in rows], dtype=float)
        w = np.zeros(len(vocab))
        b = 0.0
        for _ in range(STEPS):
            p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
            g = p - y
            w -= STEP_SIZE * (x.T @ g + L2 * w) / n
            b -= STEP_SIZE / 5 * g.mean()
        pairs = zip(vocab, w, strict=True)
        kept = {f: round(float(v), 3) for f, v in pairs if abs(v) >= KEEP_ABOVE}
        kept[BIAS] = round(float(b), 3)
        model[label] = kept
    return model


def write_weights(path: Path, model: dict[str, dict[str, float]], files: list[Path]) -> int:
    """Write the weights file with its header; returns the number of weights written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    names = ", ".join(display_path(p) for p in files)
    lines = [
        "# weights.csv: the scorer's learned reading (widgets/scoring/learned.py). Do not edit by",
        "# hand: after changing data/labelled/, run `python -m widgets train-reader` again.",
        "# One logistic regression per label over words and word pairs (pairs joined by a space;",
        "# <s> and </s> mark where the text starts and ends); (bias) is the intercept. A label is",
        "# given when the lexicon did not find it and the weights add up past the threshold in",
        "# learned.py; the words that weighed most are shown.",
        f"# Trained on: {names}.",
        f"# Data digest: {data_digest(files)}",
        "feature,label,weight",
    ]
    count = 0
    for label, weights in model.items():
        for feature in sorted(weights, key=lambda f: (f != BIAS, f)):
            text = feature.replace('"', '""')
            quoted = f'"{text}"' if any(c in text for c in ',"') else text
            lines.append(f"{quoted},{label},{weights[feature]}")
            count += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count


def stale(path: Path = WEIGHTS_FILE, data: Path = REPO_DATA) -> bool:
    """Has the training data changed since the weights were made?"""
    return read_header_digest(path) != data_digest(training_files(data))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m widgets train-reader",
        description="Train the scorer's learned reading on data/labelled/ (and held-out sets "
        "tuned on since their review) and write data/learned/weights.csv.",
    )
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE, help="where to write")
    parser.add_argument("--check", action="store_true", help="only say if the weights are stale")
    args = parser.parse_args(argv)
    files = training_files()
    if args.check:
        if stale(args.out):
            print(f"{display_path(args.out)} is out of date: run python -m widgets train-reader")
            return 1
        print(f"{display_path(args.out)} matches the training data")
        return 0
    context = exercise_context()
    rows = [row for path in files for row in read_rows(path, context)]
    model = train(rows)
    count = write_weights(args.out, model, files)
    sizes = ", ".join(f"{k} {len(v) - 1}" for k, v in model.items())
    print(f"Trained on {len(rows)} replies from {len(files)} files; {count} weights ({sizes}).")
    print(f"Wrote {display_path(args.out)}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
