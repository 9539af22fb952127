"""One text being read: its tokens, the sentence being read, and the cues found so far.

The phrase matcher and the grammar rules all add their cues here, so one place decides that cues
of a label never overlap, that a negated cue does not count, and that every cue points at the
learner's exact words.
"""

from __future__ import annotations

from bisect import bisect_right

from widgets.scoring.grammar import NEGATION_BREAKS, SHORT_CLAUSE
from widgets.scoring.model import Cue
from widgets.scoring.sentences import (
    Sentence,
    clause_openers,
    negated,
    negated_in_long_clause,
    negation_tables,
)


class Reading:
    """The text, its normalised tokens and where each starts and ends in it, which tokens are
    reported speech, and the cues found so far (in the order found).

    Cue phrases are matched one sentence at a time (``begin``); where its clauses start is
    worked out only as far as the matches need, reading the sentence once from left to right
    however many cues it holds, so an endless clause full of cues stays linear.
    """

    __slots__ = (
        "text", "norms", "starts", "ends", "reported", "cues", "found", "_negation",
        "_sentence", "_openers", "_clause_start", "_scanned",
    )  # fmt: skip

    def __init__(
        self, text: str, norms: list[str], starts: list[int], ends: list[int], reported: bytearray
    ) -> None:
        self.text = text
        self.norms = norms
        self.starts = starts  # where each token starts in the text
        self.ends = ends  # and where it ends
        self.reported = reported
        self.cues: list[Cue] = []
        # Per label found so far, the spans already cued (sorted starts and ends): they never
        # overlap, so a new span need only be checked against its two neighbours, which keeps
        # long pastes linear.
        self.found: dict[str, tuple[list[int], list[int]]] = {}
        self._negation: tuple[list[int], list[int]] | None = None  # for long clauses, if needed

    def add(self, label: str, first: int, last: int, message: str) -> None:
        """Cue tokens first..last (inclusive) for label, unless they overlap a cue it has."""
        start, end = self.starts[first], self.ends[last]
        held = self.found.get(label)
        if held is None:
            self.found[label] = ([start], [end])
        else:
            starts, ends = held
            k = bisect_right(starts, start)
            if (k and ends[k - 1] > start) or (k < len(starts) and starts[k] < end):
                return
            starts.insert(k, start)
            ends.insert(k, end)
        self.cues.append(Cue(label, start, end, self.text[start:end], message))

    def cued(self, label: str, lo: int, hi: int) -> bool:
        """Does a cue for label start within text[lo:hi]?"""
        held = self.found.get(label)
        return held is not None and bisect_right(held[0], hi - 1) > bisect_right(held[0], lo - 1)

    def cued_any(self, labels: frozenset[str], lo: int, hi: int) -> bool:
        """Does a cue for any of the labels start within text[lo:hi]? (Only labels found so far
        are looked at: a text has a few, the sets asked about have many.)"""
        return any(self.cued(label, lo, hi) for label in self.found if label in labels)

    def has(self, label: str) -> bool:
        """Has a cue for label been found?"""
        return label in self.found

    def has_any(self, labels: frozenset[str]) -> bool:
        """Has a cue for any of the labels been found?"""
        return not self.found.keys().isdisjoint(labels)

    def begin(self, s: Sentence) -> None:
        """Start on sentence s: ``opens_clause`` and ``negated`` then ask about its tokens."""
        self._sentence = s
        self._openers: set[int] | None = None  # where its clauses open, when first needed
        self._clause_start = self._scanned = s.start  # the clause start, known up to _scanned

    def opens_clause(self, i: int) -> bool:
        """Does a clause of the sentence open at token i, once discourse markers are skipped?"""
        if self._openers is None:
            s = self._sentence
            self._openers = clause_openers(self.norms, s.start, s.body_end)
        return i in self._openers

    def negated(self, i: int) -> bool:
        """Is the cue at token i negated within its clause? (i never goes back in a sentence.)"""
        norms = self.norms
        for k in range(self._scanned, i):
            if norms[k] in NEGATION_BREAKS:
                self._clause_start = k + 1
        self._scanned = i
        clause_start = self._clause_start
        if i - clause_start <= SHORT_CLAUSE:
            return negated(norms, i, clause_start)
        if self._negation is None:  # long clauses use tables, made once per text
            self._negation = negation_tables(norms)
        return negated_in_long_clause(self._negation, i, clause_start)
