"""Self-check sliders (confidence per value, before and after) and the course progress view.

Both show numbers as words and text tables, and the chart uses hatching and direct labels, so
nothing depends on telling colours apart.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping
from typing import Any

import ipywidgets as widgets

from widgets.core.text import t
from widgets.core.values import NOTEBOOKS, VALUES
from widgets.store import StoreError
from widgets.ui.a11y import style_widget
from widgets.ui.base import (
    LABEL_STYLE,
    ExerciseBox,
    esc,
    fallback_bundle,
    html_list,
    kind_box,
    make_button,
    store_for,
    take_notice,
)

# --- self-check --------------------------------------------------------------------------------


class SelfCheck:
    """One slider per value (1-5), saved with record_selfcheck; "after" compares with "before"."""

    def __init__(self, phase: str, store: Any | None = None):
        self.phase = phase
        self._store = store
        saved = self._saved()
        self.sliders: dict[str, widgets.BoundedIntText] = {}
        for key, title in VALUES.items():
            # A number box, not an IntSlider: the slider's handle has no accessible name.
            self.sliders[key] = widgets.BoundedIntText(
                value=int(saved.get(phase, {}).get(key, 3)),
                min=1,
                max=5,
                step=1,
                description=t("selfcheck.slider_label", value=title),
                tooltip=t("selfcheck.slider_tooltip", value=title),
                style=LABEL_STYLE,
                layout=widgets.Layout(width="34em", max_width="100%"),
            )
        self.save_button = make_button("save_selfcheck", icon="save", style="primary")
        self.save_button.on_click(self.on_save)
        self.status = widgets.HTML()
        self.chart = widgets.HTML()
        intro = widgets.HTML(
            f"<h3>{esc(t(f'selfcheck.heading_{phase}'))}</h3>"
            f"<p>{esc(t(f'selfcheck.intro_{phase}'))}</p>"
            f"<p><strong>{esc(t('selfcheck.scale_heading'))}</strong> "
            f"{esc(t('selfcheck.scale_1'))} · {esc(t('selfcheck.scale_5'))}</p>"
        )
        top = [w for w in [take_notice(self._notice_store())] if w is not None]
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

    @property
    def store(self) -> Any:
        return store_for(self._store)

    def _notice_store(self) -> Any:
        try:
            return self.store
        except OSError:
            return None

    def _saved(self) -> dict[str, dict[str, int]]:
        try:
            return dict(self.store.selfchecks() or {})
        except (OSError, StoreError, ValueError):
            return {}

    def ratings(self) -> dict[str, int]:
        return {key: int(slider.value) for key, slider in self.sliders.items()}

    def on_save(self, _button: Any = None) -> None:
        ratings = self.ratings()
        if self.phase == "after":
            before = self._saved().get("before", {})
            self.chart.value = comparison_html(before, ratings)
        try:
            self.store.record_selfcheck(self.phase, ratings)
        except (OSError, StoreError, ValueError) as err:
            self.status.value = kind_box(esc(t("common.save_failed", error=str(err))))
            return
        self.status.value = kind_box(esc(t(f"selfcheck.saved_{self.phase}")))


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
        if b is None or a is None:
            change = t("selfcheck.change_unknown")
        elif a > b:
            change = t("selfcheck.change_up", n=a - b)
        elif a < b:
            change = t("selfcheck.change_down", n=b - a)
        else:
            change = t("selfcheck.change_same")
        cells = [title, "–" if b is None else str(b), "–" if a is None else str(a), change]
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


def comparison_png(before: Mapping[str, int], after: Mapping[str, int]) -> bytes:
    """A bar chart, before (striped) beside after (dotted), each bar labelled with its number."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    keys = list(VALUES)
    titles = [VALUES[k] for k in keys]
    fig = Figure(figsize=(7.5, 0.55 * len(keys) + 1.2), dpi=96)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    height = 0.38
    ys = list(range(len(keys)))
    series = [
        (t("selfcheck.col_before"), before, -height / 2, "white", "///"),
        (t("selfcheck.col_after"), after, height / 2, "#9aa9c8", "..."),
    ]
    for name, data, offset, face, hatch in series:
        values = [data.get(k, 0) or 0 for k in keys]
        bars = ax.barh(
            [y + offset for y in ys],
            values,
            height=height,
            color=face,
            edgecolor="black",
            hatch=hatch,
            label=name,
        )
        for bar, value in zip(bars, values, strict=True):
            text = f"{name}: {value}" if value else f"{name}: –"
            ax.text(bar.get_width() + 0.05, bar.get_y() + bar.get_height() / 2, text, va="center")
    ax.set_yticks(ys, titles)
    ax.invert_yaxis()
    ax.set_xlim(0, 6.8)
    ax.set_xticks(range(1, 6))
    ax.set_xlabel(t("selfcheck.axis_label"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, frameon=False)
    ax.set_title(t("selfcheck.chart_title"))
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def comparison_html(before: Mapping[str, int], after: Mapping[str, int]) -> str:
    """Chart (with alt text) plus the same numbers as a table and a line about each change."""
    image = base64.b64encode(comparison_png(before, after)).decode("ascii")
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


# --- progress ----------------------------------------------------------------------------------


def text_bar(done: int, total: int, width: int = 10) -> str:
    """A bar like ■■■□□□□□ for sighted readers; the words beside it carry the meaning."""
    if total <= 0:
        return ""
    cells = min(total, width)
    filled = round(cells * done / total)
    return "■" * filled + "□" * (cells - filled)


def done_ids(store: Any) -> set[str]:
    """Exercises attempted or skipped, plus reflections with a saved journal entry."""
    done = set(store.completed())
    try:
        entries = store.journal()
    except (OSError, ValueError, TypeError):
        entries = []
    for entry in entries:
        prompt = entry.get("prompt_id") if isinstance(entry, dict) else None
        prompt = prompt or getattr(entry, "prompt_id", None)
        if prompt:
            done.add(prompt)
    return done


def progress_html(bank: Any, store: Any) -> str:
    """Per value: done / total (main value only, so nothing is counted twice) and which ids."""
    done = done_ids(store)
    by_value: dict[str, list[Any]] = {key: [] for key in VALUES}
    for sid in bank.ids():
        scenario = bank[sid]
        if scenario.values and scenario.values[0] in by_value:
            by_value[scenario.values[0]].append(scenario)
    total_all = sum(len(v) for v in by_value.values())
    done_all = sum(1 for v in by_value.values() for s in v if s.id in done)
    head = "".join(
        f"<th scope='col'>{esc(t(k))}</th>"
        for k in (
            "progress.col_value",
            "progress.col_notebook",
            "progress.col_progress",
            "progress.col_done",
        )
    )
    rows = []
    ordered = [k for k in NOTEBOOKS if k in by_value] + [k for k in by_value if k not in NOTEBOOKS]
    for key in ordered:
        scenarios = by_value[key]
        finished = [s for s in scenarios if s.id in done]
        count = t("progress.count", done=len(finished), total=len(scenarios))
        bar = text_bar(len(finished), len(scenarios))
        names = (
            html_list(f"<code>{esc(s.id)}</code> ({esc(s.title)})" for s in finished)
            if finished
            else esc(t("progress.none_yet"))
        )
        notebook = NOTEBOOKS.get(key)
        nb = f"<code>{esc(notebook)}.ipynb</code>" if notebook else "–"
        rows.append(
            f"<tr><th scope='row'>{esc(VALUES[key])}</th><td>{nb}</td>"
            f"<td><span aria-hidden='true'>{bar}</span> {esc(count)}</td><td>{names}</td></tr>"
        )
    summary = t("progress.summary", done=done_all, total=total_all)
    return (
        f"<h3>{esc(t('progress.heading'))}</h3><p><strong>{esc(summary)}</strong></p>"
        f"<table><caption>{esc(t('progress.caption'))}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<p>{esc(t('progress.kind_note'))}</p>"
    )


class ProgressView:
    """Course-wide progress with a refresh button (progress changes as cells are run)."""

    def __init__(self, bank: Any, store: Any | None = None):
        self.bank = bank
        self._store = store
        self.table = widgets.HTML()
        self.refresh_button = make_button("refresh", icon="refresh")
        self.refresh_button.on_click(self.refresh)
        top = [w for w in [take_notice(store_for(store))] if w is not None]
        self.refresh()
        text, page = fallback_bundle(
            t("progress.heading"),
            [(t("progress.fallback_label"), t("progress.fallback"))],
            "fallback.run_progress",
        )
        self.widget = ExerciseBox(
            [*top, self.table, self.refresh_button, style_widget()],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.exercise = self

    def refresh(self, _button: Any = None) -> None:
        self.table.value = progress_html(self.bank, store_for(self._store))
