"""Undo and redo for every edit of the window, on one QUndoStack over the ``Editor``.

Each command writes through the editor (its own transaction, recorded in the history) and then
tells the ``DataHub`` what changed, so that the tree, the forms and the overview can refresh.
A stretch of typing in one field merges into one command, so that Ctrl+Z takes back the field's
edit, not a second of it. Every field command says what it was based on (the value the form
showed, or the value the command wrote before an undo): a value changed by someone else
meanwhile is a conflict, never overwritten.

Signals (DataHub):
    changed(kind, key): a field of the item changed.
    structure_changed(year): items of the year were added, moved or deleted.
    refused(message): an edit was refused by the rules; nothing was written.
    save_state(failing, message): whether some typed value could not be written (the database
        locked, the disk full) and why; False when everything typed is written again.
    outside_changed(kind, key): another window or command changed a field of the item.
    outside_structure(): another window or command added, moved or deleted items.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kuva_desktop.editing.refs import UNCHECKED, EditConflict, EditRefused, Ref
from kuva_desktop.errors import InputError
from kuva_desktop.storage.keys import STRETCH
from kuva_desktop.ui.i18n import error_text

if TYPE_CHECKING:
    # The database code: the window's forms are made before it is loaded (``ui/app.py``), and
    # ``Edits`` gets its editor when the database is open (``attach_editor``).
    from kuva_desktop.editing.editor import Editor

_SET_FIELD_ID = 1
# How long a field edit waits for another program's write lock before it fails and is retried
# later: the window must not freeze while someone else writes.
WRITE_WAIT_MS = 500


class Outcome(enum.Enum):
    """What became of a field edit."""

    SAVED = "saved"  # written (or the value was already stored)
    REFUSED = "refused"  # the rules refused it; the window said why
    FAILED = "failed"  # the database could not take it now (locked, disk full): try again
    CONFLICT = "conflict"  # someone else changed the value since it was read: nothing written


@dataclass(frozen=True)
class Written:
    """The outcome of ``Edits.set_field`` and, for FAILED and CONFLICT, the error."""

    outcome: Outcome
    error: InputError | None = None

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.SAVED


class DataHub(QObject):
    """Where edits are announced (see the module doc for the signals)."""

    changed = Signal(str, object)
    structure_changed = Signal(int)
    refused = Signal(str)
    save_state = Signal(bool, str)
    outside_changed = Signal(str, object)
    outside_structure = Signal()


class SetField(QUndoCommand):
    """One field of one item set from ``old`` (what the writer saw) to ``new``.

    The first redo is the edit itself; its outcome is in ``written``. A later undo writes ``old``
    over ``new`` and a redo ``new`` over ``old``, each refused as a conflict when the stored value
    is no longer the one the command left.
    """

    def __init__(
        self, editor: Editor, hub: DataHub, ref: Ref, field: str, old: Any, new: Any, text: str
    ) -> None:
        super().__init__(text)
        self.editor, self.hub, self.ref, self.field = editor, hub, ref, field
        self.old, self.new = old, new
        self.written = Written(Outcome.SAVED)
        self.first = True
        # A form's input handles a first write that fails itself (Edits.set_field sets this).
        self.quiet_first = False
        self.at = time.monotonic()

    @property
    def failed(self) -> bool:
        return not self.written.ok

    def id(self) -> int:
        return _SET_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # A stretch of typing in the same field is one edit: the first old value, the last new.
        if (
            not isinstance(other, SetField)
            or other.failed
            or (other.ref, other.field) != (self.ref, self.field)
            or other.at - self.at > STRETCH.total_seconds()
        ):
            return False
        self.new, self.at = other.new, other.at
        return True

    def redo(self) -> None:
        self._write(self.new, based_on=self.old)

    def undo(self) -> None:
        self._write(self.old, based_on=self.new)

    def _write(self, value: Any, based_on: Any) -> None:
        first, self.first = self.first, False
        try:
            replaced = self.editor.set_field(self.ref, self.field, value, based_on=based_on)
        except EditConflict as error:
            self._fail(Outcome.CONFLICT, error, announce=not (first and self.quiet_first))
            return
        except EditRefused as error:
            self._fail(Outcome.REFUSED, error, announce=True)
            return
        except InputError as error:  # the database could not take it now
            self._fail(Outcome.FAILED, error, announce=not (first and self.quiet_first))
            return
        if first:
            self.old = replaced
        self.written = Written(Outcome.SAVED)
        self.hub.changed.emit(self.ref.kind, self.ref.key)

    def _fail(self, outcome: Outcome, error: InputError, *, announce: bool) -> None:
        # A form's first write that fails is the form's to handle (it keeps the text and
        # retries, or asks about the conflict); an undo or redo that fails is only said.
        self.written = Written(outcome, error)
        self.setObsolete(True)
        if announce:
            self.hub.refused.emit(error_text(error))


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
        snapshot = self.snapshot
        if snapshot is not None:  # a redo after an undo: the same item with the same id
            self._run(lambda: self.editor.restore(snapshot))
            return
        parent, editor = self.parent, self.editor
        adds: dict[str, Callable[[], str]] = {
            "theme": lambda: editor.add_theme(int(parent)),
            "goal": lambda: editor.add_goal(str(parent)),
            "metric": lambda: editor.add_metric(str(parent)),
        }
        self.key = self._run(adds[self.kind])

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
        snapshot = self.snapshot
        if snapshot is not None:
            self._run(lambda: self.editor.restore(snapshot))


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
    """The window's undo stack with the editor and hub, and helpers that push commands.

    The window makes it before the database is open, without an editor, so that its forms can
    show the first item at once (``ui/app.py``); ``attach_editor`` gives it the editor, and no
    edit can be made before that (the window takes no input in its forms until then).
    """

    def __init__(self, editor: Editor | None, parent: QObject | None = None) -> None:
        self._editor = editor
        self.hub = DataHub(parent)
        self.stack = QUndoStack(parent)
        # What typed values wait for a retry because the database did not take them, and why.
        self.failing: dict[object, str] = {}

    @property
    def editor(self) -> Editor:
        assert self._editor is not None, "no edit before the database is open (attach_editor)"
        return self._editor

    @property
    def ready(self) -> bool:
        """Whether edits can be made: the editor is there."""
        return self._editor is not None

    def attach_editor(self, editor: Editor) -> None:
        self._editor = editor

    def report(self, writer: object, problem: str | None) -> None:
        """``writer`` (a form's input) could not write its value (``problem``), or now could."""
        before = bool(self.failing)
        if problem is None:
            self.failing.pop(writer, None)
        else:
            self.failing[writer] = problem
        if problem is not None or before != bool(self.failing):
            self.hub.save_state.emit(bool(self.failing), next(iter(self.failing.values()), ""))

    def set_field(
        self, ref: Ref, field: str, value: Any, text: str, *, based_on: Any = UNCHECKED
    ) -> Written:
        """Write ``value`` over ``based_on`` (the value the form showed) as one undoable step.

        A stretch of typing in one field merges into the step before it.
        """
        command = SetField(self.editor, self.hub, ref, field, based_on, value, text)
        command.quiet_first = True
        self.stack.push(command)
        return command.written

    def push(self, command: Structure) -> bool:
        self.stack.push(command)
        return not command.failed
