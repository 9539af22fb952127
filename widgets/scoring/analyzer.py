"""Rule-based scoring of a learner's response against the core values of peer support.

``analyze(text)`` reads one response and says which peer-support labels it shows (an open
question, advice, a reflection, minimising, ...), pointing every judgement at the exact words
that caused it. It is pure Python, deterministic and fast, so feedback can be instant and
explainable; it imports no widget code.

How it works, in the spirit of VADER: the words live in data files a trainer can edit
(``data/lexicon/labels.csv``, ``cues.csv``, ``spelling.csv``, and ``rules.csv`` and
``words.csv`` for the messages and word lists of the grammar rules); this module holds the
grammar, as named constants and small named rules:

1. ``tokenize`` splits the text into words and punctuation, expanding contractions
   ("don't" -> "do not") and common spellings ("u" -> "you") so one phrase covers many ways of
   typing it, while remembering where each word stands in the original text.
2. ``_sentences`` groups tokens into sentences and decides which are questions (a question mark,
   or a question word at the start of a clause when the mark is missing).
3. Cue phrases from ``cues.csv`` are matched token by token; a match is dropped when it is
   negated ("I'm not going to tell you what you should do"), when it stands in someone else's
   reported words ("my doctor said you should rest"), or when its context does not fit.
4. Grammar rules add the question labels (open, closed, why, stacked), tag questions
   ("..., right?"), kind explanations of someone else's behaviour ("maybe ... because ...") and
   qualities named for someone else ("Marcus is funny"); their messages and the words they look
   for (qualities, states, ...) come from ``rules.csv`` and ``words.csv``.
5. The labels map to the course's values; each value gets what went well and a next step.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from widgets.core.datafiles import DATA_DIR, DataFileError, Problem, read_csv
from widgets.core.paths import display_path
from widgets.core.state import on_forget
from widgets.core.values import VALUES

# --------------------------------------------------------------------------------------------
# Named constants: the grammar the rules rely on (words that trainers rarely need to change).
# --------------------------------------------------------------------------------------------

#: Words that negate a cue when they come shortly before it in the same clause.
NEGATORS = frozenset({"not", "never", "no", "nobody", "nothing", "neither", "nor", "without"})
#: How many tokens before a cue a negator still reaches (within one clause).
NEGATION_WINDOW = 3
#: After a negator, these verbs mean "I'm not going to tell you / I'm not saying ...": the
#: negation then reaches every cue later in the clause.
NEGATED_SPEECH = frozenset(
    {
        "tell", "say", "saying", "suggest", "suggesting", "advise", "advising", "going",
        "here", "trying", "want", "mean", "meaning", "asking", "judge", "judging", "lecture",
    }
)  # fmt: skip
#: Question words that open an open question.
WH_OPEN = frozenset({"what", "how", "which", "who", "whom", "whose", "where", "when", "in"})
#: Auxiliary verbs that open a closed (yes/no) question when followed by a subject.
AUXILIARIES = frozenset(
    {
        "do", "does", "did", "are", "is", "am", "was", "were", "can", "could", "would", "will",
        "have", "has", "had", "should", "shall", "may", "might", "must",
    }
)  # fmt: skip
#: Subjects that follow an auxiliary in a yes/no question.
SUBJECTS = frozenset(
    {
        "you", "i", "we", "they", "he", "she", "it", "there", "that", "this", "your", "anyone",
        "someone", "anybody", "somebody", "things", "people", "everyone", "anything",
    }
)  # fmt: skip
#: Words skipped at the start of a clause before deciding what the clause opens with.
DISCOURSE_MARKERS = frozenset(
    {
        "so", "and", "but", "ok", "okay", "well", "oh", "hey", "hi", "hello", "also", "then",
        "just", "now", "yes", "yeah", "no", "right", "alright", "hmm", "um", "ah", "or",
        "maybe", "perhaps", "please", "honestly", "really", "anyway", "first", "next",
        "finally", "plus", "again", "always", "definitely", "guys",
    }
)  # fmt: skip
#: Tokens that end a clause (negation and gaps never reach across them).
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "but", "though", "although"})
#: Tokens that end a sentence.
SENTENCE_ENDS = frozenset({".", "!", "?", "…", "\n"})
#: Verbs that introduce someone else's words; what follows them is reported, not the learner's.
REPORTING_VERBS = frozenset(
    {
        "said", "says", "told", "tells", "telling", "saying", "asked", "asks", "suggested",
        "suggests", "recommended", "recommends", "advised", "advises", "reckons", "insisted",
        "insists", "keeps", "kept", "wrote", "writes",
    }
)  # fmt: skip
#: Subjects whose reporting verbs introduce the learner's own words, not someone else's.
OWN_VOICE = frozenset({"i", "we", "would", "might", "could", "will", "to"})
#: How many tokens after a clause start may be discourse markers.
MAX_MARKERS = 3
#: Contraction endings and the words they stand for.
CLITICS = {"m": "am", "re": "are", "ve": "have", "ll": "will", "d": "would"}
#: Stems before n't, where the stem is not itself the word ("won't" -> "will not").
NT_STEMS = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
#: Words before 's that make it "is" rather than a possessive.
S_IS = frozenset(
    {"it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "everything",
     "nothing", "this", "which", "why", "when", "life", "someone", "everyone"}
)  # fmt: skip
#: The three kinds of label.
POLARITIES = ("strength", "slip", "neutral")
#: Where a cue phrase may match.
CONTEXTS = ("any", "question", "statement", "start")
#: Labels for the question family; any of them implies "question".
QUESTION_FAMILY = frozenset(
    {"open_question", "closed_question", "leading_question", "why_question",
     "stacked_questions", "invasive_question"}
)  # fmt: skip
#: The labels every scorer must offer (the course and its tests rely on them).
REQUIRED_LABELS = (
    "question", "open_question", "closed_question", "leading_question", "why_question",
    "stacked_questions", "invasive_question", "advice", "fixing", "choice", "reflection",
    "minimizing", "affirmation", "strength", "deficit", "stigmatizing", "negative_assumption",
    "generous_assumption", "belonging", "hope", "self_disclosure", "expert_stance",
)  # fmt: skip
#: The grammar rules whose cues take their label and message from rules.csv (each needs a row).
RULES = ("tag_question", "generous_reading", "named_quality")
#: The word lists in words.csv the rules read (each needs at least one word):
#: quality, skill and intensifier for named_quality; state and not_yet for generous_reading;
#: tag for tag_question.
WORD_LISTS = ("quality", "skill", "intensifier", "state", "not_yet", "tag")
#: How many label sets keep their worked-out feedback (a few hundred occur in practice).
FEEDBACK_CACHE = 4096
#: How many words met in texts the phrase index remembers (as "starts no phrase" and the like).
LOOKUP_CACHE = 50_000
#: Gap length for ".." in a phrase.
GAP_MAX = 3

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*|\n|[?!.…,;:()—–\"“”«»„]|(?<=\s)-(?=\s)")
_QUOTES = frozenset({'"', "“", "”", "«", "»", "„"})

# --------------------------------------------------------------------------------------------
# Public data types
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelInfo:
    """What a label means for the course: which values it serves or strains, and its words."""

    name: str
    polarity: str
    values: tuple[str, ...]
    title: str
    description: str
    did_well: str
    next_step: str


@dataclass(frozen=True)
class Cue:
    """One judgement, pointing at the words that caused it: ``text == original[start:end]``."""

    label: str
    start: int
    end: int
    text: str
    message: str


@dataclass(frozen=True)
class Note:
    """A line of feedback about one value: something done well, or a next step."""

    label: str
    value: str
    message: str


@dataclass(frozen=True)
class ValueFeedback:
    """Per value: what the learner did well and, if anything, one next step."""

    did_well: tuple[str, ...] = ()
    next_step: str | None = None


@dataclass(frozen=True)
class Analysis:
    """Everything ``analyze`` found in one response."""

    text: str
    labels: frozenset[str]
    cues: tuple[Cue, ...]
    strengths: tuple[Note, ...] = ()
    suggestions: tuple[Note, ...] = ()
    per_value: dict[str, ValueFeedback] = field(default_factory=dict)

    def cues_for(self, label: str) -> tuple[Cue, ...]:
        """The cues that gave one label."""
        return tuple(c for c in self.cues if c.label == label)


# --------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    """A normalised word or punctuation mark and where it stands in the original text."""

    norm: str
    start: int
    end: int


def _split_contraction(word: str) -> list[str]:
    """'don't' -> ['do', 'not']; "I'm" -> ['i', 'am']; "mum's" -> ['mum']."""
    if word.endswith("n't") and len(word) > 3:
        stem = word[:-3]
        return [NT_STEMS.get(stem, stem), "not"]
    stem, _, tail = word.partition("'")
    if tail in CLITICS:
        return [stem, CLITICS[tail]]
    if tail == "s":
        if stem == "let":
            return ["let", "us"]
        return [stem, "is"] if stem in S_IS else [stem]
    return [word.replace("'", "")]


def _scan(text: str, spelling: dict[str, tuple[str, ...]]) -> tuple[list[str], list]:
    """Normalised words and the (start, end) span of each in the text, as two parallel lists."""
    if text.isascii():
        # The common case, made fast: lower-casing keeps every offset, so the words can be cut
        # straight out of the lowered text, and most texts need no expansion at all.
        lowered = (text.translate(_APOSTROPHES) if "`" in text else text).lower()
        spans = [m.span() for m in _TOKEN_RE.finditer(lowered)]
        raws = [lowered[a:b] for a, b in spans]
        if "'" not in lowered and spelling.keys().isdisjoint(raws):
            return raws, spans
    else:
        folded = text.translate(_APOSTROPHES)
        spans = [m.span() for m in _TOKEN_RE.finditer(folded)]
        raws = [folded[a:b] for a, b in spans]
    norms: list[str] = []
    out: list[tuple[int, int]] = []
    for raw, span in zip(raws, spans, strict=True):
        if not raw[0].isalnum():
            norms.append(raw)
            out.append(span)
            continue
        word = raw.casefold()
        if "'" in word:
            parts = [p for part in _split_contraction(word) for p in spelling.get(part, (part,))]
        else:
            parts = spelling.get(word) or (word,)
        for piece in parts:
            norms.append(piece)
            out.append(span)
    return norms, out


def tokenize(text: str, spelling: dict[str, tuple[str, ...]] | None = None) -> list[Token]:
    """Split text into normalised tokens, each remembering its span in the original text."""
    norms, spans = _scan(text, _lexicon().spelling if spelling is None else spelling)
    return [Token(n, a, b) for n, (a, b) in zip(norms, spans, strict=True)]


# --------------------------------------------------------------------------------------------
# The lexicon (loaded from data files, validated, cached)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    """One position in a compiled phrase: alternatives of token sequences, maybe optional."""

    alternatives: tuple[tuple[str, ...], ...]
    optional: bool = False
    gap: bool = False
    forbid: str | None = None
    words: frozenset[str] | None = None  # set when every alternative is one plain word (fast path)


@dataclass(frozen=True)
class _Phrase:
    label: str
    items: tuple[_Item, ...]
    context: str
    message: str
    source: str
    #: Word sets the sentence must meet (one word of each) for the phrase to match at all: a
    #: cheap test that skips most phrases before the token-by-token match is tried.
    needs: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """The words of the scorer: labels, cue phrases indexed by first word, and spellings."""

    labels: dict[str, LabelInfo]
    by_first: dict[str, tuple[_Phrase, ...]]
    by_pair: dict[tuple[str, str], tuple[_Phrase, ...]]
    by_prefix: dict[str, tuple[_Phrase, ...]]  # phrases starting "word*", by its first 4 letters
    starters: frozenset[str]  # every exact first word, to skip most tokens at once
    loose: tuple[_Phrase, ...]
    spelling: dict[str, tuple[str, ...]]
    phrase_count: int
    #: rules.csv: rule name -> (label, message) for the cues a grammar rule finds.
    rules: dict[str, tuple[str, str]]
    #: words.csv: list name -> its words, normalised as ``tokenize`` normalises text.
    words: dict[str, frozenset[str]]
    #: Words that name a quality or a skill: "named_quality" is tried only if one is present.
    trait_words: frozenset[str]
    #: The rules about other people are tried only when one of these words is present.
    person_rule_words: frozenset[str]
    #: The same phrases, per kind of sentence (False: statement, True: question), left out where
    #: their context cannot match: (word -> (own phrases, next word -> phrases, prefix phrases),
    #: prefixes, loose); words met in texts join the first table, up to LOOKUP_CACHE of them.
    index: dict[bool, tuple[dict, dict, _Bucket | None]] = field(
        default_factory=dict, repr=False, compare=False
    )
    #: Feedback already worked out for a set of labels (it depends on nothing else).
    feedback: dict[frozenset[str], tuple] = field(default_factory=dict, repr=False, compare=False)


#: Characters a rule message, word or note may not hold: control characters (a pasted tab or
#: form feed), unassigned and private-use code points, and U+FFFD, which a file saved in the
#: wrong encoding leaves behind.
_BAD_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})


def _bad_character(text: str) -> str | None:
    """A description of the first unwanted character in text ("U+0009"), or None."""
    for ch in text:
        if ch == "\ufffd" or unicodedata.category(ch) in _BAD_CATEGORIES:
            return f"U+{ord(ch):04X}"
    return None


def _unwanted(row: dict) -> tuple[str, str] | None:
    """(column, message) for the first cell of a row holding an unwanted character, or None."""
    for column, cell in row.items():
        bad = _bad_character(cell)
        if bad:
            return column, f"holds an unwanted character ({bad}); retype it"
    return None


def _missing_newer_file(path: Path, problems: list[Problem]) -> bool:
    """Report a missing rules.csv or words.csv, which a lexicon copied before they existed
    lacks: the course's own file is where to start."""
    if path.exists():
        return False
    own = display_path(DATA_DIR / "lexicon" / path.name)
    problems.append(Problem(display_path(path), None, None, f"the file is missing; copy {own}"))
    return True


def _rule_mistake(row: dict, seen: set[str], labels: dict) -> tuple[str, str] | None:
    """(column, message) for what is wrong with a row of rules.csv, or None."""
    name = row["rule"]
    if name not in RULES:
        return "rule", f"'{name}' is not one of {', '.join(RULES)}"
    if name in seen:
        return "rule", f"'{name}' appears twice"
    if row["label"] not in labels:
        return "label", f"'{row['label']}' is not in labels.csv"
    if not row["message"]:
        return "message", "the message is empty"
    return None


def _load_rules(path: Path, labels: dict, problems: list[Problem]) -> dict[str, tuple[str, str]]:
    """rules.csv: the label and message of each grammar rule in RULES (every one needed)."""
    where = display_path(path)
    before = len(problems)
    if _missing_newer_file(path, problems):
        return {}
    rows = read_csv(path, ("rule", "label", "message"), problems)
    unread = len(problems) > before  # a row (or the file) could not be read
    rules: dict[str, tuple[str, str]] = {}
    seen: set[str] = set()
    for line_no, row in rows:
        mistake = _unwanted(row) or _rule_mistake(row, seen, labels)
        seen.add(row["rule"])
        if mistake:
            problems.append(Problem(where, line_no, *mistake))
        else:
            rules[row["rule"]] = (row["label"], row["message"])
    if not unread:
        problems.extend(
            Problem(where, None, "rule", f"'{name}' is missing; add a row with its message")
            for name in RULES
            if name not in seen
        )
    return rules


def _word_mistake(
    row: dict, norm: tuple[str, ...], words: dict[str, set[str]]
) -> tuple[str, str] | None:
    """(column, message) for what is wrong with a row of words.csv, or None."""
    name, word = row["list"], row["word"]
    if name not in WORD_LISTS:
        return "list", f"'{name}' is not one of {', '.join(WORD_LISTS)}"
    if not word:
        return "word", "the word is empty"
    if not word.isalnum():
        return "word", (
            f"'{word}' is not one word: use letters and digits only "
            "(no spaces, hyphens, apostrophes or punctuation)"
        )
    if len(norm) != 1:
        return "word", f"'{word}' stands for '{' '.join(norm)}' in spelling.csv; use one word"
    if norm[0] in words[name]:
        return "word", f"'{word}' appears twice in the list '{name}'"
    return None


def _load_words(
    path: Path, spelling: dict[str, tuple[str, ...]], problems: list[Problem]
) -> dict[str, frozenset[str]]:
    """words.csv: the word lists in WORD_LISTS, each word normalised like the text it meets."""
    where = display_path(path)
    before = len(problems)
    if _missing_newer_file(path, problems):
        return {name: frozenset() for name in WORD_LISTS}
    rows = read_csv(path, ("list", "word", "note"), problems)
    unread = len(problems) > before  # a row (or the file) could not be read
    words: dict[str, set[str]] = {name: set() for name in WORD_LISTS}
    for line_no, row in rows:
        norm = _normalise_words(row["word"], spelling)
        mistake = _unwanted(row) or _word_mistake(row, norm, words)
        if mistake:
            problems.append(Problem(where, line_no, *mistake))
        else:
            words[row["list"]].add(norm[0])
    if not unread:
        problems.extend(
            Problem(where, None, "list", f"'{name}' has no words; add at least one")
            for name, found in words.items()
            if not found and not any(row["list"] == name for _, row in rows)
        )
    return {name: frozenset(found) for name, found in words.items()}


def _normalise_words(words: str, spelling: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Normalise a phrase fragment exactly as ``tokenize`` normalises text."""
    return tuple(t.norm for t in tokenize(words, spelling) if t.norm.strip())


_GROUP_RE = re.compile(r"\([^()]*\)\??|\[[^\[\]]*\]|\S+")


def compile_phrase(phrase: str, spelling: dict[str, tuple[str, ...]]) -> tuple[_Item, ...]:
    """Turn the cue-phrase syntax (see cues.csv) into match items; raises ValueError if bad."""
    items: list[_Item] = []
    for part in _GROUP_RE.findall(phrase.strip()):
        if part == "..":
            items.append(_Item((), gap=True))
            continue
        if part.startswith("!") and len(part) > 1:
            word = part[1:] if part == "!#" else _normalise_words(part[1:], spelling)[0]
            items.append(_Item((), forbid=word))
            continue
        grouped = part.startswith("(")
        if grouped and not part.rstrip("?").endswith(")"):
            raise ValueError(f"'{part}' opens a bracket that does not close")
        inner = part.rstrip("?")[1:-1] if grouped else part
        # "(word)" and "(a|b)?" are optional; "(a|b)" is a required choice between phrases.
        optional = grouped and (part.endswith("?") or "|" not in inner)
        if "(" in inner or ")" in inner or "[" in inner or "]" in inner:
            raise ValueError(f"unbalanced brackets near '{part}'")
        alternatives = []
        for alt in inner.split("|"):
            alt = alt.strip()
            if not alt:
                raise ValueError(f"an empty alternative in '{part}' (look for '||' or '|)')")
            if alt == "*" or alt.endswith("*"):
                alternatives.append((alt.casefold(),))
            elif alt == ",":
                alternatives.append((",",))
            else:
                words = _normalise_words(alt, spelling)
                if not words:
                    raise ValueError(f"'{alt}' has no words in it")
                alternatives.append(words)
        single = all(len(a) == 1 and not a[0].endswith("*") for a in alternatives)
        words = frozenset(a[0] for a in alternatives) if single else None
        items.append(_Item(tuple(alternatives), optional=optional, words=words))
    if not any(not i.optional and not i.gap and i.forbid is None for i in items):
        raise ValueError("the phrase needs at least one word that is not optional")
    return tuple(items)


def _needs(items: tuple[_Item, ...]) -> tuple[frozenset[str], ...]:
    """For each required item after the first, the words a sentence must hold one of.

    Every alternative of a required item is a word sequence, so a match needs one of its
    literal words; the longest literal word of each alternative stands for it. The first item
    is left out: the phrase index has already checked it. Items with wildcards give no test.
    """
    needs = []
    for item in items[1:]:
        if item.optional or item.gap or item.forbid is not None:
            continue
        chosen = []
        for alt in item.alternatives:
            literal = [w for w in alt if not w.endswith("*")]
            if not literal:
                break
            chosen.append(max(literal, key=len))
        else:
            needs.append(frozenset(chosen))
    # Most telling first: long words are rarer than short ones, so a set whose shortest word is
    # long rules a phrase out most often; the first set is the phrase's key in the index.
    return tuple(sorted(dict.fromkeys(needs), key=lambda n: (-min(map(len, n)), len(n))))


def _heads(items: tuple[_Item, ...], depth: int = 2) -> set[tuple[str, ...]] | None:
    """The word sequences (up to `depth` long) a phrase can start with; None if any word can.

    Indexing phrases by their first two words means each position in a text tries only the few
    phrases that can possibly match there, which keeps scoring fast as the lexicon grows.
    """
    heads: set[tuple[str, ...]] = set()

    def walk(k: int, prefix: tuple[str, ...]) -> bool:
        if len(prefix) == depth or k == len(items):
            heads.add(prefix)
            return True
        item = items[k]
        if item.gap or item.forbid is not None:
            if not prefix:
                return walk(k + 1, prefix) if item.forbid is not None else False
            heads.add(prefix)
            return True
        for alt in item.alternatives:
            p = prefix
            for word in alt:
                if word.endswith("*"):
                    if not p and len(word) <= 4:  # "*" or a short prefix: try everywhere
                        return False
                    heads.add(p or (word,))
                    break
                p = p + (word,)
                if len(p) == depth:
                    heads.add(p)
                    break
            else:
                if not walk(k + 1, p):
                    return False
        if item.optional:
            return walk(k + 1, prefix)
        return True

    if not walk(0, ()) or () in heads:
        return None
    return heads


def load_lexicon(folder: Path | str | None = None) -> Lexicon:
    """Read and validate the lexicon files; raise DataFileError naming file, row and column."""
    folder = Path(folder) if folder else DATA_DIR / "lexicon"
    problems: list[Problem] = []

    spelling: dict[str, tuple[str, ...]] = {}
    spelling_path = folder / "spelling.csv"
    for line_no, row in read_csv(spelling_path, ("variant", "standard"), problems):
        variant, standard = row["variant"].casefold(), row["standard"].casefold().split()
        if not variant or not standard or " " in variant:
            problems.append(
                Problem(
                    display_path(spelling_path),
                    line_no,
                    "variant",
                    "needs one variant word and its standard spelling",
                )
            )
            continue
        spelling[variant] = tuple(standard)

    labels: dict[str, LabelInfo] = {}
    labels_path = folder / "labels.csv"
    columns = ("label", "polarity", "values", "title", "cue_message", "did_well", "next_step")
    for line_no, row in read_csv(labels_path, columns, problems):
        name, where = row["label"], display_path(labels_path)
        values = tuple(v.strip() for v in row["values"].split(";") if v.strip())
        bad = [v for v in values if v not in VALUES]
        if not re.fullmatch(r"[a-z_]+", name):
            problems.append(Problem(where, line_no, "label", f"'{name}' is not a label name"))
        elif name in labels:
            problems.append(Problem(where, line_no, "label", f"'{name}' appears twice"))
        elif row["polarity"] not in POLARITIES:
            problems.append(
                Problem(
                    where,
                    line_no,
                    "polarity",
                    f"'{row['polarity']}' is not one of {', '.join(POLARITIES)}",
                )
            )
        elif bad or not values:
            problems.append(
                Problem(
                    where,
                    line_no,
                    "values",
                    f"'{';'.join(bad) or row['values']}' is not a "
                    f"value; use keys from: {', '.join(VALUES)}",
                )
            )
        elif not row["title"] or not row["cue_message"]:
            problems.append(Problem(where, line_no, "title", "title and cue_message are needed"))
        else:
            labels[name] = LabelInfo(
                name,
                row["polarity"],
                values,
                row["title"],
                row["cue_message"],
                row["did_well"],
                row["next_step"],
            )
    labels_name = display_path(labels_path)
    for name in REQUIRED_LABELS:
        if name not in labels and not any(p.file == labels_name for p in problems):
            problems.append(Problem(labels_name, None, "label", f"'{name}' is missing"))

    by_first: dict[str, list[_Phrase]] = {}
    by_pair: dict[tuple[str, str], list[_Phrase]] = {}
    by_prefix: dict[str, list[_Phrase]] = {}
    loose: list[_Phrase] = []
    cues_path = folder / "cues.csv"
    count = 0
    for line_no, row in read_csv(cues_path, ("label", "phrase", "context", "message"), problems):
        where = display_path(cues_path)
        if row["label"] not in labels:
            problems.append(
                Problem(where, line_no, "label", f"'{row['label']}' is not in labels.csv")
            )
            continue
        context = row["context"] or "any"
        if context not in CONTEXTS:
            problems.append(
                Problem(
                    where, line_no, "context", f"'{context}' is not one of {', '.join(CONTEXTS)}"
                )
            )
            continue
        try:
            items = compile_phrase(row["phrase"], spelling)
        except (ValueError, IndexError) as exc:
            problems.append(Problem(where, line_no, "phrase", f"'{row['phrase']}': {exc}"))
            continue
        phrase = _Phrase(
            row["label"],
            items,
            context,
            row["message"] or labels[row["label"]].description,
            f"{where}:{line_no}",
            _needs(items),
        )
        count += 1
        heads = _heads(items)
        if heads is None:
            loose.append(phrase)
            continue
        for head in heads:
            if head[0].endswith("*"):
                by_prefix.setdefault(head[0][:4], []).append(phrase)
            elif len(head) == 2:
                by_pair.setdefault(head, []).append(phrase)
            else:
                by_first.setdefault(head[0], []).append(phrase)
    rules = _load_rules(folder / "rules.csv", labels, problems)
    words = _load_words(folder / "words.csv", spelling, problems)
    if problems:
        raise DataFileError(problems)
    trait_words = words["quality"] | words["skill"]
    firsts = {k: tuple(dict.fromkeys(v)) for k, v in by_first.items()}
    pairs = {k: tuple(dict.fromkeys(v)) for k, v in by_pair.items()}
    prefixes = {k: tuple(dict.fromkeys(v)) for k, v in by_prefix.items()}
    return Lexicon(
        labels,
        firsts,
        pairs,
        prefixes,
        frozenset(by_first) | {a for a, _ in by_pair},
        tuple(loose),
        spelling,
        count,
        rules,
        words,
        trait_words,
        HEDGE_WORDS | trait_words,
        {q: _index(firsts, pairs, prefixes, tuple(loose), q) for q in (False, True)},
    )


def _index(firsts: dict, pairs: dict, prefixes: dict, loose: tuple, question: bool) -> tuple:
    """The phrase index for one kind of sentence, keeping only phrases whose context fits it."""

    def bucket(phrases: tuple[_Phrase, ...]) -> _Bucket | None:
        kept = [p for p in phrases if p.context == "any" or (p.context == "question") == question]
        return _Bucket(kept) if kept else None

    by_word: dict[str, tuple[_Bucket | None, dict]] = {}
    for word, phrases in firsts.items():
        by_word[word] = (bucket(phrases), {})
    for (word, nxt), phrases in pairs.items():
        by_word.setdefault(word, (None, {}))[1][nxt] = bucket(phrases)
    kept_prefixes = {k: kept for k, v in prefixes.items() if (kept := bucket(v))}
    entries = {}
    for word, (own, after) in by_word.items():
        after = {nxt: kept for nxt, kept in after.items() if kept}
        if own or after:
            entries[word] = (own, after or None, kept_prefixes.get(word[:4]))
    return entries, kept_prefixes, bucket(loose)


def _lookup(word: str, prefixes: dict[str, _Bucket]) -> tuple | None:
    """The index entry of a word that starts no phrase exactly: prefix phrases only, or None."""
    more = prefixes.get(word[:4]) if prefixes else None
    return None if more is None else (None, None, more)


class _Bucket:
    """The phrases tried at one place in the index, keyed by a word each needs in the sentence.

    ``select(words)`` gives, in lexicon order, the phrases whose key word occurs in the
    sentence (and those that need none), each with the word sets it still needs: most phrases
    are ruled out by one set operation, without a look at each of them.
    """

    __slots__ = ("free", "keys", "keyed")

    def __init__(self, phrases: list[_Phrase]) -> None:
        free = []
        keyed: dict[str, list] = {}
        for order, phrase in enumerate(phrases):
            if not phrase.needs:
                free.append((order, phrase, ()))
                continue
            entry = (order, phrase, phrase.needs[1:])
            for word in phrase.needs[0]:
                keyed.setdefault(word, []).append(entry)
        self.free = tuple(free)
        self.keys = frozenset(keyed)
        self.keyed = {word: tuple(entries) for word, entries in keyed.items()}

    def __bool__(self) -> bool:
        return bool(self.free or self.keys)

    def select(self, words: set[str]) -> tuple:
        if self.keys.isdisjoint(words):
            return self.free
        chosen = {entry[0]: entry for entry in self.free}
        for word in self.keys.intersection(words):
            for entry in self.keyed[word]:
                chosen[entry[0]] = entry
        return tuple(chosen[k] for k in sorted(chosen))


_UNSEEN = object()  # a word the phrase index has not looked up yet

_active: list[Lexicon] = []  # the lexicon in use; empty until first needed


def _lexicon() -> Lexicon:
    """The lexicon in use, loaded from the data folder on first use and then kept."""
    if not _active:
        _active.append(load_lexicon())
    return _active[0]


@on_forget("lexicon")
def _forget_lexicon() -> None:
    _active.clear()
    dict.clear(LABELS)


def _labels_table() -> dict[str, LabelInfo]:
    return _lexicon().labels


class _Labels(dict):
    """LABELS: the documented label constant, read lazily from data/lexicon/labels.csv."""

    def _load(self) -> None:
        if not dict.__len__(self):
            self.update(_labels_table())

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


#: Every label the scorer can give, name -> LabelInfo (polarity, values it serves or strains).
LABELS: dict[str, LabelInfo] = _Labels()


def use_lexicon(folder: Path | str | None) -> Lexicon:
    """Switch to another lexicon folder (a trainer's draft), or back to the default with None."""
    lexicon = load_lexicon(folder)
    _active[:] = [lexicon]
    dict.clear(LABELS)
    return lexicon


# --------------------------------------------------------------------------------------------
# Sentences and questions
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Sentence:
    start: int  # token index
    end: int  # token index (exclusive), including the closing punctuation
    question: bool = False
    opener: int | None = None  # token index where the question clause opens
    opener_kind: str | None = None  # "open", "closed", "why"
    body_end: int = 0  # token index (exclusive) where the closing punctuation begins


_CLAUSE_OR_QUOTE = CLAUSE_BREAKS | _QUOTES


def _clause_starts(norms: list[str], start: int, end: int) -> list[int]:
    return [start] + [i + 1 for i in range(start, end) if norms[i] in _CLAUSE_OR_QUOTE]


def _skip_markers(norms: list[str], i: int, end: int) -> int:
    skipped = 0
    while i < end and skipped < MAX_MARKERS and norms[i] in DISCOURSE_MARKERS:
        i += 1
        skipped += 1
    return i


def _opener(norms: list[str], i: int, end: int, marked: bool) -> str | None:
    """What kind of question a clause opens with at token i, if any."""
    if i >= end:
        return None
    word = norms[i]
    nxt = norms[i + 1] if i + 1 < end else ""
    if word == "why" or (word == "how" and nxt == "come"):
        return "why"
    if word in WH_OPEN:
        if word == "in" and nxt not in ("what", "which"):
            return None
        if marked:
            return "open"
        if word == "what" and nxt not in ("a", "an", ""):
            return "open"
        if word == "how" and (nxt in AUXILIARIES or nxt in SUBJECTS or nxt in _HOW_NEXT):
            return "open"
        if nxt in AUXILIARIES:
            return "open"
        return None
    if word in AUXILIARIES and (
        nxt in SUBJECTS or (nxt == "not" and i + 2 < end and norms[i + 2] in SUBJECTS)
    ):
        return "closed"
    return None


def _tag(norms: list[str], start: int, body_end: int, tags: frozenset[str]) -> int | None:
    """Where a question ends in a tag after a comma ("..., isn't it", "..., right"), if it does.

    ``tags`` are the single tag words (the "tag" list of words.csv); "aren't you" and the like
    are grammar: an auxiliary, "not" and a subject.
    """
    if body_end - start >= 3 and norms[body_end - 2] == "," and norms[body_end - 1] in tags:
        return body_end - 1
    if (
        body_end - start >= 5
        and norms[body_end - 4] == ","
        and norms[body_end - 3] in AUXILIARIES
        and norms[body_end - 2] == "not"
        and norms[body_end - 1] in SUBJECTS
    ):
        return body_end - 3
    return None


_HOW_NEXT = frozenset({"much", "many", "long", "often", "else", "about", "far", "old"})


#: Words after a dotted abbreviation ("3 a.m.") that show the sentence carries on past it.
ABBREVIATION_GOES_ON = frozenset(
    {"because", "cause", "since", "or", "and", "but", "when", "while", "so", "if", "until",
     "before", "after", "every", "each", "on", "in", "at", "to", "then", "is", "was", "for",
     "with", "the", "that", "which", ","}
)  # fmt: skip


def _single_letter(norms: list[str], i: int) -> bool:
    return 0 <= i < len(norms) and len(norms[i]) == 1 and norms[i].isalpha()


def _abbreviation_dot(norms: list[str], i: int) -> bool:
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


def _sentences(norms: list[str]) -> list[_Sentence]:
    sentences: list[_Sentence] = []
    n = len(norms)
    stops = [
        i
        for i, tok in enumerate(norms)
        if tok in SENTENCE_ENDS
        and not (tok == "." and i and len(norms[i - 1]) == 1 and _abbreviation_dot(norms, i))
    ]
    start = 0
    k = 0
    while k < len(stops):
        first = last = stops[k]  # a run of closing marks ("?!", "...") ends one sentence
        k += 1
        while k < len(stops) and stops[k] == last + 1:
            last += 1
            k += 1
        sentences.append(_Sentence(start, last + 1, body_end=first))
        start = last + 1
    if start < n:
        sentences.append(_Sentence(start, n, body_end=n))
    for s in sentences:
        body_end = s.body_end
        marked = "?" in norms[body_end : s.end]
        for c in _clause_starts(norms, s.start, body_end):
            k = _skip_markers(norms, c, body_end)
            kind = _opener(norms, k, body_end, marked)
            if kind:
                s.opener, s.opener_kind = k, kind
                break
        if marked:
            s.question = body_end > s.start
        elif s.opener is not None and s.opener_kind is not None:
            # Without a question mark, trust only a question word at the start of the sentence.
            s.question = s.opener == _skip_markers(norms, s.start, body_end)
            if not s.question:
                s.opener = s.opener_kind = None
    return sentences


def _reported(norms: list[str], sentences: list[_Sentence]) -> bytearray:
    """Mark tokens that stand in someone else's words ("she said you should...")."""
    reported = bytearray(len(norms))
    if REPORTING_VERBS.isdisjoint(norms):
        return reported  # without a reporting verb, nothing (not even a quotation) is reported
    for s in sentences:
        for i in range(s.start, s.end):
            if norms[i] in REPORTING_VERBS and i > s.start:
                subject = norms[i - 1]
                if subject in OWN_VOICE or subject in AUXILIARIES:
                    continue
                for k in range(i + 1, s.end):
                    reported[k] = 1
                break
    # A quotation opened right after a reporting verb stays reported until it closes.
    inside = False
    opened_reported = False
    for i, tok in enumerate(norms):
        if tok in _QUOTES:
            if not inside:
                inside = True
                opened_reported = bool(reported[i]) or (i > 0 and norms[i - 1] in REPORTING_VERBS)
            else:
                inside = False
            continue
        if inside and opened_reported:
            reported[i] = 1
    return reported


# --------------------------------------------------------------------------------------------
# Rules about other people: kind explanations of what someone did, and naming their strengths
# (their messages are in data/lexicon/rules.csv; the qualities, states... in words.csv)
# --------------------------------------------------------------------------------------------

#: Words for someone else (not the learner, not the person they are talking to).
THIRD_PERSON = frozenset(
    {"he", "she", "they", "him", "her", "them", "his", "their", "himself", "herself",
     "themselves", "hers", "theirs"}
)  # fmt: skip
#: Words for the learner or the person they are talking to: after a hedge they make the
#: sentence about "you" or "me", not about someone else ("Maybe you should call her" is advice,
#: not a kind reading of her). "your"/"my" are not here: "maybe your brother..." is about him.
SELF_OR_YOU = frozenset(
    {"you", "yours", "yourself", "yourselves", "i", "we", "me", "us", "myself", "ourselves"}
)  # fmt: skip
#: Capitalised words that are not names (a capital at the start of a sentence proves nothing).
NOT_NAMES = S_IS | SUBJECTS | DISCOURSE_MARKERS | frozenset({"a", "an", "the", "my", "your"})
#: Words that open a tentative reading: "maybe", "perhaps", "I wonder if", "it could be that".
#: "could", "might" and "may" count only before "be" and at the start of a clause or after
#: it/this/that ("it might be that..."), so "you might be right" is not a hedge.
HEDGE_WORDS = frozenset({"maybe", "perhaps", "wonder", "wondering", "could", "might", "may"})
#: Words that give a reason for what someone did: the heart of a generous reading.
REASON_WORDS = frozenset({"because", "cause", "since"})
#: After "or", words that open another possible explanation ("..., or doesn't feel welcome",
#: "or is going through something"), unlike "or" between two things ("cake or biscuits").
#: Grammar, so it stays here: verbs and pronouns that start a clause. What someone might be
#: going through ("scared", "busy") is the "state" list of data/lexicon/words.csv.
OR_EXPLANATION = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "not", "he", "she",
     "they", "feels", "felt", "needs", "needed", "wants", "wanted", "just", "might", "may"}
)  # fmt: skip
#: Words that turn a hedge into a plan or a verdict ("maybe she should apologise because...").
DIRECTIVE_WORDS = frozenset({"should", "ought", "must", "can", "shall"})
#: How many tokens after a hedge the third person and the reason must come within.
GENEROUS_REACH = 24
#: Subjects of "is" that are someone else (a capitalised name also counts; "who" is left out:
#: "those who are patient" is a saying, not a person described).
PERSON_SUBJECTS = frozenset({"he", "she", "they"})


def _is_name(text: str, spans: list, norms: list[str], i: int) -> bool:
    """Is token i a name: a capitalised word that is not a common word ("Ruth", "Tegan")?"""
    word = norms[i]
    return word.isalpha() and text[spans[i][0]].isupper() and word not in NOT_NAMES


def _someone_else(text: str, spans: list, norms: list[str], start: int, end: int) -> bool:
    """Does tokens[start:end] mention a third person (a pronoun or a name)?"""
    return any(
        norms[k] in THIRD_PERSON or _is_name(text, spans, norms, k) for k in range(start, end)
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


def _generous_readings(text, spans, norms, s, cued, add, lexicon: Lexicon) -> None:
    """Tentative, kind explanations of someone else's behaviour, in one sentence.

    A hedge ("maybe", "perhaps", "I wonder if", "it could be that") followed by someone who is
    not "you" or "I", a mention of a third person (he/she/they or a name) and a reason (because,
    "or" opening another explanation, "going through", "hasn't seen", "is scared"...):
    "Perhaps Tegan posts at 3 a.m. because the nights feel longest then." A lone "maybe" is not
    enough, and advice ("maybe you should...", "I wonder if you could try...") is left out.
    The cue runs from the hedge to the reason; its label and message are the
    "generous_reading" row of rules.csv, the states and verbs the lists in words.csv.
    """
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
                if _someone_else(text, spans, norms, j, reach):
                    if not cued("advice", spans[s.start][0], spans[s.body_end - 1][1]):
                        label, message = lexicon.rules["generous_reading"]
                        add(label, first, last, message)
                        return
                break


def _third_person_strengths(text, spans, norms, s, add, lexicon: Lexicon) -> None:
    """Qualities named for someone else: "Marcus is funny", "she's so patient", "he is good at".

    A quality (or a skill word before at/with: "good at", "great with") after "is/are/was/were"
    and a third-person subject (he, she, they, or a name), with at most two intensifiers
    between. The words are the "quality", "skill" and "intensifier" lists of words.csv; the
    label and message, the "named_quality" row of rules.csv.
    """
    words = lexicon.words
    qualities, skills, intensifiers = words["quality"], words["skill"], words["intensifier"]
    end = s.body_end
    for i in range(s.start + 2, end):
        word = norms[i]
        nxt = norms[i + 1] if i + 1 < end else ""
        if word in qualities:
            if nxt == "of":  # "kind of", "sick of"
                continue
        elif not (word in skills and nxt in ("at", "with")):
            continue
        k = i - 1
        while k > s.start and i - k <= 2 and norms[k] in intensifiers:
            k -= 1
        if norms[k] not in ("is", "are", "was", "were") or k == s.start:
            continue
        subject = k - 1
        if norms[subject] in PERSON_SUBJECTS or _is_name(text, spans, norms, subject):
            label, message = lexicon.rules["named_quality"]
            add(label, subject, i if word in qualities else i + 1, message)


# --------------------------------------------------------------------------------------------
# Matching cue phrases
# --------------------------------------------------------------------------------------------


def _word_matches(pattern: str, word: str) -> bool:
    if pattern == "*":
        return word.isalnum() or word[0].isalnum()
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return pattern == word


def _match_items(items: tuple[_Item, ...], k: int, norms: list[str], i: int, end: int):
    """Return the end token index if items[k:] match from token i (backtracking), else None."""
    if k == len(items):
        return i
    item = items[k]
    if item.forbid is not None:
        if i < end and (norms[i] == item.forbid or (item.forbid == "#" and norms[i].isdigit())):
            return None
        return _match_items(items, k + 1, norms, i, end)
    if item.gap:
        for skip in range(GAP_MAX + 1):
            j = i + skip
            if j > end or any(norms[x] in CLAUSE_BREAKS for x in range(i, j)):
                break
            found = _match_items(items, k + 1, norms, j, end)
            if found is not None:
                return found
        return None
    if item.words is not None:
        if i < end and norms[i] in item.words:
            found = _match_items(items, k + 1, norms, i + 1, end)
            if found is not None:
                return found
        return _match_items(items, k + 1, norms, i, end) if item.optional else None
    for alt in item.alternatives:
        j = i
        for word in alt:
            if j >= end:
                break
            norm = norms[j]
            if word != norm and (word[-1] != "*" or not _word_matches(word, norm)):
                break
            j += 1
        else:
            found = _match_items(items, k + 1, norms, j, end)
            if found is not None:
                return found
    if item.optional:
        return _match_items(items, k + 1, norms, i, end)
    return None


def _negated(norms: list[str], i: int, clause_start: int) -> bool:
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


#: Clauses longer than this (in tokens) are checked for negation with precomputed tables, so
#: a long paste without punctuation stays linear; shorter ones are simply read backwards.
SHORT_CLAUSE = 40


def _negation_tables(norms: list[str]) -> tuple[list[int], list[int]]:
    """For each token index x, the last negator at or before x, and the last "I'm not going to
    say"-style negator (one followed closely by NEGATED_SPEECH) at or before x; -1 if none.

    Negators followed by a subject ("don't you think") are left out, as ``_negated`` skips them.
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


def _negated_in_long_clause(tables: tuple[list[int], list[int]], i: int, clause_start: int) -> bool:
    """``_negated`` in constant time: a negator within NEGATION_WINDOW tokens before i, or a
    negated speech verb ("not going to tell") earlier in the clause (and before i)."""
    last_negator, last_speech = tables
    if last_negator[i - 1] >= max(clause_start, i - NEGATION_WINDOW):
        return True
    return i - 4 >= clause_start and last_speech[i - 4] >= clause_start


# --------------------------------------------------------------------------------------------
# analyze
# --------------------------------------------------------------------------------------------


def analyze(text: str) -> Analysis:
    """Read one response and say which labels it shows, pointing at the words behind each."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = unicodedata.normalize("NFC", text) if not text.isascii() else text
    lexicon = _lexicon()
    norms, spans = _scan(text, lexicon.spelling)
    if not norms:
        return _finish(text, [], lexicon)
    sentences = _sentences(norms)
    reported = _reported(norms, sentences)
    cues: list[Cue] = []
    # Per label, the spans already cued (sorted starts and ends): they never overlap, so a new
    # span need only be checked against its two neighbours, which keeps long pastes linear.
    taken: dict[str, tuple[list[int], list[int]]] = {}

    def add(label: str, first: int, last: int, message: str) -> None:
        start, end = spans[first][0], spans[last][1]
        held = taken.get(label)
        if held is None:
            taken[label] = ([start], [end])
        else:
            starts, ends = held
            k = bisect_right(starts, start)
            if (k and ends[k - 1] > start) or (k < len(starts) and starts[k] < end):
                return
            starts.insert(k, start)
            ends.insert(k, end)
        cues.append(Cue(label, start, end, text[start:end], message))

    def cued(label: str, lo: int, hi: int) -> bool:
        """Does a cue for label start within text[lo:hi]?"""
        held = taken.get(label)
        return held is not None and bisect_right(held[0], hi - 1) > bisect_right(held[0], lo - 1)

    negation: tuple[list[int], list[int]] | None = None  # tables for long clauses, when needed

    question_sentences = []
    for s in sentences:
        body_end = s.body_end
        # The phrase index for this kind of sentence: phrases whose context rules them out here
        # are already left out, so each token looks up only what can match.
        firsts, prefixes, loose = lexicon.index[s.question]
        at_start: set[int] | None = None  # clause starts, computed only if a phrase needs them
        words: set[str] | None = None  # the sentence's words, computed when first needed
        clause_start = scanned = s.start  # where the clause begins, known up to token `scanned`
        for i in range(s.start, body_end):
            tok = norms[i]
            entry = firsts.get(tok, _UNSEEN)
            if entry is _UNSEEN:
                entry = _lookup(tok, prefixes)
                if len(firsts) < LOOKUP_CACHE:
                    firsts[tok] = entry
            if entry is None:
                if loose is None:
                    continue
                own = pair = more = None
            else:
                own, after, more = entry
                pair = after.get(norms[i + 1]) if after and i + 1 < body_end else None
                if own is None and pair is None and more is None and loose is None:
                    continue
            if tok in CLAUSE_BREAKS:
                continue
            if words is None:
                words = set(norms[s.start : body_end])
            for bucket in (own, pair, more, loose):
                if bucket is None:
                    continue
                chosen = bucket.free if bucket.keys.isdisjoint(words) else bucket.select(words)
                for _, phrase, needs in chosen:
                    if needs and any(need.isdisjoint(words) for need in needs):
                        continue
                    if phrase.context == "start":
                        if at_start is None:
                            at_start = {
                                _skip_markers(norms, c, body_end)
                                for c in _clause_starts(norms, s.start, body_end)
                            }
                        if i not in at_start:
                            continue
                    stop = _match_items(phrase.items, 0, norms, i, body_end)
                    if stop is None or stop == i or reported[i]:
                        continue
                    for k in range(scanned, i):
                        if norms[k] in CLAUSE_BREAKS:
                            clause_start = k + 1
                    scanned = i
                    if i - clause_start <= SHORT_CLAUSE:
                        if _negated(norms, i, clause_start):
                            continue
                    else:
                        if negation is None:
                            negation = _negation_tables(norms)
                        if _negated_in_long_clause(negation, i, clause_start):
                            continue
                    add(phrase.label, i, stop - 1, phrase.message)
        if s.question and not reported[s.start if s.opener is None else s.opener]:
            question_sentences.append(s)

    # Rules about other people, tried only when a word they need is present.
    if not lexicon.person_rule_words.isdisjoint(norms):
        present = set(norms)
        for s in sentences:
            if reported[s.start]:
                continue
            if not HEDGE_WORDS.isdisjoint(present):
                _generous_readings(text, spans, norms, s, cued, add, lexicon)
            if not lexicon.trait_words.isdisjoint(present):
                _third_person_strengths(text, spans, norms, s, add, lexicon)

    labels_info = lexicon.labels
    for s in question_sentences:
        first = s.opener if s.opener is not None else s.start
        add("question", first, s.end - 1, labels_info["question"].description)
        if s.opener_kind == "open":
            add("open_question", s.opener, s.opener, labels_info["open_question"].description)
        elif s.opener_kind == "why":
            last = s.opener + 1 if norms[s.opener] == "how" else s.opener
            add("why_question", s.opener, last, labels_info["why_question"].description)
        elif s.opener_kind == "closed":
            add(
                "closed_question",
                s.opener,
                s.opener + 1,
                labels_info["closed_question"].description,
            )
        tag = _tag(norms, s.start, s.body_end, lexicon.words["tag"])
        if tag is not None:
            label, message = lexicon.rules["tag_question"]
            add(label, tag, s.body_end - 1, message)
    if len(question_sentences) >= 2:
        first, last = question_sentences[0], question_sentences[-1]
        start_tok = first.opener if first.opener is not None else first.start
        add(
            "stacked_questions",
            start_tok,
            last.end - 1,
            labels_info["stacked_questions"].description,
        )
    return _finish(text, cues, lexicon)


def _quiet_notes(labels: frozenset[str]) -> set[tuple[str, str]]:
    """Notes that would mislead in context, as (label, "did_well" | "next")."""
    quiet = set()
    if "advice" in labels and "open_question" not in labels:
        # "Have you tried yoga?" asks, but only to deliver advice: praise the asking would mislead,
        # and the advice note already says what to change.
        quiet |= {("question", "did_well"), ("closed_question", "next")}
    if labels & {"question", "reflection", "choice"}:
        # Sharing followed by handing the conversation back is already what the next step asks.
        quiet.add(("self_disclosure", "next"))
    return quiet


def _finish(text: str, cues: list[Cue], lexicon: Lexicon) -> Analysis:
    """Apply the label rules and turn labels into per-value feedback, strengths first."""
    labels = {c.label for c in cues}
    if labels & QUESTION_FAMILY and "question" not in labels:
        # A phrase-only question ("tell me more") also counts as a question; point at it.
        src = next(c for c in cues if c.label in QUESTION_FAMILY)
        cues.append(Cue("question", src.start, src.end, src.text, src.message))
        labels.add("question")
    if "open_question" in labels:
        labels.discard("closed_question")
        cues = [c for c in cues if c.label != "closed_question"]
    cues.sort(key=lambda c: (c.start, c.end, c.label))
    found = frozenset(labels)
    feedback = lexicon.feedback.get(found)
    if feedback is None:
        feedback = _feedback(found, lexicon.labels)
        if len(lexicon.feedback) < FEEDBACK_CACHE:
            lexicon.feedback[found] = feedback
    strengths, suggestions, per_value = feedback
    return Analysis(text, found, tuple(cues), strengths, suggestions, dict(per_value))


def _feedback(labels: frozenset[str], info: dict[str, LabelInfo]) -> tuple:
    """Strengths, suggestions and per-value feedback for a set of labels."""
    strengths: list[Note] = []
    suggestions: list[Note] = []
    did_well: dict[str, list[str]] = {}
    next_step: dict[str, str] = {}
    quiet = _quiet_notes(labels)
    for name, label in info.items():  # file order = priority order
        if name not in labels:
            continue
        for value in label.values:
            if label.did_well and label.polarity != "slip" and (name, "did_well") not in quiet:
                strengths.append(Note(name, value, label.did_well))
                did_well.setdefault(value, []).append(label.did_well)
            if label.next_step and label.polarity != "strength" and (name, "next") not in quiet:
                suggestions.append(Note(name, value, label.next_step))
                next_step.setdefault(value, label.next_step)
    per_value = {
        v: ValueFeedback(tuple(did_well.get(v, ())), next_step.get(v))
        for v in VALUES
        if v in did_well or v in next_step
    }
    return tuple(strengths), tuple(suggestions), per_value
