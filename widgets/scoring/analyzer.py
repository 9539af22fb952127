"""The Analyzer: one lexicon and the steps that read a response with it.

As VADER's SentimentIntensityAnalyzer owns its lexicon, an ``Analyzer`` owns one ``Lexicon``
(the course's, or a trainer's draft folder). ``analyze(text)`` is the simple call: it uses a
default analyzer, read once and kept until ``widgets.core.state.forget_all`` or ``use_lexicon``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from operator import attrgetter
from pathlib import Path

from widgets.core.paths import data_file
from widgets.core.state import on_forget
from widgets.scoring.grammar import CLAUSE_BREAKS, HEDGE_WORDS, REPORTING_VERBS
from widgets.scoring.language import language_of
from widgets.scoring.learned import LearnedReading, load_reading
from widgets.scoring.lexicon import Lexicon, load_lexicon
from widgets.scoring.model import (
    ENGLISH,
    OTHER_LANGUAGE,
    QUESTION_FAMILY,
    Analysis,
    Cue,
    LabelInfo,
)
from widgets.scoring.notes import value_notes
from widgets.scoring.phrases import lookup, match_items
from widgets.scoring.reading import Reading
from widgets.scoring.reflections import you_statement
from widgets.scoring.rules import generous_readings, third_person_strengths
from widgets.scoring.safety import asked_safety_checks
from widgets.scoring.sentences import (
    Sentence,
    asks_permission,
    offers_a_menu,
    question_tag,
    reported_speech,
    split_sentences,
)
from widgets.scoring.sharing import long_story
from widgets.scoring.takeback import taken_back, takers
from widgets.scoring.tokens import Respellings, scan

#: How many label sets keep their worked-out feedback (a few hundred occur in practice).
FEEDBACK_CACHE = 4096
#: How many words met in texts the phrase index remembers (as "starts no phrase" and the like).
LOOKUP_CACHE = 50_000

_UNSEEN = object()  # a word the phrase index has not looked up yet (true, unlike ())
_TEXT_ORDER = attrgetter("start", "end", "label")  # cues in the order they stand in the text
_LABEL = attrgetter("label")
_NO_LABELS: frozenset[str] = frozenset()


def _remember(firsts: dict, prefixes: dict, loose: bool, word: str) -> tuple:
    """The index entry of a word met for the first time, kept (up to LOOKUP_CACHE words): its
    prefix phrases; for a word that starts none, () (or, where loose phrases are tried at every
    word, an entry of no phrases of its own)."""
    entry = lookup(word, prefixes) or (((), None) if loose else ())
    if len(firsts) < LOOKUP_CACHE:
        firsts[word] = entry
    return entry


class Analyzer:
    """Reads responses with one lexicon: ``Analyzer().analyze(text) -> Analysis``.

    ``Analyzer(folder)`` reads a trainer's draft lexicon folder instead of data/lexicon; the
    files are read and checked once, here (DataFileError names any mistake).
    """

    def __init__(self, lexicon_folder: Path | str | None = None) -> None:
        self.lexicon: Lexicon = load_lexicon(lexicon_folder)
        self._takers = takers(self.lexicon.labels)
        self._known = Respellings(self.lexicon.spelling)  # words met, and what they become
        self._learned = load_reading(data_file("learned", "weights.csv"))
        # The slips that, named in a sentence, leave it unread by the learned reading (asking
        # two questions at once says nothing of what they ask).
        slips = {n for n, info in self.lexicon.labels.items() if info.polarity == "slip"}
        self._slips = frozenset(slips - {"stacked_questions"})

    def _title(self, label: str) -> str:
        return _title_of(self.lexicon.labels.get(label), label)

    @property
    def labels(self) -> dict[str, LabelInfo]:
        """Every label this analyzer can give, name -> LabelInfo, in priority order."""
        return self.lexicon.labels

    def analyze(self, text: str, listen_for: Iterable[str] = ()) -> Analysis:
        """Read one response and say which labels it shows, pointing at the words behind each.

        ``listen_for``: the labels an exercise asks about (its targets and the slips it asks the
        learner to check for). The learned reading listens more closely for them (see
        learned.ASKED_THRESHOLD); its cues for them still say they are a learned reading.
        """
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        text = unicodedata.normalize("NFC", text) if not text.isascii() else text
        norms, starts, ends = scan(text, self.lexicon.spelling, self._known)
        if not norms:
            return self._finish(text, [])
        words = self.lexicon.words
        other = words["other_language"]
        if not (text.isascii() and other.isdisjoint(norms)):  # else English, and no call to say so
            if language_of(text, norms, words["common_english"], other) != ENGLISH:
                return Analysis(text, frozenset(), (), language=OTHER_LANGUAGE)
        sentences = split_sentences(norms)
        if REPORTING_VERBS.isdisjoint(norms):  # else no one else's words: none reported
            reported = bytearray(len(norms))
        else:
            reported = reported_speech(norms, sentences)
        reading = Reading(text, norms, starts, ends, reported)
        for s in sentences:
            self._match_phrases(reading, s)
        if not self.lexicon.person_rule_words.isdisjoint(norms):  # else no rule can apply
            self._read_about_others(reading, sentences)
        self._mark_questions(reading, sentences)
        if "you" in norms or "so" in norms:  # after the questions: a tag makes it leading
            for s in sentences:
                you_statement(reading, s, self.lexicon)
        if "self_disclosure" in reading.found:  # else no story of your own to tell
            long_story(reading, self.lexicon, sentences)
        learned = ()
        if self._learned is not None:  # a second reading, for what no phrase or rule found
            slips = self._slips
            if reading.has_any(slips):

                def has_slip(s: Sentence) -> bool:
                    return reading.cued_any(slips, starts[s.start], ends[s.end - 1])

            else:
                has_slip = None
            learned = self._learned.cues(
                text,
                norms,
                starts,
                ends,
                sentences,
                reading.found.keys(),
                self._title,
                has_slip,
                frozenset(listen_for) if listen_for else _NO_LABELS,
            )
            known = self.lexicon.labels  # a draft lexicon may not have every learned label
            learned = [c for c in learned if c.label in known]
            reading.cues += learned
        analysis = self._finish(text, reading.cues, sentences, norms, starts)
        if learned:
            given = frozenset(c.label for c in learned) & analysis.labels
            analysis.__dict__["learned"] = given
        return analysis

    def _match_phrases(self, reading: Reading, s: Sentence) -> None:
        """The cue phrases in one sentence: each token tries only the phrases the index gives it,
        and a match counts unless it is negated or stands in someone else's words."""
        norms, reported = reading.norms, reading.reported
        body_end = s.body_end
        # The phrase index for this kind of sentence: phrases whose context rules them out here
        # are already left out, so each token looks up only what can match.
        if not s.question:
            kind = "statement"
        elif s.opener_kind in ("open", "why"):
            kind = "open"
        else:
            kind = "rising" if s.statement else "closed"
        firsts, prefixes, loose = self.lexicon.index[kind]
        get = firsts.get
        words: set[str] | None = None  # the sentence's words, computed when first needed
        for i in range(s.start, body_end):
            # Most tokens start no phrase: their entry is (), and they cost one look-up.
            entry = get(norms[i], _UNSEEN)
            if not entry:
                continue
            if entry is _UNSEEN:
                entry = _remember(firsts, prefixes, loose is not None, norms[i])
                if not entry:
                    continue
            alone, paired = entry
            buckets = paired.get(norms[i + 1], alone) if paired and i + 1 < body_end else alone
            if not buckets and loose is None:
                continue
            if norms[i] in CLAUSE_BREAKS:
                continue
            if words is None:
                words = set(norms[s.start : body_end])
                menu: bool | None = None  # does the question offer a menu? (asked when needed)
                begun = False  # has the reading begun on this sentence? (see Reading.begin)
            for bucket in buckets if loose is None else (*buckets, loose):
                if bucket.gate is not None and bucket.gate.isdisjoint(words):
                    continue  # no phrase here has the word it needs most
                chosen = bucket.few
                if chosen is None:
                    chosen = bucket.select(words)  # a big bucket: its phrases keyed by words
                for _, phrase, needs in chosen:
                    lacking = False  # does the sentence lack all the words of a set it needs?
                    for need in needs:  # most telling first
                        if need.isdisjoint(words):
                            lacking = True
                            break
                    if lacking:
                        continue
                    if phrase.label == "advice" and s.question:
                        if menu is None:
                            menu = offers_a_menu(norms, s)  # "Would X help, or rather...?"
                        if menu:
                            continue  # an idea offered beside other choices is an offer
                    if phrase.context == "start":
                        if not begun:
                            reading.begin(s)
                            begun = True
                        if not reading.opens_clause(i):
                            continue
                    stop = match_items(phrase.items, 0, norms, i, body_end)
                    if stop is None or stop == i or reported[i]:
                        continue
                    if not begun:
                        reading.begin(s)
                        begun = True
                    if not reading.negated(i):
                        reading.add(phrase.label, i, stop - 1, phrase.message)

    def _read_about_others(self, reading: Reading, sentences: list[Sentence]) -> None:
        """The rules about other people, each tried only in a sentence with a word it needs."""
        lexicon = self.lexicon
        for s in sentences:
            if reading.reported[s.start]:
                continue
            words = reading.norms[s.start : s.body_end]
            if not HEDGE_WORDS.isdisjoint(words):
                generous_readings(reading, s, lexicon)
            if not lexicon.trait_words.isdisjoint(words):
                third_person_strengths(reading, s, lexicon)

    def _mark_questions(self, reading: Reading, sentences: list[Sentence]) -> None:
        """The question labels: each question, how it opens, a tag, and several at once."""
        norms, reported, add = reading.norms, reading.reported, reading.add
        questions = []  # a loop, not a comprehension: most texts have one sentence or two
        for s in sentences:
            if s.question and not reported[s.start if s.opener is None else s.opener]:
                questions.append(s)
        if not questions:
            return
        info = self.lexicon.labels
        for s in questions:
            first = s.opener if s.opener is not None else s.start
            add("question", first, s.end - 1, info["question"].description)
            if s.opener_kind == "open":
                add("open_question", s.opener, s.opener, info["open_question"].description)
            elif s.opener_kind == "why":  # MITI counts "why" as open; it has its own next step
                last = s.opener + 1 if norms[s.opener] == "how" else s.opener
                add("why_question", s.opener, last, info["why_question"].description)
                add("open_question", s.opener, last, info["open_question"].description)
            elif s.opener_kind == "closed":
                last = s.body_end - 1 if s.statement else min(s.opener + 1, s.body_end - 1)
                # "K?" ("okay?"): every word a discourse marker, so the opener lies past them
                first = min(s.opener, max(last, s.start))
                add("closed_question", first, max(first, last), info["closed_question"].description)
            tag = question_tag(norms, s.start, s.body_end, self.lexicon.words["tag"])
            if tag is not None:
                label, message = self.lexicon.rules["tag_question"]
                add(label, tag, s.body_end - 1, message)
        if _stacked(norms, questions):
            first, last = questions[0], questions[-1]
            start_tok = first.opener if first.opener is not None else first.start
            add("stacked_questions", start_tok, last.end - 1, info["stacked_questions"].description)

    def _finish(
        self,
        text: str,
        cues: list[Cue],
        sentences: list[Sentence] = (),
        norms: list[str] = (),
        starts: list[int] = (),
    ) -> Analysis:
        """Apply the label rules and turn labels into per-value feedback, strengths first.

        A strength every cue of which is taken back by a slip (see takeback.py) stays among the
        labels, but is not praised in the notes.
        """
        found = credited = _NO_LABELS
        undone = ()
        if cues:  # else nothing found, and no rule to apply
            found, cues, undone, credited = self._label_rules(cues, sentences, norms, starts)
        kept = self.lexicon.feedback
        feedback = kept.get(credited)
        if feedback is None:
            feedback = value_notes(credited, self.lexicon.labels)
            if len(kept) < FEEDBACK_CACHE:
                kept[credited] = feedback
        strengths, suggestions, per_value = feedback
        return Analysis(text, found, tuple(cues), strengths, suggestions, dict(per_value), undone)

    def _label_rules(
        self, cues: list[Cue], sentences: list[Sentence], norms: list[str], starts: list[int]
    ) -> tuple[frozenset[str], list[Cue], tuple, frozenset[str]]:
        """The labels found, the cues (in text order), the strengths taken back, and the labels
        credited, once the rules between labels are applied."""
        labels = set(map(_LABEL, cues))
        if "safety_check" in labels and sentences:
            cues = asked_safety_checks(cues, sentences, norms, starts)
            labels = set(map(_LABEL, cues))
        if "question" not in labels and not QUESTION_FAMILY.isdisjoint(labels):
            # A phrase-only question ("tell me more") also counts as a question; point at it.
            src = next(c for c in cues if c.label in QUESTION_FAMILY)
            cues.append(Cue("question", src.start, src.end, src.text, src.message))
            labels.add("question")
        if "open_question" in labels:
            labels.discard("closed_question")
            cues = [c for c in cues if c.label != "closed_question"]
        if "safety_check" in labels and "advice" in labels:
            cues = _without_overlapping(cues, _ADVICE, "safety_check")
            labels = set(map(_LABEL, cues))
        if "fixing" in labels and not _READ_AS_FIXING.isdisjoint(labels):
            cues = _without_overlapping(cues, _READ_AS_FIXING, "fixing")
            labels = set(map(_LABEL, cues))
        if len(cues) > 1:
            cues.sort(key=_TEXT_ORDER)
        found = frozenset(labels)
        strength_labels, taking_slips = self._takers
        undone = ()
        if not found.isdisjoint(strength_labels) and not found.isdisjoint(taking_slips):
            undone = taken_back(cues, sentences, norms, starts, self.lexicon.labels)
        credited = found
        if undone:
            taken = {id(u.strength) for u in undone}
            still = {c.label for c in cues if id(c) not in taken}
            credited = found - ({u.strength.label for u in undone} - still)
        return found, cues, undone, credited


# --------------------------------------------------------------------------------------------
# The default analyzer, and the simple calls that use it
# --------------------------------------------------------------------------------------------

_default: list[Analyzer] = []  # the analyzer in use; empty until first needed


def default_analyzer() -> Analyzer:
    """The analyzer ``analyze`` uses: made from data/lexicon on first use and then kept."""
    if not _default:
        _default.append(Analyzer())
    return _default[0]


@on_forget("lexicon")
def _forget_lexicon() -> None:
    _default.clear()
    dict.clear(LABELS)


def analyze(text: str, listen_for: Iterable[str] = ()) -> Analysis:
    """Read one response and say which labels it shows, pointing at the words behind each.
    ``listen_for``: the labels an exercise asks about (see ``Analyzer.analyze``)."""
    return (_default[0] if _default else default_analyzer()).analyze(text, listen_for)


def learned_reading() -> LearnedReading | None:
    """The learned reading ``analyze`` uses (learned.py), or None where there is none."""
    return (_default[0] if _default else default_analyzer())._learned


def use_lexicon(folder: Path | str | None) -> Lexicon:
    """Switch to another lexicon folder (a trainer's draft), or back to the default with None."""
    analyzer = Analyzer(folder)
    _default[:] = [analyzer]
    dict.clear(LABELS)
    return analyzer.lexicon


class _Labels(dict):
    """LABELS: the documented label constant, read lazily from data/lexicon/labels.csv."""

    def _load(self) -> None:
        if not dict.__len__(self):
            self.update(default_analyzer().labels)

    def __getitem__(self, key):
        self._load()
        return dict.__getitem__(self, key)

    def __iter__(self):
        self._load()
        return dict.__iter__(self)

    def __len__(self):
        self._load()
        return dict.__len__(self)

    def __contains__(self, key):
        self._load()
        return dict.__contains__(self, key)

    def keys(self):
        self._load()
        return dict.keys(self)

    def items(self):
        self._load()
        return dict.items(self)

    def values(self):
        self._load()
        return dict.values(self)

    def get(self, key, default=None):
        self._load()
        return dict.get(self, key, default)

    def __repr__(self) -> str:  # print(LABELS) shows the labels, not the empty dict before loading
        self._load()
        return dict.__repr__(self)


#: Every label the scorer can give, name -> LabelInfo (polarity, values it serves or strains).
LABELS: dict[str, LabelInfo] = _Labels()


def label_title(name: str) -> str:
    """A label's title for learners; its name in words (underscores as spaces) when unknown."""
    return _title_of(LABELS.get(name), name)


def _title_of(info: LabelInfo | None, name: str) -> str:
    return info.title if info is not None and info.title else name.replace("_", " ")


def label_description(name: str) -> str:
    """What a label means, in a sentence (its cue message); "" when the label is unknown."""
    info = LABELS.get(name)
    return info.description if info is not None else ""


def _stacked(norms: list[str], questions: list[Sentence]) -> bool:
    """Several questions at once: one that asks twice, or two that are not requests to ask."""
    if len(questions) == 1:
        return questions[0].asks >= 2  # the common case, without a generator
    if any(s.asks >= 2 for s in questions):
        return True
    return sum(not asks_permission(norms, s) for s in questions) >= 2


#: Slips whose cue, on the words of an offer to take over, reads the same words a second time:
#: "leave it with me" is not advice to leave, "I'll sort it out" not a promise that it will
#: sort itself out. The fixing cue says what those words do.
_READ_AS_FIXING = frozenset({"advice", "minimizing"})
#: A direct question about suicide ("Have you thought about taking your own life?") is not
#: advice, though its words begin like "Have you thought about taking a break?".
_ADVICE = frozenset({"advice"})


def _without_overlapping(cues: list[Cue], labels: frozenset[str], over: str) -> list[Cue]:
    """Leave out the cues of ``labels`` whose words overlap a cue of ``over``, the label that
    says what those words do."""
    covering = [c for c in cues if c.label == over]
    return [
        c
        for c in cues
        if c.label not in labels or not any(c.start < o.end and o.start < c.end for o in covering)
    ]
