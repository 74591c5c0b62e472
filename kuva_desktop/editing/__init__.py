"""Editing data one change at a time, as the forms do: headless, each change its own transaction.

``Editor`` is the one way the window changes data: it checks the city's rules, writes the change
in its own transaction (so the history records it and a crash loses nothing already written), and
returns what the undo stack needs to take it back.

``Editor`` is imported when first asked for (PEP 562): the names of ``editing.refs`` and the
reads of ``editing.read`` need no SQLAlchemy, and the window shows its first form with them
before the database code is loaded (``ui/app.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kuva_desktop.editing.refs import UNCHECKED, EditConflict, EditRefused, Ref

if TYPE_CHECKING:
    from kuva_desktop.editing.editor import Editor

__all__ = ["UNCHECKED", "EditConflict", "EditRefused", "Editor", "Ref"]


def __getattr__(name: str) -> Any:
    if name == "Editor":
        from kuva_desktop.editing.editor import Editor

        return Editor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
