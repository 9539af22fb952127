"""The scorer's words, read from data/lexicon and checked, so a trainer's mistake names its row.

labels.csv (what each label means for the values), cues.csv (the phrases), spelling.csv, and
rules.csv and words.csv (the messages and word lists of the grammar rules) become one Lexicon,
with its phrases indexed for fast matching.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from widgets.core.datafiles import DATA_DIR, DataFileError, Problem, read_csv
from widgets.core.paths import display_path
from widgets.core.values import VALUES
from widgets.scoring.grammar import HEDGE_WORDS
from widgets.scoring.model import (
    CONTEXTS,
    POLARITIES,
    REQUIRED_LABELS,
    RULES,
    WORD_LISTS,
    LabelInfo,
)
from widgets.scoring.phrases import (
    SENTENCE_KINDS,
    Bucket,
    Phrase,
    build_index,
    compile_phrase,
    normalise_words,
    phrase_heads,
    phrase_needs,
)


@dataclass(frozen=True)
class Lexicon:
    """The words of the scorer: labels, cue phrases indexed by first word, and spellings."""

    labels: dict[str, LabelInfo]
    by_first: dict[str, tuple[Phrase, ...]]
    by_pair: dict[tuple[str, str], tuple[Phrase, ...]]
    by_prefix: dict[str, tuple[Phrase, ...]]  # phrases starting "word*", by its first 4 letters
    starters: frozenset[str]  # every exact first word, to skip most tokens at once
    loose: tuple[Phrase, ...]
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
    #: The same phrases, per kind of sentence ("statement", "open", "closed"), left out where
    #: their context cannot match: (word -> (own phrases, next word -> phrases, prefix phrases),
    #: prefixes, loose); words met in texts join the first table, up to LOOKUP_CACHE of them.
    index: dict[bool, tuple[dict, dict, Bucket | None]] = field(
        default_factory=dict, repr=False, compare=False
    )
    #: Feedback already worked out for a set of labels (it depends on nothing else).
    feedback: dict[frozenset[str], tuple] = field(default_factory=dict, repr=False, compare=False)


def load_lexicon(folder: Path | str | None = None) -> Lexicon:
    """Read and validate the lexicon files; raise DataFileError naming file, row and column."""
    folder = Path(folder) if folder else DATA_DIR / "lexicon"
    problems: list[Problem] = []
    spelling = _load_spelling(folder / "spelling.csv", problems)
    labels = _load_labels(folder / "labels.csv", problems)
    phrases = _load_cues(folder / "cues.csv", labels, spelling, problems)
    rules = _load_rules(folder / "rules.csv", labels, problems)
    words = _load_words(folder / "words.csv", spelling, problems)
    if problems:
        raise DataFileError(problems)
    return _lexicon(labels, phrases, spelling, rules, words)


def _lexicon(
    labels: dict[str, LabelInfo],
    phrases: list[Phrase],
    spelling: dict[str, tuple[str, ...]],
    rules: dict[str, tuple[str, str]],
    words: dict[str, frozenset[str]],
) -> Lexicon:
    """The Lexicon of checked files: phrases indexed by the words they can start with."""
    by_first: dict[str, list[Phrase]] = {}
    by_pair: dict[tuple[str, str], list[Phrase]] = {}
    by_prefix: dict[str, list[Phrase]] = {}
    loose: list[Phrase] = []
    for phrase in phrases:
        heads = phrase_heads(phrase.items)
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
        len(phrases),
        rules,
        words,
        trait_words,
        HEDGE_WORDS | trait_words,
        {k: build_index(firsts, pairs, prefixes, tuple(loose), k) for k in SENTENCE_KINDS},
    )


# --------------------------------------------------------------------------------------------
# spelling.csv, labels.csv and cues.csv
# --------------------------------------------------------------------------------------------


def _load_spelling(path: Path, problems: list[Problem]) -> dict[str, tuple[str, ...]]:
    """spelling.csv: variant word -> the words it stands for."""
    spelling: dict[str, tuple[str, ...]] = {}
    for line_no, row in read_csv(path, ("variant", "standard"), problems):
        variant, standard = row["variant"].casefold(), row["standard"].casefold().split()
        if not variant or not standard or " " in variant:
            problems.append(
                Problem(
                    display_path(path),
                    line_no,
                    "variant",
                    "needs one variant word and its standard spelling",
                )
            )
            continue
        spelling[variant] = tuple(standard)
    return spelling


def _label_mistake(
    row: dict, values: tuple[str, ...], labels: dict[str, LabelInfo]
) -> tuple[str, str] | None:
    """(column, message) for what is wrong with a row of labels.csv, or None."""
    name = row["label"]
    bad = [v for v in values if v not in VALUES]
    if not re.fullmatch(r"[a-z_]+", name):
        return "label", f"'{name}' is not a label name"
    if name in labels:
        return "label", f"'{name}' appears twice"
    if row["polarity"] not in POLARITIES:
        return "polarity", f"'{row['polarity']}' is not one of {', '.join(POLARITIES)}"
    if bad or not values:
        keys = ", ".join(VALUES)
        return "values", f"'{';'.join(bad) or row['values']}' is not a value; use keys from: {keys}"
    if not row["title"] or not row["cue_message"]:
        return "title", "title and cue_message are needed"
    return None


def _load_labels(path: Path, problems: list[Problem]) -> dict[str, LabelInfo]:
    """labels.csv: each label's polarity, values and words, in file (= priority) order."""
    labels: dict[str, LabelInfo] = {}
    where = display_path(path)
    columns = ("label", "polarity", "values", "title", "cue_message", "did_well", "next_step")
    for line_no, row in read_csv(path, columns, problems):  # "check" is optional
        values = tuple(v.strip() for v in row["values"].split(";") if v.strip())
        mistake = _label_mistake(row, values, labels)
        if mistake:
            problems.append(Problem(where, line_no, *mistake))
            continue
        name = row["label"]
        labels[name] = LabelInfo(
            name,
            row["polarity"],
            values,
            row["title"],
            row["cue_message"],
            row["did_well"],
            row["next_step"],
            row.get("check", ""),
        )
    for name in REQUIRED_LABELS:
        if name not in labels and not any(p.file == where for p in problems):
            problems.append(Problem(where, None, "label", f"'{name}' is missing"))
    return labels


def _cue_mistake(row: dict, labels: dict[str, LabelInfo]) -> tuple[str, str] | None:
    """(column, message) for what is wrong with a row of cues.csv before its phrase, or None."""
    if row["label"] not in labels:
        return "label", f"'{row['label']}' is not in labels.csv"
    context = row["context"] or "any"
    if context not in CONTEXTS:
        return "context", f"'{context}' is not one of {', '.join(CONTEXTS)}"
    return None


def _load_cues(
    path: Path,
    labels: dict[str, LabelInfo],
    spelling: dict[str, tuple[str, ...]],
    problems: list[Problem],
) -> list[Phrase]:
    """cues.csv: every phrase compiled, in file order."""
    where = display_path(path)
    phrases: list[Phrase] = []
    for line_no, row in read_csv(path, ("label", "phrase", "context", "message"), problems):
        mistake = _cue_mistake(row, labels)
        if mistake:
            problems.append(Problem(where, line_no, *mistake))
            continue
        try:
            items = compile_phrase(row["phrase"], spelling)
        except (ValueError, IndexError) as exc:
            problems.append(Problem(where, line_no, "phrase", f"'{row['phrase']}': {exc}"))
            continue
        phrases.append(
            Phrase(
                row["label"],
                items,
                row["context"] or "any",
                row["message"] or labels[row["label"]].description,
                f"{where}:{line_no}",
                phrase_needs(items),
            )
        )
    return phrases


# --------------------------------------------------------------------------------------------
# rules.csv and words.csv (the grammar rules' messages and word lists)
# --------------------------------------------------------------------------------------------


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
        norm = normalise_words(row["word"], spelling)
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
