"""Strengths that the same sentence takes back, so feedback never praises them.

"That sounds really lonely, but everyone goes through this, so you're fine": the reflection is
there, and the "but" takes it back. "It's your choice, but honestly you should..." leaves no
choice. "How would you feel about giving yoga a go?" asks, but only to deliver advice. Two
small rules find these, and each names both sets of words:

* a slip cue that overlaps a strength cue takes it back;
* a contrast word ("but", "though", ...) after a strength, in its sentence or opening the next
  one, takes the strength back when a slip follows it in that sentence.
"""

from __future__ import annotations

from bisect import bisect_right

from widgets.scoring.model import Cue, LabelInfo, Undone
from widgets.scoring.sentences import Sentence

#: Words that turn what went before around.
CONTRAST = frozenset({"but", "though", "although", "however", "yet"})
#: A contrast word opening the next sentence counts within this many tokens of its start.
CONTRAST_REACH = 2
#: Slips that take nothing back: asking two questions at once does not undo either of them.
#: (A "why" question is open, but its "why" can sound like they must justify themselves, so it
#: takes back the praise for the open question.)
TAKES_NOTHING_BACK = frozenset({"stacked_questions"})


def taken_back(
    cues: list[Cue],
    sentences: list[Sentence],
    norms: list[str],
    spans: list,
    labels: dict[str, LabelInfo],
) -> tuple[Undone, ...]:
    """Each strength cue taken back by a slip, with the slip that did it (in text order)."""

    def polarity(cue: Cue) -> str:
        info = labels.get(cue.label)
        return info.polarity if info is not None else ""

    slips = [c for c in cues if polarity(c) == "slip" and c.label not in TAKES_NOTHING_BACK]
    strengths = [c for c in cues if polarity(c) == "strength"]
    if not slips or not strengths:
        return ()
    starts = [spans[s.start][0] for s in sentences]

    def sentence_of(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    contrasts = [
        (spans[i][0], sentence_of(spans[i][0]), i - sentences[sentence_of(spans[i][0])].start)
        for i, word in enumerate(norms)
        if word in CONTRAST
    ]
    undone = []
    for strength in sorted(strengths, key=lambda c: (c.start, c.end, c.label)):
        slip = _overlapping(strength, slips) or _after_contrast(
            strength, slips, contrasts, sentence_of
        )
        if slip is not None:
            undone.append(Undone(strength, slip))
    return tuple(undone)


def _overlapping(strength: Cue, slips: list[Cue]) -> Cue | None:
    return next((s for s in slips if s.start < strength.end and strength.start < s.end), None)


def _after_contrast(strength: Cue, slips: list[Cue], contrasts: list, sentence_of) -> Cue | None:
    home = sentence_of(strength.start)
    for at, sentence, position in contrasts:
        if at < strength.end:
            continue
        if sentence > home + 1 or (sentence == home + 1 and position >= CONTRAST_REACH):
            break
        for slip in slips:
            if slip.start >= at and sentence_of(slip.start) == sentence:
                return slip
    return None
