"""A reflection said plainly: a statement about the person, starting with "you".

(Said as a question too: "So you'd like to give up those cigarettes?" checks what was heard.)

"So you're consciously trying to cut back." "You've taken time off to be here." "You'd like a
bit more support." Most reflections in real conversations are said like this, not only with "it
sounds like" (the cue phrases cover those). The rule is grammar: a statement whose first words
(after "so", "okay", "and"...) are "you" and a verb that describes them, not one that tells
them what to do ("you should", "you could try", "you need to"), predicts ("you'll be fine") or
is a leave-taking ("you take care"). Its label and message are the "you_statement" row of
data/lexicon/rules.csv.
"""

from __future__ import annotations

from widgets.scoring.grammar import (
    CLAUSE_BREAKS,
    IMPERATIVE_AFTER_YOU,
    LIKING,
    NOT_REFLECTING,
)
from widgets.scoring.lexicon import Lexicon
from widgets.scoring.reading import Reading
from widgets.scoring.sentences import BEFORE_FIRST_WORD, Sentence, first_word

#: A reflection needs at least this many words after "you" ("You're tired." has two).
MIN_WORDS_AFTER = 2
#: After a sentence-opening "so", words that sum up what the person said (not "so I'll...").
SO_WHAT_YOU_SAID = frozenset({"it", "that", "this", "your", "there"})
#: After "you know", words that begin telling them a truth rather than saying back theirs.
YOU_KNOW_A_LECTURE = frozenset({"you", "it", "that", "this", "there"})
#: How many words after "you" the cue covers (the rest of the sentence is shown unmarked).
CUE_WORDS = 4
#: How many words after "you" the rule reads (the verb and the three after it).
READ_WORDS = 4
#: Labels that already say what a "you" statement is doing: naming a strength ("You've
#: survived so much"), affirming, judging ("You're lazy"), reassuring, advising. Such a
#: statement is that, not a reflection.
SAID_OTHERWISE = frozenset(
    {"reflection", "advice", "affirmation", "strength", "deficit", "stigmatizing",
     "negative_assumption", "minimizing", "belonging", "hope", "choice", "microaggression",
     "expert_stance", "fixing", "leading_question", "invasive_question", "taking_over"}
)  # fmt: skip


def _so_summary(reading: Reading, s: Sentence, i: int, lexicon: Lexicon) -> None:
    """ "So it's back to the money thing." "So your friends drink too.": a summary of theirs."""
    words = [k for k in range(i, s.body_end) if reading.norms[k][0].isalnum()]
    lo, hi = reading.starts[s.start], reading.ends[s.body_end - 1]
    if len(words) < MIN_WORDS_AFTER + 1 or reading.cued_any(SAID_OTHERWISE, lo, hi):
        return
    label, message = lexicon.rules["you_statement"]
    reading.add(label, s.start, words[min(CUE_WORDS, len(words)) - 1], message)


def _word_indexes(norms: list[str], start: int, end: int, limit: int) -> list[int]:
    """Where the first `limit` words of tokens[start:end] stand (punctuation left out): the
    rule reads no further, so a long sentence is not read to its end."""
    found = []
    for k in range(start, end):
        if norms[k][0].isalnum():
            found.append(k)
            if len(found) == limit:
                break
    return found


def _clause_break(norms: list[str], start: int, end: int) -> int:
    """The first clause break in tokens[start:end], else end."""
    for k in range(start, end):
        if norms[k] in CLAUSE_BREAKS:
            return k
    return end


def you_statement(reading: Reading, s: Sentence, lexicon: Lexicon) -> None:
    """Mark a plain second-person statement as a reflection (see the module docstring)."""
    norms = reading.norms
    if norms[s.start] != "so":
        # A quick test before first_word: could the sentence's first word be "you"? Not
        # without a "you", nor when a word that first_word stops at stands before the first.
        if "you" not in norms[s.start : s.body_end]:
            return
        k = norms.index("you", s.start, s.body_end)
        before = norms[k - 1] if k > s.start else ""
        if (
            before
            and before not in BEFORE_FIRST_WORD
            and not (
                norms[k].startswith(before) and before.isalpha()  # a stutter ("y- you")
            )
        ):
            return
    i = first_word(norms, s.start, s.body_end)
    if i >= s.body_end or reading.reported[i]:
        return
    if norms[i] != "you":
        if norms[s.start] == "so" and norms[i] in SO_WHAT_YOU_SAID and not s.question:
            _so_summary(reading, s, i, lexicon)
        return
    if s.question and not s.statement:  # "So you'd like to give up?" reflects; "do you" asks
        return
    words = _word_indexes(norms, i + 1, s.body_end, max(READ_WORDS, CUE_WORDS, MIN_WORDS_AFTER))
    if len(words) < MIN_WORDS_AFTER:
        return
    said = [norms[k] for k in words[:READ_WORDS]] + ["", "", ""]
    verb, after, third = said[0], said[1], said[2]
    if verb == "do" and after == "not":  # "you don't want to..." describes them
        verb, after, third = third, said[3], ""
    if verb in NOT_REFLECTING or verb in IMPERATIVE_AFTER_YOU:
        return
    if verb == "know" and after in YOU_KNOW_A_LECTURE:  # "you know you can't...", "you know
        return  # it's only going to get harder": telling them what they know
    if verb == "have" and after == "got" and third in ("your", "a", "so"):  # "you've got your..."
        return
    if verb == "would" and after not in LIKING:  # "you'd like..." but not "you'd be better off"
        return
    if verb in ("have", "need") and after == "to":  # "you have to...", "you need to..."
        return
    if verb == "know" and (words[1] != i + 2 or norms[i + 2] == ","):  # "you know," (filler)
        return
    lo, hi = reading.starts[s.start], reading.ends[s.body_end - 1]
    if reading.cued_any(SAID_OTHERWISE, lo, hi):
        return
    stop = _clause_break(norms, i, words[:CUE_WORDS][-1] + 1)
    clause = [k for k in words[:CUE_WORDS] if k < stop]  # the cue stays in its own clause
    if not clause:
        return
    label, message = lexicon.rules["you_statement"]
    reading.add(label, i, clause[-1], message)
