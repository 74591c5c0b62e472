"""Opening an e-mail draft (``exchange.packages.mail.Draft``) in the user's mail program.

The draft goes to the system as a ``mailto:`` URL (``QDesktopServices.openUrl``). Where no mail
program takes it, its address, subject and text go to the clipboard and a message says so, so
that the coordinator can paste them into a new message by hand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kuva_desktop.exchange.packages.mail import Draft


def open_draft(parent: QWidget, draft: Draft) -> bool:
    """Open the draft in the mail program; say so and copy it when none opened it."""
    url = QUrl.fromEncoded(draft.url.encode("ascii"), QUrl.ParsingMode.StrictMode)
    if QDesktopServices.openUrl(url):
        return True
    QGuiApplication.clipboard().setText(f"{draft.to}\n{draft.subject}\n\n{draft.body}")
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Mail", "E-mail"),
        QCoreApplication.translate(
            "Mail",
            "No e-mail program opened the message. Its address, subject and text are on the "
            "clipboard: paste them into a new message.",
        ),
    )
    return False


def open_folder(parent: QWidget, folder: Path) -> bool:
    """Show the folder in the system's file manager; say so when none opened it."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Mail", "Open folder"),
        QCoreApplication.translate("Mail", "No file manager opened the folder %1.").replace(
            "%1", str(folder)
        ),
    )
    return False
