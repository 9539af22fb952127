"""A direct question about suicide can take two sentences.

"Sometimes when people feel like that, they think about killing themselves. Is that something
you've been thinking about?" names suicide in a statement and then asks about it. It is the way
many crisis courses teach the question, and it is as direct as "Are you thinking about suicide?".
So a safety cue may stand in a statement (the safety_check rows of cues.csv whose context is
"statement"), but it counts only when a question to them follows it: said on its own, the
statement has not asked anything.
"""

from __future__ import annotations

from bisect import bisect_right

from widgets.scoring.model import Cue
from widgets.scoring.sentences import Sentence

#: Words that show a question is put to them.
TO_THEM = frozenset({"you", "your", "yourself", "u", "ur", "youre"})


def asked_safety_checks(
    cues: list[Cue], sentences: list[Sentence], norms: list[str], starts: list[int]
) -> list[Cue]:
    """The cues, less any safety cue said in a statement that no question to them follows
    (``starts``: where each token starts in the text)."""
    if not sentences:
        return cues
    opens = [starts[s.start] for s in sentences]

    def sentence_of(offset: int) -> int:
        return max(0, bisect_right(opens, offset) - 1)

    asked_after = [False] * len(sentences)  # is a question to them asked after sentence k?
    seen = False
    for k in range(len(sentences) - 1, -1, -1):
        asked_after[k] = seen
        s = sentences[k]
        if s.question and not TO_THEM.isdisjoint(norms[s.start : s.end]):
            seen = True
    return [
        c
        for c in cues
        if c.label != "safety_check"
        or sentences[sentence_of(c.start)].question
        or asked_after[sentence_of(c.start)]
    ]
