"""``completion_record()``: a record of the course a learner can print or save as a PDF.

For supervision or a certification portfolio: the modules (notebooks) completed, what was done in
each, the dates, the time spent as an estimate, and the self-check before and after. It holds no
words the learner wrote in the course; only a name and a note they type into the record itself,
which are used for the record and saved nowhere.

**Time** is estimated from when answers were saved (attempts and journal entries): per module,
from the first to the last saved answer, leaving out breaks longer than :data:`BREAK_MINUTES`.
The record says that it is an estimate and what it leaves out.

The record is shown on the page, and "Save as a file" hands the learner's browser a complete web
page (:func:`record_page`, with print styles for A4) as a download link: opened in a browser,
Print → Save as PDF makes the PDF. Nothing is written on the computer running the course and
nothing is sent. Which notebook holds which exercise comes from the notebooks themselves
(:mod:`widgets.content.course_map`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import ipywidgets as ipw

from widgets.content.course_map import Module, course_modules, done_keys, module_of
from widgets.core.text import current_lang, t
from widgets.ui.a11y import style_widget
from widgets.ui.base import ExerciseBox, StoreBacked
from widgets.ui.controls import LABEL_STYLE, answer_box, button_row, full_width, text_button
from widgets.ui.downloads import download_html, today
from widgets.ui.markup import esc, fallback_bundle, kind_box
from widgets.ui.self_check import comparison_table

__all__ = [
    "BREAK_MINUTES",
    "CompletionRecord",
    "ModuleRow",
    "completion_record",
    "estimate_minutes",
    "gather",
    "record_html",
    "record_page",
]

#: A gap between two saved answers longer than this is a break, and is not counted as time spent.
BREAK_MINUTES = 30


@dataclass(frozen=True)
class ModuleRow:
    """What was done in one module: keys done (and how many only skipped), when, how long."""

    module: Module
    done: int
    skipped: int
    first: datetime | None
    last: datetime | None
    minutes: int | None

    @property
    def total(self) -> int:
        return len(self.module.keys)

    @property
    def status(self) -> str:
        if self.total and self.done >= self.total:
            return "done"
        return "started" if self.done else "not"


def _when(created_at: str) -> datetime | None:
    """A saved time (ISO 8601, UTC) in this computer's time zone; None if it cannot be read."""
    try:
        moment = datetime.fromisoformat(str(created_at))
    except ValueError:
        return None
    return moment.astimezone() if moment.tzinfo else moment


def estimate_minutes(times: Iterable[datetime]) -> int | None:
    """Minutes from the first to the last time, leaving out gaps over BREAK_MINUTES (None: fewer
    than two times, so nothing to estimate from)."""
    moments = sorted(times)
    if len(moments) < 2:
        return None
    seconds = 0.0
    for earlier, later in zip(moments, moments[1:], strict=False):
        gap = (later - earlier).total_seconds()
        if gap <= BREAK_MINUTES * 60:
            seconds += gap
    return max(1, round(seconds / 60))


def gather(store: Any, modules: tuple[Module, ...]) -> list[ModuleRow]:
    """One row per module, from what ``store`` keeps (raises what the store raises)."""
    attempts = store.attempts()
    journal = store.journal()
    phases = set((store.selfchecks() or {}).keys())
    saved = {a.exercise_id for a in attempts} | {e.prompt_id for e in journal}
    saved |= {f"selfcheck-{phase}" for phase in phases}
    tried = {a.exercise_id for a in attempts if not a.skipped} | {e.prompt_id for e in journal}
    times: dict[str, list[datetime]] = {}
    for key, created_at in [(a.exercise_id, a.created_at) for a in attempts] + [
        (e.prompt_id, e.created_at) for e in journal
    ]:
        module = module_of(key, modules)
        moment = _when(created_at)
        if module is not None and moment is not None:
            times.setdefault(module.name, []).append(moment)
    rows = []
    for module in modules:
        done = done_keys(module, saved)
        skipped = [k for k in done if not done_keys(_only(module, k), tried)]
        skipped = [k for k in skipped if not k.startswith("selfcheck-")]
        moments = times.get(module.name, [])
        rows.append(
            ModuleRow(
                module=module,
                done=len(done),
                skipped=len(skipped),
                first=min(moments) if moments else None,
                last=max(moments) if moments else None,
                minutes=estimate_minutes(moments),
            )
        )
    return rows


def _only(module: Module, key: str) -> Module:
    """The module narrowed to one key (to ask whether that key was tried, not only skipped)."""
    return Module(module.name, module.number, module.title, (key,))


# --- words -----------------------------------------------------------------------------------


def _duration(minutes: int | None) -> str:
    if minutes is None:
        return t("record.no_estimate")
    if minutes < 60:
        return t("record.minutes", n=minutes)
    return t("record.hours", h=minutes // 60, m=minutes % 60)


def _dates(first: datetime | None, last: datetime | None) -> str:
    if first is None or last is None:
        return t("record.no_dates")
    a, b = first.date().isoformat(), last.date().isoformat()
    return t("record.dates_one", first=a) if a == b else t("record.dates_range", first=a, last=b)


def _done_words(row: ModuleRow) -> str:
    if row.skipped:
        return t("record.done_count_skipped", done=row.done, total=row.total, skipped=row.skipped)
    return t("record.done_count", done=row.done, total=row.total)


def record_html(
    rows: list[ModuleRow],
    checks: dict[str, dict[str, int]],
    *,
    name: str = "",
    note: str = "",
    made_on: str | None = None,
) -> str:
    """The record's content (escaped HTML): title, modules table, totals, self-check, notes."""
    parts = [f"<h1>{esc(t('record.title'))}</h1>"]
    if name.strip():
        parts.append(f"<p><strong>{esc(t('record.name', name=name.strip()))}</strong></p>")
    parts.append(f"<p>{esc(t('record.made_on', date=made_on or today()))}</p>")
    head = "".join(
        f"<th scope='col'>{esc(t(f'record.col_{k}'))}</th>"
        for k in ("module", "status", "done", "dates", "time")
    )
    body = "".join(
        f"<tr><th scope='row'>{esc(r.module.number)} · {esc(r.module.title)}</th>"
        f"<td>{esc(t(f'record.status_{r.status}'))}</td><td>{esc(_done_words(r))}</td>"
        f"<td>{esc(_dates(r.first, r.last))}</td><td>{esc(_duration(r.minutes))}</td></tr>"
        for r in rows
    )
    parts.append(
        f"<h2>{esc(t('record.modules_heading'))}</h2>"
        f"<table><caption>{esc(t('record.caption'))}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )
    minutes = [r.minutes for r in rows if r.minutes is not None]
    fields = {
        "completed": sum(1 for r in rows if r.status == "done"),
        "total": len(rows),
        "done": sum(r.done for r in rows),
        "items": sum(r.total for r in rows),
    }
    totals = (
        t("record.totals", time=_duration(sum(minutes)), **fields)
        if minutes
        else t("record.totals_no_time", **fields)
    )
    parts.append(f"<p><strong>{esc(totals)}</strong></p>")
    moments = [r.first for r in rows if r.first] + [r.last for r in rows if r.last]
    if moments:
        dates = t("record.course_dates", dates=_dates(min(moments), max(moments)))
        parts.append(f"<p>{esc(dates)}</p>")
    parts.append(f"<h2>{esc(t('record.selfcheck_heading'))}</h2>")
    if checks:
        parts.append(f"<p>{esc(t('record.selfcheck_intro'))}</p>")
        parts.append(comparison_table(checks.get("before", {}), checks.get("after", {})))
    else:
        parts.append(f"<p>{esc(t('record.selfcheck_none'))}</p>")
    if note.strip():
        text = esc(note.strip()).replace("\n", "<br>")
        parts.append(f"<h2>{esc(t('record.note_heading'))}</h2><p>{text}</p>")
    parts.append(f"<p><small>{esc(t('record.time_note', gap=BREAK_MINUTES))}</small></p>")
    parts.append(f"<p><small>{esc(t('record.honest_note'))}</small></p>")
    return "".join(parts)


#: A plain, printable page: black on white, ruled tables, A4 margins, no colour needed.
PAGE_STYLE = (
    "body{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;color:#111;background:#fff;"
    "max-width:50em;margin:2em auto;padding:0 1em;line-height:1.45}"
    "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.4em}"
    "table{border-collapse:collapse;width:100%;margin:0.5em 0}"
    "th,td{border:1px solid #444;padding:0.3em 0.5em;text-align:left;vertical-align:top}"
    "caption{text-align:left;font-style:italic;padding-bottom:0.3em}"
    "@page{size:A4;margin:16mm}"
    "@media print{body{margin:0;max-width:none}tr{break-inside:avoid}}"
)


def record_page(content_html: str) -> str:
    """A complete web page holding the record, ready to print or save as a PDF."""
    return (
        f'<!DOCTYPE html><html lang="{esc(current_lang())}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(t('record.title'))}</title><style>{PAGE_STYLE}</style></head>"
        f"<body><main>{content_html}</main></body></html>"
    )


# --- the view ----------------------------------------------------------------------------------


class CompletionRecord(StoreBacked):
    """The record on the page, an optional name and note for it, and "Save as a file"."""

    def __init__(self, store: Any | None = None, folder: Any | None = None):
        self._store = store
        self.modules = course_modules(folder)
        self.name = ipw.Text(
            value="",
            placeholder=t("record.name_placeholder"),
            description=t("record.name_label"),
            tooltip=t("record.name_label"),
            continuous_update=False,
            style=LABEL_STYLE,
            layout=full_width(),
        )
        self.note = answer_box(t("record.note_label"), t("record.note_placeholder"), rows=3)
        self.preview = ipw.HTML()
        self.download = ipw.HTML()
        self.status = ipw.HTML()
        self.save_button = text_button(
            t("record.save"), t("record.save_tooltip"), icon="save", style="primary"
        )
        self.refresh_button = text_button(
            t("record.refresh"), t("record.refresh_tooltip"), icon="refresh"
        )
        self.save_button.on_click(self.on_save)
        self.refresh_button.on_click(self.refresh)
        self.name.observe(self._changed, names="value")
        self.note.observe(self._changed, names="value")
        intro = ipw.HTML(
            f"<h3>{esc(t('record.heading'))}</h3><p>{esc(t('record.intro'))}</p>"
            f"<p>{esc(t('record.optional_explain'))}</p>"
        )
        printing = ipw.HTML(
            f"<h4>{esc(t('record.print_heading'))}</h4><p>{esc(t('record.print_steps'))}</p>"
        )
        top = self.notice_widgets()
        text, page = fallback_bundle(
            t("record.heading"),
            [(t("record.fallback_label"), t("record.fallback"))],
            "record.run_cell",
        )
        self.widget = ExerciseBox(
            [
                *top,
                intro,
                self.name,
                self.note,
                self.preview,
                printing,
                button_row([self.save_button, self.refresh_button]),
                self.download,
                self.status,
                style_widget(),  # hidden; widgets/ui/a11y.py says why
            ],
            fallback_text=text,
            fallback_html=page,
        )
        self.widget.exercise = self
        self.refresh()

    def content(self) -> str | None:
        """The record as HTML, or None when the store cannot be read."""
        rows = self.read(lambda store: gather(store, self.modules), None)
        checks = self.read(lambda store: dict(store.selfchecks() or {}), {})
        if rows is None:
            return None
        return record_html(rows, checks, name=self.name.value, note=self.note.value)

    def refresh(self, _button: Any = None) -> None:
        content = self.content()
        if content is None:
            self.status.value = kind_box(esc(t("record.unreadable")))
            content = record_html([], {}, name=self.name.value, note=self.note.value)
        else:
            self.status.value = ""
        self.preview.value = (
            '<div class="psv-record" style="border:1px solid #888;padding:0.5em 1em;'
            f'margin:0.6em 0">{content}</div>'
        )
        self.download.value = ""  # a file made earlier no longer matches the page

    def _changed(self, _change: Any = None) -> None:
        self.refresh()

    def on_save(self, _button: Any = None) -> None:
        """Make the record as a web page and offer it to the browser as a download link."""
        content = self.content()
        if content is None:
            self.status.value = kind_box(esc(t("record.unreadable")))
            return
        page = record_page(content).encode("utf-8")
        link = download_html(
            page, f"course-record-{today()}.html", "text/html;charset=utf-8", "my_data.download"
        )
        self.status.value = ""
        self.download.value = kind_box(f"<p>{esc(t('record.ready'))}</p><p>{link}</p>")


def completion_record(*, store: Any | None = None, folder: Any | None = None) -> ExerciseBox:
    """A record of the course to print or save as a PDF (``folder``: the notebooks' folder)."""
    return CompletionRecord(store, folder).widget
