"""Editing data one change at a time, as the forms do: headless, each change its own transaction.

``Editor`` is the one way the window changes data: it checks the city's rules, writes the change
in its own transaction (so the history records it and a crash loses nothing already written), and
returns what the undo stack needs to take it back.
"""

from kuva_desktop.editing.editor import UNCHECKED, EditConflict, Editor, EditRefused, Ref

__all__ = ["UNCHECKED", "EditConflict", "EditRefused", "Editor", "Ref"]
