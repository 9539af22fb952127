"""Sentences, clauses and what stands around a cue: questions, reported speech, negation.

A cue only counts when the learner says it: "I'm not going to tell you what you should do" and
"my doctor said you should rest" hold the words of advice, but are not advice.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from widgets.scoring.grammar import (
    ABBREVIATION_GOES_ON,
    ANYTHING,
    ASIDE_VERBS,
    AUXILIARIES,
    BROAD,
    CLAUSE_BREAKS,
    DISCOURSE_MARKERS,
    HOW_CLOSED,
    HOW_NEXT,
    IMAGINING,
    MAX_MARKERS,
    MORE_OF_THEIRS,
    NEGATED_SPEECH,
    NEGATION_WINDOW,
    NEGATORS,
    NOT_NAMES,
    OWN_VOICE,
    QUOTES,
    REPORTING_VERBS,
    SCALE_WORDS,
    SENTENCE_ENDS,
    STATEMENT_VERBS,
    SUBJECTS,
    SUBORDINATING,
    SUGGESTING,
    TELLING,
    THEIR_TOPIC,
    WH_CLOSED,
    WH_WORDS,
    WHAT_FACT,
)

# --------------------------------------------------------------------------------------------
# Sentences and questions
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Sentence:
    """One sentence of a text, as token indexes, and whether (and how) it asks a question."""

    start: int  # token index
    end: int  # token index (exclusive), including the closing punctuation
    question: bool = False
    opener: int | None = None  # token index where the question clause opens
    opener_kind: str | None = None  # "open", "closed", "why"
    body_end: int = 0  # token index (exclusive) where the closing punctuation begins
    statement: bool = False  # a statement said as a question ("You felt isolated?")
    asks: int = 0  # how many of its clauses open a question ("What..., and how...?" asks two)


_CLAUSE_OR_QUOTE = CLAUSE_BREAKS | QUOTES


def clause_starts(norms: list[str], start: int, end: int) -> list[int]:
    """Where the clauses of tokens[start:end] start (after a comma, "but", a quotation mark...)."""
    return [start] + [i + 1 for i in range(start, end) if norms[i] in _CLAUSE_OR_QUOTE]


def skip_markers(norms: list[str], i: int, end: int) -> int:
    """The first token from i on that is not a discourse marker ("so", "well", "um") or a
    stutter (a word broken off and begun again: "wh- what", "ho-how")."""
    stop = i + MAX_MARKERS if i + MAX_MARKERS < end else end
    while i < stop:
        word = norms[i]
        if word not in DISCOURSE_MARKERS and not (
            i + 1 < end and norms[i + 1].startswith(word) and word.isalpha()  # a stutter
        ):
            break
        i += 1
    return i


#: Commas and dashes ``first_word`` skips with the discourse markers.
_COMMAS = frozenset({",", "-", "—", "–"})
#: Tokens ``first_word`` skips at the start of a sentence (and stutters).
BEFORE_FIRST_WORD = DISCOURSE_MARKERS | _COMMAS


def first_word(norms: list[str], start: int, end: int) -> int:
    """Where a sentence's words begin: after discourse markers, stutters and commas (a few
    rounds of markers, then commas, each round tried only when it has something to skip)."""
    i = start
    for _ in range(MAX_MARKERS + 3):
        if i >= end:
            break
        word = norms[i]
        if word not in BEFORE_FIRST_WORD and not (
            i + 1 < end and norms[i + 1].startswith(word) and word.isalpha()  # a stutter
        ):
            break  # the sentence's words begin here
        i = skip_markers(norms, i, end)
        while i < end and norms[i] in _COMMAS:
            i += 1
    return i


#: After "what" and a subject, verbs that make a noun of it ("what you said", "what she told
#: you"): it names something said, and the question comes later.
REPORTING = frozenset(
    {"said", "told", "mentioned", "described", "shared", "wrote", "meant", "asked", "called"}
)


#: The words a question clause can open with: a clause opening with any other asks nothing.
QUESTION_OPENERS = WH_WORDS | SUBORDINATING | AUXILIARIES | ANYTHING | {"why"}
#: Words a rule knows, which are not a name or a greeting before a question word.
_KNOWN_WORDS = QUESTION_OPENERS | IMAGINING | NEGATORS | REPORTING_VERBS | ASIDE_VERBS


def question_opener(
    norms: list[str], i: int, end: int, marked: bool, start: int | None = None
) -> str | None:
    """What kind of question a clause opens with at token i, if any: "open", "closed" or "why".

    MITI's rule: a closed question can be answered yes or no, or asks for one fact or a number;
    an open one invites a story. Without a question mark, only a question word with the verb
    before its subject ("what do you...", "how are you") or a short texting question ("how you
    doing") counts: "What I mean is..." and "When you're ready, we can talk" are statements.
    """
    if i >= end or norms[i] not in QUESTION_OPENERS:
        return None
    start = i if start is None else start
    word = norms[i]
    nxt = norms[i + 1] if i + 1 < end else ""
    if word == "why" and nxt == "not":
        return "closed"  # "Why not ask her?" suggests; it does not ask for reasons
    if word == "why" or (word == "how" and nxt == "come"):
        return "why" if marked or nxt in AUXILIARIES or nxt == "come" else None
    if word in WH_WORDS or word in SUBORDINATING:
        if word == "in" and nxt not in ("what", "which"):
            return None
        if word in SUBORDINATING and word not in WH_WORDS:
            return None
        if word in SUBORDINATING and not marked and nxt not in AUXILIARIES:
            return None  # "When my dad died, I struggled too." tells, it does not ask
        if word in SUBORDINATING and nxt in SUBJECTS and marked:
            return None  # "when she's at work, what happens then?": the question comes later
        if word in SUBORDINATING and i > start and nxt not in AUXILIARIES:
            return None  # "...a lunch club, where folks are your age?" says where; no new ask
        if not marked and not _unmarked_question(norms, i, end):
            return None
        if word == "what" and nxt in SUBJECTS and i + 2 < end and norms[i + 2] in REPORTING:
            return None  # "What you said about friends - where did that come from?" names it
        return _wh_kind(norms, i, end, start)
    if not marked and word == "do" and nxt == "not" and i + 2 < end and norms[i + 2] == "you":
        then = norms[i + 3] if i + 3 < end else ""
        if then not in ASIDE_VERBS and then not in ("agree", "want", "see", "know"):
            return None  # "Don't you worry, love." tells kindly; "dont you think its time" asks
    if word in AUXILIARIES and (
        nxt in SUBJECTS or (nxt == "not" and i + 2 < end and norms[i + 2] in SUBJECTS)
    ):
        verb = norms[i + 2] if i + 2 < end else ""
        if nxt == "you" and word in IMAGINING and verb in TELLING:
            return "open"  # "Can you tell me...", "Could you say more...": they tell it
        return "open" if _invites_more(norms, i, end) else "closed"
    if marked and word in ANYTHING and nxt in MORE_OF_THEIRS:
        return "open"  # "Anything else?", "Any other thoughts?"
    return None


def _invites_more(norms: list[str], i: int, end: int) -> bool:
    """Does a yes/no question ask for their thoughts ("Do you have any thoughts about...")?"""
    for k in range(i + 2, min(end - 1, i + 8)):
        if norms[k] == "any" and norms[k + 1] in ("thoughts", "thought", "ideas", "sense"):
            # "...any thoughts of suicide?" asks yes or no about one thing: closed
            return not (k + 2 < end and norms[k + 2] == "of")
    return False


def asks_permission(norms: list[str], s: Sentence) -> bool:
    """Is the sentence a request to ask ("Can I ask you something?"): not a question to count."""
    k = s.opener if s.opener is not None else s.start
    return _requests_to_ask(norms, k)


#: Words after "or" that offer the person another way: "..., or would you rather talk?"
_OTHER_WAYS = (("would", "you", "rather"), ("would", "you", "prefer"), ("not",), ("is", "that"))


def offers_a_menu(norms: list[str], s: Sentence) -> bool:
    """Does a question end by offering another way ("..., or would you rather...?", "or not")?"""
    if "or" not in norms[s.start : s.body_end]:
        return False  # the common case, seen without a Python loop
    for k in range(s.start, s.body_end):
        if norms[k] == "or":
            after = tuple(norms[k + 1 : k + 4])
            if any(after[: len(way)] == way for way in _OTHER_WAYS):
                return True
    return False


def _aside(norms: list[str], k: int, end: int) -> bool:
    """Is the clause at k an aside ("..., do you think?") or a request to ask ("Can I ask you
    something?"), which does not count as one more question?"""
    if end - k == 3 and norms[k + 1] == "you" and norms[k + 2] in ASIDE_VERBS:
        return True
    if k > 0 and norms[k - 1] == "," and 3 <= end - k <= 5 and ("that" in norms[k + 1 : end]):
        return True  # "How about X, would that work?", "..., have you thought of that?"
    return _requests_to_ask(norms, k)


def _requests_to_ask(norms: list[str], k: int) -> bool:
    """Does a clause at k ask leave to ask: "Can I ask...", "Could I just ask...", "May I ask"?"""
    return (
        norms[k] in ("can", "could", "may")
        and norms[k + 1 : k + 2] == ["i"]
        and "ask" in norms[k + 2 : k + 4]
    )


def _wh_kind(norms: list[str], i: int, end: int, start: int) -> str:
    """Open or closed, for a question opened by a question word at token i."""
    word = norms[i + 1] if norms[i] == "in" else norms[i]
    nxt = norms[i + 1] if i + 1 < end else ""
    if word in WH_CLOSED:
        return "open" if nxt in IMAGINING else "closed"
    if nxt in SUGGESTING:
        topic = norms[i + 2] if i + 2 < end else ""
        if topic in ("you", "u") and i + 3 < end and norms[i + 3] not in (",", "then"):
            return "closed"  # "How about you invite him?" suggests; "How about you?" asks
        return "open" if nxt == "about" and topic in THEIR_TOPIC else "closed"
    if word == "how" and (nxt in HOW_CLOSED or not SCALE_WORDS.isdisjoint(norms[start:end])):
        return "closed"
    if word == "what" and nxt in WHAT_FACT:
        kind_of = i + 3 < end and norms[i + 2] == "of" and norms[i + 3] in BROAD
        return "open" if kind_of else "closed"
    return "open"


def _unmarked_question(norms: list[str], i: int, end: int) -> bool:
    """Without a question mark, is the clause opened by a question word at token i a question?"""
    nxt = norms[i + 1] if i + 1 < end else ""
    if nxt in AUXILIARIES or nxt in HOW_NEXT or nxt == "else":
        return not _is_subject_clause(norms, i + 2, end)
    if nxt in SUBJECTS:  # "how you doing" (texting) but not "how you feel matters"
        after = norms[i + 2] if i + 2 < end else ""
        return after.endswith("ing") and end - i <= 5
    if nxt in ("a", "an", ""):
        return False
    return not _is_subject_clause(norms, i + 1, end)


def _is_subject_clause(norms: list[str], k: int, end: int) -> bool:
    """Does a statement verb follow ("What happened next was awful")? Then it is no question."""
    return any(norms[x] in STATEMENT_VERBS for x in range(k + 1, end))


# Words that make a final "right" a noun or adverb ("on the right?", "all right?"), not a tag.
NOT_BEFORE_A_TAG = frozenset(
    {"the", "a", "to", "on", "at", "all", "alright", "just", "your", "my", "his", "her", "their",
     "our", "or", "and", "feel", "feels", "seem", "seems", "it's", "its", "is", "that's", "not"}
)  # fmt: skip


#: Words that name the person after a tag ("..., are you love?"): the tag comes before them.
VOCATIVES = frozenset(
    {"love", "luv", "hun", "hon", "mate", "pet", "babe", "dear", "sweetheart", "darling",
     "sweetie", "pal", "bro", "duck", "chick", "hen", "lovey", "petal"}
)  # fmt: skip


def question_tag(norms: list[str], start: int, body_end: int, tags: frozenset[str]) -> int | None:
    """Where a question ends in a tag after a comma ("..., isn't it", "..., right"), if it does.

    ``tags`` are the single tag words (the "tag" list of words.csv); "aren't you" and the like
    are grammar: an auxiliary, "not" and a subject; so is "are you" after a negative statement.
    A word naming the person after the tag ("..., are you love?") is looked past.
    """
    if body_end - start >= 5 and norms[body_end - 1] in VOCATIVES:
        body_end -= 2 if norms[body_end - 2] == "," else 1
    if body_end - start >= 3 and norms[body_end - 2] == "," and norms[body_end - 1] in tags:
        return body_end - 1
    if (
        body_end - start >= 5
        and norms[body_end - 1] == "right"
        and "right" in tags
        and norms[body_end - 2] not in NOT_BEFORE_A_TAG
    ):
        return body_end - 1  # "...forever right?" typed without the comma; not "...or the right?"
    if (
        body_end - start >= 5
        and norms[body_end - 4] == ","
        and norms[body_end - 3] in AUXILIARIES
        and norms[body_end - 2] == "not"
        and norms[body_end - 1] in SUBJECTS
    ):
        return body_end - 3
    if (
        body_end - start >= 5
        and norms[body_end - 3] == ","
        and norms[body_end - 2] in AUXILIARIES
        and norms[body_end - 1] in SUBJECTS
        and not NEGATORS.isdisjoint(norms[start : body_end - 3])
    ):
        return body_end - 2  # "You're not thinking of it, are you?": it expects a no
    return None


def _single_letter(norms: list[str], i: int) -> bool:
    return 0 <= i < len(norms) and len(norms[i]) == 1 and norms[i].isalpha()


def abbreviation_dot(norms: list[str], i: int) -> bool:
    """Is token i a dot inside a dotted abbreviation ("3 a.m. because", "p.m.", "e.g.")?

    Such dots do not end a sentence: "Perhaps she posts at 3 a.m. because..." is one sentence.
    """
    if norms[i] != "." or not _single_letter(norms, i - 1):
        return False
    if _single_letter(norms, i + 1) and i + 2 < len(norms) and norms[i + 2] == ".":
        return True  # the first dot of "a.m."
    # The last dot ends the sentence unless the sentence plainly goes on ("3 p.m. What...").
    return (
        i >= 3
        and norms[i - 2] == "."
        and _single_letter(norms, i - 3)
        and i + 1 < len(norms)
        and norms[i + 1] in ABBREVIATION_GOES_ON
    )


#: The tokens that end a sentence or a clause, or open or close a quotation: the only tokens
#: that ``split_sentences`` looks at one by one.
_BOUNDARIES = SENTENCE_ENDS | _CLAUSE_OR_QUOTE


def split_sentences(norms: list[str]) -> list[Sentence]:
    """The sentences of a text, each knowing whether it is a question and where that opens."""
    sentences: list[Sentence] = []
    after_breaks: list[int] = []  # where a clause starts after a break (as clause_starts says)
    start = 0  # where the next sentence starts
    for i, tok in enumerate(norms):  # one pass over the text
        if tok not in _BOUNDARIES:
            continue
        if tok in _CLAUSE_OR_QUOTE:
            after_breaks.append(i + 1)
        elif not (tok == "." and i and len(norms[i - 1]) == 1 and abbreviation_dot(norms, i)):
            if sentences and i == start:  # the token before closed a sentence too: a run of
                sentences[-1].end = i + 1  # closing marks ("?!", "...") ends one sentence
            else:
                sentences.append(Sentence(start, i + 1, body_end=i))
            start = i + 1
    if start < len(norms):
        sentences.append(Sentence(start, len(norms), body_end=len(norms)))
    for s in sentences:
        lo, hi = bisect_right(after_breaks, s.start), bisect_right(after_breaks, s.body_end)
        _read_question(norms, s, after_breaks[lo:hi])
    return sentences


def _read_question(norms: list[str], s: Sentence, later_clauses: list[int]) -> None:
    """Whether sentence s asks a question, how many, and where and how the first one opens."""
    body_end = s.body_end
    marked = "?" in norms[body_end : s.end]
    asked = -1  # where the last question opened (clause openers never go back)
    leave: tuple[int, str] | None = None  # a request to ask, opening the sentence
    for c in (s.start, *later_clauses):
        if c >= body_end:
            continue
        word = norms[c]
        if word in DISCOURSE_MARKERS or (c + 1 < body_end and norms[c + 1].startswith(word)):
            k = skip_markers(norms, c, body_end)  # a marker or a stutter to skip
        elif word in QUESTION_OPENERS:
            k = c
        else:
            continue  # the common clause: nothing to skip, and no question word
        if k == asked or k >= body_end or norms[k] not in QUESTION_OPENERS:
            continue
        kind = question_opener(norms, k, body_end, marked, s.start)
        if kind:
            asked = k
            # "Is it work, or is it home?" and "What would help, do you think?" ask once.
            s.asks += norms[c] != "or" and not _aside(norms, k, body_end)
            if s.opener is None:
                if leave is None and _requests_to_ask(norms, k):
                    leave = (k, kind)  # "Could I just ask, what...?": the question comes next
                    continue
                s.opener, s.opener_kind = k, kind
    if s.opener is None and leave is not None:
        s.opener, s.opener_kind = leave  # "Can I ask you something?" asks only that
    if s.opener is None and marked:
        k = _after_a_name(norms, s.start, body_end)  # "aw priya why did u...?"
        if k is not None:
            kind = question_opener(norms, k, body_end, marked, s.start)
            if kind:
                s.opener, s.opener_kind, s.asks = k, kind, max(s.asks, 1)
    if marked:
        s.question = body_end > s.start
        if s.question and s.opener is None:
            # A statement said as a question ("You felt isolated?"): yes or no, so closed,
            # unless it ends on a question word ("Acting out would be what?").
            last = norms[body_end - 1] if body_end > s.start else ""
            kind = "open" if last in ("what", "how") else "closed"
            s.opener, s.opener_kind = first_word(norms, s.start, body_end), kind
            s.statement = kind == "closed"
    elif s.opener is not None and s.opener_kind is not None:
        # Without a question mark, trust only a question word (or "do you...", "would
        # it...") at the start of the sentence.
        s.question = s.opener == first_word(norms, s.start, body_end)
        if not s.question:
            s.opener = s.opener_kind = None


#: How many words a name or a greeting may take before the question word it leads into.
NAME_REACH = 2


def _after_a_name(norms: list[str], start: int, end: int) -> int | None:
    """A question word just after a name or a greeting typed without a comma ("Colin why d'you
    reckon...?", "aw priya why did u...?"): its index, or None. "why" counts alone; another
    question word only with a verb after it ("Mo what do you..."), and the words before it must
    be ones no rule knows (not a pronoun, verb or marker: "You know why?" asks nothing new)."""
    for k in range(start + 1, min(start + NAME_REACH + 1, end)):
        word = norms[k]
        if word != "why" and not (word in WH_WORDS and k + 1 < end and norms[k + 1] in AUXILIARIES):
            continue
        before = norms[start:k]
        if all(w.isalpha() and w not in NOT_NAMES and w not in _KNOWN_WORDS for w in before):
            return k
        return None
    return None


def _report_end(norms: list[str], s: Sentence, verb: int) -> int:
    """Where the words reported after the verb at ``verb`` end (see :func:`reported_speech`)."""
    marked = "?" in norms[s.body_end : s.end]
    for k in range(verb + 2, s.body_end):
        if norms[k] in CLAUSE_BREAKS:
            start = skip_markers(norms, k + 1, s.body_end)
            if marked and question_opener(norms, start, s.body_end, True, s.start):
                return k
    if marked and question_tag(norms, s.start, s.body_end, frozenset()) is not None:
        return s.body_end - 3 if norms[s.body_end - 3] == "," else s.body_end - 4
    return s.end


def reported_speech(norms: list[str], sentences: list[Sentence]) -> bytearray:
    """Mark tokens that stand in someone else's words ("she said you should...").

    The report runs to the end of the sentence, unless a later clause asks the learner's own
    question ("When you said that, did you mean...?", "She said rest, but what do you think?"),
    or the sentence ends in a tag, which is always the speaker's own ("..., wouldn't you?").
    """
    reported = bytearray(len(norms))
    if REPORTING_VERBS.isdisjoint(norms):
        return reported  # without a reporting verb, nothing (not even a quotation) is reported
    for s in sentences:
        for i in range(s.start, s.end):
            if norms[i] in REPORTING_VERBS and i > s.start:
                subject = norms[i - 1]
                if subject in OWN_VOICE or subject in AUXILIARIES:
                    continue
                if subject in ("that", "having") and i + 1 < s.end and norms[i + 1] == ",":
                    continue  # "That said, ...": the speaker's own turn
                if norms[i + 1 : i + 3] in (["that", ","], ["this", ","], ["it", ","], ["so", ","]):
                    continue  # "When people say that, they...": what was said is already named
                for k in range(i + 1, _report_end(norms, s, i)):
                    reported[k] = 1
                break
    # A quotation opened right after a reporting verb stays reported until it closes.
    inside = False
    opened_reported = False
    for i, tok in enumerate(norms):
        if tok in QUOTES:
            if not inside:
                inside = True
                opened_reported = bool(reported[i]) or (i > 0 and norms[i - 1] in REPORTING_VERBS)
            else:
                inside = False
            continue
        if inside and opened_reported:
            reported[i] = 1
    return reported


def clause_openers(norms: list[str], start: int, end: int) -> set[int]:
    """Where the clauses of tokens[start:end] open, once their discourse markers are skipped."""
    return {skip_markers(norms, c, end) for c in clause_starts(norms, start, end)}


# --------------------------------------------------------------------------------------------
# Negation
# --------------------------------------------------------------------------------------------


def negated(norms: list[str], i: int, clause_start: int) -> bool:
    """Is the cue at token i negated by a word shortly before it in the same clause?"""
    for k in range(i - 1, clause_start - 1, -1):
        word = norms[k]
        if word in NEGATORS:
            after = norms[k + 1] if k + 1 < len(norms) else ""
            if after in SUBJECTS:  # "don't you think...": a question, not a negation
                continue
            if i - k <= NEGATION_WINDOW:
                return True
            if any(norms[x] in NEGATED_SPEECH for x in range(k + 1, min(k + 4, i))):
                return True
    return False


def negation_tables(norms: list[str]) -> tuple[list[int], list[int]]:
    """For each token index x, the last negator at or before x, and the last "I'm not going to
    say"-style negator (one followed closely by NEGATED_SPEECH) at or before x; -1 if none.

    Negators followed by a subject ("don't you think") are left out, as ``negated`` skips them.
    """
    n = len(norms)
    last_negator: list[int] = []
    last_speech: list[int] = []
    negator = speech = -1
    for k, word in enumerate(norms):
        if word in NEGATORS and (norms[k + 1] if k + 1 < n else "") not in SUBJECTS:
            negator = k
            if any(norms[x] in NEGATED_SPEECH for x in range(k + 1, min(k + 4, n))):
                speech = k
        last_negator.append(negator)
        last_speech.append(speech)
    return last_negator, last_speech


def negated_in_long_clause(tables: tuple[list[int], list[int]], i: int, clause_start: int) -> bool:
    """``negated`` in constant time: a negator within NEGATION_WINDOW tokens before i, or a
    negated speech verb ("not going to tell") earlier in the clause (and before i)."""
    last_negator, last_speech = tables
    if last_negator[i - 1] >= max(clause_start, i - NEGATION_WINDOW):
        return True
    return i - 4 >= clause_start and last_speech[i - 4] >= clause_start
