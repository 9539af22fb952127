"""Does a text read as English? The scorer's phrases are English; on other text it would guess.

Two plain signs, no model: most letters outside the Latin script (Chinese, Arabic, Cyrillic...),
or, in a text of MIN_WORDS words or more, more everyday words of another language ("je", "está",
"nicht": the "other_language" list of data/lexicon/words.csv) than everyday English words (the
"common_english" list, read after spellings such as "u" -> "you" are applied). Short replies
("Sounds rough.") are always read: there is too little to tell.
"""

from __future__ import annotations

from widgets.scoring.model import ENGLISH, OTHER_LANGUAGE

#: Fewer words than this and the text is read as English (too little to tell).
MIN_WORDS = 4
#: At least this many everyday words of another language before a text is not English.
MIN_OTHER_WORDS = 2
#: Above this share of letters outside the Latin script, the text is not English.
MAX_OTHER_SCRIPT_SHARE = 0.5
#: The last code point of the Latin scripts (Basic Latin to Latin Extended-B).
LAST_LATIN = 0x24F


def language_of(text: str, norms: list[str], common: frozenset[str], other: frozenset[str]) -> str:
    """ENGLISH or OTHER_LANGUAGE for a text and its normalised tokens."""
    if text.isascii() and other.isdisjoint(norms):
        return ENGLISH  # the common case, decided by one set operation
    if not text.isascii():
        letters = [ch for ch in text if ch.isalpha()]
        foreign = sum(1 for ch in letters if ord(ch) > LAST_LATIN)
        if len(letters) >= 2 and foreign / len(letters) > MAX_OTHER_SCRIPT_SHARE:
            return OTHER_LANGUAGE
    if sum(map(other.__contains__, norms)) < MIN_OTHER_WORDS:
        return ENGLISH  # too few of their everyday words even counting every token ("um", "was")
    words = [w for w in norms if w[0].isalpha()]
    if len(words) < MIN_WORDS:
        return ENGLISH
    theirs = sum(map(other.__contains__, words))  # counted in C
    ours = sum(map(common.__contains__, words))
    return OTHER_LANGUAGE if theirs >= MIN_OTHER_WORDS and theirs > ours else ENGLISH
