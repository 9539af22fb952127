"""What the role-play says, as HTML: the header, each turn's feedback, the transcript, the summary.

Plain functions of the script, a node or a play-through (no widgets), so widgets/ui/roleplay_view.py
only arranges them. Strengths come first and every point starts with a mark AND words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from widgets.content.roleplay import Evidence, Node, RolePlay, Script, Turn
from widgets.core.text import t
from widgets.scoring import LABELS, Analysis, label_title
from widgets.scoring.feedback import NEXT_STEP_MARK, STRENGTH_MARK, feedback_html
from widgets.ui.checklist import checklist, checks_html, withheld_praise
from widgets.ui.markup import esc, html_list, kind_box, marked_list, para


def header_html(script: Script) -> str:
    """The title, the kind of exercise, the setting and the introduction."""
    parts = [
        f"<h3>{esc(script.title)}</h3>",
        f"<p><em>{esc(t('roleplay.kind'))}</em></p>",
        f"<p><strong>{esc(t('roleplay.setting_label'))}:</strong> {esc(script.setting)}</p>",
    ]
    if script.intro:
        parts.append(para(script.intro))
    return "".join(parts)


def fallback(script: Script) -> tuple[str, str]:
    """Plain text and HTML for a notebook saved without widget state."""
    lines = [
        (t("roleplay.content_note_label"), script.content_note or ""),
        (t("roleplay.setting_label"), script.setting),
        (t("roleplay.first_line_label", peer=script.peer_name), script[script.start].peer_says),
    ]
    lines = [(label, value) for label, value in lines if value]
    run = t("roleplay.run_cell")
    text = "\n".join([script.title, *(f"{k}: {v}" for k, v in lines), run])
    body = "".join(f"<p><strong>{esc(k)}:</strong> {esc(v)}</p>" for k, v in lines)
    page = f"<div><h4>{esc(script.title)}</h4>{body}<p><em>{esc(run)}</em></p></div>"
    return text, page


def peer_html(script: Script, node: Node) -> str:
    who = t("roleplay.peer_says", peer=script.peer_name)
    return f"<p><strong>{esc(who)}</strong></p><blockquote>{esc(node.peer_says)}</blockquote>"


def transcript_html(script: Script, turns: Sequence[Turn]) -> str:
    """The conversation so far, folded away ("" before the first turn)."""
    if not turns:
        return ""
    items = []
    for turn in turns:
        said = esc(t("roleplay.skipped_mark")) if turn.skipped else esc(turn.response)
        items.append(
            f"<p><strong>{esc(t('roleplay.turn', n=turn.number))}.</strong> "
            f"<strong>{esc(script.peer_name)}:</strong> {esc(turn.peer_says)}<br>"
            f"<strong>{esc(t('roleplay.you'))}:</strong> {said}</p>"
        )
    heading = esc(t("roleplay.transcript_heading"))
    return f"<details><summary>{heading}</summary>{''.join(items)}</details>"


def choice_feedback(node: Node, index: int) -> str:
    """The reply picked, the values it lives and strains, and why."""
    choice = node.choices[index]
    good = [label_title(x) for x in choice.labels if LABELS[x].polarity == "strength"]
    slips = [label_title(x) for x in choice.labels if LABELS[x].polarity == "slip"]
    parts = [
        f"<p><strong>{esc(t('roleplay.you_replied'))}</strong></p>"
        f"<blockquote>{esc(choice.text)}</blockquote>"
    ]
    if good:
        parts.append(
            f"<p>{STRENGTH_MARK} <strong>{esc(t('roleplay.lives'))}</strong> "
            f"{esc(', '.join(good))}</p>"
        )
    if slips:
        parts.append(
            f"<p>{NEXT_STEP_MARK} <strong>{esc(t('roleplay.not_yet'))}</strong> "
            f"{esc(', '.join(slips))}</p>"
        )
    parts.append(f"<p><strong>{esc(t('roleplay.why'))}</strong> {esc(choice.why)}</p>")
    return kind_box("".join(parts))


def free_feedback(node: Node, analysis: Analysis) -> str:
    """The learner's reply, then strengths first (this turn's own checks, then the scorer's).

    The turn's ``look_for`` labels are its targets (any one of them will do) and ``avoid`` its
    slips: a strength a slip takes back is not praised, and a slip the feedback did not notice
    is asked about, never called absent (widgets/ui/checklist.py). Words the scorer cannot read
    (not English) get its plain note and nothing that pretends to have read them.
    """
    reply = (
        f"<p><strong>{esc(t('roleplay.you_replied'))}</strong></p>"
        f"<blockquote>{esc(analysis.text)}</blockquote>"
    )
    if not analysis.readable:
        return kind_box(f"{reply}{feedback_html(analysis)}{model_html(node)}")
    check = checklist(analysis, node.look_for, node.avoid)
    not_yet = []
    if not check.shown and node.look_for:
        looks = ", ".join(label_title(x) for x in node.look_for)
        not_yet.append(f"{NEXT_STEP_MARK} {esc(t('roleplay.none_shown', labels=looks))}")
    not_yet += [*check.taken_lines, *check.noticed_lines]
    withheld, quiet_steps = withheld_praise(check, analysis)
    feedback = feedback_html(
        analysis,
        met=check.met,
        not_yet=not_yet,
        covered=check.covered | quiet_steps,
        withheld=withheld,
    )
    return kind_box(f"{reply}{feedback}{checks_html(check.checks)}{model_html(node)}")


def model_html(node: Node, heading: str | None = None) -> str:
    """The turn's model answer and why it works ("" when the turn has none)."""
    model = node.model_answer
    if model is None:
        return ""
    return (
        f"<p><strong>{esc(heading or t('model.heading'))}</strong></p>"
        f"<blockquote>{esc(model.text)}</blockquote>"
        f"<p><strong>{esc(t('model.why'))}</strong> {esc(model.why)}</p>"
    )


def evidence_lines(evidence: Iterable[Evidence]) -> list[str]:
    """Summary lines, one per label: the label in words, the turns it came up in, the message."""
    grouped: dict[str, list[Evidence]] = {}
    for ev in evidence:
        grouped.setdefault(ev.label, []).append(ev)
    lines = []
    for label, evs in grouped.items():
        turns = ", ".join(str(e.turn) for e in evs)
        key = "roleplay.evidence_one" if len(evs) == 1 else "roleplay.evidence_many"
        lines.append(
            f"{esc(label_title(label))} <small>({esc(t(key, turns=turns))})</small>: "
            f"{esc(evs[0].message)}"
        )
    return lines


def ending_html(play: RolePlay) -> str:
    """The ending, then the summary across the eight values: what was lived, then next steps."""
    summary = play.summary_per_value()
    parts = [
        f"<h4>{esc(t('roleplay.end_heading'))}</h4>{para(play.node.ending)}",
        f"<h4>{esc(t('roleplay.summary_heading'))}</h4>{para(t('roleplay.summary_intro'))}",
        f"<h5>{esc(t('roleplay.lived_heading'))}</h5>",
    ]
    lived = [s for s in summary.values() if s.shown]
    if lived:
        items = [
            f"{STRENGTH_MARK} <strong>{esc(s.title)}</strong>{html_list(evidence_lines(s.lived))}"
            for s in lived
        ]
        parts.append(marked_list(items))
    else:
        parts.append(para(t("roleplay.no_lived")))
    parts.append(f"<h5>{esc(t('roleplay.not_yet_heading'))}</h5>")
    steps = []
    for s in summary.values():
        if not (s.next_step or s.not_yet):
            continue
        bits = evidence_lines(s.not_yet)
        if s.next_step:
            bits.append(f"<strong>{esc(t('roleplay.practice'))}</strong> {esc(s.next_step)}")
        steps.append(
            f"{NEXT_STEP_MARK} <strong>{esc(t('roleplay.not_yet'))} {esc(s.title)}</strong> "
            f"<small>({esc(t('roleplay.notebook', notebook=s.notebook))})</small>"
            f"{html_list(bits)}"
        )
    parts.append(marked_list(steps))
    if play.skipped_count:
        parts.append(para(t("roleplay.skipped_count", n=play.skipped_count)))
    parts.append(para(t("roleplay.again")))
    return kind_box("".join(parts))
