"""One hatched paired-bar chart: before beside after (self-check), first beside later (dashboard).

Matplotlib only, no widgets. Nothing rests on colour: the earlier series is striped and white, the
later one dotted and shaded, every bar carries its number in words, and a legend names both. The
learner's self-check "after" chart and both facilitator dashboard charts are drawn by
:func:`paired_bars`. Matplotlib is imported only when a figure is made (notebooks start faster).

Every word on a chart is drawn as plain text (``parse_math=False``): a title, value or name with
two ``$`` signs would otherwise be read as matplotlib maths and could fail to draw at all.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from widgets.core.text import t
from widgets.core.values import VALUES

#: (hatch, fill) for the earlier and the later series: striped white, then dotted and shaded.
#: Chart titles and alt texts say "striped" and "dotted", so keep the hatches in this order.
STYLES: tuple[tuple[str, str], ...] = (("///", "#ffffff"), ("...", "#b9c3d9"))
BAR_HEIGHT = 0.38


@dataclass(frozen=True)
class Series:
    """One set of bars: its legend name, its numbers (None = no bar) and what each bar says."""

    name: str
    numbers: Sequence[float | None]
    words: Sequence[str]


def paired_bars(ax: Any, labels: Sequence[str], series: Sequence[Series], *, size: float = 9):
    """Horizontal bars, one group per label (top to bottom), the series side by side in a group.

    Each series has its own hatching and fill (``STYLES``); each bar is labelled at its end with
    its words, so a bar of no length (a missing or hidden number) still says why it is empty.
    """
    offset = (len(series) - 1) / 2
    for i, one in enumerate(series):
        hatch, fill = STYLES[i % len(STYLES)]
        positions = [n + (i - offset) * BAR_HEIGHT for n in range(len(labels))]
        bars = ax.barh(
            positions,
            [0 if x is None else x for x in one.numbers],
            height=BAR_HEIGHT,
            label=one.name,
            hatch=hatch,
            color=fill,
            edgecolor="black",
        )
        ax.bar_label(bars, labels=list(one.words), padding=3, fontsize=size, parse_math=False)
    ax.set_yticks(range(len(labels)), labels, parse_math=False)
    ax.invert_yaxis()


def plain_legend(ax: Any, **options: Any) -> Any:
    """``ax.legend(**options)`` with its names drawn as plain text, never as maths."""
    legend = ax.legend(**options)
    for text in legend.get_texts():
        text.set_parse_math(False)
    return legend


def png_bytes(fig: Any) -> bytes:
    """The figure as PNG (no software stamp, so the same chart gives the same bytes)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, metadata={"Software": None})
    return buffer.getvalue()


def before_after_png(before: Mapping[str, int], after: Mapping[str, int]) -> bytes:
    """The self-check chart: per value, confidence before (striped) beside after (dotted)."""
    from matplotlib.figure import Figure

    keys = list(VALUES)
    series = []
    for key, data in (("selfcheck.col_before", before), ("selfcheck.col_after", after)):
        name = t(key)
        numbers = [data.get(k) or None for k in keys]
        words = [f"{name}: {'–' if n is None else n}" for n in numbers]
        series.append(Series(name, numbers, words))
    fig = Figure(figsize=(7.5, 0.55 * len(keys) + 1.2), layout="constrained")
    ax = fig.subplots()
    paired_bars(ax, [VALUES[k] for k in keys], series)
    ax.set_xlim(0, 6.8)
    ax.set_xticks(range(1, 6))
    ax.set_xlabel(t("selfcheck.axis_label"), parse_math=False)
    plain_legend(ax, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=2, frameon=False)
    ax.set_title(t("selfcheck.chart_title"), parse_math=False)
    return png_bytes(fig)
