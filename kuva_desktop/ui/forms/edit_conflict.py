"""The choice when a typed value meets a change made elsewhere: both side by side.

Opened by a form's input (``FieldBinding``) when the editor refused its write because the stored
value is no longer the one the form showed (another window, a merge, another coordinator).
Nothing has been overwritten; the person keeps their own value, keeps the other one, or edits a
value from both, as in the merge's conflict view (``ui/conflict_dialog.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuva_desktop.ui.forms.widgets import plain_label
from kuva_desktop.ui.i18n import Retranslated


class EditConflictDialog(Retranslated, QDialog):
    """Yours and theirs side by side, for one field; answered through its buttons only.

    Signals:
        chosen(choice, edited): "mine", "theirs" or "edited" (with the edited text).
    """

    chosen = Signal(str, str)

    def __init__(
        self, parent: QWidget | None, what: str, mine: str, theirs: str, editable: bool
    ) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.what = what
        self.explanation = plain_label()
        self.mine, self.theirs = QPlainTextEdit(mine), QPlainTextEdit(theirs)
        self.mine_label, self.theirs_label = QLabel(), QLabel()
        for edit, label in ((self.mine, self.mine_label), (self.theirs, self.theirs_label)):
            edit.setReadOnly(True)
            edit.setTabChangesFocus(True)
            label.setBuddy(edit)
        self.keep_mine, self.keep_theirs = QPushButton(), QPushButton()
        self.edited = QPlainTextEdit(mine)
        self.edited.setTabChangesFocus(True)
        self.edited.setMaximumHeight(110)
        self.edited_label = QLabel()
        self.edited_label.setBuddy(self.edited)
        self.use_edited = QPushButton()
        for widget in (self.edited, self.edited_label, self.use_edited):
            widget.setVisible(editable)

        sides = QGridLayout()
        sides.addWidget(self.mine_label, 0, 0)
        sides.addWidget(self.theirs_label, 0, 1)
        sides.addWidget(self.mine, 1, 0)
        sides.addWidget(self.theirs, 1, 1)
        sides.addWidget(self.keep_mine, 2, 0)
        sides.addWidget(self.keep_theirs, 2, 1)
        edited_row = QHBoxLayout()
        edited_row.addWidget(self.edited, 1)
        edited_row.addWidget(self.use_edited, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(sides, 1)
        layout.addWidget(self.edited_label)
        layout.addLayout(edited_row)

        self.keep_mine.clicked.connect(lambda: self._choose("mine"))
        self.keep_theirs.clicked.connect(lambda: self._choose("theirs"))
        self.use_edited.clicked.connect(lambda: self._choose("edited"))
        self.retranslate_ui()
        self.resize(760, 380)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Changed meanwhile"))
        self.explanation.setText(
            self.tr(
                "“%1” was changed elsewhere (another window, a merge or another person) while "
                "you were editing it. Nothing was overwritten: choose the value to keep."
            ).replace("%1", self.what)
        )
        self.mine_label.setText(self.tr("&Yours"))
        self.theirs_label.setText(self.tr("&Saved meanwhile"))
        self.keep_mine.setText(self.tr("Keep &mine"))
        self.keep_theirs.setText(self.tr("Keep &theirs"))
        self.edited_label.setText(self.tr("&Edited value"))
        self.use_edited.setText(self.tr("&Use this"))

    def _choose(self, choice: str) -> None:
        self.chosen.emit(choice, self.edited.toPlainText())
        self.accept()

    def reject(self) -> None:
        """Escape and the close button do nothing: the value waits for a choice."""
