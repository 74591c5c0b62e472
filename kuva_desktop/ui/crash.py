"""The crash dialog: a bug says so, keeps the details for a report, and the work stays saved.

Every edit is already in the database when it is made, so the dialog can let the user go on.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kuva_desktop import __version__
from kuva_desktop.errors import InputError
from kuva_desktop.ui.i18n import error_text


def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Show an unexpected error; an ``InputError`` that slipped through gets a plain message."""
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    # Made here, not when the hook is installed before the window's first paint: PySide makes
    # the class's Python type, with its enums, when it is first imported (about 3 ms).
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("crash", "Kuva Desktop"))
    if isinstance(error, InputError):
        box.setText(error_text(error))
    else:
        box.setText(
            QCoreApplication.translate(
                "crash",
                "Something went wrong inside Kuva Desktop. Everything saved so far is kept. "
                "Please send the details below to the coordinator.",
            )
        )
        details = "".join(traceback.format_exception(kind, error, tb))
        box.setDetailedText(f"Kuva Desktop {__version__}\n{details}")
    box.exec()


def install() -> None:
    """Send uncaught exceptions in Qt's event handlers to the dialog instead of stderr."""
    sys.excepthook = report
