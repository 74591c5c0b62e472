"""What every form shares: writing each change as it is made, reloading after undo, messages.

A form shows one item (a year, a theme, a goal, a metric, or a goal in one round). Each input is
bound to one field of one item by a ``FieldBinding``: text is written after a short pause in
typing and when the input loses focus, combos, check boxes and lists at once; every write is an
undoable command of the window's stack (``Edits.set_field``). When the hub says an item changed
(an undo, another form), the form reads it again; a binding replaces what its input shows only
when the stored value really changed from outside, so that a person typing is never disturbed.

This module has no strings of its own: Qt for Python looks ``self.tr`` up under the name of the
object's own class, not the class lupdate sees, so each form (never subclassed further) keeps its
words in its own class.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from kuva_desktop.editing.refs import EditConflict, Ref
from kuva_desktop.storage.snapshot import Source
from kuva_desktop.ui.forms.widgets import FORM_STYLE, StatusCombo, blocked
from kuva_desktop.ui.i18n import Retranslated, error_text
from kuva_desktop.ui.undo import Edits, Outcome, Written

DEBOUNCE_MS = 400
# A steady typist never pauses: what is typed is written at least this often all the same.
MAX_WAIT_MS = 700
# A write the database did not take (locked, disk full) is tried again after this long.
RETRY_MS = 2000


class FieldBinding(QObject):
    """One input bound to one field of one item.

    ``value()`` reads the input as the value to store (raising ValueError while it is not valid);
    ``show(value)`` puts a stored value in the input. ``stored`` is what the database has, as
    last read or written: an input is replaced on reload only when that changes, and only
    while nothing typed waits to be written. Every write says it was based on ``stored``.

    Text is written after a pause in typing, at the latest ``MAX_WAIT_MS`` after the first
    unwritten key, and when the input loses focus. A write the database does not take keeps the
    text, marks the input unsaved, and is tried again by a timer, on the next key and on focus
    change; what was typed for an item the form no longer shows is kept and retried too. A
    value someone else changed meanwhile opens the side-by-side choice (``EditConflictDialog``).
    """

    def __init__(
        self,
        edits: Edits,
        widget: QWidget,
        field: str,
        *,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        changed: Any,
        delay: int = DEBOUNCE_MS,
        describe: Callable[[], str] = lambda: "",
        same: Callable[[Any, Any], bool] | None = None,
        text: Callable[[Any], str] | None = None,
    ) -> None:
        super().__init__(widget)
        self.edits, self.widget, self.field = edits, widget, field
        self._read, self._show, self._describe = read, show, describe
        self._same = same or (lambda a, b: (a or "") == (b or "") if _texts(a, b) else a == b)
        self._text = text or _plain_text
        self.ref: Ref | None = None
        self.stored: Any = None
        self.read_only = False
        self._loading = False
        self.timer = self._timer(delay)
        self.deadline = self._timer(MAX_WAIT_MS)
        self.retry = self._timer(RETRY_MS)
        self.delay = delay
        # Why the input's text is not written (None: it is, or it waits for the pause only).
        self.problem: str | None = None
        # Values typed for items no longer shown, not yet written: ref → (value, based on, why).
        self.unsent: dict[Ref, tuple[Any, Any, str]] = {}
        self.asking: QWidget | None = None  # the conflict dialog while it is open
        changed.connect(self._on_edited)
        if isinstance(widget, QLineEdit | QDateEdit):
            widget.editingFinished.connect(self.commit)
        widget.installEventFilter(self)

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.commit)
        return timer

    # Loading

    def load(self, ref: Ref, value: Any, *, force: bool = False) -> None:
        """Show the stored value of ``ref``; keep what is being typed if the value is unchanged.

        ``force`` shows the value in any case (the input's choices were just rebuilt). A value
        changed elsewhere is not shown over text still waiting to be written: that text's
        write then finds the change and asks.
        """
        if ref != self.ref:
            self.commit()  # what was typed for the previous item goes to that item
            if self.problem is not None and self.ref is not None:
                self.unsent[self.ref] = (self._value_or(self.stored), self.stored, self.problem)
                self.problem = None
            self.ref = ref
            self._stop()
        elif (self._same(value, self.stored) and not force) or (
            not force and (self.pending or self.asking is not None)
        ):
            return
        self._stop()
        self.stored = value
        self._put(value)
        self._report()

    def _put(self, value: Any) -> None:
        """Show ``value`` in the input without it counting as an edit."""
        self._loading = True
        try:
            with blocked(self.widget):
                self._show(value)
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if isinstance(self.widget, QLineEdit | QPlainTextEdit):
            self.widget.setReadOnly(read_only)
            # The style sheet's [readOnly="true"] look is applied only when polished again.
            self.widget.style().unpolish(self.widget)
            self.widget.style().polish(self.widget)
        else:
            self.widget.setEnabled(not read_only)

    # Writing

    @property
    def pending(self) -> bool:
        """Something typed is not written yet (waiting for the pause, or for a retry)."""
        return (
            self.timer.isActive()
            or self.deadline.isActive()
            or self.problem is not None
            or bool(self.unsent)
        )

    def _on_edited(self, *_args: Any) -> None:
        if self._loading or self.ref is None:
            return
        if self.delay:
            self.timer.start()
            if not self.deadline.isActive():
                self.deadline.start()
            if self.problem is not None:
                self.commit()  # the next key tries a failed write again
        else:
            self.commit()

    def value(self) -> Any:
        return self._read()

    def _value_or(self, default: Any) -> Any:
        try:
            return self._read()
        except ValueError:
            return default

    def _stop(self) -> None:
        for timer in (self.timer, self.deadline, self.retry):
            timer.stop()

    def commit(self) -> bool:
        """Write the input's value now if it differs from the stored one; False if not written."""
        self._stop()
        self._resend()
        if self.ref is None or self.read_only or self._loading or self.asking is not None:
            return True
        try:
            value = self._read()
        except ValueError:
            return False  # the form shows why; nothing is written until the input is valid
        if self._same(value, self.stored):
            self.problem = None
            self._report()
            return True
        return self._settle(self.ref, value, self.stored, self._write(self.ref, value, self.stored))

    def discard(self) -> None:
        """Forget what is typed and not written (the user chose to discard it): no retry."""
        self._stop()
        self.problem = None
        self.unsent.clear()
        self._report()

    def _write(self, ref: Ref, value: Any, based_on: Any) -> Written:
        """Write ``value`` (in the binding's form) over ``based_on``; NumericBinding has two."""
        return self.edits.set_field(ref, self.field, value, self._describe(), based_on=based_on)

    def _resend(self) -> None:
        for ref, (value, based_on, _why) in list(self.unsent.items()):
            self._settle(ref, value, based_on, self._write(ref, value, based_on))

    def _settle(self, ref: Ref, value: Any, based_on: Any, written: Written) -> bool:
        current = ref == self.ref
        if written.outcome is Outcome.FAILED:
            problem = error_text(written.error) if written.error else ""
            if current:
                self.problem = problem
            else:
                self.unsent[ref] = (value, based_on, problem)
            self.retry.start()
        else:
            if current:
                self.problem = None
                if written.ok:
                    self.stored = value
            else:
                self.unsent.pop(ref, None)
            if written.outcome is Outcome.CONFLICT and isinstance(written.error, EditConflict):
                self._ask(ref, value, written.error)
        self._report()
        return written.ok

    def _report(self) -> None:
        problem = self.problem or next((why for _v, _b, why in self.unsent.values()), None)
        unsaved = self.problem is not None
        if bool(self.widget.property("unsaved")) != unsaved:
            self.widget.setProperty("unsaved", unsaved)
            self.widget.setToolTip((problem or "") if unsaved else "")
            self.widget.style().unpolish(self.widget)
            self.widget.style().polish(self.widget)
        self.edits.report(self, problem)

    # Conflicts

    def stored_form(self, value: Any) -> Any:
        """A field's stored value in the binding's own form (NumericBinding pairs it)."""
        return value

    def _ask(self, ref: Ref, mine: Any, conflict: EditConflict) -> None:
        from kuva_desktop.ui.forms.edit_conflict import EditConflictDialog

        theirs = self.stored_form(conflict.theirs)
        editable = isinstance(self.widget, QLineEdit | QPlainTextEdit) and _texts(mine, theirs)
        dialog = EditConflictDialog(
            self.widget.window(), self._describe(), self._text(mine), self._text(theirs), editable
        )
        self.asking = dialog

        def chosen(choice: str, edited: str) -> None:
            self.asking = None
            value = {"mine": mine, "theirs": theirs}.get(choice, edited)
            if ref != self.ref:
                if choice != "theirs":
                    self._settle(ref, value, theirs, self._write(ref, value, theirs))
                return
            self.stored = theirs
            self._put(value)
            self.commit()

        dialog.chosen.connect(chosen)
        dialog.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut and self.pending:
            self.commit()
        return False


def _plain_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def widget_name(widget: QWidget) -> Callable[[], str]:
    """The text of an edit's undo step: the input's accessible name, in the current language."""
    return widget.accessibleName


def _texts(a: Any, b: Any) -> bool:
    return all(v is None or isinstance(v, str) for v in (a, b))


class Form(Retranslated, QWidget):
    """The base of the forms: one item, bound inputs, reload on the hub's word.

    Subclasses build their inputs, implement ``reload()`` (read the item, hand each binding its
    value; False when the item is gone), ``concerns(kind, key)`` and ``retranslate_ui()``.

    Signals:
        gone(): the item shown is no longer in the database.
    """

    gone = Signal()

    def __init__(
        self, edits: Edits, database: Source, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edits = edits
        self.database = database
        self.language = language
        self.ref: Ref | None = None
        self.bindings: list[FieldBinding] = []
        # A role that may only read (ui/read_only.py): no input ever takes typing.
        self.only_reads = False
        self.setStyleSheet(FORM_STYLE)
        edits.hub.changed.connect(self._on_changed)
        edits.hub.structure_changed.connect(self._on_structure_changed)
        edits.hub.outside_changed.connect(self._on_changed)
        edits.hub.outside_structure.connect(self._on_outside_structure)

    # The item

    def load(self, ref: Ref) -> bool:
        """Show ``ref``; False when it is not in the database."""
        if ref != self.ref:
            self.commit_pending()
        self.ref = ref
        found = self.reload()
        if not found:
            self.ref = None
        return found

    def reload(self) -> bool:  # pragma: no cover - every form implements it
        raise NotImplementedError

    def concerns(self, kind: str, key: Any) -> bool:
        return self.ref is not None and Ref(kind, key) == self.ref

    def concerns_year(self, year: int) -> bool:
        return False

    def commit_pending(self) -> None:
        """Write what is still waiting for the pause in typing, or for a retry."""
        for binding in self.bindings:
            if binding.pending:
                binding.commit()

    def discard_pending(self) -> None:
        """Forget what every input has typed and not written (``FieldBinding.discard``)."""
        for binding in self.bindings:
            binding.discard()

    def unsaved(self) -> list[FieldBinding]:
        """The inputs whose text the database has not taken (after ``commit_pending``)."""
        return [b for b in self.bindings if b.problem is not None or b.unsent]

    def bind(self, binding: FieldBinding) -> FieldBinding:
        self.bindings.append(binding)
        return binding

    def read_again(self) -> None:
        """Read the item shown again; when it is no longer there, forget it and say so
        (``gone``)."""
        if self.ref is not None and not self.reload():
            self.ref = None
            self.gone.emit()

    def _on_changed(self, kind: str, key: Any) -> None:
        if self.ref is not None and self.concerns(kind, key):
            self.read_again()

    def _on_structure_changed(self, year: int) -> None:
        if self.ref is not None and self.concerns_year(year):
            self.read_again()

    def _on_outside_structure(self) -> None:
        self.read_again()

    def hideEvent(self, event: Any) -> None:
        self.commit_pending()
        super().hideEvent(event)

    # Binding helpers

    def bind_line(self, edit: QLineEdit, field: str) -> FieldBinding:
        return self.bind(
            FieldBinding(
                self.edits,
                edit,
                field,
                read=edit.text,
                show=lambda v: _set_line(edit, v),
                changed=edit.textChanged,
                describe=widget_name(edit),
            )
        )

    def bind_plain(self, edit: QPlainTextEdit, field: str) -> FieldBinding:
        return self.bind(
            FieldBinding(
                self.edits,
                edit,
                field,
                read=edit.toPlainText,
                show=lambda v: _set_plain(edit, v),
                changed=edit.textChanged,
                describe=widget_name(edit),
            )
        )

    def bind_combo(self, combo: QComboBox, field: str) -> FieldBinding:
        def show(value: Any) -> None:
            if isinstance(combo, StatusCombo):
                combo.set_code(value)
            else:
                combo.setCurrentIndex(max(0, combo.findData(value)))

        return self.bind(
            FieldBinding(
                self.edits,
                combo,
                field,
                read=lambda: combo.currentData() or None,
                show=show,
                changed=combo.currentIndexChanged,
                delay=0,
                describe=widget_name(combo),
                text=lambda v: combo.itemText(combo.findData(v)) if v else "",
            )
        )

    def bind_check(self, box: QCheckBox, field: str) -> FieldBinding:
        return self.bind(
            FieldBinding(
                self.edits,
                box,
                field,
                read=box.isChecked,
                show=lambda v: box.setChecked(bool(v)),
                changed=box.toggled,
                delay=0,
                describe=widget_name(box),
                same=lambda a, b: bool(a) == bool(b),
            )
        )

    def bind_list(
        self,
        listing: QListWidget,
        field: str,
        *,
        keep_order: bool = False,
    ) -> FieldBinding:
        """A list of names from a checkable list; ``keep_order`` keeps the stored order first."""
        binding: FieldBinding

        def read() -> list[str]:
            checked = [
                str(listing.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked
            ]
            if not keep_order:
                return sorted(checked)
            stored = [n for n in (binding.stored or []) if n in checked]
            return stored + [n for n in checked if n not in stored]

        def show(value: Any) -> None:
            names = set(value or [])
            for i in range(listing.count()):
                item = listing.item(i)
                name = item.data(Qt.ItemDataRole.UserRole)
                item.setCheckState(
                    Qt.CheckState.Checked if name in names else Qt.CheckState.Unchecked
                )

        binding = FieldBinding(
            self.edits,
            listing,
            field,
            read=read,
            show=show,
            changed=listing.itemChanged,
            delay=0,
            describe=widget_name(listing),
            same=lambda a, b: list(a or []) == list(b or []),
        )
        return self.bind(binding)

    # Texts

    def set_language(self, language: str) -> None:
        """Show the official terms and the data in ``language`` and retranslate the own words."""
        self.language = language
        self.retranslate_ui()
        if self.ref is not None:
            self.reload()

    def retranslate_ui(self) -> None:  # pragma: no cover - every form implements it
        raise NotImplementedError

    def tab_order(self, *widgets: QWidget) -> None:
        """Tab moves through ``widgets`` in this order."""
        for first, second in itertools.pairwise(widgets):
            self.setTabOrder(first, second)

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or self.only_reads
        for binding in self.bindings:
            binding.set_read_only(read_only)
        for button in self.findChildren(QAbstractButton):
            if button.property("writes"):
                button.setEnabled(not read_only)

    @staticmethod
    def swedish_placeholder(edit: QLineEdit | QPlainTextEdit, finnish: str | None) -> None:
        """An empty Swedish field shows the Finnish value, which a Swedish report falls back to."""
        edit.setPlaceholderText(finnish or "")


def _set_line(edit: QLineEdit, value: Any) -> None:
    text = "" if value is None else str(value)
    if edit.text() == text:
        return
    position = edit.cursorPosition()
    edit.setText(text)
    if edit.hasFocus():
        edit.setCursorPosition(min(position, len(text)))


def _set_plain(edit: QPlainTextEdit, value: Any) -> None:
    text = "" if value is None else str(value)
    if edit.toPlainText() == text:
        return
    cursor = edit.textCursor()
    position = cursor.position()
    edit.setPlainText(text)
    if edit.hasFocus():
        cursor = edit.textCursor()
        cursor.setPosition(min(position, len(text)))
        edit.setTextCursor(cursor)
