"""The scorer: reads one response and names what it shows, pointing at the words behind each.

Pure Python, deterministic and explainable; no widget code. ``analyze(text)`` is the simple call.
"""

from widgets.scoring.analyzer import (
    LABELS,
    POLARITIES,
    REQUIRED_LABELS,
    Analysis,
    Cue,
    LabelInfo,
    Lexicon,
    Note,
    ValueFeedback,
    analyze,
    compile_phrase,
    load_lexicon,
    tokenize,
    use_lexicon,
)

__all__ = [
    "LABELS",
    "POLARITIES",
    "REQUIRED_LABELS",
    "Analysis",
    "Cue",
    "LabelInfo",
    "Lexicon",
    "Note",
    "ValueFeedback",
    "analyze",
    "compile_phrase",
    "load_lexicon",
    "tokenize",
    "use_lexicon",
]
