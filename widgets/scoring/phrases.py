"""The cue-phrase language of cues.csv: compiling a phrase, indexing phrases, matching them.

A phrase compiles to a few match items; phrases are indexed by the words they can start with
(and the words a sentence must hold for them), so each place in a text tries only the few
phrases that could match there and scoring stays fast as the lexicon grows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from widgets.scoring.grammar import CLAUSE_BREAKS, GAP_MAX
from widgets.scoring.tokens import tokenize

# --------------------------------------------------------------------------------------------
# Compiled phrases
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One position in a compiled phrase: alternatives of token sequences, maybe optional."""

    alternatives: tuple[tuple[str, ...], ...]
    optional: bool = False
    gap: bool = False
    forbid: str | None = None
    before: bool = False  # a forbid that opens the phrase: the word *before* it is not this one
    words: frozenset[str] | None = None  # set when every alternative is one plain word (fast path)
    #: Otherwise (first word -> the alternatives that can start with it, those that can start
    #: with any other word): a long list of choices is tried only where its first word fits.
    by_first: tuple[dict[str, tuple], tuple] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Phrase:
    """One row of cues.csv, compiled: its label, items, context, message and where it came from."""

    label: str
    items: tuple[Item, ...]
    context: str
    message: str
    source: str
    #: Word sets the sentence must meet (one word of each) for the phrase to match at all: a
    #: cheap test that skips most phrases before the token-by-token match is tried.
    needs: tuple[frozenset[str], ...] = ()


def normalise_words(words: str, spelling: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Normalise a phrase fragment exactly as ``tokenize`` normalises text."""
    return tuple(t.norm for t in tokenize(words, spelling) if t.norm.strip())


_GROUP_RE = re.compile(r"\([^()]*\)\??|\[[^\[\]]*\]|\S+")


def compile_phrase(phrase: str, spelling: dict[str, tuple[str, ...]]) -> tuple[Item, ...]:
    """Turn the cue-phrase syntax (see cues.csv) into match items; raises ValueError if bad."""
    items: list[Item] = []
    for part in _GROUP_RE.findall(phrase.strip()):
        if part == "..":
            items.append(Item((), gap=True))
            continue
        if part.startswith("!") and len(part) > 1:
            word = part[1:] if part == "!#" else normalise_words(part[1:], spelling)[0]
            opening = all(i.forbid is not None for i in items)  # "!i could help you"
            items.append(Item((), forbid=word, before=opening))
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
            if alt == "*" or alt.endswith("*") or (alt.startswith("*") and " " not in alt):
                alternatives.append((alt.casefold(),))
            elif alt == ",":
                alternatives.append((",",))
            else:
                words = normalise_words(alt, spelling)
                if not words:
                    raise ValueError(f"'{alt}' has no words in it")
                alternatives.append(words)
        single = all(len(a) == 1 and "*" not in a[0] for a in alternatives)
        words = frozenset(a[0] for a in alternatives) if single else None
        by_first = None if single else by_first_word(alternatives)
        items.append(Item(tuple(alternatives), optional=optional, words=words, by_first=by_first))
    if not any(not i.optional and not i.gap and i.forbid is None for i in items):
        raise ValueError("the phrase needs at least one word that is not optional")
    return tuple(items)


def by_first_word(alternatives: list[tuple[str, ...]]) -> tuple[dict[str, tuple], tuple]:
    """(first word -> the alternatives that can start with it, the alternatives that can start
    with any other word), each in their order: those starting "word*", "*ing" or "*" can start
    with many words, so they join every list."""
    wild = tuple(a for a in alternatives if "*" in a[0])
    exact = {a[0] for a in alternatives if "*" not in a[0]}
    table = {w: tuple(a for a in alternatives if a[0] == w or "*" in a[0]) for w in exact}
    return table, wild


def phrase_needs(items: tuple[Item, ...]) -> tuple[frozenset[str], ...]:
    """The sets of words a sentence must hold one of each, for the phrase to match in it.

    Every alternative of a required item is a word sequence, so a match needs one of its
    literal words; the longest literal word of each alternative stands for it. Of the first
    item, whose first word the phrase index has already checked, only the words after it
    count ("me too|same here" needs "too" or "here"). Items with wildcards give no test.
    """
    needs = []
    for k, item in enumerate(items):
        if item.optional or item.gap or item.forbid is not None:
            continue
        need = _literal_need(item.alternatives, 1 if k == 0 else 0)
        if need:
            needs.append(need)
    # Most telling first: long words are rarer than short ones, so a set whose shortest word is
    # long rules a phrase out most often; the first set is the phrase's key in the index.
    return tuple(sorted(dict.fromkeys(needs), key=lambda n: (-min(map(len, n)), len(n))))


def _literal_need(alternatives: tuple[tuple[str, ...], ...], skip: int) -> frozenset[str]:
    """The longest literal word of each alternative (after its first `skip` words); empty if
    an alternative has none, so no word is needed for sure."""
    chosen = []
    for alt in alternatives:
        literal = [w for w in alt[skip:] if "*" not in w]
        if not literal:
            return frozenset()
        chosen.append(max(literal, key=len))
    return frozenset(chosen)


def phrase_heads(items: tuple[Item, ...], depth: int = 2) -> set[tuple[str, ...]] | None:
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
                if word.startswith("*") and len(word) > 1:  # "*ing": any word ending so
                    if not p:
                        return False
                    heads.add(p)
                    break
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


# --------------------------------------------------------------------------------------------
# The phrase index
# --------------------------------------------------------------------------------------------


#: The kinds of sentence, and the phrase contexts that can match in each: "start" phrases
#: match at the start of a clause in a statement; "closed" ones only in a question that is not
#: open ("Wouldn't it be better to...?", not "What do you think would be better?"); "rising"
#: ones only in a statement said as a question ("Journalling might help?").
SENTENCE_KINDS = {
    "statement": frozenset({"any", "statement", "start"}),
    "open": frozenset({"any", "question"}),
    "closed": frozenset({"any", "question", "closed"}),
    "rising": frozenset({"any", "question", "closed", "rising"}),
}


def build_index(firsts: dict, pairs: dict, prefixes: dict, loose: tuple, kind: str) -> tuple:
    """The phrase index for one kind of sentence, keeping only phrases whose context fits it."""
    fits = SENTENCE_KINDS[kind]

    def bucket(phrases: tuple[Phrase, ...]) -> Bucket | None:
        kept = [p for p in phrases if p.context in fits]
        return Bucket(kept) if kept else None

    by_word: dict[str, tuple[Bucket | None, dict]] = {}
    for word, phrases in firsts.items():
        by_word[word] = (bucket(phrases), {})
    for (word, nxt), phrases in pairs.items():
        by_word.setdefault(word, (None, {}))[1][nxt] = bucket(phrases)
    kept_prefixes = {k: kept for k, v in prefixes.items() if (kept := bucket(v))}
    entries = {}
    for word, (own, after) in by_word.items():
        after = {nxt: kept for nxt, kept in after.items() if kept}
        if own or after:
            entries[word] = index_entry(own, after, kept_prefixes.get(word[:4]))
    return entries, kept_prefixes, bucket(loose)


def index_entry(own: Bucket | None, after: dict[str, Bucket], more: Bucket | None) -> tuple:
    """A word's entry in the index: (the buckets to try whatever follows it, next word -> the
    buckets to try when that word follows), each in the order they are tried: the word's own
    phrases, those of the pair, those of a prefix ("prio*"). Precombined, so each place in a
    text costs one look-up of the next word."""
    alone = tuple(b for b in (own, more) if b is not None)
    paired = {
        nxt: tuple(b for b in (own, pair, more) if b is not None) for nxt, pair in after.items()
    }
    return alone, paired or None


def lookup(word: str, prefixes: dict[str, Bucket]) -> tuple | None:
    """The index entry of a word that starts no phrase exactly: prefix phrases only, or None."""
    more = prefixes.get(word[:4]) if prefixes else None
    return None if more is None else index_entry(None, {}, more)


#: How many choices (one per set of key words met) a bucket keeps.
CHOICES_KEPT = 256
#: A bucket of at most this many phrases is tried phrase by phrase, each with all its word
#: sets: cheaper than the set operations that rule out most of a big bucket at once.
FEW_PHRASES = 4


class Bucket:
    """The phrases tried at one place in the index, keyed by a word each needs in the sentence.

    ``select(words)`` gives, in lexicon order, the phrases whose key word occurs in the
    sentence (and those that need none), each with the word sets it still needs: most phrases
    are ruled out by one set operation, without a look at each of them. A bucket of a few
    phrases gives them all (``few``), each with every word set it needs.
    """

    __slots__ = ("free", "keys", "keyed", "few", "gate", "chosen")

    def __init__(self, phrases: list[Phrase]) -> None:
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
        few = len(phrases) <= FEW_PHRASES
        self.few = tuple((k, p, p.needs) for k, p in enumerate(phrases)) if few else None
        #: A sentence with none of these words can match none of the phrases (None: some
        #: phrase needs no word), so the whole bucket is passed over in one set operation.
        self.gate = None if self.free else self.keys
        #: The choice for each set of key words met in a sentence, worked out once.
        self.chosen: dict[frozenset[str], tuple] = {}

    def __bool__(self) -> bool:
        return bool(self.free or self.keys)

    def select(self, words: set[str]) -> tuple:
        if self.few is not None:
            return self.few
        if self.keys.isdisjoint(words):
            return self.free
        present = self.keys.intersection(words)
        chosen = self.chosen.get(present)
        if chosen is None:
            chosen = self._choose(present)
            if len(self.chosen) < CHOICES_KEPT:
                self.chosen[present] = chosen
        return chosen

    def _choose(self, present: frozenset[str]) -> tuple:
        """The phrases keyed by the words present (and those that need none), in their order."""
        if len(present) == 1 and not self.free:
            return self.keyed[next(iter(present))]  # already in lexicon order
        chosen = {entry[0]: entry for entry in self.free}
        for word in present:
            for entry in self.keyed[word]:
                chosen[entry[0]] = entry
        return tuple(chosen[k] for k in sorted(chosen))


# --------------------------------------------------------------------------------------------
# Matching a phrase
# --------------------------------------------------------------------------------------------


def _word_matches(pattern: str, word: str) -> bool:
    if pattern == "*":
        return word.isalnum() or word[0].isalnum()
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    if pattern.startswith("*"):  # "*ing": a word of at least one letter more, ending so
        return len(word) > len(pattern) and word.endswith(pattern[1:])
    return pattern == word


def match_items(items: tuple[Item, ...], k: int, norms: list[str], i: int, end: int):
    """Return the end token index if items[k:] match from token i (backtracking), else None.

    Required words and forbidden words leave nothing to go back to, so they are read in a loop;
    only optional items, gaps and choices between phrases recurse.
    """
    n = len(items)
    while k < n:
        item = items[k]
        if item.forbid is not None:
            if item.before:
                if i > 0 and norms[i - 1] == item.forbid:
                    return None
            elif i < end and (
                norms[i] == item.forbid or (item.forbid == "#" and norms[i].isdigit())
            ):
                return None
        elif item.words is not None and not item.optional:
            if i >= end or norms[i] not in item.words:
                return None
            i += 1
        else:
            break
        k += 1
    if k == n:
        return i
    if item.gap:
        for skip in range(GAP_MAX + 1):
            j = i + skip
            if j > end or (skip and norms[j - 1] in CLAUSE_BREAKS):  # a gap stays in its clause
                break
            found = match_items(items, k + 1, norms, j, end)
            if found is not None:
                return found
        return None
    if item.words is not None:
        if i < end and norms[i] in item.words:
            found = match_items(items, k + 1, norms, i + 1, end)
            if found is not None:
                return found
        return match_items(items, k + 1, norms, i, end) if item.optional else None
    if i >= end:
        alternatives = ()  # every alternative has a word, and none is left
    elif item.by_first is not None:
        table, wild = item.by_first
        alternatives = table.get(norms[i], wild)
    else:
        alternatives = item.alternatives
    for alt in alternatives:
        j = i
        for word in alt:
            if j >= end:
                break
            norm = norms[j]
            if word != norm and ("*" not in word or not _word_matches(word, norm)):
                break
            j += 1
        else:
            found = match_items(items, k + 1, norms, j, end)
            if found is not None:
                return found
    if item.optional:
        return match_items(items, k + 1, norms, i, end)
    return None
