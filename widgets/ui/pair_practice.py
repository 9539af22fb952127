"""Pair practice widget: both partners rate each rubric line, then see the ratings side by side.

The rubric and the comparison are widgets/content/pair_rubric.py; the words are in
data/text/<lang>.yaml (``pair_practice``).
"""

from __future__ import annotations

from typing import Any

import ipywidgets as ipw

from widgets.content.pair_rubric import (
    JOURNAL_ID,
    SCALE_POINTS,
    Comparison,
    PairRubric,
    compare,
    comparison_json,
    comparison_table,
    default_rubric,
)
from widgets.core.text import t
from widgets.core.values import value_title
from widgets.ui.a11y import BOX_CLASS, style_widget
from widgets.ui.base import StoreBacked
from widgets.ui.controls import text_button
from widgets.ui.markup import esc

__all__ = ["PairRubricView", "pair_rubric"]

#: ToggleButtons: names in full, each button as wide as its words.
_TOGGLE_STYLE = {"description_width": "initial", "button_width": "auto"}


class PairRubricView(StoreBacked, ipw.VBox):
    """Two rows of 1-4 toggle buttons per line (speaker, partner), a comparison and a save.

    ToggleButtons are real buttons: Tab reaches each one and Space/Enter chooses it, and every
    button says its number and its words, so nothing depends on colour.
    """

    def __init__(self, rubric: PairRubric | None = None, store: Any | None = None):
        self.rubric = rubric or default_rubric()
        self._store = store
        self.self_inputs: dict[str, ipw.ToggleButtons] = {}
        self.partner_inputs: dict[str, ipw.ToggleButtons] = {}
        self.compare_button = text_button(
            t("pair_practice.compare"),
            t("pair_practice.compare_tooltip"),
            icon="columns",
            fit=False,
        )
        self.save_button = text_button(
            t("pair_practice.save"),
            t("pair_practice.save_tooltip"),
            icon="lock",
            disabled=True,
            fit=False,
        )
        self.compare_button.on_click(self.on_compare)
        self.save_button.on_click(self.on_save)
        self.table = ipw.HTML()
        self.status = ipw.HTML()
        heading, intro = t("pair_practice.heading"), t("pair_practice.intro")
        super().__init__(
            [
                ipw.HTML(f"<h3>{esc(heading)}</h3><p>{esc(intro)}</p>"),
                *self.rating_rows(),
                ipw.HBox([self.compare_button, self.save_button]),
                self.table,
                self.status,
                style_widget(),  # hidden; widgets/ui/a11y.py says why
            ]
        )
        self.add_class(BOX_CLASS)

    def rating_rows(self) -> list[ipw.Widget]:
        """Per rubric line: its heading and words, then the speaker's and the partner's buttons."""
        options = [(f"{n} {self.rubric.scale[n]}", n) for n in SCALE_POINTS]
        rows: list[ipw.Widget] = []
        total = len(self.rubric.lines)
        for n, line in enumerate(self.rubric.lines, start=1):
            heading = t("pair_practice.line_label", n=n, total=total, value=value_title(line.value))
            mine, theirs = (
                ipw.ToggleButtons(
                    options=options, value=None, description=t(key), style=_TOGGLE_STYLE
                )
                for key in ("pair_practice.self_label", "pair_practice.partner_label")
            )
            self.self_inputs[line.id], self.partner_inputs[line.id] = mine, theirs
            rows.append(ipw.HTML(f"<p><strong>{esc(heading)}</strong><br>{esc(line.text)}</p>"))
            rows.extend([mine, theirs])
        return rows

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        """Keep the live view, and add the rubric as text for a notebook saved without widgets."""
        data = super()._repr_mimebundle_(**kwargs) or {}
        lines = [f"- {value_title(x.value)}: {x.text}" for x in self.rubric.lines]
        scale = ", ".join(f"{n} {words}" for n, words in self.rubric.scale.items())
        heading = t("pair_practice.heading")
        data["text/plain"] = "\n".join([heading, *lines, scale])
        items = "".join(f"<li>{esc(line[2:])}</li>" for line in lines)
        data["text/html"] = f"<h3>{esc(heading)}</h3><ul>{items}</ul><p>{esc(scale)}</p>"
        return data

    def ratings(self) -> tuple[dict[str, int | None], dict[str, int | None]]:
        """The speaker's and the partner's current choices (None where not chosen)."""
        return (
            {k: b.value for k, b in self.self_inputs.items()},
            {k: b.value for k, b in self.partner_inputs.items()},
        )

    def comparisons(self) -> list[Comparison]:
        return compare(*self.ratings(), rubric=self.rubric)

    def on_compare(self, _button: Any = None) -> None:
        """Show both ratings side by side as text; enable saving once something is rated."""
        mine, theirs = self.ratings()
        self.status.value = ""
        if all(v is None for v in [*mine.values(), *theirs.values()]):
            self.table.value = f"<p role='status'>{esc(t('pair_practice.nothing_yet'))}</p>"
            self.save_button.disabled = True
            return
        table = comparison_table(self.comparisons(), self.rubric)
        talk = t("pair_practice.talk_over")
        self.table.value = (
            f"<div role='status'><pre style='white-space:pre-wrap'>{esc(table)}</pre>"
            f"<p>{esc(talk)}</p></div>"
        )
        self.save_button.disabled = False

    def on_save(self, _button: Any = None) -> None:
        """Save like a private journal entry: on this computer only, never scored or exported.

        A full disk or a locked database is said kindly; the table stays to talk over.
        """
        saved, message = self.save(
            lambda store: store.save_journal(JOURNAL_ID, comparison_json(self.comparisons())),
            failed="pair_practice.save_failed",
        )
        if saved:
            message = t("pair_practice.saved")
        self.status.value = f"<p role='status'>{esc(message)}</p>"


def pair_rubric(store: Any | None = None) -> PairRubricView:
    """The pair practice rubric widget, ready to show as a notebook cell's last expression."""
    return PairRubricView(store=store)
