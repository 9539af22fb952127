"""When sharing your own story takes the conversation over.

A short piece of your own experience that hands the conversation back ("Something like that
happened to me. What's it been like for you?") can build mutuality. A long story about
yourself, with no question, reflection or choice handing it back, takes their conversation
over. The rule counts first-person words: its label and message are the "long_story" row of
data/lexicon/rules.csv (the one-upping phrases, "that's nothing, when I...", are cue phrases).
"""

from __future__ import annotations

from widgets.scoring.lexicon import Lexicon
from widgets.scoring.reading import Reading

#: Words for yourself.
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
#: A story this long about yourself (in first-person words) takes the conversation over...
LONG_STORY = 7
#: ...when at least this share of its words are about you.
SHARE_ABOUT_YOU = 0.1
#: Labels that hand the conversation back to them.
HANDS_BACK = frozenset({"question", "open_question", "closed_question", "reflection", "choice"})


def long_story(reading: Reading, lexicon: Lexicon) -> None:
    """Mark a long story about yourself that does not hand the conversation back."""
    norms = reading.norms
    if not reading.has("self_disclosure") or reading.has_any(HANDS_BACK):
        return
    words = [w for w in norms if w[0].isalnum()]
    mine = sum(1 for w in words if w in FIRST_PERSON)
    if mine < LONG_STORY or mine < SHARE_ABOUT_YOU * len(words):
        return
    first = next(c for c in reading.cues if c.label == "self_disclosure")
    start = next(k for k, at in enumerate(reading.starts) if at >= first.start)
    label, message = lexicon.rules["long_story"]
    reading.add(label, start, len(norms) - 1, message)
