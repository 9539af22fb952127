"""Text into normalised words, each remembering where it stands in the original text.

Contractions are expanded ("don't" -> "do not") and spellings from spelling.csv applied ("u" ->
"you"), so one cue phrase covers many ways of typing it, while every cue can still point at the
exact words the learner wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from widgets.scoring.grammar import CLITICS, NT_STEMS, S_IS

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*|\n|[?!.…,;:()—–\"“”«»„]|(?<=\s)-(?=\s)")
#: The same, with a group around it: splitting at it gives the text between tokens and the tokens.
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
#: The same tokens in lower-cased ASCII text, found faster: a word character is [a-z0-9] and
#: the only punctuation is ASCII; a word never gives back letters (possessive "++": nothing
#: follows it to need them), and the dash's look-behind comes after it. (Grouped, for splitting.)
_ASCII_TOKEN_RE = re.compile(r"([a-z0-9]++(?:'[a-z0-9]++)*+|[\n?!.,;:()\"]|-(?<=\s-)(?=\s))")
#: How many words met in texts a Respellings keeps.
RESPELL_CACHE = 50_000
#: Characters that draw nothing (zero-width space, non-joiner and joiner, word joiner, soft
#: hyphen, byte-order mark, Mongolian vowel separator): inside a word they must not hide it.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\u00ad\ufeff\u180e")


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


def _visible_words(text: str) -> tuple[list[str], list[int], list[int]]:
    """Words read with invisible characters left out, each span still in the original text."""
    kept = [i for i, ch in enumerate(text) if ch not in INVISIBLE]
    visible = "".join(text[i] for i in kept)
    found = [m.span() for m in _TOKEN_RE.finditer(visible)]
    starts = [kept[a] for a, _ in found]
    ends = [kept[b - 1] + 1 for _, b in found]
    return [visible[a:b] for a, b in found], starts, ends


def _words_at(pattern: re.Pattern, text: str) -> tuple[list[str], list[int], list[int]]:
    """The matches of a pattern with one group around it, and where each starts and ends.

    Splitting at the pattern gives the text between matches and the matches in turn, so the
    running sum of their lengths is every offset: no Python loop per word, no match objects.
    """
    parts = pattern.split(text)
    bounds = list(accumulate(map(len, parts)))
    return parts[1::2], bounds[0:-1:2], bounds[1::2]


def _respelled(word: str, get) -> list[str] | tuple[str, ...] | None:
    """The normalised words for one lower-cased word; None when it stays as it is."""
    if "'" in word:
        return [p for part in _split_contraction(word) for p in get(part, (part,))]
    return get(word)


class Respellings:
    """What the words met become ("don't" -> ("do", "not"), "u" -> ("you",)); most stay as they
    are. Each lower-cased ASCII word is worked out once and kept (RESPELL_CACHE at most), so the
    words a text changes are found with a few set operations, not by reading word by word."""

    __slots__ = ("spelling", "changed", "unchanged")

    def __init__(self, spelling: dict[str, tuple[str, ...]]) -> None:
        self.spelling = spelling
        self.changed: dict[str, tuple[str, ...]] = {}  # word -> the words it becomes
        self.unchanged: set[str] = set()

    def among(self, raws: list[str]) -> dict[str, tuple[str, ...]]:
        """The words of raws that change, and what each becomes (words not met before are
        worked out now)."""
        found = {}
        for word in set(raws).difference(self.unchanged):  # set operations read the short side
            parts = self.changed.get(word)
            if parts is None:
                parts = self._learn(word)
            if parts is not None:
                found[word] = parts
        return found

    def _learn(self, word: str) -> tuple[str, ...] | None:
        """Work out a word met for the first time, and keep it: what it becomes, or None."""
        if len(self.changed) + len(self.unchanged) >= RESPELL_CACHE:
            self.changed.clear()
            self.unchanged.clear()
        parts = _respelled(word, self.spelling.get) if word[0].isalnum() else None
        if parts is None:
            self.unchanged.add(word)
            return None
        self.changed[word] = parts = tuple(parts)
        return parts


def _respell(raws: list[str], starts: list[int], ends: list[int], odd: dict) -> None:
    """Put the words each changed word becomes in its place, each with the changed word's
    offsets ("don't" -> "do" and "not"): found with list.index and put with slice assignment,
    from the right, so the places still to fill stay where they were."""
    places = []
    for word in odd:
        k = -1
        for _ in range(raws.count(word)):
            k = raws.index(word, k + 1)
            places.append(k)
    places.sort(reverse=True)
    for k in places:
        parts = odd[raws[k]]
        raws[k : k + 1] = parts
        starts[k : k + 1] = [starts[k]] * len(parts)
        ends[k : k + 1] = [ends[k]] * len(parts)


def scan(
    text: str, spelling: dict[str, tuple[str, ...]], known: Respellings | None = None
) -> tuple[list, list, list]:
    """Normalised words, and where in the text each starts and ends, as three parallel lists.

    ``known``: the words already worked out for this spelling (an analyzer keeps one).
    """
    if not text.isascii():
        return _scan_unicode(text, spelling)
    # The common case, ASCII, made fast: lower-casing keeps every offset, so the words are cut
    # straight out of the lowered text (as in _words_at), and only the few words that a
    # contraction or a spelling changes are worked on one by one.
    lowered = (text.translate(_APOSTROPHES) if "`" in text else text).lower()
    parts = _ASCII_TOKEN_RE.split(lowered)
    bounds = list(accumulate(map(len, parts)))
    raws, starts, ends = parts[1::2], bounds[0:-1:2], bounds[1::2]
    if "'" not in lowered and spelling.keys().isdisjoint(raws):
        return raws, starts, ends  # most texts: no word to change
    if known is None:
        known = Respellings(spelling)
    odd = known.among(raws)
    if odd:
        _respell(raws, starts, ends, odd)
    return raws, starts, ends


def _scan_unicode(text: str, spelling: dict[str, tuple[str, ...]]) -> tuple[list, list, list]:
    """``scan`` for text that is not ASCII: apostrophes folded, invisible characters left out,
    each word case-folded and respelled."""
    folded = text.translate(_APOSTROPHES)
    if INVISIBLE.isdisjoint(folded):
        raws, starts, ends = _words_at(_TOKEN_SPLIT_RE, folded)
    else:
        raws, starts, ends = _visible_words(folded)
    norms: list[str] = []
    at: list[int] = []
    to: list[int] = []
    get = spelling.get
    for raw, start, end in zip(raws, starts, ends, strict=True):
        if not raw[0].isalnum():
            norms.append(raw)
            at.append(start)
            to.append(end)
            continue
        word = raw.casefold()
        parts = _respelled(word, get)
        if parts is None:
            parts = (word,)
        for piece in parts:
            norms.append(piece)
            at.append(start)
            to.append(end)
    return norms, at, to


def tokenize(text: str, spelling: dict[str, tuple[str, ...]] | None = None) -> list[Token]:
    """Split text into normalised tokens, each remembering its span in the original text.

    Without ``spelling``, the spellings of the lexicon ``analyze`` uses.
    """
    if spelling is None:
        from widgets.scoring.analyzer import default_analyzer  # it reads its lexicon with us

        spelling = default_analyzer().lexicon.spelling
    norms, starts, ends = scan(text, spelling)
    return [Token(n, a, b) for n, a, b in zip(norms, starts, ends, strict=True)]
