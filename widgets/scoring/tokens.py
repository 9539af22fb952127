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


def scan(text: str, spelling: dict[str, tuple[str, ...]]) -> tuple[list[str], list]:
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
        if INVISIBLE.isdisjoint(folded):
            spans = [m.span() for m in _TOKEN_RE.finditer(folded)]
            raws = [folded[a:b] for a, b in spans]
        else:
            raws, spans = _visible_words(folded)
    lowered = text.isascii()  # the ASCII path's words are already lower case
    norms: list[str] = []
    out: list[tuple[int, int]] = []
    get = spelling.get
    for raw, span in zip(raws, spans, strict=True):
        if not raw[0].isalnum():
            norms.append(raw)
            out.append(span)
            continue
        word = raw if lowered else raw.casefold()
        if "'" in word:
            parts = [p for part in _split_contraction(word) for p in get(part, (part,))]
        else:
            parts = get(word)
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
