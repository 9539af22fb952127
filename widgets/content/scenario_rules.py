"""Checking one scenario entry, part two: do its fields make sense?

Once the shapes are right (widgets/content/scenario_fields.py), two kinds of rules remain: what
the words mean (a known id, value, type and label; hard topics flagged with a content note) and
what each type of exercise needs (a choose has a best option, a sort's items fit its bins, a spot's
phrases are really in the draft, a dilemma's voices lean different ways). Last, the model
answers are read by the course's own scorer: each must show the scenario's target labels and none
of its avoid labels, as a learner's answer would have to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from widgets.content.scenario_fields import EntryFields
from widgets.content.scenarios import (
    HARD_TOPICS,
    REFRAME_KINDS,
    TYPE_ONLY_FIELDS,
    TYPES,
    norm_topic,
)
from widgets.content.themes import load_themes
from widgets.core.datafiles import ID_PATTERN, DataFileError, did_you_mean, shown
from widgets.core.values import VALUES
from widgets.scoring import Analysis, analyze, label_title

__all__ = ["HARD_TOPIC_WORDS", "AnswerRules", "EntryMeanings", "TypeRules"]

#: Words that mean a scenario touches a hard topic even if its `topics` forgot to say so.
HARD_TOPIC_WORDS: dict[str, str] = {
    "suicide": r"suicid\w*|kill(?:ing)? myself|end(?:ing)? my (?:own )?life|take my own life"
    r"|ending it all",
    "self_harm": r"self[- ]?harm\w*|cutting myself|hurt(?:ing)? myself on purpose",
    "substance_use": r"overdos\w*|addict\w*|addiction|heroin|cocaine|alcoholi\w*|sobriety"
    r"|rehab|drinking again|using again",
    "grief": r"grief|griev\w*|bereave\w*|passed away|funeral|lost my (?:mum|mom|dad|mother"
    r"|father|wife|husband|partner|son|daughter|brother|sister|baby|child|best friend)",
    "violence": r"violen\w*|assault\w*|stabb\w*|beat (?:me|her|him|them) up",
    "abuse": r"(?<!substance )abus(?:e|ed|er|ers|ive)\b|molest\w*|raped?\b",
    "discrimination": r"racis\w*|homophob\w*|transphob\w*|discriminat\w*|slurs?\b",
}
_HARD_WORD_RES = {t: re.compile(rf"\b(?:{p})", re.IGNORECASE) for t, p in HARD_TOPIC_WORDS.items()}
#: The key of a dilemma option, which its voices lean towards: a short lowercase word.
OPTION_KEY = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


class EntryMeanings(EntryFields):
    """The words an entry uses: its id, values, type and labels are known; hard topics noted."""

    def check_id(self) -> tuple[str, int, int | None] | None:
        """(id, row, line) when the id is well formed, for the bank-wide duplicate check."""
        sid = self.clean.get("id")
        if sid is None:
            return None
        if not ID_PATTERN.match(sid):
            suggestion = re.sub(r"[^a-z0-9]+", "-", sid.lower()).strip("-")
            self.add(
                "id",
                f"bad id format {shown(sid)} (line {self.line('id')}): use lowercase letters, "
                f"digits and single hyphens only, e.g. {shown(suggestion)}.",
            )
            return None
        return sid, self.row, self.line("id")

    def check_values(self) -> tuple[str, ...]:
        values = self.clean.get("values")
        if values is None:
            return ()
        if not values and "values" not in self.bad:
            self.add(
                "values",
                f"'values' is an empty list (line {self.line('values')}): list 1 or more value "
                "keys, the main value first.",
            )
        ok = True
        for value in values:
            if value not in VALUES:
                ok = False
                self.add(
                    "values",
                    f"unknown value key {shown(value)} (line {self.item_line('values', value)})"
                    f"{did_you_mean(value, VALUES)} Value keys are: {', '.join(VALUES)}.",
                )
        return values if ok else tuple(v for v in values[:1] if v in VALUES)

    def check_type(self) -> str | None:
        kind = self.clean.get("type")
        if kind is None:
            return None
        if kind not in TYPES:
            self.add(
                "type",
                f"unknown type {shown(kind)} (line {self.line('type')}){did_you_mean(kind, TYPES)} "
                f"Types are: {', '.join(TYPES)}.",
            )
            return None
        return kind

    def check_labels(self) -> None:
        names = sorted(self.labels)
        for field in ("target_labels", "avoid_labels"):
            for label in self.clean.get(field, ()):
                if label not in self.labels:
                    self.add(
                        field,
                        f"unknown label {shown(label)} (line {self.item_line(field, label)})"
                        f"{did_you_mean(label, names)} Labels are: {', '.join(names)}.",
                    )
        both = set(self.clean.get("target_labels", ())) & set(self.clean.get("avoid_labels", ()))
        for label in sorted(both):
            self.add(
                "avoid_labels",
                f"label {shown(label)} is in both target_labels and avoid_labels "
                f"(line {self.line('avoid_labels')}): a good answer cannot both show and avoid "
                "it; keep it in one list.",
            )
        for i, spot in enumerate(self.clean.get("spots", ())):
            if spot["label"] not in self.labels:
                self.add(
                    "spots",
                    f"spot {i + 1} (line {self.line('spots', i)}) has unknown label "
                    f"{shown(spot['label'])}{did_you_mean(spot['label'], names)} "
                    f"Labels are: {', '.join(names)}.",
                )

    def check_topics(self) -> None:
        """A hard topic needs a content note, and words that touch one need it in `topics`."""
        topics = {norm_topic(t) for t in self.clean.get("topics", ())}
        hard = sorted(topics & set(HARD_TOPICS))
        if hard and not self.clean.get("content_note") and "content_note" not in self.bad:
            self.add(
                "content_note",
                f"hard topic ({', '.join(hard)}) without a content_note "
                f"(line {self.line('topics')}): add 'content_note: ...', a short, kind note "
                "shown before the scenario saying what it touches on and that skipping is fine.",
            )
        if "topics" in self.bad:
            return
        mentioned: dict[str, str] = {}
        for text in self.all_text():
            for topic, pattern in _HARD_WORD_RES.items():
                found = pattern.search(text)
                if found and topic not in topics and topic not in mentioned:
                    mentioned[topic] = found.group(0)
        for topic, word in mentioned.items():
            self.add(
                "topics",
                f"mentions {shown(word)}, a hard topic ({topic}), but 'topics' does not list it "
                f"(entry starts at line {self.line()}): add {topic} to topics and make sure "
                "the content_note covers it.",
            )

    def all_text(self) -> Iterator[str]:
        """Every piece of the entry a learner reads, where a hard topic could be mentioned."""
        for field in ("title", "setting", "peer_says", "prompt", "draft", "supervision_question"):
            if field in self.clean:
                yield self.clean[field]
        for field in ("model_answers", "options", "items", "spots"):
            for item in self.clean.get(field, ()):
                yield from (v for k, v in item.items() if k in ("text", "phrase") and v)
        for voice in self.clean.get("voices", ()):  # a dilemma's voices: who, and why
            yield from (voice[k] for k in ("name", "why") if voice.get(k))


class TypeRules(EntryFields):
    """What each type of exercise needs, so every scenario can be played to the end."""

    def check_type_rules(self, kind: str) -> None:
        self.check_type_only_fields(kind)
        self.check_needed_fields(kind)
        if kind == "choose":
            self.check_choose()
        elif kind == "sort":
            self.check_sort()
        elif kind == "spot":
            self.check_spot()
        elif kind == "dilemma":
            self.check_dilemma()

    def check_type_only_fields(self, kind: str) -> None:
        for field, types in TYPE_ONLY_FIELDS.items():
            if self.present(field) and kind not in types:
                self.add(
                    field,
                    f"field {field!r} is not used by {kind} scenarios (line {self.line(field)}): "
                    f"it belongs to {', '.join(types)}. Remove it, or check 'type'.",
                )

    def check_needed_fields(self, kind: str) -> None:
        """The fields a type cannot work without: a draft, labels, a reframe kind, answers."""
        needs_draft = kind in ("rewrite", "reframe", "spot")
        if needs_draft and not self.present("draft") and "draft" not in self.bad:
            self.add(
                "draft",
                f"{kind} scenario without a draft (entry starts at line {self.line()}): add "
                "'draft: ...', the response the learner works on.",
            )
        if kind in ("rewrite", "reframe"):
            for field, meaning in (
                ("target_labels", "shows"),
                ("avoid_labels", "avoids"),
            ):
                if not self.present(field):
                    self.add(
                        field,
                        f"{kind} scenario without {field} (entry starts at line {self.line()}):"
                        f" list 1 or more labels a good answer {meaning}, e.g. "
                        f"'{field}: [{'open_question' if meaning == 'shows' else 'advice'}]'.",
                    )
        if kind == "reframe":
            self.check_reframe_kind()
        if kind not in ("reflect", "dilemma"):
            for field, what in (
                ("model_answers", "1 or more good answers, each with text and why"),
                ("hints", "1 or more short hints the learner can open when stuck"),
            ):
                if not self.entry.get(field) and field not in self.bad:
                    self.add(
                        field,
                        f"{kind} scenario without {field} (entry starts at line {self.line()}): "
                        f"add '{field}:' with {what}.",
                    )

    def check_reframe_kind(self) -> None:
        rk = self.clean.get("reframe_kind")
        if not self.present("reframe_kind") and "reframe_kind" not in self.bad:
            self.add(
                "reframe_kind",
                f"reframe scenario without reframe_kind (entry starts at line {self.line()}):"
                f" add 'reframe_kind: ...', one of {', '.join(REFRAME_KINDS)}.",
            )
        elif rk is not None and rk not in REFRAME_KINDS:
            self.add(
                "reframe_kind",
                f"bad reframe_kind {shown(rk)} (line {self.line('reframe_kind')})"
                f"{did_you_mean(rk, REFRAME_KINDS)} Use one of: {', '.join(REFRAME_KINDS)}.",
            )

    def check_choose(self) -> None:
        if "options" in self.bad:
            return
        options = self.clean.get("options", [])
        if len(options) < 3:
            self.add(
                "options",
                f"choose scenario with {len(options)} option{'s' if len(options) != 1 else ''} "
                f"(line {self.line('options')}): give 3 or more, each with text, why and "
                "(for the best) 'best: true'.",
            )
        if options and not any(o.get("best") for o in options):
            self.add(
                "options",
                f"choose scenario has no best option (line {self.line('options')}): mark at "
                "least one option with 'best: true'.",
            )
        for i, option in enumerate(options):
            label = f"option {i + 1} (line {self.line('options', i)})"
            if not option.get("why"):
                state = "has an empty" if "why" in option else "has no"
                self.add(
                    "options",
                    f"{label} {state} 'why': add 'why: ...' saying why, in a kind sentence the "
                    "learner will read.",
                )
            if option.get("key") is not None:
                self.add(
                    "options",
                    f"{label} has a 'key', which only dilemma options use: remove it.",
                )

    def check_sort(self) -> None:
        categories = self.clean.get("categories", [])
        items = self.clean.get("items", [])
        if "categories" not in self.bad:
            if len(categories) < 2:
                self.add(
                    "categories",
                    f"sort scenario with {len(categories)} categor"
                    f"{'y' if len(categories) == 1 else 'ies'} "
                    f"(line {self.line('categories')}): give 2 or more, each with key and title.",
                )
            keys = [c["key"] for c in categories]
            for key in sorted({k for k in keys if keys.count(k) > 1}):
                self.add(
                    "categories",
                    f"category key {shown(key)} is used twice (line {self.line('categories')}): "
                    "every category needs its own key.",
                )
        if "items" not in self.bad and len(items) < 4:
            self.add(
                "items",
                f"sort scenario with {len(items)} item{'s' if len(items) != 1 else ''} "
                f"(line {self.line('items')}): give 4 or more, each with text, category and why.",
            )
        if "categories" in self.bad or "items" in self.bad:
            return
        self.check_sort_bins(categories, items)

    def check_sort_bins(self, categories: list[dict], items: list[dict]) -> None:
        """Every item goes in a bin that exists, and every bin gets an item."""
        keys = [c["key"] for c in categories]
        for i, item in enumerate(items):
            if item["category"] not in keys:
                self.add(
                    "items",
                    f"item {i + 1} (line {self.line('items', i)}) has category "
                    f"{shown(item['category'])}, which is not a category key"
                    f"{did_you_mean(item['category'], keys)} Keys are: {', '.join(keys)}.",
                )
        used = {item["category"] for item in items}
        for category in categories:
            if items and category["key"] not in used:
                self.add(
                    "items",
                    f"category {shown(category['key'])} has no items "
                    f"(line {self.line('categories')}): give it at least one item, or remove the "
                    "category.",
                )

    def check_spot(self) -> None:
        if "spots" in self.bad:
            return
        spots = self.clean.get("spots", [])
        if not spots:
            self.add(
                "spots",
                f"spot scenario without spots (entry starts at line {self.line()}): add "
                "'spots:' with 1 or more phrases from the draft, each with label and why.",
            )
        draft = self.clean.get("draft")
        if draft is None:
            return
        for i, spot in enumerate(spots):
            phrase = spot["phrase"]
            if phrase in draft:
                continue
            line = self.line("spots", i)
            at = draft.lower().find(phrase.lower())
            if at >= 0:
                found = shown(draft[at : at + len(phrase)])
                fix = f" The draft has {found}: copy its capitals exactly."
            else:
                fix = " Copy the phrase from the draft exactly (same spelling and punctuation)."
            self.add(
                "spots",
                f"spot {i + 1} phrase {shown(phrase)} not found in the draft (line {line}).{fix}",
            )

    # --- dilemma: no right answer, voices that disagree ----------------------------------------

    def check_dilemma(self) -> None:
        """A situation, 2+ ways to lean, 2+ voices leaning different ways, what they weigh and a
        question for supervision. No option is best, so options have no best and no why."""
        for field, what in (
            ("setting", "'setting: ...', the situation the learner weighs"),
            (
                "supervision_question",
                "'supervision_question: ...', a question the learner can take to supervision",
            ),
        ):
            if not self.present(field) and field not in self.bad:
                self.add(
                    field,
                    f"dilemma scenario without {field} (entry starts at line {self.line()}): "
                    f"add {what}.",
                )
        keys = self.check_dilemma_options()
        self.check_voices(keys)
        self.check_weighs()

    def check_dilemma_options(self) -> list[str] | None:
        """The option keys, or None when the options have a problem (leans cannot be checked)."""
        if "options" in self.bad:
            return None
        if not self.present("options"):
            self.add(
                "options",
                f"dilemma scenario without options (entry starts at line {self.line()}): add "
                "'options:' with 2 or more ways to lean, each with key and text.",
            )
            return None
        options = self.clean.get("options", [])
        before = self.n_problems
        if len(options) < 2:
            self.add(
                "options",
                f"dilemma scenario with {len(options)} option (line {self.line('options')}): "
                "give 2 or more ways to lean, each with key and text.",
            )
        keys: list[str] = []
        for i, option in enumerate(options):
            label = f"option {i + 1} (line {self.line('options', i)})"
            if "best" in option:
                self.add(
                    "options",
                    f"{label} has 'best': a dilemma has no best option. Remove it; the voices "
                    "say what each way of leaning weighs.",
                )
            if option.get("why") is not None:
                self.add(
                    "options",
                    f"{label} has 'why': in a dilemma the voices say why. Remove it, or move "
                    "the words into a voice.",
                )
            key = option.get("key")
            if key is None:
                self.add(
                    "options",
                    f"{label} has no 'key': add 'key: ...', a short word the voices lean "
                    "towards, e.g. 'key: ask'.",
                )
            elif not OPTION_KEY.match(key):
                self.add(
                    "options",
                    f"{label} has the key {key!r}: use lowercase letters and digits, joined by "
                    "single hyphens or underscores, e.g. 'ask-first'.",
                )
            elif key in keys:
                self.add("options", f"{label}: the key {key!r} is used twice; give each its own.")
            else:
                keys.append(key)
        return keys if self.n_problems == before else None

    def check_voices(self, keys: list[str] | None) -> None:
        """2 or more voices, each leaning towards an option, and not all the same way."""
        if "voices" in self.bad:
            return
        if not self.present("voices"):
            self.add(
                "voices",
                f"dilemma scenario without voices (entry starts at line {self.line()}): add "
                "'voices:' with 2 or more (3 is best) experienced peer workers, each with name, "
                "leans and why.",
            )
            return
        voices = self.clean.get("voices", [])
        if len(voices) < 2:
            self.add(
                "voices",
                f"dilemma scenario with {len(voices)} voice (line {self.line('voices')}): give "
                "2 or more (3 is best), leaning different ways.",
            )
        if keys is None:
            return
        for i, voice in enumerate(voices):
            if voice["leans"] not in keys:
                self.add(
                    "voices",
                    f"voice {i + 1} (line {self.line('voices', i)}) leans towards "
                    f"{voice['leans']!r}, which is not an option key"
                    f"{did_you_mean(voice['leans'], keys)} Keys are: {', '.join(keys)}.",
                )
        leans = {voice["leans"] for voice in voices}
        if len(voices) >= 2 and len(leans) == 1 and leans <= set(keys):
            self.add(
                "voices",
                f"every voice leans towards {next(iter(leans))!r} (line {self.line('voices')}): "
                "a dilemma's voices disagree. Let at least one lean another way, or make it a "
                "choose scenario.",
            )

    def check_weighs(self) -> None:
        """2 or more known themes, each really in the voices' words (the feedback says so)."""
        if "weighs" in self.bad:
            return
        if not self.present("weighs"):
            self.add(
                "weighs",
                f"dilemma scenario without weighs (entry starts at line {self.line()}): list 2 "
                "or more themes the voices weigh, e.g. 'weighs: [self_determination, safety]' "
                "(the themes are in data/lexicon/value_words.csv).",
            )
            return
        weighs = self.clean.get("weighs", ())
        try:
            themes = load_themes()
        except DataFileError as error:
            first = error.problems[0] if error.problems else error
            self.add("weighs", f"could not check 'weighs' (line {self.line('weighs')}): {first}")
            return
        if len(weighs) < 2:
            self.add(
                "weighs",
                f"'weighs' lists {len(weighs)} theme (line {self.line('weighs')}): a dilemma "
                "weighs 2 or more things against each other.",
            )
        said = " ".join(v["why"] for v in self.clean.get("voices", ()))
        for theme in weighs:
            line = self.item_line("weighs", theme)
            if theme not in themes:
                self.add(
                    "weighs",
                    f"unknown theme {theme!r} (line {line}){did_you_mean(theme, themes)} Themes "
                    f"are: {', '.join(themes)} (data/lexicon/value_words.csv).",
                )
            elif "voices" not in self.bad and not themes[theme].pattern.search(said):
                words = ", ".join(themes[theme].words[:6])
                self.add(
                    "weighs",
                    f"'weighs' lists {theme!r} (line {line}), but no voice's 'why' uses its "
                    f"words ({words}, ...): learners are told the voices weighed it. Let a voice "
                    "say so, add the word to data/lexicon/value_words.csv, or remove it.",
                )


class AnswerRules(EntryFields):
    """The model answers pass the exercise's own test: the feedback a learner would get for
    writing one ticks every target label and names no label to avoid."""

    def check_model_answers(self) -> None:
        fields = ("model_answers", "target_labels", "avoid_labels")
        if any(field in self.bad for field in fields):
            return  # their shapes or labels are already reported
        targets = [x for x in self.clean.get("target_labels", ()) if x in self.labels]
        avoids = [x for x in self.clean.get("avoid_labels", ()) if x in self.labels]
        if not targets and not avoids:
            return
        for i, answer in enumerate(self.clean.get("model_answers", ())):
            text = answer.get("text")
            if not text:
                continue
            try:
                analysis = analyze(text, (*targets, *avoids))  # as the exercise reads it
            except DataFileError:
                return  # a trainer's lexicon that cannot be read: `widgets score` says why
            where = f"model answer {i + 1} (line {self.line('model_answers', i)})"
            for label in targets:
                if not analysis.shows(label):
                    self.add("model_answers", _not_shown(where, label, analysis))
            for label in avoids:
                if label in analysis.labels:
                    self.add("model_answers", _shown_slip(where, label, analysis))


def _quote(analysis: Analysis, label: str) -> str:
    """The words that gave a label, quoted ('' when a rule found it without pointing at any)."""
    words = [f'"{c.text}"' for c in analysis.cues_for(label)]
    return ", ".join(dict.fromkeys(words))


def _not_shown(where: str, label: str, analysis: Analysis) -> str:
    name = f"{label_title(label).lower()} ({label!r})"
    if label in analysis.labels:
        slips = ", ".join(f'"{u.slip.text}"' for u in analysis.undone_for(label))
        return (
            f"{where} shows {name}, a target label, but {slips or 'a slip'} in the same "
            "sentence takes it back, so the feedback would not tick it for a learner. Reword "
            "the answer so nothing takes it back."
        )
    return (
        f"{where} does not show {name}, a target label, so the feedback would not tick it for a "
        "learner who wrote these words. Reword the answer so it shows it (try it with "
        "'python -m widgets score \"...\"'), or change target_labels."
    )


def _shown_slip(where: str, label: str, analysis: Analysis) -> str:
    words = _quote(analysis, label)
    return (
        f"{where} shows {label_title(label).lower()} ({label!r}){' in ' + words if words else ''}"
        ", a label to avoid: a learner who wrote these words would be asked to change them. "
        "Reword the answer, or check avoid_labels."
    )
