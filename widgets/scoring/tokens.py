"""Text into normalised words, each remembering where it stands in the original text.

Contractions are expanded ("don't" -> "do not") and spellings from spelling.csv applied ("u" ->
"you"), so one cue phrase covers many ways of typing it, while every cue can still point at the
exact words the learner wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from widgets.scoring.grammar import CLITICS, NT_STEMS, S_IS

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*|\n|[?!.…,;:()—–\"“”«»„]|(?<=\s)-(?=\s)")
#: The same tokens in lower-cased ASCII text, where a word character is [a-z0-9] and the only
#: punctuation is ASCII: the same matches, found in about half the time.
_ASCII_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*|[\n?!.,;:()\"]|(?<=\s)-(?=\s)")
_span, _group = re.Match.span, re.Match.group
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


def _visible_words(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Words read with invisible characters left out, each span still in the original text."""
    kept = [i for i, ch in enumerate(text) if ch not in INVISIBLE]
    visible = "".join(text[i] for i in kept)
    found = [m.span() for m in _TOKEN_RE.finditer(visible)]
    return [visible[a:b] for a, b in found], [(kept[a], kept[b - 1] + 1) for a, b in found]


def _words_and_spans(pattern: re.Pattern, text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The matches of pattern in text and their spans, read without a Python loop per word."""
    found = list(pattern.finditer(text))
    return list(map(_group, found)), list(map(_span, found))


def _respelled(word: str, get) -> list[str] | tuple[str, ...] | None:
    """The normalised words for one lower-cased word; None when it stays as it is."""
    if "'" in word:
        return [p for part in _split_contraction(word) for p in get(part, (part,))]
    return get(word)


def _scan_ascii(text: str, spelling: dict[str, tuple[str, ...]]) -> tuple[list[str], list]:
    """``scan`` for ASCII text, the common case: lower-casing keeps every offset, so the words
    are cut straight out of the lowered text, and only the few words that a contraction or a
    spelling changes are worked on one by one."""
    lowered = (text.translate(_APOSTROPHES) if "`" in text else text).lower()
    raws, spans = _words_and_spans(_ASCII_TOKEN_RE, lowered)
    odd = spelling.keys() & raws
    if "'" in lowered:
        odd.update([raw for raw in raws if "'" in raw])
    if not odd:
        return raws, spans
    get = spelling.get
    norms: list[str] = []
    out: list[tuple[int, int]] = []
    done = 0  # raws before this index are already copied
    for k in [k for k, raw in enumerate(raws) if raw in odd]:
        raw = raws[k]
        parts = _respelled(raw, get) if raw[0].isalnum() else None
        if parts is None:
            continue
        norms += raws[done:k]
        out += spans[done:k]
        norms += parts
        out += [spans[k]] * len(parts)
        done = k + 1
    norms += raws[done:]
    out += spans[done:]
    return norms, out


def scan(text: str, spelling: dict[str, tuple[str, ...]]) -> tuple[list[str], list]:
    """Normalised words and the (start, end) span of each in the text, as two parallel lists."""
    if text.isascii():
        return _scan_ascii(text, spelling)
    folded = text.translate(_APOSTROPHES)
    if INVISIBLE.isdisjoint(folded):
        raws, spans = _words_and_spans(_TOKEN_RE, folded)
    else:
        raws, spans = _visible_words(folded)
    norms: list[str] = []
    out: list[tuple[int, int]] = []
    get = spelling.get
    for raw, span in zip(raws, spans, strict=True):
        if not raw[0].isalnum():
            norms.append(raw)
            out.append(span)
            continue
        word = raw.casefold()
        parts = _respelled(word, get)
        if parts is None:
            norms.append(word)
            out.append(span)
            continue
        for piece in parts:
            norms.append(piece)
            out.append(span)
    return norms, out


def tokenize(text: str, spelling: dict[str, tuple[str, ...]] | None = None) -> list[Token]:
    """Split text into normalised tokens, each remembering its span in the original text.

    Without ``spelling``, the spellings of the lexicon ``analyze`` uses.
    """
    if spelling is None:
        from widgets.scoring.analyzer import default_analyzer  # it reads its lexicon with us

        spelling = default_analyzer().lexicon.spelling
    norms, spans = scan(text, spelling)
    return [Token(n, a, b) for n, (a, b) in zip(norms, spans, strict=True)]
