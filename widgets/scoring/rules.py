"""Grammar rules about other people: kind explanations of what someone did, and their strengths.

Cue phrases cannot see these: "Perhaps Tegan posts at 3 a.m. because the nights feel longest"
needs a hedge, someone else and a reason, in that order. The rules' messages are in
data/lexicon/rules.csv; the qualities, states and the like in words.csv.
"""

from __future__ import annotations

from widgets.scoring.grammar import (
    CLAUSE_BREAKS,
    DIRECTIVE_WORDS,
    DISCOURSE_MARKERS,
    GENEROUS_REACH,
    HEDGE_WORDS,
    NOT_NAMES,
    OR_EXPLANATION,
    PERSON_SUBJECTS,
    REASON_WORDS,
    SELF_OR_YOU,
    THIRD_PERSON,
)
from widgets.scoring.lexicon import Lexicon
from widgets.scoring.reading import Reading
from widgets.scoring.sentences import Sentence


def _is_name(text: str, starts: list[int], norms: list[str], i: int) -> bool:
    """Is token i a name: a capitalised word that is not a common word ("Ruth", "Tegan")?"""
    word = norms[i]
    return word.isalpha() and text[starts[i]].isupper() and word not in NOT_NAMES


def _someone_else(text: str, starts: list[int], norms: list[str], start: int, end: int) -> bool:
    """Does tokens[start:end] mention a third person (a pronoun or a name)?"""
    return any(
        norms[k] in THIRD_PERSON or _is_name(text, starts, norms, k) for k in range(start, end)
    )


def _hedge(norms: list[str], i: int, start: int) -> tuple[int, int] | None:
    """If a hedge stands at token i, (its first token, the token after it); else None."""
    word = norms[i]
    nxt = norms[i + 1] if i + 1 < len(norms) else ""
    if word in ("maybe", "perhaps"):
        first, after = i, i + 1
    elif word in ("wonder", "wondering"):
        if nxt not in ("if", "whether"):
            return None
        first, after = (i - 1 if i > start and norms[i - 1] in ("i", "am", "was") else i), i + 2
    elif nxt == "be":
        before = norms[i - 1] if i > start else ","
        if before in ("it", "this", "that"):
            first = i - 1
        elif before in CLAUSE_BREAKS or before in DISCOURSE_MARKERS:
            first = i
        else:
            return None
        after = i + 2
    else:
        return None
    if after < len(norms) and norms[after] == "that":
        after += 1
    return first, after


def _reason(
    norms: list[str], k: int, end: int, states: frozenset[str], not_yet: frozenset[str]
) -> int | None:
    """If a reason for someone's behaviour stands at token k, the token it ends on; else None.

    ``states`` and ``not_yet`` are the "state" and "not_yet" lists of words.csv.
    """
    word = norms[k]
    nxt = norms[k + 1] if k + 1 < end else ""
    if word in REASON_WORDS or word in states:
        return k
    if word == "or" and nxt in OR_EXPLANATION:
        return k
    if word == "going" and nxt == "through":
        return k + 1
    if word == "not" and nxt in not_yet:
        return k + 1
    return None


def generous_readings(reading: Reading, s: Sentence, lexicon: Lexicon) -> None:
    """Tentative, kind explanations of someone else's behaviour, in one sentence.

    A hedge ("maybe", "perhaps", "I wonder if", "it could be that") followed by someone who is
    not "you" or "I", a mention of a third person (he/she/they or a name) and a reason (because,
    "or" opening another explanation, "going through", "hasn't seen", "is scared"...):
    "Perhaps Tegan posts at 3 a.m. because the nights feel longest then." A lone "maybe" is not
    enough, and advice ("maybe you should...", "I wonder if you could try...") is left out.
    The cue runs from the hedge to the reason; its label and message are the
    "generous_reading" row of rules.csv, the states and verbs the lists in words.csv.
    """
    text, starts, norms = reading.text, reading.starts, reading.norms
    states, not_yet = lexicon.words["state"], lexicon.words["not_yet"]
    for i in range(s.start, s.body_end):
        if norms[i] not in HEDGE_WORDS:
            continue
        hedge = _hedge(norms, i, s.start)
        if hedge is None:
            continue
        first, j = hedge
        if j >= s.body_end or norms[j] in SELF_OR_YOU or not norms[j][0].isalnum():
            continue
        reach = min(s.body_end, j + GENEROUS_REACH)
        for k in range(j, reach):
            if norms[k] in DIRECTIVE_WORDS:
                break
            last = _reason(norms, k, s.body_end, states, not_yet)
            if last is not None and k > j:
                if _someone_else(text, starts, norms, j, reach):
                    if not reading.cued("advice", starts[s.start], reading.ends[s.body_end - 1]):
                        label, message = lexicon.rules["generous_reading"]
                        reading.add(label, first, last, message)
                        return
                break


def third_person_strengths(reading: Reading, s: Sentence, lexicon: Lexicon) -> None:
    """Qualities named for someone else: "Marcus is funny", "she's so patient", "he is good at".

    A quality (or a skill word before at/with: "good at", "great with") after "is/are/was/were"
    and a third-person subject (he, she, they, or a name), with at most two intensifiers
    between. The words are the "quality", "skill" and "intensifier" lists of words.csv; the
    label and message, the "named_quality" row of rules.csv.
    """
    text, starts, norms = reading.text, reading.starts, reading.norms
    words = lexicon.words
    qualities, skills, intensifiers = words["quality"], words["skill"], words["intensifier"]
    end = s.body_end
    for i in range(s.start + 2, end):
        word = norms[i]
        if word in qualities:
            if i + 1 < end and norms[i + 1] == "of":  # "kind of", "sick of"
                continue
        elif not (word in skills and i + 1 < end and norms[i + 1] in ("at", "with")):
            continue
        k = i - 1
        while k > s.start and i - k <= 2 and norms[k] in intensifiers:
            k -= 1
        if norms[k] not in ("is", "are", "was", "were") or k == s.start:
            continue
        subject = k - 1
        if norms[subject] in PERSON_SUBJECTS or _is_name(text, starts, norms, subject):
            label, message = lexicon.rules["named_quality"]
            reading.add(label, subject, i if word in qualities else i + 1, message)
