"""TEMPORARY bridge to three names the scoring layer is gaining in a parallel change.

``widgets.scoring.label_title``/``label_description`` and ``widgets.scoring.feedback.NEUTRAL_MARK``
are being added to the scoring layer; until that lands, the ui layer takes them from here. Once
they exist this module only re-exports them: then import them from ``widgets.scoring`` directly
and delete this file.
"""

from __future__ import annotations

try:
    from widgets.scoring import label_description, label_title
except ImportError:  # pragma: no cover - only until the scoring change is merged
    from widgets.scoring import LABELS

    def label_title(name: str) -> str:
        """A label's learner-facing title (its name in words when the scorer does not know it)."""
        info = LABELS.get(name)
        return getattr(info, "title", None) or name.replace("_", " ")

    def label_description(name: str) -> str:
        """What a label means, in words ("" when the scorer does not know it)."""
        info = LABELS.get(name)
        return getattr(info, "description", "") or ""


try:
    from widgets.scoring.feedback import NEUTRAL_MARK
except ImportError:  # pragma: no cover - only until the scoring change is merged
    NEUTRAL_MARK = "•"

__all__ = ["NEUTRAL_MARK", "label_description", "label_title"]
