"""The learned reading: a second opinion for the slips and strengths the lexicon has no phrase for.

Cue phrases recognise the wording they were written from; a trainer's fresh wording of the same
slip ("she won't remember any of this anyway") often has none. So after the phrases and grammar
rules, each label in LEARNED_LABELS that they did not find is read once more by a logistic
regression over the text's words and word pairs, trained on the course's own labelled replies
(``python -m widgets train-reader``; weights in data/learned/weights.csv). When the weights add up
past THRESHOLD the label is given, as a cue over the words that weighed most, and the message
says so: the learner sees which words, and that this was a learned reading, not a phrase.

Pure Python and fast: each word costs one dictionary look-up for its own weights and one for the
pair it starts. Reading the file is done once per analyzer; no file, no learned reading.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path
from struct import unpack

from widgets.core.datafiles import DataFileError, Problem
from widgets.core.paths import REPO_DATA, display_path
from widgets.core.text import t
from widgets.scoring.model import Cue

#: The weights file the course ships (a trainer's data folder may hold its own).
WEIGHTS_FILE = REPO_DATA / "learned" / "weights.csv"
#: The labels the learned reading may give: the slips whose fresh wording the lexicon misses most,
#: and the strengths a trainer words in many ways.
LEARNED_LABELS = (
    "advice", "minimizing", "leading_question", "invasive_question", "microaggression",
    "fixing", "stigmatizing", "reflection", "choice", "strength", "affirmation", "hope",
)  # fmt: skip
#: The strengths among them (the rest are slips).
LEARNED_STRENGTHS = frozenset({"reflection", "choice", "strength", "affirmation", "hope"})
#: The feature name of a label's intercept.
BIAS = "(bias)"
#: Where the text starts and ends, as words (so "<s> so" is a text that opens with "so").
START, END = "<s>", "</s>"
#: The probability a label needs. Chosen on sets already tuned on (AnnoMI and ESConv dev): at 0.7
#: minimising is read into 1.6% of expert counsellors' turns (at 0.5, 4.6%).
THRESHOLD = 0.7
#: The probability a label needs where the exercise asks about it (a slip it asks the learner
#: to check for, or a strength it looks for): a reply written for that exercise is likelier to
#: show it. Chosen on out-of-fold readings of review sets 2-8 (each set read by weights trained
#: without it): for the slips an exercise asks about, 68 of 89 right at 0.5 against 38 of 41 at
#: 0.7; for the strengths it looks for, 43 of 44 against 33 of 33.
ASKED_THRESHOLD = 0.5
#: Labels read at THRESHOLD even where asked: at 0.5, "labels for a person" was right on only 1
#: of 12 good handovers (clinical words such as "sweating" and "shaky" weigh towards it).
ASKED_AT_THRESHOLD = frozenset({"stigmatizing"})
#: No weight is larger than this (so the packed sums of any paste stay within their slots).
MAX_WEIGHT = 1000.0
#: How many of the words that weighed most the cue shows, chosen among how many of the heaviest
#: (words that tell a learner something, like "worth" or "worn out", before "you" or "that's").
SHOWN_WORDS = 3
CHOSEN_FROM = 6
#: Tokens that are not words (they take part in pairs, but are never shown as "the words").
_MARKS = frozenset(".,!?;:-'\"()…")
_NOT_SHOWN = _MARKS | {START, END}


#: Weights are packed in thousandths, one 64-bit slot per label. Each slot starts at HALF less
#: the label's threshold, so no sum ever goes below zero (and so never borrows from its
#: neighbour), and a slot reaches HALF exactly when its label passes: one AND with OVER tells
#: whether any label passed, without unpacking the slots.
SCALE = 1000
SLOT = 64
HALF = 1 << 61


def _pack(weights) -> int:
    """(label index, weight) pairs as one integer: weight k in thousandths at bits SLOT*k."""
    return sum(round(v * SCALE) << (SLOT * k) for k, v in weights)


#: Words too common to weigh on their own (they still count in pairs: "you should", "at least").
#: Without this, a long turn full of "you're" and "be" added up to a slip.
FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "so", "if", "of", "to", "in", "on", "at", "for",
     "with", "about", "from", "by", "as", "into", "than", "then", "that", "this", "these",
     "those", "there", "here", "it", "its", "is", "are", "was", "were", "be", "been", "being",
     "am", "have", "has", "had", "having", "do", "does", "did", "not", "no", "you", "your",
     "yours", "yourself", "i", "me", "my", "myself", "we", "us", "our", "they", "them", "their",
     "he", "him", "his", "she", "her", "what", "how", "why", "when", "where", "who", "which",
     "can", "could", "would", "will", "should", "might", "may", "must", "shall", "all", "any",
     "some", "get", "got", "go", "going", "one", "up", "out", "just", "like", "know", "think",
     "want", "wanna", "gonna", "yeah", "um", "uh", "oh", "okay", "ok", "mm", "hmm", "well"}
)  # fmt: skip


def features(norms: list[str]) -> list[str]:
    """The features of a text's normalised words: each word that is not a mark or a function
    word, and each pair of neighbours (as often as they occur)."""
    padded = [START, *norms, END]
    words = [w for w in norms if w not in _MARKS and w not in FUNCTION_WORDS]
    return [*words, *(f"{a} {b}" for a, b in zip(padded, padded[1:], strict=False))]


def _telling(norms: list[str], heaviest: list[tuple[float, int, int]]) -> list:
    """Up to SHOWN_WORDS of the CHOSEN_FROM heaviest features, those with a word that is not a
    function word first (each keeps its place in the order of weight)."""
    top = heaviest[:CHOSEN_FROM]

    def telling(feature: tuple[float, int, int]) -> bool:
        _, first, last = feature
        return any(w not in FUNCTION_WORDS and w not in _MARKS for w in norms[first : last + 1])

    return sorted(top, key=lambda f: not telling(f))[:SHOWN_WORDS]


class LearnedReading:
    """One weights file, read once: per word, its weights; per word, the pairs it starts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.labels: tuple[str, ...] = ()
        self.bias: list[float] = []
        #: word -> ((label index, weight), ...)
        self.words: dict[str, tuple[tuple[int, float], ...]] = {}
        #: first word -> {second word -> ((label index, weight), ...)}
        self.pairs: dict[str, dict[str, tuple[tuple[int, float], ...]]] = {}
        self._messages: dict[str, tuple[str, str]] = {}
        self._read(path)

    def _read(self, path: Path) -> None:
        index: dict[str, int] = {}
        bias: dict[int, float] = {}
        words: dict[str, list] = {}
        pairs: dict[str, dict[str, list]] = {}
        where = display_path(path)
        problems: list[Problem] = []
        with path.open(encoding="utf-8", newline="") as f:
            lines = ((n, line) for n, line in enumerate(f, 1) if not line.startswith("#"))
            numbered = list(lines)
        rows = csv.reader(line for _, line in numbered)
        for (line_no, _), row in zip(numbered, rows, strict=False):
            if row == ["feature", "label", "weight"] or not row:
                continue  # the header row, or a blank line
            if len(row) != 3:
                problems.append(
                    Problem(where, line_no, None, "needs 3 columns: feature,label,weight")
                )
                continue
            feature, label = row[0], row[1]
            try:
                weight = float(row[2])
            except ValueError:
                problems.append(Problem(where, line_no, "weight", f"'{row[2]}' is not a number"))
                continue
            if not math.isfinite(weight) or abs(weight) > MAX_WEIGHT:
                problems.append(Problem(where, line_no, "weight", f"{row[2]} is out of range"))
                continue
            k = index.setdefault(label, len(index))
            if feature == BIAS:
                bias[k] = weight
            elif " " in feature:
                first, second = feature.split(" ", 1)
                pairs.setdefault(first, {}).setdefault(second, []).append((k, weight))
            else:
                words.setdefault(feature, []).append((k, weight))
        if problems:
            raise DataFileError(problems)
        self.labels = tuple(index)
        self.bias = [bias.get(k, 0.0) for k in range(len(index))]
        self.words = {w: tuple(v) for w, v in words.items()}
        self.pairs = {a: {b: tuple(v) for b, v in nxt.items()} for a, nxt in pairs.items()}
        # For speed, each feature's weights for every label are packed into one integer (a
        # 64-bit slot per label, in thousandths), and a word that follows one it makes a known
        # pair with is found in that word's "follow" table: its pair and its own weights as one
        # sum, and the table of what may follow it in turn. So most words cost one look-up and
        # one addition; a word after an unknown pair, two look-ups.
        own = {w: _pack(v) for w, v in self.words.items()}
        tables: dict[str, dict] = {a: {} for a in self.pairs}
        self._packed = {w: (own.get(w, 0), tables.get(w)) for w in {*self.words, *self.pairs}}
        for a, nxt in self.pairs.items():
            follow = tables[a]
            for b, v in nxt.items():
                follow[b] = (_pack(v) + own.get(b, 0), tables.get(b))
        self._start_follow = tables.get(START)
        # A label is given when its probability reaches THRESHOLD: its summed weight reaches the
        # log-odds of THRESHOLD (see _cut).
        self._cut = _cut(THRESHOLD)
        self._lift = HALF - self._cut  # where each slot starts: it reaches HALF at the cut
        self._weighed = _pack(enumerate(self.bias))
        self._base = self._weighed + sum(self._lift << (SLOT * k) for k in range(len(index)))
        self._bases: dict[frozenset[str], int] = {frozenset(): self._base}
        self._over = sum(HALF << (SLOT * k) for k in range(len(index)))
        self._format = f"<{len(index)}q"
        self._width = 8 * len(index)
        # Per label, the weights that push towards it, to find the words that weighed most.
        self._towards: list[dict] = [{} for _ in index]
        for w, weights in self.words.items():
            for k, v in weights:
                if v > 0 and w not in _MARKS:
                    self._towards[k][w] = v
        for a, nxt in self.pairs.items():
            for b, weights in nxt.items():
                for k, v in weights:
                    if v > 0 and not (a in _NOT_SHOWN and b in _NOT_SHOWN):
                        self._towards[k][a, b] = v

    def _base_for(self, listen_for: frozenset[str]) -> int:
        """The packed start of every sum, with the labels listened for lifted to their lower
        threshold (ASKED_THRESHOLD), so they too pass when their slot reaches HALF."""
        base = self._bases.get(listen_for)
        if base is None:
            closer = HALF - _cut(ASKED_THRESHOLD)
            lifts = (
                closer if label in listen_for and label not in ASKED_AT_THRESHOLD else self._lift
                for label in self.labels
            )
            base = self._weighed + sum(lift << (SLOT * k) for k, lift in enumerate(lifts))
            if len(self._bases) < 256:  # an exercise's labels: a few dozen sets at most
                self._bases[listen_for] = base
        return base

    def scores(self, norms: list[str]) -> list[float]:
        """Per label (in self.labels order), the summed weight of a sentence's features (each
        time a word or pair occurs, its weight counts: the model was trained on counts)."""
        return [(x - self._lift) / SCALE for x in self._slots(self._packed_sum(norms, self._base))]

    def _packed_sum(self, norms: list[str], base: int) -> int:
        """The summed weights of a sentence's features, all labels at once, packed, from base."""
        get = self._packed.get
        total = base
        follow = self._start_follow  # what may follow the last word as a known pair
        for w in norms:
            entry = follow.get(w) if follow is not None else None
            if entry is None:  # no known pair with the word before: its own weights
                entry = get(w)
                if entry is None:
                    follow = None
                    continue
            total += entry[0]
            follow = entry[1]
        if follow is not None:
            last = follow.get(END)
            if last is not None:
                total += last[0]
        return total

    def _slots(self, total: int) -> tuple[int, ...]:
        """A packed sum per label: each label's summed weight, in thousandths, plus its lift."""
        return unpack(self._format, total.to_bytes(self._width, "little"))

    def reads_as_strength(self, norms: list[str]) -> bool:
        """Do these words, read as one, lean towards a strength it reads (at ASKED_THRESHOLD)
        and towards none of the slips it reads? ("..., but you've learned two languages
        already": what follows the turn is itself a strength.)"""
        leans = [
            label
            for label, score in zip(self.labels, self.scores(norms), strict=True)
            if score >= _cut(ASKED_THRESHOLD) / SCALE
        ]
        return bool(leans) and all(label in LEARNED_STRENGTHS for label in leans)

    def weighed_most(self, norms: list[str], label: str) -> list[tuple[float, int, int]]:
        """(weight, first token, last token) of the features that pushed towards a label, the
        heaviest first; each feature counted once, where it first stands. A pair with the start,
        the end or a mark points at its one word."""
        towards = self._towards[self.labels.index(label)]
        get = towards.get
        found: dict = {}
        prev = START
        for i, w in enumerate(norms):
            v = get(w)
            if v is not None and w not in found:
                found[w] = (v, i, i)
            pair = (prev, w)
            v = get(pair)
            if v is not None and pair not in found:
                first = i if prev in _NOT_SHOWN else i - 1
                found[pair] = (v, first, i - 1 if w in _NOT_SHOWN else i)
            prev = w
        v = get((prev, END))
        if v is not None and norms:
            last = len(norms) - 1
            found[prev, END] = (v, last, last)
        return sorted(found.values(), key=lambda x: (-x[0], x[1]))

    def _message(self, label: str, title) -> tuple[str, str]:
        """The learned cue's message for a label, split where the words go (made once)."""
        parts = self._messages.get(label)
        if parts is None:
            filled = t("feedback.learned_cue", label=title(label).lower(), words="\x00")
            before, _, after = filled.partition("\x00")
            parts = self._messages[label] = (before, after)
        return parts

    def cues(
        self,
        text: str,
        norms: list[str],
        starts: list[int],
        ends: list[int],
        sentences,
        have,
        title,
        has_slip=None,
        listen_for: frozenset[str] = frozenset(),
    ) -> list[Cue]:
        """A cue for each learned label that ``have`` lacks and that one sentence of the text
        passes the threshold for (read a sentence at a time, so a long turn's many small weights
        never add up to a slip that no sentence shows). A sentence where ``has_slip(sentence)``
        says the lexicon already named a slip is not read again: its slip is named already.
        Labels in ``listen_for`` (what an exercise asks about) need only ASKED_THRESHOLD."""
        if not self.labels:
            return []
        over, packed_sum = self._over, self._packed_sum
        base = self._base_for(listen_for) if listen_for else self._base
        best: dict[int, tuple[int, int, int]] = {}
        for s in sentences:
            if has_slip is not None and has_slip(s):
                continue
            total = packed_sum(norms[s.start : s.end], base)
            if not total & over:
                continue  # the common case: no label passed
            for k, score in enumerate(self._slots(total)):
                if score >= HALF and (k not in best or score > best[k][0]):
                    best[k] = (score, s.start, s.end)
        out = []
        for k, (_, lo, hi) in sorted(best.items()):
            label = self.labels[k]
            if label in have:
                continue
            heaviest = _telling(norms[lo:hi], self.weighed_most(norms[lo:hi], label))
            if not heaviest:
                continue
            first = lo + min(f for _, f, _ in heaviest)
            last = lo + max(x for _, _, x in heaviest)
            shown = [text[starts[lo + f] : ends[lo + x]] for _, f, x in heaviest]
            words = ", ".join(f"“{w}”" for w in dict.fromkeys(shown))
            before, after = self._message(label, title)
            start, end = starts[first], ends[last]
            out.append(Cue(label, start, end, text[start:end], f"{before}{words}{after}"))
        return out


def _cut(probability: float) -> int:
    """The summed weight, in thousandths, at which a label's probability reaches ``probability``
    (its log-odds; sums are whole thousandths)."""
    return math.ceil(math.log(probability / (1 - probability)) * SCALE)


def read_header_digest(path: Path) -> str:
    """The data digest a weights file was made from ("" when it has none)."""
    try:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    break
                if line.startswith("# Data digest:"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        return ""
    return ""


#: Weights files read, by path and the time they were last changed (each analyzer shares them).
_READ: dict[tuple[str, int], LearnedReading] = {}


def load_reading(path: Path = WEIGHTS_FILE) -> LearnedReading | None:
    """The learned reading from a weights file, or None when there is none (read once, and
    again only when the file changes)."""
    try:
        key = (str(path), path.stat().st_mtime_ns)
    except OSError:
        return None
    reading = _READ.get(key)
    if reading is None:
        _READ.clear()
        reading = _READ[key] = LearnedReading(path)
    return reading
