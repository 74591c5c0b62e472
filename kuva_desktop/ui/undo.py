"""Undo and redo for every edit of the window, on one QUndoStack over the ``Editor``.

Each command writes through the editor (its own transaction, recorded in the history) and then
tells the ``DataHub`` what changed, so that the tree, the forms and the overview can refresh.
Typing in one field merges into one command, so that Ctrl+Z takes back the field's edit, not a
letter.

Signals (DataHub):
    changed(kind, key): a field of the item changed.
    structure_changed(year): items of the year were added, moved or deleted.
    refused(message): an edit was refused by the rules; nothing was written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kuva_desktop.editing import Editor, EditRefused, Ref
from kuva_desktop.ui.i18n import error_text

_SET_FIELD_ID = 1


class DataHub(QObject):
    """Where edits are announced (see the module doc for the signals)."""

    changed = Signal(str, object)
    structure_changed = Signal(int)
    refused = Signal(str)


class SetField(QUndoCommand):
    """One field of one item set to a new value; the first redo is the edit itself."""

    def __init__(
        self, editor: Editor, hub: DataHub, ref: Ref, field: str, old: Any, new: Any, text: str
    ) -> None:
        super().__init__(text)
        self.editor, self.hub, self.ref, self.field = editor, hub, ref, field
        self.old, self.new = old, new
        self.failed = False

    def id(self) -> int:
        return _SET_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing in the same field is one edit: keep the first old value, take the last new one.
        if not isinstance(other, SetField) or (other.ref, other.field) != (self.ref, self.field):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)

    def _write(self, value: Any) -> None:
        try:
            self.editor.set_field(self.ref, self.field, value)
        except EditRefused as error:
            self.failed = True
            self.setObsolete(True)
            self.hub.refused.emit(error_text(error))
            return
        self.hub.changed.emit(self.ref.kind, self.ref.key)


class Structure(QUndoCommand):
    """Add, move or delete a theme, goal or metric, with its opposite for undo."""

    def __init__(self, editor: Editor, hub: DataHub, year: int, text: str) -> None:
        super().__init__(text)
        self.editor, self.hub, self.year = editor, hub, year
        self.failed = False

    def _run(self, action: Any) -> Any:
        try:
            result = action()
        except EditRefused as error:
            self.failed = True
            self.setObsolete(True)
            self.hub.refused.emit(error_text(error))
            return None
        self.hub.structure_changed.emit(self.year)
        return result


class AddItem(Structure):
    """Add a theme (parent: the year), a goal (parent: a theme) or a metric (parent: a goal)."""

    def __init__(self, editor: Editor, hub: DataHub, year: int, kind: str, parent: Any, text: str):
        super().__init__(editor, hub, year, text)
        self.kind, self.parent = kind, parent
        self.key: str | None = None
        self.snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        if self.snapshot is not None:  # a redo after an undo: the same item with the same id
            self._run(lambda: self.editor.restore(self.snapshot))  # type: ignore[arg-type]
            return
        add = {
            "theme": self.editor.add_theme,
            "goal": self.editor.add_goal,
            "metric": self.editor.add_metric,
        }[self.kind]
        self.key = self._run(lambda: add(self.parent))

    def undo(self) -> None:
        if self.key is not None:
            self.snapshot = self._run(lambda: self.editor.delete(Ref(self.kind, self.key)))


class DeleteItem(Structure):
    def __init__(self, editor: Editor, hub: DataHub, year: int, ref: Ref, text: str) -> None:
        super().__init__(editor, hub, year, text)
        self.ref = ref
        self.snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        self.snapshot = self._run(lambda: self.editor.delete(self.ref))

    def undo(self) -> None:
        if self.snapshot is not None:
            self._run(lambda: self.editor.restore(self.snapshot))  # type: ignore[arg-type]


class MoveItem(Structure):
    def __init__(
        self, editor: Editor, hub: DataHub, year: int, ref: Ref, position: int, text: str
    ) -> None:
        super().__init__(editor, hub, year, text)
        self.ref, self.position = ref, position
        self.old: int | None = None

    def redo(self) -> None:
        self.old = self._run(lambda: self.editor.move(self.ref, self.position))

    def undo(self) -> None:
        if self.old is not None:
            old = self.old
            self._run(lambda: self.editor.move(self.ref, old))


class Edits:
    """The window's undo stack with the editor and hub, and helpers that push commands."""

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        self.editor = editor
        self.hub = DataHub(parent)
        self.stack = QUndoStack(parent)

    def set_field(self, ref: Ref, field: str, value: Any, text: str) -> bool:
        """Push the edit unless the value is unchanged; False when the rules refused it."""
        try:
            old = self.editor.get(ref, field)
        except EditRefused as error:
            self.hub.refused.emit(error_text(error))
            return False
        command = SetField(self.editor, self.hub, ref, field, old, value, text)
        self.stack.push(command)
        return not command.failed

    def push(self, command: Structure) -> bool:
        self.stack.push(command)
        return not command.failed
