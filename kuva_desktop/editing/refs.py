"""What an edit is about and how it can be refused, with no database code.

The window's forms and undo stack name edits with these before SQLAlchemy is loaded (``ui/app.py``
shows the first form from a standard-library read); ``editing.editor`` carries them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kuva_desktop.domain.fields import EditRefused as EditRefused
from kuva_desktop.errors import InputError
from kuva_desktop.storage.keys import per_round_id, split_per_round_id

__all__ = ["UNCHECKED", "EditConflict", "EditRefused", "Ref"]


class EditConflict(InputError):
    """A change refused because the stored value is no longer the one its writer saw.

    ``mine`` is the value that was to be written, ``theirs`` the value stored now, ``based_on``
    the value the writer had read; nothing was written.
    """

    def __init__(self, ref: Ref, field: str, mine: Any, theirs: Any, based_on: Any) -> None:
        super().__init__("edit.conflict")
        self.ref, self.field = ref, field
        self.mine, self.theirs, self.based_on = mine, theirs, based_on


class _Unchecked:
    """``set_field``'s ``based_on`` when the caller read nothing (a restore from the history)."""

    def __repr__(self) -> str:
        return "UNCHECKED"


UNCHECKED: Any = _Unchecked()


@dataclass(frozen=True)
class Ref:
    """What an edit is about: ("year", 2021), ("theme", uuid), ("entry", "metric-uuid:1")…"""

    kind: str
    key: str | int

    @staticmethod
    def entry(metric_id: str, round_key: str) -> Ref:
        return Ref("entry", per_round_id(metric_id, round_key))

    @staticmethod
    def round(year: int | str, round_key: str) -> Ref:
        return Ref("round", per_round_id(year, round_key))

    @property
    def halves(self) -> tuple[str, str]:
        """An entry's or a round's key taken apart: (metric id or year, round key)."""
        return split_per_round_id(self.key)
