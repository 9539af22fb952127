"""What scenarios and role-plays share: the file format version and the model answer.

Kept in one place so both kinds of file are read against the same version and show a good answer
the same way; each kind's own shapes live beside its loader (scenarios.py, roleplay.py).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SCHEMA_VERSION", "ModelAnswer"]

#: The version of the scenario and role-play file format this course reads.
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class ModelAnswer:
    """One good answer and why it is good, shown after the learner has tried."""

    text: str
    why: str
