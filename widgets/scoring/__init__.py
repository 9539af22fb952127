"""Rule-based scoring of a learner's response against the core values of peer support.

``analyze(text)`` reads one response and says which peer-support labels it shows (an open
question, advice, a reflection, minimising, ...), pointing every judgement at the exact words
that caused it. It is pure Python, deterministic and fast, so feedback can be instant and
explainable; it imports no widget code. ``Analyzer(folder)`` does the same with a trainer's
draft lexicon, as VADER's SentimentIntensityAnalyzer owns its lexicon.

How it works, in the spirit of VADER: the words live in data files a trainer can edit
(``data/lexicon/labels.csv``, ``cues.csv``, ``spelling.csv``, and ``rules.csv`` and
``words.csv`` for the messages and word lists of the grammar rules, read by ``lexicon``); this
package holds the grammar, as named constants (``grammar``) and small named rules:

1. ``tokenize`` (``tokens``) splits the text into words and punctuation, expanding contractions
   ("don't" -> "do not") and common spellings ("u" -> "you") so one phrase covers many ways of
   typing it, while remembering where each word stands in the original text.
2. ``split_sentences`` (``sentences``) groups tokens into sentences and decides which are
   questions (a question mark, or a question word at the start of a clause when the mark is
   missing).
3. Cue phrases from ``cues.csv`` (compiled and indexed by ``phrases``) are matched token by
   token; a match is dropped when it is negated ("I'm not going to tell you what you should
   do"), when it stands in someone else's reported words ("my doctor said you should rest"), or
   when its context does not fit.
4. Grammar rules add the question labels (open, closed, why, stacked), tag questions
   ("..., right?"), kind explanations of someone else's behaviour ("maybe ... because ...") and
   qualities named for someone else ("Marcus is funny", in ``rules``); their messages and the
   words they look for (qualities, states, ...) come from ``rules.csv`` and ``words.csv``.
5. The labels map to the course's values; each value gets what went well and a next step
   (``notes``). ``feedback`` turns the result into HTML, text or JSON.

The steps run in ``analyzer.Analyzer.analyze``; what it returns is described in ``model``.
"""

from widgets.scoring.analyzer import (
    LABELS,
    Analyzer,
    analyze,
    label_description,
    label_title,
    use_lexicon,
)
from widgets.scoring.lexicon import Lexicon, load_lexicon
from widgets.scoring.model import (
    POLARITIES,
    REQUIRED_LABELS,
    Analysis,
    Cue,
    LabelInfo,
    Note,
    ValueFeedback,
)
from widgets.scoring.phrases import compile_phrase
from widgets.scoring.tokens import tokenize

__all__ = [
    "LABELS",
    "POLARITIES",
    "REQUIRED_LABELS",
    "Analysis",
    "Analyzer",
    "Cue",
    "LabelInfo",
    "Lexicon",
    "Note",
    "ValueFeedback",
    "analyze",
    "compile_phrase",
    "label_description",
    "label_title",
    "load_lexicon",
    "tokenize",
    "use_lexicon",
]
