"""Files a learner keeps: copies of their data and their completion record, as download links.

Nothing is written on the computer running the course and nothing is sent: the file is made in
memory and handed to the learner's own web browser as a link (``<a download>`` with a ``data:``
address), which saves it where the learner chooses (usually the Downloads folder). The same link
works in JupyterLab, in app mode (Voilà) and in the static browser version, and in app mode on a
room's server the file still reaches the learner's own computer, not the server's disk.

* :func:`anonymous_csv`: the store's own anonymous export (``store.export(anonymous=True)``: no
  free text, no journal, the day only, a random id), read back from a private temporary folder.
* :func:`full_csv`: everything the store keeps about the learner (answers with their words,
  journal entries, the latest self-checks, flags with notes), one row per record. Every cell goes
  through the store's :func:`~widgets.store.exports.neutralise`, so a spreadsheet shows an answer
  such as ``=HYPERLINK(...)`` as the words typed.
"""

from __future__ import annotations

import base64
import csv
import io
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from widgets.core.text import t
from widgets.store.exports import neutralise
from widgets.ui.markup import esc

__all__ = ["FULL_COLUMNS", "anonymous_csv", "download_html", "full_csv", "today"]

#: The columns of a full copy: what a record is, what it is about, when, and its words.
FULL_COLUMNS = (
    "record_type",
    "exercise_or_prompt",
    "value",
    "labels",
    "skipped",
    "phase",
    "rating_value",
    "rating",
    "saved_at",
    "text",
    "note",
)


def today() -> str:
    """Today's date on this computer (ISO, e.g. 2025-05-03): the same in every language."""
    return datetime.now().astimezone().date().isoformat()


def anonymous_csv(store: Any) -> bytes:
    """The store's anonymous export, exactly as ``store.export(path)`` writes it."""
    with tempfile.TemporaryDirectory(prefix="peer-course-export-") as folder:
        path = Path(store.export(Path(folder) / "anonymous.csv", anonymous=True))
        return path.read_bytes()


def full_csv(store: Any) -> bytes:
    """Everything the store keeps, as CSV (UTF-8 with a byte-order mark, for spreadsheets)."""
    rows: list[dict[str, object]] = [
        {"record_type": "about", "text": t("my_data.csv_note", date=today())}
    ]
    for a in store.attempts():
        rows.append(
            {
                "record_type": "attempt",
                "exercise_or_prompt": a.exercise_id,
                "value": a.value or "",
                "labels": ";".join(a.labels),
                "skipped": int(a.skipped),
                "saved_at": a.created_at,
                "text": a.response,
            }
        )
    for entry in store.journal():
        rows.append(
            {
                "record_type": "journal",
                "exercise_or_prompt": entry.prompt_id,
                "saved_at": entry.created_at,
                "text": entry.text,
            }
        )
    for phase, ratings in (store.selfchecks() or {}).items():
        for value, rating in ratings.items():
            row = {"record_type": "selfcheck", "phase": phase, "rating_value": value}
            rows.append({**row, "rating": rating})
    flags = getattr(store, "flags", None)
    for flag in flags() if callable(flags) else ():
        rows.append(
            {
                "record_type": "flag",
                "exercise_or_prompt": flag.exercise_id,
                "labels": ";".join(flag.labels),
                "saved_at": flag.created_at,
                "text": flag.response,
                "note": flag.note,
            }
        )
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=FULL_COLUMNS, restval="")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: neutralise(cell) for key, cell in row.items()})
    return out.getvalue().encode("utf-8-sig")


def download_html(content: bytes, filename: str, mime: str, words_key: str) -> str:
    """A link that saves ``content`` as ``filename`` in the learner's browser (nothing is sent).

    ``words_key`` says what the link says (given ``{file}`` and ``{size}``); the link is a real
    link, so it is reached with Tab and pressed with Enter, and its words say what it does.
    """
    size = t("my_data.size_kb", n=max(1, round(len(content) / 1024)))
    words = t(words_key, file=filename, size=size)
    data = base64.b64encode(content).decode("ascii")
    return (
        f'<a class="psv-download" download="{esc(filename)}" '
        f'href="data:{esc(mime)};base64,{data}" '
        'style="display:inline-block;padding:0.3em 0.8em;border:2px solid currentColor;'
        f'border-radius:4px;font-weight:bold;margin:0.3em 0">'
        f'<span aria-hidden="true">⤓ </span>{esc(words)}</a>'
    )
