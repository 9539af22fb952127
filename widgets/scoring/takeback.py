"""Strengths that the same sentence takes back, so feedback never praises them.

"That sounds really lonely, but everyone goes through this, so you're fine": the reflection is
there, and the "but" takes it back. "It's your choice, but honestly you should..." leaves no
choice. "How would you feel about giving yoga a go?" asks, but only to deliver advice. A
few small rules find these, and each names both sets of words:

* a slip cue that overlaps a strength cue takes it back;
* a contrast word ("but", "though", ...) after a strength, in its sentence or opening the next
  one, takes the strength back when a slip follows it in that sentence;
* a story of your own is undone by advice, reassurance or "trust me" in its own sentence, and a
  reflection or affirmation by a label for them ("It must be hard with such limited English"),
  a choice by an offer to do it or advice ("I can put your name down now if you like?"), and a
  generous reading by minimising ("I doubt it's about race, maybe he's just busy");
* some slips undo a strength wherever they follow it in the reply, contrast word or not: a
  reflection, affirmation or hope followed by minimising ("You're shattered. In a year you'll
  laugh about it.") has not stayed with what they feel; a choice followed by advice, taking
  over or prying ("No need to share it all. Just, how long were you there?") is no longer
  theirs; a reflection or affirmation followed by advice ("That sounds draining. Have you
  thought about a routine?") was a run-up to the answer, and the next step is to keep the first
  part and leave out the rest (unless they were asked leave first: "Can I share one thing?").

Sharing your own experience is neutral (it can build mutuality or take the floor), but the
feedback praises it, so it can be taken back like a strength (``TAKEN_BACK_TOO``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from widgets.scoring.model import Cue, LabelInfo, Undone
from widgets.scoring.sentences import Sentence

#: Words that turn what went before around ("..., still, everyone goes through it", "Mind you,
#: ...", "Just remember...").
CONTRAST = frozenset(
    {"but", "though", "although", "however", "yet", "still", "anyway", "mind", "remember",
     "except", "just"}
)  # fmt: skip
#: Slips that take back an open question asked in the same sentence: the question is then a
#: vehicle for them ("What happened to your family back there?" asks, but about what is private).
TAKE_BACK_THE_QUESTION = frozenset(
    {"invasive_question", "leading_question", "advice", "microaggression"}
)
#: Slips that undo a strength wherever they come after it in the same reply.
UNDONE_LATER_BY = {
    "reflection": frozenset({"minimizing", "advice"}),
    "affirmation": frozenset({"minimizing", "advice"}),
    "hope": frozenset({"minimizing"}),
    "strength": frozenset({"minimizing"}),
    "choice": frozenset({"advice", "fixing", "invasive_question"}),
    # "Maybe he's just busy. At least you've got a roof": the kind reading explained it away
    "generous_assumption": frozenset({"minimizing"}),
}
#: Slips that undo a strength said in their own sentence, contrast word or not: a story of
#: your own that sells advice, reassurance or "trust me" ("I had two admissions myself so trust
#: me, it does settle").
UNDONE_IN_ITS_SENTENCE_BY = {
    "self_disclosure": frozenset({"advice", "minimizing", "expert_stance"}),
    # "It must be hard with such limited English": heard through a label, not as they are
    "reflection": frozenset({"deficit", "stigmatizing", "microaggression"}),
    "affirmation": frozenset({"deficit", "stigmatizing", "microaggression"}),
    # "I can put your name down now if you like?": the choice is whether to let them do it
    "choice": frozenset({"fixing", "advice"}),
    # "I doubt it's about race, maybe your block is just...": a kind reading that explains away
    "generous_assumption": frozenset({"minimizing"}),
}
#: Words that ask leave before offering something ("Can I share one thing that helped?"): advice
#: after them was asked for, so it does not undo a reflection or affirmation said before.
ASKING_LEAVE = (
    ("can", "i", "share"), ("can", "i", "offer"), ("can", "i", "suggest"), ("can", "i", "mention"),
    ("could", "i", "share"), ("could", "i", "offer"), ("could", "i", "suggest"),
    ("okay", "if", "i"), ("mind", "if", "i"), ("may", "i"), ("would", "you", "like", "to", "hear"),
    ("want", "to", "hear"),
)  # fmt: skip
#: The slips asking leave first clears (see ASKING_LEAVE).
ASKED_FOR = frozenset({"advice", "fixing"})
#: Strengths that advice after them undoes only when it was not asked leave for.
UNDONE_BY_ADVICE = frozenset({"reflection", "affirmation"})
#: Neutral labels the feedback praises, which a slip can take back as it does a strength.
TAKEN_BACK_TOO = frozenset({"self_disclosure"})
#: A contrast word opening the next sentence counts within this many tokens of its start.
CONTRAST_REACH = 2
#: Slips that take nothing back: asking two questions at once does not undo either of them.
#: (A "why" question is open, but its "why" can sound like they must justify themselves, so it
#: takes back the praise for the open question.)
TAKES_NOTHING_BACK = frozenset({"stacked_questions"})


def takers(labels: dict[str, LabelInfo]) -> tuple[frozenset[str], frozenset[str]]:
    """The strength labels, and the slip labels that can take one back: a text whose labels
    miss either has nothing taken back, which the analyzer sees without calling ``taken_back``."""
    strengths = frozenset(name for name, info in labels.items() if info.polarity == "strength") | (
        TAKEN_BACK_TOO & labels.keys()
    )
    slips = frozenset(name for name, info in labels.items() if info.polarity == "slip")
    return strengths, slips - TAKES_NOTHING_BACK


def taken_back(
    cues: list[Cue],
    sentences: list[Sentence],
    norms: list[str],
    starts: list[int],
    labels: dict[str, LabelInfo],
) -> tuple[Undone, ...]:
    """Each strength cue taken back by a slip, with the slip that did it (in text order)."""

    def polarity(cue: Cue) -> str:
        info = labels.get(cue.label)
        return info.polarity if info is not None else ""

    slips = [c for c in cues if polarity(c) == "slip" and c.label not in TAKES_NOTHING_BACK]
    strengths = [c for c in cues if polarity(c) == "strength" or c.label in TAKEN_BACK_TOO]
    if not slips or not strengths:
        return ()
    openings = [starts[s.start] for s in sentences]  # where each sentence starts in the text

    def sentence_of(offset: int) -> int:
        return bisect_right(openings, offset) - 1

    contrasts = [
        (starts[i], sentence_of(starts[i]), i - sentences[sentence_of(starts[i])].start)
        for i, word in enumerate(norms)
        if word in CONTRAST
    ]
    contrast_at = [at for at, _, _ in contrasts]
    by_sentence: dict[int, list[tuple[int, Cue]]] = {}
    wide = []  # slips that run over more than one sentence ("taking_over" a long story)
    for order, slip in enumerate(slips):  # each sentence's slips, so no rule scans them all
        by_sentence.setdefault(sentence_of(slip.start), []).append((order, slip))
        if sentence_of(max(slip.start, slip.end - 1)) != sentence_of(slip.start):
            wide.append((order, slip))

    def slips_in(sentence: int) -> list[Cue]:
        return [slip for _, slip in by_sentence.get(sentence, ())]

    later: dict[str, tuple[list[int], list[Cue]]] = {}  # each slip label's cues, by start
    for slip in sorted(slips, key=lambda c: c.start):
        starts_of, cues_of = later.setdefault(slip.label, ([], []))
        starts_of.append(slip.start)
        cues_of.append(slip)

    leave = _asking_leave(norms, starts)
    undone = []
    for strength in sorted(strengths, key=lambda c: (c.start, c.end, c.label)):
        home = sentence_of(strength.start)
        nearby = [*by_sentence.get(home, ()), *wide]
        slip = (
            _overlapping(strength, nearby)
            or _in_the_question(strength, slips_in(home), sentences[home].question)
            or _after_contrast(strength, home, slips_in, contrasts, contrast_at)
            or _undone_later(strength, later, leave)
            or _in_its_sentence(strength, slips_in(home))
        )
        if slip is not None:
            undone.append(Undone(strength, slip))
    return tuple(undone)


def _in_the_question(strength: Cue, slips: list[Cue], is_question: bool) -> Cue | None:
    """An open question carrying an invasive, leading or advising slip in its own sentence; or
    any strength inside a question that carries one ("You've kept a record, haven't you?")."""
    if strength.label != "open_question" and not is_question:
        return None
    return next((s for s in slips if s.label in TAKE_BACK_THE_QUESTION), None)


def _overlapping(strength: Cue, nearby: list[tuple[int, Cue]]) -> Cue | None:
    """The first slip (in cue order) whose words overlap the strength's."""
    hits = [(o, s) for o, s in nearby if s.start < strength.end and strength.start < s.end]
    return min(hits, key=lambda hit: hit[0])[1] if hits else None


def _after_contrast(
    strength: Cue, home: int, slips_in, contrasts: list, contrast_at: list[int]
) -> Cue | None:
    """A slip after a contrast word that follows the strength (same or next sentence)."""
    for at, sentence, position in contrasts[bisect_left(contrast_at, strength.end) :]:
        if sentence > home + 1 or (sentence == home + 1 and position >= CONTRAST_REACH):
            break
        for slip in slips_in(sentence):
            if slip.start >= at:
                return slip
    return None


def _in_its_sentence(strength: Cue, slips: list[Cue]) -> Cue | None:
    """A slip in the strength's own sentence, of a kind that undoes it there (see
    UNDONE_IN_ITS_SENTENCE_BY)."""
    kinds = UNDONE_IN_ITS_SENTENCE_BY.get(strength.label)
    if not kinds:
        return None
    return next((s for s in slips if s.label in kinds), None)


_LEAVE_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _words in ASKING_LEAVE:
    _LEAVE_BY_FIRST.setdefault(_words[0], []).append(_words)


def _asking_leave(norms: list[str], starts: list[int]) -> list[int]:
    """Where the reply asks leave before offering something (see ASKING_LEAVE), in text order."""
    found = []
    for i, word in enumerate(norms):
        for words in _LEAVE_BY_FIRST.get(word, ()):
            if tuple(norms[i : i + len(words)]) == words:
                found.append(starts[i])
                break
    return found


def _undone_later(
    strength: Cue, later: dict[str, tuple[list[int], list[Cue]]], leave: Sequence[int] = ()
) -> Cue | None:
    """The first slip after the strength, anywhere in the reply, of a kind that undoes it (not
    advice they were asked leave for between the two)."""
    found = None
    for label in UNDONE_LATER_BY.get(strength.label, ()):
        if label in later:
            starts_of, cues_of = later[label]
            k = bisect_left(starts_of, strength.end)
            if k < len(cues_of) and (found is None or cues_of[k].start < found.start):
                slip = cues_of[k]
                if label in ASKED_FOR and strength.label in UNDONE_BY_ADVICE:
                    at = bisect_left(leave, strength.end)
                    if at < len(leave) and leave[at] < slip.start:
                        continue
                found = slip
    return found


#: Words on which a reply may turn against what it has just said ("..., but", "Actually, ...").
TURNS = frozenset({"but", "though", "although", "however", "actually", "anyway"})
#: Two-word turns ("mind you", "that said", "having said that", "Still, ...", "Either way, ...").
TURN_PAIRS = frozenset(
    {("mind", "you"), ("that", "said"), ("having", "said"), ("saying", "that"), ("still", ","),
     ("either", "way")}
)  # fmt: skip
#: A turn counts only with at least this many words after it (", but yeah." says nothing new).
TURN_MIN_WORDS = 3
#: Strengths a turn can take back.
TURNABLE = frozenset({"reflection", "choice", "affirmation", "hope", "strength"})


def unread_turn(analysis, label: str, tokens, reading=None) -> Cue | None:
    """Where the reply turns after its last clean cue of a strength and the feedback credits
    nothing after the turn: "It's up to you. Actually, detox is the only real way." The turn
    may take the strength back in words the feedback does not know, so it cannot vouch for the
    strength. The cue runs from the turning word to the end of the reply; None if no such turn.

    ``reading``: the learned reading (learned.LearnedReading), if any. Where the words after
    the turn read as a strength and as no slip ("..., but you're doing it anyway"), the turn
    leads to more of the same, and is not asked about.
    """
    if label not in TURNABLE:
        return None
    taken = {id(u.strength) for u in analysis.undone}
    clean = [c for c in analysis.cues if c.label == label and id(c) not in taken]
    if not clean:
        return None
    after = clean[-1].end
    words = [t for t in tokens if t.start >= after]
    for i, tok in enumerate(words):
        pair = (tok.norm, words[i + 1].norm) if i + 1 < len(words) else None
        if tok.norm not in TURNS and pair not in TURN_PAIRS:
            continue
        rest = [t for t in words[i + 1 :] if t.norm[:1].isalnum()]
        if len(rest) < TURN_MIN_WORDS:
            continue
        start = tok.start
        credited = any(
            c.start >= start
            and c.label in TURNABLE | {"open_question", "safety_check"}
            and c.label not in analysis.learned
            for c in analysis.cues
        )
        if credited:
            return None  # "..., but you've kept going": the turn leads to a strength
        if reading is not None and reading.reads_as_strength([t.norm for t in words[i + 1 :]]):
            return None  # what follows reads as a strength, in words no phrase knows
        end = words[-1].end
        text = analysis.text[start:end]
        return Cue("turn", start, end, text, "")
    return None
