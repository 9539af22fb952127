"""Turn an Analysis into the feedback a learner reads: HTML for exercises, text and JSON for CLIs.

Strengths always come first, slips are "next steps", and every piece of learner text is escaped
with ``html.escape`` before it reaches HTML, so nothing a learner types can ever render as markup.
Labels are named in words (never by colour alone). The words live in ``data/text/en.yaml``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from html import escape

from widgets.core.text import t
from widgets.core.values import value_title
from widgets.scoring import LABELS, Analysis, Cue, Note, label_title
from widgets.scoring.model import Undone

#: How many noticed phrases the feedback lists (repeats counted once); a paste can have thousands.
MAX_LISTED_CUES = 12
#: How much of a long answer is shown marked up (all of it is read, scored and saved).
MAX_HIGHLIGHT_CHARS = 4000

#: Symbols that carry meaning together with words, never instead of them.
STRENGTH_MARK = "✓"
NEXT_STEP_MARK = "↗"
NEUTRAL_MARK = "•"
#: Opens a list whose every item starts with one of the marks above: the list shows no bullet
#: or number of its own, so a point never carries two markers ("• ✓").
MARKED_LIST = '<ul class="psv-marks" style="list-style-type:none;padding-left:0.6em">'


def _grouped(notes: tuple[Note, ...]) -> list[tuple[str, str, list[str]]]:
    """(label, message, value titles) once per label, in the order the notes came."""
    groups: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        groups.setdefault((note.label, note.message), []).append(value_title(note.value))
    return [(label, message, values) for (label, message), values in groups.items()]


def _hedged(analysis: Analysis, grouped: list[tuple[str, str, list[str]]]) -> list:
    """The praise for a strength only the learned reading saw, said as a maybe to check."""
    if not analysis.learned:
        return grouped
    return [
        (label, t("feedback.learned_strength", message=message), values)
        if label in analysis.learned
        else (label, message, values)
        for label, message, values in grouped
    ]


def step_lead(label: str) -> str:
    """The words before a next step: "Not yet:" for a slip or a closed question; "To build on:"
    for a label the answer shows and could be praised for (sharing your own experience: a
    neutral label with words for both), which "Not yet" would seem to deny."""
    info = LABELS.get(label)
    both = getattr(info, "polarity", "") == "neutral" and bool(getattr(info, "did_well", ""))
    return t("feedback.build_on" if both else "feedback.not_yet")


def _short(words: str, most: int = 120) -> str:
    """A cue's words for a list: a very long span (e.g. many stacked questions) shows its ends."""
    if len(words) <= most:
        return words
    return f"{words[: most * 2 // 3].rstrip()} … {words[-most // 3 :].lstrip()}"


def feedback_html(
    analysis: Analysis,
    *,
    met: Sequence[str] = (),
    not_yet: Sequence[str] = (),
    covered: Collection[str] = (),
    withheld: Collection[str] = (),
) -> str:
    """The feedback an exercise shows: strengths, then next steps, then the words behind them.

    An exercise adds its own checklist: ``met`` lines open "What you did well" and ``not_yet``
    lines open "Next steps" (both already-escaped HTML), so nothing that is "not yet" comes
    before a strength. Suggestions for the labels in ``covered`` are left out because a
    ``not_yet`` line already gives them; praise for the labels in ``withheld`` is left out
    because the exercise cannot vouch for it (see ui/checklist.py's ``withheld_praise``).
    """
    if not analysis.text.strip():
        return f'<div class="psv-feedback" role="status"><p>{escape(t("feedback.empty"))}</p></div>'
    if not analysis.readable:
        return (
            '<div class="psv-feedback" role="status">'
            f"<p>{escape(t('feedback.other_language'))}</p></div>"
        )
    parts = ['<div class="psv-feedback" role="status">']
    strengths = [s for s in _hedged(analysis, _grouped(analysis.strengths)) if s[0] not in withheld]
    steps = [step for step in _grouped(analysis.suggestions) if step[0] not in covered]
    taken = [u for u in _said_apart(analysis.undone) if u.strength.label not in covered]
    parts.append(f"<h4>{escape(t('feedback.did_well'))}</h4>")
    if met or strengths:
        parts.append(MARKED_LIST)
        parts.extend(f"<li>{item}</li>" for item in met)
        for label, message, values in strengths:
            parts.append(
                f"<li>{STRENGTH_MARK} <strong>{escape(label_title(label))}</strong> "
                f"<small>({escape(', '.join(values))})</small>: {escape(message)}</li>"
            )
        parts.append("</ul>")
    elif not_yet or steps or taken:
        parts.append(f"<p>{escape(t('feedback.no_strengths'))}</p>")
    else:
        parts.append(f"<p>{escape(t('feedback.nothing_noticed'))}</p>")
    if not_yet or steps or taken:
        parts.append(f"<h4>{escape(t('feedback.next_steps'))}</h4>{MARKED_LIST}")
        parts.extend(f"<li>{item}</li>" for item in not_yet)
        said = dict.fromkeys(taken_back_words(u) for u in taken)  # two cues, one slip: once
        parts.extend(f"<li>{NEXT_STEP_MARK} {escape(words)}</li>" for words in said)
        for label, message, values in steps:
            parts.append(
                f"<li>{NEXT_STEP_MARK} <strong>{escape(step_lead(label))} "
                f"{escape(label_title(label))}</strong> "
                f"<small>({escape(', '.join(values))})</small>: {escape(message)}</li>"
            )
        parts.append("</ul>")
    noticed: dict[tuple[str, str], list[Cue]] = {}
    for cue in _worth_naming(analysis):
        noticed.setdefault((cue.label, _short(cue.text).lower()), []).append(cue)
    if noticed:
        parts.append(f"<h4>{escape(t('feedback.the_words'))}</h4><ul>")
        for same in list(noticed.values())[:MAX_LISTED_CUES]:
            cue = same[0]
            times = f" {t('feedback.times', n=f'{len(same):,}')}" if len(same) > 1 else ""
            parts.append(
                f"<li><mark><bdi>“{escape(_short(cue.text))}”</bdi></mark>{escape(times)} — "
                f"<em>{escape(label_title(cue.label))}</em>: {escape(cue.message)}</li>"
            )
        parts.append("</ul>")
        rest = sum(len(same) for same in list(noticed.values())[MAX_LISTED_CUES:])
        if rest:
            more = t("feedback.more_words", n=f"{rest:,}")
            parts.append(f"<p><em>{escape(more)}</em></p>")
    parts.append("</div>")
    return "".join(parts)


#: Slips whose own next step already says why they take a strength back (a "why" question is
#: open in form; its next step explains why "why" can sound like a test).
SAID_BY_ITS_NEXT_STEP = frozenset({"why_question"})


def _worth_naming(analysis: Analysis) -> list[Cue]:
    """The cues to list by their words: not the plain "question" (its kind is listed), nor a
    strength whose slip's own next step explains it (the "open" form of a "why" question)."""
    quiet = {id(u.strength) for u in analysis.undone if u.slip.label in SAID_BY_ITS_NEXT_STEP}
    return [c for c in analysis.cues if c.label != "question" and id(c) not in quiet]


def _said_apart(undone: tuple[Undone, ...]) -> list[Undone]:
    """The taken-back strengths to list on their own line (not those a next step explains)."""
    return [u for u in undone if u.slip.label not in SAID_BY_ITS_NEXT_STEP]


def taken_back_words(undone: Undone) -> str:
    """One sentence naming a strength and the slip that takes it back, both by their words:
    "...is undone by..." when the slip follows, "...carries..." when it is inside the strength
    or comes before it."""
    strength, slip = undone.strength, undone.slip
    if slip.label in SAID_BY_ITS_NEXT_STEP:
        return t("feedback.taken_back_why", slip=_short(slip.text, 60))
    # inside it, or said before it in its sentence ("I can sign you up, if you like?"): "carries"
    inside = slip.start < strength.end
    label, slip_label = label_title(strength.label), label_title(slip.label)
    if inside:  # said mid-sentence: "... carries advice"
        slip_label = slip_label.lower()
    return t(
        "feedback.taken_back_inside" if inside else "feedback.taken_back",
        strength=_short(strength.text, 60),
        label=label,
        slip=_short(slip.text, 60),
        slip_label=slip_label,
    )


def found_in(analysis: Analysis, label: str, most: int = 3) -> str:
    """Where a label shows up, in words: each distinct phrase once, at most ``most`` of them."""
    words = list(dict.fromkeys(_short(c.text, 60) for c in analysis.cues if c.label == label))
    if not words:
        return ""
    listed = ", ".join(f"“{w}”" for w in words[:most])
    if len(words) > most:
        listed += " " + t("feedback.and_more", n=len(words) - most)
    return t("rewrite.found_in", words=listed)


def highlight_html(text: str, cues: tuple[Cue, ...] | list[Cue]) -> str:
    """The learner's own words, escaped, with each cue's words marked and named in brackets.

    A very long answer is shown up to ``MAX_HIGHLIGHT_CHARS`` (never cutting through marked
    words), with a note; the words are isolated (``dir="auto"``) so right-to-left text or a
    stray direction mark cannot reorder the page around them.
    """
    full = len(text)
    note = ""
    if full > MAX_HIGHLIGHT_CHARS:
        cut = MAX_HIGHLIGHT_CHARS
        for cue in cues:  # never through a phrase (a span of many questions is simply unmarked)
            if cue.start < cut < cue.end and cue.end - cue.start <= 200:
                cut = cue.start
        text = text[:cut]
        shown = t("feedback.long_answer", shown=f"{cut:,}", total=f"{full:,}")
        note = f"<p><em>{escape(shown)}</em></p>"
    cues = [c for c in cues if c.label != "question" and 0 <= c.start < c.end <= len(text)]
    opening = '<div class="psv-highlight" dir="auto" style="unicode-bidi:isolate">'
    if not cues:
        return f"{opening}{escape(text)}</div>{note}"
    bounds = sorted({0, len(text), *(c.start for c in cues), *(c.end for c in cues)})
    starts: dict[int, list[Cue]] = {}
    for cue in cues:
        starts.setdefault(cue.start, []).append(cue)
    out = [opening]
    active: list[Cue] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = [c for c in active if c.end > a] + starts.get(a, [])
        piece = escape(text[a:b])
        if active:
            names = ", ".join(dict.fromkeys(label_title(c.label) for c in active))
            out.append(f'<mark title="{escape(names)}">{piece}</mark>')
        else:
            out.append(piece)
        ending = [c for c in active if c.end == b]
        if ending:
            names = ", ".join(dict.fromkeys(label_title(c.label) for c in ending))
            out.append(f' <small class="psv-tag">[{escape(names)}]</small>')
    out.append("</div>")
    out.append(note)
    return "".join(out)


def feedback_text(analysis: Analysis) -> str:
    """Plain-text feedback for the command line, in the same order as the HTML."""
    if not analysis.text.strip():
        return t("feedback.empty")
    if not analysis.readable:
        return t("feedback.other_language")
    lines = [t("feedback.did_well")]
    strengths = _hedged(analysis, _grouped(analysis.strengths))
    steps = _grouped(analysis.suggestions)
    for label, message, values in strengths:
        lines.append(f"  {STRENGTH_MARK} {label_title(label)} ({', '.join(values)}): {message}")
    if not strengths:
        empty = "no_strengths" if steps or analysis.undone else "nothing_noticed"
        lines.append(f"  {t('feedback.' + empty)}")
    if steps or analysis.undone:
        lines.append(t("feedback.next_steps"))
        for undone in _said_apart(analysis.undone):
            lines.append(f"  {NEXT_STEP_MARK} {taken_back_words(undone)}")
        for label, message, values in steps:
            lines.append(
                f"  {NEXT_STEP_MARK} {step_lead(label)} {label_title(label)} "
                f"({', '.join(values)}): {message}"
            )
    shown = _worth_naming(analysis)
    if shown:
        lines.append(t("feedback.the_words"))
        for cue in shown:
            lines.append(f'  "{cue.text}" [{cue.label}] {cue.message}')
    return "\n".join(lines)


def feedback_json(analysis: Analysis, *, full: bool = True) -> dict:
    """A JSON-ready dict: labels and cues always; strengths, next steps and values when full."""
    data = {
        "language": analysis.language,
        "labels": sorted(analysis.labels),
        "cues": [_cue_dict(c) for c in analysis.cues],
        "learned": sorted(analysis.learned),
    }
    data["taken_back"] = [
        {"strength": _cue_dict(u.strength), "by": _cue_dict(u.slip)} for u in analysis.undone
    ]
    if full:
        data["strengths"] = [_note_dict(n) for n in analysis.strengths]
        data["next_steps"] = [_note_dict(n) for n in analysis.suggestions]
        data["per_value"] = {
            v: {"did_well": list(f.did_well), "next_step": f.next_step}
            for v, f in analysis.per_value.items()
        }
    return data


def _cue_dict(c: Cue) -> dict:
    return {"label": c.label, "start": c.start, "end": c.end, "text": c.text, "message": c.message}


def _note_dict(note: Note) -> dict:
    return {"label": note.label, "value": note.value, "message": note.message}
