"""The eight core values of peer support: the stable keys every data file and module uses.

Keys never change (data files refer to them); titles are what learners read, and like every
learner-facing word they live in data/text/<lang>.yaml (section ``values``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from widgets.core.text import t

#: The value keys, in the order of the core values document.
VALUE_KEYS: tuple[str, ...] = (
    "hope_and_wholeness",
    "acknowledgement",
    "mutuality",
    "strength_based",
    "self_determination",
    "respect_dignity_equity",
    "belonging_and_community",
    "curiosity",
)

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
    """The learner-facing title of a value key, in the learner's language (the key if unknown)."""
    return t(f"values.{key}") if key in VALUE_KEYS else key


class _Values(Mapping):
    """VALUES: value key -> title (read through ``t``, so a translation reaches it)."""

    def __getitem__(self, key: str) -> str:
        if key not in VALUE_KEYS:
            raise KeyError(key)
        return value_title(key)

    def __iter__(self) -> Iterator[str]:
        return iter(VALUE_KEYS)

    def __len__(self) -> int:
        return len(VALUE_KEYS)

    def __contains__(self, key: object) -> bool:
        return key in VALUE_KEYS

    def __repr__(self) -> str:
        return f"VALUES({', '.join(VALUE_KEYS)})"


#: Every value, key -> learner-facing title, in the order of the core values document.
VALUES: Mapping[str, str] = _Values()
