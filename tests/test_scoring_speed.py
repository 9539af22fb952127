"""The scorer's speed-ups keep its answers: hand-written constructors match their dataclasses,
and the caches of words met give the same tokens and cues when they are full or cleared."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from widgets import scoring
from widgets.scoring import analyzer, phrases, tokens
from widgets.scoring.model import Analysis, Cue

TEXTS = [
    "I don't think you're wrong, but u could try yoga?",
    "Okay. And have you had any problems related to-to your drinking alcohol, like at home?",
    "So you've been feeling low. Me too, honestly - it's hard. Have you tried talking to someone?",
    "You should just try going for a walk every morning, it always works for me.",
    "Perhaps Tegan posts at 3 a.m. because the nights feel longest then.",
]


@pytest.mark.parametrize("cls", [Cue, Analysis])
def test_hand_written_init_takes_every_field_in_order(cls):
    """Cue and Analysis fill their instance dict directly (a frozen dataclass's own __init__
    sets each field through object.__setattr__); their parameters must stay the fields."""
    params = list(inspect.signature(cls.__init__).parameters)[1:]
    assert params == [f.name for f in dataclasses.fields(cls)]


def test_analysis_defaults_as_the_dataclass_gives_them():
    a, b = Analysis("x", frozenset(), ()), Analysis("y", frozenset(), ())
    assert a.per_value == {} and a.per_value is not b.per_value  # a new dict each, as its factory
    assert (a.strengths, a.suggestions, a.undone, a.language) == ((), (), (), "en")
    assert dataclasses.replace(a, text="z").text == "z"
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.text = "changed"  # type: ignore[misc]


def test_full_or_cleared_caches_give_the_same_answers(monkeypatch):
    """Words met are kept up to a limit (then the respellings are cleared and index look-ups
    are no longer kept); either way every answer is the same."""
    expected = [(scoring.tokenize(t), scoring.analyze(t)) for t in TEXTS]
    monkeypatch.setattr(tokens, "RESPELL_CACHE", 2)
    monkeypatch.setattr(analyzer, "LOOKUP_CACHE", 0)
    monkeypatch.setattr(phrases, "CHOICES_KEPT", 0)
    fresh = analyzer.Analyzer()
    for _ in range(2):  # once filling the caches, once reading them
        got = [(scoring.tokenize(t), fresh.analyze(t)) for t in TEXTS]
        assert got == expected
