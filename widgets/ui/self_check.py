"""Self-check boxes (confidence per value, 1 to 5, before and after the course).

The "after" box shows the change beside "before" as a chart (widgets/ui/charts.py: hatching and
numbers on the bars), as a table with the same numbers and as a line about each change, so nothing
depends on seeing the picture or telling colours apart.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

import ipywidgets as ipw

from widgets.core.text import t
from widgets.core.values import VALUES
from widgets.ui.a11y import style_widget
from widgets.ui.base import ExerciseBox, StoreBacked
from widgets.ui.charts import before_after_png
from widgets.ui.controls import LABEL_STYLE, make_button
from widgets.ui.markup import esc, fallback_bundle, kind_box

__all__ = ["SelfCheck", "comparison_html", "comparison_table"]


class SelfCheck(StoreBacked):
    """One number box per value (1-5), saved with record_selfcheck; "after" compares to "before".

    The boxes take any whole number, so a number off the scale (a 7) is said kindly and nothing
    is saved, instead of being quietly changed to 5 (a bounded box would clamp it unseen).
    """

    def __init__(self, phase: str, store: Any | None = None):
        self.phase = phase
        self._store = store
        saved = self._saved()
        self.sliders: dict[str, ipw.IntText] = {}
        for key, title in VALUES.items():
            # A number box, not an IntSlider: the slider's handle has no accessible name.
            self.sliders[key] = ipw.IntText(
                value=int(saved.get(phase, {}).get(key, 3)),
                step=1,
                description=t("selfcheck.slider_label", value=title),
                tooltip=t("selfcheck.slider_tooltip", value=title),
                style=LABEL_STYLE,
                layout=ipw.Layout(width="34em", max_width="100%"),
            )
            self.sliders[key].observe(self._on_change, names="value")
        self.save_button = make_button("save_selfcheck", icon="save", style="primary")
        self.save_button.on_click(self.on_save)
        self.status = ipw.HTML()
        self.chart = ipw.HTML()
        intro = ipw.HTML(
            f"<h3>{esc(t(f'selfcheck.heading_{phase}'))}</h3>"
            f"<p>{esc(t(f'selfcheck.intro_{phase}'))}</p>"
            f"<p><strong>{esc(t('selfcheck.scale_heading'))}</strong> "
            f"{esc(t('selfcheck.scale_1'))} · {esc(t('selfcheck.scale_5'))}</p>"
            f"<p>{esc(t('selfcheck.how'))}</p>"
        )
        top = self.notice_widgets()
        if phase == "after" and saved.get("after"):
            self.chart.value = comparison_html(saved.get("before", {}), saved["after"])
        text, page = fallback_bundle(
            t(f"selfcheck.heading_{phase}"),
            [(t("selfcheck.fallback_label"), t("selfcheck.intro_" + phase))],
            "fallback.run_selfcheck",
        )
        self.widget = ExerciseBox(
            [*top, intro, *self.sliders.values(), self.save_button, self.status, self.chart]
            + [style_widget()],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.exercise = self

    def _saved(self) -> dict[str, dict[str, int]]:
        return self.read(lambda store: dict(store.selfchecks() or {}), {})

    def ratings(self) -> dict[str, int]:
        return {key: int(slider.value) for key, slider in self.sliders.items()}

    def off_scale(self) -> str:
        """Kind words naming every value whose number is not 1 to 5 ("" when all are)."""
        wrong = [(key, n) for key, n in self.ratings().items() if not 1 <= n <= 5]
        if not wrong:
            return ""
        titles = _and([VALUES[key] for key, _ in wrong])
        numbers = _and([str(n) for _, n in wrong])
        key = "selfcheck.out_of_range_one" if len(wrong) == 1 else "selfcheck.out_of_range_many"
        return t(key, values=titles, numbers=numbers)

    def _on_change(self, _change: Any = None) -> None:
        """Say at once when a number is off the scale; clear the words once it is back on."""
        problem = self.off_scale()
        if problem:
            self.status.value = kind_box(esc(problem), role="alert")
        elif self.status.value and 'role="alert"' in self.status.value:
            self.status.value = ""

    def on_save(self, _button: Any = None) -> None:
        """Save first, then draw: nothing about the chart can stop the ratings being kept."""
        problem = self.off_scale()
        if problem:
            self.status.value = kind_box(esc(problem), role="alert")
            return
        ratings = self.ratings()
        saved, message = self.save(lambda store: store.record_selfcheck(self.phase, ratings))
        if saved:
            message = t(f"selfcheck.saved_{self.phase}")
        self.status.value = kind_box(esc(message))
        if self.phase == "after":
            before = self._saved().get("before", {})
            self.chart.value = comparison_html(before, ratings)


def _and(items: list[str]) -> str:
    """Items as words: "A", "A and B", "A, B and C"."""
    if len(items) < 2:
        return "".join(items)
    return t("selfcheck.list_and", rest=", ".join(items[:-1]), last=items[-1])


def _change(before: int | None, after: int | None) -> str:
    if before is None or after is None:
        return t("selfcheck.change_unknown")
    if after > before:
        return t("selfcheck.change_up", n=after - before)
    if after < before:
        return t("selfcheck.change_down", n=before - after)
    return t("selfcheck.change_same")


def comparison_table(before: Mapping[str, int], after: Mapping[str, int]) -> str:
    """The ratings as a text table (the chart's numbers, readable without the picture)."""
    head = "".join(
        f"<th scope='col'>{esc(t(k))}</th>"
        for k in (
            "selfcheck.col_value",
            "selfcheck.col_before",
            "selfcheck.col_after",
            "selfcheck.col_change",
        )
    )
    rows = []
    for key, title in VALUES.items():
        b, a = before.get(key), after.get(key)
        cells = [title, "–" if b is None else str(b), "–" if a is None else str(a), _change(b, a)]
        rows.append(
            f"<tr><th scope='row'>{esc(cells[0])}</th>"
            + "".join(f"<td>{esc(c)}</td>" for c in cells[1:])
            + "</tr>"
        )
    caption = esc(t("selfcheck.table_caption"))
    return (
        f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def comparison_html(before: Mapping[str, int], after: Mapping[str, int]) -> str:
    """Chart (with alt text) plus the same numbers as a table and a line about each change."""
    image = base64.b64encode(before_after_png(before, after)).decode("ascii")
    alt = t("selfcheck.chart_alt")
    parts = []
    if not before:
        parts.append(f"<p>{esc(t('selfcheck.no_before'))}</p>")
    parts.append(
        f'<figure><img src="data:image/png;base64,{image}" alt="{esc(alt)}" '
        f'style="max-width:100%"><figcaption>{esc(alt)}</figcaption></figure>'
    )
    parts.append(comparison_table(before, after))
    parts.append(f"<p>{esc(t('selfcheck.after_note'))}</p>")
    return "".join(parts)
