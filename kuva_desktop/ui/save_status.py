"""What the window says about saving: "Saved at 14.05" in the status bar, a change the database
refused, typed text it has not taken yet (said until it is written), and the question when the
window closes with such text."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from kuva_desktop.ui.formatting import time_text
from kuva_desktop.ui.forms import FormStack
from kuva_desktop.ui.undo import Edits


class SaveStatus(QObject):
    """The saving state of one window's edits (``label`` is in its status bar)."""

    def __init__(self, window: QMainWindow, label: QLabel, edits: Edits, forms: FormStack) -> None:
        super().__init__(window)
        self.window, self.label, self.edits, self.forms = window, label, edits, forms
        self.failed_box: QMessageBox | None = None
        self.last_saved = ""
        edits.hub.refused.connect(self.refused)
        edits.hub.save_state.connect(self.save_state)

    def saved(self, what: str) -> None:
        """``what`` was written now ("Saved", "Merged", "Imported")."""
        if self.edits.failing:
            return  # "not saved" stays until what was typed is written
        self.last_saved = time_text()
        self.label.setStyleSheet("")
        self.label.setText(self.tr("%1 at %2").replace("%1", what).replace("%2", self.last_saved))

    def refused(self, message: str) -> None:
        """A change the rules or the database refused: said, and not kept."""
        self.window.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", message), 10_000)
        QMessageBox.warning(self.window, self.tr("Not saved"), message)

    def save_state(self, failing: bool, message: str) -> None:
        """Typed text the database did not take: said in the status bar until it is written."""
        if not failing:
            self.saved(self.tr("Saved"))
            return
        self.label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.label.setText(self.tr("Not saved: %1").replace("%1", message))
        if self.failed_box is None:  # once per failure, not at every retry
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Not saved"),
                self.tr(
                    "%1\n\nWhat you typed is kept in the form and saved as soon as the database "
                    "takes it (tried again every few seconds)."
                ).replace("%1", message),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.finished.connect(self._forget_failed_box)
            self.failed_box = box
            box.open()

    def _forget_failed_box(self, _result: int) -> None:
        self.failed_box = None

    def window_closed(self) -> None:
        """The window closes: its warning about typed text not yet written goes with it (a
        dialog left open would keep the program running with no window behind it)."""
        if self.failed_box is not None:
            self.failed_box.done(0)

    def unsaved_may_go(self) -> bool:
        """Typed text the database has not taken: try again, keep the window, or discard it."""
        while self.edits.failing:
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Not saved"))
            box.setText(self.tr("Some of what you typed is not saved."))
            box.setInformativeText(next(iter(self.edits.failing.values())))
            retry = box.addButton(self.tr("&Try again"), QMessageBox.ButtonRole.AcceptRole)
            keep = box.addButton(
                self.tr("&Keep the window open"), QMessageBox.ButtonRole.RejectRole
            )
            discard = box.addButton(self.tr("&Discard it"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(retry)
            box.setEscapeButton(keep)
            box.exec()
            if box.clickedButton() is discard:
                self.forms.discard_pending()  # not written later either, when the lock goes
                return True
            if box.clickedButton() is not retry:
                return False
            self.forms.commit_pending()
        return True
