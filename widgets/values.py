"""The eight core values of peer support: the stable keys every data file and module uses.

Keys never change (data files refer to them); titles are what learners read.
"""

from __future__ import annotations

VALUES: dict[str, str] = {
    "hope_and_wholeness": "Hope and wholeness for all",
    "acknowledgement": "Acknowledgement",
    "mutuality": "Mutuality",
    "strength_based": "Strength-based",
    "self_determination": "Self-determination",
    "respect_dignity_equity": "Respect, dignity and equity",
    "belonging_and_community": "Belonging and community",
    "curiosity": "Curiosity",
}

#: The course notebook that teaches each value, in course order.
NOTEBOOKS: dict[str, str] = {
    "hope_and_wholeness": "01_hope_and_wholeness",
    "mutuality": "02_mutuality",
    "acknowledgement": "03_acknowledgement",
    "strength_based": "04_strength_based",
    "self_determination": "05_self_determination",
    "respect_dignity_equity": "06_respect_dignity_equity",
    "belonging_and_community": "07_belonging_and_community",
    "curiosity": "08_curiosity",
}


def value_title(key: str) -> str:
    """The learner-facing title of a value key (the key itself if unknown)."""
    return VALUES.get(key, key)
