"""When sharing your own story takes the conversation over.

A short piece of your own experience that hands the conversation back ("Something like that
happened to me. What's it been like for you?") can build mutuality. A long story about
yourself, with no question, reflection or choice handing it back, takes their conversation
over. So does a long story that only nods back at the end ("...and my family never visited.
Anyway, how are you?"): a short question does not give back a conversation that has been taken.
The rule counts first-person words: its label and message are the "long_story" row of
data/lexicon/rules.csv (the one-upping phrases, "that's nothing, when I...", are cue phrases).
"""

from __future__ import annotations

from widgets.scoring.lexicon import Lexicon
from widgets.scoring.reading import Reading
from widgets.scoring.sentences import Sentence

#: Words for yourself.
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
#: A story this long about yourself (in first-person words) takes the conversation over...
LONG_STORY = 7
#: ...when at least this share of its words are about you.
SHARE_ABOUT_YOU = 0.1
#: Labels that hand the conversation back to them.
HANDS_BACK = frozenset({"question", "open_question", "closed_question", "reflection", "choice"})
#: Words for them.
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "u", "ur", "ya", "youre"})
#: A story of this many words (in sentences about you, not them)...
STORY_WORDS = 25
#: With nothing at all handed back, a story this long (told in the past) takes over.
STORY_WORDS_ALONE = 20
#: A story without a question is told in the past: this many past-tense verbs at least.
STORY_PAST_VERBS = 3
#: Common past-tense verbs that do not end in "-ed".
PAST_TENSE = frozenset(
    {"was", "were", "had", "did", "got", "went", "felt", "came", "said", "told", "took", "left",
     "lost", "kept", "thought", "knew", "made", "found", "began", "became", "gave", "ran",
     "sat", "slept", "spent", "stood", "wrote", "fell", "heard", "met", "paid", "saw", "woke",
     "couldnt", "wasnt", "werent", "didnt"}
)  # fmt: skip
#: ...takes over even with a question, when the words about them are no more than a nod back
#: ("Anyway, how are you?", "What about you?"): this many words, or an eighth of a long story.
NOD_BACK_WORDS = 5
NOD_BACK_SHARE = 1 / 8


def long_story(reading: Reading, lexicon: Lexicon, sentences: list[Sentence] = ()) -> None:
    """Mark a long story about yourself that does not hand the conversation back, or hands it
    back with no more than a short question at the end."""
    norms = reading.norms
    if not reading.has("self_disclosure"):
        return
    if reading.has_any(HANDS_BACK):
        _story_with_a_nod(reading, lexicon, sentences)
        return
    words = [w for w in norms if w[0].isalnum()]
    mine = sum(1 for w in words if w in FIRST_PERSON)
    long_by_words = _story_and_nod(norms, sentences)[0] >= STORY_WORDS_ALONE and _told_in_the_past(
        norms
    )
    if not long_by_words and (mine < LONG_STORY or mine < SHARE_ABOUT_YOU * len(words)):
        return
    first = next(c for c in reading.cues if c.label == "self_disclosure")
    start = next(k for k, at in enumerate(reading.starts) if at >= first.start)
    label, message = lexicon.rules["long_story"]
    reading.add(label, start, len(norms) - 1, message)


def _told_in_the_past(norms: list[str]) -> bool:
    """Is it a story, told in the past ("When I got discharged I felt..."), rather than talk to
    yourself about now ("I know more than I did. I'll ask for time this week.")?"""
    past = 0
    for w in norms:
        if w in PAST_TENSE or (len(w) > 4 and w.endswith("ed") and w.isalpha()):
            past += 1
            if past >= STORY_PAST_VERBS:
                return True
    return False


def _story_and_nod(norms: list[str], sentences: list[Sentence]) -> tuple[int, int, object]:
    """Words in sentences about you (and none about them), words in sentences about them, and
    the story's last sentence (None if there is no story)."""
    story = back = 0
    last = None
    for s in sentences:
        words = [w for w in norms[s.start : s.end] if w[0].isalnum()]
        if not SECOND_PERSON.isdisjoint(words):
            back += len(words)
        elif not FIRST_PERSON.isdisjoint(words):
            story += len(words)
            last = s
    return story, back, last


def _story_with_a_nod(reading: Reading, lexicon: Lexicon, sentences: list[Sentence]) -> None:
    """A long story about yourself whose only turn to them is a short question (a reflection or
    a choice counts only as the words it takes: "so yeah its hard lol" is about the teller)."""
    norms = reading.norms
    story, back, last = _story_and_nod(norms, sentences)
    if last is None or story < STORY_WORDS or back > max(NOD_BACK_WORDS, NOD_BACK_SHARE * story):
        return
    first = next(c for c in reading.cues if c.label == "self_disclosure")
    start = next(k for k, at in enumerate(reading.starts) if at >= first.start)
    label, message = lexicon.rules["long_story"]
    reading.add(label, start, max(start, last.body_end - 1), message)
